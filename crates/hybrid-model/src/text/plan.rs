//! Step titles, reasons and notes of the plan.

use crate::settings::{ConnectionMethod, ExistingProvider, FederationMode, ServicePrincipalTool};

pub const EDGE_TITLE: &str = "Step 1 — Edge federation";
pub const EDGE_WHY: &str = "Online and on-premises users of the same SIP domain reach each other through federation, so the Edge must allow federated users and route with DNS SRV records (hosting providers do not work with a default route).";
pub const EDGE_ROLLBACK: &str = "Rollback: the script saves the current Edge configuration with Export-Clixml before changing it; set the saved values back with Set-CsAccessEdgeConfiguration.";

pub const LEAVING_DEFAULT_ROUTE: &str = "Leaving a default route: the Edge uses DNS SRV routing from this step on, and hosting providers need it (New-CsHostingProvider.md). Federation that went through the default route (a clearing house) stops here: before the window, list the partners reached through it, agree the date with them and the clearing house, and settle with each how they will be reached once the default route is gone.";
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
            "Needs the MicrosoftTeams module 4.x or later here. Where Move-CsUser runs, Move-CsUser.md asks for 6.2.1 or later, and Microsoft staff notes not yet merged into that page report that versions after 7.1 break Move-CsUser unless the server runs build 7.0.2046.849 (KB5090660) or later: use 6.2.1 to 7.1 with any supported build, later versions only on Skype for Business Server 2019 or Subscription Edition at 7.0.2046.849 or later. Without an admin account the sign-in prompts, which works with MFA."
        }
        ConnectionMethod::LegacyConnector => {
            "RETIRED: the Skype for Business Online Connector and New-CsOnlineSession no longer work; these lines reproduce the original procedure for reference only. In hybrid it needs -OverrideAdminDomain <tenant>.onmicrosoft.com (SupportArticles: cant-connect-to-sfb-remote-powershell). Import-PSSession -AllowClobber hides local Cs cmdlets: open a fresh shell for on-premises work."
        }
    }
}

pub const ROLLBACK_ONLY_WHEN_NONE_ONLINE: &str = "only when no user is homed online. SharedSipAddressSpace must stay True until no user remains on premises (configure-federation-with-skype-for-business-online.md), and without the hosting provider on-premises users and online users of your SIP domains can no longer exchange messages (Set-CsHostingProvider.md, Remove-CsHostingProvider.md). Move users back first";
pub const MOVE_BACK_LOSES: &str = "moving a user back does not bring back their Teams meetings (move-users-from-the-cloud-to-on-premises.md: reschedule them) and, since 10 November 2023, not their contacts (Move-CsUser.md)";

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
pub const OAUTH_ONLINE_WHY: &str = "Microsoft 365 must know the on-premises OAuthTokenIssuer certificate to accept its tokens: it goes on the Skype for Business Online (00000004-…) and Exchange Online (00000002-…) service principals, Exchange Online's principal is enabled, and each pool's external web services FQDN becomes a service principal name of Skype for Business Online (configure-a-hybrid-environment.md).";
pub const OAUTH_DEDICATED_APP: &str = "UNCONFIRMED: third-party reports from August 2025 say Skype for Business Server hotfixes moved its Exchange Online integration (archiving, calendar presence, photos) to a customer-owned \"Dedicated Hybrid Application\". No Microsoft page in the sources Hybrid Builder checked says so for Skype for Business Server; Exchange Server's own shared service principal route has been blocked since October 2025 (Exchange team blog). Check the current Skype for Business Server hotfix KB before relying on this step.";

/// A note on the tool that registers the certificate online.
pub fn service_principal_note(tool: ServicePrincipalTool) -> &'static str {
    match tool {
        ServicePrincipalTool::Graph => {
            "The online script reads each service principal with keyCredentials selected (only that read returns the keys), keeps every existing key as it is, finds this certificate by its thumbprint and adds it only where it is missing (Microsoft Graph keyCredential resource)."
        }
        ServicePrincipalTool::MsOnline => {
            "DEPRECATED: MSOnline stopped working after March 2025; these lines reproduce S10's procedure for reference only."
        }
    }
}

/// What the service principal check should show.
pub fn key_expected(app_id: &str, spns: &[String]) -> String {
    let mut expected = "A key with Type AsymmetricX509Cert and Usage Verify whose customKeyIdentifier is the thumbprint of the on-premises OAuthTokenIssuer certificate".to_owned();
    if app_id == crate::commands::EXCHANGE_APP_ID {
        expected.push_str("; AccountEnabled True");
    } else if !spns.is_empty() {
        expected.push_str("; ServicePrincipalNames include ");
        expected.push_str(&spns.join(", "));
    }
    expected.push('.');
    expected
}

pub const READINESS_TITLE: &str = "Before the moves — Move readiness in the tenant";
pub const READINESS_WHY: &str = "Moves fail late, at Move-CsUser, when the tenant does not share the SIP address space or a pilot user is not synced or licensed. The online script checks each pilot user and writes hybrid-move-readiness.json; the on-premises script moves no one without a fresh one.";
pub const READINESS_EXPECTED: &str = "HostingProvider SRV: (synced, homed on premises: skype-for-business-online-retirement.md) and plans MCOProfessional and Teams in AssignedPlan (the plan names are INFERRED from the licence names).";
pub const READINESS_NOTE: &str = "Licences before a move: Teams and Skype for Business Online (Plan 2); Audio Conferencing for users enabled for dial-in conferencing on premises; Teams Phone for users enabled for Enterprise Voice (move-users-between-on-premises-and-cloud.md).";
pub const TEAMS_ONLY_DEFAULT: &str = "The tenant-wide coexistence mode must not be TeamsOnly while an on-premises deployment exists; move users one by one instead (Grant-CsTeamsUpgradePolicy.md).";
pub const PILOT_TITLE: &str = "Pilot — Move the first users";
pub const PILOT_WHY: &str = "Move a few users first and check that they can sign in, chat and call in both directions before moving the rest.";
pub const PILOT_ORDER: &str = "Runs only with -MovePilotUsers -ReadinessFile <hybrid-move-readiness.json from the online script, less than 24 hours old>. Each move targets the ProxyFqdn of the hosting provider as configured on premises; users the readiness file does not show as ready are skipped with a warning.";
pub const MODULE_PAIRS: &str = "Before any move the script stops on a known-bad pair: MicrosoftTeams older than 6.2.1 (Move-CsUser.md); a server older than 2019 CU6 7.0.2046.385, 2015 CU12 6.0.9319.619 or Lync 2013 CU10 HF7 5.0.8308.1182; MicrosoftTeams 7.2 or later on a build before 7.0.2046.849 (KB5090660; Microsoft staff notes in office-docs-powershell pull requests 13225, 13244 and 13690, not yet merged). It also uses TLS 1.2, which moves require (Move-CsUser.md).";
pub const PILOT_NO_POOL: &str = "Enter the registrar pool in the form to get the commands that move a pilot user back on premises.";
pub const PILOT_EXPECTED: &str = "HostingProvider shows the Microsoft 365 FQDN after the move (inferred: the reference does not document the exact value).";
pub const PILOT_NOTE: &str = "Meetings are converted about 90 minutes after the move; contacts arrive when the user signs in to Teams within 30 days (Move-CsUser.md).";
