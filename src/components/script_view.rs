//! A script highlighted from the model's tokens; a long one shows its first lines until asked.

use hybrid_model::powershell::{Script, Token};
use leptos::prelude::*;

use crate::highlight::{Painted, Piece, newlines};
use crate::reactive::{effect, handler, live, memo};
use crate::text as t;

/// Lines shown before "Show all": a few screens. Thousands of pilot users make a script of tens of
/// thousands of lines, and laying them all out on every change is what an admin would wait for.
const FIRST_LINES: usize = 400;

/// Where the help block at the top ends (`#Requires`, then `<# … #>` through the end of the line
/// that closes it): a token and a byte offset in it, `(0, 0)` without one. The end falls inside a
/// token when plain text runs on past the line, as `[CmdletBinding(` does.
fn help_end(tokens: &[Token]) -> (usize, usize) {
    let Some(open) = tokens.iter().position(|t| t.text.contains("<#")) else {
        return (0, 0);
    };
    let close = tokens.iter().enumerate().skip(open).find_map(|(i, t)| {
        let from = if i == open {
            t.text.find("<#").map_or(0, |at| at + 2)
        } else {
            0
        };
        t.text[from..].find("#>").map(|at| (i, from + at + 2))
    });
    let Some((i, after)) = close else {
        return (0, 0);
    };
    tokens
        .iter()
        .enumerate()
        .skip(i)
        .find_map(|(k, t)| {
            let from = if k == i { after } else { 0 };
            t.text[from..].find('\n').map(|at| (k, from + at + 1))
        })
        .unwrap_or((tokens.len(), 0))
}

/// The script's text by kind of token, cut at `end` into the help block and the rest; lazily, so
/// the lines of thousands of pilot users are counted without a copy and only the lines shown are
/// collected.
fn split_at(
    tokens: &[Token],
    (k, at): (usize, usize),
) -> (
    impl Iterator<Item = Piece<'_>>,
    impl Iterator<Item = Piece<'_>>,
) {
    let k = k.min(tokens.len());
    let cut = tokens.get(k).map(|t| {
        let (before, after) = t.text.split_at(at);
        ((t.kind, before), (t.kind, after))
    });
    let head = pieces(&tokens[..k]).chain(cut.map(|(before, _)| before));
    let rest = cut
        .map(|(_, after)| after)
        .into_iter()
        .chain(pieces(tokens.get(k + 1..).unwrap_or_default()));
    let filled = |(_, text): &Piece| !text.is_empty();
    (head.filter(filled), rest.filter(filled))
}

/// Tokens as pieces of text by kind.
fn pieces(tokens: &[Token]) -> impl Iterator<Item = Piece<'_>> {
    tokens.iter().map(|t| (t.kind, t.text.as_str()))
}

/// Lines in some pieces of script text.
fn lines<'a>(pieces: impl Iterator<Item = Piece<'a>>) -> usize {
    pieces.map(|(_, text)| newlines(text)).sum()
}

/// Where a script's help block ends and how long each part is.
#[derive(Clone, Copy, PartialEq)]
struct Parts {
    help_end: (usize, usize),
    help_lines: usize,
    body_lines: usize,
}

/// A read-only code block coloured straight from the renderer's tokens. The help block at
/// the top is folded (one click away), so the first command shows without scrolling; long lines
/// wrap on request.
#[component]
pub fn ScriptView(#[prop(into)] script: Signal<Script>, label: &'static str) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let wrap = RwSignal::new(false);
    // One pass over the tokens per script: where the help block ends and how many lines each part has.
    let parts = memo(move || {
        script.with(|s| {
            let help_end = help_end(s.tokens());
            let (head, rest) = split_at(s.tokens(), help_end);
            Parts {
                help_end,
                help_lines: lines(head),
                body_lines: lines(rest),
            }
        })
    });
    let folded = RwSignal::new(true);
    // The help block and the shown lines, each one text node coloured by ranges (see
    // `highlight`). Folded, not removed: the help stays in the block (Copy, find in page and
    // selection all see it).
    let help_text = NodeRef::<leptos::html::Span>::new();
    let body_text = NodeRef::<leptos::html::Span>::new();
    let painted = StoredValue::new_local(Painted::default());
    // Colour follows what is on screen: after scrolling, and once the help block or wrapping
    // changes the lines' places.
    let follow = move || {
        painted.try_update_value(Painted::follow_view);
    };
    let _on_scroll = StoredValue::new_local(crate::browser::OnScroll::new(follow));
    effect(move |_| {
        folded.track();
        wrap.track();
        request_animation_frame(follow);
    });
    effect(move |_| {
        let limit = if expanded.get() {
            usize::MAX
        } else {
            FIRST_LINES
        };
        let end = parts.with(|p| p.help_end);
        let (Some(help_text), Some(body_text)) = (help_text.get(), body_text.get()) else {
            return;
        };
        script.with(|s| {
            let (head, rest) = split_at(s.tokens(), end);
            let head: Vec<_> = head.collect();
            let mut lines = 0;
            let shown: Vec<_> = rest
                .take_while(|(_, text)| {
                    let keep = lines < limit;
                    lines += newlines(text);
                    keep
                })
                .collect();
            painted.update_value(|p| p.paint(&[(&help_text, &head), (&body_text, &shown)]));
        });
    });

    let more = move || {
        let total = parts.with(|p| p.body_lines);
        (!expanded.get() && total > FIRST_LINES).then(|| {
            view! {
                <p class="show-more">
                    <button type="button" class="link-button" on:click=handler(move |_| expanded.set(true))>
                        {t::show_all_lines(total)}
                    </button>
                    " " {t::SHOW_ALL_NOTE.text()}
                </p>
            }
            .into_any()
        })
    };
    view! {
        <div class="script-options">
            <button type="button" class="link-button" aria-expanded=live(move || if folded.get() { "false" } else { "true" })
                on:click=handler(move |_| folded.update(|f| *f = !*f))>
                {live(move || t::help_block(folded.get(), parts.with(|p| p.help_lines)))}
            </button>
            <label class="script-option">
                <input type="checkbox" prop:checked=live(move || wrap.get())
                    on:change=handler(move |ev: leptos::ev::Event| wrap.set(event_target_checked(&ev))) />
                {format!(" {}", t::WRAP_LINES.text())}
            </label>
        </div>
        <pre class="script" class:script-wrap=live(move || wrap.get()) tabindex="0" aria-label=label><code><span class="script-help-block" class:folded=live(move || folded.get()) node_ref=help_text></span><span node_ref=body_text></span></code></pre>
        {live(more)}
    }
}
