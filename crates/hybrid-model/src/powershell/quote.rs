//! The only ways user text enters a script: as a single-quoted literal or inside a comment.

/// Quote characters PowerShell treats like `'` inside a single-quoted string (about_Quoting_Rules);
/// the low-9 pair is escaped defensively, as the reference advises.
const SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

/// Makes any text a verbatim single-quoted literal: no `$` expansion, no subexpressions, only the
/// quote characters doubled. Line breaks and tabs stay literal, which PowerShell allows in such
/// strings; other control characters (NUL ends some parsers' input) become U+FFFD — validation
/// rejects them anyway, so a script carrying one is never offered.
pub fn single_quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('\'');
    // Most values (addresses, names) are printable ASCII without a quote: copied whole, not
    // character by character (a list of thousands of pilot users is quoted on every keystroke).
    if printable_ascii(value) && !value.contains('\'') {
        out.push_str(value);
        out.push('\'');
        return out;
    }
    for c in value.chars() {
        if SINGLE_QUOTES.contains(&c) {
            out.push(c);
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
            out.push('\u{FFFD}');
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// Makes text safe inside a `#` line or a `<# … #>` block comment: control characters (newlines
/// included) cannot end the comment, and `#>` cannot close the block early.
pub fn comment_safe(value: &str) -> String {
    // Printable ASCII without `#>` is safe as it is (the settings summary of a script's help holds
    // every pilot user, on every keystroke).
    if printable_ascii(value) && !value.contains("#>") {
        return value.to_owned();
    }
    let mut out = String::with_capacity(value.len());
    let mut previous = '\0';
    for c in value.chars() {
        if c.is_control() || is_line_separator(c) {
            out.push('\u{FFFD}');
        } else if c == '>' && previous == '#' {
            out.push_str(" >");
        } else {
            out.push(c);
        }
        previous = c;
    }
    out
}

/// Whether every character is printable ASCII (space to `~`): no control character, nothing that
/// could be a quote but `'`.
fn printable_ascii(value: &str) -> bool {
    value.bytes().all(|b| (b' '..=b'~').contains(&b))
}

/// Unicode line and paragraph separators end a line for some editors; treat them as control.
fn is_line_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}' | '\u{0085}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_every_single_quote_kind() {
        assert_eq!(single_quoted("o'neil"), "'o''neil'");
        assert_eq!(single_quoted("a\u{2019}b"), "'a\u{2019}\u{2019}b'");
        assert_eq!(single_quoted("$(calc)"), "'$(calc)'");
        assert_eq!(single_quoted("a\0b\nc"), "'a\u{FFFD}b\nc'");
    }

    #[test]
    fn comments_cannot_be_closed_or_broken() {
        assert_eq!(comment_safe("a\nb#>c"), "a\u{FFFD}b# >c");
        assert_eq!(comment_safe("a#>"), "a# >");
        assert_eq!(comment_safe("a\u{7f}b"), "a\u{FFFD}b");
    }

    #[test]
    fn printable_ascii_is_taken_as_it_is() {
        assert_eq!(single_quoted("pilot1@contoso.com"), "'pilot1@contoso.com'");
        assert_eq!(single_quoted("a$b ~`\""), "'a$b ~`\"'");
        assert_eq!(single_quoted("a\u{7f}"), "'a\u{FFFD}'");
        assert_eq!(
            comment_safe("ada@contoso.com, # x >"),
            "ada@contoso.com, # x >"
        );
    }
}
