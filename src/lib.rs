//! Hybrid Builder's page: the view and browser glue over the `hybrid-model` crate.

pub mod app;
pub mod browser;
pub mod components;
pub mod highlight;
pub mod locale;
pub mod panic;
pub mod persistence;
pub mod print;
pub mod reactive;
pub mod startup;
pub mod state;
pub mod sync;
pub mod text;

/// Mounts the builder on the page's body, behind the panic hook, in place of the page's message for
/// browsers that cannot run it. A language other than English is read first, so the page (and
/// every message about the link or storage it opened with) appears in it from the first frame;
/// meanwhile the static frame stays.
pub fn start() {
    panic::install();
    let wanted = locale::initial(startup::link_lang());
    if wanted == "en" {
        mount();
    } else {
        // Leptos' executor starts with the mount; until then the browser's own queue runs this.
        wasm_bindgen_futures::spawn_local(async move {
            locale::activate(wanted).await;
            mount();
        });
    }
}

fn mount() {
    browser::remove_element("unsupported");
    // The first frame of index.html, painted while the wasm loads and compiles: the app's first
    // screen as the default settings draw it (written by `cargo xtask dist`, shown only when this
    // load starts so), else the app's header (text::APP_TITLE and APP_LEDE, written out there) and
    // an empty outline of its two columns. The view mounted below is what it showed, now live.
    browser::remove_element("static-frame");
    browser::remove_root_attribute("data-prerendered");
    browser::remove_blank_nodes();
    if let Some(body) = leptos::prelude::document().body() {
        app::mount(body);
    }
}
