//! Classifies the model's own fixed PowerShell lines into tokens. User text never passes through
//! here: it enters scripts only as `Value::Literal` or through `quote::comment_safe`.

use super::token::{Script, TokenKind};

const KEYWORDS: [&str; 10] = [
    "if", "else", "elseif", "foreach", "in", "param", "return", "throw", "try", "catch",
];

/// Appends one fixed line of model-authored PowerShell, classified for highlighting.
pub fn push_code(out: &mut Script, code: &str) {
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let c = bytes[i];
        let kind = if c == b'#' {
            i = bytes.len();
            TokenKind::Comment
        } else if c == b'\'' {
            i += 1;
            while i < bytes.len() {
                if bytes[i] == b'\'' {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
            TokenKind::String
        } else if c == b'$' {
            i += 1;
            while i < bytes.len() && is_word(bytes[i]) {
                i += 1;
            }
            TokenKind::Variable
        } else if c == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            while i < bytes.len() && is_word(bytes[i]) {
                i += 1;
            }
            if is_operator(&code[start..i]) {
                TokenKind::Operator
            } else {
                TokenKind::Parameter
            }
        } else if is_word(c) {
            while i < bytes.len() && (is_word(bytes[i]) || bytes[i] == b'-' || bytes[i] == b'.') {
                i += 1;
            }
            let word = &code[start..i];
            if KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word)) {
                TokenKind::Keyword
            } else if is_cmdlet(word) {
                TokenKind::Cmdlet
            } else if word.bytes().all(|b| b.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Plain
            }
        } else {
            // One character (model text is ASCII, but stay on char boundaries regardless).
            i += code[i..].chars().next().map_or(1, char::len_utf8);
            if c == b'|' || c == b'=' {
                TokenKind::Operator
            } else {
                TokenKind::Plain
            }
        };
        out.push(kind, &code[start..i]);
    }
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

const OPERATORS: [&str; 12] = [
    "-eq", "-ne", "-and", "-or", "-not", "-match", "-like", "-is", "-f", "-join", "-gt", "-lt",
];

fn is_operator(word: &str) -> bool {
    OPERATORS.iter().any(|op| op.eq_ignore_ascii_case(word))
}

/// Verb-Noun with a capitalised verb, e.g. `Get-CsHostingProvider`.
fn is_cmdlet(word: &str) -> bool {
    match word.split_once('-') {
        Some((verb, noun)) => {
            verb.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && noun.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && !word.contains('.')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_a_guard_line() {
        let mut s = Script::default();
        push_code(
            &mut s,
            "if ($edge.AllowFederatedUsers -ne $true) { Write-Host 'ok' } # done",
        );
        let kinds: Vec<TokenKind> = s.tokens().iter().map(|t| t.kind).collect();
        assert!(kinds.contains(&TokenKind::Keyword));
        assert!(kinds.contains(&TokenKind::Operator));
        assert!(kinds.contains(&TokenKind::Cmdlet));
        assert!(kinds.contains(&TokenKind::String));
        assert_eq!(s.tokens().last().map(|t| t.kind), Some(TokenKind::Comment));
        assert_eq!(
            s.text(),
            "if ($edge.AllowFederatedUsers -ne $true) { Write-Host 'ok' } # done"
        );
    }
}
