//! Values no admin means are refused: control characters and invisible formatting characters
//! (bidirectional overrides, zero-width characters, the BOM, the soft hyphen) in any free-text
//! field that reaches an output, values longer than their kind allows, and lists longer than the
//! outputs carry — each with a stable code and a message that says what to do.

use hybrid_model::procedure::validate::{MAX_PILOT_USERS, MAX_SIP_DOMAINS, MAX_WEB_SERVICES_FQDNS};
use hybrid_model::procedure::vocabulary::{FieldValue, Shape};
use hybrid_model::{Cloud, Code, Field, Settings, Severity, validate};

/// Characters that show nothing, reorder text or end a line.
const HIDDEN: [char; 12] = [
    '\u{202e}', '\u{202a}', '\u{2066}', '\u{200b}', '\u{200f}', '\u{feff}', '\u{ad}', '\u{61c}',
    '\u{1b}', '\u{0}', '\r', '\u{85}',
];

/// Settings where every free-text field is in use: the retired connector needs the admin domain,
/// OAuth needs the tenant ID and the certificate path.
fn in_use() -> Settings {
    let mut s = Settings::for_cloud(Cloud::Commercial);
    s.connection.admin_upn = "admin@contoso.com".into();
    s.environment.sip_domains = vec!["contoso.com".into()];
    s.environment.edge_external_fqdn = "sip.contoso.com".into();
    s.environment.registrar_pool_fqdn = "pool01.contoso.com".into();
    s.environment.reverse_proxy_fqdn = "webext.contoso.com".into();
    s.environment.web_services_fqdns = vec!["webext.contoso.com".into()];
    s.environment.pilot_users = vec!["ada@contoso.com".into()];
    s.hosting_provider.proxy_fqdn = Some("sipfed.online.lync.com".into());
    s.hosting_provider.autodiscover_url =
        Some("https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root".into());
    s.oauth.enabled = true;
    s.oauth.tenant_id = "6babcaad-604b-40ac-a9d7-9fd97c0b779f".into();
    s.oauth.certificate_path = "C:\\certs\\oauth.cer".into();
    s.oauth.metadata_url_prefix = Some("https://accounts.accesscontrol.windows.net/".into());
    s.hosting_provider.proxy_fqdn_confirmed_on = "2026-12-05".into();
    s.hosting_provider.autodiscover_url_confirmed_on = "2026-12-05".into();
    s.oauth.metadata_url_confirmed_on = "2026-12-05".into();
    s
}

fn errors(s: &Settings, field: Field) -> Vec<(Code, String)> {
    validate(s)
        .issues
        .into_iter()
        .filter(|i| i.field == field && i.severity == Severity::Error)
        .map(|i| (i.code, i.message))
        .collect()
}

/// `text` with `c` after its second character.
fn with(text: &str, c: char) -> String {
    let at = text.char_indices().nth(2).map_or(text.len(), |(i, _)| i);
    format!("{}{c}{}", &text[..at], &text[at..])
}

/// The free-text fields that reach a script, the checklist or a file name. The `*_confirmed`
/// fields are ticks: they are compared with the exact cloud value and never shown or written.
fn free_text_fields() -> Vec<Field> {
    Field::ALL
        .into_iter()
        .filter(|f| matches!(f.shape(), Shape::Text | Shape::OptionalText | Shape::List))
        .filter(|f| !f.path().ends_with("_confirmed"))
        // Read from old files only: the retired connector that used it is refused (HB601).
        .filter(|f| *f != Field::OverrideAdminDomain)
        .collect()
}

#[test]
fn hidden_characters_are_refused_in_every_free_text_field() {
    let base = in_use();
    for field in free_text_fields() {
        assert!(
            errors(&base, field).is_empty(),
            "{field:?} is valid to start with"
        );
        for c in HIDDEN {
            let mut s = base.clone();
            let value = match field.get(&base) {
                FieldValue::Text(text) => FieldValue::Text(with(&text, c)),
                FieldValue::List(items) => FieldValue::List(vec![with(&items[0], c)]),
                other => panic!("{field:?}: {other:?}"),
            };
            field.set(&mut s, value).unwrap();
            let found = errors(&s, field);
            assert_eq!(
                found.len(),
                1,
                "{field:?} with U+{:04X}: {found:?}",
                c as u32
            );
            let (code, message) = &found[0];
            assert!(code.as_str().starts_with("HB1"), "{field:?}: {code:?}");
            // Told as what it is, not as a typo in a host name.
            assert!(!message.contains("punycode"), "{field:?}: {message}");
        }
    }
}

