//! Shows a command highlighted from the model's tokens.

use hybrid_model::powershell::{Command, Script};
use leptos::prelude::*;

/// A read-only code block whose spans come straight from the renderer's tokens.
#[component]
pub fn ScriptView(#[prop(into)] command: Signal<Command>) -> impl IntoView {
    let tokens = move || {
        let mut script = Script::default();
        command.with(|c| c.render(&mut script));
        script
            .tokens()
            .iter()
            .map(|t| view! { <span class=format!("tok-{}", t.kind.as_str())>{t.text.clone()}</span> })
            .collect_view()
    };
    view! { <pre class="script"><code>{tokens}</code></pre> }
}
