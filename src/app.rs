//! The page: owns the settings signal and derives everything else from it.

use hybrid_model::Settings;
use leptos::prelude::*;

use crate::components::edge_section::EdgeSection;
use crate::components::script_view::ScriptView;
use crate::text;

/// The whole builder: form on the left, live output on the right.
#[component]
pub fn App() -> impl IntoView {
    let settings = RwSignal::new(Settings::default());
    let edge_command = Memo::new(move |_| settings.with(hybrid_model::commands::set_access_edge));

    view! {
        <header class="page-header">
            <h1>{text::APP_TITLE}</h1>
            <p class="lede">{text::APP_LEDE}</p>
        </header>
        <main class="layout">
            <form class="settings" on:submit=|ev| ev.prevent_default()>
                <EdgeSection settings=settings />
            </form>
            <section class="output" aria-label=text::OUTPUT_LABEL>
                <h2>{text::ON_PREM_SCRIPT}</h2>
                <ScriptView command=edge_command />
            </section>
        </main>
    }
}
