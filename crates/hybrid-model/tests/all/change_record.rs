//! The change record as a document (#26 item 6), read back with a CommonMark parser as a Markdown
//! viewer shows it: every setting, the rollback files by their download names in the order they
//! run, an accepted FAIL as an acceptance with its day, nothing said twice, and user text only as
//! code.

use crate::support;

use hybrid_model::handover::change_record::{Artifact, Context, Record, record, to_markdown};
use hybrid_model::handover::checklist::Block;
use hybrid_model::handover::downloads;
use hybrid_model::procedure::naming;
use hybrid_model::report::{
    self, Acceptance, CheckResult, Facts, ReportKind, ReportPart, ScriptReport, Status,
};
use hybrid_model::{Cloud, Settings, plan};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

const NOW: i64 = 1_795_000_000;

/// A pre-flight report of the on-premises part with these checks.
fn preflight(checks: &[(&str, Status, &str)]) -> ScriptReport {
    ScriptReport {
        schema: report::REPORT_SCHEMA.into(),
        schema_version: report::REPORT_VERSION,
        kind: ReportKind::Preflight,
        part: ReportPart::OnPremises,
        created_unix: NOW - 600,
        settings_sip_domains: Some(vec!["contoso.com".into(), "fabrikam.com".into()]),
        checks: Some(
            checks
                .iter()
                .map(|(id, status, found)| CheckResult {
                    id: (*id).into(),
                    status: *status,
                    found: (*found).into(),
                    todo: format!("do for {id}"),
                })
                .collect(),
        ),
        facts: Facts::default(),
    }
}

fn make(
    s: &Settings,
    preflight: &[ScriptReport],
    acceptance: Option<&Acceptance>,
) -> (Record, String) {
    let files = downloads::all_scripts(s);
    let artifacts: Vec<Artifact<'_>> = files
        .iter()
        .map(|(name, bytes)| Artifact { name, bytes })
        .collect();
    let context = Context {
        date: "2026-12-05",
        link: Some("https://example.org/#v=2&c=0"),
        preflight,
        verification: &[],
        acceptance,
    };
    let doc = record(s, &plan(s), &artifacts, &context);
    let md = to_markdown(&doc);
    (doc, md)
}

/// What a Markdown viewer shows: each heading, paragraph, list item and table cell as its
/// visible text (code spans as their content), in order.
#[derive(Debug, Default)]
struct VisibleText {
    headings: Vec<String>,
    /// Paragraphs and list items, as read.
    blocks: Vec<String>,
    tables: Vec<Vec<Vec<String>>>,
    /// The content of every code span.
    code: Vec<String>,
}

fn shown(md: &str) -> VisibleText {
    let mut shown = VisibleText::default();
    let mut current = String::new();
    let mut row: Vec<String> = Vec::new();
    let mut in_item = 0usize;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) => current.push_str(&t),
            Event::Code(c) => {
                current.push_str(&c);
                shown.code.push(c.to_string());
            }
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Start(Tag::Item) => {
                in_item += 1;
                current.clear();
            }
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::TableCell) if in_item == 0 => {
                current.clear();
            }
            Event::End(TagEnd::Heading(_)) => shown.headings.push(std::mem::take(&mut current)),
            Event::End(TagEnd::Paragraph) if in_item == 0 => {
                shown.blocks.push(std::mem::take(&mut current));
            }
            Event::End(TagEnd::Item) => {
                in_item -= 1;
                shown.blocks.push(std::mem::take(&mut current));
            }
            Event::Start(Tag::Table(_)) => shown.tables.push(Vec::new()),
            Event::End(TagEnd::TableCell) => row.push(std::mem::take(&mut current)),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                if let Some(table) = shown.tables.last_mut() {
                    table.push(std::mem::take(&mut row));
                }
            }
            _ => {}
        }
    }
    shown
}

