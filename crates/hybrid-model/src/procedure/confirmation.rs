//! The cloud values an admin vouches for: where Microsoft does not document a value for the
//! cloud, the scripts use it only once the admin confirmed that exact value or typed their own.
//! One place decides how each such value stands, so validation, the scripts, the checklist, the
//! change record and the page all say the same.

use crate::procedure::cloud::{Provenance, Sourced};
use crate::procedure::field::Field;
use crate::procedure::settings::Settings;

/// A cloud value the admin may have to confirm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmable {
    ProxyFqdn,
    AutodiscoverUrl,
    /// The OAuth metadata URL prefix (server-to-server authentication).
    MetadataUrl,
}

/// How one value stands for these settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing<'a> {
    /// The admin typed their own value.
    Typed,
    /// The cloud's value, as Microsoft documents it.
    Documented(Sourced),
    /// The cloud's value, which the admin confirmed (on that day, when known).
    Confirmed { sourced: Sourced, on: &'a str },
    /// The cloud's value, not documented in this form and not confirmed: the scripts wait for it.
    Unconfirmed(Sourced),
}

impl Confirmable {
    /// Every confirmable value, in form order.
    pub const ALL: [Confirmable; 3] = [
        Confirmable::ProxyFqdn,
        Confirmable::AutodiscoverUrl,
        Confirmable::MetadataUrl,
    ];

    /// The cloud's value and where it comes from.
    pub fn cloud_value(self, settings: &Settings) -> Sourced {
        let profile = settings.cloud.profile();
        match self {
            Confirmable::ProxyFqdn => profile.proxy_fqdn,
            Confirmable::AutodiscoverUrl => profile.autodiscover_url,
            Confirmable::MetadataUrl => profile.acs_metadata_prefix,
        }
    }

    /// The field of the value itself (the admin's own value).
    pub fn value_field(self) -> Field {
        match self {
            Confirmable::ProxyFqdn => Field::ProxyFqdn,
            Confirmable::AutodiscoverUrl => Field::AutodiscoverUrl,
            Confirmable::MetadataUrl => Field::OAuthMetadataUrlPrefix,
        }
    }

    /// The field holding the value the admin confirmed.
    pub fn confirmed_field(self) -> Field {
        match self {
            Confirmable::ProxyFqdn => Field::ProxyFqdnConfirmed,
            Confirmable::AutodiscoverUrl => Field::AutodiscoverUrlConfirmed,
            Confirmable::MetadataUrl => Field::OAuthMetadataConfirmed,
        }
    }

    /// The field holding the day of the confirmation.
    pub fn confirmed_on_field(self) -> Field {
        match self {
            Confirmable::ProxyFqdn => Field::ProxyFqdnConfirmedOn,
            Confirmable::AutodiscoverUrl => Field::AutodiscoverUrlConfirmedOn,
            Confirmable::MetadataUrl => Field::OAuthMetadataConfirmedOn,
        }
    }

    fn typed(self, settings: &Settings) -> bool {
        match self {
            Confirmable::ProxyFqdn => settings.hosting_provider.proxy_fqdn.is_some(),
            Confirmable::AutodiscoverUrl => settings.hosting_provider.autodiscover_url.is_some(),
            Confirmable::MetadataUrl => settings.oauth.metadata_url_prefix.is_some(),
        }
    }

    fn confirmation(self, settings: &Settings) -> (&str, &str) {
        let (p, o) = (&settings.hosting_provider, &settings.oauth);
        match self {
            Confirmable::ProxyFqdn => (&p.proxy_fqdn_confirmed, &p.proxy_fqdn_confirmed_on),
            Confirmable::AutodiscoverUrl => (
                &p.autodiscover_url_confirmed,
                &p.autodiscover_url_confirmed_on,
            ),
            Confirmable::MetadataUrl => (&o.metadata_url_confirmed, &o.metadata_url_confirmed_on),
        }
    }

