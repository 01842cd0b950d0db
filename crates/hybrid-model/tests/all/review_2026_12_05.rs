//! The corrections of the 2026-12-05 review, each as the admin meets it: in the generated scripts
//! and in what the reader makes of reports written the way those scripts write them
//! (../shared/reference/sfb-hybrid.md, "Corrections from the 2026-12-05 review").

use crate::support;

use hybrid_model::Cloud;
use hybrid_model::report::{self, ReportKind, Status};
use hybrid_model::scripts::rollback::online_rollback;
use hybrid_model::scripts::{change, preflight, verify};
use support::full;

const NOW: i64 = 1_795_000_000;

/// A pre-flight report as the scripts write it: the given checks and facts, nothing else.
fn preflight_report(part: &str, checks: &str, facts: &str) -> String {
    format!(
        r#"{{"schema":"hybrid-builder-report","schema_version":1,"kind":"preflight","part":"{part}",
"created_unix":{},"settings_sip_domains":["contoso.com","fabrikam.com"],
"checks":[{checks}],"facts":{{{facts}}}}}"#,
        NOW - 600
    )
}

fn read(text: &str) -> report::ScriptReport {
    report::read(text, ReportKind::Preflight, &full(Cloud::Commercial), NOW).unwrap()
}

#[test]
fn a_dry_run_connects_reads_and_says_what_it_would_write() {
    let s = full(Cloud::Commercial);
    let online = change::online(&s).text();
    assert!(
        online.contains("Connect-MicrosoftTeams -AccountId 'admin@contoso.com' -WhatIf:$false")
    );
    let rollback = online_rollback(&s).text();
    assert!(rollback.contains("-WhatIf:$false"));
    for script in [online.as_str(), change::on_premises(&s).text().as_str()] {
        // The backup is written only outside a dry run, and a dry run never claims it was.
        assert!(script.contains("if ($WhatIfPreference) {"));
        assert!(
            script.contains("the backup would be written to $backupFile; nothing was written.")
        );
        assert!(!script.contains("Write-Host \"Backup of the current"));
    }
    let on_premises = change::on_premises(&s).text();
    let export = on_premises
        .find("Export-CsConfiguration -FileName $configurationFile")
        .unwrap();
    let first_change = on_premises.find("Set-CsAccessEdgeConfiguration").unwrap();
    assert!(
        export < first_change,
        "the store is exported before the first change"
    );
}

#[test]
fn the_online_backup_and_rollback_cover_every_principal_the_change_alters() {
    let s = full(Cloud::Commercial);
    let online = change::online(&s).text();
    let backup = online
        // Both principals are read into the backup, one a line inside `@(`.
        .find(
            "ServicePrincipals = @(\n            \
             Get-PrincipalState -AppId '00000004-0000-0ff1-ce00-000000000000'\n            \
             Get-PrincipalState -AppId '00000002-0000-0ff1-ce00-000000000000'\n        )",
        )
        .unwrap();
    let first_key = online.find("-KeyCredentials ($keys + $newKey)").unwrap();
    assert!(backup < first_key);
    let rollback = online_rollback(&s).text();
    for needle in [
        "foreach ($saved in @($backup['ServicePrincipals'])) {",
        "Update-MgServicePrincipal -ServicePrincipalId $saved.Id -KeyCredentials $keep",
        "Update-MgServicePrincipal -ServicePrincipalId $saved.Id -ServicePrincipalNames $names",
        "-AccountEnabled:([bool]$saved.AccountEnabled)",
    ] {
        assert!(rollback.contains(needle), "{needle}");
    }
    assert!(!rollback.contains("remove them by hand"));
}

#[test]
fn dns_reads_cname_targets_and_names_its_view() {
    let text = preflight::on_premises(&full(Cloud::Commercial)).text();
    assert!(text.contains("foreach ($property in @('NameTarget', 'NameHost', 'IPAddress')) {"));
    assert!(text.contains("[string] $PublicDnsServer = ''"));
    // The public resolver is the -Server of the splatted query.
    assert!(text.contains("$query.Server = $PublicDnsServer"));
    assert!(text.contains("$answers = @(Resolve-DnsName @query)"));
    assert!(text.contains("-Found \"Through $view`:"));
}

