//! Words about the cut-over check and its decision.

pub use crate::i18n::keys::cutover::*;
