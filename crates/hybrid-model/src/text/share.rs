//! Messages about links, stored settings and settings files that could not be read.

pub const UNKNOWN_FIELD: &str = "not a setting this builder knows; ignored.";
pub const NOT_AN_OBJECT: &str = "the settings are not a JSON object; defaults are used.";
pub const BAD_VERSION: &str = "schema_version is not a number.";
pub const STORAGE_CORRUPT: &str =
    "the settings saved in this browser could not be read; starting from the defaults.";
pub const BAD_LINK_VERSION: &str = "the link has no valid version (v=2); read what could be read.";
pub const LINK_CUT_SHORT: &str = "this link was cut short (its end, with the checksum, is missing): some settings may be missing or incomplete. Ask for the whole link, or check every setting below.";
pub const LINK_CHANGED: &str = "this link does not match its checksum: it was cut or changed on the way. Ask for the whole link, or check every setting below.";
pub const NOT_A_BOOLEAN: &str = "expected true or false; the default is kept.";
pub const NOT_TEXT: &str = "expected text; the default is kept.";
pub const NOT_A_LIST: &str = "expected a list of text; the default is kept.";

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
