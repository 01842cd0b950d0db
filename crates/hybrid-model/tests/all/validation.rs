//! Validation as an admin meets it: each rule fires on the input it is about, with its code and field.

use crate::support;

use hybrid_model::procedure::settings::{ConnectionMethod, EdgeRouting, FederationMode};
use hybrid_model::{Cloud, Code, Field, Settings, Severity, validate};

fn issue(settings: &Settings, code: Code) -> Option<(Field, Severity, String)> {
    validate(settings)
        .issues
        .into_iter()
        .find(|i| i.code == code)
        .map(|i| (i.field, i.severity, i.message))
}

#[test]
fn defaults_have_no_errors_but_the_confirmations() {
    for cloud in Cloud::ALL {
        let report = validate(&Settings::for_cloud(cloud));
        let codes: Vec<Code> = report.errors().map(|i| i.code).collect();
        // Every cloud but Commercial has endpoints Microsoft does not document for it.
        if cloud != Cloud::Commercial {
            assert_eq!(
                codes,
                [Code::ConfirmationRequired, Code::ConfirmationRequired],
                "{cloud:?}"
            );
        } else {
            assert!(codes.is_empty(), "{cloud:?}: {codes:?}");
        }
        let mut confirmed = Settings::for_cloud(cloud);
        support::confirm_cloud_values(&mut confirmed);
        assert!(!validate(&confirmed).has_errors(), "{cloud:?} confirmed");
        assert!(
            !validate(&support::full(cloud)).has_errors(),
            "{cloud:?} full"
        );
    }
}

#[test]
fn field_rules_name_their_field_and_say_how_to_fix() {
    let mut s = Settings::default();
    s.hosting_provider.proxy_fqdn = Some("https://sipfed.online.lync.com".into());
    let (field, severity, message) = issue(&s, Code::InvalidFqdn).unwrap();
    assert_eq!((field, severity), (Field::ProxyFqdn, Severity::Error));
    assert!(message.contains("remove the scheme"), "{message}");

    s.hosting_provider.proxy_fqdn = Some("sipfed.bücher.de".into());
    assert!(issue(&s, Code::InvalidFqdn).unwrap().2.contains("punycode"));

    let mut s = Settings::default();
    s.hosting_provider.autodiscover_url = Some("http://webdir.online.lync.com/x".into());
    assert_eq!(
        issue(&s, Code::InvalidUrl).unwrap().0,
        Field::AutodiscoverUrl
    );

    let mut s = Settings::default();
    s.connection.admin_upn = "admin.@contoso.com".into();
    assert_eq!(issue(&s, Code::InvalidUpn).unwrap().0, Field::AdminUpn);

    let mut s = Settings::default();
    s.hosting_provider.identity = "Office 365".into();
    assert_eq!(
        issue(&s, Code::InvalidIdentity).unwrap().0,
        Field::ProviderIdentity
    );

    let mut s = Settings::default();
    s.environment.sip_domains = vec!["contoso.com".into(), "Contoso.com".into()];
    assert_eq!(
        issue(&s, Code::DuplicateSipDomain).unwrap().1,
        Severity::Error
    );

    let mut s = Settings::default();
    s.oauth.enabled = true;
    s.oauth.tenant_id = "not-a-guid".into();
    assert_eq!(
        issue(&s, Code::InvalidGuid).unwrap().0,
        Field::OAuthTenantId
    );
    assert_eq!(
        issue(&s, Code::InvalidPath).unwrap().0,
        Field::OAuthCertificatePath
    );
}

