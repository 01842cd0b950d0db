//! A script highlighted from the model's tokens.

use hybrid_model::powershell::{Script, TokenKind};
use leptos::either::Either;
use leptos::prelude::*;

/// A read-only code block whose spans come straight from the renderer's tokens.
#[component]
pub fn ScriptView(#[prop(into)] script: Signal<Script>, label: &'static str) -> impl IntoView {
    let tokens = move || {
        script.with(|s| {
            s.tokens()
                .iter()
                // Plain text needs no colour, so it stays a bare text node: half the tokens of a
                // script, and half the DOM nodes to build on first paint.
                .map(|t| match t.kind {
                    TokenKind::Plain => Either::Right(t.text.clone()),
                    kind => {
                        Either::Left(view! { <span class=kind.css_class()>{t.text.clone()}</span> })
                    }
                })
                .collect_view()
        })
    };
    view! { <pre class="script" tabindex="0" aria-label=label><code>{tokens}</code></pre> }
}
