//! `sfb-hybrid waves` and `sfb-hybrid wave-results` through the binary, as an admin runs them.

use crate::cli_support;

use std::path::{Path, PathBuf};

use cli_support::{cli, contents, stderr, stdout, temp_dir};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/waves/");

fn fixture(name: &str) -> String {
    format!("{FIXTURES}{name}")
}

/// Settings for the fixtures' two SIP domains.
fn settings(dir: &Path) -> PathBuf {
    let path = dir.join("settings.json");
    std::fs::write(
        &path,
        r#"{"environment": {"sip_domains": ["contoso.com", "fabrikam.com"]}}"#,
    )
    .unwrap();
    path
}

#[test]
fn waves_writes_a_user_file_and_a_script_per_wave_and_lists_bad_rows() {
    let dir = temp_dir("waves-write");
    let s = settings(&dir);
    let out = dir.join("out");
    let run = cli(&[
        "waves",
        s.to_str().unwrap(),
        &fixture("ad-export.csv"),
        "--size",
        "3",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    let said = stdout(&run);
    assert!(said.contains("column 2 (\"SipAddress\")"), "{said}");
    assert!(said.contains("left out, line 5:"), "{said}");
    assert!(said.contains("left out, line 6: ADA@contoso.com is listed already on line 3"));
    assert!(said.contains("left out, line 7: eve@northwind.com is in northwind.com"));
    assert!(said.contains("8 rows: 4 users in 2 waves of up to 3; 4 rows left out"));
    let files = contents(&out);
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "hybrid-wave-001-contoso.com-commercial.ps1",
            "hybrid-wave-001-users-contoso.com-commercial.txt",
            "hybrid-wave-002-contoso.com-commercial.ps1",
            "hybrid-wave-002-users-contoso.com-commercial.txt",
        ]
    );
    assert_eq!(
        files["hybrid-wave-002-users-contoso.com-commercial.txt"],
        b"sip:dora@contoso.com"
    );
    // Scripts are downloads like the others: UTF-8 with a BOM, CRLF.
    assert!(
        files["hybrid-wave-001-contoso.com-commercial.ps1"].starts_with(b"\xEF\xBB\xBF#Requires")
    );

    // The same folder again: refused as a whole without --replace, written with it.
    let again = cli(&[
        "waves",
        s.to_str().unwrap(),
        &fixture("ad-export.csv"),
        "--out",
        out.to_str().unwrap(),
        "--size",
        "3",
    ]);
    assert_eq!(again.status.code(), Some(2), "{}", stdout(&again));
    assert!(stderr(&again).contains("nothing was written") || stderr(&again).contains("exists"));
    let replaced = cli(&[
        "waves",
        s.to_str().unwrap(),
        &fixture("ad-export.csv"),
        "--size",
        "3",
        "--out",
        out.to_str().unwrap(),
        "--replace",
    ]);
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    assert!(stdout(&replaced).contains("replaced "));
}

