//! Component tests in headless Chromium (wasm-bindgen-test): the page reacts to the form.
#![cfg(target_arch = "wasm32")]

use hybrid_builder::app::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the whole app into a fresh container, as the page does.
fn mount_app() -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), App).forget();
    container
}

fn script_text(container: &HtmlElement) -> String {
    container
        .query_selector("pre.script")
        .unwrap()
        .expect("the script is shown")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn unticking_partner_discovery_changes_the_command() {
    let container = mount_app();
    assert!(script_text(&container).contains("-EnablePartnerDiscovery $true"));

    let input: HtmlInputElement = container
        .query_selector("#f-edge-enable-partner-discovery")
        .unwrap()
        .expect("the partner discovery box exists")
        .unchecked_into();
    input.set_checked(false);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    leptos::task::tick().await;

    assert!(script_text(&container).contains("-EnablePartnerDiscovery $false"));
    container.remove();
}
