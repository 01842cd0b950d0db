//! What the command prints. Standard output that cannot be written (a reader that went away, as in
//! `| head`, or a full disk) ends the command with an exit code instead of a panic; standard error
//! that cannot be written is given up on quietly, as there is nowhere left to say so.

use std::io::{self, Write};
use std::process::ExitCode;

/// The exit code when standard output was closed before everything was written: the code a shell
/// reports for a command stopped by SIGPIPE, so `set -o pipefail` treats the CLI like `cat`.
pub const CLOSED: u8 = 141;

/// The exit code when standard output could not be written for any other reason (a full disk).
pub const UNWRITABLE: u8 = 2;

/// Writes `text` to standard output and flushes it, so a failure shows here and not at exit; on
/// failure, the exit code to end the command with.
pub fn out(text: &str) -> Result<(), ExitCode> {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| stopped(&e))
}

/// Writes `text` to standard error; an unwritable standard error is ignored, never a panic.
pub fn err(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// The exit code for a standard output that failed: quiet for a closed pipe (the reader chose to
/// stop reading), a message for anything else.
fn stopped(e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::from(CLOSED);
    }
    err(&format!(
        "sfb-hybrid: cannot write to standard output: {e}\n"
    ));
    ExitCode::from(UNWRITABLE)
}

/// A line on standard output; `?` ends the command if it cannot be written.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::console::out(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// A line on standard error, prefixed with the command's name.
macro_rules! complain {
    ($($arg:tt)*) => {
        $crate::console::err(&format!("sfb-hybrid: {}\n", format_args!($($arg)*)))
    };
}

pub(crate) use {complain, say};
