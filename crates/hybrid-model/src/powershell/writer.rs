//! Line-oriented script building with indentation; the only door for user text is `Value::Literal`
//! (single-quoted) and `comment` (made comment-safe).

use super::command::{Command, Value, render_value};
use super::quote::comment_safe;
use super::snippet::push_code;
use super::token::{Script, TokenKind};
use crate::i18n::catalog::English;

const INDENT: &str = "    ";

/// The widest a command line may be before its parameters are splatted.
pub const LINE: usize = 120;

/// The hashtable a long command's parameters are splatted from (the name about_Splatting uses).
const SPLAT: &str = "params";

/// A piece of a code line: model-authored code or a value rendered safely.
pub enum Part<'a> {
    Code(&'a str),
    Value(Value),
}

/// Which end of a `<# … #>` comment block.
pub enum BlockDelimiter {
    Open,
    Close,
}

/// Builds a script line by line, in English whatever language the page shows (consoles, support
/// cases and search all work in English): the language is restored when the script is finished.
pub struct Writer {
    out: Script,
    depth: usize,
    _english: English,
}

impl Default for Writer {
    fn default() -> Self {
        Writer {
            out: Script::default(),
            depth: 0,
            _english: English::scope(),
        }
    }
}

impl Writer {
    /// The finished script.
    pub fn finish(self) -> Script {
        self.out
    }