#[test]
fn waves_refuses_bad_sizes_missing_out_and_unreadable_lists() {
    let dir = temp_dir("waves-refuse");
    let s = settings(&dir);
    let out = dir.join("out");
    let list = fixture("pasted.txt");
    for size in ["0", "-3", "ten", "5001"] {
        let run = cli(&[
            "waves",
            s.to_str().unwrap(),
            &list,
            "--size",
            size,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.status.code(), Some(2), "--size {size}");
        assert!(stderr(&run).contains("--size takes a whole number"));
    }
    let run = cli(&["waves", s.to_str().unwrap(), &list]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("--out"));
    let no_column = dir.join("names.csv");
    std::fs::write(&no_column, "Name,Department\nAda,Sales\n").unwrap();
    let run = cli(&[
        "waves",
        s.to_str().unwrap(),
        no_column.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("No column of this list holds user addresses"));
    assert!(!out.exists());
}

#[test]
fn wave_results_shows_progress_todos_and_writes_the_users_to_try_again() {
    let dir = temp_dir("wave-results");
    let s = settings(&dir);
    let out = dir.join("retry");
    let run = cli(&[
        "wave-results",
        s.to_str().unwrap(),
        &fixture("results-wave-1.json"),
        "--out",
        out.to_str().unwrap(),
    ]);
    // A failure in the waves read: exit code 1, as a pre-flight FAIL.
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let said = stdout(&run);
    assert!(
        said.contains("wave 001: 2 moved, 1 failed, 2 not ready, 0 ready"),
        "{said}"
    );
    assert!(said.contains("remaining 3 of 5"));
    assert!(said.contains("-> Assign a licence with Teams and Skype for Business Online (Plan 2)"));
    assert!(said.contains("3 users to try again"));
    assert!(!said.contains('\u{1b}'));
    let files = contents(&out);
    assert_eq!(
        files["hybrid-wave-retry-users-contoso.com-commercial.txt"],
        b"sip:o'neil@fabrikam.com,sip:carl@contoso.com,sip:gone@contoso.com"
    );

    // With the retry wave's report: O'Neil moved, nothing failed any more.
    let run = cli(&[
        "wave-results",
        s.to_str().unwrap(),
        &fixture("results-wave-1.json"),
        &fixture("results-wave-1-retry.json"),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(stdout(&run).contains("all waves read: 3 moved, 0 failed, 2 not ready"));
}

#[test]
fn wave_results_refuses_a_report_of_another_deployment() {
    let dir = temp_dir("wave-results-other");
    let s = dir.join("settings.json");
    std::fs::write(&s, r#"{"environment": {"sip_domains": ["northwind.com"]}}"#).unwrap();
    let run = cli(&[
        "wave-results",
        s.to_str().unwrap(),
        &fixture("results-wave-1.json"),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("northwind.com"), "{}", stderr(&run));
    let run = cli(&["wave-results", s.to_str().unwrap(), &fixture("pasted.txt")]);
    assert_eq!(run.status.code(), Some(2));
}

/// A copy of a check report fixture in `dir`, dated now (a check report goes stale in 7 days).
fn fresh(dir: &Path, name: &str) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let text = std::fs::read_to_string(fixture(name))
        .unwrap()
        .replace("1764990000", &now.to_string());
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn cutover_writes_the_check_then_withholds_or_offers_the_scripts() {
    let dir = temp_dir("cutover");
    let s = settings(&dir);
    let left = fresh(&dir, "cutover-check-users-left.json");
    let none = fresh(&dir, "cutover-check-none-left.json");
    let out = dir.join("check");
    let run = cli(&[
        "cutover",
        s.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    let names: Vec<String> = contents(&out).into_keys().collect();
    assert_eq!(names, ["hybrid-cutover-check-contoso.com-commercial.ps1"]);

    // Users left: withheld, exit code 1, only the check script.
    let out = dir.join("withheld");
    let run = cli(&[
        "cutover",
        s.to_str().unwrap(),
        "--check",
        &left,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let said = stdout(&run);
    assert!(
        said.contains("3 users are still homed on premises"),
        "{said}"
    );
    assert!(said.contains("pool01.contoso.com: 2"));
    assert_eq!(contents(&out).len(), 1);

    // Accepting the 3 (accounts to be disabled) offers it.
    let out = dir.join("accepted");
    let run = cli(&[
        "cutover",
        s.to_str().unwrap(),
        "--check",
        &left,
        "--accept",
        "3",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let files = contents(&out);
    let online =
        String::from_utf8_lossy(&files["hybrid-cutover-online-contoso.com-commercial.ps1"])
            .into_owned();
    assert!(online.contains("[int] $AcceptUsersOnPremises = 3"));
    assert!(files.contains_key("hybrid-cutover-on-premises-contoso.com-commercial.ps1"));

    // None left: offered.
    let out = dir.join("offered");
    let run = cli(&[
        "cutover",
        s.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--check",
        &none,
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(contents(&out).len(), 3);
    assert!(stdout(&run).contains("the cut-over may run"));

    let run = cli(&[
        "cutover",
        s.to_str().unwrap(),
        "--accept",
        "2",
        "--out",
        "x",
    ]);
    assert_eq!(run.status.code(), Some(2), "--accept needs --check");
}
