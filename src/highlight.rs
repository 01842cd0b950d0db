//! Colours scripts with the CSS Custom Highlight API: a script is a few blocks of lines, each one
//! text node, and each kind of token is a `Highlight` of ranges over them that the stylesheet
//! colours with `::highlight(tok-…)`. A span per token made the scripts most of the page's DOM
//! nodes (860 of 1,540 at load). Only the lines near the screen are coloured (see [`Painted`]).
//! Where the API is missing, the script is plain text.

use hybrid_model::powershell::TokenKind;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The API's set of ranges painted alike (not yet in web-sys' stable features).
    type Highlight;
    #[wasm_bindgen(constructor)]
    fn new() -> Highlight;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &web_sys::StaticRange);
    #[wasm_bindgen(method)]
    fn delete(this: &Highlight, range: &web_sys::StaticRange) -> bool;

    /// `CSS.highlights`: the page's highlights by the names its stylesheet uses.
    type HighlightRegistry;
    #[wasm_bindgen(method)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight);
}

/// The kinds the stylesheet colours; plain text and numbers are left alone (every range costs).
const COLOURED: [TokenKind; 7] = [
    TokenKind::Comment,
    TokenKind::Keyword,
    TokenKind::Cmdlet,
    TokenKind::Parameter,
    TokenKind::String,
    TokenKind::Variable,
    TokenKind::Operator,
];

thread_local! {
    /// One highlight per coloured kind, shared by every script on the page; `None` where the
    /// browser lacks the API.
    static HIGHLIGHTS: Option<Vec<Highlight>> = registry().map(|registry| {
        COLOURED
            .iter()
            .map(|kind| {
                let highlight = Highlight::new();
                registry.set(kind.css_class(), &highlight);
                highlight
            })
            .collect()
    });
}

/// `CSS.highlights`, where the browser has the API.
fn registry() -> Option<HighlightRegistry> {
    let global = js_sys::global();
    let has = |target: &JsValue, name: &str| {
        js_sys::Reflect::get(target, &JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    has(&global, "Highlight")?;
    let css = has(&global, "CSS")?;
    has(&css, "highlights").map(JsCast::unchecked_into)
}

/// Lines coloured beyond those on screen, above and below, so scrolling shows colour at once. Each
/// range costs every keystroke (the browser checks them all again and repaints their text): 80
/// lines made a keystroke's paint at 4× CPU twice as long as 10 did.
const MARGIN_LINES: u32 = 20;

/// A run of script text and the kind of token it belongs to.
pub type Piece<'a> = (TokenKind, &'a str);

/// Lines per chunk. A script is cut into blocks of this many lines, each one text node, so that a
/// keystroke, which changes a few characters, makes the browser lay out again only the block it
/// changed, not the whole script (with 2,000 pilot users, 400 lines shown: 56 → 48 ms a keystroke
/// at 4× CPU). No `content-visibility` on them: Firefox then selects only the blocks laid out.
const CHUNK_LINES: usize = 24;

/// One coloured run of a painted text: in which text node, where in it (UTF-16 units, as the DOM
/// counts) and on which lines of the element.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Run {
    part: usize,
    chunk: usize,
    kind: usize,
    start: u32,
    end: u32,
    first_line: u32,
    last_line: u32,
}

/// Some lines of a painted element: its text, without the line break it ends with, and whether
/// it ends with one.
#[derive(Default, PartialEq)]
struct Chunk {
    text: String,
    eol: bool,
}

/// A chunk on the page: a block of its own (`<div class="chunk">`, so that the browser lays out only
/// the chunk that changed) holding its text node, then, if the chunk ends a line, that line break
/// in a hidden `<span>`: the blocks make the lines on screen and in a copied selection, and the
/// hidden break keeps the element's `textContent` the script's exact text. A `div`, not a span
/// shown as a block: Firefox's plain-text copy ends a line after a block only by its element.
struct PaintedChunk {
    block: web_sys::Element,
    text: web_sys::CharacterData,
    eol: Option<web_sys::Element>,
}

/// One painted element: its chunks as painted, the chunks' text, and how many lines they make.
struct PaintedElement {
    element: web_sys::Element,
    nodes: Vec<PaintedChunk>,
    texts: Vec<Chunk>,
    lines: u32,
}

