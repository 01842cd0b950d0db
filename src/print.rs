//! Whether the browser is printing: what prints in full (the checklist, its long parts) follows it.

use leptos::prelude::*;

/// A signal that is true between the browser's `beforeprint` and `afterprint`, for the owner's life.
pub fn printing() -> RwSignal<bool> {
    let printing = RwSignal::new(false);
    let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    printing
}
