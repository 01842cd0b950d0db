//! The PowerShell language, and nothing written in it: tokens ([`token`]), quoting ([`quote`]),
//! commands as data ([`command`]), and the writer that lays them out, with the classifier for the
//! model's own fixed lines and fragments. The documents written in it are in [`crate::scripts`].

pub mod command;
pub mod quote;
mod snippet;
pub mod token;
pub(crate) mod writer;

pub use command::{Arg, Command, Invocation, Value};
pub use token::{Script, Token, TokenKind};
