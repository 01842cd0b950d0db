//! Settings files (JSON): the format the CLI reads and the page imports and exports.

use crate::settings::{SCHEMA_VERSION, Settings};

/// Why a settings file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON, or a value of the wrong type; the message names the place.
    Malformed(String),
    /// Written by a newer Hybrid Builder.
    NewerSchema(u32),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::Malformed(detail) => write!(f, "the settings file is not valid: {detail}"),
            FileError::NewerSchema(version) => write!(
                f,
                "the settings file uses schema_version {version}, newer than this builder's {SCHEMA_VERSION}; use a newer Hybrid Builder"
            ),
        }
    }
}

/// Reads a settings file; fields left out keep their defaults.
pub fn from_json(text: &str) -> Result<Settings, FileError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| FileError::Malformed(e.to_string()))?;
    if let Some(version) = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        && version > u64::from(SCHEMA_VERSION)
    {
        return Err(FileError::NewerSchema(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let mut settings: Settings =
        serde_json::from_value(value).map_err(|e| FileError::Malformed(e.to_string()))?;
    settings.schema_version = SCHEMA_VERSION;
    Ok(settings)
}

/// Writes a complete, pretty-printed settings file.
pub fn to_json(settings: &Settings) -> String {
    let mut text = serde_json::to_string_pretty(settings).unwrap_or_default();
    text.push('\n');
    text
}
