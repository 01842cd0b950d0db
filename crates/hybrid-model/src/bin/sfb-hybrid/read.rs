//! Input files read without hanging or exhausting memory: only regular files are read (a FIFO, a
//! device or a folder is refused before anything is read), and the size limit is checked before
//! reading and again while reading, so a file that grows meanwhile cannot exceed it.

use std::fs::{File, FileType, Metadata};
use std::io::Read;
use std::path::Path;

use hybrid_model::report::MAX_REPORT_BYTES;
use hybrid_model::report::cutover::MAX_CHECK_BYTES;
use hybrid_model::waves::list::MAX_LIST_BYTES;
use hybrid_model::waves::results::MAX_RESULTS_BYTES;

use crate::decode;

/// What kind of file an input is: it sets the size limit and names the file in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Settings,
    Report,
    /// A user list for the waves (CSV or one address a line).
    UserList,
    /// A wave script's result report.
    WaveReport,
    /// The cut-over check's report.
    CutoverCheck,
}

impl Input {
    /// The largest file of this kind that is read. A settings file is a few kilobytes: 1 MiB holds
    /// every list the scripts can carry inline. A report is capped where the model caps it.
    pub fn limit(self) -> u64 {
        match self {
            Input::Settings => 1024 * 1024,
            Input::Report => u64::try_from(MAX_REPORT_BYTES).unwrap_or(u64::MAX),
            Input::UserList => u64::try_from(MAX_LIST_BYTES).unwrap_or(u64::MAX),
            Input::WaveReport => u64::try_from(MAX_RESULTS_BYTES).unwrap_or(u64::MAX),
            Input::CutoverCheck => u64::try_from(MAX_CHECK_BYTES).unwrap_or(u64::MAX),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Input::Settings => "settings file",
            Input::Report => "report",
            Input::UserList => "user list",
            Input::WaveReport => "wave report",
            Input::CutoverCheck => "cut-over check report",
        }
    }
}

/// The text of the file at `path`, or why it is not read (the caller names the file).
pub fn text(path: &Path, input: Input) -> Result<String, String> {
    // Checked by name first, so a FIFO is refused without opening it (opening one waits for a writer).
    let named = std::fs::metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
    regular(&named, input)?;
    let file = open(path).map_err(|e| format!("cannot read it: {e}"))?;
    // And again on the open file: the name may have been pointed elsewhere in between.
    let opened = file
        .metadata()
        .map_err(|e| format!("cannot read it: {e}"))?;
    regular(&opened, input)?;
    let limit = input.limit();
    let expected = usize::try_from(opened.len().min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(expected);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read it: {e}"))?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(format!(
            "grew past {} while being read; a {} is at most that",
            mib(limit),
            input.name()
        ));
    }
    decode::text(&bytes)
}

/// A regular file within the limit, or what it is instead.
fn regular(meta: &Metadata, input: Input) -> Result<(), String> {
    if !meta.is_file() {
        return Err(format!(
            "is {}, not a {}: only regular files are read",
            kind(meta.file_type()),
            input.name()
        ));
    }
    if meta.len() > input.limit() {
        return Err(format!(
            "is {}; a {} is at most {}",
            mib(meta.len()),
            input.name(),
            mib(input.limit())
        ));
    }
    Ok(())
}

/// What a file that is not a regular file is, in words.
fn kind(file_type: FileType) -> &'static str {
    if file_type.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Opens for reading without waiting: were a FIFO put in place after the check by name, opening
/// it returns at once and the check on the open file refuses it.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// A size in MiB, as the limits are given; rounded up, so a file just over a limit never reads as
/// the limit itself.
fn mib(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10).div_ceil(1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MiB", tenths / 10)
    } else {
        format!("{}.{} MiB", tenths / 10, tenths % 10)
    }
}