#[test]
fn cross_field_rules() {
    let mut s = Settings::default();
    s.edge.allow_federated_users = false;
    assert_eq!(
        issue(&s, Code::FederatedUsersRequired).unwrap().1,
        Severity::Error
    );

    let mut s = Settings::default();
    s.edge.routing = EdgeRouting::DefaultRoute;
    let (_, severity, message) = issue(&s, Code::DefaultRouteUnsupported).unwrap();
    // A fact about the deployment: it warns and the scripts still come, switching the routing.
    assert_eq!(severity, Severity::Warning);
    assert!(!validate(&s).has_errors());
    assert!(
        message.contains("DNS SRV"),
        "the message explains the way out: {message}"
    );

    let mut s = Settings::default();
    s.edge.enable_partner_discovery = false;
    assert_eq!(
        issue(&s, Code::PartnerDiscoveryOff).unwrap().1,
        Severity::Warning
    );
    assert_eq!(
        issue(&s, Code::FederationModeMismatch).unwrap().1,
        Severity::Error
    );
    s.tenant.federation_mode = FederationMode::AllowList;
    assert_eq!(issue(&s, Code::FederationModeMismatch), None);

    let mut s = Settings::for_cloud(Cloud::Commercial);
    s.hosting_provider.proxy_fqdn = Some("sipfed.online.gov.skypeforbusiness.us".into());
    let (_, severity, message) = issue(&s, Code::ProxyFqdnOtherCloud).unwrap();
    assert_eq!(severity, Severity::Error);
    assert!(message.contains("GCC High"), "{message}");

    let mut s = Settings::for_cloud(Cloud::Dod);
    s.hosting_provider.autodiscover_url =
        Some("https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root".into());
    assert_eq!(
        issue(&s, Code::AutodiscoverOtherCloud).unwrap().1,
        Severity::Error
    );

    let mut s = Settings::default();
    s.environment.sip_domains = vec!["contoso.com".into()];
    s.environment.edge_external_fqdn = "sip.fabrikam.com".into();
    assert_eq!(
        issue(&s, Code::EdgeOutsideSipDomains).unwrap().1,
        Severity::Warning
    );

    let mut s = Settings::default();
    s.tenant.shared_sip_address_space = false;
    assert_eq!(
        issue(&s, Code::SharedSipRequired).unwrap().1,
        Severity::Error
    );

    let mut s = Settings::for_cloud(Cloud::China);
    s.connection.method = ConnectionMethod::LegacyConnector;
    assert_eq!(
        issue(&s, Code::LegacyConnectorRetired).unwrap().1,
        Severity::Error
    );
}

#[test]
fn one_rule_for_every_cloud_said_once() {
    // GCC's values are inferred from Commercial: like every undocumented value, they wait for the
    // admin, with one message at the tick (no warning beside it).
    let gcc = validate(&Settings::for_cloud(Cloud::Gcc));
    let gated: Vec<Field> = gcc
        .errors()
        .filter(|i| i.code == Code::ConfirmationRequired)
        .map(|i| i.field)
        .collect();
    assert_eq!(
        gated,
        [Field::ProxyFqdnConfirmed, Field::AutodiscoverUrlConfirmed]
    );
    assert!(gcc.warnings().all(|i| i.field != Field::ProxyFqdn));
    let message = &gcc.errors().next().unwrap().message;
    assert!(message.contains("below the field"), "{message}");
    assert!(message.contains("own value"), "{message}");
    assert!(
        validate(&Settings::default())
            .issues
            .iter()
            .all(|i| i.code != Code::ConfirmationRequired)
    );
}

#[test]
fn codes_are_unique() {
    let codes = [
        Code::InvalidFqdn,
        Code::InvalidUrl,
        Code::InvalidUpn,
        Code::InvalidIdentity,
        Code::InvalidGuid,
        Code::InvalidPath,
        Code::FederatedUsersRequired,
        Code::DefaultRouteUnsupported,
        Code::PartnerDiscoveryOff,
        Code::OutsideUsersOff,
        Code::ProxyFqdnOtherCloud,
        Code::ProxyFqdnUnknown,
        Code::AutodiscoverOtherCloud,
        Code::AutodiscoverUnknown,
        Code::SharedSipRequired,
        Code::FederationModeMismatch,
        Code::DuplicateSipDomain,
        Code::OnMicrosoftSipDomain,
        Code::NoSipDomains,
        Code::EdgeOutsideSipDomains,
        Code::DuplicatePilotUser,
        Code::PilotOutsideSipDomains,
        Code::LegacyConnectorRetired,
        Code::MsOnlineRetired,
    ];
    let unique: std::collections::HashSet<&str> = codes.iter().map(|c| c.as_str()).collect();
    assert_eq!(unique.len(), codes.len());
}

