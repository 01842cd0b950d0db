//! Form controls bound to one settings value each, with their validation messages under them. A
//! control takes the field it stands for; its label, help, example and messages follow from it,
//! and the settings, report and locks come from the page's state.

use hybrid_model::procedure::confirmation::Confirmable;
use hybrid_model::procedure::vocabulary::FieldValue;
use hybrid_model::{Field, Report, Settings, Severity};
use leptos::either::Either;
use leptos::prelude::*;

use crate::reactive::{effect, handler, live, memo};
use crate::state::{PageState, use_state};

/// A field's label (a choice's legend) and help in the language on show.
fn words(field: Field) -> (&'static str, &'static str) {
    crate::text::field_words(field).map_or((field.path(), ""), |(label, help)| {
        (label.text(), help.text())
    })
}

/// The example a text field shows while empty (the same in every language).
fn placeholder(field: Field) -> &'static str {
    match field {
        Field::AdminUpn => "admin@contoso.onmicrosoft.com",
        Field::EdgeExternalFqdn => "sip.contoso.com",
        Field::ReverseProxyFqdn => "webext.contoso.com",
        Field::RegistrarPoolFqdn => "pool01.contoso.com",
        Field::OAuthTenantId => "6babcaad-604b-40ac-a9d7-9fd97c0b779f",
        Field::OAuthCertificatePath => "C:\\certs\\oauth.cer",
        _ => "",
    }
}

/// The messages of one field: errors and warnings, each with its code.
#[component]
fn FieldMessages(field: Field) -> impl IntoView {
    let report = use_state().report;
    let id = format!("{}-messages", field.input_id());
    // Only this field's messages: a change elsewhere in the report leaves them be.
    let issues = memo(move || report.with(|r| r.for_field(field).cloned().collect::<Vec<_>>()));
    let items = move || {
        issues
            .get()
            .into_iter()
            .map(|issue| {
                let (class, label) = match issue.severity {
                    Severity::Error => ("message message-error", crate::text::ERROR_PREFIX.text()),
                    Severity::Warning => (
                        "message message-warning",
                        crate::text::WARNING_PREFIX.text(),
                    ),
                };
                view! {
                    <p class=class>
                        <span class="message-label">{label}</span>
                        {issue.message}
                        " "
                        <span class="code">{issue.code.as_str()}</span>
                    </p>
                }
            })
            .collect_view()
    };
    view! { <div class="messages" id=id>{live(items)}</div> }
}

/// A field's help or, for a field the embedding page fixed, the note that says so instead (in the
/// help, which the control's description already points to): how to fill in a field is no use to
/// an admin who cannot change it, and a runbook's frame stays short.
fn help_text(state: PageState, help: &'static str, field: Field) -> impl IntoView {
    if state.locked(field) {
        Either::Right(view! { <span class="locked-note">{crate::text::LOCKED.text()}</span> })
    } else {
        Either::Left(help)
    }
}

/// `aria-describedby` for a field: its help text and its messages.
fn described_by(field: Field) -> String {
    let id = field.input_id();
    format!("{id}-help {id}-messages")
}

/// Whether the field has an error, for `aria-invalid` and styling.
fn invalid(report: Memo<Report>, field: Field) -> impl Fn() -> &'static str + Copy {
    move || {
        if report.with(|r| r.errors().any(|i| i.field == field)) {
            "true"
        } else {
            "false"
        }
    }
}

/// The frame of a labelled control: label, help, messages, then the control and its lock note.
#[component]
fn Labelled(field: Field, children: Children) -> impl IntoView {
    let state = use_state();
    let (label, help) = words(field);
    let id = field.input_id();
    let is_invalid = invalid(state.report, field);
    view! {
        <div class="field" class:field-locked=state.locked(field) class:field-invalid=live(move || is_invalid() == "true")>
            <label for=id.clone()>{label}</label>
            <p class="help" id=format!("{id}-help")>{help_text(state, help, field)}</p>
            <FieldMessages field />
            {children()}
        </div>
    }
}

