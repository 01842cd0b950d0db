//! Every sentence the model shows an admin, keyed: the text lives in `locales/<lang>.ftl` (English
//! is the source, compiled in by build.rs), and each module here names the messages its part of
//! the model uses, so a translation touches no code. Script text ([`scripts`]) stays English.

pub mod catalog;
pub mod change_record;
pub mod checklist;
pub mod cutover;
/// The message keys generated from `locales/en.ftl`.
pub mod keys {
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}
pub mod plan;
pub mod report;
pub mod scripts;
pub mod share;
pub mod stages;
mod validation;
pub mod waves;

pub use catalog::{Arg, Msg, in_english};
/// The web page's own messages (`page-…` in the locale files).
pub use keys::page;
pub use validation::*;
