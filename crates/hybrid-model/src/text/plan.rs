//! Step titles, reasons and notes of the plan.

pub use super::keys::plan::*;
use super::Msg;

use crate::settings::{ConnectionMethod, ExistingProvider, FederationMode, ServicePrincipalTool};



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

