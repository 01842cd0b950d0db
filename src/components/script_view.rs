//! A script highlighted from the model's tokens; a long one shows its first lines until asked.

use hybrid_model::powershell::{Script, TokenKind};
use leptos::either::Either;
use leptos::prelude::*;

use crate::text as t;

/// Lines shown before "Show all": a few screens. Thousands of pilot users make a script of tens of
/// thousands of lines, and building their nodes on every keystroke is what an admin would wait for.
const FIRST_LINES: usize = 400;

/// A read-only code block whose spans come straight from the renderer's tokens.
#[component]
pub fn ScriptView(#[prop(into)] script: Signal<Script>, label: &'static str) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let total_lines = Memo::new(move |_| {
        script.with(|s| {
            s.tokens()
                .iter()
                .map(|t| t.text.matches('\n').count())
                .sum::<usize>()
        })
    });
    let tokens = move || {
        let limit = if expanded.get() {
            usize::MAX
        } else {
            FIRST_LINES
        };
        script.with(|s| {
            let mut lines = 0;
            s.tokens()
                .iter()
                .take_while(|t| {
                    let shown = lines < limit;
                    lines += t.text.matches('\n').count();
                    shown
                })
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
    let more = move || {
        let total = total_lines.get();
        (!expanded.get() && total > FIRST_LINES).then(|| {
            view! {
                <p class="show-more">
                    <button type="button" class="link-button" on:click=move |_| expanded.set(true)>
                        {t::show_all_lines(total)}
                    </button>
                    " " {t::SHOW_ALL_NOTE}
                </p>
            }
        })
    };
    view! {
        <pre class="script" tabindex="0" aria-label=label><code>{tokens}</code></pre>
        {more}
    }
}
