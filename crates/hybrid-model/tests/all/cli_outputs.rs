//! What `sfb-hybrid` writes, under hostile folders and streams: never through a planted link, never
//! over an admin's file without `--replace`, all files or none, and a standard output that cannot be
//! written is an exit code, not a crash.

use crate::cli_support;

use std::path::Path;
use std::process::Stdio;

use cli_support::{cli, command, contents, settings_file, stderr, stdout, temp_dir};

const RECORD: &str = "hybrid-change-record-contoso.com-commercial.md";
const CHECKLIST: &str = "hybrid-checklist-contoso.com-commercial.md";
const SCRIPT: &str = "hybrid-on-premises-contoso.com-commercial.ps1";

fn generate(settings: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "generate",
        settings.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    cli(&args)
}

/// The change record in `dir` names every script beside it by its SHA-256, and there are 8.
fn assert_record_matches_scripts(dir: &Path) {
    use sha2::{Digest, Sha256};
    let files = contents(dir);
    let record = String::from_utf8(files[RECORD].clone()).unwrap();
    let scripts: Vec<_> = files.iter().filter(|(n, _)| n.ends_with(".ps1")).collect();
    assert_eq!(scripts.len(), 8, "{:?}", files.keys());
    for (name, bytes) in scripts {
        let hash: String = Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(
            record.contains(&format!("| `{name}` | `{hash}` |")),
            "{name}"
        );
    }
}

