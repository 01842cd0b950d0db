//! Words about reports: refusals, step names of changes, and the pre-flight's own lines.

pub use crate::i18n::keys::report::*;

use crate::report::schema::ReportKind;

/// The file is not JSON.
pub fn not_json(why: &str) -> String {
    let shown: String = why.chars().take(200).collect();
    unreadable(shown)
}

/// The report comes from a newer builder.
pub fn newer(version: u32) -> String {
    NewerSchema {
        version,
        supported: crate::report::schema::REPORT_VERSION,
    }
    .text()
}

/// The report is too old to describe the deployment.
pub fn too_old(days: i64) -> String {
    old(days)
}

/// The report describes other SIP domains than the settings.
pub fn other_deployment(report: &[String], settings: &[String]) -> String {
    OtherDomains {
        report: report.join(", "),
        settings: settings.join(", "),
    }
    .text()
}

/// A report of the other kind was loaded.
pub fn wrong_kind(kind: ReportKind) -> String {
    match kind {
        ReportKind::Preflight => IS_PREFLIGHT,
        ReportKind::Verification => IS_VERIFICATION,
    }
    .to_string()
}
