//! The translations of the builder: `locales/<lang>.ftl`, one Fluent file per locale, read here at
//! build time (by the model's build script, xtask and tests) and never in the page.
//!
//! Each file is parsed by Project Fluent's own parser, checked against the English source (same
//! messages, same placeholders) and flattened into the small form the model reads at run time:
//! one record per message in the English file's order, with placeholders and selectors marked by
//! control characters (see [`mark`]). The page thus carries no Fluent parser or resolver; a
//! locale it does not show costs it nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, Resource, VariantKey,
};

/// Every locale the builder ships, the English source first.
pub const LOCALES: [&str; 5] = ["en", "de", "fr", "ja", "zh-CN"];

/// The test locale: every string visibly transformed and about 40 % longer, built from English.
pub const PSEUDO: &str = "en-XA";

/// The control characters of the flattened form, which the page's interpreter reads.
pub mod mark {
    /// Opens a variable placeable: `VAR name END_VAR`.
    pub const VAR: char = '\u{1}';
    /// Closes a variable placeable.
    pub const END_VAR: char = '\u{2}';
    /// Opens a select on a variable: `SELECT name (VARIANT key KEY_END pattern)+ END_SELECT`;
    /// the default variant's key starts with `*`.
    pub const SELECT: char = '\u{3}';
    /// Starts a variant.
    pub const VARIANT: char = '\u{4}';
    /// Ends a variant's key.
    pub const KEY_END: char = '\u{5}';
    /// Closes a select.
    pub const END_SELECT: char = '\u{6}';
    /// Separates the records of a flattened catalog.
    pub const RECORD: char = '\u{1e}';
}

/// One message of a locale file, flattened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The Fluent identifier, e.g. `checklist-title`.
    pub id: String,
    /// The pattern in the flattened form (see [`mark`]).
    pub flat: String,
    /// The variables the pattern uses, in order of first use.
    pub variables: Vec<String>,
}

/// A locale file's messages, in the file's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleFile {
    /// The messages; terms (`-name`) are inlined where used and not listed.
    pub messages: Vec<Message>,
}

impl LocaleFile {
    /// Parses and flattens a `.ftl` file; every problem is reported, with the message it is in.
    pub fn parse(source: &str) -> Result<Self, Vec<String>> {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                return Err(errors
                    .iter()
                    .map(|e| {
                        let line = source[..e.pos.start.min(source.len())].lines().count();
                        format!("line {line}: {:?}", e.kind)
                    })
                    .collect());
            }
        };
        Flattener::new(&resource).run()
    }

    /// The message with this identifier.
    pub fn get(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.id == id)
    }

    /// What a translation lacks or has beyond this (source) catalog: messages and placeholders.
    pub fn differences(&self, translation: &LocaleFile) -> Vec<String> {
        let mut problems = Vec::new();
        let mut seen = BTreeSet::new();
        for message in &translation.messages {
            if !seen.insert(message.id.as_str()) {
                problems.push(format!("{} is defined twice", message.id));
            }
            match self.get(&message.id) {
                None => problems.push(format!("{} is not in the source", message.id)),
                Some(source) => {
                    let want: BTreeSet<_> = source.variables.iter().collect();
                    let have: BTreeSet<_> = message.variables.iter().collect();
                    for missing in want.difference(&have) {
                        problems.push(format!("{} lacks the placeholder ${missing}", message.id));
                    }
                    for extra in have.difference(&want) {
                        problems.push(format!(
                            "{} has the placeholder ${extra}, which the source lacks",
                            message.id
                        ));
                    }
                }
            }
        }
        for message in &self.messages {
            if translation.get(&message.id).is_none() {
                problems.push(format!("{} is missing", message.id));
            }
        }
        problems
    }

    /// The flattened form the page reads: one record per message of `source`, in its order; a
    /// message this catalog lacks is an empty record (the page shows the English one).
    pub fn compiled_against(&self, source: &LocaleFile) -> String {
        let by_id: BTreeMap<&str, &str> = self
            .messages
            .iter()
            .map(|m| (m.id.as_str(), m.flat.as_str()))
            .collect();
        let mut out = String::new();
        for (i, message) in source.messages.iter().enumerate() {
            if i > 0 {
                out.push(mark::RECORD);
            }
            out.push_str(by_id.get(message.id.as_str()).copied().unwrap_or(""));
        }
        out
    }

    /// The pseudo-locale of this (English) catalog: text transformed and lengthened, placeholders
    /// and selector keys kept.
    pub fn pseudo(&self) -> LocaleFile {
        LocaleFile {
            messages: self
                .messages
                .iter()
                .map(|m| Message {
                    id: m.id.clone(),
                    flat: pseudo_flat(&m.flat),
                    variables: m.variables.clone(),
                })
                .collect(),
        }
    }
}

