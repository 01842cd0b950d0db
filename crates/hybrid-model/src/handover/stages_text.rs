//! The run order's words.

pub use crate::i18n::keys::stages::*;
