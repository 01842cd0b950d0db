//! The user list an admin brings for the waves: a CSV exported from Active Directory or the Skype
//! for Business Server Control Panel, or addresses pasted one a line. The column holding the users
//! is found by its header (SipAddress, msRTCSIP-PrimaryUserAddress, UserPrincipalName, …) or, without
//! one, by what its cells hold. Every row that cannot be used is listed by its line number: not an
//! address, a duplicate, or a user outside the settings' SIP domains. Input is bounded in bytes and
//! rows, so a wrong file is refused with a reason instead of filling memory.

use std::collections::{HashMap, HashSet};

use crate::input::syntax;
use crate::procedure::settings::Settings;
use crate::procedure::validate::strip_sip;
use crate::waves::text as t;

/// The largest list read: 100,000 rows of a wide AD export fit with room to spare.
pub const MAX_LIST_BYTES: usize = 32 * 1024 * 1024;
/// The most rows read. Not a Microsoft limit: a bound on what the builder holds at once.
pub const MAX_ROWS: usize = 100_000;
/// The longest cell looked at as an address or a header; any longer is neither.
const MAX_CELL_BYTES: usize = 512;
/// How many rows the column detection looks at when no header names the column.
const SAMPLE_ROWS: usize = 200;

/// Header names of the column that holds SIP addresses, compared without case, spaces, `-` or `_`.
/// `SipAddress` is what Get-CsUser returns (Get-CsUser.md); `msRTCSIP-PrimaryUserAddress` is the
/// AD attribute behind it; "SIP address" is how the Control Panel names it.
const SIP_HEADERS: &[&str] = &[
    "sipaddress",
    "msrtcsipprimaryuseraddress",
    "sip",
    "sipuri",
    "primaryuseraddress",
];
/// Header names of a column that holds user principal names.
const UPN_HEADERS: &[&str] = &["userprincipalname", "upn"];

/// What the chosen column holds, which decides the form each user is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressKind {
    /// SIP addresses: written `sip:user@domain`, the form Move-CsUser.md gives for -UserList.
    Sip,
    /// User principal names: written as they are; the wave script looks each up with Get-CsUser
    /// (whose -Identity takes a UPN, Move-CsUser.md) and passes Move-CsUser its SIP address.
    Upn,
}

/// How the column was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FoundBy {
    /// Its header, as written in the file.
    Header(String),
    /// Its cells (no header named it); `header` is the first row when it was not an address.
    Content { header: Option<String> },
}

/// The column of the file that holds the users.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// 1-based, as a spreadsheet counts.
    pub number: usize,
    pub kind: AddressKind,
    pub found_by: FoundBy,
}

/// One user the waves may move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedUser {
    /// Line of the file where the user's row starts (1-based).
    pub line: usize,
    /// The address without `sip:`, as given.
    pub address: String,
}

impl ListedUser {
    /// The entry as the wave's user file holds it.
    pub fn entry(&self, kind: AddressKind) -> String {
        match kind {
            AddressKind::Sip => format!("sip:{}", self.address),
            AddressKind::Upn => self.address.clone(),
        }
    }
}

/// Why a row was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The cell is empty.
    Empty,
    /// Not a user address (the cell, shortened).
    NotAnAddress(String),
    /// The same user as an earlier row.
    Duplicate { address: String, first_line: usize },
    /// A user of a domain that is not one of the settings' SIP domains.
    OtherDomain { address: String, domain: String },
    /// A quote opened in this row is never closed.
    UnclosedQuote,
}

/// A row that was left out, where it is and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRow {
    pub line: usize,
    pub problem: RowProblem,
}

impl BadRow {
    /// In the admin's words, safe to show (it quotes the file).
    pub fn message(&self) -> String {
        let text = match &self.problem {
            RowProblem::Empty => t::ROW_EMPTY.to_string(),
            RowProblem::NotAnAddress(cell) => t::row_not_address(cell.as_str()),
            RowProblem::Duplicate {
                address,
                first_line,
            } => t::RowDuplicate {
                address: address.as_str(),
                first: *first_line,
            }
            .text(),
            RowProblem::OtherDomain { address, domain } => t::RowOtherDomain {
                address: address.as_str(),
                domain: domain.as_str(),
            }
            .text(),
            RowProblem::UnclosedQuote => t::ROW_UNCLOSED_QUOTE.to_string(),
        };
        crate::input::display::display_text(&format!("{}: {text}", t::line(self.line)))
    }
}

/// A list that was read: the users, in file order, and the rows left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserList {
    pub column: Column,
    pub users: Vec<ListedUser>,
    pub bad_rows: Vec<BadRow>,
    /// Data rows read (the header not counted).
    pub rows: usize,
}

/// Why a list was not read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListRefusal {
    TooLarge {
        bytes: usize,
    },
    TooManyRows,
    Empty,
    /// No column holds user addresses.
    NoAddressColumn,
}

