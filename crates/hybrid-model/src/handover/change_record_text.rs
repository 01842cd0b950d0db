//! The change record's words.

use crate::i18n::Msg;
pub use crate::i18n::keys::change_record::*;

use crate::procedure::plan::Shell;

pub const RISK_ITEMS: [Msg; 3] = [RISK_ITEMS_1, RISK_ITEMS_2, RISK_ITEMS_3];
pub const SIGN_OFF_ROWS: [Msg; 3] = [SIGN_OFF_ROWS_1, SIGN_OFF_ROWS_2, SIGN_OFF_ROWS_3];

/// How the change is undone.
pub fn rollback(on_premises: &str, online: &str) -> String {
    RollbackHow {
        on_premises,
        online,
    }
    .text()
}

/// Where a step runs, in words.
pub fn shell(shell: Shell) -> &'static str {
    match shell {
        Shell::OnPremises => SHELL_ON_PREMISES,
        Shell::Online => SHELL_ONLINE,
    }
    .text()
}
