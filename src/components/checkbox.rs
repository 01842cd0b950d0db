//! A labelled checkbox bound to one boolean of the settings.

use hybrid_model::{Field, Settings};
use leptos::prelude::*;

/// Binds a checkbox to a settings boolean through a getter and a setter, so sections stay declarative.
#[component]
pub fn Checkbox(
    settings: RwSignal<Settings>,
    field: Field,
    label: &'static str,
    help: &'static str,
    get: fn(&Settings) -> bool,
    set: fn(&mut Settings, bool),
) -> impl IntoView {
    let id = field.input_id();
    let help_id = format!("{id}-help");
    view! {
        <div class="field field-check">
            <input
                type="checkbox"
                id=id.clone()
                aria-describedby=help_id.clone()
                prop:checked=move || settings.with(get)
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    settings.update(|s| set(s, checked));
                }
            />
            <label for=id>{label}</label>
            <p class="help" id=help_id>{help}</p>
        </div>
    }
}