/// What one script view has painted. Only the lines on screen (and a margin) are coloured:
/// Chromium re-checks every highlight range whenever anything on the page changes, so each range
/// costs every keystroke anywhere (the 2,800 ranges of 400 lines with 2,000 pilot users made a
/// keystroke 40 ms slower at 4× CPU); [`Painted::follow_view`] moves the colour along on scrolling.
/// A range whose text node kept its text stays through a repaint. Its ranges leave the shared
/// highlights when it repaints or is dropped with its view.
#[derive(Default)]
pub struct Painted {
    parts: Vec<PaintedElement>,
    runs: Vec<Run>,
    /// Per part, the lines coloured now (`None`: none).
    coloured: Vec<Option<(u32, u32)>>,
    ranges: Vec<(Run, web_sys::StaticRange)>,
}

impl Painted {
    /// Shows each element's pieces as its text nodes, coloured where the browser can. Nodes whose
    /// text is unchanged are left alone; a changed one is edited in place (see [`edit`]).
    pub fn paint(&mut self, parts: &[(&web_sys::Element, &[Piece])]) {
        // An element outside any document is on no screen: nothing to paint.
        let Some(document) = parts
            .first()
            .and_then(|(element, _)| element.owner_document())
        else {
            return;
        };
        let before = std::mem::take(&mut self.parts);
        self.runs.clear();
        // Parts whose text nodes are new: no range of theirs can stay.
        let mut renewed = Vec::new();
        for (index, (element, pieces)) in parts.iter().enumerate() {
            let (texts, runs, lines) = chunks(index, pieces);
            let kept = before
                .get(index)
                .filter(|p| p.element == **element && holds_only(element, &p.nodes));
            let nodes = match kept {
                Some(kept) => update(&document, element, kept, &texts),
                None => {
                    renewed.push(index);
                    fresh(&document, element, &texts)
                }
            };
            self.runs.extend(runs);
            self.parts.push(PaintedElement {
                element: (*element).clone(),
                nodes,
                texts,
                lines,
            });
        }
        let (kept, gone): (Vec<_>, Vec<_>) = std::mem::take(&mut self.ranges)
            .into_iter()
            .partition(|(run, _)| !renewed.contains(&run.part));
        self.ranges = kept;
        unhighlight(&gone);
        self.recolour();
    }

    /// Colours the lines now on screen, if they are not coloured already.
    pub fn follow_view(&mut self) {
        let covered = self.parts.iter().zip(&self.coloured).all(|(part, done)| {
            match (visible_lines(&part.element, part.lines, 0), done) {
                (None, _) => true,
                (Some((from, to)), Some((a, b))) => *a <= from && to <= *b,
                (Some(_), None) => false,
            }
        });
        if !covered {
            self.recolour();
        }
    }

    /// Colours the lines on screen and a margin around them, and no others; ranges already
    /// there stay.
    fn recolour(&mut self) {
        if HIGHLIGHTS.with(Option::is_none) {
            return;
        }
        self.coloured = self
            .parts
            .iter()
            .map(|p| visible_lines(&p.element, p.lines, MARGIN_LINES))
            .collect();
        // The runs painted now on the lines to colour. A range stays while its run is one of them,
        // at the same place of the same node: an edit elsewhere leaves it right (a static range
        // keeps its offsets). The others go, and the runs left without a range get one.
        let coloured = &self.coloured;
        let mut missing: std::collections::HashSet<Run> = self
            .runs
            .iter()
            .filter(|run| {
                coloured[run.part]
                    .is_some_and(|(from, to)| run.last_line >= from && run.first_line < to)
            })
            .copied()
            .collect();
        let (kept, gone): (Vec<_>, Vec<_>) = std::mem::take(&mut self.ranges)
            .into_iter()
            .partition(|(run, _)| missing.remove(run));
        unhighlight(&gone);
        let mut added = Vec::new();
        for run in self.runs.iter().filter(|run| missing.contains(run)) {
            let node = &self.parts[run.part].nodes[run.chunk].text;
            let init = web_sys::StaticRangeInit::new(node, run.end, node, run.start);
            if let Ok(range) = web_sys::StaticRange::new(&init) {
                added.push((*run, range));
            }
        }
        HIGHLIGHTS.with(|highlights| {
            if let Some(highlights) = highlights {
                for (run, range) in &added {
                    highlights[run.kind].add(range);
                }
            }
        });
        self.ranges = kept;
        self.ranges.extend(added);
    }

