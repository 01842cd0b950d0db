//! Skype for Business Server hybrid: settings, validation, plan and PowerShell, with no web dependency.
//!
//! One way through: `Settings → validate → plan → render (PowerShell, checklist)`.

pub mod access;
pub mod bundle;
pub mod change_record;
pub mod checklist;
pub mod cloud;
pub mod commands;
pub mod confirmation;
pub mod cutover;
pub mod downloads;
pub mod field;
pub mod i18n;
pub mod input;
pub mod naming;
pub mod plan;
pub mod powershell;
pub mod redact;
pub mod report;
pub mod settings;
pub mod share;
pub mod stages;
pub mod text;
pub mod validate;
pub mod vocabulary;
pub mod waves;

pub use cloud::{Cloud, CloudProfile, Provenance, Sourced};
pub use field::{Field, Output};
pub use plan::{Plan, plan};
pub use settings::Settings;
pub use validate::{Code, Issue, Report, Severity, validate};