impl ListRefusal {
    /// In the admin's words.
    pub fn message(&self) -> String {
        match self {
            ListRefusal::TooLarge { bytes } => t::ListTooLarge {
                mib: bytes.div_ceil(1024 * 1024),
                limit: MAX_LIST_BYTES / (1024 * 1024),
            }
            .text(),
            ListRefusal::TooManyRows => t::list_too_many_rows(MAX_ROWS),
            ListRefusal::Empty => t::LIST_EMPTY.to_string(),
            ListRefusal::NoAddressColumn => t::LIST_NO_COLUMN.to_string(),
        }
    }
}

/// One record of the file: where it starts, its cells, whether a quote was left open.
struct Row {
    line: usize,
    cells: Vec<String>,
    unclosed: bool,
}

/// The delimiter of the first non-empty line, outside quotes: `,`, `;` (Export-Csv with
/// -UseCulture in many European locales) or a tab; none for a one-column list.
fn delimiter(text: &str) -> Option<char> {
    let first = text.lines().find(|l| {
        let l = l.trim();
        !l.is_empty() && !l.starts_with("#TYPE")
    })?;
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in first.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && let Some(entry) = counts.iter_mut().find(|(d, _)| *d == c) {
            entry.1 += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .map(|(d, _)| d)
}

/// The records of `text` one at a time (RFC 4180 quoting: `""` inside quotes is a quote; a quoted
/// cell may hold line breaks). Blank lines and Export-Csv's `#TYPE` line are skipped.
struct Records<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    line: usize,
    delimiter: Option<char>,
}

impl<'a> Records<'a> {
    fn new(text: &'a str, delimiter: Option<char>) -> Self {
        Self {
            text,
            chars: text.char_indices().peekable(),
            line: 1,
            delimiter,
        }
    }

    /// Bytes of the text split so far.
    fn position(&mut self) -> usize {
        self.chars.peek().map_or(self.text.len(), |&(at, _)| at)
    }
}

impl Iterator for Records<'_> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        while self.chars.peek().is_some() {
            let start = self.line;
            let mut cells = Vec::new();
            let mut cell = String::new();
            let mut quoted = false;
            while let Some((_, c)) = self.chars.next() {
                match c {
                    '"' if quoted => {
                        if self.chars.next_if(|&(_, c)| c == '"').is_some() {
                            cell.push('"');
                        } else {
                            quoted = false;
                        }
                    }
                    '"' if cell.trim().is_empty() => {
                        cell.clear();
                        quoted = true;
                    }
                    '\n' | '\r' if !quoted => {
                        if c == '\r' {
                            self.chars.next_if(|&(_, c)| c == '\n');
                        }
                        self.line += 1;
                        break;
                    }
                    '\n' => {
                        self.line += 1;
                        cell.push(c);
                    }
                    c if Some(c) == self.delimiter && !quoted => {
                        cells.push(std::mem::take(&mut cell));
                    }
                    c => cell.push(c),
                }
            }
            cells.push(cell);
            let blank = cells.iter().all(|c| c.trim().is_empty());
            let type_line = cells.len() == 1 && cells[0].trim_start().starts_with("#TYPE");
            if !blank && !type_line {
                return Some(Row {
                    line: start,
                    cells,
                    unclosed: quoted,
                });
            }
        }
        None
    }
}

/// Whether a cell holds a user address, `sip:` or not.
pub(crate) fn is_address(cell: &str) -> bool {
    // Far longer than any address (a UPN is at most 113 characters): not one, and not worth a look.
    if cell.len() > MAX_CELL_BYTES {
        return false;
    }
    let bare = strip_sip(cell.trim());
    syntax::upn_domain(bare).is_ok_and(|d| syntax::fqdn(d).is_none())
}

fn header_key(cell: &str) -> String {
    if cell.len() > MAX_CELL_BYTES {
        return String::new();
    }
    cell.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '"'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The column named by a header in `first`, SIP addresses before UPNs.
fn by_header(first: &Row) -> Option<Column> {
    for (headers, kind) in [
        (SIP_HEADERS, AddressKind::Sip),
        (UPN_HEADERS, AddressKind::Upn),
    ] {
        if let Some(at) = first
            .cells
            .iter()
            .position(|c| headers.contains(&header_key(c).as_str()))
        {
            return Some(Column {
                number: at + 1,
                kind,
                found_by: FoundBy::Header(first.cells[at].trim().to_owned()),
            });
        }
    }
    None
}

/// The column whose cells are most often addresses in the first rows; its first row is a header
/// when it is not an address itself. Without a header naming UPNs, its addresses are taken as SIP
/// addresses (what a pasted list or a Control Panel export holds).
fn by_content(records: &[Row]) -> Option<(Column, bool)> {
    let sample = &records[..records.len().min(SAMPLE_ROWS)];
    let width = sample.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let (at, hits) = (0..width)
        .map(|i| {
            let hits = sample
                .iter()
                .filter(|r| r.cells.get(i).is_some_and(|c| is_address(c)))
                .count();
            (i, hits)
        })
        .max_by_key(|&(i, hits)| (hits, std::cmp::Reverse(i)))?;
    if hits == 0 {
        return None;
    }
    let first = sample[0].cells.get(at).map_or("", String::as_str);
    let has_header = !is_address(first);
    let header = has_header.then(|| first.trim().to_owned());
    Some((
        Column {
            number: at + 1,
            kind: AddressKind::Sip,
            found_by: FoundBy::Content { header },
        },
        has_header,
    ))
}

/// Reads a user list against the settings' SIP domains (when the settings name none, no user is
/// flagged for its domain).
pub fn read(text: &str, settings: &Settings) -> Result<UserList, ListRefusal> {
    let mut reading = Reading::start(text, settings)?;
    while !reading.step(usize::MAX) {}
    reading.finish()
}

/// A list read a slice of rows at a time, so that a page can let the browser draw and take input
/// between slices: `start`, then `step` until it says done, then `finish`. The result is the one
/// [`read`] gives, whatever the slices.
pub struct Reading<'a> {
    records: Records<'a>,
    /// Records split off to find the column, not yet taken.
    sample: std::vec::IntoIter<Row>,
    column: Column,
    domains: HashSet<String>,
    seen: HashMap<String, usize>,
    users: Vec<ListedUser>,
    bad_rows: Vec<BadRow>,
    rows: usize,
    too_many: bool,
    done: bool,
}

