//! The change record's words.

use crate::plan::Shell;

pub const TITLE: &str = "Skype for Business hybrid — change record";
pub const DATE: &str = "Date";
pub const CLOUD: &str = "Cloud";
pub const LINK: &str = "Settings (Hybrid Builder link)";
pub const INTRO: &str = "Prepared with Hybrid Builder for the change board: what will change, the exact scripts, the risks and the way back.";
pub const SETTINGS: &str = "Settings";
pub const PROVENANCE: &str = "Where the cloud values come from:";
pub const TYPED_BY_ADMIN: &str = "typed by the admin (not the cloud's default)";
pub const PLAN: &str = "Plan";
pub const NO_PREFLIGHT: &str = "No pre-flight report was loaded: the values as found in the deployment are not part of this record.";
pub const CHANGES_FROM_PREFLIGHT: &str =
    "What will change, from the pre-flight reports (as found → as it will be):";
pub const NOT_THERE: &str = "(not there yet)";
pub const NO_CHANGE: &str = "no change";
pub const OPEN_FINDINGS: &str = "Pre-flight findings still open:";
pub const SCRIPTS: &str = "Scripts";
pub const HASH_HOW: &str = "What runs must be what was approved: compare each file with Get-FileHash -Algorithm SHA256 <file> before running it.";
pub const FILE: &str = "File";
pub const RISKS: &str = "Risks";
pub const RISK_ITEMS: [&str; 4] = [
    "Step 1 switches the Edge to DNS SRV routing: federation through a default route (clearing house) stops.",
    "A wrong cloud value fails late, at Move-CsUser; undocumented sovereign values were confirmed by the admin before the scripts were offered.",
    "Moved users are TeamsOnly; their meetings are converted about 90 minutes after the move.",
    "MicrosoftTeams module versions after 7.1 break Move-CsUser before server build 7.0.2046.849 (Microsoft staff notes, not yet merged); the move script checks the pair first.",
];
pub const VERIFICATION: &str = "Verification";
pub const SIGN_OFF: &str = "Sign-off";
pub const SIGN_OFF_ROWS: [&str; 3] = ["Prepared by", "Reviewed by", "Approved by (change board)"];

/// How the change is undone.
pub fn rollback(on_premises: &str, online: &str) -> String {
    format!(
        "Rollback: {on_premises} and {online}, each with -BackupFile pointing to the backup its change script wrote; both support -WhatIf and refuse to run while users are homed online unless told otherwise. When each step may be undone:"
    )
}

/// Where a step runs, in words.
pub fn shell(shell: Shell) -> &'static str {
    match shell {
        Shell::OnPremises => "Skype for Business Server Management Shell",
        Shell::Online => "PowerShell with the MicrosoftTeams module",
    }
}
