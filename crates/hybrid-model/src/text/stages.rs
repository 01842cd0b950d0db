//! The run order's words.

pub use super::keys::stages::*;
