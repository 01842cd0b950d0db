//! Component tests in headless Chromium (wasm-bindgen-test): the page as an admin meets it.
#![cfg(target_arch = "wasm32")]

use hybrid_builder::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the whole app into a fresh container, as a first visit does: no link, nothing saved.
fn mount_app() -> HtmlElement {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), App).forget();
    container
}

fn find<T: JsCast>(container: &HtmlElement, selector: &str) -> T {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into()
}

fn text(container: &HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
async fn unticking_partner_discovery_changes_the_command() {
    let container = mount_app();
    assert!(
        text(&container, "#panel-on-premises pre.script").contains("-EnablePartnerDiscovery $true")
    );

    let input: HtmlInputElement = find(&container, "#f-edge-enable-partner-discovery");
    input.set_checked(false);
    fire(&input, "change");
    settle().await;

    assert!(
        text(&container, "#panel-on-premises pre.script")
            .contains("-EnablePartnerDiscovery $false")
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn error_summary_lists_the_error_and_its_link_focuses_the_field() {
    let container = mount_app();
    assert!(
        container
            .query_selector(".error-summary")
            .unwrap()
            .is_none(),
        "no errors by default"
    );

    let input: HtmlInputElement = find(&container, "#f-hosting-provider-proxy-fqdn");
    input.set_value("https://sipfed.online.lync.com");
    fire(&input, "input");
    settle().await;

    let summary = text(&container, ".error-summary");
    assert!(summary.contains("There is a problem: 1 error"), "{summary}");
    assert!(summary.contains("remove the scheme"), "{summary}");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&container, "#f-hosting-provider-proxy-fqdn-messages").contains("HB101"));
    assert!(text(&container, "#panel-on-premises").contains("Copy and download are off"));

    let link: HtmlElement = find(&container, ".error-summary a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#f-hosting-provider-proxy-fqdn")
    );
    link.click();
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.id(), "f-hosting-provider-proxy-fqdn");

    input.set_value("sipfed.online.lync.com");
    fire(&input, "input");
    settle().await;
    assert!(
        container
            .query_selector(".error-summary")
            .unwrap()
            .is_none(),
        "fixing the field clears the summary"
    );
    container.remove();
}

/// Headless Chromium under the test runner cannot be granted clipboard permission, so the Clipboard
/// API is replaced by a recorder; the end-to-end suite copies through the real clipboard.
fn record_clipboard() {
    js_sys::eval(
        "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: \
         { writeText: (text) => { window.__copied = text; return Promise.resolve(); } } })",
    )
    .unwrap();
}

fn recorded_clipboard() -> String {
    js_sys::eval("window.__copied || ''")
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn copy_shows_copied_and_announces_it() {
    record_clipboard();
    let container = mount_app();
    let button: HtmlElement = find(&container, "#panel-on-premises .actions button");
    assert_eq!(button.text_content().as_deref(), Some("Copy"));
    button.click();
    for _ in 0..20 {
        settle().await;
        if button.text_content().as_deref() == Some("Copied") {
            break;
        }
        gloo_timers_sleep(50).await;
    }
    assert_eq!(button.text_content().as_deref(), Some("Copied"));
    assert_eq!(
        text(&container, "[role=status]"),
        "Copied the on-premises script to the clipboard."
    );
    assert_eq!(
        recorded_clipboard(),
        text(&container, "#panel-on-premises pre.script")
    );
    gloo_timers_sleep(1000).await;
    settle().await;
    assert_eq!(
        button.text_content().as_deref(),
        Some("Copied"),
        "the Copied state lasts"
    );
    // The Copied state ends after two seconds; allow a slow machine up to five.
    let mut restored = false;
    for _ in 0..50 {
        gloo_timers_sleep(100).await;
        settle().await;
        if button.text_content().as_deref() == Some("Copy") {
            restored = true;
            break;
        }
    }
    assert!(restored, "the Copied state ends after two seconds");
    container.remove();
}

/// Waits in the browser without blocking it.
async fn gloo_timers_sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
