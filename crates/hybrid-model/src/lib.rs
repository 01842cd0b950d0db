//! Skype for Business Server hybrid: settings, validation, plan and PowerShell, with no web dependency.
//!
//! One way through: form state → [`Settings`] → [`validate`] → [`Plan`] → renderers (the
//! scripts, then what the admin takes away), with the reports the scripts write read back.
//!
//! The folders are layers, lowest first; a module imports only from its own layer or a lower one
//! (`cargo xtask test` checks it, in `xtask/src/structure.rs`):
//! 1. [`i18n`]: the message catalog every layer speaks through.
//! 2. [`input`]: what comes in from outside, checked (file text, strict JSON, value syntax).
//! 3. [`powershell`]: the PowerShell language: tokens, quoting, commands, the writer.
//! 4. [`procedure`]: form state → settings → validation → plan → commands.
//! 5. [`report`]: the reports the read-only scripts write, read back.
//! 6. [`waves`]: the user list split into waves, and the wave results read back.
//! 7. [`scripts`]: the PowerShell documents: change, backup, rollback, pre-flight, verification,
//!    wave and cut-over scripts.
//! 8. [`handover`]: what the admin takes away: the stages, checklist, change record, downloads.

pub mod handover;
pub mod i18n;
pub mod input;
pub mod powershell;
pub mod procedure;
pub mod report;
pub mod scripts;
pub mod waves;

// The front door: the way through, by name.
pub use procedure::cloud::{Cloud, CloudProfile, Provenance, Sourced};
pub use procedure::field::{Field, Output};
pub use procedure::plan::{Plan, plan};
pub use procedure::settings::Settings;
pub use procedure::validate::{Code, Issue, Report, Severity, validate};
