//! The checklist rendered from the model's document, with real checkboxes to tick on screen or paper.

use hybrid_model::handover::checklist::{Block, Doc, Inline, Section, Table};
use leptos::prelude::*;

use crate::reactive::{handler, live};
use crate::text as t;

use crate::state::{Ticks, use_state};

/// Runs of text as text nodes, values as code: nothing of a document is ever read as markup.
pub(crate) fn inlines(items: &[Inline]) -> impl IntoView + use<> {
    items
        .iter()
        .map(|inline| match inline {
            Inline::Text(s) => view! { <span>{s.clone()}</span> }.into_any(),
            Inline::Code(s) => view! { <code>{s.clone()}</code> }.into_any(),
        })
        .collect_view()
}

/// A document's table, its head as column headings.
pub(crate) fn table(table: &Table) -> AnyView {
    let head = table
        .head
        .iter()
        .map(|h| view! { <th scope="col">{h.clone()}</th> })
        .collect_view();
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .map(|cell| view! { <td>{inlines(cell)}</td> })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="doc-table">
            <thead><tr>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// A task's tick box, bound to its key: a tick stays with the task, not with its place on the page.
fn task(items: &[Inline], key: String, ticks: Ticks) -> AnyView {
    let checked = {
        let key = key.clone();
        move || ticks.with(|t| t.contains(&key))
    };
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        ticks.update(|t| {
            t.retain(|k| *k != key);
            if on {
                t.push(key.clone());
            }
        });
    };
    view! {
        <label class="task">
            <input type="checkbox" prop:checked=live(checked) on:change=handler(toggle) />
            " "
            <span>{inlines(items)}</span>
        </label>
    }
    .into_any()
}

fn block(section: &Section, index: usize, key: Option<&str>, ticks: Ticks) -> AnyView {
    match &section.blocks[index] {
        Block::Paragraph(items) => view! { <p>{inlines(items)}</p> }.into_any(),
        Block::Task(items) => task(items, key.unwrap_or_default().to_owned(), ticks),
        Block::Note(items) => view! { <p class="note">{inlines(items)}</p> }.into_any(),
        Block::Code(source) => {
            view! { <pre class="script"><code>{source.clone()}</code></pre> }.into_any()
        }
        Block::Proven(items) => view! {
            <label class="task task-proven">
                <input type="checkbox" checked disabled />
                " "
                <span>{inlines(items)}</span>
            </label>
        }
        .into_any(),
        Block::Table(t) => table(t),
    }
}

/// How far the admin got, and a way to start over.
#[component]
fn Progress() -> impl IntoView {
    let state = use_state();
    let (doc, ticks) = (state.doc, state.ticks);
    // Ticked tasks, and all of them; the tasks a verification report proved are done too.
    let counts = move || {
        doc.with(|doc| {
            ticks.with(|t| {
                doc.task_keys().fold((0, 0), |(done, total), key| {
                    (done + usize::from(t.iter().any(|k| k == key)), total + 1)
                })
            })
        })
    };
    let proven = move || doc.with(Doc::proven_count);
    view! {
        <p class="checklist-progress">
            {live(move || {
                let (done, total) = counts();
                let proven = proven();
                t::ticked_count(done + proven, total + proven)
            })}
            " "
            <button type="button" class="link-button" hidden=live(move || counts().0 == 0)
                on:click=handler(move |_| ticks.update(Vec::clear))>
                {t::UNTICK_ALL.text()}
            </button>
        </p>
    }
}

/// Blocks of a part shown before "Show more": thousands of pilot users make parts of thousands of
/// items, and building them all on every keystroke is what an admin would wait for.
const FIRST_BLOCKS: usize = 60;

/// The whole checklist.
#[component]
pub fn ChecklistView() -> impl IntoView {
    let state = use_state();
    let (doc, ticks) = (state.doc, state.ticks);
    // The parts the admin opened in full, by heading; every part prints in full.
    let opened = RwSignal::new(Vec::<String>::new());
    let printing = crate::print::printing();
    let sections = move || {
        let all = printing.get();
        doc.with(|doc| {
            doc.sections
                .iter()
                .enumerate()
                .map(|(number, section)| {
                    let heading = if section.level <= 2 {
                        view! { <h3>{section.heading.clone()}</h3> }.into_any()
                    } else {
                        view! { <h4>{section.heading.clone()}</h4> }.into_any()
                    };
                    let total = section.blocks.len();
                    let full = all || opened.with(|o| o.contains(&section.heading));
                    let shown = if full { total } else { total.min(FIRST_BLOCKS) };
                    let blocks = (0..shown)
                        .map(|i| block(section, i, doc.task_key(number, i), ticks))
                        .collect_view();
                    let key = section.heading.clone();
                    let more = (shown < total).then(|| {
                        view! {
                            <p class="show-more">
                                <button type="button" class="link-button"
                                    on:click=handler(move |_| opened.update(|o| o.push(key.clone())))>
                                    {t::show_more_items(total - shown)}
                                </button>
                            </p>
                        }
                    });
                    view! { <section class="checklist-section">{heading}{blocks}{more}</section> }
                })
                .collect_view()
        })
    };
    view! {
        <article class="checklist">
            <h2 class="checklist-title">{live(move || doc.with(|d| d.title))}</h2>
            <p>{live(move || doc.with(|d| d.intro))}</p>
            <Progress />
            {sections}
        </article>
    }
}
