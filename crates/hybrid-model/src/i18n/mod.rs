//! The lowest layer: the message catalog every other layer speaks through. The text lives in
//! `locales/<lang>.ftl` (English is the source, compiled in by build.rs); each stage names the
//! messages it uses in a `*_text` module of its own folder, so a translation touches no code.

pub mod catalog;
/// The message keys generated from `locales/en.ftl`.
pub mod keys {
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

pub use catalog::{MessageArg, Msg, in_english};
/// The web page's own messages (`page-…` in the locale files).
pub use keys::page;
