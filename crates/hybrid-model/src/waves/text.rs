//! Words about waves of users: the user list, the wave results and what to do next.

pub use crate::i18n::keys::waves::*;
