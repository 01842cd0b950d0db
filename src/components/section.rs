//! The frame every form section shares: a title, why it matters, and Microsoft's article.

use leptos::prelude::*;

use crate::reactive::{fold_in, on_toggle};
use crate::state::use_state;
use crate::text::SectionText;

/// One or two sentences of why, with the documentation link.
fn why_line(text: SectionText) -> impl IntoView {
    view! {
        <p class="why">
            {format!("{} ", text.why.text())}
            <a href=text.doc_url target="_blank" rel="noopener noreferrer">{crate::text::DOC_LINK.text()}</a>
        </p>
    }
}

/// A form section with its reason and documentation link.
#[component]
pub fn Section(id: &'static str, text: SectionText, children: Children) -> impl IntoView {
    view! {
        <fieldset class="section" id=id>
            <legend>{text.title.text()}</legend>
            {why_line(text)}
            {children()}
        </fieldset>
    }
}

/// An optional part, collapsed until the admin asks for it; its content is built when first opened.
#[component]
pub fn Optional(id: &'static str, text: SectionText, children: Children) -> impl IntoView {
    let folds = use_state().folds;
    let open = untrack(|| folds.is_open(id));
    let element = NodeRef::new();
    fold_in(
        folds,
        id,
        element,
        || false,
        move || view! { {why_line(text)} {children()} },
    );
    view! {
        <details class="section optional" id=id open=open on:toggle=on_toggle(folds, id) node_ref=element>
            <summary>{text.title.text()}</summary>
        </details>
    }
}
