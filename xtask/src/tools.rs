//! Installs the pinned tools when missing or at the wrong version; a second run installs nothing.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::proc;

/// Trunk 0.22 needs a newer rustc than this project's 1.95.
const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian's Chromium: the tests' browser, and the build's, which takes the first screen with it.
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
/// WebKitGTK's WebDriver (Debian `webkit2gtk-driver`), which starts MiniBrowser for each session.
pub const WEBKIT_WEBDRIVER: &str = "/usr/bin/WebKitWebDriver";
/// WebKitGTK's test browser, from `libwebkit2gtk-4.1-0` (a dependency of `webkit2gtk-driver`).
pub const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
/// The X server MiniBrowser draws on: it needs a display even headless (Debian `xvfb`).
pub const XVFB: &str = "/usr/bin/Xvfb";
/// mdBook, which builds the sample runbook that embeds the builder (`docs/runbook/`, into
/// `dist/runbook/`): the Rust ecosystem's own documentation generator, from crates.io. Installed
/// without its default features (the live-reload server and the search index, which the offline
/// runbook does not use): a quarter of the build.
const MDBOOK_VERSION: &str = "0.5.4";
/// The geckodriver the component tests and the Firefox smoke suite use (crates.io; WebdriverIO
/// would otherwise try to download one, which fails here).
const GECKODRIVER_VERSION: &str = "0.37.1";

/// Which groups of tools a command needs.
#[derive(Clone, Copy)]
pub struct Need {
    pub build: bool,
    /// Debian's Chromium alone: the release build takes the app's first screen with it.
    pub chromium: bool,
    pub browser: bool,
}

impl Need {
    /// Tools to build and serve the app.
    pub const BUILD: Need = Need {
        build: true,
        chromium: false,
        browser: false,
    };
    /// The release site: the build's tools and the Chromium that takes the first screen
    /// (prerender.rs).
    pub const DIST: Need = Need {
        build: true,
        chromium: true,
        browser: false,
    };
    /// Everything, for the test suite.
    pub const ALL: Need = Need {
        build: true,
        chromium: true,
        browser: true,
    };
}

/// Makes sure every tool of `need` is present at its pinned version.
pub fn ensure(need: Need) -> Result<(), String> {
    // First, because it is quick and may need root: better to stop now than after the cargo installs.
    if need.browser {
        debian_packages(&BROWSERS)?;
    } else if need.chromium {
        debian_packages(&BROWSERS[..1])?;
    }
    if need.build {
        wasm_target()?;
        npm_packages()?;
        cargo_tool("trunk", "trunk", TRUNK_VERSION, &["--locked"], "~8 min")?;
        let bindgen = wasm_bindgen_version()?;
        // Not --locked: the locked webpki-roots of wasm-bindgen-cli is missing from the registry here.
        cargo_tool("wasm-bindgen-cli", "wasm-bindgen", &bindgen, &[], "~2 min")?;
        cargo_tool(
            "mdbook",
            "mdbook",
            MDBOOK_VERSION,
            &["--locked", "--no-default-features"],
            "~9 min",
        )?;
    }
    if need.browser {
        cargo_tool(
            "geckodriver",
            "geckodriver",
            GECKODRIVER_VERSION,
            &[],
            "~3 min",
        )?;
    }
    Ok(())
}

/// The cargo-installed geckodriver.
pub fn geckodriver() -> PathBuf {
    proc::cargo_bin().join("geckodriver")
}

fn wasm_target() -> Result<(), String> {
    let installed = proc::output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        println!("ok  rust target {WASM_TARGET}");
        return Ok(());
    }
    proc::step(
        &format!("installing rust target {WASM_TARGET} (rustup, usually a few seconds)"),
        || proc::run(proc::command("rustup", &["target", "add", WASM_TARGET])),
    )
}

fn cargo_tool(
    krate: &str,
    binary: &str,
    version: &str,
    extra: &[&str],
    usually: &str,
) -> Result<(), String> {
    let path = proc::cargo_bin().join(binary);
    let current = proc::output(&path, &["--version"]).unwrap_or_default();
    // `trunk 0.21.14`, `mdbook v0.5.4`: the version is a word, with or without its `v`.
    if current
        .split_whitespace()
        .any(|word| word.strip_prefix('v').unwrap_or(word) == version)
    {
        println!("ok  {binary} {version}");
        return Ok(());
    }
    let found = if current.is_empty() {
        "not installed".to_owned()
    } else {
        format!("found `{current}`")
    };
    proc::step(
        &format!("installing {krate} {version} ({found}; cargo install, usually {usually})"),
        || {
            let mut args = vec!["install", krate, "--version", version, "--force"];
            args.extend_from_slice(extra);
            proc::run(proc::command("cargo", &args))
        },
    )
}