/// Transforms the text runs of a flattened pattern; the whole message is bracketed and padded.
fn pseudo_flat(flat: &str) -> String {
    let mut out = String::from("[");
    let mut letters = 0usize;
    // Inside a placeable's name or a variant's key nothing is transformed.
    let mut in_name = false;
    for c in flat.chars() {
        match c {
            mark::VAR | mark::SELECT | mark::VARIANT => {
                in_name = true;
                out.push(c);
            }
            mark::END_VAR | mark::KEY_END => {
                in_name = false;
                out.push(c);
            }
            mark::END_SELECT => out.push(c),
            // A select's name runs until its first variant.
            _ if in_name => out.push(c),
            _ => {
                letters += 1;
                out.push(accented(c));
            }
        }
    }
    out.push(' ');
    out.extend(std::iter::repeat_n('·', (letters * 2).div_ceil(5).max(1)));
    out.push(']');
    out
}

/// A visibly different, still readable letter.
fn accented(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: [char; 52] = [
        'á', 'ƀ', 'ç', 'đ', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž', 'Á', 'Ɓ', 'Ç', 'Đ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ',
        'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    FROM.find(c).map_or(c, |i| TO[i])
}

/// Flattens the messages of one resource, inlining terms and message references.
struct Flattener<'a> {
    messages: BTreeMap<&'a str, &'a Pattern<&'a str>>,
    terms: BTreeMap<&'a str, &'a Pattern<&'a str>>,
    order: Vec<&'a str>,
    problems: Vec<String>,
}

