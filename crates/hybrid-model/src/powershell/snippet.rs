//! Classifies the model's own fixed PowerShell lines into tokens. User text never passes through
//! here: it enters scripts only as `Value::Literal` or through `quote::comment_safe`.

use super::token::{Script, TokenKind};

const KEYWORDS: [&str; 10] = [
    "if", "else", "elseif", "foreach", "in", "param", "return", "throw", "try", "catch",
];

/// Appends one fixed line of model-authored PowerShell, classified for highlighting.
pub fn push_code(out: &mut Script, code: &str) {
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c == '#' {
            out.push(TokenKind::Comment, chars[i..].iter().collect::<String>());
            return;
        } else if c == '\'' {
            i += 1;
            while i < chars.len() {
                if chars[i] == '\'' {
                    if chars.get(i + 1) == Some(&'\'') {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
            out.push(
                TokenKind::String,
                chars[start..i].iter().collect::<String>(),
            );
        } else if c == '$' {
            i += 1;
            while i < chars.len() && is_word(chars[i]) {
                i += 1;
            }
            out.push(
                TokenKind::Variable,
                chars[start..i].iter().collect::<String>(),
            );
        } else if c == '-' && chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic()) {
            i += 1;
            while i < chars.len() && is_word(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let kind = if is_operator(&word) {
                TokenKind::Operator
            } else {
                TokenKind::Parameter
            };
            out.push(kind, word);
        } else if is_word(c) {
            while i < chars.len() && (is_word(chars[i]) || chars[i] == '-' || chars[i] == '.') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let kind = if KEYWORDS.contains(&word.to_ascii_lowercase().as_str()) {
                TokenKind::Keyword
            } else if is_cmdlet(&word) {
                TokenKind::Cmdlet
            } else if word.bytes().all(|b| b.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Plain
            };
            out.push(kind, word);
        } else {
            i += 1;
            let kind = if "|=".contains(c) {
                TokenKind::Operator
            } else {
                TokenKind::Plain
            };
            out.push(kind, c.to_string());
        }
    }
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_operator(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "-eq"
            | "-ne"
            | "-and"
            | "-or"
            | "-not"
            | "-match"
            | "-like"
            | "-is"
            | "-f"
            | "-join"
            | "-gt"
            | "-lt"
    )
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
