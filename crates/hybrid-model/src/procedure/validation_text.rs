//! Validation messages: what is wrong and how to fix it.

pub use crate::i18n::keys::validation::*;

use crate::input::syntax::Flaw;
use crate::procedure::cloud::{Cloud, Provenance, Sourced};

/// The key a flaw selects its sentence by in `locales/*.ftl`.
fn flaw_key(flaw: Flaw) -> &'static str {
    match flaw {
        Flaw::Empty => "empty",
        Flaw::Whitespace => "whitespace",
        Flaw::ControlCharacter => "control",
        Flaw::Invisible => "invisible",
        Flaw::HasScheme => "scheme",
        Flaw::NonAscii => "non-ascii",
        Flaw::TooLong => "too-long",
        Flaw::LabelTooLong => "label-too-long",
        Flaw::EmptyLabel => "empty-label",
        Flaw::BadCharacter => "bad-character",
        Flaw::HyphenAtLabelEdge => "hyphen",
        Flaw::SingleLabel => "single-label",
        Flaw::AllNumeric => "numeric",
        Flaw::NotHttps => "not-https",
        Flaw::BadHost => "bad-host",
        _ => "other",
    }
}

/// A list entry as a message shows it: at most 80 characters, safe to show.
fn shown(value: &str) -> String {
    crate::input::display::display_text(&value.chars().take(80).collect::<String>())
}

/// Why an FQDN is rejected, phrased for the named field.
pub fn fqdn_flaw(subject: &str, flaw: Flaw) -> String {
    FqdnProblem {
        flaw: flaw_key(flaw),
        subject,
    }
    .text()
}

/// Why an https URL is rejected.
pub fn url_flaw(subject: &str, flaw: Flaw) -> String {
    UrlProblem {
        flaw: flaw_key(flaw),
        subject,
    }
    .text()
}

/// Why a UPN is rejected.
pub fn upn_flaw(subject: &str, flaw: Flaw) -> String {
    UpnProblem {
        flaw: flaw_key(flaw),
        subject,
    }
    .text()
}

/// Why a provider identity is rejected.
pub fn identity_flaw(flaw: Flaw) -> String {
    identity_problem(flaw_key(flaw))
}

/// Why the certificate path is rejected (its absence has its own message).
pub fn path_flaw(flaw: Flaw) -> String {
    path_problem(flaw_key(flaw))
}

/// More pilot users than a script carries inline.
pub fn too_many_pilots(count: usize, max: usize) -> String {
    TooManyPilots { count, max }.text()
}

/// More SIP domains than the builder takes.
pub fn too_many_sip_domains(count: usize, max: usize) -> String {
    TooManySipDomains { count, max }.text()
}

/// More web services FQDNs than the builder takes.
pub fn too_many_web_services(count: usize, max: usize) -> String {
    TooManyWebServices { count, max }.text()
}

/// Why a tenant ID is rejected.
pub fn guid_flaw(flaw: Flaw) -> String {
    guid_problem(flaw_key(flaw))
}

/// Names one SIP domain in a message.
pub fn sip_domain_subject(value: &str) -> String {
    subject_sip_domain(shown(value))
}

/// Names one web services FQDN in a message.
pub fn web_services_subject(value: &str) -> String {
    subject_web_services(shown(value))
}

/// Names one pilot user in a message.
pub fn pilot_subject(value: &str) -> String {
    subject_pilot(shown(value))
}

/// A list holds the same entry twice; `subject` names the entry.
pub fn duplicate(subject: &str) -> String {
    duplicate_entry(subject)
}

/// A `*.onmicrosoft.com` domain was listed as a SIP domain.
pub fn onmicrosoft_domain(domain: &str) -> String {
    onmicrosoft(shown(domain))
}

/// A pilot user's domain is none of the SIP domains.
pub fn pilot_outside_domains(user: &str) -> String {
    pilot_outside(shown(user))
}

/// A value matches another cloud's endpoint; `what` is the parameter's name.
pub fn belongs_to_other_cloud(what: &str, owner: Cloud, chosen: Cloud, expected: &str) -> String {
    OtherCloud {
        what,
        owner: owner.display_name(),
        chosen: chosen.display_name(),
        expected,
    }
    .text()
}

/// A value matches no known cloud endpoint; `what` is the parameter's name.
pub fn unknown_endpoint(what: &str, chosen: Cloud, expected: &str) -> String {
    NotAnEndpoint {
        what,
        chosen: chosen.display_name(),
        expected,
    }
    .text()
}

/// The badge text for a value's provenance.
pub fn provenance_label(provenance: Provenance) -> &'static str {
    match provenance {
        Provenance::Documented => PROVENANCE_DOCUMENTED,
        Provenance::Inferred => PROVENANCE_INFERRED,
        Provenance::Unconfirmed => PROVENANCE_UNCONFIRMED,
    }
    .text()
}

/// The label as a flag in script comments and checklist lines, where it must stand out.
pub fn provenance_flag(provenance: Provenance) -> &'static str {
    match provenance {
        Provenance::Documented => "DOCUMENTED",
        Provenance::Inferred => "INFERRED",
        Provenance::Unconfirmed => "UNCONFIRMED",
    }
}

/// Why an undocumented cloud value blocks the scripts until the admin confirms it.
pub fn confirmation_required(value: Sourced) -> String {
    ConfirmValue {
        value: value.value,
        note: value.note,
    }
    .text()
}

/// Why a pilot user is rejected: each entry is a UPN or a SIP address, used as given.
pub fn pilot_flaw(user: &str, flaw: Flaw) -> String {
    let sip = user
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("sip:"));
    let form = match flaw {
        Flaw::Whitespace | Flaw::ControlCharacter | Flaw::Invisible => flaw_key(flaw),
        _ if sip => "sip",
        _ => "other",
    };
    PilotProblem {
        user: shown(user),
        form,
    }
    .text()
}
