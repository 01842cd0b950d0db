//! The frame every form section shares: a title, why it matters, and Microsoft's article.

use leptos::prelude::*;

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
            <p class="why">
                {why} " "
                <a href=doc_url target="_blank" rel="noopener noreferrer">{crate::text::DOC_LINK}</a>
            </p>
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
            <p class="why">
                {why} " "
                <a href=doc_url target="_blank" rel="noopener noreferrer">{crate::text::DOC_LINK}</a>
            </p>
            {children()}
        </details>
    }
}
