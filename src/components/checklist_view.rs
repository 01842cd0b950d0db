//! The checklist rendered from the model's document, with real checkboxes to tick on screen or paper.

use hybrid_model::checklist::{Block, Doc, Inline};
use leptos::prelude::*;

fn inlines(items: &[Inline]) -> impl IntoView + use<> {
    items
        .iter()
        .map(|inline| match inline {
            Inline::Text(s) => view! { <span>{s.clone()}</span> }.into_any(),
            Inline::Code(s) => view! { <code>{s.clone()}</code> }.into_any(),
        })
        .collect_view()
}

fn block(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(items) => view! { <p>{inlines(items)}</p> }.into_any(),
        Block::Task(items) => view! {
            <label class="task"><input type="checkbox" /> <span>{inlines(items)}</span></label>
        }
        .into_any(),
        Block::Note(items) => view! { <p class="note">{inlines(items)}</p> }.into_any(),
        Block::Code(source) => {
            view! { <pre class="script"><code>{source.clone()}</code></pre> }.into_any()
        }
    }
}

/// The whole checklist.
#[component]
pub fn ChecklistView(#[prop(into)] doc: Signal<Doc>) -> impl IntoView {
    move || {
        doc.with(|doc| {
            let sections = doc
                .sections
                .iter()
                .map(|section| {
                    let heading = if section.level <= 2 {
                        view! { <h3>{section.heading.clone()}</h3> }.into_any()
                    } else {
                        view! { <h4>{section.heading.clone()}</h4> }.into_any()
                    };
                    let blocks = section.blocks.iter().map(block).collect_view();
                    view! { <section class="checklist-section">{heading}{blocks}</section> }
                })
                .collect_view();
            view! {
                <article class="checklist">
                    <h2 class="checklist-title">{doc.title}</h2>
                    <p>{doc.intro}</p>
                    {sections}
                </article>
            }
        })
    }
}
