//! Step titles, reasons and notes of the plan.

use crate::settings::{ConnectionMethod, ExistingProvider, FederationMode, ServicePrincipalTool};

pub const EDGE_TITLE: &str = "Step 1 — Edge federation";
pub const EDGE_WHY: &str = "Online and on-premises users of the same SIP domain reach each other through federation, so the Edge must allow federated users and route with DNS SRV records (hosting providers do not work with a default route).";
pub const EDGE_ROLLBACK: &str = "Rollback: the script saves the current Edge configuration with Export-Clixml before changing it; set the saved values back with Set-CsAccessEdgeConfiguration.";

pub const PROVIDER_TITLE: &str = "Step 2 — Hosting provider with shared SIP address space";
pub const PROVIDER_WHY: &str = "The hosting provider tells the Edge that users of your SIP domains may also live in Microsoft 365, and where to find them.";
pub const NO_PUBLIC_PROVIDER: &str = "Nothing: a public provider with the same identity causes the \"duplicate key sequence\" error.";
pub const PROVIDER_FIXED_VALUES: &str = "Fixed values: Enabled $true (the provider is used), EnabledSharedAddressSpace $true (users of one SIP domain are split between on premises and online), HostsOCSUsers $true (the provider hosts Skype for Business users), IsLocal $false (the provider is not your own deployment).";

/// What the script does with an existing provider for the same ProxyFqdn.
pub fn existing_provider(choice: ExistingProvider) -> &'static str {
    match choice {
        ExistingProvider::Replace => {
            "An existing provider for the same ProxyFqdn is removed and created anew, as Microsoft's procedure does. The script skips both when the provider already has every value."
        }
        ExistingProvider::UpdateInPlace => {
            "An existing provider for the same ProxyFqdn is kept and corrected with Set-CsHostingProvider (its ProxyFqdn and identity cannot change)."
        }
        ExistingProvider::Stop => {
            "If a provider for the same ProxyFqdn already exists, the script stops without changes and shows it."
        }
    }
}

pub const CONNECT_TITLE: &str = "Connect to the tenant";
pub const CONNECT_WHY: &str = "Step 3 runs against Microsoft 365, in a PowerShell session signed in to the tenant. Never import an online session into the Skype for Business Server Management Shell.";

/// A note on the chosen connection method.
pub fn connection_note(method: ConnectionMethod) -> &'static str {
    match method {
        ConnectionMethod::TeamsModule => {
            "Needs the MicrosoftTeams module 4.x or later (6.2.1 or later on the server that runs Move-CsUser). Without an admin account the sign-in prompts, which works with MFA."
        }
        ConnectionMethod::LegacyConnector => {
            "RETIRED: the Skype for Business Online Connector and New-CsOnlineSession no longer work; these lines reproduce the original procedure for reference only. Import-PSSession -AllowClobber hides local Cs cmdlets: open a fresh shell for on-premises work."
        }
    }
}

pub const TENANT_TITLE: &str = "Step 3 — Shared SIP address space in the tenant";
pub const TENANT_WHY: &str = "The tenant must know that some users of its SIP domains are homed on premises; without it, Move-CsUser fails with HostedMigration fault 510.";
pub const TENANT_KEEP_TRUE: &str = "Keep SharedSipAddressSpace $true until no user remains on premises; set it to $false only when disabling hybrid.";

/// What the tenant's federation configuration should show.
pub fn tenant_expected(mode: FederationMode) -> String {
    let allowed = match mode {
        FederationMode::Open => "AllowedDomains AllowAllKnownDomains (open federation)",
        FederationMode::AllowList => {
            "AllowedDomains an allow-list equal to the on-premises allowed list"
        }
    };
    format!(
        "SharedSipAddressSpace True, AllowFederatedUsers True, {allowed}, BlockedDomains equal to the on-premises blocked list"
    )
}

pub const OAUTH_ONPREM_TITLE: &str = "Optional — Server-to-server authentication (on premises)";
pub const OAUTH_WHY: &str = "Lets Skype for Business Server and Microsoft 365 services such as Exchange Online trust each other's tokens.";
pub const OAUTH_CERT_EXPECTED: &str =
    "A certificate (2048-bit or larger, the same on every Front End).";
pub const OAUTH_METADATA_REACHABLE: &str =
    "New-CsOAuthServer fails unless the metadata URL is reachable from the server when it runs.";
pub const OAUTH_ONLINE_TITLE: &str =
    "Optional — Server-to-server authentication (online service principals)";
pub const OAUTH_ONLINE_WHY: &str =
    "Microsoft 365 must know the on-premises OAuthTokenIssuer certificate to accept its tokens.";

/// A note on the tool that registers the certificate online.
pub fn service_principal_note(tool: ServicePrincipalTool) -> &'static str {
    match tool {
        ServicePrincipalTool::Graph => {
            "The online script adds the certificate to the service principals with Microsoft Graph PowerShell (Microsoft.Graph.Applications), keeping existing keys."
        }
        ServicePrincipalTool::MsOnline => {
            "DEPRECATED: MSOnline stopped working after March 2025; these lines reproduce the older procedure for reference only."
        }
    }
}

pub const KEY_EXPECTED: &str = "A key with Usage Verify and Type AsymmetricX509Cert whose end date matches the on-premises OAuthTokenIssuer certificate.";
pub const PILOT_TITLE: &str = "Pilot — Move the first users";
pub const PILOT_WHY: &str = "Move a few users first and check that they can sign in, chat and call in both directions before moving the rest.";
pub const PILOT_EXPECTED: &str = "HostingProvider shows the Microsoft 365 FQDN after the move (inferred: the reference does not document the exact value).";
pub const PILOT_NOTE: &str = "Users need Teams and Skype for Business Online (Plan 2) licences before the move (fault 507 otherwise). Meetings are converted about 90 minutes after the move; contacts arrive when the user signs in to Teams within 30 days.";