#[test]
fn sovereign_values_are_gated_until_confirmed_for_that_value() {
    let mut s = Settings::for_cloud(Cloud::GccHigh);
    let report = validate(&s);
    let gated: Vec<Field> = report
        .errors()
        .filter(|i| i.code == Code::ConfirmationRequired)
        .map(|i| i.field)
        .collect();
    assert_eq!(
        gated,
        [Field::ProxyFqdnConfirmed, Field::AutodiscoverUrlConfirmed]
    );
    assert!(report.blocking(hybrid_model::Output::OnPremises).count() > 0);
    // A confirmation is for one value: DoD's value does not confirm GCC High's.
    s.hosting_provider.proxy_fqdn_confirmed = Cloud::Dod.profile().proxy_fqdn.value.to_owned();
    assert!(
        validate(&s)
            .for_field(Field::ProxyFqdnConfirmed)
            .any(|i| i.code == Code::ConfirmationRequired)
    );
    // Typing one's own value needs no confirmation.
    s.hosting_provider.proxy_fqdn = Some("sipfed.online.gov.skypeforbusiness.us".into());
    assert!(
        validate(&s)
            .for_field(Field::ProxyFqdnConfirmed)
            .next()
            .is_none()
    );
    // OAuth metadata: 21Vianet uses the China ACS host, still to be confirmed (inferred).
    let mut s = support::full(Cloud::China);
    s.oauth.metadata_url_confirmed.clear();
    let (field, severity, _) = issue(&s, Code::ConfirmationRequired).unwrap();
    assert_eq!(
        (field, severity),
        (Field::OAuthMetadataConfirmed, Severity::Error)
    );
    assert_eq!(
        Cloud::China.profile().acs_metadata_prefix.value,
        "https://accounts.accesscontrol.chinacloudapi.cn/"
    );
}

#[test]
fn new_fields_validate_with_their_codes() {
    let mut s = support::full(Cloud::Commercial);
    s.environment.web_services_fqdns.clear();
    let (field, severity, message) = issue(&s, Code::WebServicesFqdnsMissing).unwrap();
    assert_eq!(
        (field, severity),
        (Field::WebServicesFqdns, Severity::Error)
    );
    assert!(message.contains("service principal name"), "{message}");
    assert_eq!(Code::WebServicesFqdnsMissing.as_str(), "HB507");

    s.environment.web_services_fqdns = vec!["https://webext.contoso.com".into()];
    assert_eq!(
        issue(&s, Code::InvalidFqdn).unwrap().0,
        Field::WebServicesFqdns
    );

    let mut s = support::full(Cloud::Commercial);
    s.environment.reverse_proxy_fqdn.clear();
    let (field, severity, _) = issue(&s, Code::ReverseProxyMissing).unwrap();
    assert_eq!(
        (field, severity),
        (Field::ReverseProxyFqdn, Severity::Warning)
    );
    s.environment.reverse_proxy_fqdn = "web ext.contoso.com".into();
    assert_eq!(
        issue(&s, Code::InvalidFqdn).unwrap().0,
        Field::ReverseProxyFqdn
    );

    let mut s = support::full(Cloud::Commercial);
    s.environment.registrar_pool_fqdn.clear();
    let (field, severity, _) = issue(&s, Code::RegistrarPoolMissing).unwrap();
    assert_eq!(
        (field, severity),
        (Field::RegistrarPoolFqdn, Severity::Warning)
    );
}

#[test]
fn pilots_are_upns_or_sip_addresses() {
    let mut s = support::full(Cloud::Commercial);
    s.environment.pilot_users = vec!["sip:ada@contoso.com".into(), "ada@contoso.com".into()];
    assert!(issue(&s, Code::InvalidUpn).is_none());
    s.environment.pilot_users = vec!["sip:ada".into()];
    let (field, _, message) = issue(&s, Code::InvalidUpn).unwrap();
    assert_eq!(field, Field::PilotUsers);
    assert!(message.contains("SIP address"), "{message}");
    s.environment.pilot_users = vec!["ada".into()];
    let (_, _, message) = issue(&s, Code::InvalidUpn).unwrap();
    assert!(message.contains("or a SIP address"), "{message}");
}
