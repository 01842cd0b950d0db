//! Reactive parts of the view behind one type per output: Leptos compiles its rendering, memo,
//! effect and event code once per closure type it is given, so every `move || …` child, attribute,
//! `Show`, memo, effect and handler brings its own copy. Handing it a shared function instead
//! compiles that code once per output type (`String`, `bool`, `Option<AnyView>` …); the cost is one
//! allocation per part and a call through a pointer.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use leptos::tachys::reactive_graph::SharedReactiveFunction;

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

fn effect_of(mut f: Box<dyn FnMut(bool)>) {
    Effect::new(move |previous: Option<()>| f(previous.is_none()));
}
