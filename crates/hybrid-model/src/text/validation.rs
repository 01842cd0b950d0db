//! Validation messages: what is wrong and how to fix it.

pub use super::keys::validation::*;
use super::Msg;

use crate::cloud::{Cloud, Provenance, Sourced};
use crate::syntax::Flaw;


/// Why an FQDN is rejected, phrased for the named field.
pub fn fqdn_flaw(subject: &str, flaw: Flaw) -> String {
    let why = match flaw {
        Flaw::Empty => "is required",
        Flaw::Whitespace => "must not contain spaces",
        Flaw::ControlCharacter => "must be a single line without control characters",
        Flaw::HasScheme => {
            "must be a host name only: remove the scheme (such as https://) and any path"
        }
        Flaw::NonAscii => {
            "contains non-ASCII characters: enter an internationalised name in its punycode form (xn--…)"
        }
        Flaw::TooLong => "is longer than 255 characters",
        Flaw::LabelTooLong => "has a part longer than 63 characters",
        Flaw::EmptyLabel => "has an empty part: check for a doubled, leading or trailing dot",
        Flaw::BadCharacter => "may contain only letters, digits, hyphens and dots",
        Flaw::HyphenAtLabelEdge => "has a part that starts or ends with a hyphen",
        Flaw::SingleLabel => {
            "must be a fully qualified name with at least one dot, e.g. sip.contoso.com"
        }
        Flaw::AllNumeric => "is an IP address; enter a DNS name",
        _ => "is not a valid host name",
    };
    format!("{subject} {why}.")
}

/// Why an https URL is rejected.
pub fn url_flaw(subject: &str, flaw: Flaw) -> String {
    let why = match flaw {
        Flaw::Empty => "is required",
        Flaw::Whitespace => "must not contain spaces",
        Flaw::ControlCharacter => "must be a single line without control characters",
        Flaw::NotHttps => "must start with https://",
        Flaw::NonAscii => {
            "contains non-ASCII characters: use the punycode form of the host and percent-encode the path"
        }
        Flaw::BadHost => "has an invalid host name",
        _ => "is not a valid URL",
    };
    format!("{subject} {why}.")
}

/// Why a UPN is rejected.
pub fn upn_flaw(subject: &str, flaw: Flaw) -> String {
    match flaw {
        Flaw::Empty => format!("{subject} is required."),
        Flaw::Whitespace => format!("{subject} must not start or end with spaces."),
        Flaw::ControlCharacter => {
            format!("{subject} must be a single line without control characters.")
        }
        _ => format!(
            "{subject} must be a user principal name such as admin@contoso.com: letters, digits and ' . - _ ! # ^ ~ before the @ (no dot right before it), a valid domain after it."
        ),
    }
}

/// Why a provider identity is rejected.
pub fn identity_flaw(flaw: Flaw) -> String {
    match flaw {
        Flaw::Empty => "The identity is required, e.g. SkypeforBusinessOnline.".to_owned(),
        Flaw::TooLong => "The identity is longer than 255 characters.".to_owned(),
        Flaw::Whitespace | Flaw::ControlCharacter | Flaw::BadCharacter => {
            "The identity may contain only letters, digits, dots, hyphens and underscores."
                .to_owned()
        }
        _ => "The identity is not valid.".to_owned(),
    }
}

/// Why a tenant ID is rejected.
pub fn guid_flaw(flaw: Flaw) -> String {
    match flaw {
        Flaw::Empty => "The tenant ID is required for server-to-server authentication. Find it with (Get-CsTenant).TenantId.".to_owned(),
        _ => "The tenant ID must be a GUID such as 6babcaad-604b-40ac-a9d7-9fd97c0b779f.".to_owned(),
    }
}

/// Names one element of a list field in a message.
pub fn quoted_name(subject: &str, value: &str) -> String {
    let shown: String = value.chars().take(80).collect();
    format!("{subject} \"{shown}\"")
}

/// A list holds the same entry twice.
pub fn duplicate(kind: &str, value: &str) -> String {
    format!(
        "{} appears more than once; remove the duplicate.",
        quoted_name(&format!("The {kind}"), value)
    )
}

/// A `*.onmicrosoft.com` domain was listed as a SIP domain.
pub fn onmicrosoft_domain(domain: &str) -> String {
    format!(
        "{} is a Microsoft-managed domain: it is not a SIP domain of your topology and is excluded from Edge certificates.",
        quoted_name("The domain", domain)
    )
}

/// A pilot user's domain is none of the SIP domains.
pub fn pilot_outside_domains(user: &str) -> String {
    format!(
        "{} is in none of the SIP domains listed above.",
        quoted_name("The pilot user", user)
    )
}

/// A value matches another cloud's endpoint.
pub fn belongs_to_other_cloud(what: &str, owner: Cloud, chosen: Cloud, expected: &str) -> String {
    format!(
        "This {what} belongs to {}, but the tenant is in {}. Use {expected}, or choose the right cloud.",
        owner.display_name(),
        chosen.display_name()
    )
}

/// A value matches no known cloud endpoint.
pub fn unknown_endpoint(what: &str, chosen: Cloud, expected: &str) -> String {
    format!(
        "This {what} is not a known Microsoft endpoint; for {} the value is {expected}. Keep it only if Microsoft told you to.",
        chosen.display_name()
    )
}

/// A value the scripts use is not documented in this form.
pub fn value_not_documented(value: Sourced) -> String {
    let label = match value.provenance {
        Provenance::Documented => "Documented",
        Provenance::Inferred => "Inferred",
        Provenance::Unconfirmed => "Unconfirmed",
    };
    format!(
        "{label} value {}: {} Confirm it with Microsoft before the change window.",
        value.value, value.note
    )
}

/// The badge text for a value's provenance.
pub fn provenance_label(provenance: Provenance) -> &'static str {
    match provenance {
        Provenance::Documented => "documented",
        Provenance::Inferred => "inferred",
        Provenance::Unconfirmed => "unconfirmed",
    }
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
    format!(
        "Microsoft does not document {} for this cloud in this form. Confirm it with your Microsoft contact or your tenant's documentation, then tick \"I have confirmed this value\" — or enter your own value. The scripts that use it cannot be copied or downloaded until then.",
        value.value
    )
}

/// Why a pilot user is rejected: each entry is a UPN or a SIP address, used as given.
pub fn pilot_flaw(user: &str, flaw: Flaw) -> String {
    let sip = user
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("sip:"));
    match flaw {
        Flaw::Whitespace | Flaw::ControlCharacter => {
            upn_flaw(&quoted_name("The pilot user", user), flaw)
        }
        _ if sip => format!(
            "{} must be sip:user@domain, e.g. sip:ana@contoso.com: letters, digits and ' . - _ ! # ^ ~ before the @, a valid domain after it.",
            quoted_name("The SIP address", user)
        ),
        _ => format!(
            "{} must be a user principal name such as ana@contoso.com, or a SIP address written with its prefix, such as sip:ana@contoso.com.",
            quoted_name("The pilot user", user)
        ),
    }
}
