//! The change record's words.

pub use super::keys::change_record::*;
use super::Msg;

use crate::plan::Shell;

pub const RISK_ITEMS: [Msg; 4] = [
    RISK_ITEMS_1,
    RISK_ITEMS_2,
    RISK_ITEMS_3,
    RISK_ITEMS_4,
];
pub const SIGN_OFF_ROWS: [Msg; 3] = [
    SIGN_OFF_ROWS_1,
    SIGN_OFF_ROWS_2,
    SIGN_OFF_ROWS_3,
];

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
