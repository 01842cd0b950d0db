//! A Rust panic must not leave a dead page: the hook shows what happened and offers the settings
//! as they were a moment before, as a file the admin can import again.

use std::cell::RefCell;

use hybrid_model::Settings;
use wasm_bindgen::JsCast;

thread_local! {
    /// The settings as of the last change, for the export offered after a panic.
    static LAST_SETTINGS: RefCell<Option<Settings>> = const { RefCell::new(None) };
}

/// Records the latest settings; safe to read from inside the panic hook.
pub fn remember(settings: Settings) {
    LAST_SETTINGS.with(|s| {
        if let Ok(mut slot) = s.try_borrow_mut() {
            *slot = Some(settings);
        }
    });
}

/// Installs the hook: log to the console, then show the message with an export link.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Hybrid Builder: {info}").into());
        show_message();
    }));
}

fn show_message() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("panic-message").is_some() {
        return Some(());
    }
    let json = LAST_SETTINGS.with(|s| {
        s.try_borrow()
            .ok()
            .and_then(|s| s.as_ref().map(hybrid_model::procedure::share::to_json))
            .unwrap_or_default()
    });
    let box_ = document.create_element("div").ok()?;
    box_.set_id("panic-message");
    box_.set_attribute("role", "alert").ok()?;
    box_.set_class_name("panic-message");
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(crate::text::PANIC_MESSAGE.text()));
    box_.append_child(&text).ok()?;

    let array = js_sys::Uint8Array::from(json.as_bytes());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(
        &js_sys::Array::of1(&array),
        &options,
    )
    .ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(hybrid_model::procedure::share::SETTINGS_FILE);
    link.set_text_content(Some(crate::text::PANIC_EXPORT.text()));
    link.set_class_name("button");
    box_.append_child(&link).ok()?;

    let body = document.body()?;
    body.insert_before(&box_, body.first_child().as_ref())
        .ok()?;
    Some(())
}
