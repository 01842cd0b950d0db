//! The scripts are real scripts: they parse, carry help, strict mode, -WhatIf and a backup, are
//! deterministic, and user text only ever lands inside string literals.

use crate::support;

use hybrid_model::Settings;
use hybrid_model::powershell::{Script, TokenKind};
use hybrid_model::procedure::naming::script_bytes;
use hybrid_model::scripts::backup::{self, Saved};
use hybrid_model::scripts::change;
use hybrid_model::scripts::rollback::{on_premises_rollback, online_rollback};
use proptest::prelude::*;
use support::{commands, first_error, full, parse, shape, variants};

fn both(settings: &Settings) -> [(&'static str, Script); 2] {
    [
        ("on-premises", change::on_premises(settings)),
        ("online", change::online(settings)),
    ]
}

/// The change scripts and their rollbacks.
fn all(settings: &Settings) -> [(&'static str, Script); 4] {
    let [on_premises, online] = both(settings);
    [
        on_premises,
        online,
        ("on-premises rollback", on_premises_rollback(settings)),
        ("online rollback", online_rollback(settings)),
    ]
}

#[test]
fn every_variant_parses_without_error_nodes() {
    for (name, settings) in variants() {
        for (part, script) in all(&settings) {
            let text = script.text();
            let tree = parse(&text);
            assert_eq!(
                first_error(&text, &tree),
                None,
                "{name} {part} script:\n{text}"
            );
        }
    }
}

#[test]
fn scripts_have_the_safety_scaffolding() {
    for (part, script) in both(&full(hybrid_model::Cloud::Commercial)) {
        let text = script.text();
        assert!(
            text.starts_with("#Requires -Version 5.1\n<#\n.SYNOPSIS"),
            "{part}"
        );
        for needle in [
            "[CmdletBinding(SupportsShouldProcess = $true",
            "Set-StrictMode -Version Latest",
            "$ErrorActionPreference = 'Stop'",
            "Export-Clixml -Path $backupFile",
            "$PSCmdlet.ShouldProcess(",
            ".EXAMPLE",
        ] {
            assert!(text.contains(needle), "{part} script lacks {needle}");
        }
        let backup = text.find("Export-Clixml").unwrap();
        let first_change = text.find("ShouldProcess(").unwrap();
        assert!(
            backup < first_change,
            "{part}: the backup must come before any change"
        );
    }
}

#[test]
fn every_script_runs_under_a_transcript_stopped_in_finally() {
    for (name, settings) in variants() {
        for (part, script) in all(&settings) {
            let text = script.text();
            let strict = text.find("Set-StrictMode -Version Latest").unwrap();
            let start = text
                .find("Start-Transcript -LiteralPath $transcriptFile -WhatIf:$false -Confirm:$false\ntry {\n")
                .unwrap_or_else(|| panic!("{name} {part}: no transcript before the try"));
            assert!(strict < start, "{name} {part}: strict mode comes first");
            assert!(
                text.ends_with("} finally {\n    Stop-Transcript\n}\n"),
                "{name} {part}: the script must end by stopping the transcript in finally"
            );
            // Nothing runs before the transcript but the checks that need no log.
            let before = &text[..start];
            assert!(!before.contains("ShouldProcess("), "{name} {part}");
            assert!(!before.contains("| Export-Clixml"), "{name} {part}");
            assert!(!before.contains("Connect-"), "{name} {part}");
            assert_eq!(
                text.matches("\nStart-Transcript ").count(),
                1,
                "{name} {part}"
            );
            assert_eq!(
                text.matches("Stop-Transcript\n").count(),
                1,
                "{name} {part}"
            );
        }
        // The change scripts write the transcript next to the backup, in -BackupPath.
        for (part, script) in both(&settings) {
            let text = script.text();
            let file = format!("hybrid-{part}-transcript-$stamp.txt");
            assert!(
                text.contains(&format!(
                    "$transcriptFile = Join-Path -Path $BackupPath -ChildPath \"{file}\""
                )),
                "{name} {part}"
            );
            assert!(text.contains(&format!("-ChildPath \"hybrid-{part}-backup-$stamp.xml\"")));
        }
    }
}

/// The keys of the `$backup = @{ … }` hashtable a change script writes, marker excluded (a read
/// over several lines continues deeper than its key).
fn backup_keys(text: &str) -> Vec<String> {
    let start = text.find("$backup = @{\n").expect("a backup hashtable");
    let body = &text[start..];
    let end = body
        .find("\n    }\n")
        .expect("the end of the backup hashtable");
    body[..end]
        .lines()
        .skip(1)
        .filter(|line| line.len() - line.trim_start().len() == 8 && line.contains(" = "))
        .map(|line| line.trim().split(" = ").next().unwrap().to_owned())
        .filter(|key| key != backup::BACKUP_OF_KEY)
        .collect()
}

#[test]
fn the_rollback_restores_every_object_the_backup_saved() {
    let mut settings: Vec<(String, Settings)> = variants();
    let mut without_oauth = full(hybrid_model::Cloud::Commercial);
    without_oauth.oauth.enabled = false;
    settings.push(("no-oauth".into(), without_oauth));
    for (name, s) in settings {
        for (change, restore, saved, backup_of) in [
            (
                change::on_premises(&s).text(),
                on_premises_rollback(&s).text(),
                backup::on_premises_saved(&s),
                backup::ON_PREMISES_BACKUP_OF,
            ),
            (
                change::online(&s).text(),
                online_rollback(&s).text(),
                backup::online_saved(&s),
                backup::ONLINE_BACKUP_OF,
            ),
        ] {
            // The one list drives the backup…
            let keys: Vec<&str> = saved.iter().map(|item| item.key()).collect();
            assert_eq!(backup_keys(&change), keys, "{name}: backup keys");
            for item in &saved {
                assert!(
                    // A read over several lines is written at the hashtable's indentation.
                    change.contains(&format!(
                        "{} = {}\n",
                        item.key(),
                        item.read().replace('\n', "\n        ")
                    )),
                    "{name}: {item:?} is saved by its read"
                );
            }
            assert!(
                change.contains(&format!("BackupOf = '{backup_of}'")),
                "{name}"
            );
            assert!(
                change.contains("$backup | Export-Clixml -Path $backupFile"),
                "{name}"
            );
            // …and the restore: the rollback requires each key, reads it and writes it back with
            // the Set-/New- cmdlet of the noun the backup read.
            assert!(
                restore.contains(&format!("$backup['BackupOf'] -ne '{backup_of}'")),
                "{name}"
            );
            let required: Vec<String> = keys.iter().map(|k| format!("'{k}'")).collect();
            assert!(
                restore.contains(&format!("foreach ($key in @({})) {{", required.join(", "))),
                "{name}: the rollback requires exactly the saved keys"
            );
            let emitted: Vec<String> = commands(&restore).into_iter().map(|c| c.cmdlet).collect();
            for item in &saved {
                assert!(
                    restore.contains(&format!("$backup['{}']", item.key())),
                    "{name}: {item:?} is never read back"
                );
                // Service principals are read by the script's own Get-PrincipalState and written
                // back with Microsoft Graph's Update- cmdlet.
                let noun = if *item == Saved::ServicePrincipals {
                    "MgServicePrincipal"
                } else {
                    item.read()
                        .trim_start_matches("@(")
                        .trim_end_matches(')')
                        .strip_prefix("Get-")
                        .unwrap()
                };
                assert!(
                    emitted.contains(&format!("Set-{noun}"))
                        || emitted.contains(&format!("New-{noun}"))
                        || emitted.contains(&format!("Update-{noun}")),
                    "{name}: {item:?} is never written back ({noun})"
                );
            }
            // No key is read back that the backup does not hold.
            for other in [
                Saved::AccessEdge,
                Saved::HostingProviders,
                Saved::OAuthServers,
                Saved::PartnerApplications,
                Saved::OAuthConfiguration,
                Saved::TenantFederation,
                Saved::ServicePrincipals,
            ] {
                if !saved.contains(&other) {
                    assert!(
                        !restore.contains(&format!("$backup['{}']", other.key())),
                        "{name}"
                    );
                }
            }
        }
    }
}

#[test]
fn rollbacks_stop_before_any_change_without_a_backup_or_with_users_online() {
    for (name, settings) in variants() {
        for script in [on_premises_rollback(&settings), online_rollback(&settings)] {
            let text = script.text();
            let first_change = text.find("$PSCmdlet.ShouldProcess(").unwrap();
            let missing = text
                .find(
                    "if (-not (Test-Path -LiteralPath $BackupFile -PathType Leaf)) {\n    throw '",
                )
                .unwrap_or_else(|| panic!("{name}: no backup file check"));
            let import = text
                .find("Import-Clixml -LiteralPath $backupItem.FullName")
                .unwrap();
            let transcript = text.find("Start-Transcript").unwrap();
            assert!(
                missing < transcript && transcript < import && import < first_change,
                "{name}"
            );
            let refuse = text
                .find("if (-not $AcceptOnlineUsersCutOff) {")
                .unwrap_or_else(|| panic!("{name}: no refusal"));
            assert!(
                refuse < first_change,
                "{name}: users online are checked first"
            );
            for needle in [
                "[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]",
                "[Parameter(Mandatory = $true)]\n    [string] $BackupFile,",
                "[switch] $AcceptOnlineUsersCutOff",
                ".PARAMETER AcceptOnlineUsersCutOff",
                "no longer exchange messages with on-premises users of the shared SIP domains",
                "INFERRED",
                "10 November 2023",
                "meetings are not moved back",
            ] {
                assert!(text.contains(needle), "{name}: lacks {needle}");
            }
        }
        let on_premises = on_premises_rollback(&settings).text();
        assert!(on_premises.contains("Get-CsUser -Filter \"HostingProvider -ne 'SRV:'\""));
        let online = online_rollback(&settings).text();
        assert!(online.contains("Get-CsOnlineUser -AccountType User"));
    }
}

/// Every changing Skype/Teams cmdlet of the rollbacks runs inside an `if`/`elseif` whose condition
/// asks `$PSCmdlet.ShouldProcess`, so -WhatIf changes nothing.
#[test]
fn every_rollback_change_asks_should_process() {
    fn guarded(node: tree_sitter::Node, source: &str) -> bool {
        let mut current = node.parent();
        while let Some(n) = current {
            if matches!(n.kind(), "if_statement" | "elseif_clause") {
                let text = &source[n.byte_range()];
                let head = &text[..text.find('{').unwrap_or(text.len())];
                if head.contains("$PSCmdlet.ShouldProcess(") {
                    return true;
                }
            }
            current = n.parent();
        }
        false
    }
    fn visit(node: tree_sitter::Node, source: &str, out: &mut Vec<String>) {
        if node.kind() == "command" {
            let text = &source[node.byte_range()];
            let name = text.split_whitespace().next().unwrap_or("");
            let changes = ["Set-Cs", "New-Cs", "Remove-Cs"]
                .iter()
                .any(|verb| name.starts_with(verb));
            // Opening the retired connector's session changes no configuration.
            if changes && name != "New-CsOnlineSession" && !guarded(node, source) {
                out.push(text.to_owned());
            }
        }
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            visit(child, source, out);
        }
    }
    for (name, settings) in variants() {
        for script in [on_premises_rollback(&settings), online_rollback(&settings)] {
            let text = script.text();
            let tree = parse(&text);
            let mut unguarded = Vec::new();
            visit(tree.root_node(), &text, &mut unguarded);
            assert!(unguarded.is_empty(), "{name}: {unguarded:#?}");
            assert!(text.contains("Set-Cs"), "{name}: the check saw no change");
        }
    }
}

#[test]
fn same_settings_give_byte_identical_output() {
    for (name, settings) in variants() {
        let copy = settings.clone();
        assert_eq!(
            change::on_premises(&settings),
            change::on_premises(&copy),
            "{name}"
        );
        assert_eq!(change::online(&settings), change::online(&copy), "{name}");
        assert_eq!(
            on_premises_rollback(&settings),
            on_premises_rollback(&copy),
            "{name}"
        );
        assert_eq!(online_rollback(&settings), online_rollback(&copy), "{name}");
    }
}

#[test]
fn downloads_start_with_a_utf8_bom() {
    let bytes = script_bytes("Write-Host 'ü'");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    assert_eq!(std::str::from_utf8(&bytes[3..]).unwrap(), "Write-Host 'ü'");
}

#[test]
fn tokens_join_to_the_text_and_classify_commands() {
    let script = change::on_premises(&full(hybrid_model::Cloud::GccHigh));
    let joined: String = script.tokens().iter().map(|t| t.text.as_str()).collect();
    assert_eq!(joined, script.text());
    let kinds: std::collections::HashSet<TokenKind> =
        script.tokens().iter().map(|t| t.kind).collect();
    for kind in [
        TokenKind::Comment,
        TokenKind::Cmdlet,
        TokenKind::Parameter,
        TokenKind::String,
        TokenKind::Variable,
        TokenKind::Keyword,
    ] {
        assert!(kinds.contains(&kind), "no {kind:?} token");
    }
    assert!(
        script
            .tokens()
            .iter()
            .any(|t| t.kind == TokenKind::Cmdlet && t.text == "New-CsHostingProvider")
    );
}

#[test]
fn comment_blocks_are_highlighted_as_comments_from_end_to_end() {
    for script in [
        change::on_premises(&full(hybrid_model::Cloud::Dod)),
        change::online(&full(hybrid_model::Cloud::Dod)),
    ] {
        let tokens = script.tokens();
        let open = tokens
            .iter()
            .position(|t| t.text.trim() == "<#")
            .expect("a <# line");
        let close = tokens
            .iter()
            .position(|t| t.text.trim() == "#>")
            .expect("a #> line");
        let inside: Vec<_> = tokens[open..=close]
            .iter()
            .filter(|t| !t.text.trim().is_empty() && t.kind != TokenKind::Comment)
            .collect();
        assert!(inside.is_empty(), "not highlighted as comment: {inside:?}");
    }
}

#[test]
fn unconfirmed_values_are_flagged_in_the_script() {
    let text = change::on_premises(&Settings::for_cloud(hybrid_model::Cloud::Dod)).text();
    assert!(text.contains("# UNCONFIRMED: sipfed.online.dod.skypeforbusiness.us"));
    let text = change::on_premises(&Settings::default()).text();
    assert!(!text.contains("UNCONFIRMED"));
}

/// Puts `value` in every free-text field; the baseline puts a harmless placeholder instead, unless
/// the value is blank (blank list entries are skipped, an empty admin account is omitted).
fn fill(value: &str, baseline: bool) -> Settings {
    let v = if baseline && !value.trim().is_empty() {
        "x".to_owned()
    } else {
        value.to_owned()
    };
    let mut s = full(hybrid_model::Cloud::Commercial);
    s.connection.admin_upn = v.clone();
    s.hosting_provider.identity = v.clone();
    s.hosting_provider.proxy_fqdn = Some(v.clone());
    s.hosting_provider.autodiscover_url = Some(v.clone());
    s.environment.sip_domains = vec![v.clone(), v.clone()];
    s.environment.edge_external_fqdn = v.clone();
    s.environment.registrar_pool_fqdn = v.clone();
    s.environment.pilot_users = vec![v.clone(), format!("sip:{v}")];
    s.oauth.tenant_id = v.clone();
    s.oauth.certificate_path = v.clone();
    s.environment.web_services_fqdns = vec![v.clone(), v.clone()];
    s.environment.reverse_proxy_fqdn = v;
    s
}

fn assert_same_shape(value: &str) {
    // Validation and the checklist must take the same input without panicking.
    let hostile = fill(value, false);
    let _ = hybrid_model::validate(&hostile);
    let _ = hybrid_model::handover::checklist::checklist(&hostile, &hybrid_model::plan(&hostile));
    let pairs = all(&fill(value, false))
        .into_iter()
        .zip(all(&fill(value, true)));
    for ((part, hostile), (_, baseline)) in pairs {
        let hostile_text = hostile.text();
        let hostile_tree = parse(&hostile_text);
        let baseline_tree = parse(&baseline.text());
        assert_eq!(
            first_error(&hostile_text, &hostile_tree),
            None,
            "{part} script with {value:?}"
        );
        assert_eq!(
            shape(&hostile_tree),
            shape(&baseline_tree),
            "{part} script changed shape with {value:?}"
        );
    }
}

#[test]
fn hostile_text_stays_inside_literals() {
    for value in [
        "o'neil",
        "‘’‚‛'",
        "\"double\"",
        "`backtick`",
        "$(Remove-Item C:\\ -Recurse)",
        "${env:PATH}",
        "line\nbreak",
        "cr\rlf\r\n",
        "#comment",
        "#> closed <#",
        "a; b",
        "a | b",
        "a & b",
        "@'\nhere\n'@",
        "\u{2028}\u{2029}\u{85}",
        "\0nul",
        "ünïcödé 中文 🙂",
        "-Force",
        "--%",
        "sip:",
        "",
    ] {
        assert_same_shape(value);
    }
}

#[test]
fn a_hundred_thousand_characters_stay_inside_literals() {
    let value: String = "$('x')`';\n#".chars().cycle().take(100_000).collect();
    assert_same_shape(&value);
}

fn hostile_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("'".to_owned()),
        Just("’".to_owned()),
        Just("‘".to_owned()),
        Just("\"".to_owned()),
        Just("`".to_owned()),
        Just("$(".to_owned()),
        Just(")".to_owned()),
        Just("\n".to_owned()),
        Just("#".to_owned()),
        Just("#>".to_owned()),
        Just(";".to_owned()),
        Just("|".to_owned()),
        Just("@'".to_owned()),
        Just("'@".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        "[a-z]{1,4}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_text_in_every_field_keeps_the_tree_shape(pieces in prop::collection::vec(hostile_piece(), 0..12)) {
        assert_same_shape(&pieces.concat());
    }
}
