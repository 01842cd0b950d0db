//! `cargo xtask bench`: figures, not pass/fail — the release page in headless Chromium and the
//! model's native pipeline time; or, with `--site DIR --input SEL --output SEL`, the same browser
//! figures for another static site; with `--peer`, ours beside the lightest peer (`peer.rs`).

use std::path::{Path, PathBuf};

use crate::{dist, proc, tools};

/// Another static site to measure instead of our release dist.
#[derive(Debug, Default, PartialEq)]
struct Site {
    dir: Option<PathBuf>,
    input: Option<String>,
    output: Option<String>,
    contains: Option<String>,
}

fn parse(args: &[String]) -> Result<Site, String> {
    let mut site = Site::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let slot = match arg.as_str() {
            "--site" => None,
            "--input" => Some(&mut site.input),
            "--output" => Some(&mut site.output),
            "--contains" => Some(&mut site.contains),
            other => return Err(format!("bench: unknown option `{other}`")),
        };
        let value = args
            .next()
            .ok_or_else(|| format!("bench: `{arg}` needs a value"))?
            .clone();
        match slot {
            Some(slot) => *slot = Some(value),
            None => site.dir = Some(PathBuf::from(value)),
        }
    }
    if site.dir.is_none()
        && (site.input.is_some() || site.output.is_some() || site.contains.is_some())
    {
        return Err("bench: --input, --output and --contains go with --site DIR".into());
    }
    if site.dir.is_some() && site.output.is_none() {
        return Err(
            "bench: --site needs --output SEL, the element that holds the generated text".into(),
        );
    }
    Ok(site)
}

/// The arguments of tests/bench/bench.mjs for a site; its directory made absolute against `cwd`,
/// since the script runs from the workspace root.
fn script_args(site: &Site, cwd: &Path) -> Vec<String> {
    let mut out = vec!["tests/bench/bench.mjs".to_owned()];
    if let Some(dir) = &site.dir {
        out.push("--site".into());
        out.push(cwd.join(dir).display().to_string());
    }
    for (flag, value) in [
        ("--input", &site.input),
        ("--output", &site.output),
        ("--contains", &site.contains),
    ] {
        if let Some(value) = value {
            out.push(flag.into());
            out.push(value.clone());
        }
    }
    out
}

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(("--peer", rest)) = args.split_first().map(|(a, r)| (a.as_str(), r)) {
        return crate::peer::run(rest);
    }
    let site = parse(args)?;
    let cwd = std::env::current_dir().map_err(|e| format!("bench: no current directory: {e}"))?;
    let script = script_args(&site, &cwd);
    let script: Vec<&str> = script.iter().map(String::as_str).collect();
    if site.dir.is_some() {
        tools::ensure(tools::Need {
            build: false,
            chromium: true,
            browser: true,
        })?;
        return proc::step(
            "browser figures of another site (tests/bench/bench.mjs)",
            || proc::run(proc::command("node", &script)),
        );
    }
    tools::ensure(tools::Need::ALL)?;
    dist::build()?;
    proc::step("browser figures (tests/bench/bench.mjs)", || {
        proc::run(proc::command("node", &script))
    })?;
    proc::step("native validate + plan + render (criterion)", || {
        proc::run(proc::command(
            "cargo",
            &[
                "bench",
                "--package",
                "hybrid-model",
                "--bench",
                "pipeline",
                "--",
                "--quick",
                "--noplot",
            ],
        ))
    })?;
    proc::step(
        "the model's floor: every model function the page calls, with no view (crates/model-floor)",
        floor,
    )
}