    /// How the value stands: typed, documented, confirmed by the admin, or waiting for them.
    /// A confirmation holds only for the value it was given for.
    pub fn standing(self, settings: &Settings) -> Standing<'_> {
        if self.typed(settings) {
            return Standing::Typed;
        }
        let sourced = self.cloud_value(settings);
        let (confirmed, on) = self.confirmation(settings);
        if sourced.provenance == Provenance::Documented {
            Standing::Documented(sourced)
        } else if confirmed == sourced.value {
            Standing::Confirmed { sourced, on }
        } else {
            Standing::Unconfirmed(sourced)
        }
    }

    /// Confirms the cloud's value as of `on` (YYYY-MM-DD), or withdraws the confirmation.
    pub fn set_confirmed(self, settings: &mut Settings, confirmed: bool, on: &str) {
        if confirmed {
            let value = self.cloud_value(settings).value.to_owned();
            self.set_confirmation(settings, value, on.to_owned());
        } else {
            self.set_confirmation(settings, String::new(), String::new());
        }
    }

    fn set_confirmation(self, settings: &mut Settings, value: String, on: String) {
        let (p, o) = (&mut settings.hosting_provider, &mut settings.oauth);
        let (v, d) = match self {
            Confirmable::ProxyFqdn => (&mut p.proxy_fqdn_confirmed, &mut p.proxy_fqdn_confirmed_on),
            Confirmable::AutodiscoverUrl => (
                &mut p.autodiscover_url_confirmed,
                &mut p.autodiscover_url_confirmed_on,
            ),
            Confirmable::MetadataUrl => (
                &mut o.metadata_url_confirmed,
                &mut o.metadata_url_confirmed_on,
            ),
        };
        *v = value;
        *d = on;
    }
}

/// Takes away confirmations that came with settings from outside this browser (a share link,
/// an imported file): the opener confirms for themselves. A confirmation the opener already gave
/// here for the same value (`own`, what this browser saved) is kept, so a reload of one's own link
/// loses nothing. Returns the values the sender had confirmed, so the page can say so.
pub fn withhold_foreign(settings: &mut Settings, own: Option<&Settings>) -> Vec<Confirmable> {
    let mut withheld = Vec::new();
    for value in Confirmable::ALL {
        let (confirmed, _) = value.confirmation(settings);
        if confirmed.is_empty() {
            continue;
        }
        let mine = own.filter(|own| value.confirmation(own).0 == confirmed);
        match mine {
            Some(own) => {
                let on = value.confirmation(own).1.to_owned();
                let confirmed = confirmed.to_owned();
                value.set_confirmation(settings, confirmed, on);
            }
            None => {
                value.set_confirmation(settings, String::new(), String::new());
                withheld.push(value);
            }
        }
    }
    withheld
}

impl Standing<'_> {
    /// "confirmed by the admin on …" in the active language, when the admin confirmed the value.
    pub fn confirmed_words(&self) -> Option<String> {
        match self {
            Standing::Confirmed { on, .. } if !on.is_empty() => {
                Some(crate::i18n::keys::summary::confirmed_on(*on))
            }
            Standing::Confirmed { .. } => Some(crate::i18n::keys::summary::CONFIRMED.to_string()),
            _ => None,
        }
    }

    /// What follows the value in a settings summary: nothing for a typed or documented value,
    /// the provenance flag while unconfirmed, the admin's confirmation once given.
    pub fn flag(&self) -> String {
        match self {
            Standing::Typed | Standing::Documented(_) => String::new(),
            Standing::Unconfirmed(sourced) => {
                format!(
                    " ({})",
                    crate::procedure::validation_text::provenance_flag(sourced.provenance)
                )
            }
            Standing::Confirmed { .. } => {
                format!(" ({})", self.confirmed_words().unwrap_or_default())
            }
        }
    }

    /// The line a change record or script comment gives the value, with its source; `None`
    /// for a value the admin typed.
    pub fn explained(&self) -> Option<String> {
        match self {
            Standing::Typed => None,
            Standing::Documented(s) | Standing::Unconfirmed(s) => Some(format!(
                "{}: {} - {}",
                crate::procedure::validation_text::provenance_flag(s.provenance),
                s.value,
                s.note
            )),
            Standing::Confirmed { sourced, .. } => Some(format!(
                "{}: {} ({}: {})",
                self.confirmed_words().unwrap_or_default(),
                sourced.value,
                crate::procedure::validation_text::provenance_label(sourced.provenance),
                sourced.note
            )),
        }
    }
}
