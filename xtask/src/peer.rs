//! `cargo xtask bench --peer`: our release page and the lightest peer (Mozilla's SSL Configuration
//! Generator) side by side, through the neutral harness kept beside the repository in
//! `../shared/peer-bench` (read-only there: copied to the cargo target directory's `peer-bench`
//! and run from the copy).
//! `tests/bench/peer.mjs` drives the harness and prints the rows of #30.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{dist, proc, tools};

/// What to run: the harness' load count and edit count, and whether to build dist first.
#[derive(Debug, PartialEq)]
struct PeerOptions {
    runs: String,
    edits: String,
    build: bool,
    heavy: bool,
    /// Measure on a busy machine instead of waiting for it to be idle (development only).
    busy: bool,
}

fn parse(args: &[String]) -> Result<PeerOptions, String> {
    let mut options = PeerOptions {
        runs: "15".into(),
        edits: "50".into(),
        build: true,
        heavy: true,
        busy: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" | "--edits" => {
                let value = args
                    .next()
                    .filter(|v| v.parse::<u32>().is_ok_and(|n| n > 0))
                    .ok_or_else(|| format!("bench --peer: `{arg}` needs a positive number"))?
                    .clone();
                if arg == "--runs" {
                    options.runs = value;
                } else {
                    options.edits = value;
                }
            }
            "--no-build" => options.build = false,
            "--no-heavy" => options.heavy = false,
            "--busy" => options.busy = true,
            other => return Err(format!("bench --peer: unknown option `{other}`")),
        }
    }
    Ok(options)
}

/// Where the harness lives: beside the repository, in the project's shared folder.
fn harness_source(root: &Path) -> PathBuf {
    root.join("../shared/peer-bench")
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    let root = crate::checkout::root();
    let source = harness_source(&root);
    if !source.join("bench.mjs").is_file() {
        return Err(format!(
            "bench --peer: the peer harness is not at {} (it is kept beside the repository on the \
             project's machines, not in it, so CI has none); nothing was measured",
            source.display()
        ));
    }
    let peer = source.join("peers/ssl-config");
    if !peer.join("index.html").is_file() {
        return Err(format!(
            "bench --peer: the peer's built site is not at {}",
            peer.display()
        ));
    }
    tools::ensure(tools::Need::ALL)?;
    if options.build {
        dist::build()?;
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let copy = target.join("peer-bench");
    proc::step(&format!("the harness copied to {}", copy.display()), || {
        copy_harness(&source, &copy)
    })?;
    proc::step("the harness' packages (npm ci)", || install(&copy))?;
    let (harness, peer) = (copy.display().to_string(), peer.display().to_string());
    let mut script = vec![
        "tests/bench/peer.mjs",
        "--harness",
        &harness,
        "--peer",
        &peer,
        "--dist",
        "dist",
        "--runs",
        &options.runs,
        "--edits",
        &options.edits,
    ];
    if !options.heavy {
        script.push("--no-heavy");
    }
    if options.busy {
        script.push("--busy");
    }
    proc::step(
        "ours and the peer through the harness (tests/bench/peer.mjs)",
        || proc::run(proc::command("node", &script)),
    )
}

/// The harness' own files (not the peer's site, which is only read, nor its results).
fn copy_harness(source: &Path, copy: &Path) -> Result<(), String> {
    fs::create_dir_all(copy).map_err(|e| format!("cannot create {}: {e}", copy.display()))?;
    for name in [
        "bench.mjs",
        "package.json",
        "package-lock.json",
        "README.md",
    ] {
        fs::copy(source.join(name), copy.join(name))
            .map_err(|e| format!("cannot copy the harness' {name}: {e}"))?;
    }
    Ok(())
}

/// `npm ci` from the cache when it can, else from the registry; skipped when the lock file is the
/// one already installed.
fn install(copy: &Path) -> Result<(), String> {
    let lock = fs::read(copy.join("package-lock.json")).map_err(|e| format!("{e}"))?;
    let installed = copy.join("node_modules/.package-lock.json");
    if copy.join("node_modules/playwright-core").is_dir() && installed.is_file() {
        let stamp = copy.join("node_modules/.lock-copy");
        if fs::read(&stamp).is_ok_and(|s| s == lock) {
            return Ok(());
        }
    }
    let dir = copy.display().to_string();
    let ci = |extra: &[&str]| {
        let mut args = vec!["ci", "--no-audit", "--no-fund", "--prefix", &dir];
        args.extend(extra);
        proc::run(proc::command("npm", &args))
    };
    ci(&["--offline"]).or_else(|_| ci(&[]))?;
    fs::write(copy.join("node_modules/.lock-copy"), lock).map_err(|e| format!("{e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn quick_runs_and_an_existing_dist_are_options() {
        let o = parse(&args(&["--runs", "3", "--edits", "10", "--no-build"])).unwrap();
        assert_eq!(
            o,
            PeerOptions {
                runs: "3".into(),
                edits: "10".into(),
                build: false,
                heavy: true,
                busy: false
            }
        );
        assert_eq!(parse(&[]).unwrap().runs, "15");
    }

    #[test]
    fn bad_options_are_errors() {
        assert!(parse(&args(&["--runs"])).is_err());
        assert!(parse(&args(&["--runs", "0"])).is_err());
        assert!(parse(&args(&["--edits", "many"])).is_err());
        assert!(parse(&args(&["--site", "x"])).is_err());
    }

    #[test]
    fn the_harness_is_looked_for_beside_the_repository() {
        assert_eq!(
            harness_source(Path::new("/work/main")),
            Path::new("/work/main/../shared/peer-bench")
        );
    }
}