/// Builds crates/model-floor for wasm32 as the page is built (release profile, then
/// wasm-opt as index.html asks) and prints its weight: what the page carries whatever its view.
fn floor() -> Result<(), String> {
    proc::run(proc::command(
        "cargo",
        &[
            "build",
            "--release",
            "--package",
            "model-floor",
            "--target",
            "wasm32-unknown-unknown",
        ],
    ))?;
    let target = crate::checkout::root().join("target");
    let built = target.join("wasm32-unknown-unknown/release/model_floor.wasm");
    let optimized = target.join("floor.opt.wasm");
    let (built, optimized) = (built.display().to_string(), optimized.display().to_string());
    let index = crate::checkout::root().join("index.html");
    let index = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let mut args = page_wasm_opt(&index)?;
    args.extend([built, "-o".to_owned(), optimized.clone()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    proc::run(proc::command("wasm-opt", &args))?;
    let weigh = format!(
        "const z = require('node:zlib'); const b = require('node:fs').readFileSync({optimized:?}); \
         const br = z.brotliCompressSync(b, {{ params: {{ [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length }} }}).length; \
         console.log(`model floor (no view, no glue): ${{(b.length / 1024).toFixed(1)}} KB raw, ${{(br / 1024).toFixed(1)}} KB brotli`);"
    );
    proc::run(proc::command("node", &["-e", &weigh]))
}

/// wasm-opt's arguments as index.html gives them to Trunk (`data-wasm-opt`, `data-wasm-opt-params`
/// on the rust link), so the floor is optimised exactly as the page is.
fn page_wasm_opt(index_html: &str) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    lol_html::rewrite_str(
        index_html,
        lol_html::RewriteStrSettings::new().append_element_content_handler(lol_html::element!(
            "link[data-trunk][rel=rust]",
            |el| {
                found.push((
                    el.get_attribute("data-wasm-opt"),
                    el.get_attribute("data-wasm-opt-params").unwrap_or_default(),
                ));
                Ok(())
            }
        )),
    )
    .map_err(|e| format!("cannot read index.html: {e}"))?;
    match found.as_slice() {
        [(Some(level), params)] => Ok(std::iter::once(format!("-O{level}"))
            .chain(params.split_whitespace().map(str::to_owned))
            .collect()),
        _ => Err("index.html needs one rust link with data-wasm-opt".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_floor_is_optimised_as_the_page_is() {
        let page = r#"<link data-trunk rel="rust" data-wasm-opt="2" data-wasm-opt-params="--converge  --gufa" data-bin="x" />"#;
        assert_eq!(
            page_wasm_opt(page).unwrap(),
            ["-O2", "--converge", "--gufa"]
        );
        let plain = r#"<link data-trunk rel="rust" data-wasm-opt="z" />"#;
        assert_eq!(page_wasm_opt(plain).unwrap(), ["-Oz"]);
        assert!(page_wasm_opt(r#"<link data-trunk rel="rust" />"#).is_err());
        let ours = std::fs::read_to_string(crate::checkout::root().join("index.html")).unwrap();
        assert!(page_wasm_opt(&ours).unwrap()[0].starts_with("-O"));
    }

    #[test]
    fn no_options_measure_our_dist() {
        let site = parse(&[]).unwrap();
        assert_eq!(site, Site::default());
        assert_eq!(
            script_args(&site, Path::new("/w")),
            ["tests/bench/bench.mjs"]
        );
    }

    #[test]
    fn another_site_is_passed_on_with_an_absolute_directory() {
        let site = parse(&args(&[
            "--site",
            "peer/dist",
            "--input",
            "#domain",
            "--output",
            "pre#out",
        ]))
        .unwrap();
        assert_eq!(
            script_args(&site, Path::new("/w")),
            [
                "tests/bench/bench.mjs",
                "--site",
                "/w/peer/dist",
                "--input",
                "#domain",
                "--output",
                "pre#out"
            ]
        );
        let absolute = parse(&args(&["--site", "/srv/x", "--output", "pre"])).unwrap();
        assert_eq!(script_args(&absolute, Path::new("/w"))[2], "/srv/x");
    }

    #[test]
    fn incomplete_or_unknown_options_are_errors() {
        assert!(parse(&args(&["--site"])).is_err());
        assert!(parse(&args(&["--site", "x"])).is_err(), "no --output");
        assert!(parse(&args(&["--output", "pre"])).is_err(), "no --site");
        assert!(parse(&args(&["--fast"])).is_err());
    }
}
