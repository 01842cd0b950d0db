//! The served stylesheet and wasm-bindgen glue, minified by esbuild (npm, pinned in
//! package-lock.json), with the page's integrity values following the new bytes.
//!
//! Trunk's own minification cannot do this: its JavaScript minifier refuses the glue's
//! `export default`, and its HTML minifier drops the optional `<head>` and `<body>` tags that the
//! single-file edition is cut from. The single-file edition is written from the files as Trunk left
//! them, before this step.

use std::fs;
use std::path::Path;

use lol_html::{RewriteStrSettings, element, rewrite_str};

use crate::{harden, proc};

/// Minifies the stylesheet and the glue in place and rewrites their `integrity` in index.html.
pub fn minify_served(dist: &Path) -> Result<(), String> {
    let mut changed = Vec::new();
    for (prefix, suffix) in [("main-", ".css"), ("hybrid-builder-", ".js")] {
        let name = harden::dist_file(dist, prefix, suffix)?;
        let path = dist.join(&name);
        let path_text = path.to_string_lossy().into_owned();
        proc::run(proc::command(
            "esbuild",
            &[
                &path_text,
                "--minify",
                "--legal-comments=none",
                "--log-level=warning",
                "--allow-overwrite",
                &format!("--outfile={path_text}"),
            ],
        ))?;
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
        changed.push((format!("./{name}"), harden::sri(&bytes)));
    }
    let index_path = dist.join("index.html");
    let html =
        fs::read_to_string(&index_path).map_err(|e| format!("cannot read index.html: {e}"))?;
    let page = with_integrity(&html, &changed)?;
    fs::write(&index_path, page).map_err(|e| format!("cannot write index.html: {e}"))
}

/// The page with each listed `href`'s `integrity` replaced; every listed file must be linked once
/// with an integrity value, or the build stops.
fn with_integrity(html: &str, files: &[(String, String)]) -> Result<String, String> {
    let mut found = vec![0; files.len()];
    let page = rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(
            "link[integrity]",
            |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                if let Some(i) = files.iter().position(|(h, _)| *h == href) {
                    found[i] += 1;
                    el.set_attribute("integrity", &files[i].1)?;
                }
                Ok(())
            }
        )),
    )
    .map_err(|e| format!("cannot rewrite index.html: {e}"))?;
    match files.iter().zip(&found).find(|(_, n)| **n != 1) {
        Some(((href, _), n)) => Err(format!(
            "index.html links {href} with an integrity value {n} times; expected once"
        )),
        None => Ok(page),
    }
}

#[cfg(test)]
mod tests {
    use super::with_integrity;

    #[test]
    fn integrity_follows_the_minified_files() {
        let page = r#"<head><link rel="modulepreload" href="./a.js" integrity="sha384-old" crossorigin="anonymous"><link rel=stylesheet href=./m.css integrity=sha384-css></head>"#;
        let files = [
            ("./a.js".to_owned(), "sha384-new".to_owned()),
            ("./m.css".to_owned(), "sha384-newcss".to_owned()),
        ];
        let out = with_integrity(page, &files).unwrap();
        assert!(out.contains(r#"href="./a.js" integrity="sha384-new""#));
        assert!(out.contains(r#"integrity="sha384-newcss""#));
        assert!(!out.contains("sha384-old"));
        let missing = [("./b.js".to_owned(), "x".to_owned())];
        assert!(with_integrity(page, &missing).is_err());
    }
}