#[test]
fn the_markdown_reads_as_the_document_the_page_renders() {
    let s = support::full(Cloud::GccHigh);
    let (doc, md) = make(&s, &[], None);
    let view = shown(&md);
    let sections = doc.sections.len();
    assert_eq!(view.headings.len(), 1 + sections, "{md}");
    for (heading, section) in view.headings[1..].iter().zip(&doc.sections) {
        assert_eq!(heading, &section.heading);
    }
    let tables = doc
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Table(_)))
        .count();
    assert_eq!(view.tables.len(), tables);
    // No Markdown syntax is left in what a viewer shows, outside values.
    for text in view.blocks.iter().chain(&view.headings) {
        let mut outside = text.clone();
        for code in &view.code {
            outside = outside.replace(code.as_str(), "");
        }
        for syntax in ["**", "`", "| ", "##", "- [", "<http"] {
            assert!(!outside.contains(syntax), "{syntax:?} shows in {text:?}");
        }
    }
    assert!(!md.contains("\n\n\n"), "a double blank line:\n{md}");
}

#[test]
fn the_settings_hold_every_setting() {
    let mut s = support::full(Cloud::GccHigh);
    s.oauth.metadata_url_prefix = Some("https://login.microsoftonline.us/".into());
    let (_, md) = make(&s, &[], None);
    let view = shown(&md);
    for (label, value) in [
        ("Tenant ID", "6babcaad-604b-40ac-a9d7-9fd97c0b779f"),
        (
            "External web services FQDN of each pool",
            "webext.contoso.com, webext2.contoso.com",
        ),
        ("Reverse proxy external FQDN", "webext.contoso.com"),
        ("Registrar pool FQDN", "pool01.contoso.com"),
        (
            "OAuthTokenIssuer certificate (.cer) path",
            "C:\\certs\\oauth.cer",
        ),
        (
            "OAuth metadata URL prefix",
            "https://login.microsoftonline.us/",
        ),
        ("Edge external FQDN", "sip.contoso.com"),
        ("SIP domains", "contoso.com, fabrikam.com"),
    ] {
        let line = format!("{label}: {value}");
        assert!(view.blocks.contains(&line), "{line} not in\n{md}");
    }
    // Without server-to-server authentication its values are not part of the change.
    s.oauth.enabled = false;
    let (_, md) = make(&s, &[], None);
    assert!(!md.contains("Tenant ID"));
    assert!(md.contains("Registrar pool FQDN: `pool01.contoso.com`"));
}

#[test]
fn rollback_files_are_named_as_downloaded_and_in_the_order_they_run() {
    let s = support::full(Cloud::Commercial);
    let (_, md) = make(&s, &[], None);
    let view = shown(&md);
    let online = naming::file_name("hybrid-online-rollback.ps1", &s);
    let on_premises = naming::file_name("hybrid-on-premises-rollback.ps1", &s);
    assert_eq!(online, "hybrid-online-rollback-contoso.com-commercial.ps1");
    let how = view
        .blocks
        .iter()
        .find(|b| b.contains(&online))
        .expect("the rollback paragraph");
    let (first, then) = (how.find(&online).unwrap(), how.find(&on_premises).unwrap());
    assert!(first < then, "the tenant is undone first: {how}");
    // The very names the scripts table hashes, and no base name without the deployment.
    let files: Vec<&String> = view.tables.iter().flatten().map(|row| &row[0]).collect();
    assert!(files.contains(&&online) && files.contains(&&on_premises));
    assert!(!md.contains("hybrid-online-rollback.ps1"));
    assert!(!md.contains("hybrid-on-premises-rollback.ps1"));
}

#[test]
fn nothing_is_said_twice() {
    for cloud in [Cloud::Commercial, Cloud::GccHigh, Cloud::China] {
        let s = support::full(cloud);
        let reports = [preflight(&[
            ("server-build", Status::Fail, "7.0.2046.0"),
            ("teams-module", Status::Warn, "7.3.0"),
        ])];
        let (_, md) = make(&s, &reports, None);
        let view = shown(&md);
        // Each block once, and each longer sentence once: a condition shared by two steps is
        // said for both together.
        let mut blocks = std::collections::BTreeSet::new();
        let mut sentences = std::collections::BTreeSet::new();
        for block in &view.blocks {
            assert!(blocks.insert(block), "{cloud:?} says twice: {block}");
            for sentence in block.split(". ").filter(|s| s.len() > 60) {
                assert!(
                    sentences.insert(sentence),
                    "{cloud:?} says twice: {sentence}"
                );
            }
        }
    }
}

