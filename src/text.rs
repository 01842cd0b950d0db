//! Every label and help text of the page, in one place, so a translation touches no component.

pub use hybrid_model::text::page::*;
use hybrid_model::text::Msg;

use hybrid_model::Output;


pub const CHOICE_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/plan-hybrid-connectivity";

pub const EDGE_DOC_URL: &str = "https://learn.microsoft.com/skypeforbusiness/hybrid/configure-federation-with-skype-for-business-online";



pub const PLAN_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/configure-hybrid-connectivity";

pub const MOVE_DOC_URL: &str =
    "https://learn.microsoft.com/skypeforbusiness/hybrid/move-users-from-on-premises-to-teams";

pub const OAUTH_DOC_URL: &str = "https://learn.microsoft.com/skypeforbusiness/manage/authentication/configure-a-hybrid-environment";


/// How many of the checklist's tasks are ticked.
pub fn ticked_count(done: usize, total: usize) -> String {
    format!("{done} of {total} tasks ticked")
}



/// One thing a link, storage or file held that could not be used.
pub fn read_problem(source: &str, key: &str, message: &str) -> String {
    if key.is_empty() {
        format!("{source}: {message}")
    } else {
        format!("{source}, {key}: {message}")
    }
}

/// After an import.
pub fn imported(name: &str, problems: usize) -> String {
    match problems {
        0 => format!("Imported {name}."),
        1 => format!("Imported {name}; 1 entry could not be used:"),
        n => format!("Imported {name}; {n} entries could not be used:"),
    }
}

/// An import refused as a whole.
pub fn import_refused(name: &str, why: &str) -> String {
    format!("Did not import {name}: {why}")
}

/// A file the browser could not read.
pub fn import_unreadable(name: &str) -> String {
    format!("Could not read {name}.")
}

/// The name of an output, for tabs and messages.
pub fn output_name(output: Output) -> &'static str {
    match output {
        Output::OnPremises => "On-premises script",
        Output::Online => "Online script",
        Output::Checklist => "Checklist",
        Output::ChangeRecord => "Change record",
    }
}

/// An output's name inside a sentence.
fn output_in_sentence(output: Output) -> &'static str {
    match output {
        Output::OnPremises => "on-premises script",
        Output::Online => "online script",
        Output::Checklist => "checklist",
        Output::ChangeRecord => "change record",
    }
}

/// The heading of the error summary.
pub fn error_summary_title(count: usize) -> String {
    if count == 1 {
        "There is a problem: 1 error".to_owned()
    } else {
        format!("There is a problem: {count} errors")
    }
}

/// The heading of the warning list.
pub fn warning_summary_title(count: usize) -> String {
    if count == 1 {
        "1 warning to check".to_owned()
    } else {
        format!("{count} warnings to check")
    }
}

/// Why an output cannot be copied or downloaded.
pub fn blocked_message(output: Output, errors: usize) -> String {
    let what = if errors == 1 {
        "1 error".to_owned()
    } else {
        format!("{errors} errors")
    };
    format!(
        "Copy and download are off: {what} above would make the {} unsafe to run. Fix them in the form first.",
        output_in_sentence(output)
    )
}

/// The announcement after a copy.
pub fn copied_status(output: Output) -> String {
    format!(
        "Copied the {} to the clipboard.",
        output_in_sentence(output)
    )
}

/// The announcement after a download.
pub fn downloaded_status(file: &str) -> String {
    format!("Downloaded {file}.")
}

/// The label of a download button.
pub fn download_label(file: &str) -> String {
    format!("Download {file}")
}

/// The words of one report panel.
pub struct ReportWords {
    /// The section's id, also the prefix of its elements' ids.
    pub id: &'static str,
    pub title: &'static str,
    pub why: &'static str,
    pub download_on_prem: &'static str,
    pub download_online: &'static str,
    pub load: &'static str,
}

/// The words of the pre-flight or the verification panel.
pub fn report_words(kind: hybrid_model::report::ReportKind) -> ReportWords {
    match kind {
        hybrid_model::report::ReportKind::Preflight => ReportWords {
            id: "preflight",
            title: PREFLIGHT_TITLE,
            why: PREFLIGHT_WHY,
            download_on_prem: PREFLIGHT_ON_PREM,
            download_online: PREFLIGHT_ONLINE,
            load: PREFLIGHT_LOAD,
        },
        hybrid_model::report::ReportKind::Verification => ReportWords {
            id: "verification",
            title: "After the change — verification",
            why: "Two read-only scripts check what the change produced: the Access Edge values, the one hosting provider, the tenant's shared SIP address space, the OAuth objects, Test-CsFederatedPartner towards the cloud, and each moved pilot. Load their reports: the checklist marks the items they prove as verified by report, and each FAIL says what to do.",
            download_on_prem: "Download the on-premises verification",
            download_online: "Download the online verification",
            load: "Load verification reports (hybrid-verification-*.json)",
        },
    }
}


/// A report that was loaded.
pub fn preflight_loaded(name: &str) -> String {
    format!("Read {name}.")
}

/// A report that was refused.
pub fn preflight_refused(name: &str, why: &str) -> String {
    format!("Did not read {name}: {why}")
}

/// The summary line for pre-flight failures.
pub fn preflight_fail_title(count: usize) -> String {
    if count == 1 {
        "The pre-flight found 1 FAIL: the change scripts are withheld until it is fixed or accepted"
            .to_owned()
    } else {
        format!(
            "The pre-flight found {count} FAILs: the change scripts are withheld until they are fixed or accepted"
        )
    }
}

/// Why the change scripts are withheld after a pre-flight FAIL.
pub fn preflight_blocked(count: usize) -> String {
    format!(
        "Copy and download are off: the pre-flight reported {count} FAIL(s). Fix them and load new reports, or accept them under Pre-flight."
    )
}


/// The line a printed sheet carries at its top.
pub fn print_header(date: &str, cloud: &str, link: &str) -> String {
    format!("Printed {date} · {cloud} · {link}")
}

/// The button that shows the rest of a long script.
pub fn show_all_lines(total: usize) -> String {
    format!("Show all {total} lines")
}

/// The button that shows the rest of a long checklist part.
pub fn show_more_items(hidden: usize) -> String {
    format!("Show {hidden} more items")
}


/// The button that folds or unfolds a script's help block.
pub fn help_block(folded: bool, lines: usize) -> String {
    if folded {
        format!("Show the help and settings ({lines} lines)")
    } else {
        format!("Fold the help and settings ({lines} lines)")
    }
}
