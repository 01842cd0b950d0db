//! The banner of a page opened from a link without names: the names are placeholders and the
//! scripts are not for running. It stays until no field holds a placeholder (the app's rule, see
//! `app.rs`), so it never outlives the last placeholder nor goes before it.

use leptos::prelude::*;

use crate::live::when;
use crate::text as t;

/// Shown while `redacted` holds.
#[component]
pub fn RedactedBanner(redacted: RwSignal<bool>) -> impl IntoView {
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
