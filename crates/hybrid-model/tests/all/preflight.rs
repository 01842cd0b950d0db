//! The pre-flight: read-only scripts that parse, a report defined once and read back into
//! findings, what will change and suggestions; foreign, old and hostile reports stay harmless.

use crate::support;

use hybrid_model::handover::checklist::{Evidence, checklist, document_with, to_markdown};
use hybrid_model::procedure::plan::StepId;
use hybrid_model::report::{
    self, AccessEdgeFacts, Action, CheckResult, Facts, ProviderFacts, Refusal, ReportKind,
    ReportPart, ScriptReport, Status,
};
use hybrid_model::scripts::preflight::{self, CHECKS};
use hybrid_model::{Cloud, Field, Settings, plan};
use support::{changing_commands, first_error, full, parse, variants};

const NOW: i64 = 1_795_000_000;

fn pre(reports: &[ScriptReport]) -> Evidence<'_> {
    Evidence {
        preflight: reports,
        verification: &[],
    }
}

fn scripts(settings: &Settings) -> [(ReportPart, String); 2] {
    [
        (
            ReportPart::OnPremises,
            preflight::on_premises(settings).text(),
        ),
        (ReportPart::Online, preflight::online(settings).text()),
    ]
}

#[test]
fn preflight_scripts_parse_and_change_nothing() {
    for (name, settings) in variants() {
        for (part, text) in scripts(&settings) {
            assert_eq!(
                first_error(&text, &parse(&text)),
                None,
                "{name} {part:?}:\n{text}"
            );
            assert_eq!(
                changing_commands(&text),
                Vec::<String>::new(),
                "{name} {part:?}"
            );
            assert!(text.contains("Start-Transcript"));
            assert!(text.contains("} finally {\n    Stop-Transcript | Out-Null\n}"));
        }
    }
}

/// Every fact the reader knows, each filled, as the scripts would write them.
fn all_facts() -> Facts {
    Facts {
        topology_sip_domains: Some(vec!["contoso.com".into(), "fabrikam.com".into()]),
        edge_external_fqdns: Some(vec!["access1.contoso.com".into()]),
        web_services_fqdns: Some(vec!["webext.contoso.com".into()]),
        registrar_pools: Some(vec!["pool01.contoso.com".into()]),
        access_edge: Some(AccessEdgeFacts {
            allow_outside_users: true,
            allow_federated_users: false,
            enable_partner_discovery: true,
            use_dns_srv_routing: false,
        }),
        hosting_providers: Some(vec![ProviderFacts {
            identity: "Office365".into(),
            proxy_fqdn: "sipfed.online.lync.com".into(),
            enabled: true,
            enabled_shared_address_space: false,
            hosts_ocs_users: true,
            is_local: false,
            verification_level: "UseSourceVerification".into(),
            autodiscover_url:
                "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root".into(),
        }]),
        allowed_domains: Some(vec![]),
        blocked_domains: Some(vec!["blocked.example".into()]),
        tenant_id: Some("6babcaad-604b-40ac-a9d7-9fd97c0b779f".into()),
        tenant_sip_domains: Some(vec!["contoso.com".into(), "fabrikam.com".into()]),
        shared_sip_address_space: Some(false),
        tenant_allow_federated_users: Some(true),
        tenant_open_federation: Some(true),
        tenant_allowed_domains: Some(vec![]),
        tenant_blocked_domains: Some(vec!["blocked.example".into()]),
    }
}

fn report(part: ReportPart, status: Status, facts: Facts) -> ScriptReport {
    ScriptReport {
        schema: report::REPORT_SCHEMA.into(),
        schema_version: report::REPORT_VERSION,
        kind: ReportKind::Preflight,
        part,
        created_unix: NOW - 3600,
        settings_sip_domains: Some(vec!["contoso.com".into(), "fabrikam.com".into()]),
        checks: Some(
            CHECKS
                .iter()
                .filter(|c| c.part == part)
                .map(|c| CheckResult {
                    id: c.id.into(),
                    status,
                    found: format!("found for {}", c.id),
                    todo: format!("do for {}", c.id),
                })
                .collect(),
        ),
        facts,
    }
}

