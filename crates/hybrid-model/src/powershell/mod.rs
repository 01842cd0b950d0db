//! PowerShell output: tokens, quoting, commands as data, and the two scripts.

pub mod backup;
pub mod command;
pub mod cutover;
mod move_pairs;
pub mod preflight;
pub mod quote;
mod report_frame;
pub mod rollback;
pub mod script_frame;
pub mod scripts;
mod snippet;
pub mod token;
pub mod verify;
pub mod waves;
mod writer;

pub use command::{Arg, Command, Invocation, Value};
pub use rollback::{
    ON_PREMISES_ROLLBACK_FILE, ONLINE_ROLLBACK_FILE, on_premises_rollback, online_rollback,
};
pub use token::{Script, Token, TokenKind};
