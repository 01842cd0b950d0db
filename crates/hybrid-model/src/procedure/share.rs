//! Reading and writing settings outside the page: share links (URL fragment), browser storage and
//! settings files. Every decoder reads field by field, so whatever can be read is kept and whatever
//! cannot is listed; none of them panics on any input.

use serde_json::{Map, Value as Json};

use crate::input::strict_json::{self, JsonError};
use crate::procedure::field::Field;
use crate::procedure::settings::{SCHEMA_VERSION, Settings};
use crate::procedure::share_text as t;
use crate::procedure::vocabulary::{FieldValue, Shape};

/// Something that could not be read, with where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The field path or link key it concerns, or an empty string for the whole input.
    pub key: String,
    /// What is wrong, as a fact: true for every reader, whatever it then does.
    pub message: String,
    /// What a reader that keeps going (the page) puts in place of what it could not use. The CLI
    /// refuses a settings file with any problem instead, so it states the fact alone.
    pub fallback: Fallback,
}

/// What a reader that takes whatever it can does about one problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// The message says it all (the input was refused as a whole, or the problem changes nothing).
    Stated,
    /// The field keeps its default value.
    DefaultKept,
    /// The entry is not a setting and is skipped.
    Ignored,
    /// Nothing could be read field by field: every setting is its default.
    DefaultsUsed,
}

impl Problem {
    /// The fact and, after it, what was done about it: the page's words, for a reader that takes
    /// what it can. Never for the CLI, which uses nothing from a file with a problem.
    pub fn with_fallback(&self) -> String {
        let fact = self.message.as_str();
        match self.fallback {
            Fallback::Stated => self.message.clone(),
            Fallback::DefaultKept => t::default_kept(fact),
            Fallback::Ignored => t::ignored(fact),
            Fallback::DefaultsUsed => t::defaults_used(fact),
        }
    }
}

/// What a decoder recovered: settings (defaults where nothing could be read) and what was not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub settings: Settings,
    pub problems: Vec<Problem>,
}

/// Every problem is shown to the admin and may quote the input: both parts are made safe to show.
fn problem(key: &str, message: impl Into<String>) -> Problem {
    Problem {
        key: crate::input::display::display_text(key),
        message: crate::input::display::display_text(&message.into()),
        fallback: Fallback::Stated,
    }
}

/// A problem after which a reader that keeps going does `fallback`.
fn problem_then(key: &str, message: impl Into<String>, fallback: Fallback) -> Problem {
    Problem {
        fallback,
        ..problem(key, message)
    }
}

/// A settings text that is not strict JSON, in the admin's words.
fn unreadable(error: JsonError) -> Problem {
    match error {
        JsonError::Syntax(detail) => problem("", t::not_json(&detail)),
        JsonError::DuplicateKey(key) => problem("", t::duplicate_key(key)),
        JsonError::TooDeep => problem("", t::TOO_DEEP),
    }
}

/// A JSON value as one field's value; anything else is refused in the field's own words.
fn from_json(field: Field, value: &Json) -> Result<FieldValue, String> {
    Ok(match value {
        Json::Bool(b) => FieldValue::Bool(*b),
        Json::String(text) => FieldValue::Text(text.clone()),
        Json::Null => FieldValue::Null,
        Json::Array(items) => FieldValue::List(
            items
                .iter()
                .map(|item| item.as_str().map(str::to_owned))
                .collect::<Option<_>>()
                .ok_or_else(|| field.refusal())?,
        ),
        _ => return Err(field.refusal()),
    })
}

fn json_at<'a>(value: &'a Json, path: &str) -> Option<&'a Json> {
    path.split('.').try_fold(value, |v, part| v.get(part))
}

