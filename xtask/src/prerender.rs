//! The app's first screen written into dist/index.html, so the script the admin came for is painted
//! from the page itself while the wasm loads (#30), and the wasm is fetched after that paint.
//!
//! The screen is not written by hand: headless Chromium loads the built page with a fresh profile
//! (no link, nothing saved, English), waits until the app has drawn it, and hands back the app's
//! own elements with every field's value in its markup (`xtask/prerender/snapshot.mjs`,
//! `serialize.js`). It goes into index.html's `#prerendered`, which is `inert`: nothing can be typed
//! or pressed there, so nothing typed is lost when the app replaces it with the same elements, live.
//!
//! The screen is right only for a load that starts with the default settings in English. A small
//! script in the head (`xtask/prerender/gate.js`, a file named by its hash, with its integrity) runs
//! before the body is drawn and shows it only then; every other load shows the outline as before and
//! fetches the wasm at once, through the preload this step moves from the page into that script.

use std::fs;
use std::path::Path;
use std::process::Stdio;

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use sha2::{Digest, Sha256};

use crate::harden::{self, sri};
use crate::{proc, tools};

const GATE: &str = include_str!("../prerender/gate.js");
const LANGUAGES_SLOT: &str = "__SHIPPED_LANGUAGES__";
const PRELOAD_SLOT: &str = "__WASM_PRELOAD__";
const LINK_SLOT: &str = "__DEFAULT_LINK__";
const STORAGE_SLOT: &str = "__DEFAULT_STORAGE__";

/// What the snapshot hands back: the app's elements, and what the app writes for the defaults (the
/// address bar's link, localStorage's pairs), which a later load may find and still start the same.
struct Snapshot {
    screen: String,
    link: String,
    storage: serde_json::Map<String, serde_json::Value>,
}

/// Takes the first screen from the built dist/ and writes it, the gate and its tag into index.html.
pub fn write_first_screen(dist: &Path) -> Result<(), String> {
    let Snapshot {
        screen,
        link,
        storage,
    } = snapshot(dist)?;
    let index_path = dist.join("index.html");
    let html =
        fs::read_to_string(&index_path).map_err(|e| format!("cannot read index.html: {e}"))?;
    let preload = wasm_preload(&html)?;
    let gate = gate_script(&preload, &link, &storage)?;
    let gate_name = format!(
        "prerender-gate-{}.js",
        harden::hex(&Sha256::digest(gate.as_bytes())[..8])
    );
    fs::write(dist.join(&gate_name), &gate)
        .map_err(|e| format!("cannot write {gate_name}: {e}"))?;
    let tags = format!(
        "{}\n    <script src=\"./{gate_name}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        stylesheet_preload(&html)?,
        sri(gate.as_bytes())
    );
    let page = with_first_screen(&html, &screen, &tags)?;
    fs::write(&index_path, page).map_err(|e| format!("cannot write index.html: {e}"))
}

/// The app's elements as the built page draws them with the default settings, and what it keeps for
/// them, from headless Chromium; the screen checked to hold the on-premises script and no script
/// element, every kept value to be text.
fn snapshot(dist: &Path) -> Result<Snapshot, String> {
    if !Path::new(tools::CHROMIUM).is_file() {
        return Err(format!(
            "the first screen is taken with Chromium, which is not at {}: `cargo xtask` installs it",
            tools::CHROMIUM
        ));
    }
    let dist_arg = dist.to_string_lossy();
    let mut command = proc::command("node", &["xtask/prerender/snapshot.mjs", &dist_arg]);
    command.stderr(Stdio::inherit());
    let out = command
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    if !out.status.success() {
        return Err("the first screen could not be taken from the built page (see above)".into());
    }
    read_snapshot(&out.stdout)
}

fn read_snapshot(json: &[u8]) -> Result<Snapshot, String> {
    let bad = |what: &str| format!("the first screen's snapshot: {what}");
    let value: serde_json::Value =
        serde_json::from_slice(json).map_err(|e| bad(&format!("not JSON ({e})")))?;
    let text = |key: &str| {
        value
            .get(key)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .ok_or_else(|| bad(&format!("no text `{key}`")))
    };
    let screen = text("screen")?;
    let link = text("link")?;
    let storage = value
        .get("storage")
        .and_then(|v| v.as_object())
        .cloned()
        .ok_or_else(|| bad("no object `storage`"))?;
    if !link.starts_with('#') || storage.values().any(|v| !v.is_string()) {
        return Err(bad(
            "the link or a kept value is not as the page writes them",
        ));
    }
    check_screen(&screen)?;
    Ok(Snapshot {
        screen,
        link,
        storage,
    })
}

