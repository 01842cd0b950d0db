//! What every report file of this builder is before anything in it is read: bounded, strict JSON
//! (a byte-order mark skipped), of one schema, not from a newer builder. The pre-flight and
//! verification, wave result and cut-over readers share it and say each refusal in their words.

use crate::input::strict_json::{self, JsonError};

/// Why a text is not a report of the expected schema at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    TooLarge,
    Json(JsonError),
    NotOurs,
    NewerSchema(u32),
}

/// The JSON of a report of `schema` no newer than `version`, from at most `max_bytes` of text.
pub fn open(
    text: &str,
    max_bytes: usize,
    schema: &str,
    version: u32,
) -> Result<serde_json::Value, EnvelopeError> {
    if text.len() > max_bytes {
        return Err(EnvelopeError::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = strict_json::parse(text).map_err(EnvelopeError::Json)?;
    if value.get("schema").and_then(serde_json::Value::as_str) != Some(schema) {
        return Err(EnvelopeError::NotOurs);
    }
    if let Some(v) = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        && v > u64::from(version)
    {
        return Err(EnvelopeError::NewerSchema(
            u32::try_from(v).unwrap_or(u32::MAX),
        ));
    }
    Ok(value)
}

/// A reader's refusal type takes each envelope refusal, and each SIP-domain mismatch
/// ([`crate::report::DomainMismatch`]), in its own variant of the same meaning; with `dated`, also
/// each refusal of a report's date (`crate::report::DateError`), for the readers whose reports go
/// stale.
macro_rules! refusal_from_envelope {
    ($refusal:ident, dated) => {
        $crate::report::envelope::refusal_from_envelope!($refusal);

        impl From<$crate::report::DateError> for $refusal {
            fn from(error: $crate::report::DateError) -> Self {
                match error {
                    $crate::report::DateError::BadDate(value) => $refusal::BadDate(value),
                    $crate::report::DateError::FromTheFuture => $refusal::FromTheFuture,
                    $crate::report::DateError::TooOld { days } => $refusal::TooOld { days },
                }
            }
        }
    };
    ($refusal:ident) => {
        impl From<$crate::report::DomainMismatch> for $refusal {
            fn from(mismatch: $crate::report::DomainMismatch) -> Self {
                match mismatch {
                    $crate::report::DomainMismatch::NoDomains { settings } => {
                        $refusal::NoDomains { settings }
                    }
                    $crate::report::DomainMismatch::OtherDeployment { report, settings } => {
                        $refusal::OtherDeployment { report, settings }
                    }
                }
            }
        }
        impl From<$crate::report::envelope::EnvelopeError> for $refusal {
            fn from(error: $crate::report::envelope::EnvelopeError) -> Self {
                use $crate::input::strict_json::JsonError;
                use $crate::report::envelope::EnvelopeError;
                match error {
                    EnvelopeError::TooLarge => $refusal::TooLarge,
                    EnvelopeError::Json(JsonError::Syntax(why)) => $refusal::NotJson(why),
                    EnvelopeError::Json(JsonError::DuplicateKey(key)) => {
                        $refusal::DuplicateKey(key)
                    }
                    EnvelopeError::Json(JsonError::TooDeep) => $refusal::TooDeep,
                    EnvelopeError::NotOurs => $refusal::NotOurs,
                    EnvelopeError::NewerSchema(v) => $refusal::NewerSchema(v),
                }
            }
        }
    };
}
pub(crate) use refusal_from_envelope;
