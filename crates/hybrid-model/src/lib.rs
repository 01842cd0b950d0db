//! Skype for Business Server hybrid: settings, validation, plan and PowerShell, with no web dependency.
//!
//! One way through: `Settings → validate → plan → render (PowerShell, checklist)`.

pub mod bundle;
pub mod change_record;
pub mod checklist;
pub mod downloads;
pub mod i18n;
pub mod input;
pub mod powershell;
pub mod procedure;
pub mod redact;
pub mod report;
pub mod scripts;
pub mod stages;
pub mod text;
pub mod waves;

pub use procedure::cloud::{Cloud, CloudProfile, Provenance, Sourced};
pub use procedure::field::{Field, Output};
pub use procedure::plan::{Plan, plan};
pub use procedure::settings::Settings;
pub use procedure::validate::{Code, Issue, Report, Severity, validate};
