//! Running the `sfb-hybrid` binary as an admin would, and looking at what it left on disk.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The CLI binary, to run with arguments and standard streams of the test's choosing.
pub fn command() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sfb-hybrid"))
}

/// Runs the CLI with `args` and collects what it printed.
pub fn cli(args: &[&str]) -> Output {
    command().args(args).output().unwrap()
}

/// A fresh, empty folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sfb-hybrid-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A settings file in `dir` that validates without errors and generates.
pub fn settings_file(dir: &Path) -> PathBuf {
    let path = dir.join("settings.json");
    std::fs::write(
        &path,
        r#"{"environment": {"sip_domains": ["contoso.com"]}}"#,
    )
    .unwrap();
    path
}

/// Every entry of a folder: its name and bytes, or where a symbolic link points.
pub fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = match std::fs::read_link(&path) {
                Ok(to) => format!("-> {}", to.display()).into_bytes(),
                Err(_) => std::fs::read(&path).unwrap(),
            };
            (name, bytes)
        })
        .collect()
}

/// The text of standard error.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The text of standard output.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}