#[test]
fn every_fact_the_reader_uses_is_written_by_its_script() {
    let facts = serde_json::to_value(all_facts()).unwrap();
    let settings = full(Cloud::Commercial);
    let [(_, on_prem), (_, online)] = scripts(&settings);
    for key in facts.as_object().unwrap().keys() {
        let written = format!("$facts.{key} =");
        assert!(
            on_prem.contains(&written) || online.contains(&written),
            "no script writes {key}"
        );
    }
    for def in CHECKS {
        let text = match def.part {
            ReportPart::OnPremises => &on_prem,
            ReportPart::Online => &online,
        };
        assert!(
            text.contains(&format!("-Id '{}'", def.id)),
            "{} is never reported",
            def.id
        );
    }
    for (part, text) in [
        (ReportPart::OnPremises, &on_prem),
        (ReportPart::Online, &online),
    ] {
        assert!(text.contains(&format!("'{}'", preflight::report_file(part))));
        assert!(text.contains(&format!("schema = '{}'", report::REPORT_SCHEMA)));
    }
}

fn json(report: &ScriptReport) -> String {
    serde_json::to_string_pretty(report).unwrap()
}

#[test]
fn a_healthy_deployment_reads_back_as_passes_with_changes_and_suggestions() {
    let mut settings = Settings::default();
    settings.environment.sip_domains = vec!["fabrikam.com".into(), "Contoso.com".into()];
    let on_prem = report::read(
        &format!(
            "\u{feff}{}",
            json(&report(ReportPart::OnPremises, Status::Pass, all_facts()))
        ),
        ReportKind::Preflight,
        &settings,
        NOW,
    )
    .unwrap();
    let online = report::read(
        &json(&report(ReportPart::Online, Status::Pass, all_facts())),
        ReportKind::Preflight,
        &settings,
        NOW,
    )
    .unwrap();
    let reports = vec![on_prem, online];
    let findings = report::findings(&reports);
    // Every check of both scripts, and the comparison of both sides' federation lists.
    assert_eq!(findings.len(), CHECKS.len() + 1);
    assert!(findings.iter().all(|f| f.status == Status::Pass));

    let changes = report::changes(&settings, &reports);
    let find = |name: &str| changes.iter().find(|c| c.setting == name).unwrap();
    assert_eq!(
        find("AllowFederatedUsers").current.as_deref(),
        Some("False")
    );
    assert_eq!(find("AllowFederatedUsers").new, "True");
    assert!(find("AllowOutsideUsers").unchanged());
    assert_eq!(find("Routing").current.as_deref(), Some("Default route"));
    // The provider found for the ProxyFqdn lacks a value, and the admin chose Replace: a removal
    // and a creation, never a rename.
    let provider: Vec<(Action, &str)> = changes
        .iter()
        .filter(|c| c.step == StepId::HostingProvider)
        .map(|c| (c.action, c.setting.as_str()))
        .take(3)
        .collect();
    assert_eq!(
        provider,
        [
            (Action::Remove, "Hosting provider"),
            (Action::Create, "Identity"),
            (Action::Create, "ProxyFqdn")
        ]
    );
    assert_eq!(
        find("Hosting provider").current.as_deref(),
        Some("Office365 (sipfed.online.lync.com)")
    );
    assert_eq!(find("EnabledSharedAddressSpace").current, None);
    // Updated in place, the same provider keeps its identity and gets the missing value set.
    let mut in_place = settings.clone();
    in_place.hosting_provider.existing =
        hybrid_model::procedure::settings::ExistingProvider::UpdateInPlace;
    let changes = report::changes(&in_place, &reports);
    let find = |name: &str| changes.iter().find(|c| c.setting == name).unwrap();
    assert_eq!(find("Identity").action, Action::Keep);
    assert_eq!(find("Identity").current.as_deref(), Some("Office365"));
    assert_eq!(find("EnabledSharedAddressSpace").action, Action::Set);
    assert_eq!(
        find("EnabledSharedAddressSpace").current.as_deref(),
        Some("False")
    );
    assert!(changes.iter().all(|c| c.action != Action::Remove));
    assert_eq!(
        find("SharedSipAddressSpace").current.as_deref(),
        Some("False")
    );

    let suggestions = report::suggestions(&settings, &reports);
    let fields: Vec<Field> = suggestions.iter().map(|s| s.field).collect();
    for field in [
        Field::EdgeExternalFqdn,
        Field::WebServicesFqdns,
        Field::RegistrarPoolFqdn,
        Field::OAuthTenantId,
        Field::ProviderIdentity,
    ] {
        assert!(
            fields.contains(&field),
            "{field:?} not suggested: {fields:?}"
        );
    }
    // The admin's own SIP domains are never replaced.
    assert!(!fields.contains(&Field::SipDomains));
    // Accepting fills the settings; nothing changed before.
    let mut accepted = settings.clone();
    for s in &suggestions {
        s.field.set(&mut accepted, s.value.clone()).unwrap();
    }
    assert_eq!(
        accepted.environment.registrar_pool_fqdn,
        "pool01.contoso.com"
    );
    assert_eq!(accepted.hosting_provider.identity, "Office365");

    let md = to_markdown(&document_with(&settings, &plan(&settings), pre(&reports)));
    assert!(md.contains("## Pre-flight findings"));
    assert!(md.contains("## What will change"));
    // Each step once, then what happens to each value.
    assert!(
        md.contains("SET AllowFederatedUsers: `False` → `True`"),
        "{md}"
    );
    assert!(md.contains("no change AllowOutsideUsers: `True`"), "{md}");
    assert!(
        md.contains("REMOVE Hosting provider: `Office365 (sipfed.online.lync.com)`"),
        "{md}"
    );
    assert!(
        md.contains("CREATE Identity: `SkypeforBusinessOnline`"),
        "{md}"
    );
}

