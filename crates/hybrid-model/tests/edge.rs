//! Step 1 as an admin sees it: the Edge command follows the boxes they tick.

use hybrid_model::Settings;
use hybrid_model::commands::set_access_edge;

#[test]
fn default_edge_command_is_the_documented_one() {
    let command = set_access_edge(&Settings::default()).to_text();
    assert_eq!(
        command,
        "Set-CsAccessEdgeConfiguration -AllowOutsideUsers $true -AllowFederatedUsers $true -EnablePartnerDiscovery $true -UseDnsSrvRouting"
    );
}

#[test]
fn unticking_outside_users_binds_false() {
    let mut settings = Settings::default();
    settings.edge.allow_outside_users = false;
    let command = set_access_edge(&settings).to_text();
    assert!(command.contains("-AllowOutsideUsers $false"), "{command}");
}