    /// Takes this view's ranges out of the page's highlights.
    pub fn clear(&mut self) {
        let ranges = std::mem::take(&mut self.ranges);
        self.coloured.iter_mut().for_each(|c| *c = None);
        unhighlight(&ranges);
    }
}

/// Takes ranges out of the page's highlights.
fn unhighlight(ranges: &[(Run, web_sys::StaticRange)]) {
    HIGHLIGHTS.with(|highlights| {
        if let Some(highlights) = highlights {
            for (run, range) in ranges {
                highlights[run.kind].delete(range);
            }
        }
    });
}

/// An element's pieces cut into chunks of [`CHUNK_LINES`] lines, the coloured runs in them, and the
/// element's line count. A chunk's text leaves out the line break it ends with (its [`Chunk::eol`]),
/// and a piece that spans a cut becomes a run in each chunk.
fn chunks(part: usize, pieces: &[Piece]) -> (Vec<Chunk>, Vec<Run>, u32) {
    let mut texts = vec![Chunk::default()];
    let mut runs = Vec::new();
    let (mut at, mut line, mut in_chunk) = (0u32, 0u32, 0usize);
    for (index, (kind, text)) in pieces.iter().enumerate() {
        let coloured = COLOURED.iter().position(|k| k == kind);
        let last_piece = index + 1 == pieces.len();
        let mut rest = *text;
        while !rest.is_empty() {
            // The chunk's last line break: the text before it stays in the chunk, the break
            // itself is the chunk's end mark. So is the break a text ends with.
            let cut = rest
                .match_indices('\n')
                .nth(CHUNK_LINES - in_chunk - 1)
                .map(|(i, _)| i)
                .or_else(|| (last_piece && rest.ends_with('\n')).then(|| rest.len() - 1));
            let (segment, tail) = match cut {
                Some(i) => (&rest[..i], &rest[i + 1..]),
                None => (rest, ""),
            };
            let len = utf16_len(segment);
            let breaks = newlines(segment) as u32;
            if let Some(kind) = coloured.filter(|_| len > 0) {
                runs.push(Run {
                    part,
                    chunk: texts.len() - 1,
                    kind,
                    start: at,
                    end: at + len,
                    first_line: line,
                    last_line: line + breaks,
                });
            }
            if let Some(last) = texts.last_mut() {
                last.text.push_str(segment);
            }
            at += len;
            line += breaks;
            in_chunk += breaks as usize;
            if cut.is_some() {
                if let Some(last) = texts.last_mut() {
                    last.eol = true;
                }
                texts.push(Chunk::default());
                (at, in_chunk) = (0, 0);
                line += 1;
            }
            rest = tail;
        }
    }
    // A text that ends with a cut leaves an empty chunk after it.
    if texts.len() > 1 && texts.last().is_some_and(|c| c.text.is_empty()) {
        texts.pop();
    }
    (texts, runs, line + 1)
}

/// Whether an element's children are exactly these chunks, in order (nothing else put text there).
fn holds_only(element: &web_sys::Element, nodes: &[PaintedChunk]) -> bool {
    let children = element.child_nodes();
    let expected: Vec<&web_sys::Element> = nodes
        .iter()
        .flat_map(|chunk| std::iter::once(&chunk.block).chain(chunk.eol.as_ref()))
        .collect();
    children.length() as usize == expected.len()
        && expected
            .iter()
            .enumerate()
            .all(|(i, node)| children.item(i as u32).as_ref() == Some(node.unchecked_ref()))
}

/// Brings an element's chunks from what `kept` painted to `texts`: unchanged chunks stay as they
/// are, changed ones are edited in place, missing ones added and extra ones removed.
fn update(
    document: &web_sys::Document,
    element: &web_sys::Element,
    kept: &PaintedElement,
    texts: &[Chunk],
) -> Vec<PaintedChunk> {
    let mut nodes = Vec::with_capacity(texts.len());
    let mut old = kept.nodes.iter().zip(&kept.texts);
    for chunk in texts {
        match old.next() {
            Some((node, before)) => {
                edit(&node.text, &before.text, &chunk.text);
                let eol = match (&node.eol, chunk.eol) {
                    (Some(eol), true) => Some(eol.clone()),
                    (Some(eol), false) => {
                        eol.remove();
                        None
                    }
                    (None, true) => line_break(document).inspect(|eol| {
                        let _ = node.block.after_with_node_1(eol);
                    }),
                    (None, false) => None,
                };
                nodes.push(PaintedChunk {
                    block: node.block.clone(),
                    text: node.text.clone(),
                    eol,
                });
            }
            None => nodes.extend(append_chunk(document, element, chunk)),
        }
    }
    for (node, _) in old {
        node.block.remove();
        if let Some(eol) = &node.eol {
            eol.remove();
        }
    }
    nodes
}

