//! A report must prove it belongs here, once: it names the deployment's SIP domains, it holds
//! checks, its date is one a script could have written (with no arithmetic that can overflow),
//! and the same report read twice counts once.

use std::process::Command;

use hybrid_model::Settings;
use hybrid_model::procedure::share::to_json;
use hybrid_model::report::{
    self, EARLIEST_REPORT_UNIX, Kept, LATEST_REPORT_UNIX, Refusal, ReportKind, ScriptReport,
};

const NOW: i64 = 1_795_000_000;

fn settings() -> Settings {
    let mut s = Settings::default();
    s.environment.sip_domains = vec!["contoso.com".into(), "fabrikam.com".into()];
    s
}

/// A report's JSON, with `change` applied to it first.
fn report_json(part: &str, created: i64, change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value = serde_json::json!({
        "schema": report::REPORT_SCHEMA,
        "schema_version": report::REPORT_VERSION,
        "kind": "preflight",
        "part": part,
        "created_unix": created,
        "settings_sip_domains": ["Fabrikam.com", "contoso.com"],
        "checks": [{"id": "tls12", "status": "FAIL", "found": "off", "todo": "turn it on"}],
    });
    change(&mut value);
    value.to_string()
}

fn read(text: &str, now: i64) -> Result<ScriptReport, Refusal> {
    report::read(text, ReportKind::Preflight, &settings(), now)
}

#[test]
fn a_report_without_the_deployments_sip_domains_is_refused() {
    assert!(read(&report_json("on-premises", NOW, |_| {}), NOW).is_ok());
    for without in [
        serde_json::Value::Null,
        serde_json::json!([]),
        serde_json::json!(["", " "]),
    ] {
        let text = report_json("on-premises", NOW, |v| {
            v["settings_sip_domains"] = without.clone()
        });
        let refusal = read(&text, NOW).unwrap_err();
        assert_eq!(
            refusal,
            Refusal::NoDomains {
                settings: vec!["contoso.com".into(), "fabrikam.com".into()]
            }
        );
        assert!(refusal.message().contains("contoso.com, fabrikam.com"));
    }
    let missing = report_json("on-premises", NOW, |v| {
        v.as_object_mut().unwrap().remove("settings_sip_domains");
    });
    assert!(matches!(
        read(&missing, NOW),
        Err(Refusal::NoDomains { .. })
    ));
    // One domain fewer is another deployment.
    let fewer = report_json("on-premises", NOW, |v| {
        v["settings_sip_domains"] = serde_json::json!(["contoso.com"])
    });
    assert!(matches!(
        read(&fewer, NOW),
        Err(Refusal::OtherDeployment { .. })
    ));
}

#[test]
fn settings_without_sip_domains_still_take_a_report_to_learn_them() {
    // The first pre-flight of a deployment is how the admin learns its SIP domains: the report
    // is read and suggests them.
    let empty = Settings::default();
    let text = report_json("on-premises", NOW, |v| {
        v["facts"] = serde_json::json!({"topology_sip_domains": ["contoso.com"]})
    });
    let read = report::read(&text, ReportKind::Preflight, &empty, NOW).unwrap();
    let suggestions = report::suggestions(&empty, &[read]);
    assert!(suggestions.iter().any(|s| s.shown == "contoso.com"));
}

#[test]
fn a_report_with_no_checks_is_refused_not_a_silent_success() {
    for checks in [
        serde_json::Value::Null,
        serde_json::json!([]),
        serde_json::json!("x"),
    ] {
        let text = report_json("on-premises", NOW, |v| v["checks"] = checks.clone());
        match read(&text, NOW) {
            Err(Refusal::NoChecks) => {}
            Err(Refusal::NotJson(_)) if checks.is_string() => {}
            other => panic!("{checks}: {other:?}"),
        }
    }
    assert!(!Refusal::NoChecks.message().is_empty());
}

#[test]
fn dates_outside_a_sane_range_are_malformed_without_overflow() {
    let at = |created: i64, now: i64| read(&report_json("online", created, |_| {}), now);
    assert!(at(NOW, NOW).is_ok());
    assert!(
        at(NOW + 86_400, NOW).is_ok(),
        "a day of clock skew is allowed"
    );
    assert_eq!(at(NOW + 86_401, NOW), Err(Refusal::FromTheFuture));
    for absurd in [
        i64::MIN,
        -1,
        0,
        1_000_000_000,
        EARLIEST_REPORT_UNIX - 1,
        LATEST_REPORT_UNIX + 1,
        i64::MAX,
    ] {
        assert_eq!(at(absurd, NOW), Err(Refusal::BadDate(absurd)), "{absurd}");
        assert!(
            Refusal::BadDate(absurd)
                .message()
                .contains(&absurd.to_string())
        );
    }
    // A reader's clock can be anything too: nothing overflows, the answer is a refusal.
    assert_eq!(at(NOW, i64::MIN), Err(Refusal::FromTheFuture));
    assert!(matches!(at(NOW, i64::MAX), Err(Refusal::TooOld { .. })));
    assert_eq!(
        at(EARLIEST_REPORT_UNIX, NOW),
        Err(Refusal::TooOld {
            days: (NOW - EARLIEST_REPORT_UNIX) / 86_400
        })
    );
    // Not a whole number of seconds, or beyond any integer: not read as a date at all.
    for bad in [
        "1.5e300",
        "1795000000.5",
        "99999999999999999999999",
        "\"1795000000\"",
    ] {
        let text = report_json("online", NOW, |_| {}).replace(&NOW.to_string(), bad);
        assert!(
            matches!(read(&text, NOW), Err(Refusal::NotJson(_))),
            "{bad}"
        );
    }
}

#[test]
fn the_same_report_twice_counts_once() {
    let on_prem = read(&report_json("on-premises", NOW, |_| {}), NOW).unwrap();
    let online = read(&report_json("online", NOW, |_| {}), NOW).unwrap();
    let newer = read(&report_json("on-premises", NOW + 5, |_| {}), NOW).unwrap();
    let mut reports = Vec::new();
    assert_eq!(report::keep(&mut reports, on_prem.clone()), Kept::Added);
    assert_eq!(
        report::keep(&mut reports, on_prem.clone()),
        Kept::AlreadyRead
    );
    assert_eq!(
        report::findings(&reports).len(),
        1,
        "its FAIL is counted once"
    );
    assert_eq!(report::keep(&mut reports, online), Kept::Added);
    assert_eq!(report::keep(&mut reports, newer.clone()), Kept::Replaced);
    assert_eq!(reports.len(), 2);
    assert!(reports.contains(&newer) && !reports.contains(&on_prem));
    assert!(Kept::AlreadyRead.note().is_some() && Kept::Added.note().is_none());
}

#[test]
fn the_cli_reads_the_same_report_file_once_and_says_so() {
    let dir = std::env::temp_dir().join(format!("sfb-hybrid-twice-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let settings_file = dir.join("settings.json");
    std::fs::write(&settings_file, to_json(&settings())).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let report_file = dir.join("report.json");
    std::fs::write(&report_file, report_json("on-premises", now - 60, |_| {})).unwrap();
    let report = report_file.to_str().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sfb-hybrid"))
        .args(["preflight", settings_file.to_str().unwrap(), report, report])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stdout.matches("FAIL tls12").count(), 1, "{stdout}");
    assert!(
        stderr.contains(Kept::AlreadyRead.note().unwrap()),
        "{stderr}"
    );
}
