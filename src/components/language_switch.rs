//! The page's language: the switcher in the header, and the one way a language is put on show.

use hybrid_model::i18n::catalog::{self, Catalog, LANGUAGES, PSEUDO};
use leptos::prelude::*;

use crate::live::handler;
use crate::text as t;

/// What showing another language touches; owned by the app, copied into the switcher.
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
            crate::locale::mark_document(wanted);
            return;
        }
        leptos::task::spawn_local(async move {
            match crate::locale::load(wanted).await {
                Ok(read) => {
                    if !self.embedded {
                        crate::locale::save(wanted);
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
        self.notices.update(|n| n.push(t::language_failed(name)));
    }
}

/// The language picker: each language named in itself, disabled when an embedding page fixed it.
#[component]
pub fn LanguageSwitch(languages: Languages, locked: bool) -> impl IntoView {
    let current = languages.shown.get_untracked();
    let pseudo = (current == PSEUDO).then_some((PSEUDO, "Pseudo"));
    let options = LANGUAGES
        .iter()
        .copied()
        .chain(pseudo)
        .map(|(tag, name)| {
            view! { <option value=tag lang=tag selected=tag == current>{name}</option> }
        })
        .collect_view();
    view! {
        <div class="language">
            <label for="language">{t::LANGUAGE_LABEL.text()}</label>
            " "
            <select id="language" disabled=locked
                on:change=handler(move |ev: leptos::ev::Event| {
                    if let Some(lang) = catalog::shipped(&event_target_value(&ev)) {
                        languages.show(lang);
                    }
                })>
                {options}
            </select>
        </div>
    }
}
