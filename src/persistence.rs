//! Browser glue for keeping settings: the URL fragment, localStorage, this tab's storage (a pending
//! link, the checklist's ticks), and the embedding parent.
//! Every call tolerates a browser that refuses (private mode, quota, no parent): it degrades quietly.

use hybrid_model::input::file_text;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

const STORAGE_KEY: &str = "hybrid-builder.settings";

/// The fragment of the current URL, without `#`.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Rewrites the URL fragment without adding a history entry; values never go to a server.
/// False when the browser refused: Safari and Firefox cap how often a page may rewrite its URL.
pub fn replace_fragment(fragment: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|history| {
            history
                .replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&format!("#{fragment}")),
                )
                .is_ok()
        })
}

const PENDING_LINK_KEY: &str = "hybrid-builder.pending-link";

/// The page embedding this one, when it is in a frame.
fn embedding_parent(window: &web_sys::Window) -> Option<web_sys::Window> {
    window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| parent != window)
}

/// This tab's storage, for a top-level page only: same-origin frames in one tab would share it (and
/// a frame has no address bar for a pending link to stand in for).
fn tab_storage() -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    if embedding_parent(&window).is_some() {
        return None;
    }
    window.session_storage().ok().flatten()
}

/// Notes that the address bar still shows `shown` while the settings' link is now `latest`, so a
/// reload before the address bar is rewritten opens `latest`. About 0.03 ms, against about 1 ms
/// for rewriting the address bar.
pub fn note_pending_link(shown: &str, latest: &str) {
    if let Some(storage) = tab_storage() {
        let _ = storage.set_item(PENDING_LINK_KEY, &format!("{shown}\n{latest}"));
    }
}

/// Drops the note once the address bar shows the latest link.
pub fn clear_pending_link() {
    if let Some(storage) = tab_storage() {
        let _ = storage.remove_item(PENDING_LINK_KEY);
    }
}

/// The link this tab had not yet written when it was left, if the address bar still shows what it
/// showed then (not a link opened since); the note is used once.
pub fn take_pending_link(shown: &str) -> Option<String> {
    let storage = tab_storage()?;
    let note = storage.get_item(PENDING_LINK_KEY).ok().flatten()?;
    let _ = storage.remove_item(PENDING_LINK_KEY);
    let (noted, latest) = note.split_once('\n')?;
    (noted == shown).then(|| latest.to_owned())
}

const TICKS_KEY: &str = "hybrid-builder.ticks";

/// Separates the keys of ticked tasks in storage; no key the model makes contains it (one that
/// did, from pasted text, would only lose its own tick).
const TICK_SEPARATOR: char = '\u{1e}';

/// The checklist's ticks this tab kept: they survive a reload, and no other tab (another
/// deployment, perhaps) sees them.
pub fn load_ticks() -> Vec<String> {
    tab_storage()
        .and_then(|s| s.get_item(TICKS_KEY).ok().flatten())
        .map(|text| {
            text.split(TICK_SEPARATOR)
                .filter(|key| !key.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Keeps the checklist's ticks for this tab; a refusal is ignored.
pub fn save_ticks(ticks: &[String]) {
    if let Some(storage) = tab_storage() {
        let _ = storage.set_item(TICKS_KEY, &ticks.join(&TICK_SEPARATOR.to_string()));
    }
}

/// Reopens the page at its current address, as a newly opened link.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Whether the page was opened from disk (the offline file), where no link can be shared.
pub fn is_local_file() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// The page's URL without its fragment, for share links.
pub fn page_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_owned(),
        None => href,
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored settings text, if the browser has any and lets us read it.
pub fn load() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Stores the settings text; a refusal (private mode, quota) is ignored.
pub fn save(text: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, text);
    }
}

/// Marks the document as embedded, so the stylesheet drops the page chrome.
pub fn mark_embedded() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("embed");
    }
}

/// Gives the document the colours the embedding page asked for (`data-theme`), which the
/// stylesheet puts above the system's light or dark setting: a frame in a light runbook stays light.
pub fn mark_theme(theme: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// Message type the builder sends to an embedding page; the only message it ever sends.
pub const RESIZE_MESSAGE: &str = "hybrid-builder:resize";

/// In an iframe, reports the document height to the parent page whenever it changes, as
/// `{ type: "hybrid-builder:resize", height: <px> }`. Sent to the parent only, to the origin of
/// the embedding page when the browser tells it (`document.referrer`). Listens to no messages.
pub fn report_height_to_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = embedding_parent(&window) else {
        return;
    };
    let target_origin = window
        .document()
        .map(|d| d.referrer())
        .and_then(|r| web_sys::Url::new(&r).ok())
        .map(|u| u.origin())
        .filter(|o| o != "null" && !o.is_empty())
        .unwrap_or_else(|| "*".to_owned());
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let measured = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        // The root's own box, not scrollHeight, which never drops below the frame's height.
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, &target_origin);
    });
    let callback: &js_sys::Function = post.as_ref().unchecked_ref();
    if let Ok(observer) = web_sys::ResizeObserver::new(callback) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    post.forget();
}

/// Reads a chosen or dropped file's text as the CLI does ([`file_text::decode`]): UTF-8, or
/// UTF-16 with a byte-order mark, which Windows PowerShell 5.1 writes by default. The browser's own
/// `File.text()` reads UTF-8 only and would turn such a file into noise. The error is the notice
/// to show.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    let name = file.name();
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| crate::text::import_unreadable(&name))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    file_text::decode(&bytes).map_err(|_| crate::text::import_not_text(&name))
}
