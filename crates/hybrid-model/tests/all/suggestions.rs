//! Suggestions from pre-flight reports (#26 item 5): each says the setting as it is and as the
//! report suggests, applies on its own and can be undone; a filled field is completed when the
//! report found more; and a report whose deployment no longer matches the settings says so.

use crate::support;

use hybrid_model::report::{
    self, CheckResult, Facts, ReportKind, ReportPart, ScriptReport, Status,
};
use hybrid_model::{Cloud, Field, Settings};

fn report_with(facts: Facts) -> ScriptReport {
    ScriptReport {
        schema: report::REPORT_SCHEMA.into(),
        schema_version: report::REPORT_VERSION,
        kind: ReportKind::Preflight,
        part: ReportPart::OnPremises,
        created_unix: 1_795_000_000,
        settings_sip_domains: Some(vec!["contoso.com".into(), "fabrikam.com".into()]),
        checks: Some(vec![CheckResult {
            id: "server-build".into(),
            status: Status::Pass,
            found: "7.0.2046.900".into(),
            todo: String::new(),
        }]),
        facts,
    }
}

fn facts() -> Facts {
    Facts {
        topology_sip_domains: Some(vec![
            "contoso.com".into(),
            "fabrikam.com".into(),
            "northwind.com".into(),
        ]),
        web_services_fqdns: Some(vec![
            "webext.contoso.com".into(),
            "webext-eu.contoso.com".into(),
        ]),
        registrar_pools: Some(vec![
            "pool01.contoso.com".into(),
            "pool02.contoso.com".into(),
        ]),
        tenant_id: Some("11111111-2222-3333-4444-555555555555".into()),
        ..Facts::default()
    }
}

#[test]
fn a_filled_field_is_completed_with_what_the_report_found_beyond_it() {
    let mut s = support::full(Cloud::Commercial);
    s.environment.web_services_fqdns = vec!["WebExt.contoso.com.".into()];
    let reports = [report_with(facts())];
    let suggestions = report::suggestions(&s, &reports);
    let get = |field: Field| {
        suggestions
            .iter()
            .find(|x| x.field == field)
            .unwrap_or_else(|| panic!("{field:?} not suggested: {suggestions:?}"))
    };
    let domains = get(Field::SipDomains);
    assert_eq!(domains.current, "contoso.com, fabrikam.com");
    assert_eq!(domains.shown, "contoso.com, fabrikam.com, northwind.com");
    assert_eq!(domains.label(), "SIP domains");
    // The same name in another case or with its dot is not "more".
    let web = get(Field::WebServicesFqdns);
    assert_eq!(web.current, "WebExt.contoso.com.");
    assert_eq!(web.shown, "WebExt.contoso.com., webext-eu.contoso.com");
    // A typed tenant id the report contradicts is offered the report's, beside the typed one.
    let tenant = get(Field::OAuthTenantId);
    assert_eq!(tenant.current, "6babcaad-604b-40ac-a9d7-9fd97c0b779f");
    // The admin's registrar pool stays theirs.
    assert!(
        suggestions
            .iter()
            .all(|x| x.field != Field::RegistrarPoolFqdn)
    );
    // Nothing is offered that the settings already hold.
    s.environment.sip_domains.push("NORTHWIND.com".into());
    assert!(
        report::suggestions(&s, &reports)
            .iter()
            .all(|x| x.field != Field::SipDomains)
    );
}

#[test]
fn each_suggestion_applies_on_its_own_and_undoes_exactly() {
    let mut s = support::full(Cloud::Commercial);
    s.environment.registrar_pool_fqdn.clear();
    let reports = [report_with(facts())];
    let suggestions = report::suggestions(&s, &reports);
    // Several pools: each is an alternative, none is chosen for the admin.
    let pools: Vec<&str> = suggestions
        .iter()
        .filter(|x| x.field == Field::RegistrarPoolFqdn)
        .map(|x| x.shown.as_str())
        .collect();
    assert_eq!(pools, ["pool01.contoso.com", "pool02.contoso.com"]);
    for suggestion in &suggestions {
        assert_ne!(
            suggestion.label(),
            suggestion.field.path(),
            "a label, not a path"
        );
        assert!(!suggestion.current.is_empty());
        let mut applied = s.clone();
        let before = suggestion.field.get(&applied);
        suggestion
            .field
            .set(&mut applied, suggestion.value.clone())
            .unwrap();
        // Only its own field changed.
        for field in Field::ALL {
            if field != suggestion.field {
                assert_eq!(field.get(&applied), field.get(&s), "{field:?}");
            }
        }
        assert_eq!(suggestion.field.get(&applied), suggestion.value);
        // It is no longer offered, and the value before it brings the settings back.
        assert!(
            !report::suggestions(&applied, &reports)
                .iter()
                .any(|x| x == suggestion)
        );
        suggestion.field.set(&mut applied, before).unwrap();
        assert_eq!(applied, s);
    }
}

#[test]
fn a_report_of_other_domains_than_the_settings_now_name_is_stale() {
    let mut s = support::full(Cloud::Commercial);
    let read = report_with(facts());
    assert_eq!(report::stale(&read, &s), None);
    // Settings without domains are what the report fills in.
    assert_eq!(report::stale(&read, &Settings::default()), None);
    s.environment.sip_domains.push("northwind.com".into());
    let why = report::stale(&read, &s).expect("stale");
    assert!(why.starts_with("Stale:"), "{why}");
    assert!(why.contains("contoso.com, fabrikam.com"), "{why}");
    assert!(
        why.contains("contoso.com, fabrikam.com, northwind.com"),
        "{why}"
    );
}
