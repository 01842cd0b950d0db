//! The run order as the page's backbone: a numbered strip above the outputs, each stage with its
//! file and switches, the shell it runs in and what to look for.

use hybrid_model::handover::stages::stages;
use leptos::prelude::*;

use crate::state::use_state;
use crate::text as t;

/// The numbered stages of the window for the current settings.
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
    view! {
        <details class="stage-strip" id="run-order" open>
            <summary><h2>{t::RUN_ORDER.text()}</h2></summary>
            <ol class="stages">{items}</ol>
        </details>
    }
}
