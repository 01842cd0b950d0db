//! The frame every form section shares: a title, why it matters, and Microsoft's article.

use leptos::prelude::*;

/// One or two sentences of why, with the documentation link.
fn why_line(why: &'static str, doc_url: &'static str) -> impl IntoView {
    view! {
        <p class="why">
            {why} " "
            <a href=doc_url target="_blank" rel="noopener noreferrer">{crate::text::DOC_LINK.text()}</a>
        </p>
    }
}

/// A form section with its reason and documentation link.
#[component]
pub fn Section(
    id: &'static str,
    title: &'static str,
    why: &'static str,
    doc_url: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <fieldset class="section" id=id>
            <legend>{title}</legend>
            {why_line(why, doc_url)}
            {children()}
        </fieldset>
    }
}

/// An optional part, collapsed until the admin asks for it.
#[component]
pub fn Optional(
    id: &'static str,
    title: &'static str,
    why: &'static str,
    doc_url: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <details class="section optional" id=id>
            <summary>{title}</summary>
            {why_line(why, doc_url)}
            {children()}
        </details>
    }
}