/// A single-line text input; `children` go under it (a cloud value's note).
#[component]
pub fn TextField(field: Field, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let state = use_state();
    let (settings, report) = (state.settings, state.report);
    // An optional value shows the cloud's default while unset.
    let cloud = Confirmable::ALL
        .into_iter()
        .find(|c| c.value_field() == field);
    let get = move |s: &Settings| match field.get(s) {
        FieldValue::Text(text) => text,
        _ => cloud
            .map(|c| c.cloud_value(s).value.to_owned())
            .unwrap_or_default(),
    };
    let set = move |s: &mut Settings, text: String| {
        let _ = field.set(s, FieldValue::Text(text));
    };
    // The control is written only when its own value changed, not on every keystroke elsewhere.
    let value = memo(move || settings.with(get));
    view! {
        <Labelled field>
            <input
                type="text"
                id=field.input_id()
                spellcheck="false"
                autocomplete="off"
                placeholder=placeholder(field)
                disabled=state.locked(field)
                aria-describedby=described_by(field)
                aria-invalid=invalid(report, field)
                prop:value=value
                on:input=handler(move |ev: leptos::ev::Event| {
                    let value = event_target_value(&ev);
                    settings.update(|s| set(s, value));
                })
                on:change=handler(move |ev: leptos::ev::Event| {
                    // A value pasted from a spreadsheet or an email brings spaces and tabs at its
                    // ends; none of these fields can use them, so the committed value is trimmed
                    // and the field shows it (the middle is left alone: paths may hold spaces).
                    let value = event_target_value(&ev);
                    let trimmed = value.trim();
                    if trimmed.len() != value.len() {
                        let trimmed = trimmed.to_owned();
                        settings.update(|s| set(s, trimmed));
                    }
                })
            />
            {match children {
                Some(children) => Either::Left(children()),
                // No node at all: `None` would leave a placeholder comment in every plain field.
                None => Either::Right([] as [AnyView; 0]),
            }}
        </Labelled>
    }
}

/// A multi-line list, one entry per line; blank lines are kept while typing and ignored by the model.
#[component]
pub fn ListField(field: Field) -> impl IntoView {
    let state = use_state();
    let (settings, report) = (state.settings, state.report);
    let set = move |s: &mut Settings, items: Vec<String>| {
        let _ = field.set(s, FieldValue::List(items));
    };
    // What the control holds, as text. The settings are written back to it only when their list
    // differs from that text (a paste split into lines, a reset, an import): with thousands of
    // entries, joining the list and handing it to the control on every keystroke is a cost the
    // admin would wait for.
    let held = StoredValue::new(settings.with_untracked(|s| field.list(s).join("\n")));
    let control = NodeRef::<leptos::html::Textarea>::new();
    effect(move |_| {
        settings.with(|s| {
            let list = field.list(s);
            if held.with_value(|text| !holds(text, list)) {
                let text = list.join("\n");
                if let Some(control) = control.get_untracked() {
                    control.set_value(&text);
                }
                held.set_value(text);
            }
        })
    });
    view! {
        <Labelled field>
            <textarea
                id=field.input_id()
                node_ref=control
                rows="3"
                spellcheck="false"
                disabled=state.locked(field)
                aria-describedby=described_by(field)
                aria-invalid=invalid(report, field)
                prop:value=held.get_value()
                on:input=handler(move |ev: leptos::ev::Event| {
                    let text = event_target_value(&ev);
                    settings.update(|s| {
                        if let Some(list) = field.list_mut(s) {
                            take_lines(list, &text);
                        }
                    });
                    held.set_value(text);
                })
                on:change=handler(move |ev: leptos::ev::Event| {
                    // Pasted lists come one per line or separated by commas, semicolons, spaces or
                    // tabs; no entry of these lists can hold any of them, so each becomes a line.
                    let entries = split_list(&event_target_value(&ev));
                    if settings.with_untracked(|s| field.list(s) != entries.as_slice()) {
                        settings.update(|s| set(s, entries));
                    }
                })
            ></textarea>
        </Labelled>
    }
}

/// The control's lines as the list holds them: one entry per line, blank lines kept while typing;
/// an empty control holds no entry.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    (!text.is_empty())
        .then(|| text.split('\n').map(|l| l.trim_end_matches('\r')))
        .into_iter()
        .flatten()
}

