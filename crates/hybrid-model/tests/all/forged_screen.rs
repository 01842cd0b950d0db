//! What a report or a settings file says cannot forge the screen: escape sequences, carriage
//! returns, NUL, other controls and bidirectional overrides are shown, not obeyed, and a line
//! break inside a text never starts a line that looks like a finding — in the findings, changes
//! and suggestions the CLI and the page show, in refusals, and in the CLI's own output.

use std::process::Command;

use hybrid_model::input::display::{LINE_BREAK, display_text};
use hybrid_model::input::syntax::is_hidden;
use hybrid_model::procedure::share::{from_file, from_fragment, to_json};
use hybrid_model::report::{self, ReportKind};
use hybrid_model::{Settings, validate};

const NOW: i64 = 1_795_000_000;

/// Texts that would rewrite a terminal or reorder what the admin reads.
const HOSTILE: [&str; 6] = [
    "all good\u{1b}[2J\u{1b}[H",
    "ok\r\nFAIL tls12 (TLS 1.2 for .NET): forged",
    "ok\rPASS everything",
    "nul\u{0}byte and bell\u{7}",
    "\u{202e}lanretni\u{202c} and \u{2066}isolate\u{2069} \u{200b}zero-width\u{feff}",
    "c1 \u{9b}31m csi and next line\u{85}PASS x",
];

fn settings() -> Settings {
    let mut s = Settings::default();
    s.environment.sip_domains = vec!["contoso.com".into()];
    s
}

/// Whether a text is safe on a terminal line: nothing hidden, no line break.
fn shown_safely(text: &str) -> bool {
    !text.chars().any(|c| is_hidden(c) || c == '\n' || c == '\r')
}

/// A pre-flight report written a minute before `now`, whose every text is `hostile`.
fn hostile_report_at(hostile: &str, now: i64) -> String {
    serde_json::json!({
        "schema": report::REPORT_SCHEMA,
        "schema_version": report::REPORT_VERSION,
        "kind": "preflight",
        "part": "on-premises",
        "created_unix": now - 60,
        "settings_sip_domains": ["contoso.com"],
        "checks": [
            {"id": "tls12", "status": "FAIL", "found": hostile, "todo": hostile},
            {"id": hostile, "status": "WARN", "found": hostile, "todo": hostile},
        ],
        "facts": {
            "tenant_id": hostile,
            "edge_external_fqdns": [hostile],
            "hosting_providers": [{
                "identity": hostile,
                "proxy_fqdn": "sipfed.online.lync.com",
                "verification_level": hostile,
                "autodiscover_url": hostile,
            }],
        },
    })
    .to_string()
}

fn hostile_report(hostile: &str) -> String {
    hostile_report_at(hostile, NOW)
}

#[test]
fn display_text_keeps_words_and_shows_every_break_and_control() {
    for hostile in HOSTILE {
        let shown = display_text(hostile);
        assert!(shown_safely(&shown), "{shown:?}");
    }
    assert_eq!(
        display_text("ok\r\nFAIL x"),
        format!("ok{LINE_BREAK}FAIL x"),
        "a line break stays visible, so the text is still one line"
    );
    assert_eq!(
        display_text("contoso.com — Ünïcödé 日本"),
        "contoso.com — Ünïcödé 日本"
    );
}

#[test]
fn findings_changes_and_suggestions_show_report_text_safely() {
    let mut bare = Settings::default();
    bare.environment.sip_domains = vec!["contoso.com".into()];
    bare.oauth.tenant_id.clear();
    for hostile in HOSTILE {
        let read = report::read(&hostile_report(hostile), ReportKind::Preflight, &bare, NOW)
            .unwrap_or_else(|r| panic!("{hostile:?}: {}", r.message()));
        let reports = [read];
        let findings = report::findings(&reports);
        assert_eq!(findings.len(), 2);
        for f in &findings {
            for text in [&f.id, &f.found, &f.todo] {
                assert!(shown_safely(text), "{text:?}");
            }
        }
        let changes = report::changes(&bare, &reports);
        assert!(!changes.is_empty());
        for c in &changes {
            assert!(shown_safely(c.current.as_deref().unwrap_or("")), "{c:?}");
            assert!(shown_safely(&c.new), "{c:?}");
        }
        let suggestions = report::suggestions(&bare, &reports);
        assert!(!suggestions.is_empty());
        for s in &suggestions {
            assert!(shown_safely(&s.shown), "{s:?}");
        }
    }
}

#[test]
fn refusals_and_read_problems_quote_input_safely() {
    let other = hostile_report("x").replace(
        r#""settings_sip_domains":["contoso.com"]"#,
        r#""settings_sip_domains":["evil.com\u001b[2J\nPASS all"]"#,
    );
    let refusal = report::read(&other, ReportKind::Preflight, &settings(), NOW).unwrap_err();
    assert!(refusal.message().contains("evil.com"));
    assert!(shown_safely(&refusal.message()), "{}", refusal.message());

    let bad_status = hostile_report("x").replace(r#""WARN""#, r#""\u001b[31mPASS\r""#);
    let refusal = report::read(&bad_status, ReportKind::Preflight, &settings(), NOW).unwrap_err();
    assert!(shown_safely(&refusal.message()), "{}", refusal.message());

    let decoded = from_file(r#"{"\u001b[2Jcloud\nFAIL": 1, "environment": {"x\r": 2}}"#).unwrap();
    assert_eq!(decoded.problems.len(), 2);
    for p in &decoded.problems {
        assert!(shown_safely(&p.key) && shown_safely(&p.message), "{p:?}");
    }
    let (decoded, _) = from_fragment("v=1&\u{1b}[2J=1&lang=\u{202e}ed");
    assert_eq!(decoded.problems.len(), 2);
    for p in &decoded.problems {
        assert!(shown_safely(&p.key) && shown_safely(&p.message), "{p:?}");
    }
}

#[test]
fn validation_messages_quote_typed_values_safely() {
    let mut s = settings();
    s.environment.pilot_users = vec!["ada\u{1b}[2J@contoso.com".into()];
    s.environment.sip_domains.push("evil\r\n.com".into());
    let report = validate(&s);
    assert!(report.has_errors());
    for issue in &report.issues {
        assert!(shown_safely(&issue.message), "{issue:?}");
    }
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sfb-hybrid-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_cli_prints_one_line_per_finding_and_no_control_character() {
    let dir = temp_dir("forged-screen");
    let settings_file = dir.join("settings.json");
    std::fs::write(&settings_file, to_json(&settings())).unwrap();
    // The CLI reads reports against the clock: these were written a minute ago.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    for (i, hostile) in HOSTILE.iter().enumerate() {
        let report_file = dir.join(format!("report-{i}.json"));
        std::fs::write(&report_file, hostile_report_at(hostile, now)).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_sfb-hybrid"))
            .args([
                "preflight",
                settings_file.to_str().unwrap(),
                report_file.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        for text in [stdout.as_str(), &stderr] {
            assert!(!text.chars().any(|c| c != '\n' && is_hidden(c)), "{text:?}");
        }
        let fails = stdout.lines().filter(|l| l.starts_with("FAIL ")).count();
        let warns = stdout.lines().filter(|l| l.starts_with("WARN ")).count();
        let passes = stdout.lines().filter(|l| l.starts_with("PASS ")).count();
        assert_eq!((fails, warns, passes), (1, 1, 0), "{stdout}");
    }
}
