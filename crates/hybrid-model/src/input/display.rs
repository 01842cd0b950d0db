//! Text from outside (reports, settings files, links) made safe to show: in a terminal an escape
//! sequence would recolour or rewrite the screen, a carriage return would overwrite a line, and a
//! bidirectional override would show text in another order than it is. Every place that shows
//! such text to the admin, in the CLI, the page, the checklist or the change record, goes through
//! [`display_text`].

use crate::input::syntax::is_hidden;

/// What a line break inside a shown text becomes: visible, so one text never looks like two lines
/// (or like a finding of its own).
pub const LINE_BREAK: &str = " ¶ ";

/// What any other control or invisible formatting character becomes: visible, not obeyed.
pub const REPLACEMENT: char = '\u{fffd}';

/// Whether a character ends a line in some terminal, editor or browser.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// `text` with every line break (a run of them counts once) shown as [`LINE_BREAK`], tabs as a
/// space, and every other control or invisible formatting character as [`REPLACEMENT`].
pub fn display_text(text: &str) -> String {
    if !text.chars().any(|c| is_hidden(c) || is_line_break(c)) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + LINE_BREAK.len());
    let mut in_break = false;
    for c in text.chars() {
        if is_line_break(c) {
            if !in_break {
                out.push_str(LINE_BREAK);
            }
            in_break = true;
            continue;
        }
        in_break = false;
        match c {
            '\t' => out.push(' '),
            c if is_hidden(c) => out.push(REPLACEMENT),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(
            display_text("PASS: 2 pools, façade 日本"),
            "PASS: 2 pools, façade 日本"
        );
    }

    #[test]
    fn escapes_breaks_and_overrides_are_shown_not_obeyed() {
        assert_eq!(display_text("a\u{1b}[2Jb"), "a\u{fffd}[2Jb");
        assert_eq!(display_text("ok\r\nFAIL x\rFAIL y"), "ok ¶ FAIL x ¶ FAIL y");
        assert_eq!(display_text("\u{202e}moc.osotnoc"), "\u{fffd}moc.osotnoc");
        assert_eq!(
            display_text("a\tb\u{0}c\u{9b}d\u{200b}e"),
            "a b\u{fffd}c\u{fffd}d\u{fffd}e"
        );
    }
}