#[test]
fn only_licences_in_force_count() {
    let s = full(Cloud::Commercial);
    for text in [preflight::online(&s).text(), change::online(&s).text()] {
        assert!(text.contains("function Get-EnabledPlan($User) {"));
        assert!(text.contains("$_.PSObject.Properties['IsInGracePeriod'] -and $_.IsInGracePeriod"));
        assert!(text.contains("$plans = Get-EnabledPlan -User"));
        assert!(!text.contains("$plans = @($found.AssignedPlan"));
    }
}

#[test]
fn a_disabled_sip_domain_fails_the_online_preflight() {
    let text = preflight::online(&full(Cloud::Commercial)).text();
    assert!(text.contains("Get-CsOnlineSipDomain -DomainStatus Disabled"));
    // What was found is set just before the check, which is longer than a line otherwise.
    assert!(text.contains(
        "$finding = (\"Disabled in the tenant: \" + ($disabled -join ', '))\n            Add-Check -Id 'tenant-domains' -Status 'FAIL' -Found $finding -Todo ("
    ));
    // Read back, such a report is a failure with the script's own words.
    let online = read(&preflight_report(
        "online",
        r#"{"id":"tenant-domains","status":"FAIL","found":"Disabled in the tenant: fabrikam.com","todo":"Users of a disabled SIP domain are not provisioned (Get-CsOnlineSipDomain.md): enable the domain before the window."}"#,
        "",
    ));
    let findings = report::findings(&[online]);
    assert_eq!(findings[0].status, Status::Fail);
    assert!(findings[0].found.contains("fabrikam.com"));
}

#[test]
fn federation_lists_are_compared_when_both_reports_are_read() {
    let on_premises = read(&preflight_report(
        "on-premises",
        r#"{"id":"federation-lists","status":"PASS","found":"","todo":""}"#,
        r#""allowed_domains":["partner.example"],"blocked_domains":["spam.example","Old.example"]"#,
    ));
    let online = read(&preflight_report(
        "online",
        r#"{"id":"tenant-federation","status":"PASS","found":"","todo":""}"#,
        r#""tenant_open_federation":false,"tenant_allowed_domains":["partner.example","other.example"],"tenant_blocked_domains":"old.example""#,
    ));
    let findings = report::findings(&[on_premises.clone(), online.clone()]);
    let lists = findings
        .iter()
        .find(|f| f.id == "federation-lists-match")
        .expect("compared");
    assert_eq!(lists.status, Status::Warn);
    assert!(
        lists
            .found
            .contains("Blocked only on premises: spam.example"),
        "{}",
        lists.found
    );
    assert!(
        lists
            .found
            .contains("Allowed only in the tenant: other.example"),
        "{}",
        lists.found
    );
    assert!(
        !lists.found.contains("old.example"),
        "compared without case: {}",
        lists.found
    );
    // One report alone compares nothing.
    assert!(
        report::findings(&[on_premises])
            .iter()
            .all(|f| f.id != "federation-lists-match")
    );
}

#[test]
fn a_key_on_the_exchange_online_principal_is_reported_read_only() {
    let text = preflight::online(&full(Cloud::Commercial)).text();
    assert!(text.contains("Connect-MgGraph -Scopes 'Application.Read.All'"));
    assert!(!text.contains("ReadWrite"));
    assert!(text.contains("-ResetFirstPartyServicePrincipalKeyCredentials"));
    let verify = verify::online(&full(Cloud::Commercial)).text();
    assert!(verify.contains("Connect-MgGraph -Scopes 'Application.Read.All'"));
    assert!(!verify.contains("ReadWrite"));
    let online = read(&preflight_report(
        "online",
        r#"{"id":"exchange-principal-keys","status":"WARN","found":"Keys on the Exchange Online principal 00000002-0000-0ff1-ce00-000000000000: 0A1B (expires 12/31/2026 00:00:00)","todo":"Microsoft CSS-Exchange ConfigureExchangeHybridApplication.ps1 removes them"}"#,
        r#""exchange_principal_keys":[{"key_id":"k","thumbprint":"0A1B","expires":"12/31/2026"}]"#,
    ));
    let findings = report::findings(&[online]);
    assert_eq!(findings[0].status, Status::Warn);
    assert_eq!(findings[0].title, "Keys on the Exchange Online principal");
    assert!(findings[0].found.contains("0A1B"));
}

