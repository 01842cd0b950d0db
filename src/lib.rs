//! Hybrid Builder's page: the view and browser glue over the `hybrid-model` crate.

pub mod app;
pub mod browser;
pub mod components;
pub mod panic;
pub mod persistence;
pub mod startup;
pub mod sync;
pub mod text;

/// Mounts the builder on the page's body, behind the panic hook, in place of the page's message for
/// browsers that cannot run it.
pub fn start() {
    panic::install();
    if let Some(message) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("unsupported"))
    {
        message.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