/// Replaces an element's content with these chunks.
fn fresh(
    document: &web_sys::Document,
    element: &web_sys::Element,
    texts: &[Chunk],
) -> Vec<PaintedChunk> {
    element.set_text_content(None);
    texts
        .iter()
        .filter_map(|chunk| append_chunk(document, element, chunk))
        .collect()
}

/// Appends a chunk to an element.
fn append_chunk(
    document: &web_sys::Document,
    element: &web_sys::Element,
    chunk: &Chunk,
) -> Option<PaintedChunk> {
    let block = document.create_element("div").ok()?;
    block.set_class_name("chunk");
    let text = document.create_text_node(&chunk.text);
    block.append_child(&text).ok()?;
    element.append_child(&block).ok()?;
    let eol = chunk
        .eol
        .then(|| line_break(document))
        .flatten()
        .inspect(|eol| {
            let _ = element.append_child(eol);
        });
    Some(PaintedChunk {
        block,
        text: text.unchecked_into(),
        eol,
    })
}

/// A chunk's closing line break: hidden, since the chunk's block already ends the line on screen.
fn line_break(document: &web_sys::Document) -> Option<web_sys::Element> {
    let eol = document.create_element("span").ok()?;
    eol.set_attribute("hidden", "").ok()?;
    eol.set_text_content(Some("\n"));
    Some(eol)
}

/// Turns a text node holding `old` into one holding `new` by replacing only what lies between
/// their common start and common end: a keystroke changes a few characters of thousands, and the
/// browser then lays out and shapes only the changed text again (a new text node, as
/// `textContent` makes, is laid out whole), while selection and the node stay.
fn edit(node: &web_sys::CharacterData, old: &str, new: &str) {
    if old == new {
        return;
    }
    let (start, old_end, new_end) = changed(old, new);
    let _ = node.replace_data(
        utf16_len(&old[..start]),
        utf16_len(&old[start..old_end]),
        &new[start..new_end],
    );
}

/// A text's length as the DOM counts it, in UTF-16 units (in ASCII, nearly every script, bytes).
fn utf16_len(text: &str) -> u32 {
    if text.is_ascii() {
        text.len() as u32
    } else {
        text.encode_utf16().count() as u32
    }
}

/// Where two texts differ: the byte offset their common start ends at, and where the differing
/// part ends in the old and in the new text; always at character boundaries of both.
fn changed(old: &str, new: &str) -> (usize, usize, usize) {
    let mut start = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(start) || !new.is_char_boundary(start) {
        start -= 1;
    }
    let room = old.len().min(new.len()) - start;
    let mut common_end = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - common_end)
        || !new.is_char_boundary(new.len() - common_end)
    {
        common_end -= 1;
    }
    (start, old.len() - common_end, new.len() - common_end)
}

/// The lines of an element's text within `margin` lines of the window, by its height per line;
/// `None` when it is hidden or further away.
fn visible_lines(element: &web_sys::Element, lines: u32, margin: u32) -> Option<(u32, u32)> {
    let rect = element.get_bounding_client_rect();
    let height = web_sys::window()?.inner_height().ok()?.as_f64()?;
    if rect.height() <= 0.0 {
        return None;
    }
    let per_line = rect.height() / f64::from(lines);
    let margin = f64::from(margin);
    let from = (-rect.top() / per_line - margin).floor().max(0.0);
    let to = ((height - rect.top()) / per_line + margin)
        .ceil()
        .min(f64::from(lines));
    (from < to).then_some((from as u32, to as u32))
}

impl Drop for Painted {
    fn drop(&mut self) {
        self.clear();
    }
}

/// The line breaks in some script text, counted byte by byte: `str::matches` looks for each one
/// in turn, and a script has one every forty characters.
pub fn newlines(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}