    /// The columns the indentation takes at the current depth.
    pub fn width(&self) -> usize {
        self.depth * INDENT.len()
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push(TokenKind::Plain, INDENT);
        }
    }

    fn newline(&mut self) {
        self.out.push(TokenKind::Plain, "\n");
    }

    /// A line of fixed, model-authored code.
    pub fn code(&mut self, line: &str) {
        self.indent();
        push_code(&mut self.out, line);
        self.newline();
    }

    /// A fixed block written as PowerShell in `scripts/fragments/*.ps1` (included with
    /// `include_str!`): each line at the writer's depth plus its own indentation. Fragments hold
    /// no user text; values they need are set as literals just before them.
    pub fn fragment(&mut self, text: &str) {
        self.fragment_with(text, &[]);
    }

    /// A fragment with model messages in it. A line `# {Name}` is the comment `Name` names in
    /// `messages`, wrapped as [`Writer::comment`] wraps; a line `<lead> '{Name}'` (`throw '{Name}'`,
    /// `Write-Host '{Name}'`) is that statement with the message's text, split as
    /// [`Writer::text_statement`] splits it; `<lead> ('{Name}' + <expression>)` the same with the
    /// script's own expression after the text ([`Writer::text_statement_then`]). The fragment stays PowerShell a reader can lint, with
    /// the message's name where its text goes; the messages stay in the catalog
    /// (`text::scripts`). A name the fragment uses but `messages` lacks is a bug: it panics.
    pub fn fragment_with(&mut self, text: &str, messages: &[(&str, &str)]) {
        let message = |name: &str| -> &str {
            messages
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| *text)
                .unwrap_or_else(|| panic!("the fragment's message {name} is not given"))
        };
        for line in text.lines() {
            let line = line.trim_end();
            if line.is_empty() {
                self.blank();
                continue;
            }
            let body = line.trim_start_matches(' ');
            let own = (line.len() - body.len()) / INDENT.len();
            self.depth += own;
            if let Some(name) = placeholder(body.strip_prefix("# ").unwrap_or_default(), "{", "}") {
                self.comment(message(name));
            } else if body.starts_with('#') {
                self.indent();
                self.out.push(TokenKind::Comment, body);
                self.newline();
            } else if let Some((lead, name)) = body
                .rsplit_once(' ')
                .and_then(|(lead, tail)| Some((lead, placeholder(tail, "'{", "}'")?)))
            {
                self.text_statement(lead, message(name));
            } else if let Some((lead, name, tail)) =
                body.split_once(" ('{").and_then(|(lead, rest)| {
                    let (name, tail) = rest.split_once("}' + ")?;
                    let tail = tail.strip_suffix(')')?;
                    let named = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric());
                    named.then_some((lead, name, tail))
                })
            {
                self.text_statement_then(lead, message(name), Some(tail));
            } else {
                self.code(body);
            }
            self.depth -= own;
        }
    }

    /// A block two scripts share but word differently, written once: each `{Name}` in `text` is
    /// the code `fills` gives for `Name`, then the whole is written as [`Writer::fragment`] writes
    /// it. Where `{Name}` stands alone on its line its fill is a fragment of its own (another
    /// `.ps1`, its lines at that line's indentation, its own `{Name}`s filled from `fills` too);
    /// elsewhere it is an expression (`-Identity {User}`). `{Name}` alone is a script block to
    /// PowerShell, so each fragment still parses on its own. Only a name starting with a capital
    /// letter is a slot (`'{0}'` in a `-f` format stays as it is). A slot `fills` lacks, or a fill
    /// no slot uses, is a bug: it panics.
    pub fn fragment_filled(&mut self, text: &str, fills: &[(&str, &str)]) {
        let mut used = vec![false; fills.len()];
        let filled = fill(text, fills, &mut used);
        if let Some(unused) = used.iter().position(|u| !u) {
            panic!("the fragment has no slot {}", fills[unused].0);
        }
        self.fragment(&filled);
    }

    /// A fragment between blocks Rust opens and closes around it: `close` levels closed before
    /// it (it starts with `}`), `open` levels left open after it (its last lines open blocks
    /// whose bodies Rust writes): `(0, 1)` for a fragment ending in `if (…) {`, `(1, 1)` for one
    /// that starts with `}` and ends in `} elseif (…) {`.
    pub fn fragment_between(
        &mut self,
        text: &str,
        close: usize,
        open: usize,
        messages: &[(&str, &str)],
    ) {
        self.depth = self.depth.saturating_sub(close);
        self.fragment_with(text, messages);
        self.depth += open;
    }

    /// A line mixing fixed code with safely rendered values.
    pub fn parts(&mut self, parts: &[Part<'_>]) {
        self.indent();
        for part in parts {
            match part {
                Part::Code(code) => push_code(&mut self.out, code),
                Part::Value(value) => render_value(value, &mut self.out),
            }
        }
        self.newline();
    }

    /// A line holding one value as a literal and then `end`, fixed code (`,` between the items
    /// of a list written one a line): [`Writer::parts`] without building the parts, for lists of
    /// thousands of items.
    pub fn literal_line(&mut self, value: &str, end: &str) {
        self.indent();
        self.out
            .push(TokenKind::String, super::quote::single_quoted(value));
        push_code(&mut self.out, end);
        self.newline();
    }

    /// One command: on one line, or, when that line would be longer than [`LINE`] columns, with
    /// its parameters splatted from a hashtable, one per line (about_Splatting.md), so no command
    /// runs off the screen of a console or an editor.
    pub fn command(&mut self, command: &Command) {
        let width = self.depth * INDENT.len() + command.to_text().chars().count();
        match command.splattable() {
            Some((cmdlet, params)) if width > LINE => self.splat(command, cmdlet, &params),
            _ if width > LINE && command.pipeline.len() > 1 => {
                // A long pipeline: each cmdlet after a `|` on its own line, one level deeper (a
                // line ending in `|` continues, about_Pipelines).
                let mut one = Script::default();
                command.render(&mut one);
                self.indent();
                let mut after_pipe = false;
                for token in one.tokens() {
                    if after_pipe && token.kind == TokenKind::Plain && token.text == " " {
                        self.newline();
                        self.depth += 1;
                        self.indent();
                        self.depth -= 1;
                    } else {
                        self.out.push(token.kind, token.text.clone());
                    }
                    after_pipe = token.kind == TokenKind::Operator && token.text == "|";
                }
                self.newline();
            }
            _ => {
                self.indent();
                command.render(&mut self.out);
                self.newline();
            }
        }
    }

    /// One command always splatted, one parameter a line, whatever its values: for a command
    /// carrying a value long by nature (a URL, a file path), so that value stands on a line of its
    /// own and the script's shape never depends on how long the value is.
    pub fn splatted(&mut self, command: &Command) {
        match command.parameters() {
            Some((cmdlet, params)) => self.splat(command, cmdlet, &params),
            None => self.command(command),
        }
    }

    /// `$params = @{ Name = value … }` then `[$x = ]Cmdlet @params`.
    fn splat(&mut self, command: &Command, cmdlet: &'static str, params: &[(&'static str, Value)]) {
        self.indent();
        self.out.push(TokenKind::Variable, format!("${SPLAT}"));
        self.out.push(TokenKind::Plain, " ");
        self.out.push(TokenKind::Operator, "=");
        self.out.push(TokenKind::Plain, " @{");
        self.newline();
        self.depth += 1;
        for (name, value) in params {
            self.indent();
            self.out.push(TokenKind::Parameter, *name);
            self.out.push(TokenKind::Plain, " ");
            self.out.push(TokenKind::Operator, "=");
            self.out.push(TokenKind::Plain, " ");
            match value {
                // A bare word is a command in an expression: an enum value is given as a string,
                // which PowerShell binds to the parameter's enum type.
                // (A list of words becomes an array of strings.)
                Value::Word(word) => {
                    let items: Vec<String> =
                        word.split(',').map(|w| format!("'{}'", w.trim())).collect();
                    self.out.push(TokenKind::String, items.join(", "));
                }
                _ => render_value(value, &mut self.out),
            }
            self.newline();
        }
        self.depth -= 1;
        self.indent();
        self.out.push(TokenKind::Plain, "}");
        self.newline();
        self.indent();
        if let Some(name) = command.assign_to {
            self.out.push(TokenKind::Variable, format!("${name}"));
            self.out.push(TokenKind::Plain, " ");
            self.out.push(TokenKind::Operator, "=");
            self.out.push(TokenKind::Plain, " ");
        }
        self.out.push(TokenKind::Cmdlet, cmdlet);
        self.out.push(TokenKind::Plain, " ");
        self.out.push(TokenKind::Variable, format!("@{SPLAT}"));
        self.newline();
    }

    /// A `#` comment; any text is made safe first, then wrapped at word boundaries so no line is
    /// wider than [`LINE`] at this depth (a single word longer than that stays whole on its line).
    pub fn comment(&mut self, text: &str) {
        let width = LINE.saturating_sub(self.depth * INDENT.len() + 2);
        for line in wrap(&comment_safe(text), width) {
            self.indent();
            self.out.push(TokenKind::Comment, format!("# {line}"));
            self.newline();
        }
    }

    /// A paragraph of comment-block content (inside `<# … #>`), made safe and wrapped at word
    /// boundaries so each line, `indent` included, is at most [`LINE`] wide.
    pub fn block_paragraph(&mut self, indent: &str, text: &str) {
        self.block_hanging(indent, indent, text);
    }

    /// Like [`Writer::block_paragraph`], with `first` before the first line and `rest` before
    /// the others (a label, then its value wrapped under the value's column).
    pub fn block_hanging(&mut self, first: &str, rest: &str, text: &str) {
        let widths = (
            LINE.saturating_sub(first.chars().count()),
            LINE.saturating_sub(rest.chars().count()),
        );
        for (i, line) in wrap_hanging(&comment_safe(text), widths).iter().enumerate() {
            let prefix = if i == 0 { first } else { rest };
            self.out.push(TokenKind::Comment, format!("{prefix}{line}"));
            self.newline();
        }
    }

    /// A statement ending in fixed, model-authored text as a single-quoted string, such as
    /// `throw '…'` or `Write-Warning '…'`: on one line when it fits in [`LINE`], otherwise the text
    /// is split at spaces into parts joined with `+` inside parentheses, one part a line (a line
    /// ending in `+` continues inside parentheses, about_Parsing).
    pub fn text_statement(&mut self, lead: &str, text: &str) {
        self.text_statement_then(lead, text, None);
    }

    /// Like [`Writer::text_statement`], the fixed text followed by ` + tail`, an expression of
    /// the script's own (`$_.Exception.Message`): `throw ('…: ' + $_.Exception.Message)`.
    pub fn text_statement_then(&mut self, lead: &str, text: &str, tail: Option<&str>) {
        let quoted = super::quote::single_quoted(text);
        let first = self.depth * INDENT.len() + lead.chars().count() + 1;
        let tail_width = tail.map_or(0, |t| t.chars().count() + " + ".len() + "()".len());
        if first + quoted.chars().count() + tail_width <= LINE {
            match tail {
                Some(tail) => self.code(&format!("{lead} ({quoted} + {tail})")),
                None => self.code(&format!("{lead} {quoted}")),
            }
            return;
        }
        // Each line: its indentation, `lead (` on the first, the quoted part, then ` +` or `)`.
        let lead_width = self.depth * INDENT.len() + lead.chars().count() + 2;
        let rest_width = (self.depth + 1) * INDENT.len();
        let tail_width = tail.map_or(0, |t| t.chars().count() + " + ".len());
        let fits = |prefix: usize, piece: &str| {
            prefix + super::quote::single_quoted(piece).chars().count() + 2 + tail_width <= LINE
        };
        let mut pieces: Vec<String> = Vec::new();
        let mut piece = String::new();
        for word in text.split_inclusive(' ') {
            let prefix = if pieces.is_empty() {
                lead_width
            } else {
                rest_width
            };
            if !piece.is_empty() && !fits(prefix, &format!("{piece}{word}")) {
                pieces.push(std::mem::take(&mut piece));
            }
            piece.push_str(word);
        }
        pieces.push(piece);
        let last = pieces.len() - 1;
        for (i, piece) in pieces.iter().enumerate() {
            let quoted = super::quote::single_quoted(piece);
            let line = match (i == 0, i == last, tail) {
                (true, _, _) => format!("{lead} ({quoted} +"),
                (false, false, _) => format!("{quoted} +"),
                (false, true, Some(tail)) => format!("{quoted} + {tail})"),
                (false, true, None) => format!("{quoted})"),
            };
            self.code(&line);
            if i == 0 {
                self.depth += 1;
            }
        }
        self.depth -= 1;
    }

    /// A line with a comment block's `<#` or `#>`, highlighted as the comment it bounds (the
    /// code lexer would read `<#` as an operator followed by a line comment).
    pub fn block_delimiter(&mut self, delimiter: BlockDelimiter) {
        let text = match delimiter {
            BlockDelimiter::Open => "<#",
            BlockDelimiter::Close => "#>",
        };
        self.indent();
        self.out.push(TokenKind::Comment, text);
        self.newline();
    }

    /// Raw comment-block content (inside `<# … #>`), made safe.
    pub fn block_line(&mut self, text: &str) {
        self.out.push(TokenKind::Comment, comment_safe(text));
        self.newline();
    }

    /// An empty line.
    pub fn blank(&mut self) {
        self.newline();
    }

    /// A code line that opens a block (`{` at its end).
    pub fn open(&mut self, line: &str) {
        self.code(line);
        self.depth += 1;
    }

    /// A code line that closes a block, optionally continuing (`} else {`).
    pub fn close(&mut self, line: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.code(line);
    }

    /// Closes one block and opens the next at the same depth.
    pub fn reopen(&mut self, line: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.code(line);
        self.depth += 1;
    }
}

