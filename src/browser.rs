//! Browser glue: clipboard, downloads and focus. Nothing here knows about hybrid settings.

use wasm_bindgen::{JsCast, JsValue};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Copies text with the Clipboard API, falling back to a hidden textarea and `execCommand` where the
/// API is missing or refused (older browsers, `file://`). Ok when one of them reported success.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    if let Some(window) = web_sys::window() {
        let clipboard = window.navigator().clipboard();
        let has_api = js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("clipboard"))
            .unwrap_or(false);
        if has_api
            && wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
                .await
                .is_ok()
        {
            return Ok(());
        }
    }
    copy_with_textarea(text).ok_or(())
}

fn copy_with_textarea(text: &str) -> Option<()> {
    let document = document()?;
    let body = document.body()?;
    let area: web_sys::HtmlTextAreaElement =
        document.create_element("textarea").ok()?.dyn_into().ok()?;
    area.set_value(text);
    area.set_attribute("readonly", "").ok()?;
    area.style().set_property("position", "fixed").ok()?;
    area.style().set_property("opacity", "0").ok()?;
    body.append_child(&area).ok()?;
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied.then_some(())
}

/// Offers bytes as a file download with the given name and MIME type.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Option<()> {
    let document = document()?;
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.style().set_property("display", "none").ok()?;
    document.body()?.append_child(&anchor).ok()?;
    anchor.click();
    anchor.remove();
    web_sys::Url::revoke_object_url(&url).ok()?;
    Some(())
}

/// Takes an element out of the page, if it is there.
pub fn remove_element(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        element.remove();
    }
}

/// Removes an attribute of `<html>`: a mark index.html's own script set for its stylesheet.
pub fn remove_root_attribute(name: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.remove_attribute(name);
    }
}

/// Removes the comments and the whitespace between elements directly in `<html>`, `<head>` and `<body>`:
/// the page's markup is indented and annotated for people, and each gap would stay a node.
pub fn remove_blank_nodes() {
    let Some(document) = document() else {
        return;
    };
    let parents: [Option<web_sys::Node>; 3] = [
        document.document_element().map(Into::into),
        document.head().map(Into::into),
        document.body().map(Into::into),
    ];
    for parent in parents.into_iter().flatten() {
        let mut child = parent.first_child();
        while let Some(node) = child {
            child = node.next_sibling();
            let blank = match node.node_type() {
                web_sys::Node::COMMENT_NODE => true,
                web_sys::Node::TEXT_NODE => node
                    .text_content()
                    .is_none_or(|text| text.trim().is_empty()),
                _ => false,
            };
            if blank {
                let _ = parent.remove_child(&node);
            }
        }
    }
}

/// Moves focus to a form control, opening a collapsed section around it first.
pub fn focus_field(id: &str) {
    let Some(element) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Ok(Some(details)) = element.closest("details")
        && let Ok(details) = details.dyn_into::<web_sys::HtmlDetailsElement>()
    {
        details.set_open(true);
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(html) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

/// Opens a `<details>` element, if it is on the page.
pub fn open_details(id: &str) {
    if let Some(details) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    {
        details.set_open(true);
    }
}

/// Whether the `<details>` element a `toggle` event came from is now open.
pub fn toggled_open(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}

/// Runs a callback at most once a frame after anything on the page scrolls (the window or any
/// scrolling box) or the window is resized, until dropped.
pub struct OnScroll {
    listener: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl OnScroll {
    /// Starts listening; `None` outside a browser page.
    pub fn new(callback: impl Fn() + 'static) -> Option<OnScroll> {
        let callback = std::rc::Rc::new(callback);
        let pending = std::rc::Rc::new(std::cell::Cell::new(false));
        let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            if !pending.replace(true) {
                let (callback, pending) = (callback.clone(), pending.clone());
                leptos::prelude::request_animation_frame(move || {
                    pending.set(false);
                    callback();
                });
            }
        });
        let window = web_sys::window()?;
        let options = web_sys::AddEventListenerOptions::new();
        options.set_capture(true);
        options.set_passive(true);
        let function = listener.as_ref().unchecked_ref();
        window
            .document()?
            .add_event_listener_with_callback_and_add_event_listener_options(
                "scroll", function, &options,
            )
            .ok()?;
        window
            .add_event_listener_with_callback("resize", function)
            .ok()?;
        Some(OnScroll { listener })
    }
}

impl Drop for OnScroll {
    fn drop(&mut self) {
        let function = self.listener.as_ref().unchecked_ref();
        if let Some(window) = web_sys::window() {
            if let Some(document) = window.document() {
                let _ =
                    document.remove_event_listener_with_callback_and_bool("scroll", function, true);
            }
            let _ = window.remove_event_listener_with_callback("resize", function);
        }
    }
}

/// Lets the browser run what waits (input, a frame) before a long piece of work goes on: resolves
/// from a `setTimeout(0)` task. A held test clock holds it too, so a test can stop work mid-way.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Milliseconds on the page's clock (`performance.now()`, else the date).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}
