//! The output: tabs for the two scripts and the checklist, each with Copy and Download, plus
//! Download all. Outputs that errors make unsafe are not offered; the panel says why.

use std::time::Duration;

use hybrid_model::handover::bundle::{BUNDLE_FILE, bundle};
use hybrid_model::handover::change_record::{self, CHANGE_RECORD_FILE};
use hybrid_model::handover::checklist::{CHECKLIST_FILE, to_markdown};
use hybrid_model::powershell::Script;
use hybrid_model::procedure::naming::{self, script_bytes, text_bytes};
use hybrid_model::scripts::change::{ON_PREMISES_FILE, ONLINE_FILE};
use hybrid_model::{Output, Settings};
use leptos::prelude::*;

use crate::browser;
use crate::components::checklist_view::ChecklistView;
use crate::components::record_view::RecordView;
use crate::components::script_view::ScriptView;
use crate::reactive::{effect, handler, live, when};
use crate::state::{PageState, use_state};
use crate::text as t;

const TABS: [Output; 4] = [
    Output::OnPremises,
    Output::Online,
    Output::Checklist,
    Output::ChangeRecord,
];

fn key(output: Output) -> &'static str {
    match output {
        Output::OnPremises => "on-premises",
        Output::Online => "online",
        Output::Checklist => "checklist",
        Output::ChangeRecord => "change-record",
    }
}

/// What a download of one output is called, before the deployment and cloud are added.
fn base_name(output: Output) -> &'static str {
    match output {
        Output::OnPremises => ON_PREMISES_FILE,
        Output::Online => ONLINE_FILE,
        Output::Checklist => CHECKLIST_FILE,
        Output::ChangeRecord => CHANGE_RECORD_FILE,
    }
}

/// A download's type and bytes from the text that Copy would give: scripts as UTF-8 with a BOM,
/// the checklist as Markdown.
fn file(output: Output, text: &str) -> (&'static str, Vec<u8>) {
    match output {
        Output::OnPremises | Output::Online => ("text/plain;charset=utf-8", script_bytes(text)),
        Output::Checklist | Output::ChangeRecord => {
            ("text/markdown;charset=utf-8", text_bytes(text))
        }
    }
}

/// Why a download is off, and a link to where it is fixed (`target`, whose `focus` element takes
/// the focus): the output tabs and the waves panel say it alike.
pub(crate) fn blocked_note(
    message: String,
    target: &'static str,
    focus: &'static str,
    link: &'static str,
) -> AnyView {
    view! {
        <p class="blocked" role="note">
            {message} " "
            <a href=format!("#{target}") on:click=handler(move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                browser::focus_field(focus);
            })>{link}</a>
        </p>
    }
    .into_any()
}

