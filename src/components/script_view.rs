//! A script highlighted from the model's tokens.

use hybrid_model::powershell::Script;
use leptos::prelude::*;

/// A read-only code block whose spans come straight from the renderer's tokens.
#[component]
pub fn ScriptView(#[prop(into)] script: Signal<Script>, label: &'static str) -> impl IntoView {
    let tokens = move || {
        script.with(|s| {
            s.tokens()
                .iter()
                .map(|t| view! { <span class=format!("tok-{}", t.kind.as_str())>{t.text.clone()}</span> })
                .collect_view()
        })
    };
    view! { <pre class="script" tabindex="0" aria-label=label><code>{tokens}</code></pre> }
}
