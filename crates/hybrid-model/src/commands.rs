//! The domain's commands, built from settings: one function per cmdlet call the procedure needs.

use crate::powershell::{Command, Value};
use crate::settings::Settings;

/// Step 1: the Access Edge federation settings, always in the DnsSrvRouting parameter set.
pub fn set_access_edge(settings: &Settings) -> Command {
    let edge = &settings.edge;
    Command::new("Set-CsAccessEdgeConfiguration")
        .flag("AllowOutsideUsers", edge.allow_outside_users)
        .flag("AllowFederatedUsers", edge.allow_federated_users)
        .flag("EnablePartnerDiscovery", edge.enable_partner_discovery)
        .switch("UseDnsSrvRouting")
}

/// Step 2: the hosting provider with a shared SIP address space.
pub fn new_hosting_provider(settings: &Settings) -> Command {
    let provider = &settings.hosting_provider;
    Command::new("New-CsHostingProvider")
        .text("Identity", &provider.identity)
        .text("ProxyFqdn", settings.proxy_fqdn())
        .flag("Enabled", true)
        .flag("EnabledSharedAddressSpace", true)
        .flag("HostsOCSUsers", true)
        .arg(
            "VerificationLevel",
            Value::Word(provider.verification_level.as_str()),
        )
        .flag("IsLocal", false)
        .text("AutodiscoverUrl", settings.autodiscover_url())
}
