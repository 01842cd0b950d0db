//! Default settings reproduce the original procedure: same cmdlets, parameters and bound values
//! (quoting may differ; `1` binds as `$true`), signed in with the MicrosoftTeams module (the
//! connector of the original, New-CsOnlineSession, was removed in MicrosoftTeams 2.0.0).

use crate::support;

use hybrid_model::Settings;
use hybrid_model::scripts::change;
use support::{Bound, ParsedCommand, commands};

/// Microsoft's procedure (configure-federation-with-skype-for-business-online), signed in as
/// Connect-MicrosoftTeams.md shows.
const ORIGINAL: &str = r#"
Import-Module MicrosoftTeams
Connect-MicrosoftTeams
Set-CsAccessEdgeConfiguration -AllowOutsideUsers 1 -AllowFederatedUsers 1 -UseDnsSrvRouting -EnablePartnerDiscovery 1
New-CsHostingProvider -Identity SkypeforBusinessOnline -ProxyFqdn "sipfed.online.lync.com" -Enabled $true -EnabledSharedAddressSpace $true -HostsOCSUsers $true -VerificationLevel UseSourceVerification -IsLocal $false -AutodiscoverUrl https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root
Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true
"#;

/// Positional parameters of the original, by cmdlet (Import-Module: Name at 0; Import-PSSession: Session at 0).
fn named(command: &ParsedCommand) -> Vec<(String, Bound)> {
    let position_names: &[&str] = match command.cmdlet.as_str() {
        "Import-Module" => &["Name"],
        "Import-PSSession" => &["Session"],
        _ => &[],
    };
    let mut params = command.params.clone();
    for (value, name) in command.positional.iter().zip(position_names) {
        params.push(((*name).to_owned(), value.clone()));
    }
    params.sort_by(|a, b| a.0.cmp(&b.0));
    params
}

#[test]
fn defaults_reproduce_the_original_procedure() {
    let settings = Settings::default();
    let mut ours = commands(&change::on_premises(&settings).text());
    ours.extend(commands(&change::online(&settings).text()));
    // The one deliberate addition: a -WhatIf dry run still signs in (-WhatIf:$false), so that it
    // can read what it would change.
    let added = |params: Vec<(String, Bound)>| -> Vec<(String, Bound)> {
        params.into_iter().filter(|(p, _)| p != "WhatIf").collect()
    };
    for original in commands(ORIGINAL) {
        let wanted = named(&original);
        let found = ours
            .iter()
            .filter(|c| c.cmdlet == original.cmdlet)
            .map(|c| added(named(c)))
            .any(|params| params == wanted);
        assert!(
            found,
            "no generated {} binds {wanted:?}; generated: {:?}",
            original.cmdlet,
            ours.iter()
                .filter(|c| c.cmdlet == original.cmdlet)
                .map(named)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn original_remove_step_targets_the_same_proxy_fqdn() {
    // A pipeline longer than a line is broken after each `|`: read it back as one line.
    let generated = support::unbroken_pipelines(&change::on_premises(&Settings::default()).text());
    let line = generated
        .lines()
        .find(|l| l.contains("| Remove-CsHostingProvider"))
        .expect("the script removes an existing provider for the ProxyFqdn");
    assert!(line.trim_start().starts_with("Get-CsHostingProvider | Where-Object -Property ProxyFqdn -EQ -Value 'sipfed.online.lync.com'"));
}

#[test]
fn default_route_is_never_emitted() {
    let mut settings = Settings::default();
    settings.edge.routing = hybrid_model::procedure::settings::EdgeRouting::DefaultRoute;
    let params: Vec<String> = commands(&change::on_premises(&settings).text())
        .into_iter()
        .filter(|c| c.cmdlet == "Set-CsAccessEdgeConfiguration")
        .flat_map(|c| c.params.into_iter().map(|(p, _)| p))
        .collect();
    assert!(
        !params
            .iter()
            .any(|p| p == "UseDefaultRouting" || p == "DefaultRouteFqdn")
    );
    assert!(params.iter().any(|p| p == "UseDnsSrvRouting"), "{params:?}");
}
