//! The shipped translations: every locale has exactly the source's messages and placeholders.

use std::path::Path;

use hybrid_locales::{LOCALES, LocaleFile};

fn read(lang: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../locales/{lang}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_locale_has_the_sources_messages_and_placeholders() {
    let source = LocaleFile::parse(&read("en")).expect("locales/en.ftl parses");
    let mut problems = Vec::new();
    for lang in LOCALES.into_iter().skip(1) {
        match LocaleFile::parse(&read(lang)) {
            Ok(translation) => problems.extend(
                source
                    .differences(&translation)
                    .into_iter()
                    .map(|p| format!("locales/{lang}.ftl: {p}")),
            ),
            Err(errors) => problems.extend(
                errors
                    .into_iter()
                    .map(|p| format!("locales/{lang}.ftl: {p}")),
            ),
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_locale_compiles() {
    let compiled =
        hybrid_locales::compile_all(|lang| Ok(read(lang))).expect("every locale compiles");
    assert_eq!(
        compiled.len(),
        LOCALES.len() + 1,
        "each locale and the pseudo-locale"
    );
}
