//! The `sfb-hybrid` CLI as an admin scripts it: defaults, validate (exit codes), generate.

use crate::cli_support;

use cli_support::{cli, temp_dir};

#[test]
fn defaults_validate_and_generate() {
    let dir = temp_dir("ok");
    let out = cli(&["defaults", "--cloud", "gcc"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"cloud\": \"gcc\""), "{text}");
    assert!(text.contains("\"schema_version\": 2"));
    let settings = dir.join("settings.json");
    std::fs::write(&settings, &text).unwrap();

    // GCC's endpoints are inferred from Commercial: the scripts wait for the admin's confirmation.
    let out = cli(&["validate", settings.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("error HB703"));
    // The CLI's own settings file is the operator's word: confirmations in it count.
    let confirmed = text
        .replace(
            "\"proxy_fqdn_confirmed\": \"\"",
            "\"proxy_fqdn_confirmed\": \"sipfed.online.lync.com\"",
        )
        .replace(
            "\"autodiscover_url_confirmed\": \"\"",
            "\"autodiscover_url_confirmed\": \"https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root\"",
        );
    std::fs::write(&settings, &confirmed).unwrap();
    let out = cli(&["validate", settings.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let out = cli(&[
        "generate",
        settings.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Names say the cloud (no SIP domain in these defaults); scripts carry a BOM and CRLF.
    let script = std::fs::read(dir.join("out/hybrid-on-premises-gcc.ps1")).unwrap();
    assert_eq!(&script[..3], b"\xEF\xBB\xBF");
    assert!(script.windows(2).any(|w| w == b"\r\n"));
    assert!(!script.windows(2).any(|w| w[1] == b'\n' && w[0] != b'\r'));
    let checklist = std::fs::read_to_string(dir.join("out/hybrid-checklist-gcc.md")).unwrap();
    assert!(checklist.contains("- [ ]"));
    assert!(checklist.contains("\r\n"));
    assert!(dir.join("out/hybrid-online-gcc.ps1").exists());
}

#[test]
fn errors_exit_1_and_block_generation() {
    let dir = temp_dir("errors");
    let settings = dir.join("settings.json");
    std::fs::write(&settings, r#"{"edge": {"allow_federated_users": false}}"#).unwrap();
    let out = cli(&["validate", settings.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("error HB201 [edge.allow_federated_users]")
    );
    let out = cli(&[
        "generate",
        settings.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.join("out").exists());
}

#[test]
fn unreadable_or_newer_files_exit_2() {
    let dir = temp_dir("bad");
    let out = cli(&["validate", dir.join("missing.json").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let garbled = dir.join("garbled.json");
    std::fs::write(&garbled, "{not json").unwrap();
    assert_eq!(
        cli(&["validate", garbled.to_str().unwrap()]).status.code(),
        Some(2)
    );
    let newer = dir.join("newer.json");
    std::fs::write(&newer, r#"{"schema_version": 99}"#).unwrap();
    let out = cli(&["validate", newer.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer"));
}

#[test]
fn unknown_or_mistyped_entries_are_listed_by_field() {
    let dir = temp_dir("fields");
    let file = dir.join("settings.json");
    std::fs::write(
        &file,
        r#"{"cloud": "mars", "edge": {"allow_outside_users": "yes"}, "colour": 1}"#,
    )
    .unwrap();
    let out = cli(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for key in ["cloud: ", "edge.allow_outside_users: ", "colour: "] {
        assert!(stderr.contains(key), "{stderr}");
    }
}

/// A settings file the CLI refuses is refused in its words, in every language: each problem as a
/// fact, then that nothing was used — never the page's "the default is kept" or "ignored", which
/// would claim the CLI went on with part of the file.
#[test]
fn a_refused_settings_file_states_facts_and_never_a_page_fallback() {
    let dir = temp_dir("cli-words");
    let file = dir.join("settings.json");
    std::fs::write(
        &file,
        r#"{"edge": {"allow_outside_users": "yes"}, "tenant": {"federation_mode": "closed"}, "colour": 1}"#,
    )
    .unwrap();
    for lang in ["en", "de", "fr", "ja", "zh-CN"] {
        let out = cli(&["--lang", lang, "validate", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{lang}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        for (key, fact) in [
            ("edge.allow_outside_users", "share-not-a-boolean"),
            ("colour", "share-unknown-field"),
        ] {
            let line = format!("{key}: {}", message(lang, fact));
            assert!(stderr.contains(&line), "{lang}: no `{line}` in {stderr}");
        }
        assert!(stderr.contains("tenant.federation_mode: "), "{stderr}");
        for fallback in ["share-default-kept", "share-ignored", "share-defaults-used"] {
            let words = message(lang, fallback).replace("{ $problem }", "");
            assert!(
                !stderr.contains(words.trim()),
                "{lang}: the page's `{}` in {stderr}",
                words.trim()
            );
        }
        assert!(
            stderr.contains("not used: correct the entries above"),
            "{stderr}"
        );
    }
}

#[test]
fn sovereign_values_must_be_confirmed_before_generate() {
    let dir = temp_dir("sovereign");
    let out = cli(&["defaults", "--cloud", "gcc-high"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let settings = dir.join("settings.json");
    std::fs::write(&settings, &text).unwrap();
    let out = cli(&["validate", settings.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    for field in [
        "hosting_provider.proxy_fqdn_confirmed",
        "hosting_provider.autodiscover_url_confirmed",
    ] {
        assert!(
            stdout.contains(&format!("error HB703 [{field}]")),
            "{stdout}"
        );
    }
    let out = cli(&[
        "generate",
        settings.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.join("out").exists());

    // The admin confirms both values: the same file then generates.
    let confirmed = text
        .replace(
            "\"proxy_fqdn_confirmed\": \"\"",
            "\"proxy_fqdn_confirmed\": \"sipfed.online.gov.skypeforbusiness.us\"",
        )
        .replace(
            "\"autodiscover_url_confirmed\": \"\"",
            "\"autodiscover_url_confirmed\": \"https://webdir.online.gov.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root\"",
        );
    assert_ne!(confirmed, text);
    std::fs::write(&settings, &confirmed).unwrap();
    let out = cli(&[
        "generate",
        settings.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn the_change_record_names_each_written_script_by_its_sha256() {
    use sha2::{Digest, Sha256};
    let dir = temp_dir("record");
    let settings = dir.join("settings.json");
    std::fs::write(
        &settings,
        r#"{"environment": {"sip_domains": ["contoso.com"]}}"#,
    )
    .unwrap();
    let out = cli(&[
        "generate",
        settings.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let record =
        std::fs::read_to_string(dir.join("out/hybrid-change-record-contoso.com-commercial.md"))
            .unwrap();
    let mut scripts = 0;
    for entry in std::fs::read_dir(dir.join("out")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".ps1") {
            continue;
        }
        scripts += 1;
        let hash: String = Sha256::digest(std::fs::read(&path).unwrap())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(
            record.contains(&format!("| `{name}` | `{hash}` |")),
            "{name} {hash} not in\n{record}"
        );
    }
    assert_eq!(scripts, 8);
    for section in [
        "## Settings",
        "## Plan",
        "## Scripts",
        "## Risks",
        "## Sign-off",
    ] {
        assert!(record.contains(section), "{section}");
    }
}

/// The locale file's text of a single-line message.
fn message(lang: &str, id: &str) -> String {
    let path = format!("{}/../../locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} in {lang}.ftl"))
        .to_owned()
}

#[test]
fn generate_writes_the_checklist_and_change_record_in_the_chosen_language() {
    let dir = temp_dir("lang");
    let settings = dir.join("settings.json");
    std::fs::write(&settings, cli(&["defaults"]).stdout).unwrap();
    let english = dir.join("en");
    let german = dir.join("de");
    for (out, extra) in [(&english, vec![]), (&german, vec!["--lang", "de"])] {
        let mut args = vec![
            "generate",
            settings.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend(extra);
        let run = cli(&args);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    let checklist = std::fs::read_to_string(german.join("hybrid-checklist-commercial.md")).unwrap();
    assert!(
        checklist.contains(&format!("# {}", message("de", "checklist-title"))),
        "{checklist}"
    );
    assert!(checklist.contains(&message("de", "checklist-prerequisite-items-1")));
    let record =
        std::fs::read_to_string(german.join("hybrid-change-record-commercial.md")).unwrap();
    assert!(
        record.contains(&message("de", "change_record-title")),
        "{record}"
    );
    // The scripts are the same bytes in every language.
    for script in [
        "hybrid-on-premises-commercial.ps1",
        "hybrid-online-commercial.ps1",
    ] {
        assert_eq!(
            std::fs::read(english.join(script)).unwrap(),
            std::fs::read(german.join(script)).unwrap()
        );
    }
    let out = cli(&["defaults", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language `xx`"));
}