#[test]
fn an_existing_file_is_kept_unless_replace_is_given_and_then_named() {
    let dir = temp_dir("exists");
    let settings = settings_file(&dir);
    let out = dir.join("out");
    assert_eq!(generate(&settings, &out, &[]).status.code(), Some(0));
    std::fs::write(out.join(CHECKLIST), "my notes").unwrap();
    let before = contents(&out);

    let run = generate(&settings, &out, &[]);
    assert_eq!(run.status.code(), Some(2));
    let said = stderr(&run);
    assert!(
        said.contains(&out.join(CHECKLIST).display().to_string()),
        "{said}"
    );
    assert!(said.contains("--replace"), "{said}");
    assert!(stdout(&run).is_empty());
    assert_eq!(
        contents(&out),
        before,
        "nothing may change without --replace"
    );

    let run = generate(&settings, &out, &["--replace"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let said = stdout(&run);
    for name in before.keys() {
        assert!(
            said.contains(&format!("replaced {}", out.join(name).display())),
            "{said}"
        );
    }
    assert_ne!(std::fs::read(out.join(CHECKLIST)).unwrap(), b"my notes");
    assert_eq!(contents(&out).len(), before.len(), "no temporary file left");
    assert_record_matches_scripts(&out);

    let run = cli(&["validate", settings.to_str().unwrap(), "--replace"]);
    assert_eq!(
        run.status.code(),
        Some(2),
        "--replace only goes with generate"
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_under_an_output_name_is_refused_and_nothing_is_written() {
    let dir = temp_dir("link");
    let settings = settings_file(&dir);
    let out = dir.join("out");
    std::fs::create_dir(&out).unwrap();
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "not yours").unwrap();
    // A link to a file the admin may write, and a dangling one that would create a file elsewhere.
    for (name, to) in [
        (SCRIPT, victim.clone()),
        (CHECKLIST, dir.join("created.txt")),
    ] {
        std::os::unix::fs::symlink(&to, out.join(name)).unwrap();
        let before = contents(&out);
        for extra in [&[][..], &["--replace"][..]] {
            let run = generate(&settings, &out, extra);
            assert_eq!(run.status.code(), Some(2), "{extra:?}");
            let said = stderr(&run);
            assert!(
                said.contains(&format!("{} is a symbolic link", out.join(name).display())),
                "{said}"
            );
            assert_eq!(contents(&out), before, "{extra:?}");
            assert_eq!(std::fs::read_to_string(&victim).unwrap(), "not yours");
            assert!(!dir.join("created.txt").exists());
        }
        std::fs::remove_file(out.join(name)).unwrap();
    }
}

/// Runs `generate` with a file size limit that lets the first scripts be written and stops a
/// later, larger one half-way (`ulimit -f`, with SIGXFSZ ignored so the write fails with EFBIG).
#[cfg(target_os = "linux")]
fn generate_with_a_disk_that_fills(
    settings: &Path,
    out: &Path,
    extra: &[&str],
) -> std::process::Output {
    std::process::Command::new("sh")
        .args(["-c", "trap '' XFSZ; ulimit -f 16; exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_sfb-hybrid"))
        .args([
            "generate",
            settings.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .args(extra)
        .output()
        .unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn a_failure_half_way_leaves_the_folder_as_it_was() {
    let dir = temp_dir("halfway");
    let settings = settings_file(&dir);
    let out = dir.join("out");
    assert_eq!(generate(&settings, &out, &[]).status.code(), Some(0));
    std::fs::write(
        &settings,
        r#"{"environment": {"sip_domains": ["contoso.com"], "pilot_users": ["ada@contoso.com"]}}"#,
    )
    .unwrap();
    let before = contents(&out);

    let run = generate_with_a_disk_that_fills(&settings, &out, &["--replace"]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("nothing was written"),
        "{}",
        stderr(&run)
    );
    assert!(!stdout(&run).contains("replaced"));
    assert_eq!(
        contents(&out),
        before,
        "old files kept, no temporary file left"
    );
    assert_record_matches_scripts(&out);

    let fresh = dir.join("new/out");
    let run = generate_with_a_disk_that_fills(&settings, &fresh, &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(!dir.join("new").exists(), "the folders it created are gone");
}

#[test]
fn an_empty_or_unusable_out_is_refused() {
    let dir = temp_dir("out");
    let settings = settings_file(&dir);
    let before = contents(&dir);
    let cases = [
        (String::new(), "--out is empty".to_owned()),
        (
            settings.display().to_string(),
            format!("{} is a file, not a folder", settings.display()),
        ),
        (
            settings.join("out").display().to_string(),
            format!("cannot use {}", settings.join("out").display()),
        ),
    ];
    for (out, says) in cases {
        let run = cli(&["generate", settings.to_str().unwrap(), "--out", &out]);
        assert_eq!(run.status.code(), Some(2), "{out:?}");
        assert!(stderr(&run).contains(&says), "{}", stderr(&run));
        assert!(!stderr(&run).contains("panicked"));
        assert_eq!(contents(&dir), before, "{out:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_out_is_refused_and_left_empty() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("readonly");
    let settings = settings_file(&dir);
    let out = dir.join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(out.join("probe"), "").is_ok() {
        // Running as root: permissions do not stop anyone; nothing to test here.
        return;
    }
    let run = generate(&settings, &out, &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("cannot write"), "{}", stderr(&run));
    assert!(contents(&out).is_empty());
}

/// A pipe whose reading end is already closed, as after `| head -c1` has read what it wanted.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Stdio::from(writer)
}

#[test]
fn a_closed_standard_output_ends_quietly_with_141() {
    let dir = temp_dir("pipe");
    let settings = settings_file(&dir);
    let out = dir.join("out");
    let path = settings.to_str().unwrap();
    for args in [
        &["defaults"][..],
        &["validate", path][..],
        &["--help"][..],
        &["generate", path, "--out", out.to_str().unwrap()][..],
    ] {
        let run = command()
            .args(args)
            .stdout(closed_pipe())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(141), "{args:?}");
        assert_eq!(stderr(&run), "", "{args:?}: no message, no panic");
    }
    // generate had written every file before it printed: the set is whole.
    assert_record_matches_scripts(&out);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_standard_output_is_an_error_not_a_crash() {
    let dir = temp_dir("full");
    let settings = settings_file(&dir);
    for args in [
        &["defaults"][..],
        &["validate", settings.to_str().unwrap()][..],
    ] {
        let run = command()
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        let said = stderr(&run);
        assert!(said.contains("cannot write to standard output"), "{said}");
        assert!(!said.contains("panicked"), "{said}");
    }
}
