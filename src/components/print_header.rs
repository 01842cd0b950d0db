//! What a printed sheet says about itself: when, for which cloud, and the link to its settings —
//! so a sheet on the change board's table can be traced back, and never looks cleaner than the page.

use hybrid_model::Output;
use leptos::prelude::*;

use crate::reactive::live;
use crate::state::use_state;
use crate::text as t;

/// A line shown only on paper, written when the browser starts printing.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let state = use_state();
    // The open tab: the change record says its date and link itself, so it prints no such line.
    let (settings, link, selected) = (state.settings, state.link, state.selected);
    let line = RwSignal::new(String::new());
    let before = window_event_listener_untyped("beforeprint", move |_| {
        let now = String::from(js_sys::Date::new_0().to_iso_string());
        let date = now.get(..10).unwrap_or_default().to_owned();
        let cloud = settings.with_untracked(|s| s.cloud.display_name());
        line.set(t::print_header(&date, cloud, &link.to_share()));
    });
    on_cleanup(move || before.remove());
    let own_header = move || selected.get() == Output::ChangeRecord;
    view! { <p class="print-only print-header" class:print-off=live(own_header)>{live(move || line.get())}</p> }
}
