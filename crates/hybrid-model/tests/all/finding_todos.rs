//! Findings speak the admin's language: every to-do a read-only script prints is known by check
//! id, status and text, each has a keyed sentence in every locale that keeps the script's cmdlets,
//! parameters, versions and KB numbers, and a finding outside English shows that sentence while
//! the script's own words stay apart as console text.

use crate::support;

use hybrid_model::i18n::catalog::{self, Catalog, LANGUAGES, PSEUDO};
use hybrid_model::report::todo::{KNOWN_TODOS, known};
use hybrid_model::report::{
    self, CheckResult, Facts, ReportKind, ReportPart, ScriptReport, Status,
};
use hybrid_model::scripts::{preflight, verify};
use hybrid_model::{Cloud, Settings};

/// Every `Add-Check` of a script: id, status and to-do as printed (empty to-dos left out). A
/// to-do longer than a line is written `-Todo (` then `'part ' +` lines and a last `'part')`:
/// it is read back as the one literal the parts make.
fn printed_todos(script: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut lines = script.lines().map(str::trim);
    while let Some(first) = lines.next() {
        let mut line = first.to_owned();
        if let Some(head) = first.strip_suffix(" -Todo (") {
            let mut todo = String::new();
            for part in lines.by_ref() {
                let (literal, last) = match part.strip_suffix(" +") {
                    Some(literal) => (literal, false),
                    None => (
                        part.strip_suffix(')')
                            .unwrap_or_else(|| panic!("a last part ends the to-do: {part}")),
                        true,
                    ),
                };
                let literal = literal
                    .strip_prefix('\'')
                    .and_then(|l| l.strip_suffix('\''))
                    .unwrap_or_else(|| panic!("a part is one single-quoted literal: {part}"));
                todo.push_str(literal);
                if last {
                    break;
                }
            }
            line = format!("{head} -Todo '{todo}'");
        }
        let line = line.as_str();
        let Some(rest) = line.strip_prefix("Add-Check -Id '") else {
            continue;
        };
        let (id, rest) = rest.split_once('\'').expect("an id in quotes");
        let rest = rest
            .strip_prefix(" -Status '")
            .unwrap_or_else(|| panic!("a status after the id: {line}"));
        let (status, _) = rest.split_once('\'').expect("a status in quotes");
        let (_, todo) = line
            .rsplit_once(" -Todo '")
            .unwrap_or_else(|| panic!("a to-do at the end: {line}"));
        let todo = todo
            .strip_suffix('\'')
            .unwrap_or_else(|| panic!("a to-do in single quotes: {line}"));
        assert!(
            !todo.contains('\''),
            "a to-do is one literal without quotes: {line}"
        );
        if !todo.is_empty() {
            out.push((id.to_owned(), status.to_owned(), todo.to_owned()));
        }
    }
    out
}

fn status(name: &str) -> Status {
    match name {
        "PASS" => Status::Pass,
        "WARN" => Status::Warn,
        "FAIL" => Status::Fail,
        other => panic!("unknown status {other}"),
    }
}

fn all_scripts(settings: &Settings) -> Vec<String> {
    vec![
        preflight::on_premises(settings).text(),
        preflight::online(settings).text(),
        verify::on_premises(settings).text(),
        verify::online(settings).text(),
    ]
}

#[test]
fn every_todo_a_script_prints_is_known_by_id_status_and_text() {
    let mut settings: Vec<Settings> = support::variants().into_iter().map(|(_, s)| s).collect();
    let mut without_oauth = support::full(Cloud::Commercial);
    without_oauth.oauth.enabled = false;
    without_oauth.environment.pilot_users.clear();
    settings.push(without_oauth);
    let mut printed = std::collections::BTreeSet::new();
    for s in &settings {
        for script in all_scripts(s) {
            printed.extend(printed_todos(&script));
        }
    }
    assert!(printed.len() > 30, "the scripts print their to-dos");
    let unknown: Vec<String> = printed
        .iter()
        .filter(|(id, st, todo)| known(id, status(st), todo).is_none())
        .map(|(id, st, todo)| format!("{id} {st}: {todo}"))
        .collect();
    assert!(
        unknown.is_empty(),
        "to-dos the scripts print that report/todo.rs does not know (add each with a keyed sentence in every locale):\n{}",
        unknown.join("\n")
    );
    // And nothing in the table that no script prints any more.
    let stale: Vec<&str> = KNOWN_TODOS
        .iter()
        .filter(|k| !printed.iter().any(|(_, _, todo)| todo == k.script))
        .map(|k| k.script)
        .collect();
    assert!(
        stale.is_empty(),
        "report/todo.rs knows to-dos no script prints:\n{}",
        stale.join("\n")
    );
}

