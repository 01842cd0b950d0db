//! The read-only scripts of a change window — the pre-flight before it, the verification after —
//! to download, and the reports they wrote read back: findings, and for the pre-flight what will
//! change and values to apply. Reports stay in this tab's memory.

use hybrid_model::Settings;
use hybrid_model::procedure::naming::script_bytes;
use hybrid_model::report::{
    self, Acceptance, Action, Kept, ReportKind, ReportPart, ScriptReport, Status,
};
use hybrid_model::scripts::{preflight, verify};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::persistence;
use crate::reactive::{fold_in, handler, live, memo, on_toggle, when};
use crate::state::use_state;
use crate::text as t;

/// Reads dropped or picked files as reports and keeps each as the model does for the CLI too
/// ([`report::keep`]): the same report twice counts once, a later report of a part replaces the
/// earlier one, and the notice says which.
fn take_files(
    kind: ReportKind,
    files: web_sys::FileList,
    settings: RwSignal<Settings>,
    reports: RwSignal<Vec<ScriptReport>>,
    notes: RwSignal<Vec<String>>,
) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        let mut said = Vec::new();
        let now = (js_sys::Date::now() / 1000.0) as i64;
        for file in files {
            let name = file.name();
            let text = match persistence::read_file(file).await {
                Ok(text) => text,
                Err(unread) => {
                    said.push(unread);
                    continue;
                }
            };
            let read = settings.with_untracked(|s| report::read(&text, kind, s, now));
            match read {
                Ok(read) => {
                    let note = reports
                        .try_update(|list| report::keep(list, read))
                        .and_then(Kept::note);
                    said.push(t::preflight_loaded(&name, note));
                }
                Err(refusal) => said.push(t::preflight_refused(&name, &refusal.message())),
            }
        }
        notes.set(said);
    });
}

