//! Share links, stored settings and settings files: round trips, damaged input, and no panic on
//! anything.

use crate::support;

use hybrid_model::procedure::share::{
    Fallback, LinkOptions, from_file, from_fragment, from_storage, to_fragment, to_json,
};
use hybrid_model::{Cloud, Field, Settings};
use proptest::prelude::*;

#[test]
fn defaults_make_a_short_link() {
    assert_eq!(
        to_fragment(&Settings::default(), &LinkOptions::default()),
        "v=2&c=269fc203"
    );
}

#[test]
fn every_field_survives_a_link_round_trip() {
    for cloud in Cloud::ALL {
        let mut s = support::full(cloud);
        s.connection.admin_upn = "o'neil+x@contoso.com".into();
        s.hosting_provider.identity = "Office 365, Inc.&co=1#x%".into();
        s.hosting_provider.proxy_fqdn = Some("proxy.example.com".into());
        s.hosting_provider.autodiscover_url = Some("https://x.example.com/a?b=c&d=e#f".into());
        s.edge.allow_outside_users = false;
        s.edge.enable_partner_discovery = false;
        s.edge.routing = hybrid_model::procedure::settings::EdgeRouting::DefaultRoute;
        s.tenant.shared_sip_address_space = false;
        s.tenant.federation_mode = hybrid_model::procedure::settings::FederationMode::AllowList;
        s.environment.sip_domains = vec!["a,b.com".into(), "".into(), "ü.de".into()];
        s.hosting_provider.existing = hybrid_model::procedure::settings::ExistingProvider::Stop;
        s.hosting_provider.verification_level =
            hybrid_model::procedure::settings::VerificationLevel::AlwaysUnverifiable;
        s.oauth.service_principal_tool =
            hybrid_model::procedure::settings::ServicePrincipalTool::MsOnline;
        let options = LinkOptions {
            embed: true,
            redacted: true,
            locked: vec![Field::Cloud, Field::SipDomains],
            lang: Some("zh-CN"),
            lang_locked: true,
            theme: Some(hybrid_model::procedure::share::Theme::Dark),
        };
        let fragment = to_fragment(&s, &options);
        assert!(
            !fragment.contains('#') && !fragment.contains(' '),
            "{fragment}"
        );
        let (decoded, read_options) = from_fragment(&format!("#{fragment}"));
        assert_eq!(decoded.problems, vec![], "{fragment}");
        assert_eq!(decoded.settings, s, "{fragment}");
        assert_eq!(read_options, options);
    }
}

#[test]
fn a_link_stays_readable() {
    let mut s = Settings::for_cloud(Cloud::GccHigh);
    s.environment.sip_domains = vec!["contoso.com".into(), "fabrikam.com".into()];
    let fragment = to_fragment(&s, &LinkOptions::default());
    assert_eq!(
        fragment,
        "v=2&cloud=gcc-high&environment.sip_domains=contoso.com,fabrikam.com&c=89e18ee1"
    );
}

#[test]
fn garbled_links_restore_what_they_can_and_list_the_rest() {
    let (decoded, _) = from_fragment(
        "v=1&cloud=gcc-high&edge.allow_outside_users=maybe&bogus=1&tenant.federation_mode=closed",
    );
    assert_eq!(decoded.settings.cloud, Cloud::GccHigh);
    assert!(
        decoded.settings.edge.allow_outside_users,
        "the default is kept"
    );
    let keys: Vec<&str> = decoded.problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(
        keys,
        vec![
            "edge.allow_outside_users",
            "bogus",
            "tenant.federation_mode"
        ]
    );
}

#[test]
fn truncated_and_future_links_are_not_fatal() {
    let full = to_fragment(&support::full(Cloud::Dod), &LinkOptions::default());
    assert_eq!(from_fragment(&full).0.problems, vec![]);
    for cut in 3..full.len() {
        if let Some(prefix) = full.get(..cut) {
            // Cut anywhere, the link says so instead of quietly restoring half of it.
            let (decoded, _) = from_fragment(prefix);
            assert!(
                decoded
                    .problems
                    .iter()
                    .any(|p| p.message.contains("cut") || p.key == "v"),
                "cut at {cut}: {prefix}"
            );
        }
    }
    // A link changed on the way fails its checksum.
    let changed = full.replace("cloud=dod", "cloud=gcc");
    let (decoded, _) = from_fragment(&changed);
    assert!(
        decoded
            .problems
            .iter()
            .any(|p| p.message.contains("checksum"))
    );
    // Links of the first format carry no checksum and open as before.
    let (decoded, _) = from_fragment("v=1&cloud=gcc-high");
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.settings.cloud, Cloud::GccHigh);
    let (decoded, _) = from_fragment("v=9&cloud=dod&future.thing=1");
    assert_eq!(decoded.settings.cloud, Cloud::Dod);
    assert!(
        decoded
            .problems
            .iter()
            .any(|p| p.key == "v" && p.message.contains("newer"))
    );
    assert!(decoded.problems.iter().any(|p| p.key == "future.thing"));
}

#[test]
fn files_round_trip_and_refuse_newer_schemas() {
    let s = support::full(Cloud::China);
    let decoded = from_file(&to_json(&s)).unwrap();
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.settings, s);
    let err = from_file(r#"{"schema_version": 3, "cloud": "gcc"}"#).unwrap_err();
    assert!(err.message.contains("newer"), "{}", err.message);
}