/// The words of a to-do that are never translated: cmdlets, parameters, values, versions, KB
/// numbers and file names.
fn technical_tokens(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",.;:()\"<>".contains(c)))
        .filter(|w| {
            let b = w.as_bytes();
            let parameter = b.len() > 1 && b[0] == b'-' && b[1].is_ascii_uppercase();
            let cmdlet = b.first().is_some_and(u8::is_ascii_uppercase)
                && w.split_once('-')
                    .is_some_and(|(_, noun)| noun.starts_with(|c: char| c.is_ascii_uppercase()));
            let version = w.contains('.') && w.chars().any(|c| c.is_ascii_digit());
            let kb = w.starts_with("KB") && w.len() > 2;
            let value = w.starts_with('$');
            let file = w.ends_with(".md") || w.ends_with(".ps1");
            parameter || cmdlet || version || kb || value || file
        })
        .collect()
}

fn activate(lang: &str) {
    let text = catalog::bundled(lang).unwrap_or_else(|| panic!("{lang} is bundled"));
    catalog::activate(Some(Catalog::read(lang, text.to_owned()).unwrap()));
}

#[test]
fn each_known_todo_keeps_the_scripts_names_in_every_language() {
    let mut problems = Vec::new();
    let locales = LANGUAGES.iter().map(|(l, _)| *l).chain([PSEUDO]);
    for lang in locales {
        if lang == "en" {
            catalog::activate(None);
        } else {
            activate(lang);
        }
        for k in KNOWN_TODOS {
            let said = k.message.text();
            for token in technical_tokens(k.script) {
                if lang == PSEUDO {
                    continue;
                }
                if !said.contains(token) {
                    problems.push(format!("{lang}: `{token}` missing from: {said}"));
                }
            }
            if lang != "en" && said == k.script {
                problems.push(format!("{lang}: not translated: {said}"));
            }
        }
    }
    catalog::activate(None);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

const NOW: i64 = 1_795_000_000;

fn report_with(checks: Vec<CheckResult>) -> ScriptReport {
    ScriptReport {
        schema: report::REPORT_SCHEMA.into(),
        schema_version: report::REPORT_VERSION,
        kind: ReportKind::Preflight,
        part: ReportPart::OnPremises,
        created_unix: NOW,
        settings_sip_domains: Some(vec!["contoso.com".into()]),
        checks: Some(checks),
        facts: Facts::default(),
    }
}

#[test]
fn a_german_finding_says_its_todo_in_german_and_keeps_the_scripts_words_apart() {
    let script = "Versions after 7.1 break Move-CsUser before build 7.0.2046.849 (KB5090660): update the server or install 7.1.0.";
    let checks = vec![
        CheckResult {
            id: "teams-module".into(),
            status: Status::Fail,
            found: "MicrosoftTeams 7.3.0 with build 7.0.2046.530.".into(),
            todo: script.into(),
        },
        CheckResult {
            id: "teams-module".into(),
            status: Status::Warn,
            found: "unknown".into(),
            todo: "A to-do of a newer script.".into(),
        },
    ];
    let reports = [report_with(checks)];

    catalog::activate(None);
    let english = report::findings(&reports);
    assert_eq!(english[0].todo, script, "English shows the script's words");
    assert_eq!(english[0].console_todo(), None, "nothing to show twice");

    activate("de");
    let german = report::findings(&reports);
    catalog::activate(None);
    let known = &german[0];
    assert_ne!(known.todo, script);
    assert!(known.todo.contains("Move-CsUser") && known.todo.contains("KB5090660"));
    assert_eq!(
        known.console_todo(),
        Some(script),
        "the script's words, apart"
    );
    assert_eq!(
        known.found, "MicrosoftTeams 7.3.0 with build 7.0.2046.530.",
        "facts stay as found"
    );
    // A to-do this builder does not know is shown as printed, once.
    let unknown = &german[1];
    assert_eq!(unknown.todo, "A to-do of a newer script.");
    assert_eq!(unknown.console_todo(), None);
    // The same text under another check or status is not this to-do.
    assert!(hybrid_model::report::todo::known("tls12", Status::Fail, script).is_none());
    assert!(hybrid_model::report::todo::known("teams-module", Status::Warn, script).is_none());
}