/// Reads settings from a JSON value field by field (storage and settings files). A value has no
/// repeated keys left to see: the text readers refuse them before one is built.
pub fn from_json_value(value: &Json) -> Decoded {
    let mut settings = Settings::default();
    let mut problems = Vec::new();
    let Some(object) = value.as_object() else {
        return Decoded {
            settings,
            problems: vec![problem_then("", t::NOT_AN_OBJECT, Fallback::DefaultsUsed)],
        };
    };
    if let Some(version) = object.get("schema_version") {
        match version.as_u64() {
            Some(v) if v <= u64::from(SCHEMA_VERSION) => {}
            Some(v) => problems.push(problem("schema_version", t::newer_version(v))),
            None => problems.push(problem("schema_version", t::BAD_VERSION)),
        }
    }
    for field in Field::ALL {
        if let Some(v) = json_at(value, field.path())
            && let Err(message) = from_json(field, v).and_then(|v| field.set(&mut settings, v))
        {
            problems.push(problem_then(field.path(), message, Fallback::DefaultKept));
        }
    }
    unknown_keys(object, "", &mut problems);
    Decoded { settings, problems }
}

/// Lists keys that no field reads, so a typo in a settings file is reported, not ignored.
fn unknown_keys(object: &Map<String, Json>, prefix: &str, problems: &mut Vec<Problem>) {
    for (key, value) in object {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        if path == "schema_version" || Field::from_path(&path).is_some() {
            continue;
        }
        match value.as_object() {
            Some(inner)
                if Field::ALL
                    .iter()
                    .any(|f| f.path().starts_with(&format!("{path}."))) =>
            {
                unknown_keys(inner, &path, problems)
            }
            _ => problems.push(problem_then(&path, t::UNKNOWN_FIELD, Fallback::Ignored)),
        }
    }
}

/// File name of a settings file download (the page's export, Download all).
pub const SETTINGS_FILE: &str = "hybrid-settings.json";

/// Reads a settings file. A file from a newer schema is refused as a whole; otherwise every
/// readable field is taken and the rest listed. A leading byte-order mark is skipped: Windows
/// PowerShell 5.1 (`Set-Content -Encoding UTF8`) and older Notepad write one.
pub fn from_file(text: &str) -> Result<Decoded, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = strict_json::parse(text).map_err(unreadable)?;
    if let Some(v) = value.get("schema_version").and_then(Json::as_u64)
        && v > u64::from(SCHEMA_VERSION)
    {
        return Err(problem("schema_version", t::newer_version(v)));
    }
    Ok(from_json_value(&value))
}

/// Reads what the page stored in the browser; anything unreadable falls back to defaults.
pub fn from_storage(text: &str) -> Decoded {
    match strict_json::parse(text) {
        Ok(value) => from_json_value(&value),
        Err(error) => Decoded {
            settings: Settings::default(),
            problems: match error {
                JsonError::DuplicateKey(key) => vec![problem("", t::duplicate_key(key))],
                _ => vec![problem("", t::STORAGE_CORRUPT)],
            },
        },
    }
}

/// The JSON the page stores and exports and the CLI reads: complete and pretty-printed.
pub fn to_json(settings: &Settings) -> String {
    let mut text = serde_json::to_string_pretty(settings).unwrap_or_default();
    text.push('\n');
    text
}

// ---- Share links -------------------------------------------------------------------------------

/// Link format version: `v=2` ends with a checksum (`c=`); `v=1` links, without one, still open.
pub const LINK_VERSION: u32 = 2;

/// The checksum a link ends with: the first 8 hex digits of the SHA-256 of its parts as read
/// (`key=value` with values decoded, joined by `&`), so a browser that re-encodes the address
/// does not break it but a link cut short in an email is caught.
fn checksum<'a>(parts: impl Iterator<Item = (&'a str, String)>) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for (i, (key, value)) in parts.enumerate() {
        if i > 0 {
            hasher.update(b"&");
        }
        hasher.update(key.as_bytes());
        hasher.update(b"=");
        hasher.update(value.as_bytes());
    }
    hasher.finalize()[..4]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a link carries besides settings: embed mode, locked fields, the language, and whether its