#[test]
fn every_fail_is_a_task_at_its_step() {
    let settings = full(Cloud::Commercial);
    let reports = vec![
        report(ReportPart::OnPremises, Status::Fail, Facts::default()),
        report(ReportPart::Online, Status::Fail, Facts::default()),
    ];
    let findings = report::findings(&reports);
    assert!(findings.iter().all(|f| f.status == Status::Fail));
    let hosting = findings
        .iter()
        .find(|f| f.id == "hosting-providers")
        .unwrap();
    assert_eq!(
        hosting.step,
        Some(hybrid_model::procedure::plan::StepId::HostingProvider)
    );
    let md = to_markdown(&document_with(&settings, &plan(&settings), pre(&reports)));
    assert!(md.contains("- [ ] FAIL — Hosting and public providers: `found for hosting-providers` — to do: `do for hosting-providers`"), "{md}");
    // Without reports the checklist is as before.
    assert_eq!(
        to_markdown(&document_with(&settings, &plan(&settings), pre(&[]))),
        checklist(&settings, &plan(&settings))
    );
}

#[test]
fn hostile_report_strings_stay_inert() {
    let settings = full(Cloud::Commercial);
    let long = "x".repeat(100_000);
    for hostile in [
        "'; Remove-CsHostingProvider -Identity *; '",
        "$(Stop-Computer)",
        "a`\n## Injected\n- [ ] fake",
        "```\nfence",
        long.as_str(),
    ] {
        let mut r = report(ReportPart::OnPremises, Status::Fail, all_facts());
        for c in r.checks.as_mut().unwrap() {
            c.found = hostile.to_owned();
            c.todo = hostile.to_owned();
        }
        r.facts.hosting_providers.as_mut().unwrap()[0].identity = hostile.to_owned();
        let read = report::read(&json(&r), ReportKind::Preflight, &settings, NOW).unwrap();
        let md = to_markdown(&document_with(
            &settings,
            &plan(&settings),
            pre(std::slice::from_ref(&read)),
        ));
        assert!(
            !md.contains("\n## Injected"),
            "a report line became a heading"
        );
        assert_eq!(
            md.matches("\n## ").count(),
            checklist(&settings, &plan(&settings))
                .matches("\n## ")
                .count()
                + 2
        );
        // Suggestions carry the value as data; the scripts made from accepted settings quote it.
        let mut accepted = settings.clone();
        for s in report::suggestions(&settings, &[read]) {
            let _ = s.field.set(&mut accepted, s.value.clone());
        }
        let _ = hybrid_model::validate(&accepted);
    }
}

