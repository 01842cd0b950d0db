//! The page's own reactive helpers, each in place of a Leptos construct that costs more wasm.
//! Leptos compiles its rendering, memo, effect and event code once per closure type it is given,
//! so every `move || …` child, attribute, `Show`, memo, effect and handler brings its own copy.
//! The helpers hand it one shared function type instead, which compiles that code once per output
//! type (`String`, `bool`, `Option<AnyView>` …); the cost is one allocation per part and a call
//! through a pointer. The two mounts mount a view once instead of switching it in place.
//!
//! This is the one module allowed `Memo::new`, `Effect::new` and `mount_to` (clippy's
//! `disallowed-methods` in `clippy.toml`): a plain one anywhere else would bring its copies back.
//!
//! What each saves was measured on the release wasm (`trunk build --release`, wasm-opt as the page
//! asks) by putting the plain Leptos construct in its place everywhere at once, on 2026-12-05;
//! bytes raw / gzip -9 / brotli 11 (the whole wasm was 1,095,958 / 408,562 / 317,309):
//!
//! | helper | Leptos construct it replaces | wasm saved |
//! |---|---|---|
//! | [`live`] | a `move \|\| …` closure as a child or attribute | 5,668 / 2,004 / 1,139 |
//! | [`when`] | `<Show when=…>` | 10,300 / 2,918 / 1,578 |
//! | [`memo()`] | `Memo::new(move \|_\| …)` | −727 / 496 / −159: about none (most memos have a value type of their own) |
//! | [`handler`] | a closure as an `on:event` handler | 13,571 / 5,923 / 3,982 |
//! | [`effect`] | `Effect::new(move \|prev\| …)` | 8,058 / 3,254 / 1,601 |
//! | [`fold_in`] (with [`Folds`], [`on_toggle`]) | `<Show when=open>` inside each `<details>` | 16,064 / 4,552 / 2,781 |
//! | [`mount_anew`] (the language remount) | one view that follows the language in place | 26 KB, measured when it came in (#14) |
//!
//! [`memo()`] saves about nothing today; it stays the one way a memo is made, as [`effect`] is for
//! effects, so that a value type shared by many memos compiles once.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use leptos::tachys::reactive_graph::SharedReactiveFunction;

use crate::browser::toggled_open;

/// A reactive child or attribute value, as the view layer takes it.
pub type Live<T> = SharedReactiveFunction<T>;

/// A reactive child or attribute value from a closure.
pub fn live<T: 'static>(f: impl FnMut() -> T + Send + 'static) -> Live<T> {
    Arc::new(Mutex::new(f))
}

/// `children` while `when` holds and nothing otherwise; like Leptos' `Show`, the children are
/// built again only when `when` changes, not whenever what it reads does.
pub fn when(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: impl Fn() -> AnyView + Send + Sync + 'static,
) -> Live<Option<AnyView>> {
    shown_when(Arc::new(when), Arc::new(children))
}

#[allow(clippy::disallowed_methods)]
fn shown_when(
    when: Arc<dyn Fn() -> bool + Send + Sync>,
    children: Arc<dyn Fn() -> AnyView + Send + Sync>,
) -> Live<Option<AnyView>> {
    let on = Memo::new(move |_| when());
    live(move || on.get().then(|| children()))
}

/// A memo of `f`, compiled once per value type rather than once per closure.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    memo_of(Arc::new(f))
}

#[allow(clippy::disallowed_methods)]
fn memo_of<T: PartialEq + Send + Sync + 'static>(f: Arc<dyn Fn() -> T + Send + Sync>) -> Memo<T> {
    Memo::new(move |_| f())
}

/// An event handler, compiled once per event type rather than once per closure.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// An effect, compiled once rather than once per closure; `f` is told whether this is its first run.
pub fn effect(f: impl FnMut(bool) + 'static) {
    effect_of(Box::new(f));
}

#[allow(clippy::disallowed_methods)]
fn effect_of(mut f: Box<dyn FnMut(bool)>) {
    Effect::new(move |previous: Option<()>| f(previous.is_none()));
}

/// A view mounted on its own, kept until dropped (dropping unmounts it).
type Mounted = StoredValue<Option<Box<dyn std::any::Any>>, LocalStorage>;

/// Mounts `view` into `parent` under the current owner, untracked, and keeps the handle in `slot`.
#[allow(clippy::disallowed_methods)]
fn mount_into<V: IntoView + 'static>(
    slot: Mounted,
    parent: web_sys::HtmlElement,
    view: impl FnOnce() -> V + 'static,
) {
    let handle = untrack(|| leptos::mount::mount_to(parent, view));
    slot.set_value(Some(Box::new(handle)));
}

/// Mounts `view` into `parent`, then again from scratch each time `next` holds a value: the old
/// view goes first, then `switch` takes the value (so nothing the old view shows runs again with
/// it), then the new view is mounted. A change of language builds the page's view this way from
/// the same state: mounted anew rather than diffed, so no code to update the whole view in place
/// is compiled in (measured: 26 KB of wasm).
pub fn mount_anew<T: Clone + Send + Sync + 'static, V: IntoView + 'static>(
    parent: web_sys::HtmlElement,
    view: fn() -> V,
    next: RwSignal<Option<T>>,
    switch: impl Fn(T) + 'static,
) {
    let mounted: Mounted = StoredValue::new_local(None);
    mount_into(mounted, parent.clone(), view);
    effect(move |_| {
        let Some(value) = next.get() else {
            return;
        };
        // A view mounted from the effect is owned by it and disposed when it runs again, which is
        // when that view is dropped anyway.
        mounted.set_value(None);
        switch(value);
        mount_into(mounted, parent.clone(), view);
    });
}

/// The folded parts of the page (`<details>` by element id) that are open now. A folded part's
/// content is built only once it is first opened: closed, the optional sections and report panels
/// were a sixth of the page's nodes. Part of the page's state, so a change of language keeps them
/// open; the sections, panels and summary that open them read it there.
#[derive(Clone, Copy)]
pub struct Folds(RwSignal<Vec<&'static str>>);

impl Folds {
    /// No part open.
    pub fn new() -> Self {
        Self(RwSignal::new(Vec::new()))
    }

    /// Whether the part is open; tracked.
    pub fn is_open(self, id: &str) -> bool {
        self.0.with(|open| open.contains(&id))
    }

    /// Records the part as open or closed, as its element now is.
    pub fn set(self, id: &'static str, open: bool) {
        if self.0.with_untracked(|o| o.contains(&id)) != open {
            self.0.update(|o| {
                o.retain(|i| *i != id);
                if open {
                    o.push(id);
                }
            });
        }
    }
}

impl Default for Folds {
    fn default() -> Self {
        Self::new()
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
    let mounted: Mounted = StoredValue::new_local(None);
    effect(move |_| {
        let wanted = folds.is_open(id) || also();
        let (Some(parent), Some(owner)) = (element.get(), owner.as_ref()) else {
            return;
        };
        if !wanted || mounted.with_value(Option::is_some) {
            return;
        }
        if let Some(content) = content.try_update_value(Option::take).flatten() {
            owner.with(|| mount_into(mounted, parent.into(), content));
        }
    });
}

/// The `toggle` handler of the folded part `id`: the page follows whether it is open.
pub fn on_toggle(folds: Folds, id: &'static str) -> Box<dyn FnMut(leptos::ev::Event)> {
    handler(move |ev: leptos::ev::Event| folds.set(id, toggled_open(&ev)))
}
