//! The banner of a page opened from a link without names: the names are placeholders and the
//! scripts are not for running. It stays until no field holds a placeholder (the app's rule, see
//! `app.rs`), so it never outlives the last placeholder nor goes before it.

use leptos::prelude::*;

use crate::reactive::when;
use crate::state::use_state;
use crate::text as t;

/// Shown while the page's names are placeholders.
#[component]
pub fn RedactedBanner() -> impl IntoView {
    let redacted = use_state().redacted;
    when(
        move || redacted.get(),
        || {
            view! {
                <div class="notice redacted-banner" id="redacted-banner" role="status">
                    <p>{t::REDACTED_BANNER.text()}</p>
                </div>
            }
            .into_any()
        },
    )
}
