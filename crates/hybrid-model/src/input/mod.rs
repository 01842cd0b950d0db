//! What comes in from outside, checked before any stage trusts it: a file's bytes as text
//! ([`file_text`]), JSON read strictly ([`strict_json`]), the syntax of a typed value
//! ([`syntax`]), and untrusted text made safe to show ([`display`]). Imports nothing of the model.

pub mod display;
pub mod file_text;
pub mod strict_json;
pub mod syntax;
