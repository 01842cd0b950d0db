//! Words about reports: refusals, step names of changes, and the pre-flight's own lines.

pub use super::keys::report::*;
use super::Msg;

use crate::report::schema::ReportKind;


/// The file is not JSON.
pub fn not_json(why: &str) -> String {
    let shown: String = why.chars().take(200).collect();
    format!(
        "This file is not a readable report ({shown}). Load the file the script wrote, unchanged."
    )
}

/// The report comes from a newer builder.
pub fn newer(version: u32) -> String {
    format!(
        "This report was written for a newer Hybrid Builder (report schema {version}, this one reads up to {}). Use the builder that generated the script.",
        crate::report::schema::REPORT_VERSION
    )
}

/// The report is too old to describe the deployment.
pub fn too_old(days: i64) -> String {
    format!(
        "This report is {days} days old; the deployment may have changed since. Run the script again and load the new report (reports are read for 7 days)."
    )
}

/// The report describes other SIP domains than the settings.
pub fn other_deployment(report: &[String], settings: &[String]) -> String {
    format!(
        "This report was made for the SIP domains {}, but these settings are for {}. Load the report of this deployment, or generate the script again from these settings.",
        report.join(", "),
        settings.join(", ")
    )
}

/// A report of the other kind was loaded.
pub fn wrong_kind(kind: ReportKind) -> String {
    match kind {
        ReportKind::Preflight => {
            "This is a pre-flight report; load it under Pre-flight.".to_owned()
        }
        ReportKind::Verification => {
            "This is a verification report; load it under Verify.".to_owned()
        }
    }
}