#[test]
fn the_preflight_reads_the_product_as_well_as_the_build() {
    let text = preflight::on_premises(&full(Cloud::Commercial)).text();
    assert!(text.contains("$product = \"$(Get-CsServerVersion)\""));
    assert!(text.contains("14 October 2025"));
    assert!(text.contains("-Id 'hybrid-application-build'"));
    let mut s = full(Cloud::Commercial);
    s.oauth.enabled = false;
    assert!(
        !preflight::on_premises(&s)
            .text()
            .contains("-Id 'hybrid-application-build'")
    );
}

#[test]
fn moves_and_the_final_check_find_the_provider_by_its_proxy_fqdn() {
    let mut s = full(Cloud::Commercial);
    s.hosting_provider.existing =
        hybrid_model::procedure::settings::ExistingProvider::UpdateInPlace;
    // Pipelines longer than a line are broken after each `|`.
    let on_premises = support::unbroken_pipelines(&change::on_premises(&s).text());
    let by_proxy = "Get-CsHostingProvider | Where-Object -Property ProxyFqdn -EQ -Value 'sipfed.online.lync.com'";
    assert!(on_premises.contains(&format!("$provider = {by_proxy} | Select-Object -First 1")));
    assert!(on_premises.contains(&format!("{by_proxy} | Select-Object -Property *")));
    assert!(!on_premises.contains("Get-CsHostingProvider -Identity"));
}

#[test]
fn facts_are_said_as_facts_where_they_apply() {
    use hybrid_model::handover::change_record::{Context, change_record};
    use hybrid_model::handover::checklist::checklist;
    use hybrid_model::procedure::settings::{EdgeRouting, VerificationLevel};
    let s = full(Cloud::Commercial);
    let md = checklist(&s, &hybrid_model::plan(&s));
    assert!(md.contains("left extended support on 14 October 2025"));
    assert!(md.contains("CsServerAdministrator"));
    assert!(md.contains("pull requests 13225 and 13244 (November 2025)"));
    let record = |s: &hybrid_model::Settings| {
        let context = Context {
            date: "2026-12-05",
            link: None,
            preflight: &[],
            verification: &[],
            acceptance: None,
        };
        change_record(s, &hybrid_model::plan(s), &[], &context)
    };
    let risk = "federation through a default route (clearing house) stops";
    assert!(!record(&s).contains(risk), "no default route, no such risk");
    let mut routed = s.clone();
    routed.edge.routing = EdgeRouting::DefaultRoute;
    assert!(record(&routed).contains(risk));
    let mut verifiable = s.clone();
    verifiable.hosting_provider.verification_level = VerificationLevel::AlwaysVerifiable;
    let report = hybrid_model::validate(&verifiable);
    assert!(report.warnings().any(|i| i.code.as_str() == "HB305"));
    assert!(
        !hybrid_model::validate(&s)
            .issues
            .iter()
            .any(|i| i.code.as_str() == "HB305")
    );
    let china = hybrid_model::Settings::for_cloud(Cloud::China);
    let note = china.cloud.profile().proxy_fqdn.note;
    assert!(
        note.contains("Move-CsUser -Target sipfed.online.lync.com"),
        "{note}"
    );
}

#[test]
fn a_trailing_space_in_the_proxy_fqdn_is_trimmed_not_refused() {
    let mut s = full(Cloud::Commercial);
    s.hosting_provider.proxy_fqdn = Some("sipfed.online.lync.com ".into());
    s.hosting_provider.autodiscover_url =
        Some(" https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root\t".into());
    let report = hybrid_model::validate(&s);
    for field in [
        hybrid_model::Field::ProxyFqdn,
        hybrid_model::Field::AutodiscoverUrl,
    ] {
        let issues: Vec<_> = report.for_field(field).collect();
        assert!(issues.is_empty(), "{field:?}: {issues:?}");
    }
    let text = change::on_premises(&s).text();
    assert!(text.contains("'sipfed.online.lync.com'"));
    assert!(!text.contains("sipfed.online.lync.com '"));
    assert!(!text.contains("' https://webdir"));
}

#[test]
fn the_rollback_stage_names_both_rollbacks_the_tenant_first() {
    let s = full(Cloud::Commercial);
    let last = hybrid_model::handover::stages::stages(&s).pop().unwrap();
    assert_eq!(
        last.commands,
        [
            ".\\hybrid-online-rollback-contoso.com-commercial.ps1 -BackupFile <the hybrid-online-backup-*.xml this window wrote> -WhatIf",
            ".\\hybrid-on-premises-rollback-contoso.com-commercial.ps1 -BackupFile <the hybrid-on-premises-backup-*.xml this window wrote> -WhatIf",
        ]
    );
}
