//! Post-build steps on Trunk's output: the inline loader moves to a content-hashed file so the page
//! runs under a strict Content-Security-Policy, the wasm's integrity hash travels with the request
//! that loads it, and a single-file edition is written for `file://`.
//!
//! Trunk's index.html is read and rewritten by elements with `lol_html` (the rewriter Trunk itself
//! uses), so a change in its whitespace, quoting or attribute order changes nothing here, and a page
//! that lacks what a step needs (or has it twice) stops the build instead of being rewritten wrongly.

use std::cell::{Cell, RefCell};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use flate2::Compression;
use flate2::write::GzEncoder;
use lol_html::html_content::{ContentType, Element};
use lol_html::{
    EndTagHandler, RewriteStrSettings, doc_comments, doc_text, doctype, element, rewrite_str, text,
};
use sha2::{Digest, Sha256, Sha384};

/// The policy of the hosted site; also documented for hosts as a response header.
pub const SITE_CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// The loader's first lines: with index.html's written first screen showing (prerender.rs), the wasm
/// is fetched once that screen has been painted (its first contentful paint, an entry the browser
/// reports), so nothing competes with that frame; at once in a tab that is not visible, which paints
/// nothing, or when it turns hidden meanwhile; after a second at the latest. The paint entry, not an
/// animation frame: tests that hold the page's clock hold those and timers too.
const LOADER_WAITS_FOR_PAINT: &str = r#"// The page's written first screen is showing (xtask/prerender/gate.js): fetch the wasm once it is painted.
const shown = document.documentElement.hasAttribute('data-prerendered') && document.visibilityState === 'visible';
if (shown && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  await new Promise((painted) => {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); painted(); }
    }).observe({ type: 'paint', buffered: true });
    document.addEventListener('visibilitychange', painted, { once: true });
    // An engine that lists the entry type but never reports the paint still starts the app.
    setTimeout(painted, 1000);
  });
}
"#;

/// The single-file edition's name in dist/.
pub const OFFLINE_FILE: &str = "hybrid-builder-offline.html";

/// Externalises Trunk's inline loader, makes it load the wasm with Subresource Integrity, and adds
/// the CSP meta element to dist/index.html.
pub fn harden_site(dist: &Path) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let hardened = harden(&read(&index_path)?, |href| {
        let file = wasm_file(href)?;
        fs::read(dist.join(file)).map_err(|e| format!("cannot read {file}: {e}"))
    })?;
    let name = &hardened.boot_name;
    fs::write(dist.join(name), &hardened.boot).map_err(|e| format!("cannot write {name}: {e}"))?;
    fs::write(&index_path, hardened.page).map_err(|e| format!("cannot write index.html: {e}"))
}

/// The hardened page and the loader it now loads from a file.
#[derive(Debug)]
struct Hardened {
    page: String,
    boot_name: String,
    boot: String,
}

/// What the hardening reads from Trunk's page before rewriting it.
struct TrunkPage {
    /// The text of Trunk's inline module loader.
    loader: String,
    /// The `href` of the wasm preload, which is also the path the loader fetches.
    wasm_href: String,
}

/// Hardens Trunk's index.html; `wasm_bytes` reads the wasm the page's preload names.
fn harden(
    html: &str,
    wasm_bytes: impl FnOnce(&str) -> Result<Vec<u8>, String>,
) -> Result<Hardened, String> {
    let TrunkPage { loader, wasm_href } = inspect(html)?;
    let loader = format!("{}\n", loader.trim());
    let integrity = sri(&wasm_bytes(&wasm_href)?);
    let boot = format!(
        "{}{}",
        LOADER_WAITS_FOR_PAINT,
        wasm_request_with_integrity(&loader, &wasm_href, &integrity)?
    );
    let boot_name = format!("boot-{}.js", hex(&Sha256::digest(boot.as_bytes())[..8]));
    let tag = format!(
        "<script type=\"module\" src=\"./{boot_name}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        sri(boot.as_bytes())
    );
    let csp = format!(
        "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        attribute_value(SITE_CSP)
    );
    let page = rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("script", |el| {
                if is_inline(el) {
                    el.replace(&tag, ContentType::Html);
                }
                Ok(())
            }))
            // Browsers ignore `integrity` on `<link rel="preload" as="fetch">` and warn about it
            // on every load; the loader's request carries the hash instead.
            .append_element_content_handler(element!("link", |el| {
                if is_wasm_preload(el) {
                    el.remove_attribute("integrity");
                }
                Ok(())
            }))
            .append_element_content_handler(element!("meta[charset]", |el| {
                el.after(&csp, ContentType::Html);
                Ok(())
            })),
    )
    .map_err(|e| format!("cannot rewrite index.html: {e}"))?;
    Ok(Hardened {
        page,
        boot_name,
        boot,
    })
}

