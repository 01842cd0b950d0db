//! The plan: the procedure's steps in order, each saying where it runs, why, how to check and undo it.

use crate::support;

use hybrid_model::procedure::plan::{Shell, StepId};
use hybrid_model::{Cloud, Settings, plan};

#[test]
fn the_three_steps_come_in_the_documented_order() {
    let ids: Vec<StepId> = plan(&Settings::default())
        .steps
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(
        ids,
        vec![
            StepId::EdgeFederation,
            StepId::HostingProvider,
            StepId::ConnectTenant,
            StepId::TenantSharedSip
        ]
    );
}

#[test]
fn optional_steps_appear_only_when_asked_for() {
    let full = plan(&support::full(Cloud::China));
    for id in [
        StepId::OAuthOnPremises,
        StepId::OAuthOnline,
        StepId::PilotMoves,
    ] {
        assert!(full.step(id).is_some(), "{id:?}");
        assert!(plan(&Settings::default()).step(id).is_none(), "{id:?}");
    }
    let pilots = full.step(StepId::PilotMoves).unwrap();
    assert_eq!(pilots.shell, Shell::OnPremises);
    let first = pilots.commands.first().unwrap().to_text();
    assert_eq!(
        first, "Set-TeamsEnvironmentConfig -TeamsEnvironmentName TeamsChina",
        "21Vianet configures the environment before Move-CsUser"
    );
    let texts: Vec<String> = pilots.commands.iter().map(|c| c.to_text()).collect();
    let read = texts
        .iter()
        .position(|t| {
            t == "$provider = Get-CsHostingProvider | Where-Object -Property ProxyFqdn -EQ -Value 'sipfed.online.partner.lync.cn' | Select-Object -First 1"
        })
        .expect("the target is read from the configured hosting provider");
    let moved = texts
        .iter()
        .position(|t| t == "Move-CsUser -Identity 'ada@contoso.com' -Target $provider.ProxyFqdn")
        .expect("moves target the configured provider's ProxyFqdn, never a hard-coded value");
    assert!(read < moved);
    assert!(
        texts
            .iter()
            .any(|t| t
                == "Move-CsUser -Identity 'sip:o''neil@fabrikam.com' -Target $provider.ProxyFqdn"),
        "a SIP address stays a SIP address: {texts:#?}"
    );
    assert!(
        pilots.rollback.iter().any(|c| c.to_text()
            == "Move-CsUser -Identity 'ada@contoso.com' -Target 'pool01.contoso.com'")
    );
}

#[test]
fn every_step_says_why_where_and_how_to_check_or_undo() {
    for step in plan(&support::full(Cloud::Commercial)).steps {
        assert!(!step.why.is_empty(), "{:?}", step.id);
        let on_prem = matches!(
            step.id,
            StepId::EdgeFederation
                | StepId::HostingProvider
                | StepId::OAuthOnPremises
                | StepId::PilotMoves
        );
        assert_eq!(step.shell == Shell::OnPremises, on_prem, "{:?}", step.id);
        assert!(
            !step.verify.is_empty() || !step.rollback.is_empty() || !step.notes.is_empty(),
            "{:?}",
            step.id
        );
    }
    let tenant = plan(&Settings::default());
    let tenant = tenant.step(StepId::TenantSharedSip).unwrap();
    assert_eq!(
        tenant.rollback[0].to_text(),
        "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false"
    );
    assert!(
        tenant.verify[0]
            .expected
            .contains("SharedSipAddressSpace True")
    );
}
