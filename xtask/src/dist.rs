//! `cargo xtask dist`: the release static site, with what each file weighs.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{harden, proc, tools};

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!("dist: unknown option `{arg}`"));
    }
    tools::ensure(tools::Need::BUILD)?;
    build()?;
    print_sizes(&crate::root().join("dist"))
}

/// `trunk build --release` into dist/ with relative URLs (works from any sub-path), then the
/// strict-CSP loader and the single-file offline edition.
pub fn build() -> Result<(), String> {
    proc::step(
        "release build (trunk build --release --public-url ./)",
        || {
            proc::run(proc::command(
                "trunk",
                &["build", "--release", "--public-url", "./"],
            ))
        },
    )?;
    let dist = crate::root().join("dist");
    proc::step("strict CSP: external loader, policy meta element", || {
        harden::harden_site(&dist)
    })?;
    proc::step(
        &format!("single-file edition dist/{}", harden::OFFLINE_FILE),
        || harden::write_offline(&dist),
    )
}

fn print_sizes(dist: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    collect(dist, &mut files).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    files.sort();
    println!("\n{:<48} {:>10} {:>10}", "file", "raw", "gzip -9");
    let (mut raw_total, mut gz_total) = (0, 0);
    for file in &files {
        let bytes = fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let gz = gzip_len(&bytes)?;
        raw_total += bytes.len();
        gz_total += gz;
        let name = file
            .strip_prefix(dist)
            .unwrap_or(file)
            .display()
            .to_string();
        println!("{name:<48} {:>10} {gz:>10}", bytes.len());
    }
    println!("{:<48} {raw_total:>10} {gz_total:>10}", "total");
    Ok(())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Size after `gzip -9`, as a static host would serve it.
fn gzip_len(bytes: &[u8]) -> Result<usize, String> {
    harden::gzip(bytes).map(|gz| gz.len())
}
