//! `cargo xtask dist`: the release static site, with what each file weighs.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{harden, minify, prerender, proc, tools};

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!("dist: unknown option `{arg}`"));
    }
    tools::ensure(tools::Need::DIST)?;
    build()?;
    print_sizes(&crate::checkout::root().join("dist"))
}

/// `trunk build --release` into dist/ with relative URLs (works from any sub-path), then the
/// strict-CSP loader, the single-file offline edition, then the served stylesheet and glue
/// minified; the app's first screen written into index.html; last, the sample runbook that embeds
/// the builder, in dist/runbook/.
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
    let dist = crate::checkout::root().join("dist");
    let locales = served_locales()?;
    proc::step(
        "locale files dist/locales/ (compiled from locales/*.ftl)",
        || write_locales(&dist, &locales),
    )?;
    proc::step(
        "the message for browsers that cannot run the page, in every language",
        || localize_unsupported(&dist),
    )?;
    proc::step("strict CSP: external loader, policy meta element", || {
        harden::harden_site(&dist)
    })?;
    proc::step(
        &format!("single-file edition dist/{}", harden::OFFLINE_FILE),
        || harden::write_offline(&dist, &locales),
    )?;
    proc::step(
        "minified stylesheet and glue (esbuild), integrity updated",
        || minify::minify_served(&dist),
    )?;
    proc::step(
        "the first screen written into index.html (headless Chromium), its gate",
        || prerender::write_first_screen(&dist),
    )?;
    proc::step("sample runbook dist/runbook/ (mdBook)", || runbook(&dist))
}

/// The mdBook site of `docs/runbook/`, built after the app so nothing above rewrites its pages:
/// its page embeds the builder at `../index.html`, the app beside it.
fn runbook(dist: &Path) -> Result<(), String> {
    let out = dist.join("runbook");
    let source = crate::checkout::root().join("docs/runbook");
    proc::run(proc::command(
        "mdbook",
        &[
            "build",
            &source.to_string_lossy(),
            "--dest-dir",
            &out.to_string_lossy(),
        ],
    ))
}

/// Each served locale under the content-hashed name the page asks for and checks (both come from
/// `hybrid_locales`).
fn write_locales(dist: &Path, locales: &[(String, String)]) -> Result<(), String> {
    let dir = dist.join("locales");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (lang, compiled) in locales {
        let name = hybrid_locales::file_name(lang, compiled);
        fs::write(dir.join(&name), compiled).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    Ok(())
}

/// The message a browser that cannot run the page shows (index.html's `#unsupported`), in every
/// shipped language at once: nothing runs there to choose one. English comes first.
fn localize_unsupported(dist: &Path) -> Result<(), String> {
    let root = crate::checkout::root().join("locales");
    let mut lines = String::new();
    for lang in hybrid_locales::LOCALES {
        let source = fs::read_to_string(root.join(format!("{lang}.ftl")))
            .map_err(|e| format!("locales/{lang}.ftl: {e}"))?;
        let catalog = hybrid_locales::LocaleFile::parse(&source)
            .map_err(|p| format!("locales/{lang}.ftl: {}", p.join("; ")))?;
        let message = catalog
            .get("page-unsupported")
            .ok_or(format!("locales/{lang}.ftl has no page-unsupported"))?;
        let text = message
            .flat
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        lines.push_str(&format!(
            "<span class=\"unsupported-line\" lang=\"{lang}\">{text}</span>"
        ));
    }
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("cannot read index.html: {e}"))?;
    let found = std::cell::Cell::new(0);
    let page = lol_html::rewrite_str(
        &html,
        lol_html::RewriteStrSettings::new().append_element_content_handler(lol_html::element!(
            "#unsupported",
            |el| {
                found.set(found.get() + 1);
                el.set_inner_content(&lines, lol_html::html_content::ContentType::Html);
                Ok(())
            }
        )),
    )
    .map_err(|e| format!("cannot rewrite index.html: {e}"))?;
    if found.get() != 1 {
        return Err(format!(
            "index.html has {} #unsupported elements, not one",
            found.get()
        ));
    }
    fs::write(&index, page).map_err(|e| format!("cannot write index.html: {e}"))
}

/// The compiled text of each locale served as a file (every one but English, which is built into
/// the wasm), read from locales/*.ftl once per build; any problem in a file stops the build.
fn served_locales() -> Result<Vec<(String, String)>, String> {
    let root = crate::checkout::root().join("locales");
    let all = hybrid_locales::compile_all(|lang| {
        fs::read_to_string(root.join(format!("{lang}.ftl")))
            .map_err(|e| format!("locales/{lang}.ftl: {e}"))
    })
    .map_err(|problems| problems.join("\n"))?;
    Ok(all.into_iter().filter(|(lang, _)| lang != "en").collect())
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