/// A pre-flight or verification section: its scripts, its reports and what they say.
#[component]
pub fn ReportPanel(kind: ReportKind) -> impl IntoView {
    let state = use_state();
    // The page's folded parts: the panel's content is built when it is first open.
    let (settings, folds) = (state.settings, state.folds);
    // The FAILs the admin accepted and when are the pre-flight's only.
    let (reports, accepted) = match kind {
        ReportKind::Preflight => (state.preflight, Some(state.accepted)),
        ReportKind::Verification => (state.verification, None),
    };
    let words = t::report_words(kind);
    let notes = RwSignal::new(Vec::<String>::new());
    let download = move |part: ReportPart| {
        let (name, text) = settings.with(|s| match (kind, part) {
            (ReportKind::Preflight, ReportPart::OnPremises) => (
                preflight::ON_PREMISES_FILE.to_owned(),
                preflight::on_premises(s).text(),
            ),
            (ReportKind::Preflight, ReportPart::Online) => (
                preflight::ONLINE_FILE.to_owned(),
                preflight::online(s).text(),
            ),
            (ReportKind::Verification, ReportPart::OnPremises) => {
                (verify::script_file(part), verify::on_premises(s).text())
            }
            (ReportKind::Verification, ReportPart::Online) => {
                (verify::script_file(part), verify::online(s).text())
            }
        });
        let name = settings.with(|s| hybrid_model::procedure::naming::file_name(&name, s));
        browser::download(&name, "text/plain;charset=utf-8", &script_bytes(&text));
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(files) = input.files() {
            take_files(kind, files, settings, reports, notes);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            take_files(kind, files, settings, reports, notes);
        }
    };
    let findings = memo(move || reports.with(|r| report::findings(r)));
    let preflight = kind == ReportKind::Preflight;
    let changes = memo(move || {
        if !preflight {
            return Vec::new();
        }
        reports.with(|r| settings.with(|s| report::changes(s, r)))
    });
    let suggestions = memo(move || {
        if !preflight {
            return Vec::new();
        }
        reports.with(|r| settings.with(|s| report::suggestions(s, r)))
    });
    let id = move |name: &str| format!("{}-{name}", words.id);
    // Open, and built, while it has something to show; otherwise folded until the admin opens it
    // (and open again after a change of language if the admin left it open).
    let has_content = move || reports.with(|r| !r.is_empty()) || notes.with(|n| !n.is_empty());
    let fails = move || findings.with(|f| f.iter().filter(|f| f.status == Status::Fail).count());
    // What each applied suggestion replaced, for its Undo: (field, value before, label).
    let applied = RwSignal::new(Vec::<(
        hybrid_model::Field,
        hybrid_model::procedure::vocabulary::FieldValue,
        &'static str,
    )>::new());
    let apply_one = move |suggestion: report::Suggestion| {
        let label = suggestion.label();
        settings.update(|s| {
            let before = suggestion.field.get(s);
            if suggestion.field.set(s, suggestion.value).is_ok() {
                applied.update(|a| {
                    a.retain(|(f, _, _)| *f != suggestion.field);
                    a.push((suggestion.field, before, label));
                });
            }
        });
    };
    let apply = move |_| {
        for suggestion in suggestions.get_untracked() {
            apply_one(suggestion);
        }
        notes.set(vec![t::PREFLIGHT_APPLIED.text().to_owned()]);
    };
    let undo = move |field: hybrid_model::Field| {
        let Some((_, before, _)) =
            applied.with_untracked(|a| a.iter().find(|(f, _, _)| *f == field).cloned())
        else {
            return;
        };
        settings.update(|s| {
            let _ = field.set(s, before);
        });
        applied.update(|a| a.retain(|(f, _, _)| *f != field));
    };
    // Each report read: its part, when its script wrote it, and whether it still describes the
    // settings.
    let report_items = move || {
        reports.with(|list| {
            list.iter()
                .map(|r| {
                    let part = match r.part {
                        ReportPart::OnPremises => t::PREFLIGHT_ON_PREM_PART.text(),
                        ReportPart::Online => t::PREFLIGHT_ONLINE_PART.text(),
                    };
                    let iso = String::from(
                        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(r.created_unix as f64 * 1000.0))
                            .to_iso_string(),
                    );
                    let time = format!(
                        "{} {} UTC",
                        iso.get(..10).unwrap_or_default(),
                        iso.get(11..16).unwrap_or_default()
                    );
                    let stale = settings
                        .with(|s| report::stale(r, s))
                        .map(|why| view! { <span class="report-stale">" " {why}</span> });
                    view! {
                        <li class="report-read">{t::PreflightWritten { part, time: time.as_str() }.text()}{stale}</li>
                    }
                })
                .collect_view()
        })
    };
    let plan_titles =
        move |step| settings.with(|s| hybrid_model::plan(s).step(step).map_or("", |s| s.title));

    let finding_items = move || {
        findings.get().into_iter().map(|f| {
            let (class, label) = match f.status {
                Status::Fail => ("finding finding-fail", "FAIL"),
                Status::Warn => ("finding finding-warn", "WARN"),
                Status::Pass => ("finding finding-pass", "PASS"),
            };
            let part = match f.part {
                ReportPart::OnPremises => t::PREFLIGHT_ON_PREM_PART.text(),
                ReportPart::Online => t::PREFLIGHT_ONLINE_PART.text(),
            };
            let step = f.step.map(plan_titles).unwrap_or_default();
            let todo = (f.status != Status::Pass && !f.todo.is_empty()).then(|| {
                // The script's own words, when the to-do above says them in the page's language.
                let console = f.console_todo().map(|c| view! { " " <code class="finding-console">{c.to_owned()}</code> });
                view! { <span class="finding-todo">" " {t::PREFLIGHT_TODO.text()} " " {f.todo.clone()} {console}</span> }
            });
            view! {
                <li class=class>
                    <span class="finding-status">{label}</span> " "
                    <strong>{f.title}</strong> {format!(" ({part}{}{step}): ", if step.is_empty() { "" } else { " — " })}
                    <span class="finding-found">{f.found.clone()}</span>
                    {todo}
                </li>
            }
        }).collect_view()
    };
    // One table, a group per step: the step is named once, and each row says what happens.
    let change_rows = move || {
        let changes = changes.get();
        report::by_step(&changes)
            .into_iter()
            .map(|(step, rows)| {
                let rows = rows
                    .into_iter()
                    .map(|c| {
                        let class = match c.action {
                            Action::Keep => "change-none",
                            Action::Remove | Action::Stop => "change-remove",
                            Action::Create => "change-create",
                            Action::Set => "change-set",
                        };
                        let found = c.current.clone().map_or_else(
                            || view! { <em>{t::PREFLIGHT_NOT_THERE.text()}</em> }.into_any(),
                            |v| view! { <code>{v}</code> }.into_any(),
                        );
                        let after = (!c.new.is_empty()).then(|| view! { <code>{c.new.clone()}</code> });
                        view! {
                            <tr class=class>
                                <td class="change-action">{c.action.label()}</td>
                                <td>{c.setting.clone()}</td>
                                <td>{found}</td>
                                <td>{after}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <tbody>
                        <tr class="change-step"><th colspan="4" scope="colgroup">{plan_titles(step)}</th></tr>
                        {rows}
                    </tbody>
                }
            })
            .collect_view()
    };
    let suggestion_items = move || {
        suggestions
            .get()
            .into_iter()
            .map(|s| {
                let label = s.label();
                let (current, shown) = (s.current.clone(), s.shown.clone());
                view! {
                    <li class="suggestion">
                        <span class="suggestion-label">{label}</span> ": "
                        <span class="suggestion-current">{current}</span> " → "
                        <strong class="suggestion-value">{shown}</strong> " "
                        <button type="button" class="link-button" on:click=handler(move |_| apply_one(s.clone()))>
                            {t::PREFLIGHT_APPLY_ONE.text()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let applied_items = move || {
        applied
            .get()
            .into_iter()
            .map(|(field, _, label)| {
                view! {
                    <li>
                        {t::preflight_applied_one(label)} " "
                        <button type="button" class="link-button" on:click=handler(move |_| undo(field))>
                            {t::PREFLIGHT_UNDO.text()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let element = NodeRef::new();
    fold_in(folds, words.id, element, has_content, move || {
        view! {
            <p class="help">{words.why}</p>
            <div class="actions">
                <button type="button" class="button button-secondary" on:click=handler(move |_| download(ReportPart::OnPremises))>{words.download_on_prem}</button>
                <button type="button" class="button button-secondary" on:click=handler(move |_| download(ReportPart::Online))>{words.download_online}</button>
            </div>
            <div class="dropzone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=handler(on_drop)>
                <label for=id("files")>{words.load}</label> " "
                <input type="file" id=id("files") accept=".json,application/json" multiple on:change=handler(on_pick) />
                " " <span class="help">{t::PREFLIGHT_DROP.text()}</span>
            </div>
            <ul class="notices" aria-live="polite">
                {move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            {when(move || reports.with(|r| !r.is_empty()), move || view! {
                <ul class="reports-read">{report_items}</ul>
                <h3>{t::PREFLIGHT_FINDINGS.text()}</h3>
                <ul class="findings" id=id("findings")>{finding_items}</ul>
                {accepted.map(|accepted| view! {
                    {when(move || { fails() > 0 }, move || view! {
                        <div class="field field-check">
                            <input type="checkbox" id="preflight-accept"
                                prop:checked=live(move || findings.with(|f| accepted.with(|a| a.is_some() && report::unaccepted_fails(f, a.as_ref()) == 0)))
                                on:change=handler(move |ev: leptos::ev::Event| {
                                    // The FAILs as they are now, accepted today.
                                    let on = event_target_checked(&ev).then(|| {
                                        let today = String::from(js_sys::Date::new_0().to_iso_string());
                                        let day = today.get(..10).unwrap_or_default().to_owned();
                                        findings.with_untracked(|f| Acceptance::of(f, &day))
                                    });
                                    accepted.set(on);
                                }) />
                            <label for="preflight-accept">{t::PREFLIGHT_ACCEPT.text()}</label>
                        </div>
                    }.into_any())}
                })}
                {when(move || changes.with(|c| !c.is_empty()), move || view! {
                    <h3>{t::PREFLIGHT_CHANGES.text()}</h3>
                    <table class="changes" id="preflight-changes">
                        <thead><tr>
                            <th scope="col">{t::PREFLIGHT_COLUMN_ACTION.text()}</th>
                            <th scope="col">{t::PREFLIGHT_COLUMN_SETTING.text()}</th>
                            <th scope="col">{t::PREFLIGHT_COLUMN_FOUND.text()}</th>
                            <th scope="col">{t::PREFLIGHT_COLUMN_AFTER.text()}</th>
                        </tr></thead>
                        {change_rows}
                    </table>
                }.into_any())}
                {when(move || suggestions.with(|s| !s.is_empty()), move || view! {
                    <h3>{t::PREFLIGHT_SUGGEST.text()}</h3>
                    <p class="help">{t::PREFLIGHT_SUGGEST_HELP.text()}</p>
                    <ul class="suggestions" id="preflight-suggestions">{suggestion_items}</ul>
                    <button type="button" class="button" on:click=handler(apply)>{t::PREFLIGHT_APPLY.text()}</button>
                }.into_any())}
                {when(move || applied.with(|a| !a.is_empty()), move || view! {
                    <ul class="applied" id=id("applied") aria-live="polite">{applied_items}</ul>
                }.into_any())}
                <p>
                    <button type="button" class="link-button" on:click=handler(move |_| {
                        reports.set(Vec::new());
                        if let Some(accepted) = accepted {
                            accepted.set(None);
                        }
                        notes.set(Vec::new());
                    })>{t::PREFLIGHT_CLEAR.text()}</button>
                </p>
            }.into_any())}
        }
    });
    view! {
        // Folded until it has something to show: an optional part of the window, like the form's.
        <details class="preflight report-panel" id=words.id node_ref=element
            prop:open=live(move || has_content() || untrack(|| folds.is_open(words.id)))
            on:toggle=on_toggle(folds, words.id)>
            <summary><h2 id=id("title")>{words.title}</h2></summary>
        </details>
    }
}
