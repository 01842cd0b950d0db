//! The frame every form section shares: a title, why it matters, and Microsoft's article.

use leptos::prelude::*;

use crate::browser::toggled_open;
use crate::live::{Live, handler, when};
use crate::state::Folds;

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

/// The page's folded parts, or a set of its own outside the page (a component tested alone).
pub fn folds() -> Folds {
    use_context::<Folds>().unwrap_or_default()
}

/// The content of the folded part `id`: built once the part is first open (or `also` holds), and
/// kept while the page lives, so closing and opening it again loses nothing typed.
pub fn folded(
    id: &'static str,
    also: impl Fn() -> bool + Send + Sync + 'static,
    content: impl Fn() -> AnyView + Send + Sync + 'static,
) -> Live<Option<AnyView>> {
    let folds = folds();
    let built = StoredValue::new(false);
    when(
        move || {
            let now = folds.is_open(id) || also() || built.get_value();
            if now {
                built.set_value(true);
            }
            now
        },
        content,
    )
}

/// The `toggle` handler of the folded part `id`: the page follows whether it is open.
pub fn on_toggle(id: &'static str) -> Box<dyn FnMut(leptos::ev::Event)> {
    let folds = folds();
    handler(move |ev: leptos::ev::Event| folds.set(id, toggled_open(&ev)))
}

/// An optional part, collapsed until the admin asks for it; its content is built when first opened.
#[component]
pub fn Optional(
    id: &'static str,
    title: &'static str,
    why: &'static str,
    doc_url: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let open = untrack(|| folds().is_open(id));
    view! {
        <details class="section optional" id=id open=open on:toggle=on_toggle(id)>
            <summary>{title}</summary>
            {folded(id, || false, move || view! { {why_line(why, doc_url)} {children()} }.into_any())}
        </details>
    }
}
