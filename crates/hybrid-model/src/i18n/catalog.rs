//! The active language's messages: English is compiled in; another locale's compiled file
//! (written from `locales/<lang>.ftl` by hybrid-locales) is read once and used until replaced.
//!
//! The language is per thread, like the page's and the CLI's single thread of rendering, so tests
//! running side by side never see each other's choice. Scripts are always rendered in English
//! ([`in_english`]): consoles, support cases and search all work in English.

use std::cell::Cell;
use std::fmt;

use super::keys::{COUNT, EN};

include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// The languages the builder ships, by BCP 47 tag, with their own names for the switcher.
pub const LANGUAGES: [(&str, &str); 5] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("ja", "日本語"),
    ("zh-CN", "简体中文"),
];

/// The test locale (every string visibly transformed and lengthened); not offered in the switcher.
pub const PSEUDO: &str = "en-XA";

/// The shipped language (or the pseudo-locale) a BCP 47 tag names, compared without case.
pub fn shipped(tag: &str) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .map(|(l, _)| *l)
        .chain([PSEUDO])
        .find(|l| l.eq_ignore_ascii_case(tag))
}

/// The first of a browser's preferred languages that the builder ships, else English: a region
/// falls back to its language (de-AT → de); Chinese in simplified script (zh, zh-Hans, zh-SG) is
/// zh-CN, traditional script (zh-TW, zh-HK, zh-MO, zh-Hant) is not shipped.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static str {
    preferred
        .into_iter()
        .find_map(|tag| {
            let tag = tag.trim().to_ascii_lowercase();
            let mut subtags = tag.split(['-', '_']);
            match subtags.next()? {
                "zh" => {
                    let rest: Vec<&str> = subtags.collect();
                    let traditional = rest
                        .iter()
                        .any(|s| matches!(*s, "hant" | "tw" | "hk" | "mo"));
                    (!traditional).then_some("zh-CN")
                }
                primary => LANGUAGES
                    .iter()
                    .map(|(l, _)| *l)
                    .find(|l| l.eq_ignore_ascii_case(primary)),
            }
        })
        .unwrap_or("en")
}

/// A message of the catalog without placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg(u16);

impl Msg {
    /// The key of the message at this index of the source (generated code only).
    pub(crate) const fn at(index: usize) -> Self {
        assert!(index < COUNT);
        Self(index as u16)
    }

    /// The message in the active language. Not inlined: hundreds of call sites would each carry
    /// the lookup (measured: 28 KB of wasm).
    #[inline(never)]
    pub fn text(self) -> &'static str {
        pattern(self.0 as usize)
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

impl From<Msg> for String {
    fn from(msg: Msg) -> String {
        msg.text().to_owned()
    }
}

/// A value for a placeholder: text is inserted as is, a number also chooses plural forms.
#[derive(Clone, Debug)]
pub enum MessageValue<'a> {
    /// Inserted as written.
    Text(&'a str),
    /// Inserted in digits; selects by plural category.
    Number(i64),
}

/// What a placeholder accepts.
pub trait MessageArg {
    /// The value to insert or select by.
    fn value(&self) -> MessageValue<'_>;
}

impl MessageArg for &str {
    fn value(&self) -> MessageValue<'_> {
        MessageValue::Text(self)
    }
}

impl MessageArg for String {
    fn value(&self) -> MessageValue<'_> {
        MessageValue::Text(self)
    }
}

impl MessageArg for &String {
    fn value(&self) -> MessageValue<'_> {
        MessageValue::Text(self)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl MessageArg for $t {
            fn value(&self) -> MessageValue<'_> {
                MessageValue::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i64, i32);

/// A locale's compiled messages, read once and kept for the life of the program.
#[derive(Debug)]
pub struct Catalog {
    lang: &'static str,
    records: Vec<&'static str>,
}

/// Why a compiled locale file is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// The language is not one the builder ships.
    UnknownLanguage,
    /// The file has another number of messages than this build (a stale or foreign file).
    WrongLength {
        /// Messages in the file.
        found: usize,
    },
}

