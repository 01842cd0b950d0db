//! A script highlighted from the model's tokens.

use hybrid_model::powershell::{Script, TokenKind};
use leptos::either::Either;
use leptos::prelude::*;

/// The class that colours a token; plain text needs none, so it stays a bare text node (half the
/// tokens of a script, and half the DOM nodes to build on first paint).
fn class_of(kind: TokenKind) -> Option<&'static str> {
    Some(match kind {
        TokenKind::Comment => "tok-comment",
        TokenKind::Keyword => "tok-keyword",
        TokenKind::Cmdlet => "tok-cmdlet",
        TokenKind::Parameter => "tok-parameter",
        TokenKind::String => "tok-string",
        TokenKind::Variable => "tok-variable",
        TokenKind::Operator => "tok-operator",
        TokenKind::Number => "tok-number",
        TokenKind::Plain => return None,
    })
}

/// A read-only code block whose spans come straight from the renderer's tokens.
#[component]
pub fn ScriptView(#[prop(into)] script: Signal<Script>, label: &'static str) -> impl IntoView {
    let tokens = move || {
        script.with(|s| {
            s.tokens()
                .iter()
                .map(|t| match class_of(t.kind) {
                    Some(class) => {
                        Either::Left(view! { <span class=class>{t.text.clone()}</span> })
                    }
                    None => Either::Right(t.text.clone()),
                })
                .collect_view()
        })
    };
    view! { <pre class="script" tabindex="0" aria-label=label><code>{tokens}</code></pre> }
}
