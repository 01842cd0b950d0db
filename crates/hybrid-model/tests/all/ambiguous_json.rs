//! Ambiguous input is refused, never read "last one wins": a key twice in a settings file, in the
//! browser's stored settings or in a report is an error naming the key, and a key twice in a share
//! link is reported. The page reads through the same functions (import, drop, link, storage).

use hybrid_model::procedure::settings::EdgeRouting;
use hybrid_model::procedure::share::{
    LinkOptions, from_file, from_fragment, from_storage, to_fragment,
};
use hybrid_model::report::{self, Refusal, ReportKind};
use hybrid_model::{Cloud, Settings};

const NOW: i64 = 1_795_000_000;

fn settings() -> Settings {
    let mut s = Settings::default();
    s.environment.sip_domains = vec!["contoso.com".into()];
    s
}

/// A valid pre-flight report of the on-premises part for `settings()`, as text.
fn report_text() -> String {
    serde_json::json!({
        "schema": report::REPORT_SCHEMA,
        "schema_version": report::REPORT_VERSION,
        "kind": "preflight",
        "part": "on-premises",
        "created_unix": NOW - 60,
        "settings_sip_domains": ["contoso.com"],
        "checks": [{"id": "tls12", "status": "PASS", "found": "TLS 1.2 on", "todo": ""}],
    })
    .to_string()
}

#[test]
fn a_settings_file_with_a_key_twice_is_refused_by_name() {
    let text = r#"{"edge": {"routing": "dns-srv", "routing": "default-route"}}"#;
    let problem = from_file(text).unwrap_err();
    assert!(problem.message.contains("\"edge.routing\""), "{problem:?}");
    // serde_json alone would have read the last value: exactly what must not happen.
    let last: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(last["edge"]["routing"], "default-route");

    let problem = from_file(r#"{"cloud": "gcc", "cloud": "commercial"}"#).unwrap_err();
    assert!(problem.message.contains("\"cloud\""), "{problem:?}");

    // The same name in two places is not a repeat.
    let decoded = from_file(r#"{"cloud": "gcc", "edge": {"routing": "dns-srv"}}"#).unwrap();
    assert_eq!(decoded.settings.cloud, Cloud::Gcc);
    assert_eq!(decoded.settings.edge.routing, EdgeRouting::DnsSrv);
    assert!(decoded.problems.is_empty());
}

#[test]
fn stored_settings_with_a_key_twice_start_from_defaults_and_say_why() {
    let decoded = from_storage(r#"{"cloud": "gcc", "cloud": "dod"}"#);
    assert_eq!(decoded.settings, Settings::default());
    assert_eq!(decoded.problems.len(), 1);
    assert!(decoded.problems[0].message.contains("\"cloud\""));
}

#[test]
fn a_report_with_a_key_twice_is_refused_by_name() {
    let read = |text: &str| report::read(text, ReportKind::Preflight, &settings(), NOW);
    assert!(read(&report_text()).is_ok());

    // A FAIL hidden behind a PASS: which one did the script write?
    let twice = report_text().replace(r#""status":"PASS""#, r#""status":"FAIL","status":"PASS""#);
    assert_ne!(twice, report_text());
    let refusal = read(&twice).unwrap_err();
    assert_eq!(refusal, Refusal::DuplicateKey("checks.status".into()));
    assert!(refusal.message().contains("checks.status"));

    let domains_twice = report_text().replace(
        r#""settings_sip_domains":["contoso.com"]"#,
        r#""settings_sip_domains":["northwind.com"],"settings_sip_domains":["contoso.com"]"#,
    );
    assert_eq!(
        read(&domains_twice),
        Err(Refusal::DuplicateKey("settings_sip_domains".into()))
    );
}

#[test]
fn deep_nesting_is_refused_plainly_by_every_json_reader() {
    let deep = "[".repeat(100_000);
    let problem = from_file(&deep).unwrap_err();
    assert!(!problem.message.is_empty());
    assert_eq!(from_storage(&deep).settings, Settings::default());
    assert_eq!(
        report::read(&deep, ReportKind::Preflight, &settings(), NOW),
        Err(Refusal::TooDeep)
    );
    let objects = r#"{"a":"#.repeat(50_000);
    assert!(from_file(&objects).is_err());
    assert_eq!(
        report::read(&objects, ReportKind::Preflight, &settings(), NOW),
        Err(Refusal::TooDeep)
    );
}

#[test]
fn a_link_with_a_key_twice_keeps_the_first_and_says_so() {
    let (decoded, _) = from_fragment("v=1&cloud=gcc&cloud=dod");
    assert_eq!(decoded.settings.cloud, Cloud::Gcc);
    assert_eq!(decoded.problems.len(), 1);
    assert_eq!(decoded.problems[0].key, "cloud");

    // A part appended to a checked link is both a repeat and a change.
    let s = Settings::for_cloud(Cloud::Gcc);
    let link = to_fragment(&s, &LinkOptions::default());
    let (intact, _) = from_fragment(&link);
    assert!(intact.problems.is_empty(), "{:?}", intact.problems);
    let (decoded, _) = from_fragment(&format!("{link}&cloud=dod"));
    assert_eq!(decoded.settings.cloud, Cloud::Gcc);
    let keys: Vec<&str> = decoded.problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["", "cloud"], "{:?}", decoded.problems);

    // Two checksums: the first is the one checked.
    let (decoded, _) = from_fragment(&format!("{link}&c=00000000"));
    assert_eq!(decoded.problems.len(), 1);
    assert_eq!(decoded.problems[0].key, "c");
}