#[test]
fn a_bidirectional_override_is_named_as_an_invisible_character() {
    let mut s = in_use();
    s.environment.edge_external_fqdn = "sip.\u{202e}moc.osotnoc".into();
    s.oauth.certificate_path = "C:\\certs\\\u{202e}rec.oauth".into();
    s.environment.pilot_users = vec!["ada\u{200b}@contoso.com".into()];
    for field in [
        Field::EdgeExternalFqdn,
        Field::OAuthCertificatePath,
        Field::PilotUsers,
    ] {
        let found = errors(&s, field);
        assert!(
            found[0].1.contains("invisible formatting character"),
            "{found:?}"
        );
    }
}

#[test]
fn values_longer_than_their_kind_are_refused() {
    let label = "a".repeat(63);
    let longest_fqdn = format!("{label}.{label}.{label}.{}", "b".repeat(61));
    assert_eq!(longest_fqdn.len(), 253);
    let mut s = in_use();
    s.environment.edge_external_fqdn = longest_fqdn.clone();
    assert!(errors(&s, Field::EdgeExternalFqdn).is_empty());
    s.environment.edge_external_fqdn = format!("c{longest_fqdn}");
    let found = errors(&s, Field::EdgeExternalFqdn);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Code::InvalidFqdn);
    assert!(found[0].1.contains("253"), "{found:?}");

    s.environment.edge_external_fqdn = format!("{}.contoso.com", "a".repeat(64));
    assert_eq!(errors(&s, Field::EdgeExternalFqdn)[0].0, Code::InvalidFqdn);

    let url = format!("https://webdir.online.lync.com/{}", "p".repeat(2048));
    s.hosting_provider.autodiscover_url = Some(url);
    let found = errors(&s, Field::AutodiscoverUrl);
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains("2048"), "{found:?}");

    s.oauth.certificate_path = format!("C:\\{}", "p".repeat(256));
    assert_eq!(s.oauth.certificate_path.len(), 259);
    assert!(errors(&s, Field::OAuthCertificatePath).is_empty());
    s.oauth.certificate_path.push('x');
    let found = errors(&s, Field::OAuthCertificatePath);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Code::InvalidPath);
    assert!(found[0].1.contains("259"), "{found:?}");
}

#[test]
fn lists_longer_than_the_outputs_carry_are_refused_with_where_they_go() {
    let mut s = in_use();
    s.environment.pilot_users = (0..MAX_PILOT_USERS)
        .map(|i| format!("user{i}@contoso.com"))
        .collect();
    assert!(
        errors(&s, Field::PilotUsers).is_empty(),
        "the measured size is taken"
    );
    s.environment
        .pilot_users
        .push("one.more@contoso.com".into());
    let found = errors(&s, Field::PilotUsers);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Code::TooManyEntries);
    assert_eq!(found[0].0.as_str(), "HB510");
    assert!(
        found[0].1.contains("Move-CsUser -UserList"),
        "{}",
        found[0].1
    );

    // A list far past the limit costs one message, not one per entry.
    s.environment.pilot_users = vec!["not a user".to_owned(); 200_000];
    assert_eq!(errors(&s, Field::PilotUsers).len(), 1);

    s.environment.sip_domains = (0..=MAX_SIP_DOMAINS)
        .map(|i| format!("d{i}.contoso.com"))
        .collect();
    let found = errors(&s, Field::SipDomains);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Code::TooManyEntries);

    s.environment.web_services_fqdns = (0..=MAX_WEB_SERVICES_FQDNS)
        .map(|i| format!("web{i}.contoso.com"))
        .collect();
    let found = errors(&s, Field::WebServicesFqdns);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Code::TooManyEntries);
}