fn check_screen(screen: &str) -> Result<(), String> {
    if !screen.contains("id=\"panel-on-premises\"")
        || !screen.contains("Set-CsAccessEdgeConfiguration")
    {
        return Err("the first screen taken from the built page has no on-premises script".into());
    }
    if screen.to_ascii_lowercase().contains("<script") {
        return Err("the first screen taken from the built page holds a script element".into());
    }
    Ok(())
}

/// The attributes of the page's one wasm preload, in their order.
fn wasm_preload(html: &str) -> Result<Vec<(String, String)>, String> {
    let mut found = Vec::new();
    rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!("link", |el| {
            if harden::is_wasm_preload(el) {
                found.push(
                    el.attributes()
                        .iter()
                        .map(|a| (a.name(), a.value()))
                        .collect::<Vec<_>>(),
                );
            }
            Ok(())
        })),
    )
    .map_err(|e| format!("cannot parse index.html: {e}"))?;
    match <[Vec<(String, String)>; 1]>::try_from(found) {
        Ok([attributes]) => Ok(attributes),
        Err(found) => Err(format!(
            "index.html has {} wasm preloads; expected one to move into the gate",
            found.len()
        )),
    }
}

/// A preload of the page's one stylesheet, for the head before the gate. The gate holds the parser
/// until it has run, and the stylesheet's own link, after it, was requested only then: in a quarter
/// of cold loads at 4× the written screen was laid out once before the styles arrived and again
/// after. Requested first, they are in before the screen is (same address and integrity as the
/// link, so the link takes this response: one request).
fn stylesheet_preload(html: &str) -> Result<String, String> {
    let mut found = Vec::new();
    rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(
            r#"link[rel="stylesheet"]"#,
            |el| {
                found.push((el.get_attribute("href"), el.get_attribute("integrity")));
                Ok(())
            }
        )),
    )
    .map_err(|e| format!("cannot parse index.html: {e}"))?;
    match found[..] {
        [(Some(ref href), Some(ref integrity))] => Ok(format!(
            "\n    <link rel=\"preload\" href=\"{}\" as=\"style\" integrity=\"{}\" />",
            harden::attribute_value(href),
            harden::attribute_value(integrity)
        )),
        _ => Err(format!(
            "index.html has {} stylesheet links; expected one, with its address and integrity",
            found.len()
        )),
    }
}

/// gate.js with the shipped languages, the preload's attributes and the defaults' link and kept
/// pairs filled in.
fn gate_script(
    preload: &[(String, String)],
    link: &str,
    storage: &serde_json::Map<String, serde_json::Value>,
) -> Result<String, String> {
    let languages: Vec<String> = hybrid_locales::LOCALES
        .iter()
        .map(|l| harden::json_string(l))
        .collect();
    let attributes: Vec<String> = preload
        .iter()
        .map(|(name, value)| {
            format!(
                "{}: {}",
                harden::json_string(name),
                harden::json_string(value)
            )
        })
        .collect();
    let mut gate = GATE.to_owned();
    for (slot, value) in [
        (LANGUAGES_SLOT, format!("[{}]", languages.join(", "))),
        (PRELOAD_SLOT, format!("{{ {} }}", attributes.join(", "))),
        (LINK_SLOT, harden::json_string(link)),
        (
            STORAGE_SLOT,
            serde_json::to_string(storage).map_err(|e| format!("{e}"))?,
        ),
    ] {
        if gate.matches(slot).count() != 1 {
            return Err(format!(
                "xtask/prerender/gate.js must name {slot} exactly once"
            ));
        }
        gate = gate.replacen(slot, &value, 1);
    }
    Ok(gate)
}