impl<'a> Flattener<'a> {
    fn new(resource: &'a Resource<&'a str>) -> Self {
        let mut flattener = Flattener {
            messages: BTreeMap::new(),
            terms: BTreeMap::new(),
            order: Vec::new(),
            problems: Vec::new(),
        };
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    if !m.attributes.is_empty() {
                        flattener
                            .problems
                            .push(format!("{}: attributes are not used here", m.id.name));
                    }
                    match &m.value {
                        Some(value) => {
                            if flattener.messages.insert(m.id.name, value).is_some() {
                                flattener
                                    .problems
                                    .push(format!("{} is defined twice", m.id.name));
                            }
                            flattener.order.push(m.id.name);
                        }
                        None => flattener
                            .problems
                            .push(format!("{} has no value", m.id.name)),
                    }
                }
                Entry::Term(t) => {
                    flattener.terms.insert(t.id.name, &t.value);
                }
                Entry::Junk { content } => flattener
                    .problems
                    .push(format!("cannot read: {}", content.trim())),
                _ => {}
            }
        }
        flattener
    }

    fn run(mut self) -> Result<LocaleFile, Vec<String>> {
        let mut messages = Vec::new();
        for id in self.order.clone() {
            let mut flat = String::new();
            let mut variables = Vec::new();
            let pattern = self.messages[id];
            self.pattern(id, pattern, &mut flat, &mut variables, 0);
            messages.push(Message {
                id: id.to_owned(),
                flat,
                variables,
            });
        }
        if self.problems.is_empty() {
            Ok(LocaleFile { messages })
        } else {
            Err(self.problems)
        }
    }

    fn pattern(
        &mut self,
        id: &str,
        pattern: &Pattern<&'a str>,
        out: &mut String,
        variables: &mut Vec<String>,
        depth: usize,
    ) {
        if depth > 8 {
            self.problems
                .push(format!("{id}: references nest too deep (a cycle?)"));
            return;
        }
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    if value
                        .chars()
                        .any(|c| ('\u{1}'..='\u{6}').contains(&c) || c == mark::RECORD)
                    {
                        self.problems
                            .push(format!("{id}: contains a control character"));
                    }
                    out.push_str(value);
                }
                PatternElement::Placeable { expression } => {
                    self.expression(id, expression, out, variables, depth);
                }
            }
        }
    }

    fn expression(
        &mut self,
        id: &str,
        expression: &Expression<&'a str>,
        out: &mut String,
        variables: &mut Vec<String>,
        depth: usize,
    ) {
        match expression {
            Expression::Inline(inline) => self.inline(id, inline, out, variables, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id: var } = selector else {
                    self.problems
                        .push(format!("{id}: a selector must be a variable"));
                    return;
                };
                note(variables, var.name);
                out.push(mark::SELECT);
                out.push_str(var.name);
                for variant in variants {
                    out.push(mark::VARIANT);
                    if variant.default {
                        out.push('*');
                    }
                    match &variant.key {
                        VariantKey::Identifier { name } => out.push_str(name),
                        VariantKey::NumberLiteral { value } => out.push_str(value),
                    }
                    out.push(mark::KEY_END);
                    self.pattern(id, &variant.value, out, variables, depth + 1);
                }
                out.push(mark::END_SELECT);
            }
        }
    }

    fn inline(
        &mut self,
        id: &str,
        inline: &InlineExpression<&'a str>,
        out: &mut String,
        variables: &mut Vec<String>,
        depth: usize,
    ) {
        match inline {
            InlineExpression::StringLiteral { value } => {
                out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value));
            }
            InlineExpression::NumberLiteral { value } => out.push_str(value),
            InlineExpression::VariableReference { id: var } => {
                note(variables, var.name);
                let _ = write!(out, "{}{}{}", mark::VAR, var.name, mark::END_VAR);
            }
            InlineExpression::TermReference {
                id: term,
                attribute: None,
                arguments: None,
            } => match self.terms.get(term.name).copied() {
                Some(pattern) => self.pattern(id, pattern, out, variables, depth + 1),
                None => self
                    .problems
                    .push(format!("{id}: unknown term -{}", term.name)),
            },
            InlineExpression::MessageReference {
                id: message,
                attribute: None,
            } => match self.messages.get(message.name).copied() {
                Some(pattern) => self.pattern(id, pattern, out, variables, depth + 1),
                None => self
                    .problems
                    .push(format!("{id}: unknown message {}", message.name)),
            },
            InlineExpression::Placeable { expression } => {
                self.expression(id, expression, out, variables, depth);
            }
            _ => self.problems.push(format!(
                "{id}: only variables, selects, string literals, terms and messages are read here"
            )),
        }
    }
}

fn note(variables: &mut Vec<String>, name: &str) {
    if !variables.iter().any(|v| v == name) {
        variables.push(name.to_owned());
    }
}

/// The file a compiled locale is served as: its language and a short content hash, so a changed
/// translation is never read from a stale cache.
pub fn file_name(lang: &str, compiled: &str) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(compiled.as_bytes());
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("{lang}-{hex}.txt")
}