/// names are placeholders.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkOptions {
    pub embed: bool,
    /// The names in the link are placeholders (`redacted`, see [`crate::handover::redact`]): the page says
    /// so and withholds the scripts until the admin has typed real names.
    pub redacted: bool,
    pub locked: Vec<Field>,
    /// The language the link opens in (`lang=`); none is the reader's own.
    pub lang: Option<&'static str>,
    /// An embedding page fixed the language (`lock=lang`): the switcher is disabled.
    pub lang_locked: bool,
    /// The colours an embedding page asks for (`theme=light|dark`), so the frame matches the page
    /// around it rather than the reader's system setting; none follows the system.
    pub theme: Option<Theme>,
}

/// Light or dark colours, as an embedding page asks for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    const NAMES: [&str; 2] = ["light", "dark"];

    /// The value in links, and the page's `data-theme` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_name(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// The marker of a link whose names are placeholders.
pub const REDACTED: &str = "redacted";

/// The `lock=` name of the language, which is not a setting.
const LANG_LOCK: &str = "lang";

/// Every field's default value, in `Field::ALL` order, computed once: the page computes the link
/// on every keystroke.
fn default_values() -> &'static [FieldValue] {
    static DEFAULTS: std::sync::OnceLock<Vec<FieldValue>> = std::sync::OnceLock::new();
    DEFAULTS.get_or_init(|| {
        let defaults = Settings::default();
        Field::ALL.iter().map(|f| f.get(&defaults)).collect()
    })
}

/// A link fragment (without `#`): `v=1` then only the fields that differ from the defaults, as
/// `path=value` pairs joined by `&`; lists are comma-separated; values are percent-encoded.
pub fn to_fragment(settings: &Settings, options: &LinkOptions) -> String {
    let mut parts = vec![format!("v={LINK_VERSION}")];
    if options.embed {
        parts.push("embed".to_owned());
    }
    if options.redacted {
        parts.push(REDACTED.to_owned());
    }
    if !options.locked.is_empty() || options.lang_locked {
        let mut locked: Vec<&str> = options.locked.iter().map(|f| f.path()).collect();
        if options.lang_locked {
            locked.push(LANG_LOCK);
        }
        parts.push(format!("lock={}", locked.join(",")));
    }
    if let Some(lang) = options.lang {
        parts.push(format!("lang={lang}"));
    }
    if let Some(theme) = options.theme {
        parts.push(format!("theme={}", theme.as_str()));
    }
    for (field, default) in Field::ALL.into_iter().zip(default_values()) {
        let value = field.get(settings);
        if value == *default {
            continue;
        }
        let text = match value {
            FieldValue::Bool(b) => b.to_string(),
            FieldValue::Text(text) => encode(&text),
            FieldValue::List(items) => items
                .iter()
                .map(|i| encode(i))
                .collect::<Vec<_>>()
                .join(","),
            FieldValue::Null => continue,
        };
        parts.push(format!("{}={text}", field.path()));
    }
    let sum = checksum(parts.iter().map(|p| {
        let (key, raw) = p.split_once('=').unwrap_or((p.as_str(), ""));
        (key, decode(raw))
    }));
    parts.push(format!("c={sum}"));
    parts.join("&")
}

/// Takes away confirmations that came with settings from outside this browser, keeping those the
/// opener already gave here for the same value (`own`), and lists the others as the sender's
/// (see [`crate::procedure::confirmation::withhold_foreign`]): links and imported files never carry someone
/// else's confirmation as the opener's.
pub fn withhold_confirmations(decoded: &mut Decoded, own: Option<&Settings>) {
    for value in crate::procedure::confirmation::withhold_foreign(&mut decoded.settings, own) {
        decoded
            .problems
            .push(problem(value.confirmed_field().path(), t::SENDER_CONFIRMED));
    }
}

