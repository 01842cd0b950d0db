//! The GOV.UK error-summary pattern: every problem listed above the output, each a link that
//! focuses its field. Warnings are listed apart and look different.

use hybrid_model::{Issue, Severity};
use leptos::prelude::*;

use crate::browser::focus_field;
use crate::reactive::{Folds, handler, live, memo, when};
use crate::state::{fold_of, use_state};
use crate::text as t;

fn links(issues: Vec<Issue>, folds: Folds) -> impl IntoView {
    issues
        .into_iter()
        .map(|issue| {
            let id = issue.field.input_id();
            let href = format!("#{id}");
            let fold = fold_of(issue.field).map(|fold| (fold, folds));
            view! {
                <li>
                    <a href=href on:click=handler(move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        match fold {
                            // A field in a folded section not yet opened is built first.
                            Some((fold, folds)) => {
                                folds.set(fold, true);
                                let id = id.clone();
                                request_animation_frame(move || focus_field(&id));
                            }
                            None => focus_field(&id),
                        }
                    })>{issue.message}</a>
                </li>
            }
        })
        .collect_view()
}

/// Errors, then warnings; nothing at all when the settings are clean.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let state = use_state();
    // The folded sections, which a link to a field inside one opens first.
    let (report, preflight_fails, folds) = (state.report, state.preflight_fails, state.folds);
    let of = move |severity: Severity| {
        report.with(|r| {
            r.issues
                .iter()
                .filter(|i| i.severity == severity)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    // On paper every warning shows: a closed list would make the sheet look cleaner than the page.
    let before = window_event_listener_untyped("beforeprint", move |_| {
        crate::browser::open_details("warning-summary");
    });
    on_cleanup(move || before.remove());
    let errors = memo(move || of(Severity::Error));
    let warnings = memo(move || of(Severity::Warning));
    view! {
        {when(move || { preflight_fails.get() > 0 }, move || view! {
            <div class="error-summary" id="preflight-summary" aria-labelledby="preflight-summary-title">
                <h2 id="preflight-summary-title">{live(move || t::preflight_fail_title(preflight_fails.get()))}</h2>
                <ul>
                    <li><a href="#preflight-findings" on:click=|ev| {
                        ev.prevent_default();
                        focus_field("preflight-title");
                    }>{t::PREFLIGHT_FINDINGS.text()}</a></li>
                </ul>
            </div>
        }.into_any())}
        {when(move || errors.with(|e| !e.is_empty()), move || view! {
            <div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">
                    {live(move || t::error_summary_title(errors.with(Vec::len)))}
                </h2>
                <ul>{live(move || links(errors.get(), folds))}</ul>
            </div>
        }.into_any())}
        {when(move || warnings.with(|w| !w.is_empty()), move || view! {
            <details class="warning-summary" id="warning-summary">
                <summary>{live(move || t::warning_summary_title(warnings.with(Vec::len)))}</summary>
                <ul>{live(move || links(warnings.get(), folds))}</ul>
            </details>
        }.into_any())}
    }
}