/// The Subresource Integrity value the page checks a fetched locale file against.
pub fn integrity(compiled: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha384::digest(compiled.as_bytes());
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Every locale's compiled form (the pseudo-locale included), or what is wrong with its file.
/// `read` returns a locale file's text; English is the source the others are ordered by.
pub fn compile_all(
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Vec<(String, String)>, Vec<String>> {
    let source_text = read("en").map_err(|e| vec![e])?;
    let source = LocaleFile::parse(&source_text).map_err(|p| prefixed("en", p))?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for lang in LOCALES {
        let catalog = if lang == "en" {
            source.clone()
        } else {
            match read(lang)
                .map_err(|e| vec![e])
                .and_then(|t| LocaleFile::parse(&t))
            {
                Ok(catalog) => catalog,
                Err(p) => {
                    problems.extend(prefixed(lang, p));
                    continue;
                }
            }
        };
        out.push((lang.to_owned(), catalog.compiled_against(&source)));
    }
    out.push((PSEUDO.to_owned(), source.pseudo().compiled_against(&source)));
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn prefixed(lang: &str, problems: Vec<String>) -> Vec<String> {
    problems
        .into_iter()
        .map(|p| format!("locales/{lang}.ftl: {p}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
-product = Hybrid Builder
app-title = { -product }
greeting = Hello, { $name }!
count = { $n ->
    [one] One error in { $field }.
   *[other] { $n } errors in { $field }.
}
quoted = Braces: {\"{\"}x{\"}\"}
";

    #[test]
    fn flattens_terms_variables_selects_and_literals() {
        let catalog = LocaleFile::parse(SOURCE).unwrap();
        let ids: Vec<_> = catalog.messages.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["app-title", "greeting", "count", "quoted"]);
        assert_eq!(catalog.get("app-title").unwrap().flat, "Hybrid Builder");
        assert_eq!(
            catalog.get("greeting").unwrap().flat,
            "Hello, \u{1}name\u{2}!"
        );
        assert_eq!(
            catalog.get("count").unwrap().flat,
            "\u{3}n\u{4}one\u{5}One error in \u{1}field\u{2}.\u{4}*other\u{5}\u{1}n\u{2} errors in \u{1}field\u{2}.\u{6}"
        );
        assert_eq!(catalog.get("count").unwrap().variables, ["n", "field"]);
        assert_eq!(catalog.get("quoted").unwrap().flat, "Braces: {x}");
    }

    #[test]
    fn differences_name_missing_extra_and_placeholders() {
        let source = LocaleFile::parse(SOURCE).unwrap();
        let translation = LocaleFile::parse(
            "app-title = Hybrid Builder\ngreeting = Hallo, { $nom }!\nextra = x\ncount = { $n } { $field }\n",
        )
        .unwrap();
        let problems = source.differences(&translation);
        assert!(problems.contains(&"greeting lacks the placeholder $name".to_owned()));
        assert!(
            problems
                .contains(&"greeting has the placeholder $nom, which the source lacks".to_owned())
        );
        assert!(problems.contains(&"extra is not in the source".to_owned()));
        assert!(problems.contains(&"quoted is missing".to_owned()));
        assert_eq!(problems.len(), 4, "{problems:?}");
    }

    #[test]
    fn compiled_records_follow_the_source_order() {
        let source = LocaleFile::parse(SOURCE).unwrap();
        let translation =
            LocaleFile::parse("greeting = Hallo, { $name }!\napp-title = HB\n").unwrap();
        let compiled = translation.compiled_against(&source);
        let records: Vec<_> = compiled.split(mark::RECORD).collect();
        assert_eq!(records, ["HB", "Hallo, \u{1}name\u{2}!", "", ""]);
    }

    #[test]
    fn pseudo_keeps_placeholders_and_keys() {
        let source = LocaleFile::parse(SOURCE).unwrap();
        let pseudo = source.pseudo();
        let count = &pseudo.get("count").unwrap().flat;
        assert!(
            count.contains("\u{4}one\u{5}Öñé éŕŕöŕ îñ \u{1}field\u{2}."),
            "{count}"
        );
        assert!(
            count.contains("\u{4}*other\u{5}\u{1}n\u{2} éŕŕöŕš"),
            "{count}"
        );
        let title = &pseudo.get("app-title").unwrap().flat;
        assert!(title.starts_with("[Ĥýƀŕîđ Ɓûîĺđéŕ ·"), "{title}");
        assert!(title.ends_with("·]"));
    }

    #[test]
    fn what_is_not_read_here_is_an_error() {
        assert!(LocaleFile::parse("a = { NUMBER($n) }\n").is_err());
        assert!(LocaleFile::parse("a = x\n    .title = y\n").is_err());
        assert!(LocaleFile::parse("a = { -missing }\n").is_err());
        assert!(LocaleFile::parse("a = { b }\nb = { a }\n").is_err());
        assert!(LocaleFile::parse("a = {\n").is_err());
    }
}
