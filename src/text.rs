//! Every label and help text of the page, in one place, so a translation touches no component.

pub const APP_TITLE: &str = "Hybrid Builder";
pub const APP_LEDE: &str = "Connect Skype for Business Server to Microsoft 365: fill in your settings and copy checked PowerShell. Nothing you type leaves this browser.";
pub const OUTPUT_LABEL: &str = "Generated scripts";
pub const ON_PREM_SCRIPT: &str = "On-premises script";
pub const DOC_LINK: &str = "Microsoft's article";

pub const EDGE_TITLE: &str = "Step 1 — Edge federation";
pub const EDGE_WHY: &str = "Online and on-premises users of the same SIP domain reach each other through federation, so the Edge must allow federated users and route with DNS SRV records.";
pub const EDGE_DOC_URL: &str = "https://learn.microsoft.com/skypeforbusiness/hybrid/configure-federation-with-skype-for-business-online";
pub const ALLOW_OUTSIDE_LABEL: &str = "Allow outside users";
pub const ALLOW_OUTSIDE_HELP: &str = "Remote users sign in through the Edge (-AllowOutsideUsers).";
pub const ALLOW_FEDERATED_LABEL: &str = "Allow federated users";
pub const ALLOW_FEDERATED_HELP: &str = "Required for hybrid (-AllowFederatedUsers).";
pub const PARTNER_DISCOVERY_LABEL: &str = "Enable partner discovery";
pub const PARTNER_DISCOVERY_HELP: &str = "The Edge finds federation partners through DNS (-EnablePartnerDiscovery). Must match the tenant's federation mode.";
pub const ROUTING_LABEL: &str = "Federation routing today";
pub const ROUTING_DNS_SRV: &str = "DNS SRV routing";
pub const ROUTING_DEFAULT: &str = "Default route (clearing house)";
