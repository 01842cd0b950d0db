//! The corrections of the 2026-11-30 review, each as the admin would meet it in the outputs
//! (../shared/reference/sfb-hybrid.md, "Corrections"; sources named in the model's text).

mod support;

use hybrid_model::checklist::checklist;
use hybrid_model::powershell::scripts;
use hybrid_model::settings::{ConnectionMethod, ServicePrincipalTool};
use hybrid_model::{Cloud, plan};
use support::{commands, full};

#[test]
fn certificate_goes_on_skype_and_exchange_principals_with_an_spn_per_pool() {
    for tool in [ServicePrincipalTool::Graph, ServicePrincipalTool::MsOnline] {
        let mut s = full(Cloud::Commercial);
        s.oauth.service_principal_tool = tool;
        let online = scripts::online(&s).text();
        assert!(
            online.contains(
                "foreach ($appId in @('00000004-0000-0ff1-ce00-000000000000', '00000002-0000-0ff1-ce00-000000000000'))"
            ),
            "{tool:?}"
        );
        for wrong in ["7557eb47", "db7de2b5"] {
            assert!(
                !online.contains(wrong),
                "{tool:?}: {wrong} belongs to Exchange on-premises"
            );
        }
        for fqdn in ["webext.contoso.com", "webext2.contoso.com"] {
            assert!(
                online.contains(&format!(
                    "$spn = '00000004-0000-0ff1-ce00-000000000000/{fqdn}'"
                )),
                "{tool:?}"
            );
        }
        let enable = match tool {
            ServicePrincipalTool::Graph => {
                "Update-MgServicePrincipal -ServicePrincipalId $exchange.Id -AccountEnabled:$true"
            }
            ServicePrincipalTool::MsOnline => {
                "Set-MsolServicePrincipal -AppPrincipalId 00000002-0000-0ff1-ce00-000000000000 -AccountEnabled $true"
            }
        };
        assert!(online.contains(enable), "{tool:?}");
    }
}

#[test]
fn graph_keeps_every_key_and_matches_by_thumbprint() {
    let online = scripts::online(&full(Cloud::Commercial)).text();
    assert!(online.contains(
        "$keys = @((Get-MgServicePrincipal -ServicePrincipalId $principal.Id -Property 'keyCredentials').KeyCredentials)"
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
    let on_prem = scripts::on_premises(&full(Cloud::China)).text();
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
    let on_prem = scripts::on_premises(&s).text();
    let md = checklist(&s, &plan(&s));
    assert!(on_prem.contains("Move-CsUser -Identity 'sip:o''neil@fabrikam.com'"));
    assert!(!on_prem.contains("-Identity 'o''neil@fabrikam.com'"));
    assert!(md.contains("Move-CsUser -Identity 'sip:o''neil@fabrikam.com'"));
    let online = scripts::online(&s).text();
    assert!(online.contains("$pilots = @('ada@contoso.com', 'sip:o''neil@fabrikam.com')"));
}

#[test]
fn moves_check_module_build_and_readiness_before_any_move() {
    let on_prem = scripts::on_premises(&full(Cloud::Commercial)).text();
    let first_move = on_prem.find("Move-CsUser -Identity").unwrap();
    for guard in [
        "if (-not $ReadinessFile)",
        "-gt 86400",
        "if (-not $readiness.SharedSipAddressSpace)",
        "$teams.Version -lt [version]'6.2.1'",
        "$teams.Version -ge [version]'7.2' -and $build -lt [version]'7.0.2046.849'",
        "[version]'7.0.2046.385'",
        "[version]'6.0.9319.619'",
        "$provider = Get-CsHostingProvider -Identity 'SkypeforBusinessOnline'",
    ] {
        let at = on_prem.find(guard).unwrap_or_else(|| panic!("no {guard}"));
        assert!(at < first_move, "{guard} comes after a move");
    }
    assert!(on_prem.contains("-Target $provider.ProxyFqdn"));
    assert!(!on_prem.contains("-Target 'sipfed"));
    // The online script writes what the moves read.
    let online = scripts::online(&full(Cloud::Commercial)).text();
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
fn retired_connector_carries_the_admin_domain() {
    let mut s = full(Cloud::Commercial);
    s.connection.method = ConnectionMethod::LegacyConnector;
    let online = scripts::online(&s).text();
    let session = commands(&online)
        .into_iter()
        .find(|c| c.cmdlet == "New-CsOnlineSession")
        .unwrap();
    assert!(
        session
            .params
            .iter()
            .any(|(p, v)| p == "OverrideAdminDomain"
                && *v == support::Bound::Text("contoso.onmicrosoft.com".into()))
    );
    assert!(online.contains("RETIRED"));
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
        "Dedicated Hybrid Application",
    ] {
        assert!(md.contains(needle), "{needle}");
    }
}