/// The tabbed output panel.
#[component]
pub fn OutputPanel() -> impl IntoView {
    let PageState {
        settings,
        rendered,
        report,
        preflight_fails,
        on_prem,
        online,
        doc,
        record,
        extra_files,
        selected,
        redacted,
        ..
    } = use_state();
    // Only the visible panel is rendered, so a keystroke re-renders one output, not three; the
    // checklist is also rendered while the browser prints, whatever tab is open.
    let printing = crate::print::printing();
    // What prints is what the settings give now, even with long lists mid-typing.
    effect(move |_| {
        if printing.get() {
            rendered.catch_up();
        }
    });
    let copied = RwSignal::new(None::<Output>);
    let status = RwSignal::new(String::new());
    // A status speaks of the settings it was said for: once they change, it goes.
    let status_for = RwSignal::new(None::<Settings>);
    let say = move |text: String| {
        status_for.set(Some(settings.get_untracked()));
        status.set(text);
    };
    let shown_status = move || {
        let current = settings.with(|s| status_for.with(|f| f.as_ref() == Some(s)));
        if current { status.get() } else { String::new() }
    };

    let text_now = move |output: Output| match output {
        Output::OnPremises => on_prem.with(Script::text),
        Output::Online => online.with(Script::text),
        Output::Checklist => doc.with(to_markdown),
        Output::ChangeRecord => record.with_untracked(change_record::to_markdown),
    };
    let text_of = move |output: Output| {
        rendered.catch_up();
        text_now(output)
    };
    let blocked = move |output: Output| report.with(|r| r.blocking(output).count());
    // A pre-flight FAIL withholds the change scripts until it is fixed or accepted.
    let preflight_blocked = move |output: Output| {
        if output == Output::Checklist {
            0
        } else {
            preflight_fails.get()
        }
    };

    let copy = move |output: Output| {
        let text = text_of(output);
        leptos::task::spawn_local(async move {
            match browser::copy_text(&text).await {
                Ok(()) => {
                    copied.set(Some(output));
                    say(t::copied_status(output));
                    set_timeout(move || copied.set(None), Duration::from_secs(2));
                }
                Err(()) => say(t::COPY_FAILED.text().to_owned()),
            }
        });
    };
    let file_name =
        move |output: Output| settings.with(|s| naming::file_name(base_name(output), s));
    let download = move |output: Output| {
        let name = file_name(output);
        let (mime, bytes) = file(output, &text_of(output));
        if browser::download(&name, mime, &bytes).is_some() {
            say(t::downloaded_status(&name));
        }
    };
    let download_all = move |_| {
        let mut files: Vec<(String, Vec<u8>)> = TABS
            .iter()
            .map(|&output| {
                let (_, bytes) = file(output, &text_of(output));
                (file_name(output), bytes)
            })
            .collect();
        files.extend(extra_files.get_untracked());
        let entries: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
            .collect();
        let name = settings.with(|s| naming::file_name(BUNDLE_FILE, s));
        if let Some(zip) = bundle(&entries)
            && browser::download(&name, "application/zip", &zip).is_some()
        {
            say(t::downloaded_status(&name));
        }
    };
    // An output opened shows the settings as they are now, even with long lists mid-typing.
    let select = move |output: Output| {
        rendered.catch_up();
        selected.set(output);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let index = TABS
            .iter()
            .position(|&o| o == selected.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (index + 1) % TABS.len(),
            "ArrowLeft" => (index + TABS.len() - 1) % TABS.len(),
            "Home" => 0,
            "End" => TABS.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        select(TABS[next]);
        browser::focus_field(&format!("tab-{}", key(TABS[next])));
    };

    let tabs = TABS
        .into_iter()
        .map(|output| {
            let is_selected = move || selected.get() == output;
            view! {
                <button
                    type="button"
                    role="tab"
                    id=format!("tab-{}", key(output))
                    aria-controls=format!("panel-{}", key(output))
                    aria-selected=live(move || if is_selected() { "true" } else { "false" })
                    tabindex=live(move || if is_selected() { "0" } else { "-1" })
                    class="tab"
                    on:click=handler(move |_| select(output))
                >
                    {t::output_name(output)}
                    {live(move || (redacted.get() || blocked(output) + preflight_blocked(output) > 0).then(|| view! { <span class="tab-flag" aria-label=t::TAB_BLOCKED.text()>" !"</span> }.into_any()))}
                </button>
            }
        })
        .collect_view();

    let panels = TABS
        .into_iter()
        .map(|output| {
            let shown = move || selected.get() == output || (output == Output::Checklist && printing.get());
            let body = move || match output {
                Output::OnPremises => view! { <ScriptView script=on_prem label=t::output_name(output) /> }.into_any(),
                Output::Online => view! { <ScriptView script=online label=t::output_name(output) /> }.into_any(),
                Output::Checklist => view! { <ChecklistView /> }.into_any(),
                Output::ChangeRecord => view! { <RecordView /> }.into_any(),
            };
            let actions = move || {
                let errors = blocked(output);
                let fails = preflight_blocked(output);
                // Why Copy and Download are off, and where the admin goes to fix it.
                let blocked_by = if redacted.get() {
                    let message = t::REDACTED_BLOCKED.text().to_owned();
                    Some((message, "error-summary", "error-summary", t::SEE_ERRORS.text()))
                } else if errors == 0 && fails > 0 {
                    let message = t::preflight_blocked(fails);
                    Some((message, "preflight", "preflight-title", t::PREFLIGHT_FINDINGS.text()))
                } else if errors > 0 {
                    let message = t::blocked_message(output, errors);
                    Some((message, "error-summary", "error-summary", t::SEE_ERRORS.text()))
                } else {
                    None
                };
                if let Some((message, target, focus, link)) = blocked_by {
                    blocked_note(message, target, focus, link)
                } else {
                    view! {
                        <div class="actions">
                            <button type="button" class="button" on:click=handler(move |_| copy(output))>
                                {live(move || if copied.get() == Some(output) { t::COPIED.text() } else { t::COPY.text() })}
                            </button>
                            <button type="button" class="button" on:click=handler(move |_| download(output))>
                                {live(move || t::download_label(&file_name(output)))}
                            </button>
                        </div>
                    }
                    .into_any()
                }
            };
            view! {
                <div
                    role="tabpanel"
                    id=format!("panel-{}", key(output))
                    aria-labelledby=format!("tab-{}", key(output))
                    class=format!("tab-panel panel-{}", key(output))
                    class:print-off=live(move || output == Output::Checklist && selected.get() == Output::ChangeRecord)
                    hidden=live(move || selected.get() != output)
                >
                    // A hidden panel holds nothing: its buttons and output would only add to the page.
                    {when(shown, move || view! { {live(actions)} {body()} }.into_any())}
                </div>
            }
        })
        .collect_view();

    let all_clear =
        move || !redacted.get() && TABS.iter().all(|&o| blocked(o) + preflight_blocked(o) == 0);
    view! {
        <div class="output-head">
            <div role="tablist" aria-label=t::OUTPUT_LABEL.text() class="tabs" on:keydown=handler(on_keydown)>{tabs}</div>
            {when(all_clear, move || view! {
                <button type="button" class="button button-secondary" on:click=handler(download_all)>{t::DOWNLOAD_ALL.text()}</button>
            }.into_any())}
        </div>
        <p class="status" aria-live="polite" role="status">{live(shown_status)}</p>
        {panels}
    }
}
