//! A link without names (#31): every choice survives the trip through a redacted link, no name of
//! the deployment is anywhere in it, and the same name always becomes the same placeholder.

use hybrid_model::handover::redact::{NAME_FIELDS, PLACEHOLDER_TENANT_ID, placeholders, redact};
use hybrid_model::procedure::cloud::Cloud;
use hybrid_model::procedure::field::Field;
use hybrid_model::procedure::settings::{
    EdgeRouting, ExistingProvider, FederationMode, ServicePrincipalTool, Settings,
    VerificationLevel,
};
use hybrid_model::procedure::share::{LinkOptions, from_fragment, to_fragment};
use hybrid_model::validate;

/// A deployment with a name in every name field, and every choice away from its default.
fn named() -> Settings {
    let mut s = Settings::for_cloud(Cloud::GccHigh);
    s.connection.admin_upn = "admin.jane@contoso.onmicrosoft.com".into();
    s.connection.override_admin_domain = "contoso.onmicrosoft.com".into();
    s.edge.allow_outside_users = false;
    s.edge.enable_partner_discovery = false;
    s.edge.routing = EdgeRouting::DefaultRoute;
    s.hosting_provider.identity = "SkypeforBusinessOnline".into();
    s.hosting_provider.proxy_fqdn = Some("sipfed.online.gov.skypeforbusiness.us".into());
    s.hosting_provider.verification_level = VerificationLevel::AlwaysVerifiable;
    s.hosting_provider.existing = ExistingProvider::UpdateInPlace;
    s.tenant.federation_mode = FederationMode::AllowList;
    s.environment.sip_domains = vec![
        "contoso.com".into(),
        "".into(),
        "Fabrikam.co.uk".into(),
        "eu.contoso.com".into(),
    ];
    s.environment.edge_external_fqdn = "sip.contoso.com".into();
    s.environment.registrar_pool_fqdn = "pool01.contoso.com".into();
    s.environment.web_services_fqdns =
        vec!["webext.contoso.com".into(), "lyncweb.fabrikam.co.uk".into()];
    s.environment.reverse_proxy_fqdn = "rproxy.litwareinc.net".into();
    s.environment.pilot_users = vec![
        "alice.smith@contoso.com".into(),
        "sip:bob.jones@fabrikam.co.uk".into(),
        "ALICE.SMITH@contoso.com".into(),
        "carol.white@eu.contoso.com".into(),
    ];
    s.oauth.enabled = true;
    s.oauth.tenant_id = "9f3c2a71-5b4e-4d8a-a1c2-3e4f5a6b7c8d".into();
    s.oauth.certificate_path = "D:\\PKI\\ContosoOAuth.cer".into();
    s.oauth.service_principal_tool = ServicePrincipalTool::MsOnline;
    s
}

/// Every distinctive piece of a name in [`named`]: none may be in a redacted link.
const ORIGINAL_NAMES: [&str; 16] = [
    "contoso",
    "fabrikam",
    "litwareinc",
    "pool01",
    "lyncweb",
    "rproxy",
    "jane",
    "alice",
    "smith",
    "bob",
    "jones",
    "carol",
    "white",
    "9f3c2a71",
    "PKI",
    "ContosoOAuth",
];

/// Only the name fields differ; every other value is the original's.
#[test]
fn every_choice_and_cloud_value_is_kept() {
    let original = named();
    let redacted = redact(&original).settings;
    for field in Field::ALL {
        if NAME_FIELDS.contains(&field) {
            assert_ne!(field.get(&redacted), field.get(&original), "{field:?}");
        } else {
            assert_eq!(field.get(&redacted), field.get(&original), "{field:?}");
        }
    }
    // Blank lines (the admin still typing) stay where they were.
    assert_eq!(redacted.environment.sip_domains[1], "");
}

/// The link made from the redacted settings opens to exactly them, with its marker.
#[test]
fn a_redacted_link_round_trips() {
    let redacted = redact(&named()).settings;
    let options = LinkOptions {
        redacted: true,
        ..LinkOptions::default()
    };
    let fragment = to_fragment(&redacted, &options);
    assert!(fragment.contains("&redacted&"), "{fragment}");
    let (decoded, read) = from_fragment(&fragment);
    assert_eq!(decoded.problems, vec![], "{fragment}");
    assert_eq!(decoded.settings, redacted);
    assert!(read.redacted);
    // Without the marker, a link opens as an ordinary one.
    assert!(
        !from_fragment(&to_fragment(&redacted, &LinkOptions::default()))
            .1
            .redacted
    );
}

