//! Messages about links, stored settings and settings files that could not be read.

pub use super::keys::share::*;
use super::Msg;


/// A name that is not one of a choice's values.
pub fn not_a_choice(names: &[&str]) -> String {
    format!("expected one of {}; the default is kept.", names.join(", "))
}

/// A settings file that is not JSON.
pub fn not_json(detail: &str) -> String {
    format!("the file is not valid JSON ({detail}).")
}

/// A file or storage from a newer schema.
pub fn newer_version(version: u64) -> String {
    format!(
        "written by a newer Hybrid Builder (schema_version {version}, this one reads up to {}); use a newer builder.",
        crate::settings::SCHEMA_VERSION
    )
}

/// A link from a newer link format.
pub fn newer_link(version: u32) -> String {
    format!(
        "the link comes from a newer Hybrid Builder (v={version}); only the settings this one knows were restored."
    )
}

/// A lock for a field that does not exist.
pub fn unknown_lock(path: &str) -> String {
    format!("cannot lock {path}: not a setting this builder knows.")
}