/// The name inside `open` … `close` when `text` is exactly that (`{Name}` or `'{Name}'`), a name
/// being letters and digits.
fn placeholder<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let name = text.strip_prefix(open)?.strip_suffix(close)?;
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric())).then_some(name)
}

/// `text` with each `{Name}` slot replaced by its fill from `fills` (marked in `used`): a slot
/// alone on its line by the fill's lines at that line's indentation, filled in turn.
fn fill(text: &str, fills: &[(&str, &str)], used: &mut [bool]) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let body = line.trim_start_matches(' ');
        if let Some(name) = placeholder(body.trim_end(), "{", "}").filter(|n| is_slot(n)) {
            let indent = &line[..line.len() - body.len()];
            let inner = fill(take(name, fills, used), fills, used);
            for inner in inner.lines() {
                if !inner.is_empty() {
                    out.push_str(indent);
                }
                out.push_str(inner);
                out.push('\n');
            }
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            match after.split_once('}').filter(|(name, _)| is_slot(name)) {
                Some((name, tail)) => {
                    out.push_str(take(name, fills, used));
                    rest = tail;
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// Whether `{name}` is a slot: a capital letter, then letters and digits.
fn is_slot(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// The fill `fills` gives for the slot `name`, marked used in `used`.
fn take<'a>(name: &str, fills: &[(&str, &'a str)], used: &mut [bool]) -> &'a str {
    let i = fills
        .iter()
        .position(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("the fragment's slot {name} is not filled"));
    used[i] = true;
    fills[i].1
}