/// Finds Trunk's loader and the wasm preload, and checks the page has exactly one of each and a
/// charset declaration to put the policy after.
fn inspect(html: &str) -> Result<TrunkPage, String> {
    let loaders = Rc::new(RefCell::new(Vec::<String>::new()));
    let in_inline = Rc::new(Cell::new(false));
    let mut non_module = 0;
    let mut wasm_hrefs = Vec::new();
    let mut charsets = 0;
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("script", |el| {
                if !is_inline(el) {
                    return Ok(());
                }
                let module = el
                    .get_attribute("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("module"));
                if !module {
                    non_module += 1;
                    return Ok(());
                }
                loaders.borrow_mut().push(String::new());
                in_inline.set(true);
                let in_inline = Rc::clone(&in_inline);
                let end: EndTagHandler<'static> = Box::new(move |_| {
                    in_inline.set(false);
                    Ok(())
                });
                el.on_end_tag(end)
            }))
            .append_element_content_handler(text!("script", |chunk| {
                if in_inline.get()
                    && let Some(loader) = loaders.borrow_mut().last_mut()
                {
                    loader.push_str(chunk.as_str());
                }
                Ok(())
            }))
            .append_element_content_handler(element!("link", |el| {
                if is_wasm_preload(el)
                    && let Some(href) = el.get_attribute("href")
                {
                    wasm_hrefs.push(href);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("meta[charset]", |_| {
                charsets += 1;
                Ok(())
            })),
    )
    .map_err(|e| format!("cannot parse index.html: {e}"))?;
    if non_module > 0 {
        return Err(format!(
            "index.html has {non_module} inline non-module script(s), which the policy would block"
        ));
    }
    let mut loaders = loaders.take();
    let loader = match (loaders.pop(), loaders.len()) {
        (Some(loader), 0) => loader,
        (None, _) => return Err("no inline loader (<script type=\"module\">) in index.html".into()),
        (Some(_), more) => {
            return Err(format!(
                "index.html has {} inline module scripts; expected only Trunk's loader",
                more + 1
            ));
        }
    };
    let wasm_href = match <[String; 1]>::try_from(wasm_hrefs) {
        Ok([href]) => href,
        Err(found) => {
            return Err(format!(
                "index.html has {} wasm preloads (<link rel=\"preload\" href=\"….wasm\">); expected one",
                found.len()
            ));
        }
    };
    if charsets != 1 {
        return Err(format!(
            "index.html has {charsets} <meta charset> elements; expected one, to put the policy after"
        ));
    }
    Ok(TrunkPage { loader, wasm_href })
}

/// A `<script>` with its code in the page rather than in a file.
fn is_inline(el: &Element) -> bool {
    !el.has_attribute("src")
}

/// `<link rel="preload" href="….wasm">`, whatever the order or case of its attributes.
pub(crate) fn is_wasm_preload(el: &Element) -> bool {
    let preload = el.get_attribute("rel").is_some_and(|rel| {
        rel.split_ascii_whitespace()
            .any(|token| token.eq_ignore_ascii_case("preload"))
    });
    preload
        && el
            .get_attribute("href")
            .is_some_and(|href| href.trim().ends_with(".wasm"))
}

/// The file in dist/ that a wasm `href` of Trunk's names; anything but a plain file name is refused.
fn wasm_file(href: &str) -> Result<&str, String> {
    let file = href.strip_prefix("./").unwrap_or(href);
    if file.is_empty()
        || file.contains(['/', '\'', '"', '\\', '?', '#'])
        || !file.ends_with(".wasm")
    {
        return Err(format!("unexpected wasm path in Trunk's page: {href}"));
    }
    Ok(file)
}

/// Browsers ignore `integrity` on `<link rel="preload" as="fetch">`, and the loader's own fetch of
/// the wasm carries none: a wasm changed on the host would run. The loader asks for the wasm with a
/// `Request` that carries the hash, so a mismatch refuses to load. The loader must name the wasm
/// exactly once, as a string literal.
fn wasm_request_with_integrity(
    loader: &str,
    wasm_href: &str,
    integrity: &str,
) -> Result<String, String> {
    wasm_file(wasm_href)?;
    let literals = [format!("'{wasm_href}'"), format!("\"{wasm_href}\"")];
    let found: Vec<&String> = literals
        .iter()
        .filter(|literal| loader.contains(literal.as_str()))
        .collect();
    let [literal] = found[..] else {
        return Err(format!(
            "Trunk's loader does not name the preloaded wasm {wasm_href} as one string literal"
        ));
    };
    if loader.matches(literal.as_str()).count() != 1 {
        return Err(format!("Trunk's loader names {wasm_href} more than once"));
    }
    Ok(loader.replacen(
        literal.as_str(),
        &format!("new Request('{wasm_href}', {{ integrity: '{integrity}' }})"),
        1,
    ))
}

/// Writes dist/hybrid-builder-offline.html: CSS, JS glue and the gzip-compressed wasm inlined, with a
/// policy that allows exactly its own inline script and style, and every served language (`locales`:
/// language and compiled text) as a data block.
pub fn write_offline(dist: &Path, locales: &[(String, String)]) -> Result<(), String> {
    let glue = read(&dist.join(dist_file(dist, "hybrid-builder-", ".js")?))?;
    let wasm = fs::read(dist.join(dist_file(dist, "hybrid-builder-", "_bg.wasm")?))
        .map_err(|e| format!("cannot read wasm: {e}"))?;
    let css = read(&dist.join(dist_file(dist, "main-", ".css")?))?;
    let favicon = read(&dist.join("favicon.svg"))?;
    // The page's own body: the message for browsers that cannot run the builder.
    let mut body = body_of(&read(&dist.join("index.html"))?)?;
    // Every language as a data block the page reads instead of fetching (nothing can be fetched
    // from file://): a JSON string, so no character of a translation can end the element.
    for (lang, compiled) in locales {
        body.push_str(&format!(
            "<script type=\"application/json\" id=\"locale-{lang}\">{}</script>\n",
            json_string(compiled)
        ));
    }

    // A module script inline cannot export: drop the export keywords of the wasm-bindgen glue.
    let glue: String = glue
        .lines()
        .filter(|l| !l.trim_start().starts_with("export {"))
        .map(|l| l.strip_prefix("export ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    let packed = STANDARD.encode(gzip(&wasm)?);
    let script = format!(
        "{glue}\nconst packed = \"{packed}\";\n\
         const gz = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));\n\
         const bytes = await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();\n\
         await __wbg_init({{ module_or_path: bytes }});\n"
    );
    let script_hash = STANDARD.encode(Sha256::digest(script.as_bytes()));
    let style_hash = STANDARD.encode(Sha256::digest(css.as_bytes()));
    let policy = format!(
        "default-src 'none'; script-src 'sha256-{script_hash}' 'wasm-unsafe-eval'; style-src 'sha256-{style_hash}'; img-src data:; base-uri 'none'; form-action 'none'"
    );
    let icon = format!(
        "data:image/svg+xml;base64,{}",
        STANDARD.encode(favicon.as_bytes())
    );
    let html = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta name=\"color-scheme\" content=\"light dark\" />\n\
         <title>Hybrid Builder (offline) — Skype for Business Server hybrid with Microsoft 365</title>\n\
         <link rel=\"icon\" href=\"{icon}\" />\n<style>{css}</style>\n\
         <script type=\"module\">{script}</script>\n</head>\n<body>{body}</body>\n</html>\n"
    );
    fs::write(dist.join(OFFLINE_FILE), html)
        .map_err(|e| format!("cannot write {OFFLINE_FILE}: {e}"))
}

/// A JSON string literal that is also safe inside a `<script>` element: `<` is escaped, so no
/// `</script` can appear.
pub(crate) fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The content of the page's one `<body>` element, as written: everything else (doctype, head,
/// the `html` and `body` tags themselves, text and comments outside the body) is dropped.
fn body_of(html: &str) -> Result<String, String> {
    #[derive(Clone, Copy, PartialEq)]
    enum Where {
        Before,
        Inside,
        After,
    }
    let at = Rc::new(Cell::new(Where::Before));
    let mut bodies = 0;
    let content = rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("html", |el| {
                el.remove_and_keep_content();
                Ok(())
            }))
            .append_element_content_handler(element!("head", |el| {
                el.remove();
                Ok(())
            }))
            .append_element_content_handler(element!("body", |el| {
                bodies += 1;
                at.set(Where::Inside);
                el.remove_and_keep_content();
                let at = Rc::clone(&at);
                let end: EndTagHandler<'static> = Box::new(move |_| {
                    at.set(Where::After);
                    Ok(())
                });
                el.on_end_tag(end)
            }))
            .append_document_content_handler(doctype!(|doctype| {
                doctype.remove();
                Ok(())
            }))
            .append_document_content_handler(doc_text!(|chunk| {
                if at.get() != Where::Inside {
                    chunk.remove();
                }
                Ok(())
            }))
            .append_document_content_handler(doc_comments!(|comment| {
                if at.get() != Where::Inside {
                    comment.remove();
                }
                Ok(())
            })),
    )
    .map_err(|e| format!("cannot parse index.html: {e}"))?;
    match bodies {
        1 => Ok(content),
        n => Err(format!(
            "dist/index.html has {n} <body> elements; expected one"
        )),
    }
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The one file in dist/ named `<prefix>…<suffix>` (Trunk's content-hashed names); none or two
/// stops the build rather than picking one.
pub fn dist_file(dist: &Path, prefix: &str, suffix: &str) -> Result<String, String> {
    let names: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("cannot list dist: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix) && n.ends_with(suffix))
        .collect();
    match names.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "dist has {} files {prefix}*{suffix}; expected one",
            names.len()
        )),
    }
}

