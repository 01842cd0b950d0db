//! The scripts are real scripts: they parse, carry help, strict mode, -WhatIf and a backup, are
//! deterministic, and user text only ever lands inside string literals.

mod support;

use hybrid_model::Settings;
use hybrid_model::powershell::scripts::{self, with_bom};
use hybrid_model::powershell::{Script, TokenKind};
use proptest::prelude::*;
use support::{first_error, full, parse, shape, variants};

fn both(settings: &Settings) -> [(&'static str, Script); 2] {
    [
        ("on-premises", scripts::on_premises(settings)),
        ("online", scripts::online(settings)),
    ]
}

#[test]
fn every_variant_parses_without_error_nodes() {
    for (name, settings) in variants() {
        for (part, script) in both(&settings) {
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
fn same_settings_give_byte_identical_output() {
    for (name, settings) in variants() {
        let copy = settings.clone();
        assert_eq!(
            scripts::on_premises(&settings),
            scripts::on_premises(&copy),
            "{name}"
        );
        assert_eq!(scripts::online(&settings), scripts::online(&copy), "{name}");
    }
}

#[test]
fn downloads_start_with_a_utf8_bom() {
    let bytes = with_bom("Write-Host 'ü'");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    assert_eq!(std::str::from_utf8(&bytes[3..]).unwrap(), "Write-Host 'ü'");
}

#[test]
fn tokens_join_to_the_text_and_classify_commands() {
    let script = scripts::on_premises(&full(hybrid_model::Cloud::GccHigh));
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
        scripts::on_premises(&full(hybrid_model::Cloud::Dod)),
        scripts::online(&full(hybrid_model::Cloud::Dod)),
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
    let text = scripts::on_premises(&Settings::for_cloud(hybrid_model::Cloud::Dod)).text();
    assert!(text.contains("# UNCONFIRMED: sipfed.online.dod.skypeforbusiness.us"));
    let text = scripts::on_premises(&Settings::default()).text();
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
    s.connection.override_admin_domain = v.clone();
    s.environment.web_services_fqdns = vec![v.clone(), v.clone()];
    s.environment.reverse_proxy_fqdn = v;
    s
}

/// The same, through the retired connector, whose session carries the admin domain.
fn fill_legacy(value: &str, baseline: bool) -> Settings {
    let mut s = fill(value, baseline);
    s.connection.method = hybrid_model::settings::ConnectionMethod::LegacyConnector;
    s
}

fn assert_same_shape(value: &str) {
    // Validation and the checklist must take the same input without panicking.
    let hostile = fill(value, false);
    let _ = hybrid_model::validate(&hostile);
    let _ = hybrid_model::checklist::checklist(&hostile, &hybrid_model::plan(&hostile));
    let pairs = both(&fill(value, false))
        .into_iter()
        .zip(both(&fill(value, true)))
        .chain(
            both(&fill_legacy(value, false))
                .into_iter()
                .zip(both(&fill_legacy(value, true))),
        );
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