/// The link names no one: each distinctive part of every original name is searched for.
#[test]
fn no_original_name_is_in_the_link() {
    let fragment = to_fragment(
        &redact(&named()).settings,
        &LinkOptions {
            redacted: true,
            ..LinkOptions::default()
        },
    );
    let lower = fragment.to_lowercase();
    for name in ORIGINAL_NAMES {
        assert!(
            !lower.contains(&name.to_lowercase()),
            "{name} is in {fragment}"
        );
    }
    assert!(fragment.contains(PLACEHOLDER_TENANT_ID), "{fragment}");
}

/// The same name becomes the same placeholder in every field, whatever its case or `sip:` prefix,
/// and the shape stays readable.
#[test]
fn the_mapping_is_consistent() {
    let r = redact(&named());
    let s = &r.settings;
    let env = &s.environment;
    assert_eq!(
        env.sip_domains,
        ["domain1.example", "", "domain2.example", "domain3.example"]
    );
    assert_eq!(env.edge_external_fqdn, "sip.domain1.example");
    assert_eq!(env.registrar_pool_fqdn, "host1.domain1.example");
    assert_eq!(
        env.web_services_fqdns,
        ["webext.domain1.example", "host2.domain2.example"]
    );
    assert_eq!(env.reverse_proxy_fqdn, "host3.domain4.example");
    assert_eq!(
        env.pilot_users,
        [
            "user1@domain1.example",
            "sip:user2@domain2.example",
            "user1@domain1.example",
            "user3@domain3.example"
        ]
    );
    assert_eq!(s.connection.admin_upn, "user4@tenant1.onmicrosoft.com");
    assert_eq!(
        s.connection.override_admin_domain,
        "tenant1.onmicrosoft.com"
    );
    assert_eq!(s.oauth.tenant_id, PLACEHOLDER_TENANT_ID);
    assert_eq!(s.oauth.certificate_path, "C:\\redacted\\certificate.cer");
    // Each name is listed once, with what it became.
    let listed: Vec<(&str, &str)> = r
        .replaced
        .iter()
        .map(|x| (x.original.as_str(), x.placeholder.as_str()))
        .collect();
    assert!(
        listed.contains(&("contoso.com", "domain1.example")),
        "{listed:?}"
    );
    assert!(listed.contains(&("pool01.contoso.com", "host1.domain1.example")));
    assert_eq!(
        listed.iter().filter(|(o, _)| *o == "contoso.com").count(),
        1
    );
}

/// Validation finds the same rules broken before and after: what a helper sees is what the admin has.
#[test]
fn validation_reads_the_same() {
    let codes = |s: &Settings| -> Vec<(&'static str, Field)> {
        validate(s)
            .issues
            .iter()
            .map(|i| (i.code.as_str(), i.field))
            .collect()
    };
    let original = named();
    assert_eq!(codes(&redact(&original).settings), codes(&original));
}

/// Redacting a redacted file changes nothing; every name field then holds a placeholder, and
/// none once the admin has typed real names again.
#[test]
fn placeholders_are_found_until_real_names_are_typed() {
    let once = redact(&named()).settings;
    assert_eq!(redact(&once).settings, once);
    assert!(redact(&once).replaced.is_empty());
    assert_eq!(placeholders(&once), NAME_FIELDS.to_vec());
    assert_eq!(placeholders(&named()), vec![]);
    let mut typed = once.clone();
    typed.environment.sip_domains = vec!["contoso.com".into()];
    assert!(!placeholders(&typed).contains(&Field::SipDomains));
    assert!(placeholders(&typed).contains(&Field::PilotUsers));
    assert_eq!(placeholders(&Settings::default()), vec![]);
}

/// Opened from a redacted link, each field still holding a placeholder is an error (HB108) that
/// withholds the outputs it goes into; settings with real names get none.
#[test]
fn placeholders_are_errors_on_their_fields() {
    use hybrid_model::handover::redact::with_placeholder_errors;
    use hybrid_model::procedure::field::Output;
    let redacted = redact(&named()).settings;
    let report = with_placeholder_errors(validate(&redacted), &redacted);
    let marked: Vec<Field> = report
        .errors()
        .filter(|i| i.code.as_str() == "HB108")
        .map(|i| i.field)
        .collect();
    assert_eq!(marked.len(), NAME_FIELDS.len());
    assert!(
        report
            .blocking(Output::OnPremises)
            .any(|i| i.code.as_str() == "HB108")
    );
    assert!(
        report
            .blocking(Output::Online)
            .any(|i| i.code.as_str() == "HB108")
    );
    let real = named();
    let report = with_placeholder_errors(validate(&real), &real);
    assert!(!report.issues.iter().any(|i| i.code.as_str() == "HB108"));
}