/// Brings the list to the control's text, keeping the entries that did not change: a keystroke
/// changes one line of thousands.
fn take_lines(list: &mut Vec<String>, text: &str) {
    let mut count = 0;
    for (i, line) in lines(text).enumerate() {
        count = i + 1;
        match list.get_mut(i) {
            Some(entry) if entry == line => {}
            Some(entry) => line.clone_into(entry),
            None => list.push(line.to_owned()),
        }
    }
    list.truncate(count);
}

/// Whether the control's text already shows the list, compared without copying either.
fn holds(text: &str, list: &[String]) -> bool {
    lines(text).eq(list.iter().map(String::as_str))
}

/// The entries of a pasted list, in order, without blanks.
fn split_list(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|e| !e.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A labelled checkbox bound to one boolean.
#[component]
pub fn Checkbox(
    field: Field,
    /// For a tick that stands for another kind of value (a confirmation holds the value confirmed).
    #[prop(optional)]
    get: Option<fn(&Settings) -> bool>,
    #[prop(optional)] set: Option<fn(&mut Settings, bool)>,
) -> impl IntoView {
    let state = use_state();
    let (settings, report) = (state.settings, state.report);
    let (label, help) = words(field);
    let get = move |s: &Settings| match get {
        Some(get) => get(s),
        None => field.get(s) == FieldValue::Bool(true),
    };
    let set = move |s: &mut Settings, on: bool| match set {
        Some(set) => set(s, on),
        None => {
            let _ = field.set(s, FieldValue::Bool(on));
        }
    };
    let id = field.input_id();
    let is_invalid = invalid(report, field);
    let checked = memo(move || settings.with(get));
    view! {
        <div class="field field-check" class:field-locked=state.locked(field) class:field-invalid=live(move || is_invalid() == "true")>
            <input
                type="checkbox"
                id=id.clone()
                disabled=state.locked(field)
                aria-describedby=described_by(field)
                aria-invalid=is_invalid
                prop:checked=checked
                on:change=handler(move |ev: leptos::ev::Event| {
                    let checked = event_target_checked(&ev);
                    settings.update(|s| set(s, checked));
                })
            />
            <label for=id.clone()>{label}</label>
            <p class="help" id=format!("{id}-help")>{help_text(state, help, field)}</p>
            <FieldMessages field />
        </div>
    }
}

/// A choice's options as [`Choice`] takes them: each value's settings-file name and its label.
pub fn named<T: hybrid_model::procedure::vocabulary::Choice>(
    options: impl IntoIterator<Item = (T, &'static str)>,
) -> Vec<(&'static str, &'static str)> {
    options
        .into_iter()
        .map(|(v, label)| (v.name(), label))
        .collect()
}

/// A group of radio buttons for one enum value, given as (settings-file name, label) pairs; the
/// first radio carries the field's id, the others `<id>-<name>`.
#[component]
pub fn Choice(field: Field, options: Vec<(&'static str, &'static str)>) -> impl IntoView {
    let state = use_state();
    let (settings, report) = (state.settings, state.report);
    let (legend, help) = words(field);
    let id = field.input_id();
    let name = id.clone();
    let is_invalid = invalid(report, field);
    let current = memo(move || settings.with(|s| field.get(s)));
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, (key, label))| {
            let radio_id = if i == 0 {
                id.clone()
            } else {
                format!("{id}-{key}")
            };
            view! {
                // The label holds its radio: one node less per option than a wrapper and a label.
                <label class="radio">
                    <input
                        type="radio"
                        id=radio_id
                        name=name.clone()
                        value=key
                        disabled=state.locked(field)
                        aria-describedby=described_by(field)
                        prop:checked=live(move || current.with(|v| *v == FieldValue::Text(key.to_owned())))
                        on:change=handler(move |_| settings.update(|s| {
                            let _ = field.set(s, FieldValue::Text(key.to_owned()));
                        }))
                    />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field choice" class:field-locked=state.locked(field) class:field-invalid=live(move || is_invalid() == "true")>
            <legend>{legend}</legend>
            <p class="help" id=format!("{}-help", field.input_id())>{help_text(state, help, field)}</p>
            <FieldMessages field />
            {radios}
        </fieldset>
    }
}
