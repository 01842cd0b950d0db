//! The lead of the output: the window's three stages (pre-flight → change → verify), each a link
//! to where its scripts are, and under them the full run order, folded, each stage with its file
//! and switches, the shell it runs in and what to look for.

use hybrid_model::handover::stages::stages;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::focus_field;
use crate::reactive::handler;
use crate::state::use_state;
use crate::text as t;

/// Where a stage's link takes the admin: a report panel (opened, its summary focused) or the
/// change scripts' open tab.
#[derive(Clone, Copy)]
enum Target {
    /// The `<details>` report panel with this id.
    Panel(&'static str),
    /// The output's selected tab.
    Scripts,
}

/// Brings the target into view and gives it the focus, so the keyboard goes on from there.
fn go_to(target: Target) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = match target {
        Target::Panel(id) => {
            // Opens the panel (its content is built on the toggle) and scrolls to it.
            focus_field(&format!("{id}-title"));
            format!("#{id} > summary")
        }
        Target::Scripts => ".output-head [role=\"tab\"][aria-selected=\"true\"]".to_owned(),
    };
    let Some(element) = document
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if matches!(target, Target::Scripts) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
    let _ = element.focus();
}

/// The three stages as links, then the numbered run order for the current settings, folded.
#[component]
pub fn StageStrip() -> impl IntoView {
    let settings = use_state().settings;
    let items = move || {
        settings
            .with(stages)
            .into_iter()
            .map(|stage| {
                let commands = stage
                    .commands
                    .into_iter()
                    .map(|c| view! { <code class="stage-command">{c}</code> })
                    .collect_view();
                view! {
                    <li class="stage">
                        <strong class="stage-title">{stage.title}</strong>
                        {commands}
                        <span class="stage-shell">{stage.shell}</span>
                        <span class="stage-look">{format!("{} {}", t::LOOK_FOR.text(), stage.look_for)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let lead = [
        (
            "#preflight",
            t::STAGE_PREFLIGHT.text(),
            t::STAGE_PREFLIGHT_HINT.text(),
            Target::Panel("preflight"),
        ),
        (
            "#panel-on-premises",
            t::STAGE_CHANGE.text(),
            t::STAGE_CHANGE_HINT.text(),
            Target::Scripts,
        ),
        (
            "#verification",
            t::STAGE_VERIFY.text(),
            t::STAGE_VERIFY_HINT.text(),
            Target::Panel("verification"),
        ),
    ]
    .into_iter()
    .map(|(href, name, hint, target)| {
        view! {
            <li class="stage-step">
                // The fragment is the page's settings: the link moves the focus, not the address.
                <a href=href on:click=handler(move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    go_to(target);
                })>
                    <strong class="stage-name">{name}</strong>
                    <span class="stage-hint">{hint}</span>
                </a>
            </li>
        }
    })
    .collect_view();
    view! {
        <nav class="stage-strip" aria-label=t::STAGES_LABEL.text()>
            <ol class="stage-steps">{lead}</ol>
            <details class="run-order" id="run-order">
                <summary>{t::RUN_ORDER.text()}</summary>
                <ol class="stages">{items}</ol>
            </details>
        </nav>
    }
}