impl Catalog {
    /// Reads a compiled locale file. The text is kept for the program's life (each language is
    /// read at most once), so messages can be handed out as `&'static str`.
    pub fn read(lang: &str, compiled: String) -> Result<&'static Catalog, CatalogError> {
        let lang = LANGUAGES
            .iter()
            .map(|(tag, _)| *tag)
            .chain([PSEUDO])
            .find(|tag| *tag == lang)
            .ok_or(CatalogError::UnknownLanguage)?;
        let text: &'static str = Box::leak(compiled.into_boxed_str());
        let records: Vec<&'static str> = text.split(hybrid_mark::RECORD).collect();
        if records.len() != COUNT {
            return Err(CatalogError::WrongLength {
                found: records.len(),
            });
        }
        Ok(Box::leak(Box::new(Catalog { lang, records })))
    }

    /// The language's tag.
    pub fn lang(&self) -> &'static str {
        self.lang
    }
}

/// The compiled file of a shipped locale, for programs that carry every locale (the CLI).
pub fn bundled(lang: &str) -> Option<&'static str> {
    BUNDLED
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, text)| *text)
}

/// The file name and integrity value under which a locale's compiled file is served.
pub fn file(lang: &str) -> Option<(&'static str, &'static str)> {
    FILES
        .iter()
        .find(|(l, _, _)| *l == lang)
        .map(|(_, name, sri)| (*name, *sri))
}

thread_local! {
    static ACTIVE: Cell<Option<&'static Catalog>> = const { Cell::new(None) };
    /// How many [`English`] scopes are open.
    static ENGLISH: Cell<u32> = const { Cell::new(0) };
}

/// The catalog in use now: none (English) inside an [`English`] scope.
fn in_use() -> Option<&'static Catalog> {
    if ENGLISH.with(Cell::get) > 0 {
        None
    } else {
        ACTIVE.with(Cell::get)
    }
}

/// Makes a catalog the active language of this thread; `None` is English.
pub fn activate(catalog: Option<&'static Catalog>) {
    ACTIVE.with(|a| a.set(catalog));
}

/// The tag of the language messages are given in now.
pub fn active_lang() -> &'static str {
    in_use().map_or("en", Catalog::lang)
}

/// English while it lives: the script writer holds one, so every script is English whatever the
/// page shows. Scopes count rather than save and restore, so they may end in any order (a writer
/// can be taken out of its place and replaced by a fresh one).
#[derive(Debug)]
pub struct English(());

impl English {
    /// Makes English active until the value is dropped.
    pub fn scope() -> Self {
        ENGLISH.with(|n| n.set(n.get() + 1));
        Self(())
    }
}

impl Drop for English {
    fn drop(&mut self) {
        ENGLISH.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// Runs `render` with English active.
pub fn in_english<T>(render: impl FnOnce() -> T) -> T {
    let _english = English::scope();
    render()
}

fn pattern(index: usize) -> &'static str {
    in_use()
        .and_then(|c| c.records.get(index).copied())
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| english(index))
}

/// The English message at `index`, from the source's records (split once per thread).
fn english(index: usize) -> &'static str {
    thread_local! {
        static RECORDS: Vec<&'static str> = EN.split(hybrid_mark::RECORD).collect();
    }
    RECORDS.with(|r| r.get(index).copied().unwrap_or_default())
}

/// The control characters of the compiled form; kept in step with `hybrid_locales::mark` by a test.
mod hybrid_mark {
    pub const VAR: char = '\u{1}';
    pub const END_VAR: char = '\u{2}';
    pub const SELECT: char = '\u{3}';
    pub const VARIANT: char = '\u{4}';
    pub const KEY_END: char = '\u{5}';
    pub const END_SELECT: char = '\u{6}';
    pub const RECORD: char = '\u{1e}';
}

