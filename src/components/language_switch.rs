//! The language switcher in the header (how a language is put on show: `locale::Languages`).

use hybrid_model::i18n::catalog::{self, LANGUAGES, PSEUDO};
use leptos::prelude::*;

use crate::reactive::handler;
use crate::state::use_state;
use crate::text as t;

/// The language picker: each language named in itself, disabled when an embedding page fixed it.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    let (languages, locked) = (state.languages, state.lang_locked);
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
