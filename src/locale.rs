//! Browser glue for the page's language: which one to start in, where its compiled file comes from
//! (the offline file's own copy, else `locales/` of this site, checked against the hash built into
//! the page), the browser's copy of the choice, and the one way a language is put on show.

use std::cell::{Cell, RefCell};

use hybrid_model::i18n::catalog::{self, Catalog, LANGUAGES};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const STORAGE_KEY: &str = "hybrid-builder.lang";

/// The language to start in: the link's, else this browser's saved choice, else the first of the
/// browser's languages the builder ships, else English.
pub fn initial(from_link: Option<&'static str>) -> &'static str {
    from_link
        .or_else(|| stored().as_deref().and_then(catalog::shipped))
        .unwrap_or_else(|| {
            let languages: Vec<String> = web_sys::window()
                .map(|w| w.navigator().languages())
                .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
                .unwrap_or_default();
            catalog::negotiate(languages.iter().map(String::as_str))
        })
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Keeps the admin's choice for the next visit.
pub fn save(lang: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, lang);
    }
}

/// Sets `<html lang>` so screen readers, hyphenation and fonts follow the page's language.
pub fn mark_document(lang: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang);
    }
}

thread_local! {
    /// Each language is read once per page.
    static READ: RefCell<Vec<&'static Catalog>> = const { RefCell::new(Vec::new()) };
}

/// Why a language could not be shown.
#[derive(Debug)]
pub enum LoadError {
    /// The page was built without that language.
    NotShipped,
    /// The file could not be fetched, or failed its integrity check.
    Fetch,
    /// The file is not the one this page was built with.
    Stale,
}

/// The catalog of `lang` (English is built in: `None`), fetched and read on first use.
pub async fn load(lang: &'static str) -> Result<Option<&'static Catalog>, LoadError> {
    if lang == "en" {
        return Ok(None);
    }
    if let Some(found) = READ.with(|r| r.borrow().iter().find(|c| c.lang() == lang).copied()) {
        return Ok(Some(found));
    }
    let text = match embedded(lang) {
        Some(text) => text,
        None => fetch(lang).await?,
    };
    let catalog = Catalog::read(lang, text).map_err(|_| LoadError::Stale)?;
    READ.with(|r| r.borrow_mut().push(catalog));
    Ok(Some(catalog))
}

/// The offline file carries every language in a data block (`<script type="application/json">`,
/// which never runs): no request is possible from `file://`.
fn embedded(lang: &str) -> Option<String> {
    let block = web_sys::window()?
        .document()?
        .get_element_by_id(&format!("locale-{lang}"))?
        .text_content()?;
    js_sys::JSON::parse(&block).ok()?.as_string()
}

async fn fetch(lang: &str) -> Result<String, LoadError> {
    let (name, integrity) = catalog::file(lang).ok_or(LoadError::NotShipped)?;
    let window = web_sys::window().ok_or(LoadError::Fetch)?;
    let init = web_sys::RequestInit::new();
    init.set_integrity(integrity);
    let promise = window.fetch_with_str_and_init(&format!("locales/{name}"), &init);
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|_| LoadError::Fetch)?
        .dyn_into()
        .map_err(|_| LoadError::Fetch)?;
    if !response.ok() {
        return Err(LoadError::Fetch);
    }
    let text = JsFuture::from(response.text().map_err(|_| LoadError::Fetch)?)
        .await
        .map_err(|_| LoadError::Fetch)?;
    text.as_string().ok_or(LoadError::Fetch)
}

thread_local! {
    /// A language the page started without because its file could not be read.
    static MISSED: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Shows the page in `lang` from now on; if its file cannot be read the page stays English and
/// [`missed`] says which language was wanted.
pub async fn activate(lang: &'static str) {
    match load(lang).await {
        Ok(read) => {
            catalog::activate(read);
            mark_document(lang);
        }
        Err(_) => MISSED.with(|m| m.set(Some(lang))),
    }
}

/// The language the page could not start in, once.
pub fn missed() -> Option<&'static str> {
    MISSED.with(Cell::take)
}

/// What showing another language touches; part of the page's state, read by the switcher.
#[derive(Clone, Copy)]
pub struct Languages {
    /// The language on show.
    pub shown: RwSignal<&'static str>,
    /// A language just read, for the app to put on show (`None` in the pair is English).
    pub read: RwSignal<Option<(Option<&'static Catalog>, &'static str)>>,
    pub notices: RwSignal<Vec<String>>,
    /// An embedded builder keeps nothing in the browser.
    pub embedded: bool,
}

impl Languages {
    /// Reads `wanted` (at most once per page), then shows the page in it: the admin's own pick,
    /// kept for the next visit, with the focus back on the switcher after the page is rebuilt.
    pub fn show(self, wanted: &'static str) {
        if wanted == self.shown.get_untracked() {
            mark_document(wanted);
            return;
        }
        leptos::task::spawn_local(async move {
            match load(wanted).await {
                Ok(read) => {
                    if !self.embedded {
                        save(wanted);
                    }
                    self.read.set(Some((read, wanted)));
                    request_animation_frame(|| crate::browser::focus_field("language"));
                }
                Err(_) => self.missed(wanted),
            }
        });
    }

    /// Says that `lang`'s file could not be read: the page stays in the language it shows.
    pub fn missed(self, lang: &'static str) {
        let name = LANGUAGES
            .iter()
            .find(|(tag, _)| *tag == lang)
            .map_or(lang, |(_, name)| *name);
        self.notices
            .update(|n| n.push(crate::text::language_failed(name)));
    }
}
