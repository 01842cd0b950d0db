//! Words about the cut-over check and its decision.

pub use super::keys::cutover::*;
