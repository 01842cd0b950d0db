//! What the admin decided about cloud values Microsoft does not document for their cloud: one
//! rule for every cloud, an editable value, a confirmation recorded as theirs (with its day)
//! everywhere, and never carried as someone else's by a link or file.

use crate::support;

use hybrid_model::handover::change_record::{Context, change_record};
use hybrid_model::handover::checklist::checklist;
use hybrid_model::procedure::confirmation::{Confirmable, Standing};
use hybrid_model::procedure::share::{self, LinkOptions};
use hybrid_model::scripts::change;
use hybrid_model::{Cloud, Code, Field, Settings, plan, validate};

fn record(s: &Settings) -> String {
    let context = Context {
        date: "2026-12-05",
        link: None,
        preflight: &[],
        verification: &[],
        acceptance: None,
    };
    change_record(s, &plan(s), &[], &context)
}

/// GCC High with server-to-server authentication and nothing confirmed yet.
fn gcc_high() -> Settings {
    let mut s = support::full(Cloud::GccHigh);
    for value in Confirmable::ALL {
        value.set_confirmed(&mut s, false, "");
    }
    s
}

#[test]
fn an_own_metadata_url_is_an_honest_way_to_the_scripts() {
    let mut s = gcc_high();
    let gated = |s: &Settings| {
        validate(s)
            .errors()
            .filter(|i| i.code == Code::ConfirmationRequired)
            .map(|i| i.field)
            .collect::<Vec<Field>>()
    };
    assert!(gated(&s).contains(&Field::OAuthMetadataConfirmed));
    s.oauth.metadata_url_prefix = Some("https://login.microsoftonline.us/".into());
    assert!(!gated(&s).contains(&Field::OAuthMetadataConfirmed));
    let on_premises = change::on_premises(&s).text();
    assert!(on_premises.contains(
        "https://login.microsoftonline.us/6babcaad-604b-40ac-a9d7-9fd97c0b779f/metadata/json/1"
    ));
    assert!(record(&s).contains("- MetadataUrl: "));
    // A prefix without its slash would glue the tenant id to the host.
    s.oauth.metadata_url_prefix = Some("https://login.microsoftonline.us".into());
    assert!(
        validate(&s)
            .for_field(Field::OAuthMetadataUrlPrefix)
            .any(|i| i.code == Code::InvalidUrl)
    );
}

#[test]
fn a_confirmation_is_recorded_as_the_admins_everywhere() {
    let mut s = gcc_high();
    for value in Confirmable::ALL {
        value.set_confirmed(&mut s, true, "2026-12-05");
        assert!(matches!(
            value.standing(&s),
            Standing::Confirmed {
                on: "2026-12-05",
                ..
            }
        ));
    }
    assert!(!validate(&s).has_errors());
    assert_eq!(
        validate(&s).warnings().count(),
        0,
        "no warning after the tick"
    );
    let on_premises = change::on_premises(&s).text();
    let header = &on_premises[..on_premises.find("#>").unwrap()];
    assert!(
        header.contains("(confirmed by the admin on 2026-12-05)"),
        "{header}"
    );
    assert!(!header.contains("UNCONFIRMED"));
    let md = checklist(&s, &plan(&s));
    assert!(md.contains("confirmed by the admin on 2026-12-05"));
    let record = record(&s);
    assert!(
        record.contains("- ProxyFqdn: confirmed by the admin on 2026-12-05"),
        "{record}"
    );
    assert!(!record.contains("confirm before running"));
    // A confirmation holds for the value it was given for: another cloud asks again.
    s.cloud = Cloud::Dod;
    assert!(matches!(
        Confirmable::ProxyFqdn.standing(&s),
        Standing::Unconfirmed(_)
    ));
}

#[test]
fn a_link_never_carries_the_senders_confirmation_as_the_openers() {
    let mut sender = gcc_high();
    for value in Confirmable::ALL {
        value.set_confirmed(&mut sender, true, "2026-12-01");
    }
    let link = share::to_fragment(&sender, &LinkOptions::default());
    // A colleague opens it: every confirmation waits for them, and the notices say who gave it.
    let (mut opened, _) = share::from_fragment(&link);
    share::withhold_confirmations(&mut opened, None);
    assert!(
        Confirmable::ALL
            .iter()
            .all(|v| matches!(v.standing(&opened.settings), Standing::Unconfirmed(_)))
    );
    let senders: Vec<&str> = opened
        .problems
        .iter()
        .filter(|p| {
            p.message
                .contains("confirmed by whoever sent these settings")
        })
        .map(|p| p.key.as_str())
        .collect();
    assert_eq!(
        senders,
        [
            "hosting_provider.proxy_fqdn_confirmed",
            "hosting_provider.autodiscover_url_confirmed",
            "oauth.metadata_url_confirmed"
        ]
    );
    assert!(validate(&opened.settings).has_errors());
    // The sender reloading their own link keeps what they confirmed here, with its day.
    let (mut reloaded, _) = share::from_fragment(&link);
    share::withhold_confirmations(&mut reloaded, Some(&sender));
    assert_eq!(reloaded.settings, sender);
    assert!(reloaded.problems.is_empty(), "{:?}", reloaded.problems);
    // Everything else in the link arrives whole.
    let mut expected = sender.clone();
    for value in Confirmable::ALL {
        value.set_confirmed(&mut expected, false, "");
    }
    assert_eq!(opened.settings, expected);
}
