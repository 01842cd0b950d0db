//! Skype for Business Server hybrid: settings, validation, plan and PowerShell, with no web dependency.

pub mod cloud;
pub mod commands;
pub mod field;
pub mod powershell;
pub mod settings;
pub mod syntax;
pub mod text;
pub mod validate;

pub use cloud::{Cloud, CloudProfile, Provenance, Sourced};
pub use field::Field;
pub use settings::Settings;
pub use validate::{Code, Issue, Report, Severity, validate};