/// index.html with the screen in `#prerendered`, the wasm preload removed (the gate adds it back
/// when the screen is not shown) and `head_tags` (the stylesheet's preload and the gate's tag) right
/// after the policy, before anything loads.
fn with_first_screen(html: &str, screen: &str, head_tags: &str) -> Result<String, String> {
    let mut frames = 0;
    let mut policies = 0;
    let page = rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("#prerendered", |el| {
                frames += 1;
                el.set_inner_content(screen, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("link", |el| {
                if harden::is_wasm_preload(el) {
                    el.remove();
                }
                Ok(())
            }))
            .append_element_content_handler(element!(
                r#"meta[http-equiv="Content-Security-Policy"]"#,
                |el| {
                    policies += 1;
                    el.after(head_tags, ContentType::Html);
                    Ok(())
                }
            )),
    )
    .map_err(|e| format!("cannot rewrite index.html: {e}"))?;
    match (frames, policies) {
        (1, 1) => Ok(page),
        _ => Err(format!(
            "index.html has {frames} #prerendered and {policies} policy elements; expected one of each"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'" />
<link rel="preload" href="./hybrid-builder-abc_bg.wasm" crossorigin="anonymous" integrity="sha384-x" as="fetch" type="application/wasm">
<link rel="stylesheet" href="./main-abc.css" integrity="sha384-css" />
<link rel="modulepreload" href="./hybrid-builder-abc.js"></head>
<body><div id="static-frame"><div id="prerendered" inert></div><p id="unsupported">old</p></div></body></html>"#;

    const SCREEN: &str = r#"<main><div id="panel-on-premises"><pre class="script">Set-CsAccessEdgeConfiguration</pre></div></main>"#;

    #[test]
    fn the_gate_gets_the_preload_and_the_languages() {
        let preload = wasm_preload(PAGE).unwrap();
        assert_eq!(preload[0], ("rel".into(), "preload".into()));
        assert_eq!(preload.len(), 6);
        let snapshot = read_snapshot(SNAPSHOT.as_bytes()).unwrap();
        let gate = gate_script(&preload, &snapshot.link, &snapshot.storage).unwrap();
        assert!(gate.contains(r#"const shipped = ["en", "de", "fr", "ja", "zh-CN"];"#));
        assert!(
            gate.contains(r#""href": "./hybrid-builder-abc_bg.wasm", "crossorigin": "anonymous""#)
        );
        assert!(gate.contains(r##"const defaultLink = "#v=2&c=269fc203";"##));
        assert!(gate.contains(
            r#"const defaultStorage = {"hybrid-builder.settings":"{\"cloud\": \"commercial\"}"};"#
        ));
        for slot in [LANGUAGES_SLOT, PRELOAD_SLOT, LINK_SLOT, STORAGE_SLOT] {
            assert!(!gate.contains(slot), "{slot}");
        }
    }

    #[test]
    fn the_page_gets_the_screen_and_the_gate_and_loses_the_preload() {
        let page = with_first_screen(PAGE, SCREEN, "<script src=\"./gate.js\"></script>").unwrap();
        assert!(page.contains(&format!("<div id=\"prerendered\" inert>{SCREEN}</div>")));
        assert!(
            page.contains("content=\"default-src 'none'\" /><script src=\"./gate.js\"></script>")
        );
        assert!(!page.contains("_bg.wasm"));
        assert!(page.contains("rel=\"modulepreload\""));
    }

    #[test]
    fn the_stylesheet_is_preloaded_with_its_address_and_integrity() {
        assert_eq!(
            stylesheet_preload(PAGE).unwrap(),
            "\n    <link rel=\"preload\" href=\"./main-abc.css\" as=\"style\" integrity=\"sha384-css\" />"
        );
        let link = PAGE.lines().nth(3).unwrap();
        assert!(stylesheet_preload(&PAGE.replace(link, "")).is_err());
        assert!(stylesheet_preload(&PAGE.replace(link, &format!("{link}\n{link}"))).is_err());
        let no_integrity = PAGE.replace(" integrity=\"sha384-css\"", "");
        assert!(stylesheet_preload(&no_integrity).is_err());
    }

    #[test]
    fn a_page_without_its_frame_or_with_two_preloads_is_refused() {
        let no_frame = PAGE.replace("id=\"prerendered\"", "id=\"other\"");
        assert!(with_first_screen(&no_frame, SCREEN, "").is_err());
        let preload = PAGE.lines().nth(2).unwrap();
        let two = PAGE.replace(preload, &format!("{preload}\n{preload}"));
        assert!(wasm_preload(&two).is_err());
    }

    const SNAPSHOT: &str = r##"{"screen": "<main><div id=\"panel-on-premises\">Set-CsAccessEdgeConfiguration</div></main>",
        "link": "#v=2&c=269fc203", "storage": {"hybrid-builder.settings": "{\"cloud\": \"commercial\"}"}}"##;

    #[test]
    fn a_snapshot_is_refused_unless_its_link_and_kept_values_are_as_the_page_writes_them() {
        assert!(read_snapshot(SNAPSHOT.as_bytes()).is_ok());
        let number = SNAPSHOT.replace(r#""{\"cloud\": \"commercial\"}""#, "1");
        assert!(read_snapshot(number.as_bytes()).is_err());
        let no_hash = SNAPSHOT.replace(r##""#v=2"##, r#""v=2"#);
        assert!(read_snapshot(no_hash.as_bytes()).is_err());
        assert!(read_snapshot(b"<main>").is_err());
    }

    #[test]
    fn a_screen_without_the_script_or_with_a_script_element_is_refused() {
        assert!(check_screen(SCREEN).is_ok());
        assert!(check_screen("<main></main>").is_err());
        assert!(check_screen(&format!("{SCREEN}<SCRIPT>alert(1)</SCRIPT>")).is_err());
    }
}
