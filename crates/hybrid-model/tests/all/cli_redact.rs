//! `sfb-hybrid redact` (#31): the settings file a ticket can carry, with no name of the deployment.

use crate::cli_support;

use cli_support::{cli, temp_dir};

const NAMED: &str = r#"{
  "cloud": "gcc-high",
  "connection": {"admin_upn": "jane.doe@contoso.onmicrosoft.com"},
  "environment": {
    "sip_domains": ["contoso.com", "fabrikam.com"],
    "edge_external_fqdn": "sip.contoso.com",
    "registrar_pool_fqdn": "pool01.contoso.com",
    "pilot_users": ["alice@contoso.com", "sip:bob@fabrikam.com"]
  },
  "oauth": {"enabled": true, "tenant_id": "9f3c2a71-5b4e-4d8a-a1c2-3e4f5a6b7c8d",
            "certificate_path": "C:\\certs\\contoso-oauth.cer"}
}"#;

const NAMES: [&str; 8] = [
    "contoso", "fabrikam", "jane", "doe", "alice", "bob", "pool01", "9f3c2a71",
];

/// To standard output: a settings file the CLI reads back, with placeholders and the same cloud;
/// standard error lists each replacement.
#[test]
fn writes_the_redacted_file_to_standard_output() {
    let dir = temp_dir("redact-out");
    let settings = dir.join("settings.json");
    std::fs::write(&settings, NAMED).unwrap();
    let out = cli(&["redact", settings.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for name in NAMES {
        assert!(!text.to_lowercase().contains(name), "{name} in {text}");
    }
    assert!(text.contains("\"cloud\": \"gcc-high\""), "{text}");
    assert!(text.contains("\"sip.domain1.example\""), "{text}");
    assert!(text.contains("\"sip:user2@domain2.example\""), "{text}");
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("replaced contoso.com -> domain1.example"),
        "{said}"
    );
    // What it wrote is a settings file like any other: the CLI validates it.
    let redacted = dir.join("redacted.json");
    std::fs::write(&redacted, &text).unwrap();
    let check = cli(&["validate", redacted.to_str().unwrap()]);
    assert_ne!(
        check.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

/// To a path: written like generate's files, never over an existing file unless asked.
#[test]
fn writes_to_a_path_and_keeps_an_existing_file() {
    let dir = temp_dir("redact-path");
    let settings = dir.join("settings.json");
    std::fs::write(&settings, NAMED).unwrap();
    let target = dir.join("for-ticket.json");
    let args = [
        "redact",
        settings.to_str().unwrap(),
        "--out",
        target.to_str().unwrap(),
    ];
    let out = cli(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = std::fs::read_to_string(&target).unwrap();
    assert!(first.contains("domain1.example") && !first.contains("contoso.com"));
    assert_eq!(cli(&args).status.code(), Some(2));
    let mut replace = args.to_vec();
    replace.push("--replace");
    assert_eq!(cli(&replace).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), first);
}

/// A redacted settings file is a ticket's, not a deployment's: no command writes scripts from it
/// (HB108), the waves and the cut-over no more than generate. Commercial, whose values need no
/// confirmation, and without server-to-server auth, so that nothing but the placeholders stands
/// in the way.
#[test]
fn no_scripts_are_written_from_a_redacted_file() {
    let dir = temp_dir("redact-writers");
    let settings = dir.join("settings.json");
    let commercial = NAMED
        .replace("gcc-high", "commercial")
        .replace("\"enabled\": true", "\"enabled\": false");
    std::fs::write(&settings, commercial).unwrap();
    let redacted = dir.join("redacted.json");
    let out = cli(&[
        "redact",
        settings.to_str().unwrap(),
        "--out",
        redacted.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let users = dir.join("users.txt");
    std::fs::write(&users, "user1@domain1.example\nuser2@domain2.example\n").unwrap();
    let redacted = redacted.to_str().unwrap();
    let runs: [(&str, Vec<&str>); 3] = [
        ("generate", vec!["generate", redacted, "--out"]),
        (
            "waves",
            vec!["waves", redacted, users.to_str().unwrap(), "--out"],
        ),
        ("cutover", vec!["cutover", redacted, "--out"]),
    ];
    for (name, mut args) in runs {
        let out_dir = dir.join(name);
        let out_dir = out_dir.to_str().unwrap().to_owned();
        args.push(&out_dir);
        let out = cli(&args);
        let said = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {said}");
        assert!(said.contains("HB108"), "{name}: {said}");
        assert!(
            !std::path::Path::new(&out_dir).exists(),
            "{name} wrote {out_dir}"
        );
    }
}