/// The wasm-bindgen version the lock file resolved; the CLI must be exactly this version.
fn wasm_bindgen_version() -> Result<String, String> {
    let lock = fs::read_to_string(crate::checkout::root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines
                .next()
                .and_then(|l| l.strip_prefix("version = \""))
                .and_then(|l| l.strip_suffix('"'))
        {
            return Ok(version.to_owned());
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".to_owned())
}

/// npm packages (Playwright, axe-core, WebdriverIO and the fake timers, binaryen's wasm-opt, esbuild)
/// from package-lock.json, reinstalled only when the lock file changed since the last install.
fn npm_packages() -> Result<(), String> {
    let root = crate::checkout::root();
    let lock = fs::read(root.join("package-lock.json"))
        .map_err(|e| format!("cannot read package-lock.json: {e}"))?;
    // SHA-256 of the lock file; a new name, so a stamp of the former FNV hash is not misread.
    let stamp_path = root.join("node_modules/.xtask-lock-sha256");
    let wanted = format!("{:x}", Sha256::digest(&lock));
    let stamp = fs::read_to_string(&stamp_path).unwrap_or_default();
    let installed = ["wasm-opt", "esbuild"]
        .iter()
        .all(|bin| root.join("node_modules/.bin").join(bin).exists());
    if stamp.trim() == wanted && installed {
        println!("ok  npm packages (package-lock.json)");
        return Ok(());
    }
    proc::step(
        "installing npm packages: @playwright/test, @axe-core/playwright, webdriverio, @sinonjs/fake-timers, binaryen, esbuild (npm ci, usually ~20 s)",
        || {
            let mut cmd = proc::command("npm", &["ci", "--no-audit", "--no-fund"]);
            // Playwright drives Debian's Chromium; its own browser download cannot work here.
            cmd.env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            proc::run(cmd)
        },
    )?;
    fs::write(&stamp_path, wanted)
        .map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))
}

/// Debian's browsers and their drivers (package, a file it installs): Chromium for every layer and
/// the release build, Firefox ESR as the second engine, WebKitGTK (Safari's engine) on an Xvfb
/// display as the third.
const BROWSERS: [(&str, &str); 6] = [
    ("chromium", CHROMIUM),
    ("chromium-driver", CHROMEDRIVER),
    ("firefox-esr", FIREFOX),
    ("webkit2gtk-driver", WEBKIT_WEBDRIVER),
    ("webkit2gtk-driver", MINIBROWSER),
    ("xvfb", XVFB),
];

/// Installs with apt-get the packages of `wanted` whose file is missing (as root; otherwise says
/// the command to run).
fn debian_packages(wanted: &[(&str, &str)]) -> Result<(), String> {
    let mut missing: Vec<&str> = wanted
        .iter()
        .filter(|(_, path)| !Path::new(path).exists())
        .map(|(package, _)| *package)
        .collect();
    missing.dedup();
    if missing.is_empty() {
        let mut packages: Vec<&str> = wanted.iter().map(|(package, _)| *package).collect();
        packages.dedup();
        println!("ok  {} (Debian packages)", packages.join(", "));
        return Ok(());
    }
    let list = missing.join(" ");
    let install = format!("apt-get update && apt-get install -y {list}");
    let is_root = proc::output("id", &["-u"]).as_deref() == Some("0");
    if !is_root {
        return Err(format!(
            "{list}: missing. Install as root, then rerun:\n    sudo sh -c '{install}'"
        ));
    }
    proc::step(
        &format!("installing {list} (apt-get, usually ~1-2 min)"),
        || {
            let mut update = proc::command("apt-get", &["update"]);
            update.env("DEBIAN_FRONTEND", "noninteractive");
            proc::run(update)?;
            let mut args = vec!["install", "-y"];
            args.extend(&missing);
            let mut cmd = proc::command("apt-get", &args);
            cmd.env("DEBIAN_FRONTEND", "noninteractive");
            proc::run(cmd)
        },
    )
}
