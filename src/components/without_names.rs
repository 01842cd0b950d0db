//! "Copy link without names": for a ticket, a forum or Microsoft support. The first press shows
//! what the link will replace (each name and its placeholder, worked out from the settings as they
//! are now); only the second press copies, so the admin has read the list before the link leaves.

use hybrid_model::handover::redact::redact;
use leptos::prelude::*;

use crate::reactive::{handler, live, when};
use crate::state::use_state;
use crate::{browser, persistence, text as t};

/// The button beside "Copy share link" and, once pressed, the list of replacements to confirm.
#[component]
pub fn WithoutNames() -> impl IntoView {
    let state = use_state();
    let (settings, notices, link) = (state.settings, state.notices, state.link);
    let open = RwSignal::new(false);
    let copied = RwSignal::new(false);

    let show = move |_| {
        // A page opened from disk has no address to share, with names or without.
        if persistence::is_local_file() {
            notices.set(vec![t::OFFLINE_LINK.text().to_owned()]);
            return;
        }
        open.set(true);
        // The list is drawn on the next frame: focus its Copy button then, so a keyboard user
        // reads the list and confirms from where they are.
        request_animation_frame(|| browser::focus_field("redact-copy"));
    };
    let copy = move |_| {
        let url = settings.with_untracked(|s| link.to_share_without_names(&redact(s).settings));
        leptos::task::spawn_local(async move {
            if browser::copy_text(&url).await.is_ok() {
                open.set(false);
                copied.set(true);
                browser::focus_field("redact-open");
                set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
            } else {
                notices.set(vec![t::COPY_FAILED.text().to_owned()]);
            }
        });
    };
    // Worked out again while the list is open, so it always matches what Copy will give.
    let list = move || {
        let replaced = settings.with(|s| redact(s).replaced);
        let heading = if replaced.is_empty() {
            t::REDACT_NONE.text().to_owned()
        } else {
            t::redact_heading(replaced.len())
        };
        view! {
            <p class="redact-heading">{heading}</p>
            <ul class="redact-list">
                {replaced.into_iter().map(|r| view! {
                    <li><code>{r.original}</code>" → "<code>{r.placeholder}</code></li>
                }).collect_view()}
            </ul>
        }
    };

    view! {
        <button type="button" id="redact-open" class="button button-secondary" aria-expanded=live(move || if open.get() { "true" } else { "false" }) aria-controls="redact-preview" on:click=handler(show)>
            {live(move || if copied.get() { t::REDACT_COPIED.text() } else { t::COPY_LINK_WITHOUT_NAMES.text() })}
        </button>
        {when(move || open.get(), move || view! {
            <div class="redact-preview notice" id="redact-preview" role="region" aria-label=t::COPY_LINK_WITHOUT_NAMES.text()>
                {list}
                <p>{t::REDACT_KEPT.text()}</p>
                <button type="button" id="redact-copy" class="button" on:click=handler(copy)>{t::REDACT_COPY.text()}</button>
                " "
                <button type="button" class="link-button" on:click=handler(move |_| open.set(false))>{t::REDACT_CANCEL.text()}</button>
            </div>
        }.into_any())}
    }
}
