//! The corrections of the 2026-11-30 review, each as the admin would meet it in the outputs
//! (../shared/reference/sfb-hybrid.md, "Corrections"; sources named in the model's text).

use crate::support;

use hybrid_model::handover::checklist::checklist;
use hybrid_model::procedure::settings::{ConnectionMethod, ServicePrincipalTool};
use hybrid_model::scripts::{change, preflight, verify};
use hybrid_model::{Cloud, plan};
use support::full;

#[test]
fn certificate_goes_on_the_skype_principal_only_with_an_spn_per_pool() {
    let online = change::online(&full(Cloud::Commercial)).text();
    assert!(online.contains("$skypeAppId = '00000004-0000-0ff1-ce00-000000000000'"));
    // The Exchange Online principal is enabled and backed up, never given a key.
    assert!(!online.contains("foreach ($appId in"));
    assert!(online.contains(
        "Update-MgServicePrincipal -ServicePrincipalId $exchange.Id -AccountEnabled:$true"
    ));
    let key_writes: Vec<&str> = online
        .lines()
        .filter(|l| l.contains("-KeyCredentials"))
        .collect();
    assert_eq!(
        key_writes,
        [
            "        Update-MgServicePrincipal -ServicePrincipalId $skype.Id -KeyCredentials ($keys + $newKey)"
        ]
    );
    for wrong in ["7557eb47", "db7de2b5", "Msol"] {
        assert!(!online.contains(wrong), "{wrong}");
    }
    for fqdn in ["webext.contoso.com", "webext2.contoso.com"] {
        assert!(online.contains(&format!(
            "$spn = '00000004-0000-0ff1-ce00-000000000000/{fqdn}'"
        )));
    }
}

#[test]
fn retired_routes_are_refused_and_never_written() {
    let mut s = full(Cloud::Commercial);
    s.connection.method = ConnectionMethod::LegacyConnector;
    s.oauth.service_principal_tool = ServicePrincipalTool::MsOnline;
    let report = hybrid_model::validate(&s);
    let codes: Vec<&str> = report.errors().map(|i| i.code.as_str()).collect();
    assert!(
        codes.contains(&"HB601") && codes.contains(&"HB605"),
        "{codes:?}"
    );
    let messages: String = report.errors().map(|i| i.message.clone()).collect();
    assert!(messages.contains("Connect-MicrosoftTeams"), "{messages}");
    assert!(
        messages.contains("Microsoft Graph PowerShell"),
        "{messages}"
    );
    let online = change::online(&s).text();
    for retired in [
        "New-CsOnlineSession",
        "SkypeOnlineConnector",
        "Connect-MsolService",
        "Msol",
    ] {
        assert!(!online.contains(retired), "{retired}");
    }
}

#[test]
fn graph_keeps_every_key_and_matches_by_thumbprint() {
    let online = change::online(&full(Cloud::Commercial)).text();
    assert!(online.contains(
        "$keys = @((Get-MgServicePrincipal -ServicePrincipalId $skype.Id -Property 'keyCredentials').KeyCredentials)"
    ));
    assert!(online.contains("-KeyCredentials ($keys + $newKey)"));
    assert!(online.contains("$certificate.Thumbprint"));
    // No key is dropped or matched by name or date.
    for gone in ["EndDateTime", "DisplayName -EQ", "NotAfter"] {
        assert!(!online.contains(gone), "{gone}");
    }
}

#[test]
fn china_metadata_uses_the_china_host() {
    let on_prem = change::on_premises(&full(Cloud::China)).text();
    assert!(on_prem.contains(
        "https://accounts.accesscontrol.chinacloudapi.cn/6babcaad-604b-40ac-a9d7-9fd97c0b779f/metadata/json/1"
    ));
    assert!(!on_prem.contains("accounts.accesscontrol.windows.net"));
}

