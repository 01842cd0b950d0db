//! Running child processes with a visible command line and the tool PATH.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// A command with the project's tool directories first on PATH.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .current_dir(crate::checkout::root())
        .env("PATH", tool_path());
    cmd
}

/// Prints and runs a command; Ok when it exits successfully.
pub fn run(mut cmd: Command) -> Result<(), String> {
    let shown = describe(&cmd);
    println!("$ {shown}");
    let status = cmd
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Runs a command, echoing its stdout live, and returns the stdout text and whether it succeeded.
pub fn run_captured(mut cmd: Command) -> (bool, String) {
    let shown = describe(&cmd);
    println!("$ {shown}");
    let mut child = match cmd.stdout(Stdio::piped()).spawn() {
        Ok(child) => child,
        Err(e) => {
            eprintln!("could not start `{shown}`: {e}");
            return (false, String::new());
        }
    };
    let mut captured = String::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            captured.push_str(&line);
            captured.push('\n');
        }
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    (ok, captured)
}

/// Runs a command quietly and returns its trimmed stdout when it succeeds.
pub fn output(program: impl AsRef<Path>, args: &[&str]) -> Option<String> {
    let out = Command::new(program.as_ref())
        .args(args)
        .env("PATH", tool_path())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Prints a step header and times the step.
pub fn step<T>(title: &str, f: impl FnOnce() -> T) -> T {
    println!("\n==> {title}");
    let start = Instant::now();
    let result = f();
    println!("    ({:.1} s)", start.elapsed().as_secs_f64());
    result
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program().to_string_lossy().into_owned())
        .chain(cmd.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// PATH with cargo's bin directory and the npm binaries (wasm-opt) first, as Trunk finds tools by name.
pub fn tool_path() -> String {
    let mut dirs = vec![
        cargo_bin(),
        crate::checkout::root().join("node_modules/.bin"),
    ];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Where `cargo install` puts binaries: the tools xtask installs are found there first.
pub fn cargo_bin() -> std::path::PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| std::path::PathBuf::from(".cargo"))
        .join("bin")
}
