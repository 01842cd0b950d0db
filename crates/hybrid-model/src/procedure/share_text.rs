//! Messages about links, stored settings and settings files that could not be read.

pub use crate::i18n::keys::share::*;

/// A name that is not one of a choice's values.
pub fn not_a_choice(names: &[&str]) -> String {
    expected_one_of(names.join(", "))
}

/// A settings file that is not JSON.
pub fn not_json(detail: &str) -> String {
    invalid_json(detail)
}

/// A file or storage from a newer schema.
pub fn newer_version(version: u64) -> String {
    NewerSchema {
        version,
        supported: crate::procedure::settings::SCHEMA_VERSION,
    }
    .text()
}

/// A link from a newer link format.
pub fn newer_link(version: u32) -> String {
    newer_link_format(version)
}

/// A lock for a field that does not exist.
pub fn unknown_lock(path: &str) -> String {
    cannot_lock(path)
}