#[test]
fn foreign_old_and_malformed_reports_are_refused_plainly() {
    let settings = full(Cloud::Commercial);
    let good = report(ReportPart::OnPremises, Status::Pass, all_facts());
    let read = |text: &str| report::read(text, ReportKind::Preflight, &settings, NOW);

    assert!(matches!(read("{not json"), Err(Refusal::NotJson(_))));
    assert_eq!(read(r#"{"schema_version": 2}"#), Err(Refusal::NotOurs));
    assert_eq!(
        read(r#"{"schema": "hybrid-builder-report", "schema_version": 9}"#),
        Err(Refusal::NewerSchema(9))
    );

    let mut old = good.clone();
    old.created_unix = NOW - 10 * 86_400;
    assert_eq!(read(&json(&old)), Err(Refusal::TooOld { days: 10 }));

    let mut other = good.clone();
    other.settings_sip_domains = Some(vec!["northwind.com".into()]);
    let refusal = read(&json(&other)).unwrap_err();
    assert!(matches!(refusal, Refusal::OtherDeployment { .. }));
    assert!(refusal.message().contains("northwind.com"));

    let mut verification = good.clone();
    verification.kind = ReportKind::Verification;
    assert_eq!(
        read(&json(&verification)),
        Err(Refusal::WrongKind(ReportKind::Verification))
    );

    let mut bad_status = json(&good);
    bad_status = bad_status.replacen("\"PASS\"", "\"MAYBE\"", 1);
    assert!(matches!(read(&bad_status), Err(Refusal::NotJson(_))));

    // Windows PowerShell 5.1 writes one-item lists as the item.
    let single = json(&good).replace(
        "\"registrar_pools\": [\n      \"pool01.contoso.com\"\n    ]",
        "\"registrar_pools\": \"pool01.contoso.com\"",
    );
    assert_ne!(single, json(&good));
    assert_eq!(
        read(&single).unwrap().facts.registrar_pools,
        Some(vec!["pool01.contoso.com".to_owned()])
    );
    for refusal in [Refusal::TooLarge, Refusal::NotOurs, Refusal::FromTheFuture] {
        assert!(!refusal.message().is_empty());
    }
}

/// The end-to-end suite loads these into the page; they are made from the model's definition, so
/// a change to the schema shows up here. Regenerate with UPDATE_SNAPSHOTS=1.
#[test]
fn e2e_fixture_reports_match_the_model() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e/fixtures");
    let mut healthy_online = all_facts();
    healthy_online.shared_sip_address_space = Some(true);
    let fixtures = [
        (
            "preflight-healthy-on-premises.json",
            report(ReportPart::OnPremises, Status::Pass, all_facts()),
        ),
        (
            "preflight-healthy-online.json",
            report(ReportPart::Online, Status::Pass, healthy_online),
        ),
        (
            "preflight-failing-on-premises.json",
            report(ReportPart::OnPremises, Status::Fail, all_facts()),
        ),
        ("preflight-other-deployment.json", {
            let mut r = report(ReportPart::OnPremises, Status::Pass, all_facts());
            r.settings_sip_domains = Some(vec!["northwind.com".into()]);
            r
        }),
    ];
    let mut stale = Vec::new();
    for (name, report) in fixtures {
        let text = json(&report) + "\n";
        let path = dir.join(name);
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).unwrap_or_default() != text {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "regenerate with UPDATE_SNAPSHOTS=1: {stale:?}"
    );
}
