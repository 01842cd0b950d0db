//! The frame every form section shares: a title, why it matters, and Microsoft's article.

use leptos::prelude::*;

use crate::browser::toggled_open;
use crate::live::{effect, handler};
use crate::state::Folds;

/// One or two sentences of why, with the documentation link.
fn why_line(why: &'static str, doc_url: &'static str) -> impl IntoView {
    view! {
        <p class="why">
            {format!("{why} ")}
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

/// Builds `content` into the folded part `element` (with id `id`) the first time the part is open
/// or `also` holds, and keeps it while the part lives, so closing and opening it again loses nothing
/// typed. Mounted once rather than switched in by the view, so no code to rebuild the content in
/// place is compiled for it.
pub fn fold_in<V: IntoView + 'static>(
    folds: Folds,
    id: &'static str,
    element: NodeRef<leptos::html::Details>,
    also: impl Fn() -> bool + 'static,
    content: impl FnOnce() -> V + 'static,
) {
    // The part's own owner: the content's contexts and lifetime are the part's, not the effect's.
    let owner = Owner::current();
    let content = StoredValue::new_local(Some(content));
    let mounted = StoredValue::new_local(None::<Box<dyn std::any::Any>>);
    effect(move |_| {
        let wanted = folds.is_open(id) || also();
        let (Some(parent), Some(owner)) = (element.get(), owner.as_ref()) else {
            return;
        };
        if !wanted || mounted.with_value(Option::is_some) {
            return;
        }
        if let Some(content) = content.try_update_value(Option::take).flatten() {
            let handle = untrack(|| owner.with(|| leptos::mount::mount_to(parent.into(), content)));
            mounted.set_value(Some(Box::new(handle)));
        }
    });
}

/// The `toggle` handler of the folded part `id`: the page follows whether it is open.
pub fn on_toggle(folds: Folds, id: &'static str) -> Box<dyn FnMut(leptos::ev::Event)> {
    handler(move |ev: leptos::ev::Event| folds.set(id, toggled_open(&ev)))
}

/// An optional part, collapsed until the admin asks for it; its content is built when first opened.
#[component]
pub fn Optional(
    id: &'static str,
    title: &'static str,
    why: &'static str,
    doc_url: &'static str,
    /// The page's folded parts: the content is built when first opened.
    folds: Folds,
    children: Children,
) -> impl IntoView {
    let open = untrack(|| folds.is_open(id));
    let element = NodeRef::new();
    fold_in(
        folds,
        id,
        element,
        || false,
        move || view! { {why_line(why, doc_url)} {children()} },
    );
    view! {
        <details class="section optional" id=id open=open on:toggle=on_toggle(folds, id) node_ref=element>
            <summary>{title}</summary>
        </details>
    }
}
