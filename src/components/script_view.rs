//! A script highlighted from the model's tokens; a long one shows its first lines until asked.

use hybrid_model::powershell::{Script, TokenKind};
use leptos::either::Either;
use leptos::prelude::*;

use crate::text as t;

/// Lines shown before "Show all": a few screens. Thousands of pilot users make a script of tens of
/// thousands of lines, and building their nodes on every keystroke is what an admin would wait for.
const FIRST_LINES: usize = 400;

/// Tokens as nodes: plain text stays a bare text node (half the tokens of a script, and half the
/// DOM nodes to build on first paint); everything else is a span with its colour class.
fn nodes(tokens: &[hybrid_model::powershell::Token]) -> impl IntoView + use<> {
    tokens
        .iter()
        .map(|t| match t.kind {
            TokenKind::Plain => Either::Right(t.text.clone()),
            kind => Either::Left(view! { <span class=kind.css_class()>{t.text.clone()}</span> }),
        })
        .collect_view()
}

/// How many tokens the help block at the top takes (`#Requires`, then `<# … #>`), if there is one.
fn help_len(tokens: &[hybrid_model::powershell::Token]) -> usize {
    let mut seen_open = false;
    for (i, t) in tokens.iter().enumerate() {
        if t.text.contains("<#") {
            seen_open = true;
        }
        if seen_open && t.text.contains("#>") {
            // Through the end of that line.
            return tokens[i..]
                .iter()
                .position(|t| t.text.contains('\n'))
                .map_or(tokens.len(), |n| i + n + 1);
        }
    }
    0
}

/// Where a script's help block ends and how long each part is.
#[derive(Clone, Copy, PartialEq)]
struct Parts {
    help_tokens: usize,
    help_lines: usize,
    body_lines: usize,
}

/// A read-only code block whose spans come straight from the renderer's tokens. The help block at
/// the top is folded (one click away), so the first command shows without scrolling; long lines
/// wrap on request.
#[component]
pub fn ScriptView(#[prop(into)] script: Signal<Script>, label: &'static str) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let wrap = RwSignal::new(false);
    // One pass over the tokens per script: where the help block ends and how many lines each part has.
    let parts = Memo::new(move |_| {
        script.with(|s| {
            let tokens = s.tokens();
            let help = help_len(tokens);
            let lines = |ts: &[hybrid_model::powershell::Token]| {
                ts.iter()
                    .map(|t| t.text.matches('\n').count())
                    .sum::<usize>()
            };
            Parts {
                help_tokens: help,
                help_lines: lines(&tokens[..help]),
                body_lines: lines(&tokens[help..]),
            }
        })
    });
    let folded = RwSignal::new(true);
    // Folded, not removed: the text stays in the block (Copy, find in page and selection all see it).
    let help = move || {
        let n = parts.with(|p| p.help_tokens);
        script.with(|s| {
            view! { <span class="script-help-block" class:folded=move || folded.get()>{nodes(&s.tokens()[..n])}</span> }
        })
    };
    let body = move || {
        let limit = if expanded.get() {
            usize::MAX
        } else {
            FIRST_LINES
        };
        let help = parts.with(|p| p.help_tokens);
        script.with(|s| {
            let rest = &s.tokens()[help..];
            let mut lines = 0;
            let shown = rest
                .iter()
                .take_while(|t| {
                    let keep = lines < limit;
                    lines += t.text.matches('\n').count();
                    keep
                })
                .count();
            nodes(&rest[..shown])
        })
    };
    let more = move || {
        let total = parts.with(|p| p.body_lines);
        (!expanded.get() && total > FIRST_LINES).then(|| {
            view! {
                <p class="show-more">
                    <button type="button" class="link-button" on:click=move |_| expanded.set(true)>
                        {t::show_all_lines(total)}
                    </button>
                    " " {t::SHOW_ALL_NOTE.text()}
                </p>
            }
        })
    };
    view! {
        <div class="script-options">
            <button type="button" class="link-button" aria-expanded=move || if folded.get() { "false" } else { "true" }
                on:click=move |_| folded.update(|f| *f = !*f)>
                {move || t::help_block(folded.get(), parts.with(|p| p.help_lines))}
            </button>
            <label class="script-option">
                <input type="checkbox" prop:checked=move || wrap.get()
                    on:change=move |ev| wrap.set(event_target_checked(&ev)) />
                " " {t::WRAP_LINES.text()}
            </label>
        </div>
        <pre class="script" class:script-wrap=move || wrap.get() tabindex="0" aria-label=label><code>{help}{body}</code></pre>
        {more}
    }
}