/// Formats the message at `index` with its placeholders' values (generated code only).
#[inline(never)]
pub(crate) fn format(index: usize, args: &[(&str, MessageValue<'_>)]) -> String {
    let pattern = pattern(index);
    let mut out = String::with_capacity(pattern.len() + 32);
    let plural = plural_rule(active_lang());
    let mut rest = pattern;
    render(&mut rest, args, Some(&mut out), plural);
    out
}

/// CLDR's cardinal plural category of an integer, for the shipped languages.
fn plural_rule(lang: &str) -> fn(i64) -> &'static str {
    match lang {
        // CLDR: one when i = 0,1; many for (non-zero) multiples of a million; otherwise other.
        "fr" => |n| match n.unsigned_abs() {
            0 | 1 => "one",
            n if n % 1_000_000 == 0 => "many",
            _ => "other",
        },
        // CLDR: Japanese and Chinese have only "other".
        "ja" | "zh-CN" => |_| "other",
        // CLDR: English and German: one when i = 1 and v = 0.
        _ => |n| if n == 1 { "one" } else { "other" },
    }
}

/// Renders a pattern up to its end, a variant start or a select's end (which it leaves unread);
/// writes only when `out` is given, so the same walk also skips a variant not chosen.
fn render(
    rest: &mut &str,
    args: &[(&str, MessageValue<'_>)],
    mut out: Option<&mut String>,
    plural: fn(i64) -> &'static str,
) {
    use hybrid_mark::*;
    while let Some(c) = rest.chars().next() {
        match c {
            VARIANT | END_SELECT => return,
            VAR => {
                let (name, after) = split_at(&rest[1..], END_VAR);
                *rest = after;
                if let Some(out) = out.as_deref_mut() {
                    match lookup(args, name) {
                        Some(MessageValue::Text(t)) => out.push_str(t),
                        Some(MessageValue::Number(n)) => out.push_str(&n.to_string()),
                        None => {}
                    }
                }
            }
            SELECT => {
                let end = rest[1..].find(VARIANT).map_or(rest.len(), |i| i + 1);
                let name = &rest[1..end];
                *rest = &rest[end..];
                // First pass: each variant's key and where its pattern starts.
                let mut variants: Vec<(&str, &str)> = Vec::new();
                while let Some(after) = rest.strip_prefix(VARIANT) {
                    let (key, body) = split_at(after, KEY_END);
                    variants.push((key, body));
                    *rest = body;
                    render(rest, args, None, plural);
                }
                *rest = rest.strip_prefix(END_SELECT).unwrap_or(rest);
                let value = lookup(args, name);
                let chosen = choose(&variants, value, plural);
                if let (Some(out), Some(mut body)) = (out.as_deref_mut(), chosen) {
                    render(&mut body, args, Some(out), plural);
                }
            }
            _ => {
                if let Some(out) = out.as_deref_mut() {
                    out.push(c);
                }
                *rest = &rest[c.len_utf8()..];
            }
        }
    }
}

/// The variant whose key is the value (or, for a number, its plural category), else the default.
fn choose<'p>(
    variants: &[(&str, &'p str)],
    value: Option<&MessageValue<'_>>,
    plural: fn(i64) -> &'static str,
) -> Option<&'p str> {
    let key = |k: &str| k.strip_prefix('*').unwrap_or(k).to_owned();
    let wanted: Vec<String> = match value {
        Some(MessageValue::Text(t)) => vec![(*t).to_owned()],
        Some(MessageValue::Number(n)) => vec![n.to_string(), plural(*n).to_owned()],
        None => Vec::new(),
    };
    wanted
        .iter()
        .find_map(|w| variants.iter().find(|(k, _)| key(k) == *w))
        .or_else(|| variants.iter().find(|(k, _)| k.starts_with('*')))
        .map(|(_, body)| *body)
}

fn lookup<'v>(args: &'v [(&str, MessageValue<'_>)], name: &str) -> Option<&'v MessageValue<'v>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
}

fn split_at(text: &str, end: char) -> (&str, &str) {
    match text.find(end) {
        Some(i) => (&text[..i], &text[i + end.len_utf8()..]),
        None => (text, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(pattern: &str, args: &[(&str, MessageValue<'_>)], lang: &str) -> String {
        let mut out = String::new();
        let mut rest = pattern;
        render(&mut rest, args, Some(&mut out), plural_rule(lang));
        out
    }

    #[test]
    fn english_has_every_message_in_order() {
        assert_eq!(EN.split(hybrid_mark::RECORD).count(), COUNT);
        assert_eq!(english(0), EN.split(hybrid_mark::RECORD).next().unwrap());
        assert_eq!(
            english(COUNT - 1),
            EN.rsplit(hybrid_mark::RECORD).next().unwrap()
        );
    }

    #[test]
    fn placeholders_and_plural_selects() {
        let p = "\u{3}n\u{4}0\u{5}No errors\u{4}one\u{5}One error in \u{1}f\u{2}\u{4}*other\u{5}\u{1}n\u{2} errors\u{6}.";
        let f = ("f", MessageValue::Text("x"));
        assert_eq!(
            run(p, &[("n", MessageValue::Number(0)), f.clone()], "en"),
            "No errors."
        );
        assert_eq!(
            run(p, &[("n", MessageValue::Number(1)), f.clone()], "en"),
            "One error in x."
        );
        assert_eq!(
            run(p, &[("n", MessageValue::Number(3)), f.clone()], "en"),
            "3 errors."
        );
        assert_eq!(
            run(p, &[("n", MessageValue::Number(1)), f.clone()], "ja"),
            "1 errors."
        );
        // French: 0 would be "one" but the exact key 0 wins.
        assert_eq!(
            run(p, &[("n", MessageValue::Number(0)), f], "fr"),
            "No errors."
        );
    }

    #[test]
    fn nested_selects_and_text_keys() {
        let p =
            "a\u{3}k\u{4}x\u{5}X\u{3}n\u{4}one\u{5}1\u{4}*other\u{5}many\u{6}\u{4}*y\u{5}Y\u{6}b";
        assert_eq!(
            run(
                p,
                &[
                    ("k", MessageValue::Text("x")),
                    ("n", MessageValue::Number(2))
                ],
                "en"
            ),
            "aXmanyb"
        );
        assert_eq!(run(p, &[("k", MessageValue::Text("z"))], "en"), "aYb");
    }

    #[test]
    fn marks_match_the_compiler() {
        use hybrid_locales::mark as m;
        assert_eq!(
            [
                m::VAR,
                m::END_VAR,
                m::SELECT,
                m::VARIANT,
                m::KEY_END,
                m::END_SELECT,
                m::RECORD
            ],
            [
                hybrid_mark::VAR,
                hybrid_mark::END_VAR,
                hybrid_mark::SELECT,
                hybrid_mark::VARIANT,
                hybrid_mark::KEY_END,
                hybrid_mark::END_SELECT,
                hybrid_mark::RECORD
            ]
        );
    }

    #[test]
    fn the_browsers_languages_choose_a_shipped_one() {
        assert_eq!(negotiate(["de-AT", "en"]), "de");
        assert_eq!(negotiate(["fr-CA"]), "fr");
        assert_eq!(negotiate(["ja-JP"]), "ja");
        assert_eq!(negotiate(["zh-Hans-CN"]), "zh-CN");
        assert_eq!(negotiate(["zh"]), "zh-CN");
        assert_eq!(negotiate(["zh-TW", "ja"]), "ja");
        assert_eq!(negotiate(["zh-Hant"]), "en");
        assert_eq!(negotiate(["es-ES", "pt"]), "en");
        assert_eq!(negotiate(["en-GB", "de"]), "en");
        assert_eq!(negotiate([]), "en");
        assert_eq!(shipped("ZH-cn"), Some("zh-CN"));
        assert_eq!(shipped("en-XA"), Some("en-XA"));
        assert_eq!(shipped("es"), None);
    }

    #[test]
    fn plural_rules_follow_cldr() {
        assert_eq!(plural_rule("de")(1), "one");
        assert_eq!(plural_rule("de")(0), "other");
        assert_eq!(plural_rule("fr")(1), "one");
        assert_eq!(plural_rule("fr")(0), "one");
        assert_eq!(plural_rule("fr")(2), "other");
        assert_eq!(plural_rule("fr")(2_000_000), "many");
        assert_eq!(plural_rule("zh-CN")(1), "other");
    }

    #[test]
    fn english_scopes_may_end_in_any_order() {
        let de = Catalog::read("de", bundled("de").expect("de is bundled").to_owned()).unwrap();
        activate(Some(de));
        let first = English::scope();
        let second = English::scope();
        assert_eq!(active_lang(), "en");
        drop(first);
        assert_eq!(active_lang(), "en");
        drop(second);
        assert_eq!(active_lang(), "de");
        activate(None);
    }

    #[test]
    fn a_stale_file_is_refused() {
        assert_eq!(
            Catalog::read("de", "a\u{1e}b".to_owned()).unwrap_err(),
            CatalogError::WrongLength { found: 2 }
        );
        assert_eq!(
            Catalog::read("xx", String::new()).unwrap_err(),
            CatalogError::UnknownLanguage
        );
    }
}