#[test]
fn a_file_saved_with_a_byte_order_mark_reads_as_without() {
    let s = support::full(Cloud::Gcc);
    let decoded = from_file(&format!("\u{feff}{}", to_json(&s))).unwrap();
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.settings, s);
}

#[test]
fn malformed_files_list_problems_by_field() {
    assert!(from_file("{nope").is_err());
    let decoded = from_file(r#"{"cloud": "mars", "edge": {"allow_outside_users": "yes", "extra": 1}, "environment": {"sip_domains": ["contoso.com"]}}"#).unwrap();
    assert_eq!(
        decoded.settings.environment.sip_domains,
        vec!["contoso.com".to_owned()]
    );
    let keys: Vec<&str> = decoded.problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(
        keys,
        vec!["cloud", "edge.allow_outside_users", "edge.extra"]
    );
}

/// Each problem is a fact that every reader can state; what the page does in its place (keep the
/// default, skip the entry) comes apart, so the CLI, which uses nothing from such a file, never
/// claims it.
#[test]
fn a_problem_states_the_fact_apart_from_what_the_page_does_about_it() {
    let decoded =
        from_file(r#"{"edge": {"allow_outside_users": "yes"}, "colour": 1, "cloud": "mars"}"#)
            .unwrap();
    let shown = |key: &str| {
        let p = decoded.problems.iter().find(|p| p.key == key).unwrap();
        (p.fallback, p.message.clone(), p.with_fallback())
    };
    assert_eq!(
        shown("edge.allow_outside_users"),
        (
            Fallback::DefaultKept,
            "expected true or false.".to_owned(),
            "expected true or false. The default is kept.".to_owned()
        )
    );
    assert_eq!(
        shown("colour"),
        (
            Fallback::Ignored,
            "not a setting this builder knows.".to_owned(),
            "not a setting this builder knows. It is ignored.".to_owned()
        )
    );
    let (fallback, fact, _) = shown("cloud");
    assert_eq!(fallback, Fallback::DefaultKept);
    assert!(fact.starts_with("expected one of "), "{fact}");
    let not_an_object = from_file("[1]").unwrap().problems;
    assert_eq!(not_an_object[0].fallback, Fallback::DefaultsUsed);
    assert_eq!(
        not_an_object[0].with_fallback(),
        "the settings are not a JSON object. The defaults are used."
    );
    // Refused as a whole: the message says it all, for every reader.
    let refused = from_file(r#"{"cloud": "gcc", "cloud": "dod"}"#).unwrap_err();
    assert_eq!(refused.fallback, Fallback::Stated);
    assert_eq!(refused.with_fallback(), refused.message);
}

#[test]
fn corrupt_storage_falls_back_to_defaults_with_a_notice() {
    let decoded = from_storage("\u{0}garbage");
    assert_eq!(decoded.settings, Settings::default());
    assert_eq!(decoded.problems.len(), 1);
    let decoded = from_storage("[1,2,3]");
    assert_eq!(decoded.settings, Settings::default());
    assert_eq!(decoded.problems.len(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_decode_to_settings_or_listed_problems(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let (decoded, options) = from_fragment(&text);
        let _ = hybrid_model::validate(&decoded.settings);
        if decoded.problems.is_empty() {
            // Nothing listed means nothing was lost: the settings survive their own link.
            let (again, _) = from_fragment(&to_fragment(&decoded.settings, &options));
            prop_assert_eq!(again.settings, decoded.settings);
        }
        let decoded = from_storage(&text);
        if decoded.problems.is_empty() {
            prop_assert_eq!(serde_json::from_str::<Settings>(&text).ok(), Some(decoded.settings));
        }
        match from_file(&text) {
            Ok(decoded) => { let _ = hybrid_model::validate(&decoded.settings); }
            Err(problem) => prop_assert!(!problem.message.is_empty()),
        }
    }

    #[test]
    fn link_like_input_never_panics(parts in prop::collection::vec(("[a-z_.]{0,30}", "[ -~]{0,20}"), 0..12)) {
        let fragment: Vec<String> = parts.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (decoded, _) = from_fragment(&fragment.join("&"));
        let _ = hybrid_model::validate(&decoded.settings);
    }
}

#[test]
fn a_link_carries_a_shipped_language_and_reports_another() {
    let (decoded, options) = from_fragment("#v=1&lang=de");
    assert_eq!(options.lang, Some("de"));
    assert!(decoded.problems.is_empty());
    let (decoded, options) = from_fragment("#v=1&lang=xx-Klingon");
    assert_eq!(options.lang, None);
    assert_eq!(decoded.problems.len(), 1);
    assert_eq!(decoded.problems[0].key, "lang");
    assert!(decoded.problems[0].message.contains("xx-Klingon"));
}

/// An embedding page's `theme=` is read as light or dark; anything else is listed and ignored, so
/// the frame follows the system as it would without it.
#[test]
fn a_link_carries_the_embedding_pages_theme() {
    use hybrid_model::procedure::share::Theme;
    let (decoded, options) = from_fragment("v=1&embed&theme=light");
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(options.theme, Some(Theme::Light));
    let (decoded, options) = from_fragment("v=1&embed&theme=sepia");
    assert_eq!(options.theme, None);
    assert_eq!(decoded.problems[0].key, "theme");
    assert!(
        decoded.problems[0].message.contains("light, dark"),
        "{:?}",
        decoded.problems
    );
}
