//! The change record rendered as a document from the model's
//! [`Record`](hybrid_model::handover::change_record::Record): headings, lists and tables, as the change board
//! reads it on screen and on paper. The Markdown is for the download only; user text is only ever a
//! text node.

use hybrid_model::handover::checklist::Block;
use leptos::prelude::*;

use crate::components::checklist_view::{inlines, table};
use crate::reactive::live;
use crate::state::use_state;

/// Blocks in order, with each run of list items in one list.
fn blocks(items: &[Block]) -> impl IntoView + use<> {
    let mut out: Vec<AnyView> = Vec::new();
    let mut list: Vec<AnyView> = Vec::new();
    let flush = |list: &mut Vec<AnyView>, out: &mut Vec<AnyView>| {
        if !list.is_empty() {
            let items = std::mem::take(list);
            out.push(view! { <ul>{items}</ul> }.into_any());
        }
    };
    for block in items {
        let view = match block {
            Block::Note(items) | Block::Task(items) | Block::Proven(items) => {
                list.push(view! { <li>{inlines(items)}</li> }.into_any());
                continue;
            }
            Block::Paragraph(items) => view! { <p>{inlines(items)}</p> }.into_any(),
            Block::Code(source) => {
                view! { <pre class="script"><code>{source.clone()}</code></pre> }.into_any()
            }
            Block::Table(t) => table(t),
        };
        flush(&mut list, &mut out);
        out.push(view);
    }
    flush(&mut list, &mut out);
    out
}

/// The whole record.
#[component]
pub fn RecordView() -> impl IntoView {
    let record = use_state().record;
    let body = move || {
        record.with(|r| {
            let sections = r
                .sections
                .iter()
                .map(|section| {
                    let heading = if section.level <= 2 {
                        view! { <h3>{section.heading.clone()}</h3> }.into_any()
                    } else {
                        view! { <h4>{section.heading.clone()}</h4> }.into_any()
                    };
                    view! { <section class="record-section">{heading}{blocks(&section.blocks)}</section> }
                })
                .collect_view();
            view! { {blocks(&r.front)} {sections} }
        })
    };
    view! {
        <article class="record">
            <h2 class="record-title">{live(move || record.with(|r| r.title))}</h2>
            {body}
        </article>
    }
}