impl<'a> Reading<'a> {
    /// Checks the size, finds the column (from the first rows) and readies the rest.
    pub fn start(text: &'a str, settings: &Settings) -> Result<Self, ListRefusal> {
        if text.len() > MAX_LIST_BYTES {
            return Err(ListRefusal::TooLarge { bytes: text.len() });
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut records = Records::new(text, delimiter(text));
        let sample: Vec<Row> = records.by_ref().take(SAMPLE_ROWS).collect();
        if sample.is_empty() {
            return Err(ListRefusal::Empty);
        }
        let (column, skip_first) = match by_header(&sample[0]) {
            Some(column) => (column, true),
            None => by_content(&sample).ok_or(ListRefusal::NoAddressColumn)?,
        };
        let mut sample = sample.into_iter();
        if skip_first {
            sample.next();
        }
        let domains = settings
            .environment
            .domains()
            .iter()
            .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase())
            .collect();
        Ok(Self {
            records,
            sample,
            column,
            domains,
            seen: HashMap::new(),
            users: Vec::new(),
            bad_rows: Vec::new(),
            rows: 0,
            too_many: false,
            done: false,
        })
    }

    /// Reads up to `rows` more rows; true once the whole list is read (or refused for its rows).
    pub fn step(&mut self, rows: usize) -> bool {
        for _ in 0..rows {
            if self.done {
                break;
            }
            match self.sample.next().or_else(|| self.records.next()) {
                None => self.done = true,
                Some(_) if self.rows == MAX_ROWS => {
                    self.too_many = true;
                    self.done = true;
                }
                Some(record) => self.take(&record),
            }
        }
        self.done
    }

    /// How far the reading is: bytes of the text split so far and in all.
    pub fn progress(&mut self) -> (usize, usize) {
        (self.records.position(), self.records.text.len())
    }

    /// The list, once `step` said done.
    pub fn finish(self) -> Result<UserList, ListRefusal> {
        if self.too_many {
            return Err(ListRefusal::TooManyRows);
        }
        Ok(UserList {
            column: self.column,
            users: self.users,
            bad_rows: self.bad_rows,
            rows: self.rows,
        })
    }

    /// One data row: a user, or a bad row with its reason.
    fn take(&mut self, record: &Row) {
        self.rows += 1;
        let bad = |problem| BadRow {
            line: record.line,
            problem,
        };
        if record.unclosed {
            self.bad_rows.push(bad(RowProblem::UnclosedQuote));
            return;
        }
        let cell = record
            .cells
            .get(self.column.number - 1)
            .map_or("", |c| c.trim());
        if cell.is_empty() {
            self.bad_rows.push(bad(RowProblem::Empty));
            return;
        }
        let bare = strip_sip(cell);
        let parsed = (cell.len() <= MAX_CELL_BYTES)
            .then(|| syntax::upn_domain(bare).ok())
            .flatten()
            .filter(|d| syntax::fqdn(d).is_none());
        let Some(domain) = parsed.map(|d| d.trim_end_matches('.').to_ascii_lowercase()) else {
            self.bad_rows.push(bad(RowProblem::NotAnAddress(
                cell.chars().take(80).collect(),
            )));
            return;
        };
        if !self.domains.is_empty() && !self.domains.contains(&domain) {
            self.bad_rows.push(bad(RowProblem::OtherDomain {
                address: bare.to_owned(),
                domain,
            }));
            return;
        }
        match self.seen.entry(bare.to_ascii_lowercase()) {
            std::collections::hash_map::Entry::Occupied(first) => {
                self.bad_rows.push(bad(RowProblem::Duplicate {
                    address: bare.to_owned(),
                    first_line: *first.get(),
                }));
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(record.line);
                self.users.push(ListedUser {
                    line: record.line,
                    address: bare.to_owned(),
                });
            }
        }
    }
}
