//! The PowerShell documents, written in [`crate::powershell`] from the plan and settings: the two
//! change scripts ([`change`]) with their backup and rollback, the read-only pre-flight and
//! verification scripts (which write the reports [`crate::report`] reads back), a script for each
//! wave and the cut-over scripts. Their fixed blocks are the `.ps1` files in `fragments/`, next to
//! the documents that include them. [`text`] is their English text.

pub mod backup;
pub mod change;
pub mod cutover;
mod move_pairs;
pub mod preflight;
mod report_frame;
pub mod rollback;
pub mod script_frame;
pub mod text;
pub mod verify;
pub mod waves;