#[test]
fn dns_records_of_two_domains_use_their_own_names() {
    let mut s = full(Cloud::Commercial);
    s.environment.edge_external_fqdn = "access1.contoso.com".into();
    s.environment.reverse_proxy_fqdn = "webext.contoso.com".into();
    let md = checklist(&s, &plan(&s));
    for line in [
        "`sip.contoso.com` — CNAME → `access1.contoso.com`",
        "`sip.fabrikam.com` — CNAME → `access1.contoso.com`",
        "`_sipfederationtls._tcp.contoso.com` — SRV → `sip.contoso.com` (port 5061",
        "`_sipfederationtls._tcp.fabrikam.com` — SRV → `sip.fabrikam.com` (port 5061",
        "`_sip._tls.fabrikam.com` — SRV → `sip.fabrikam.com` (port 443",
        "`lyncdiscover.fabrikam.com` — CNAME → `webext.contoso.com`",
        "`meet.contoso.com` — CNAME → `webext.contoso.com`",
        "`dialin.fabrikam.com` — CNAME → `webext.contoso.com`",
        "subject alternative names include `sip.contoso.com`, `sip.fabrikam.com`",
        "Web Conferencing Edge external FQDN",
    ] {
        assert!(md.contains(line), "missing {line:?} in\n{md}");
    }
    // Nothing points to the Access Edge but the sip names, and nothing points to itself.
    assert!(!md.contains("`lyncdiscover.contoso.com` — CNAME → `access1"));
    let mut s = full(Cloud::Commercial);
    s.environment.edge_external_fqdn = "sip.contoso.com".into();
    s.environment.reverse_proxy_fqdn = "lyncdiscover.contoso.com".into();
    let md = checklist(&s, &plan(&s));
    assert!(md.contains("`sip.contoso.com` — A → the public IP address of `sip.contoso.com`"));
    assert!(md.contains(
        "`lyncdiscover.contoso.com` — A → the public IP address of `lyncdiscover.contoso.com`"
    ));
    assert!(!md.contains("`sip.contoso.com` — CNAME → `sip.contoso.com`"));
}

#[test]
fn a_sip_address_pilot_stays_a_sip_address_everywhere() {
    let s = full(Cloud::Commercial);
    let on_prem = change::on_premises(&s).text();
    let md = checklist(&s, &plan(&s));
    // Both scripts list the pilots once (on one line while it fits in 120 columns, else one a line,
    // as every list of the scripts); the moves go through that list.
    let list = "$pilots = @('ada@contoso.com', 'sip:o''neil@fabrikam.com')";
    assert!(on_prem.contains(list), "{on_prem}");
    assert!(on_prem.contains("foreach ($identity in $pilots) {"));
    assert!(on_prem.contains("Move-CsUser -Identity $identity -Target $provider.ProxyFqdn"));
    assert!(!on_prem.contains("'o''neil@fabrikam.com'"));
    assert!(md.contains("Move-CsUser -Identity 'sip:o''neil@fabrikam.com'"));
    let online = change::online(&s).text();
    assert!(online.contains(list));
}

#[test]
fn thousands_of_pilots_are_one_list_and_one_loop_in_every_script() {
    let mut s = full(Cloud::Commercial);
    s.environment.pilot_users = (0..2000).map(|i| format!("user{i}@contoso.com")).collect();
    let scripts = [
        ("on premises", change::on_premises(&s).text()),
        ("online", change::online(&s).text()),
        ("verification on premises", verify::on_premises(&s).text()),
        ("verification online", verify::online(&s).text()),
        ("pre-flight online", preflight::online(&s).text()),
    ];
    for (name, text) in &scripts {
        // Each user once, in `$pilots` (the settings summary at the top lists them unquoted).
        for user in ["user0@contoso.com", "user1999@contoso.com"] {
            assert_eq!(
                text.matches(&format!("'{user}'")).count(),
                1,
                "{name}: {user}"
            );
        }
        // About a hundred bytes a user, not a block of a kilobyte each (2 MB before).
        assert!(text.len() < 250_000, "{name}: {} bytes", text.len());
    }
    let on_prem = &scripts[0].1;
    assert_eq!(on_prem.matches("Move-CsUser -Identity").count(), 1);
    assert_eq!(
        on_prem.matches("foreach ($identity in $pilots) {").count(),
        1
    );
    assert_eq!(
        scripts[2]
            .1
            .matches("foreach ($pilot in $pilots) {")
            .count(),
        1
    );
}