/// Subresource Integrity value: `sha384-` and the base64 digest.
pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", STANDARD.encode(Sha384::digest(bytes)))
}

/// Lowercase hexadecimal, for the content-hashed file names.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A value for a double-quoted HTML attribute.
pub(crate) fn attribute_value(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;")
}

/// gzip at the highest level (zlib-rs), as the single file inflates it with the browser's
/// DecompressionStream and the size table reports what a static host would serve.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("gzip failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::read::GzDecoder;
    use std::io::Read;

    /// dist/index.html as Trunk 0.21 writes it (the `<link data-trunk rel="rust">` replaced by the
    /// loader, preloads appended to the head).
    const TRUNK_PAGE: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hybrid Builder</title>
    
<script type="module">
import init, * as bindings from './hybrid-builder-abc.js';
const wasm = await init({ module_or_path: './hybrid-builder-abc_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));

</script>
    <link rel="stylesheet" href="./main-abc.css" integrity="sha384-css"/>
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
  <link rel="modulepreload" href="./hybrid-builder-abc.js" crossorigin="anonymous" integrity="sha384-js"><link rel="preload" href="./hybrid-builder-abc_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm"></head>
  <body>
    <p class="unsupported" id="unsupported">Needs a current browser.</p>
  </body>
</html>"#;

    /// The same page as another formatter might write it: attributes reordered and re-quoted,
    /// other case and whitespace, the loader's script tag spread over lines, preloads first.
    const REFORMATTED_PAGE: &str = r#"<!DOCTYPE html><HTML lang=en><HEAD>
<LINK as=fetch type='application/wasm' integrity='sha384-wasm'
      crossorigin=anonymous href='./hybrid-builder-abc_bg.wasm' REL="Preload">
<link integrity="sha384-js" href="./hybrid-builder-abc.js" rel="modulepreload" crossorigin="anonymous">
<META CHARSET=UTF-8>
<meta content="width=device-width, initial-scale=1" name=viewport>
<title>Hybrid Builder</title>
<SCRIPT
   TYPE = "MODULE" >   import init, * as bindings from './hybrid-builder-abc.js';
const wasm = await init({ module_or_path: './hybrid-builder-abc_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
  </SCRIPT  >
<link href="./main-abc.css" integrity="sha384-css" rel=stylesheet>
<link type="image/svg+xml" href=favicon.svg rel=icon>
</HEAD><BODY><p id="unsupported" class="unsupported">Needs a current browser.</p></BODY></HTML>"#;

    fn wasm(href: &str) -> Result<Vec<u8>, String> {
        assert_eq!(href, "./hybrid-builder-abc_bg.wasm");
        Ok(b"abc".to_vec())
    }

    /// The elements of a page as `name attr=value …`, attributes sorted, plus the text of inline
    /// scripts: what a browser acts on, whatever the formatting.
    fn elements(html: &str) -> Vec<String> {
        let found = Rc::new(RefCell::new(Vec::new()));
        let (in_elements, in_text) = (Rc::clone(&found), Rc::clone(&found));
        rewrite_str(
            html,
            RewriteStrSettings::new()
                .append_element_content_handler(element!("*", move |el| {
                    let mut attrs: Vec<String> = el
                        .attributes()
                        .iter()
                        .map(|a| match a.name().as_str() {
                            // Link types are case-insensitive.
                            "rel" => format!("rel={}", a.value().to_ascii_lowercase()),
                            name => format!("{name}={}", a.value()),
                        })
                        .collect();
                    attrs.sort();
                    in_elements
                        .borrow_mut()
                        .push(format!("{} {}", el.tag_name(), attrs.join(" ")));
                    Ok(())
                }))
                .append_element_content_handler(text!("script", move |chunk| {
                    if !chunk.as_str().trim().is_empty() {
                        in_text.borrow_mut().push(chunk.as_str().trim().to_owned());
                    }
                    Ok(())
                })),
        )
        .unwrap();
        found.take()
    }

    fn head_of(html: &str) -> Vec<String> {
        let all = elements(html);
        let end = all.iter().position(|e| e.starts_with("body")).unwrap();
        let mut head: Vec<String> = all[..end].to_vec();
        head.retain(|e| !e.starts_with("html") && !e.starts_with("head"));
        head
    }

    #[test]
    fn trunks_page_is_hardened() {
        let out = harden(TRUNK_PAGE, wasm).unwrap();
        // sha384("abc"), base64.
        let wasm_sri = "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn";
        assert_eq!(
            out.boot,
            format!(
                "{}import init, * as bindings from './hybrid-builder-abc.js';\nconst wasm = await init({{ module_or_path: new Request('./hybrid-builder-abc_bg.wasm', {{ integrity: '{wasm_sri}' }}) }});\n\n\nwindow.wasmBindings = bindings;\n\n\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{detail: {{wasm}}}}));\n",
                LOADER_WAITS_FOR_PAINT
            )
        );
        let digest = Sha256::digest(out.boot.as_bytes());
        assert_eq!(out.boot_name, format!("boot-{}.js", hex(&digest[..8])));
        let boot_tag = format!(
            "<script type=\"module\" src=\"./{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
            out.boot_name,
            sri(out.boot.as_bytes())
        );
        // Only the three changes, in place; the rest of Trunk's page byte for byte.
        let expected = TRUNK_PAGE
            .replace(
                "<meta charset=\"utf-8\" />",
                &format!("<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{SITE_CSP}\" />"),
            )
            .replace(" integrity=\"sha384-wasm\"", "");
        let start = expected.find("<script type=\"module\">").unwrap();
        let end = expected.find("</script>").unwrap() + "</script>".len();
        let expected = format!("{}{boot_tag}{}", &expected[..start], &expected[end..]);
        assert_eq!(out.page, expected);
    }

    #[test]
    fn another_formatting_gives_the_same_hardened_page() {
        let trunk = harden(TRUNK_PAGE, wasm).unwrap();
        let other = harden(REFORMATTED_PAGE, wasm).unwrap();
        assert_eq!(other.boot, trunk.boot);
        assert_eq!(other.boot_name, trunk.boot_name);
        let mut a = head_of(&trunk.page);
        let mut b = head_of(&other.page);
        // The policy comes right after the charset in both.
        for head in [&a, &b] {
            let charset = head
                .iter()
                .position(|e| e.starts_with("meta charset="))
                .unwrap();
            assert_eq!(
                head[charset + 1],
                format!("meta content={SITE_CSP} http-equiv=Content-Security-Policy")
            );
        }
        // The same elements (the charset's spelling aside), in whichever order each page had them.
        for head in [&mut a, &mut b] {
            head.retain(|e| !e.starts_with("meta charset="));
            head.sort();
        }
        assert_eq!(a, b);
        assert!(a.contains(&format!(
            "script crossorigin=anonymous integrity={} src=./{} type=module",
            sri(trunk.boot.as_bytes()),
            trunk.boot_name
        )));
        assert!(a.contains(
            &"link as=fetch crossorigin=anonymous href=./hybrid-builder-abc_bg.wasm rel=preload type=application/wasm"
                .to_owned()
        ));
        assert!(!a.iter().any(|e| e.contains("sha384-wasm")));
        assert_eq!(body_of(&trunk.page), body_of(TRUNK_PAGE));
    }

    #[test]
    fn a_page_without_the_loader_is_an_error() {
        let start = TRUNK_PAGE.find("<script").unwrap();
        let end = TRUNK_PAGE.find("</script>").unwrap() + "</script>".len();
        let no_loader = format!("{}{}", &TRUNK_PAGE[..start], &TRUNK_PAGE[end..]);
        let err = harden(&no_loader, wasm).unwrap_err();
        assert!(err.contains("no inline loader"), "{err}");
        // A loader Trunk moved out already is not an inline loader either.
        let external = TRUNK_PAGE.replace(
            "<script type=\"module\">",
            "<script type=\"module\" src=\"./x.js\">",
        );
        assert!(harden(&external, wasm).is_err());
    }

    #[test]
    fn anything_ambiguous_or_missing_is_an_error() {
        let twice = TRUNK_PAGE.replace("</title>", "</title><script type=module>alert(1)</script>");
        assert!(
            harden(&twice, wasm)
                .unwrap_err()
                .contains("2 inline module scripts")
        );
        let classic = TRUNK_PAGE.replace("</title>", "</title><script>alert(1)</script>");
        assert!(harden(&classic, wasm).unwrap_err().contains("non-module"));
        let no_preload = TRUNK_PAGE.replace("rel=\"preload\"", "rel=\"prefetch\"");
        assert!(
            harden(&no_preload, wasm)
                .unwrap_err()
                .contains("0 wasm preloads")
        );
        let no_charset = TRUNK_PAGE.replace("<meta charset=\"utf-8\" />", "");
        assert!(
            harden(&no_charset, wasm)
                .unwrap_err()
                .contains("<meta charset>")
        );
        let other_wasm = TRUNK_PAGE.replace(
            "module_or_path: './hybrid-builder-abc_bg.wasm'",
            "module_or_path: './other_bg.wasm'",
        );
        assert!(
            harden(&other_wasm, wasm)
                .unwrap_err()
                .contains("does not name")
        );
    }

    #[test]
    fn the_loader_asks_for_the_wasm_with_its_hash() {
        let loader = "import init from './a.js';\nconst wasm = await init({ module_or_path: './a_bg.wasm' });\n";
        let out = wasm_request_with_integrity(loader, "./a_bg.wasm", "sha384-x").unwrap();
        assert_eq!(
            out,
            "import init from './a.js';\nconst wasm = await init({ module_or_path: new Request('./a_bg.wasm', { integrity: 'sha384-x' }) });\n"
        );
        // Trunk's form without `module_or_path`, and double quotes, work too.
        let out = wasm_request_with_integrity("init(\"./a_bg.wasm\")", "./a_bg.wasm", "h").unwrap();
        assert_eq!(out, "init(new Request('./a_bg.wasm', { integrity: 'h' }))");
        assert!(wasm_request_with_integrity("init('./x.wasm')", "./a_bg.wasm", "h").is_err());
        assert!(
            wasm_request_with_integrity("f('./a_bg.wasm'); g('./a_bg.wasm')", "./a_bg.wasm", "h")
                .is_err()
        );
        assert!(wasm_request_with_integrity("init('../a_bg.wasm')", "../a_bg.wasm", "h").is_err());
    }

    #[test]
    fn the_offline_file_takes_the_page_body() {
        let page = "<!doctype html><!-- x --><html lang=en><head><title>t</title></head>\n  <body>\n    <p id=\"unsupported\">x<!-- kept --></p>\n  </body>\n</html>\n";
        assert_eq!(
            body_of(page).unwrap(),
            "\n    <p id=\"unsupported\">x<!-- kept --></p>\n  "
        );
        assert_eq!(
            body_of("<BODY class=a><p>x</p></BODY>").unwrap(),
            "<p>x</p>"
        );
        assert!(body_of("<head></head><p>x</p>").is_err());
    }

    #[test]
    fn hashes_and_encodings_match_the_standards() {
        assert_eq!(
            sri(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
        assert_eq!(STANDARD.encode(b"fo"), "Zm8=");
        assert_eq!(hex(&[0x00, 0xab, 0x10]), "00ab10");
        let data = b"hello hello hello hello".repeat(50);
        let packed = gzip(&data).unwrap();
        assert_eq!(
            &packed[..2],
            &[0x1f, 0x8b],
            "a gzip member, as DecompressionStream('gzip') needs"
        );
        let mut back = Vec::new();
        GzDecoder::new(&packed[..]).read_to_end(&mut back).unwrap();
        assert_eq!(back, data);
    }
}
