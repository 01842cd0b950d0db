//! Share, resume and move settings: copy a link, export or import the settings file, reset with undo.

use hybrid_model::Settings;
use hybrid_model::procedure::share::{self, Decoded};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::without_names::WithoutNames;
use crate::reactive::{handler, live, when};
use crate::state::use_state;
use crate::{browser, persistence, text as t};

/// The toolbar above the form; in embed mode only the link and the export.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_state();
    let (settings, notices, link, ticks) = (state.settings, state.notices, state.link, state.ticks);
    // Whether the names are placeholders: an imported file that holds any turns it on.
    let (embedded, redacted) = (state.embedded, state.redacted);
    // The settings and ticks before the last reset or import, so either can be taken back.
    let undo = RwSignal::new(None::<(Settings, Vec<String>)>);
    let link_copied = RwSignal::new(false);

    let copy_link = move |_| {
        // A page opened from disk has no address to share: say so, and offer the settings file.
        if persistence::is_local_file() {
            notices.set(vec![t::OFFLINE_LINK.text().to_owned()]);
            return;
        }
        link.write();
        let url = link.to_share();
        leptos::task::spawn_local(async move {
            let copied = browser::copy_text(&url).await.is_ok();
            link_copied.set(copied);
            if copied {
                set_timeout(
                    move || link_copied.set(false),
                    std::time::Duration::from_secs(2),
                );
            } else {
                notices.set(vec![t::COPY_FAILED.text().to_owned()]);
            }
        });
    };
    let export = move |_| {
        let json = settings.with(share::to_json);
        let name =
            settings.with(|s| hybrid_model::procedure::naming::file_name(share::SETTINGS_FILE, s));
        browser::download(&name, "application/json", json.as_bytes());
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = match persistence::read_file(file).await {
                Ok(text) => text,
                Err(unread) => return notices.set(vec![unread]),
            };
            match share::from_file(&text).map(|mut decoded| {
                share::withhold_confirmations(&mut decoded, Some(&settings.get_untracked()));
                decoded
            }) {
                Ok(Decoded {
                    settings: read,
                    problems,
                }) => {
                    undo.set(Some((settings.get_untracked(), ticks.get_untracked())));
                    // A file written by "sfb-hybrid redact" or exported from a redacted page
                    // carries placeholders but no marker: they mark it.
                    if !hybrid_model::handover::redact::placeholders(&read).is_empty() {
                        redacted.set(true);
                        link.set_redacted(true);
                    }
                    settings.set(read);
                    let mut list = vec![t::imported(&name, problems.len())];
                    list.extend(problems.iter().map(|p| {
                        t::read_problem(t::SOURCE_FILE.text(), &p.key, &p.with_fallback())
                    }));
                    notices.set(list);
                }
                Err(problem) => {
                    // Nothing was replaced: an Undo left from an earlier action would take back that.
                    undo.set(None);
                    notices.set(vec![t::import_refused(&name, &problem.message)]);
                }
            }
        });
    };
    let reset = move |_| {
        undo.set(Some((settings.get_untracked(), ticks.get_untracked())));
        settings.set(Settings::default());
        ticks.set(Vec::new());
    };
    let undo_reset = move |_| {
        if let Some((previous, previous_ticks)) = undo.get_untracked() {
            settings.set(previous);
            ticks.set(previous_ticks);
        }
        undo.set(None);
    };

    view! {
        <div class="share-bar" role="group" aria-label=t::SHARE_LABEL.text()>
            <button type="button" class="button button-secondary" on:click=handler(copy_link)>
                {live(move || if link_copied.get() { t::LINK_COPIED.text() } else { t::COPY_LINK.text() })}
            </button>
            <WithoutNames />
            <button type="button" class="button button-secondary" on:click=handler(export)>{t::EXPORT.text()}</button>
            // Embedded or not is fixed for the page's life: nothing to follow.
            {(!embedded).then(|| view! {
                <label class="button button-secondary file-button">
                    {t::IMPORT.text()}
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=handler(import) />
                </label>
                <button type="button" class="button button-secondary" on:click=handler(reset)>{t::RESET.text()}</button>
            })}
        </div>
        {when(move || undo.with(Option::is_some), move || view! {
            <p class="notice" role="status">
                {t::REPLACED.text()} " "
                <button type="button" class="link-button" on:click=handler(undo_reset)>{t::UNDO.text()}</button>
            </p>
        }.into_any())}
        {when(move || notices.with(|n| !n.is_empty()), move || view! {
            <div class="notice" role="status">
                {move || {
                    let mut list = notices.get().into_iter();
                    let heading = list.next().unwrap_or_default();
                    view! {
                        <h2 class="notice-heading">{heading}</h2>
                        <ul>{list.map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    }
                }}
                <button type="button" class="link-button" on:click=handler(move |_| notices.set(Vec::new()))>{t::DISMISS.text()}</button>
            </div>
        }.into_any())}
    }
}
