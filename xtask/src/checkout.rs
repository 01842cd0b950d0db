//! Where the checkout is, so every command works from any directory; the lowest module, which
//! every command imports (the entry point, `main.rs`, only dispatches and is imported by none).

use std::path::PathBuf;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}
