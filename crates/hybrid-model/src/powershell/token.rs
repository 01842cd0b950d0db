//! Script text as a stream of classified tokens, so the page can highlight without a second parser.

use serde::Serialize;

/// Why a token exists: it lets a view colour scripts straight from the renderer's own knowledge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenKind {
    Comment,
    Keyword,
    Cmdlet,
    Parameter,
    String,
    Variable,
    Operator,
    Number,
    Plain,
}

impl TokenKind {
    /// Stable CSS class of the kind, so stylesheets never depend on Rust's Debug output.
    pub fn css_class(self) -> &'static str {
        match self {
            TokenKind::Comment => "tok-comment",
            TokenKind::Keyword => "tok-keyword",
            TokenKind::Cmdlet => "tok-cmdlet",
            TokenKind::Parameter => "tok-parameter",
            TokenKind::String => "tok-string",
            TokenKind::Variable => "tok-variable",
            TokenKind::Operator => "tok-operator",
            TokenKind::Number => "tok-number",
            TokenKind::Plain => "tok-plain",
        }
    }
}

/// One classified piece of script text; joining every token's text gives the script.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Token {
    pub kind: TokenKind,
    pub text: String,
}

/// A rendered script: the single source of both the plain text and the highlighted view.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Script {
    tokens: Vec<Token>,
}

impl Script {
    /// Appends text of one kind, merging with the previous token of the same kind to keep the stream
    /// small; an owned `String` that starts a token is moved in, not copied (a list of thousands of
    /// pilot users is thousands of such lines).
    pub fn push(&mut self, kind: TokenKind, text: impl AsRef<str> + Into<String>) {
        if text.as_ref().is_empty() {
            return;
        }
        match self.tokens.last_mut() {
            Some(last) if last.kind == kind && kind != TokenKind::String => {
                last.text.push_str(text.as_ref())
            }
            _ => self.tokens.push(Token {
                kind,
                text: text.into(),
            }),
        }
    }

    /// The tokens, for highlighting views.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The plain text that gets copied or downloaded.
    pub fn text(&self) -> String {
        self.tokens.iter().map(|t| t.text.as_str()).collect()
    }

    /// Whether nothing was rendered.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}