/// Greedy word wrap: lines of at most `width` characters, broken at spaces; a word longer than
/// `width` stands alone on its line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_hanging(text, (width, width))
}

/// Like [`wrap`], the first line at most `first` characters and the others at most `rest`: one
/// pass over the words, so a long list (thousands of pilot users in a script's help) costs its
/// length, not its length times its lines.
fn wrap_hanging(text: &str, (first, rest): (usize, usize)) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut chars = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let word_chars = if word.is_ascii() {
            word.len()
        } else {
            word.chars().count()
        };
        let width = if lines.is_empty() { first } else { rest };
        if !line.is_empty() && chars + 1 + word_chars > width {
            lines.push(std::mem::take(&mut line));
            chars = 0;
        }
        if !line.is_empty() {
            line.push(' ');
            chars += 1;
        }
        line.push_str(word);
        chars += word_chars;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_comment_wraps_at_words_within_the_line() {
        let mut w = Writer {
            depth: 2,
            ..Writer::default()
        };
        let text = "word ".repeat(60);
        w.comment(text.trim_end());
        let out = w.finish().text();
        assert!(out.lines().count() > 1);
        for line in out.lines() {
            assert!(line.len() <= LINE, "{line}");
            assert!(line.starts_with("        # word"), "{line}");
        }
    }

    #[test]
    fn a_long_text_statement_is_split_into_parts_that_join_to_the_text() {
        let mut w = Writer {
            depth: 1,
            ..Writer::default()
        };
        let text = "It's a long message, ".repeat(12);
        w.text_statement("throw", text.trim_end());
        let out = w.finish().text();
        for line in out.lines() {
            assert!(line.len() <= LINE, "{line}");
        }
        assert!(
            out.starts_with("    throw ('It''s a long message, "),
            "{out}"
        );
        let joined: String = out
            .lines()
            .map(|l| {
                let l = l
                    .trim()
                    .trim_start_matches("throw (")
                    .trim_end_matches(" +");
                let l = l.trim_end_matches(')');
                l[1..l.len() - 1].replace("''", "'")
            })
            .collect();
        assert_eq!(joined, text.trim_end());
    }

    #[test]
    fn a_fragment_takes_its_messages_from_the_catalog_at_their_places() {
        let mut w = Writer {
            depth: 1,
            ..Writer::default()
        };
        let fragment = "# {Why}\nif ($a) {\n    throw '{Stop}'\n}\n\
                        Write-Host ('{Said}' + $_.Exception.Message)\n";
        w.fragment_with(
            fragment,
            &[
                ("Why", "Because."),
                ("Stop", "It's over."),
                ("Said", "It said: "),
            ],
        );
        assert_eq!(
            w.finish().text(),
            "    # Because.\n    if ($a) {\n        throw 'It''s over.'\n    }\n    \
             Write-Host ('It said: ' + $_.Exception.Message)\n"
        );
    }

    #[test]
    #[should_panic(expected = "the fragment's message Stop is not given")]
    fn a_fragment_without_its_message_is_a_bug() {
        Writer::default().fragment_with("throw '{Stop}'\n", &[]);
    }

    #[test]
    fn a_filled_fragment_takes_each_scripts_code_at_its_slots() {
        let shared = "try {\n    $u = Get-CsUser -Identity {User}\n} catch {\n    $problems += {Missing}\n}\n";
        let document = "foreach ($e in $entries) {\n    {Read}\n    Write-Host ('{0}' -f $e)\n}\n";
        let mut w = Writer {
            depth: 1,
            ..Writer::default()
        };
        w.fragment_filled(
            document,
            &[("Read", shared), ("User", "$e"), ("Missing", "'not found'")],
        );
        assert_eq!(
            w.finish().text(),
            "    foreach ($e in $entries) {\n        try {\n            \
             $u = Get-CsUser -Identity $e\n        } catch {\n            \
             $problems += 'not found'\n        }\n        Write-Host ('{0}' -f $e)\n    }\n"
        );
    }

    #[test]
    #[should_panic(expected = "the fragment's slot Missing is not filled")]
    fn a_filled_fragment_without_a_fill_is_a_bug() {
        Writer::default().fragment_filled("$problems += {Missing}\n", &[]);
    }

    #[test]
    #[should_panic(expected = "the fragment has no slot Missing")]
    fn a_fill_no_slot_uses_is_a_bug() {
        Writer::default().fragment_filled("$problems = @()\n", &[("Missing", "'x'")]);
    }

    #[test]
    fn a_short_text_statement_stays_on_one_line() {
        let mut w = Writer::default();
        w.text_statement("Write-Host", "Done.");
        assert_eq!(w.finish().text(), "Write-Host 'Done.'\n");
    }
}
