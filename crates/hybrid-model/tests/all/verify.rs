//! Verification: read-only scripts that check what the change produced, and their report read
//! back to mark the checklist's verify items as proven, apart from the admin's own ticks.

use crate::support;

use hybrid_model::handover::checklist::{Block, Evidence, document_with, to_markdown};
use hybrid_model::procedure::plan::StepId;
use hybrid_model::report::{
    self, CheckResult, Facts, Refusal, ReportKind, ReportPart, ScriptReport, Status,
};
use hybrid_model::scripts::verify::{self, CHECKS};
use hybrid_model::{Cloud, plan};
use support::{changing_commands, first_error, full, parse, variants};

const NOW: i64 = 1_795_000_000;

#[test]
fn verification_scripts_parse_and_change_nothing() {
    for (name, settings) in variants() {
        for (part, text) in [
            ("on-premises", verify::on_premises(&settings).text()),
            ("online", verify::online(&settings).text()),
        ] {
            assert_eq!(
                first_error(&text, &parse(&text)),
                None,
                "{name} {part}:\n{text}"
            );
            assert_eq!(
                changing_commands(&text),
                Vec::<String>::new(),
                "{name} {part}"
            );
        }
    }
    let text = verify::on_premises(&full(Cloud::Commercial)).text();
    // Through the federation Edge towards a real partner the admin names, never the tenant's own
    // split domain through the cloud's ProxyFqdn (Test-CsFederatedPartner.md).
    assert!(
        text.contains(
            "$test = Test-CsFederatedPartner -TargetFqdn $edgePool -Domain $PartnerDomain"
        )
    );
    assert!(text.contains("[string] $PartnerDomain = ''"));
    assert!(text.contains("[string] $EdgePoolFqdn = ''"));
    assert!(!text.contains("-Domain 'contoso.com'"));
    assert!(text.contains("'hybrid-verification-on-premises.json'"));
    for def in CHECKS.iter().filter(|c| c.part == ReportPart::OnPremises) {
        assert!(text.contains(&format!("-Id '{}'", def.id)), "{}", def.id);
    }
}

fn report(status: Status, only: Option<&str>) -> ScriptReport {
    ScriptReport {
        schema: report::REPORT_SCHEMA.into(),
        schema_version: report::REPORT_VERSION,
        kind: ReportKind::Verification,
        part: ReportPart::OnPremises,
        created_unix: NOW - 60,
        settings_sip_domains: Some(vec!["contoso.com".into(), "fabrikam.com".into()]),
        checks: Some(
            CHECKS
                .iter()
                .filter(|c| c.part == ReportPart::OnPremises)
                .map(|c| CheckResult {
                    id: c.id.into(),
                    status: if only.is_none_or(|id| id == c.id) {
                        status
                    } else {
                        Status::Pass
                    },
                    found: format!("found {}", c.id),
                    todo: format!("do {}", c.id),
                })
                .collect(),
        ),
        facts: Facts::default(),
    }
}

#[test]
fn a_passing_report_proves_the_verify_items_of_its_steps() {
    let settings = full(Cloud::Commercial);
    let text = serde_json::to_string(&report(Status::Pass, None)).unwrap();
    let read = report::read(&text, ReportKind::Verification, &settings, NOW).unwrap();
    let reports = [read];
    let evidence = Evidence {
        preflight: &[],
        verification: &reports,
    };
    let plan = plan(&settings);
    let doc = document_with(&settings, &plan, evidence);
    let edge_title = plan.step(StepId::EdgeFederation).unwrap().title;
    let edge = doc
        .sections
        .iter()
        .find(|s| s.heading == edge_title)
        .unwrap();
    assert!(edge.blocks.iter().any(|b| matches!(b, Block::Proven(_))));
    // A proven item is not a hand tick: it has no tick key.
    for (i, block) in edge.blocks.iter().enumerate() {
        if matches!(block, Block::Proven(_)) {
            assert_eq!(edge.task_key(i), None);
        }
    }
    let md = to_markdown(&doc);
    assert!(
        md.contains("- [x] Verify `Get-CsAccessEdgeConfiguration`"),
        "{md}"
    );
    assert!(md.contains("verified by report"));
    assert!(md.contains("## Verification"));
}

#[test]
fn a_failure_is_listed_with_what_to_do_and_proves_nothing_for_its_step() {
    let settings = full(Cloud::Commercial);
    let text =
        serde_json::to_string(&report(Status::Fail, Some("verify-hosting-provider"))).unwrap();
    let reports = [report::read(&text, ReportKind::Verification, &settings, NOW).unwrap()];
    let plan = plan(&settings);
    let doc = document_with(
        &settings,
        &plan,
        Evidence {
            preflight: &[],
            verification: &reports,
        },
    );
    let provider_title = plan.step(StepId::HostingProvider).unwrap().title;
    let provider = doc
        .sections
        .iter()
        .find(|s| s.heading == provider_title)
        .unwrap();
    assert!(
        !provider
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Proven(_)))
    );
    let md = to_markdown(&doc);
    assert!(md.contains(
        "- [ ] FAIL — One hosting provider with every value: `found verify-hosting-provider` — to do: `do verify-hosting-provider`"
    ));
}

#[test]
fn reports_of_the_other_kind_or_deployment_are_refused() {
    let settings = full(Cloud::Commercial);
    let text = serde_json::to_string(&report(Status::Pass, None)).unwrap();
    assert_eq!(
        report::read(&text, ReportKind::Preflight, &settings, NOW),
        Err(Refusal::WrongKind(ReportKind::Verification))
    );
    let mut other = report(Status::Pass, None);
    other.settings_sip_domains = Some(vec!["northwind.com".into()]);
    let text = serde_json::to_string(&other).unwrap();
    assert!(matches!(
        report::read(&text, ReportKind::Verification, &settings, NOW),
        Err(Refusal::OtherDeployment { .. })
    ));
}

/// The end-to-end suite loads this into the page (dated like the pre-flight fixtures).
#[test]
fn e2e_fixture_report_matches_the_model() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/e2e/fixtures/verification-passing-on-premises.json");
    let text = serde_json::to_string_pretty(&report(Status::Pass, None)).unwrap() + "\n";
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        text,
        "regenerate with UPDATE_SNAPSHOTS=1"
    );
}
