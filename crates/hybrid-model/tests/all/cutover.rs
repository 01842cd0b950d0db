//! Cut-over (#29 stage 3): the check script, the cut-over scripts and the check report reader.

use crate::support;

use hybrid_model::report::cutover::{self, CheckRefusal, Decision};
use hybrid_model::scripts::cutover::{check, on_premises, online};
use support::{commands, first_error, full, parse, variants};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/waves/");
const NOW: i64 = 1_765_000_000;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}{name}")).unwrap()
}

#[test]
fn every_cutover_script_parses_for_every_cloud() {
    for (name, s) in variants() {
        for (which, text) in [
            ("check", check(&s).text()),
            ("online", online(&s, 0).text()),
            ("on-premises", on_premises(&s, 3).text()),
        ] {
            let tree = parse(&text);
            assert_eq!(first_error(&text, &tree), None, "{name} {which}");
        }
    }
}

#[test]
fn the_steps_are_microsofts_in_its_order_each_behind_the_users_left_guard() {
    let s = full(hybrid_model::Cloud::Commercial);
    let text = online(&s, 0).text();
    let guard = text
        .find("Get-CsOnlineUser -AccountType SfBOnPremUser")
        .unwrap();
    let backup = text.find("Export-Clixml").unwrap();
    let mode = text
        .find("Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global")
        .unwrap();
    let shared = text
        .find("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false")
        .unwrap();
    assert!(guard < backup && backup < mode && mode < shared);
    assert!(text.contains("[int] $AcceptUsersOnPremises = 0"));
    assert!(text.contains("-WhatIf:$false"), "a dry run still connects");
    // Grant-CsTeamsUpgradePolicy documents no -WhatIf: it runs only inside ShouldProcess.
    let should = text[..mode].rfind("$PSCmdlet.ShouldProcess(").unwrap();
    assert!(text[should..mode].contains("UpgradeToTeams"));
    for c in commands(&text) {
        if c.cmdlet == "Grant-CsTeamsUpgradePolicy" {
            assert!(!c.params.iter().any(|(p, _)| p == "WhatIf"));
        }
    }

    let text = on_premises(&s, 3).text();
    assert!(text.contains("[int] $AcceptUsersOnPremises = 3"));
    let guard = text
        .find("Get-CsUser -Filter 'HostingProvider -eq \"SRV:\"'")
        .unwrap();
    let export = text.find("Export-CsConfiguration -FileName").unwrap();
    let disable = text
        .find("Set-CsHostingProvider -Identity $item.Identity -Enabled $false")
        .unwrap();
    assert!(guard < export && export < disable);
    assert!(text.contains("cloud-consolidation-managing-attributes.md"));
}

#[test]
fn the_check_changes_nothing_and_reads_each_domains_records() {
    let s = full(hybrid_model::Cloud::Commercial);
    let text = check(&s).text();
    assert!(
        support::changing_commands(&text).is_empty(),
        "{:?}",
        support::changing_commands(&text)
    );
    assert!(text.contains("$expectedDomains = @('contoso.com', 'fabrikam.com')"));
    assert!(text.contains("$cloudTargets = @('sipfed.online.lync.com', 'sipdir.online.lync.com', 'webdir.online.lync.com')"));
    assert!(text.contains("decommission-manage-dns-entries.md"));
}

#[test]
fn users_left_withhold_the_cutover_and_none_left_offer_it() {
    let s = full(hybrid_model::Cloud::Commercial);
    let left = cutover::read(&fixture("cutover-check-users-left.json"), &s, NOW).unwrap();
    match cutover::decide(&left, 0) {
        Decision::Withheld { users, pools } => {
            assert_eq!(users, 3);
            assert_eq!(pools[0], ("pool01.contoso.com".to_owned(), 2));
        }
        Decision::Offered => panic!("3 users left must withhold the cut-over"),
    }
    assert_eq!(cutover::decide(&left, 3), Decision::Offered);
    let remaining = cutover::remaining_hybrid(&left);
    assert_eq!(remaining.len(), 3, "{remaining:?}");
    assert!(remaining[1].contains("webext.contoso.com, 203.0.113.7"));

    let none = cutover::read(&fixture("cutover-check-none-left.json"), &s, NOW).unwrap();
    assert_eq!(cutover::decide(&none, 0), Decision::Offered);
    assert!(cutover::remaining_hybrid(&none).is_empty());
}

#[test]
fn check_reports_that_are_stale_or_of_another_deployment_are_refused() {
    let s = full(hybrid_model::Cloud::Commercial);
    let text = fixture("cutover-check-users-left.json");
    assert!(matches!(
        cutover::read(&text, &s, NOW + 30 * 86_400),
        Err(CheckRefusal::TooOld { .. })
    ));
    let mut other = s.clone();
    other.environment.sip_domains = vec!["contoso.com".into()];
    assert!(matches!(
        cutover::read(&text, &other, NOW),
        Err(CheckRefusal::OtherDeployment { .. })
    ));
    let wave = fixture("results-wave-1.json");
    assert_eq!(cutover::read(&wave, &s, NOW), Err(CheckRefusal::NotOurs));
    let doubled = text.replacen(
        "\"users_on_premises\":  3,",
        "\"users_on_premises\":  3, \"users_on_premises\": 0,",
        1,
    );
    assert!(matches!(
        cutover::read(&doubled, &s, NOW),
        Err(CheckRefusal::DuplicateKey(_))
    ));
}
