//! Colours scripts with the CSS Custom Highlight API: a script stays one text node, and each kind
//! of token is a `Highlight` of ranges over it that the stylesheet colours with
//! `::highlight(tok-…)`. A span per token made the scripts most of the page's DOM nodes (860 of
//! 1,540 at load). Only the lines near the screen are coloured (see [`Painted`]). Where the API is
//! missing, the script is plain text.

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

/// Lines coloured beyond those on screen, above and below, so scrolling shows colour at once.
const MARGIN_LINES: u32 = 80;

/// A run of script text and the kind of token it belongs to.
pub type Piece<'a> = (TokenKind, &'a str);

/// One coloured run of a painted text: where it is (UTF-16 units, as the DOM counts) and on
/// which lines.
struct Run {
    part: usize,
    kind: usize,
    start: u32,
    end: u32,
    first_line: u32,
    last_line: u32,
}

/// One painted element: its text node and how many lines that holds.
struct PaintedElement {
    element: web_sys::Element,
    node: web_sys::Node,
    lines: u32,
}

/// What one script view has painted. Only the lines on screen (and a margin) are coloured:
/// Chromium re-checks every highlight range whenever anything on the page changes, so each range
/// costs every keystroke anywhere (the 2,800 ranges of 400 lines with 2,000 pilot users made a
/// keystroke 40 ms slower at 4× CPU); [`Painted::follow_view`] moves the colour along on scrolling.
/// Its ranges leave the shared highlights when it repaints or is dropped with its view.
#[derive(Default)]
pub struct Painted {
    parts: Vec<PaintedElement>,
    runs: Vec<Run>,
    /// Per part, the lines coloured now (`None`: none).
    coloured: Vec<Option<(u32, u32)>>,
    ranges: Vec<(usize, web_sys::StaticRange)>,
}

impl Painted {
    /// Shows each element's pieces as its one text node, coloured where the browser can.
    pub fn paint(&mut self, parts: &[(&web_sys::Element, &[Piece])]) {
        self.clear();
        self.parts.clear();
        self.runs.clear();
        for (index, (element, pieces)) in parts.iter().enumerate() {
            let text: String = pieces.iter().map(|(_, text)| *text).collect();
            element.set_text_content(Some(&text));
            let Some(node) = element.first_child() else {
                continue;
            };
            let (mut at, mut line) = (0u32, 0u32);
            for (kind, text) in pieces.iter() {
                let len = if text.is_ascii() {
                    text.len() as u32
                } else {
                    text.encode_utf16().count() as u32
                };
                let breaks = text.matches('\n').count() as u32;
                if let Some(kind) = COLOURED.iter().position(|k| k == kind) {
                    self.runs.push(Run {
                        part: index,
                        kind,
                        start: at,
                        end: at + len,
                        first_line: line,
                        last_line: line + breaks,
                    });
                }
                at += len;
                line += breaks;
            }
            self.parts.push(PaintedElement {
                element: (*element).clone(),
                node,
                lines: line + 1,
            });
        }
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

    /// Colours the lines on screen and a margin around them, and no others.
    fn recolour(&mut self) {
        if HIGHLIGHTS.with(Option::is_none) {
            return;
        }
        self.clear();
        self.coloured = self
            .parts
            .iter()
            .map(|p| visible_lines(&p.element, p.lines, MARGIN_LINES))
            .collect();
        for run in &self.runs {
            let Some((from, to)) = self.coloured[run.part] else {
                continue;
            };
            if run.last_line < from || run.first_line >= to {
                continue;
            }
            let node = &self.parts[run.part].node;
            let init = web_sys::StaticRangeInit::new(node, run.end, node, run.start);
            if let Ok(range) = web_sys::StaticRange::new(&init) {
                self.ranges.push((run.kind, range));
            }
        }
        HIGHLIGHTS.with(|highlights| {
            if let Some(highlights) = highlights {
                for (kind, range) in &self.ranges {
                    highlights[*kind].add(range);
                }
            }
        });
    }

    /// Takes this view's ranges out of the page's highlights.
    pub fn clear(&mut self) {
        let ranges = std::mem::take(&mut self.ranges);
        self.coloured.iter_mut().for_each(|c| *c = None);
        HIGHLIGHTS.with(|highlights| {
            if let Some(highlights) = highlights {
                for (kind, range) in &ranges {
                    highlights[*kind].delete(range);
                }
            }
        });
    }
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
