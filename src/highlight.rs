//! Colours scripts with the CSS Custom Highlight API: a script stays one text node, and each kind
//! of token is a `Highlight` of ranges over it that the stylesheet colours with
//! `::highlight(tok-…)`. A span per token made the scripts most of the page's DOM nodes (860 of
//! 1,540 at load). Where the API is missing, the script is plain text.

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

/// The kinds the stylesheet colours; plain text is left alone.
const COLOURED: [TokenKind; 8] = [
    TokenKind::Comment,
    TokenKind::Keyword,
    TokenKind::Cmdlet,
    TokenKind::Parameter,
    TokenKind::String,
    TokenKind::Variable,
    TokenKind::Operator,
    TokenKind::Number,
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

/// A run of script text and the kind of token it belongs to.
pub type Piece<'a> = (TokenKind, &'a str);

/// What one script view has painted: its ranges, taken out of the shared highlights when it
/// repaints or is dropped with its view.
#[derive(Default)]
pub struct Painted(Vec<(usize, web_sys::StaticRange)>);

impl Painted {
    /// Shows each element's tokens as its one text node, coloured where the browser can.
    pub fn paint(&mut self, parts: &[(&web_sys::Element, &[Piece])]) {
        self.clear();
        let ranges = &mut self.0;
        for (element, pieces) in parts {
            let text: String = pieces.iter().map(|(_, text)| *text).collect();
            element.set_text_content(Some(&text));
            let Some(node) = element.first_child() else {
                continue;
            };
            // Offsets count UTF-16 code units, as the DOM does.
            let mut at = 0u32;
            for (kind, text) in pieces.iter() {
                let len = if text.is_ascii() {
                    text.len() as u32
                } else {
                    text.encode_utf16().count() as u32
                };
                if let Some(kind) = COLOURED.iter().position(|k| k == kind) {
                    let init = web_sys::StaticRangeInit::new(&node, at + len, &node, at);
                    if let Ok(range) = web_sys::StaticRange::new(&init) {
                        ranges.push((kind, range));
                    }
                }
                at += len;
            }
        }
        HIGHLIGHTS.with(|highlights| {
            if let Some(highlights) = highlights {
                for (kind, range) in ranges.iter() {
                    highlights[*kind].add(range);
                }
            } else {
                ranges.clear();
            }
        });
    }

    /// Takes this view's ranges out of the page's highlights.
    pub fn clear(&mut self) {
        let ranges = std::mem::take(&mut self.0);
        HIGHLIGHTS.with(|highlights| {
            if let Some(highlights) = highlights {
                for (kind, range) in &ranges {
                    highlights[*kind].delete(range);
                }
            }
        });
    }
}

impl Drop for Painted {
    fn drop(&mut self) {
        self.clear();
    }
}
