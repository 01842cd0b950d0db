//! What `sfb-hybrid` reads: only regular files within a size limit, refused at once otherwise, and
//! the encodings Windows PowerShell 5.1 writes, with the fix named for any other.

use crate::cli_support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cli_support::{cli, command, settings_file, stderr, stdout, temp_dir};

/// Runs the CLI, failing the test if it has not ended after a minute: a guard against a read that
/// blocks for ever (a FIFO), not a measure of speed; every case here ends at once when it works.
fn cli_within_seconds(args: &[&str]) -> std::process::Output {
    let mut child = command()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("sfb-hybrid {args:?} still running after a minute: blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// A pre-flight report for `settings_file`'s deployment, written a minute ago, as JSON text.
fn fresh_report() -> String {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/e2e/fixtures/preflight-healthy-on-premises.json");
    let mut report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    report["created_unix"] = (now - 60).into();
    report["settings_sip_domains"] = serde_json::json!(["contoso.com"]);
    serde_json::to_string_pretty(&report).unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn a_fifo_a_device_or_a_folder_is_refused_at_once() {
    let dir = temp_dir("special");
    let settings = settings_file(&dir);
    let fifo = dir.join("settings.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    let fifo = fifo.to_str().unwrap();
    let folder = dir.to_str().unwrap();
    let settings = settings.to_str().unwrap();
    for (args, says) in [
        (
            vec!["validate", fifo],
            "is a named pipe (FIFO), not a settings file",
        ),
        (
            vec!["validate", "/dev/zero"],
            "is a device, not a settings file",
        ),
        (vec!["validate", folder], "is a folder, not a settings file"),
        (
            vec!["preflight", settings, fifo],
            "is a named pipe (FIFO), not a report",
        ),
        (
            vec!["verify", settings, "/dev/urandom"],
            "is a device, not a report",
        ),
    ] {
        let run = cli_within_seconds(&args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(stderr(&run).contains(says), "{args:?}: {}", stderr(&run));
    }
}

#[test]
fn a_file_over_its_limit_is_refused_before_it_is_read() {
    let dir = temp_dir("large");
    let settings = settings_file(&dir);
    // Valid JSON just over 1 MiB: the limit, not the parser, refuses it.
    let mut padded = b"{}".to_vec();
    padded.resize(1024 * 1024 + 1, b' ');
    let padded = write(&dir, "padded.json", &padded);
    // A sparse file of 64 GiB: refused at once, as nothing of it is read.
    let huge = dir.join("huge.json");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(64 << 30)
        .unwrap();
    let mut report = fresh_report().into_bytes();
    report.resize(8 * 1024 * 1024 + 1, b' ');
    let report = write(&dir, "report.json", &report);
    let settings = settings.to_str().unwrap();
    for (args, says) in [
        (
            vec!["validate", padded.to_str().unwrap()],
            "is 1.1 MiB; a settings file is at most 1 MiB",
        ),
        (
            vec!["validate", huge.to_str().unwrap()],
            "is 65536 MiB; a settings file is at most 1 MiB",
        ),
        (
            vec!["preflight", settings, report.to_str().unwrap()],
            "is 8.1 MiB; a report is at most 8 MiB",
        ),
        (
            vec!["preflight", settings, huge.to_str().unwrap()],
            "a report is at most 8 MiB",
        ),
    ] {
        let run = cli_within_seconds(&args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(stderr(&run).contains(says), "{args:?}: {}", stderr(&run));
    }
}

/// `text` as Windows PowerShell 5.1 and other Windows tools save it.
fn windows_encodings(text: &str) -> [(&'static str, Vec<u8>); 4] {
    let utf16 = |bom: [u8; 2], unit: fn(u16) -> [u8; 2]| {
        let mut bytes = bom.to_vec();
        bytes.extend(text.encode_utf16().flat_map(unit));
        bytes
    };
    let mut utf8_bom = b"\xEF\xBB\xBF".to_vec();
    utf8_bom.extend(text.as_bytes());
    [
        ("utf-8", text.as_bytes().to_vec()),
        ("utf-8 with BOM (Set-Content -Encoding UTF8)", utf8_bom),
        (
            "utf-16 LE (Out-File, >)",
            utf16([0xFF, 0xFE], u16::to_le_bytes),
        ),
        ("utf-16 BE", utf16([0xFE, 0xFF], u16::to_be_bytes)),
    ]
}

#[test]
fn settings_and_reports_saved_by_windows_powershell_are_read() {
    let dir = temp_dir("encodings");
    let settings = String::from_utf8(cli(&["defaults"]).stdout)
        .unwrap()
        .replace("\"sip_domains\": []", "\"sip_domains\": [\"contoso.com\"]");
    let report = fresh_report();
    let mut first: Option<(String, String)> = None;
    for ((encoding, settings), (_, report)) in windows_encodings(&settings)
        .into_iter()
        .zip(windows_encodings(&report))
    {
        let settings = write(&dir, "settings.json", &settings);
        let report = write(&dir, "report.json", &report);
        let validated = cli(&["validate", settings.to_str().unwrap()]);
        assert_eq!(
            validated.status.code(),
            Some(0),
            "{encoding}: {}",
            stderr(&validated)
        );
        let checked = cli(&[
            "preflight",
            settings.to_str().unwrap(),
            report.to_str().unwrap(),
        ]);
        assert_eq!(
            checked.status.code(),
            Some(0),
            "{encoding}: {}",
            stderr(&checked)
        );
        assert!(stdout(&checked).contains("PASS"), "{encoding}");
        let both = (stdout(&validated), stdout(&checked));
        match &first {
            None => first = Some(both),
            Some(utf8) => assert_eq!(&both, utf8, "{encoding} reads as UTF-8 does"),
        }
    }
}

#[test]
fn a_file_in_another_encoding_names_it_and_the_fix() {
    let dir = temp_dir("not-utf8");
    let settings = settings_file(&dir);
    let mut utf16_without_bom = Vec::new();
    for unit in "{\"cloud\": \"gcc\"}".encode_utf16() {
        utf16_without_bom.extend(unit.to_le_bytes());
    }
    let cases = [
        // "Zoë" in Windows-1252, as Notepad's "ANSI" saves it.
        (
            &b"{\"hosting_provider\": {\"identity\": \"Zo\xEB\"}}"[..],
            "is not valid UTF-8",
        ),
        (&utf16_without_bom[..], "UTF-16 without a byte-order mark"),
        (&b"\xFF\xFE\0\0{\0\0\0}\0\0\0"[..], "is UTF-32"),
    ];
    for (bytes, says) in cases {
        let path = write(&dir, "settings.json", bytes);
        let run = cli(&["validate", path.to_str().unwrap()]);
        assert_eq!(run.status.code(), Some(2), "{says}");
        let said = stderr(&run);
        assert!(said.contains(says), "{said}");
        assert!(said.contains("Set-Content -Encoding UTF8"), "{said}");
        let run = cli(&[
            "preflight",
            settings.to_str().unwrap(),
            path.to_str().unwrap(),
        ]);
        assert_eq!(run.status.code(), Some(2), "{says}");
        assert!(stderr(&run).contains(says), "{}", stderr(&run));
    }
}