#[test]
fn moves_check_module_build_and_readiness_before_any_move() {
    let on_prem = change::on_premises(&full(Cloud::Commercial)).text();
    let first_move = on_prem.find("Move-CsUser -Identity").unwrap();
    for guard in [
        "if (-not $ReadinessFile)",
        "-gt 86400",
        "if (-not $readiness.SharedSipAddressSpace)",
        // The thresholds are set once (fragments/move-build.ps1), then the guards compare.
        "$moduleMinimum = [version]'6.2.1'",
        "$moduleWithRegression = [version]'7.2'",
        "$buildBelowFix = -not $build -or $build -lt [version]'7.0.2046.849'",
        "if ($teams.Version -lt $moduleMinimum) {",
        "if (-not $build -or $buildBelowMinimum) {",
        "if ($teams.Version -ge $moduleWithRegression -and $buildBelowFix) {",
        "[version]'7.0.2046.385'",
        "[version]'6.0.9319.619'",
        // The pipeline is broken after each `|` (it is longer than 120 columns at its depth).
        "$provider = Get-CsHostingProvider |\n            Where-Object -Property ProxyFqdn -EQ -Value 'sipfed.online.lync.com' |\n            Select-Object -First 1",
    ] {
        let at = on_prem.find(guard).unwrap_or_else(|| panic!("no {guard}"));
        assert!(at < first_move, "{guard} comes after a move");
    }
    assert!(on_prem.contains("-Target $provider.ProxyFqdn"));
    assert!(!on_prem.contains("-Target 'sipfed"));
    // The online script writes what the moves read.
    let online = change::online(&full(Cloud::Commercial)).text();
    assert!(online.contains("'hybrid-move-readiness.json'"));
    assert!(online.contains("\"$($online.HostingProvider)\" -ne 'SRV:'"));
    let tenant = online
        .find("Set-CsTenantFederationConfiguration -SharedSipAddressSpace")
        .unwrap();
    assert!(tenant < online.find("Get-MoveReadiness -Identity").unwrap());
    // No open-ended module advice anywhere.
    let md = checklist(&full(Cloud::Commercial), &plan(&full(Cloud::Commercial)));
    assert!(!md.contains("6.2.1 or later where"), "{md}");
    assert!(md.contains("7.0.2046.849"));
}

#[test]
fn rollbacks_state_their_precondition_and_what_does_not_come_back() {
    let s = full(Cloud::Commercial);
    let md = checklist(&s, &plan(&s));
    let provider = md.find("Remove-CsHostingProvider -Identity").unwrap();
    let before = &md[..provider];
    assert!(
        before
            .rfind("Roll back — only when no user is homed online")
            .is_some()
    );
    assert!(md.contains("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false"));
    assert!(md.contains("does not bring back their Teams meetings"));
    assert!(md.contains("since 10 November 2023, not their contacts"));
    let mut s = full(Cloud::Commercial);
    s.environment.registrar_pool_fqdn.clear();
    let md = checklist(&s, &plan(&s));
    assert!(!md.contains("<registrar pool FQDN>"));
}

#[test]
fn the_checklist_names_what_a_window_needs() {
    let s = full(Cloud::Commercial);
    let md = checklist(&s, &plan(&s));
    for needle in [
        "Unblock-File",
        "RemoteSigned",
        "not TeamsOnly",
        "Teams Phone",
        "Audio Conferencing",
        "TLS 1.2",
        "dedicated hybrid application",
    ] {
        assert!(md.contains(needle), "{needle}");
    }
}
