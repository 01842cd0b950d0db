//! A cloud value under its field: where it comes from, the admin's confirmation where Microsoft
//! does not document it for the cloud, or the way back to it once the admin typed their own. How
//! a value stands is the model's (`hybrid_model::confirmation`), so the page, the scripts and the
//! documents say the same.

use hybrid_model::procedure::confirmation::{Confirmable, Standing};
use hybrid_model::procedure::vocabulary::FieldValue;
use hybrid_model::{Provenance, Settings};
use leptos::prelude::*;

use crate::components::field::Checkbox;
use crate::reactive::{handler, memo, when};
use crate::state::use_state;
use crate::text as t;

/// The provenance of a confirmable value and, while it needs one, the admin's tick.
#[component]
pub fn CloudValue(value: Confirmable) -> impl IntoView {
    let settings = use_state().settings;
    // Rebuilt only when how the value stands changes, not on every keystroke.
    let standing = memo(move || settings.with(|s| CloudNote::of(value, s)));
    let needs_tick = move || {
        settings.with(|s| {
            matches!(
                value.standing(s),
                Standing::Unconfirmed(_) | Standing::Confirmed { .. }
            )
        })
    };
    view! {
        {move || match standing.get() {
            CloudNote::Typed(sourced) => view! {
                <p class="provenance">
                    {t::OVERRIDDEN.text()} " "
                    <button type="button" class="link-button" on:click=handler(move |_| settings.update(|s| {
                        let _ = value.value_field().set(s, FieldValue::Null);
                    }))>
                        {format!("{} ({})", t::USE_CLOUD_VALUE.text(), sourced.value)}
                    </button>
                </p>
            }.into_any(),
            CloudNote::Cloud { sourced, confirmed } => view! {
                <p class="provenance">
                    <span class=badge_class(sourced.provenance, confirmed.is_some())>
                        {badge_label(sourced.provenance, confirmed.is_some())}
                    </span>
                    " " <code>{sourced.value}</code>
                    {format!(" — {}", sourced.note)}
                    {confirmed.map(|words| format!(" {words}."))}
                </p>
            }.into_any(),
        }}
        {when(needs_tick, move || view! {
            <Checkbox field=value.confirmed_field() get=confirmed_of(value) set=confirm_of(value) />
        }.into_any())}
    }
}

/// What the note shows, as a value the view can compare (rebuilt only when it differs).
#[derive(Clone, PartialEq)]
enum CloudNote {
    Typed(hybrid_model::procedure::cloud::Sourced),
    Cloud {
        sourced: hybrid_model::procedure::cloud::Sourced,
        /// "confirmed by the admin on …", once given.
        confirmed: Option<String>,
    },
}

impl CloudNote {
    fn of(value: Confirmable, settings: &Settings) -> CloudNote {
        let standing = value.standing(settings);
        match standing {
            Standing::Typed => CloudNote::Typed(value.cloud_value(settings)),
            Standing::Documented(sourced) | Standing::Unconfirmed(sourced) => CloudNote::Cloud {
                sourced,
                confirmed: None,
            },
            Standing::Confirmed { sourced, .. } => CloudNote::Cloud {
                sourced,
                confirmed: standing.confirmed_words(),
            },
        }
    }
}

fn badge_class(provenance: Provenance, confirmed: bool) -> &'static str {
    match (provenance, confirmed) {
        (_, true) => "badge badge-confirmed",
        (Provenance::Documented, _) => "badge badge-documented",
        (Provenance::Inferred, _) => "badge badge-inferred",
        (Provenance::Unconfirmed, _) => "badge badge-unconfirmed",
    }
}

fn badge_label(provenance: Provenance, confirmed: bool) -> &'static str {
    match (provenance, confirmed) {
        (_, true) => t::BADGE_CONFIRMED.text(),
        (Provenance::Documented, _) => t::BADGE_DOCUMENTED.text(),
        (Provenance::Inferred, _) => t::BADGE_INFERRED.text(),
        (Provenance::Unconfirmed, _) => t::BADGE_UNCONFIRMED.text(),
    }
}

/// Whether the tick is on: the admin confirmed the cloud's current value.
fn confirmed_of(value: Confirmable) -> fn(&Settings) -> bool {
    match value {
        Confirmable::ProxyFqdn => |s| is_confirmed(Confirmable::ProxyFqdn, s),
        Confirmable::AutodiscoverUrl => |s| is_confirmed(Confirmable::AutodiscoverUrl, s),
        Confirmable::MetadataUrl => |s| is_confirmed(Confirmable::MetadataUrl, s),
    }
}

fn is_confirmed(value: Confirmable, s: &Settings) -> bool {
    matches!(value.standing(s), Standing::Confirmed { .. })
}

/// Ticking records the value and today's date; unticking withdraws both.
fn confirm_of(value: Confirmable) -> fn(&mut Settings, bool) {
    match value {
        Confirmable::ProxyFqdn => |s, on| Confirmable::ProxyFqdn.set_confirmed(s, on, &today()),
        Confirmable::AutodiscoverUrl => {
            |s, on| Confirmable::AutodiscoverUrl.set_confirmed(s, on, &today())
        }
        Confirmable::MetadataUrl => |s, on| Confirmable::MetadataUrl.set_confirmed(s, on, &today()),
    }
}

/// Today as YYYY-MM-DD, from the page's clock (which tests control).
fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}