/// Reads a link fragment (with or without `#`).
pub fn from_fragment(fragment: &str) -> (Decoded, LinkOptions) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut settings = Settings::default();
    let mut problems = Vec::new();
    let mut options = LinkOptions::default();
    let mut version_seen = None;
    let mut read = Vec::new();
    let mut sum = None;
    let mut seen = std::collections::HashSet::new();
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = part.split_once('=').unwrap_or((part, ""));
        // A key twice is ambiguous: the first is taken and the repeat reported, never silently won.
        // The repeat still counts towards the checksum, so a part added to a link shows as a change.
        if !seen.insert(key) {
            if key != "c" {
                read.push((key, decode(raw)));
            }
            problems.push(problem(&shorten(key), t::REPEATED_IN_LINK));
            continue;
        }
        if key == "c" {
            sum = Some(raw.to_owned());
            continue;
        }
        read.push((key, decode(raw)));
        match key {
            "v" => {
                version_seen = raw.parse::<u32>().ok();
                match raw.parse::<u32>() {
                    Ok(v) if v <= LINK_VERSION => {}
                    Ok(v) => problems.push(problem("v", t::newer_link(v))),
                    Err(_) => problems.push(problem("v", t::BAD_LINK_VERSION)),
                }
            }
            "embed" => options.embed = true,
            REDACTED => options.redacted = true,
            "lang" => match crate::i18n::catalog::shipped(raw) {
                Some(lang) => options.lang = Some(lang),
                None => problems.push(problem("lang", t::unknown_language(shorten(raw)))),
            },
            "theme" => match Theme::from_name(raw) {
                Some(theme) => options.theme = Some(theme),
                None => problems.push(problem_then(
                    "theme",
                    t::not_a_choice(&Theme::NAMES),
                    Fallback::Ignored,
                )),
            },
            "lock" => {
                for path in raw.split(',').filter(|p| !p.is_empty()) {
                    if path == LANG_LOCK {
                        options.lang_locked = true;
                        continue;
                    }
                    match Field::from_path(path) {
                        Some(field) => options.locked.push(field),
                        None => problems.push(problem("lock", t::unknown_lock(&shorten(path)))),
                    }
                }
            }
            _ => {
                let Some(field) = Field::from_path(key) else {
                    problems.push(problem_then(
                        &shorten(key),
                        t::UNKNOWN_FIELD,
                        Fallback::Ignored,
                    ));
                    continue;
                };
                let value = match field.shape() {
                    Shape::Bool => match raw {
                        "true" | "1" => FieldValue::Bool(true),
                        "false" | "0" => FieldValue::Bool(false),
                        _ => {
                            problems.push(problem_then(
                                key,
                                t::NOT_A_BOOLEAN,
                                Fallback::DefaultKept,
                            ));
                            continue;
                        }
                    },
                    Shape::List if raw.is_empty() => FieldValue::List(Vec::new()),
                    Shape::List => FieldValue::List(raw.split(',').map(decode).collect()),
                    Shape::Text | Shape::OptionalText | Shape::Choice(_) => {
                        FieldValue::Text(decode(raw))
                    }
                };
                if let Err(message) = field.set(&mut settings, value) {
                    problems.push(problem_then(key, message, Fallback::DefaultKept));
                }
            }
        }
    }
    if version_seen.is_none() && !fragment.is_empty() {
        problems.push(problem("v", t::BAD_LINK_VERSION));
    }
    // From v=2 on a link ends with its checksum: without it, or with another, it was cut or changed.
    if version_seen.is_some_and(|v| v >= 2) {
        let expected = checksum(read.into_iter());
        match sum {
            Some(sum) if sum.eq_ignore_ascii_case(&expected) => {}
            Some(_) => problems.insert(0, problem("", t::LINK_CHANGED)),
            None => problems.insert(0, problem("", t::LINK_CUT_SHORT)),
        }
    }
    (Decoded { settings, problems }, options)
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Percent-encodes everything but unreserved characters and a few readable ones.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~@:/!$'()*+;".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Reverses [`encode`]; malformed escapes are kept as typed, invalid UTF-8 becomes U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