#[test]
fn an_accepted_fail_is_an_acceptance_with_its_day() {
    let s = support::full(Cloud::Commercial);
    let reports = [preflight(&[
        ("server-build", Status::Fail, "7.0.2046.0"),
        ("teams-module", Status::Warn, "7.3.0"),
    ])];
    let findings = report::findings(&reports);
    assert_eq!(report::unaccepted_fails(&findings, None), 1);

    // Not accepted: the FAIL is still open, and no acceptance is claimed.
    let (_, md) = make(&s, &reports, None);
    let view = shown(&md);
    assert!(
        view.headings
            .iter()
            .any(|h| h == "Pre-flight findings still open")
    );
    assert!(
        !view
            .headings
            .iter()
            .any(|h| h == "Accepted pre-flight FAILs")
    );

    let acceptance = Acceptance::of(&findings, "2026-12-04");
    assert_eq!(report::unaccepted_fails(&findings, Some(&acceptance)), 0);
    let (doc, md) = make(&s, &reports, Some(&acceptance));
    let section = doc
        .sections
        .iter()
        .find(|s| s.heading == "Accepted pre-flight FAILs")
        .unwrap_or_else(|| panic!("no acceptance in\n{md}"));
    let said = to_markdown(&Record {
        title: "",
        front: Vec::new(),
        sections: vec![section.clone()],
    });
    assert!(
        said.contains("Accepted by the admin on 2026-12-04"),
        "{said}"
    );
    assert!(said.contains("FAIL Server build"), "{said}");
    assert!(said.contains("`7.0.2046.0`"), "{said}");
    // The WARN stays open; the accepted FAIL is listed once, as accepted.
    let open = doc
        .sections
        .iter()
        .find(|s| s.heading == "Pre-flight findings still open")
        .expect("the WARN stays open");
    assert_eq!(open.blocks.len(), 1);
    assert_eq!(md.matches("7.0.2046.0").count(), 1, "{md}");

    // A FAIL a later report brings is not accepted with the others.
    let later = [preflight(&[
        ("server-build", Status::Fail, "7.0.2046.0"),
        ("server-roles", Status::Fail, "no Front End"),
    ])];
    assert_eq!(
        report::unaccepted_fails(&report::findings(&later), Some(&acceptance)),
        1
    );
}

#[test]
fn user_text_stays_a_value() {
    let mut s = support::full(Cloud::Commercial);
    let hostile = "**x** | `y` <b>z</b>";
    s.oauth.certificate_path = hostile.into();
    let (_, md) = make(&s, &[], None);
    let view = shown(&md);
    assert!(
        view.code.iter().any(|c| c == hostile),
        "{hostile} is not one code span in\n{md}"
    );
    assert!(!md.contains("\n<b>"));
}

/// Research notes in the admin-facing documents (#26 item 7): in a Sources appendix, not in the
/// rules.
const RESEARCH_NOTES: [&str; 8] = [
    "sources checked",
    "staff notes",
    "not yet merged",
    "third-party",
    "press reported",
    "blog",
    "pull request",
    "could read",
];

#[test]
fn research_notes_are_in_the_sources_appendix_not_in_the_rules() {
    use hybrid_model::handover::checklist::document;
    for cloud in [Cloud::Commercial, Cloud::GccHigh, Cloud::China] {
        let s = support::full(cloud);
        let checklist = document(&s, &plan(&s)).sections;
        let (record, _) = make(&s, &[], None);
        for (name, sections) in [("checklist", checklist), ("record", record.sections)] {
            let (sources, body): (Vec<_>, Vec<_>) =
                sections.into_iter().partition(|s| s.heading == "Sources");
            assert_eq!(sources.len(), 1, "{name}: one Sources appendix");
            let said = |sections: &[hybrid_model::handover::checklist::Section]| {
                to_markdown(&Record {
                    title: "",
                    front: Vec::new(),
                    sections: sections.to_vec(),
                })
                .to_lowercase()
            };
            let (body, sources) = (said(&body), said(&sources));
            for note in RESEARCH_NOTES {
                assert!(!body.contains(note), "{cloud:?} {name}: {note:?} in a rule");
            }
            assert!(sources.contains("staff notes"), "{name}: {sources}");
            assert!(
                body.contains("see sources"),
                "{name}: the rule points to its source"
            );
        }
    }
}
