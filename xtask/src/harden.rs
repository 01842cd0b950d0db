//! Post-build steps on Trunk's output: the inline loader moves to a content-hashed file so the page
//! runs under a strict Content-Security-Policy, the wasm's integrity hash travels with the request
//! that loads it, and a single-file edition is written for `file://`.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The policy of the hosted site; also documented for hosts as a response header.
pub const SITE_CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// The single-file edition's name in dist/.
pub const OFFLINE_FILE: &str = "hybrid-builder-offline.html";

const SCRIPT_OPEN: &str = "<script type=\"module\">";
const SCRIPT_CLOSE: &str = "</script>";

/// Externalises Trunk's inline loader, makes it load the wasm with Subresource Integrity, and adds
/// the CSP meta element to dist/index.html.
pub fn harden_site(dist: &Path) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let html = drop_ignored_preload_integrity(&read(&index_path)?)?;
    let start = html
        .find(SCRIPT_OPEN)
        .ok_or("no inline loader in dist/index.html")?;
    let body_start = start + SCRIPT_OPEN.len();
    let end = body_start
        + html[body_start..]
            .find(SCRIPT_CLOSE)
            .ok_or("unterminated loader script")?;
    let loader = format!("{}\n", html[body_start..end].trim());
    let loader = wasm_request_with_integrity(dist, &loader)?;
    let name = format!("boot-{:016x}.js", fnv1a(loader.as_bytes()));
    fs::write(dist.join(&name), &loader).map_err(|e| format!("cannot write {name}: {e}"))?;
    let integrity = format!(
        "sha384-{}",
        base64(&digest("sha384sum", loader.as_bytes())?)
    );
    let tag = format!(
        "<script type=\"module\" src=\"./{name}\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>"
    );
    let mut out = String::with_capacity(html.len());
    out.push_str(&html[..start]);
    out.push_str(&tag);
    out.push_str(&html[end + SCRIPT_CLOSE.len()..]);
    let out = insert_csp(&out, SITE_CSP)?;
    fs::write(&index_path, out).map_err(|e| format!("cannot write index.html: {e}"))
}

/// Browsers ignore `integrity` on `<link rel="preload" as="fetch">` (and warn about it), and the
/// loader's own fetch of the wasm carries none: a wasm changed on the host would run. The loader
/// asks for the wasm with a `Request` that carries the hash, so a mismatch refuses to load.
fn wasm_request_with_integrity(dist: &Path, loader: &str) -> Result<String, String> {
    let path = wasm_path(loader)?;
    let file = path.trim_start_matches("./");
    if file.contains(['/', '\'', '\\']) || !file.ends_with(".wasm") {
        return Err(format!("unexpected wasm path in Trunk's loader: {path}"));
    }
    let bytes = fs::read(dist.join(file)).map_err(|e| format!("cannot read {file}: {e}"))?;
    let integrity = format!("sha384-{}", base64(&digest("sha384sum", &bytes)?));
    Ok(loader.replacen(
        &format!("'{path}'"),
        &format!("new Request('{path}', {{ integrity: '{integrity}' }})"),
        1,
    ))
}

/// The wasm path Trunk's loader passes to the wasm-bindgen init: `module_or_path: '…'`.
fn wasm_path(loader: &str) -> Result<&str, String> {
    const OPEN: &str = "module_or_path: '";
    let start = loader
        .find(OPEN)
        .ok_or("Trunk's loader has no `module_or_path: '…'`")?
        + OPEN.len();
    let len = loader[start..]
        .find('\'')
        .ok_or("unterminated wasm path in Trunk's loader")?;
    Ok(&loader[start..start + len])
}

/// Drops the `integrity` attribute of the wasm preload, which browsers ignore for `as="fetch"`
/// and warn about on every load; the loader's request carries the hash instead.
fn drop_ignored_preload_integrity(html: &str) -> Result<String, String> {
    const ATTR: &str = " integrity=\"";
    let start = html
        .find("<link rel=\"preload\"")
        .ok_or("index.html has no wasm preload")?;
    let end = start + html[start..].find('>').ok_or("unterminated preload link")?;
    let link = &html[start..end];
    if !link.contains(".wasm\"") {
        return Err("the preload in index.html is not the wasm".into());
    }
    let Some(attr) = link.find(ATTR) else {
        return Ok(html.to_owned());
    };
    let value_len = link[attr + ATTR.len()..]
        .find('"')
        .ok_or("unterminated integrity attribute")?;
    let after = start + attr + ATTR.len() + value_len + 1;
    Ok(format!("{}{}", &html[..start + attr], &html[after..]))
}

fn insert_csp(html: &str, policy: &str) -> Result<String, String> {
    let anchor = "<meta charset=\"utf-8\" />";
    let at = html
        .find(anchor)
        .ok_or("index.html lacks <meta charset=\"utf-8\" />")?
        + anchor.len();
    Ok(format!(
        "{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />{}",
        &html[..at],
        &html[at..]
    ))
}

/// Writes dist/hybrid-builder-offline.html: CSS, JS glue and the gzip-compressed wasm inlined, with a
/// policy that allows exactly its own inline script and style.
pub fn write_offline(dist: &Path) -> Result<(), String> {
    let find = |prefix: &str, suffix: &str| -> Result<String, String> {
        let entries = fs::read_dir(dist).map_err(|e| format!("cannot list dist: {e}"))?;
        entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n.starts_with(prefix) && n.ends_with(suffix))
            .ok_or(format!("dist has no {prefix}*{suffix}"))
    };
    let glue = read(&dist.join(find("hybrid-builder-", ".js")?))?;
    let wasm = fs::read(dist.join(find("hybrid-builder-", "_bg.wasm")?))
        .map_err(|e| format!("cannot read wasm: {e}"))?;
    let css = read(&dist.join(find("main-", ".css")?))?;
    let favicon = read(&dist.join("favicon.svg"))?;
    // The page's own body: the message for browsers that cannot run the builder.
    let page = read(&dist.join("index.html"))?;
    let body = body_of(&page).ok_or("dist/index.html has no <body>…</body>")?;

    // A module script inline cannot export: drop the export keywords of the wasm-bindgen glue.
    let glue: String = glue
        .lines()
        .filter(|l| !l.trim_start().starts_with("export {"))
        .map(|l| l.strip_prefix("export ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    let packed = base64(&gzip(&wasm)?);
    let script = format!(
        "{glue}\nconst packed = \"{packed}\";\n\
         const gz = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));\n\
         const bytes = await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();\n\
         await __wbg_init({{ module_or_path: bytes }});\n"
    );
    let script_hash = base64(&digest("sha256sum", script.as_bytes())?);
    let style_hash = base64(&digest("sha256sum", css.as_bytes())?);
    let policy = format!(
        "default-src 'none'; script-src 'sha256-{script_hash}' 'wasm-unsafe-eval'; style-src 'sha256-{style_hash}'; img-src data:; base-uri 'none'; form-action 'none'"
    );
    let icon = format!("data:image/svg+xml;base64,{}", base64(favicon.as_bytes()));
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

/// What lies between `<body>` and `</body>`.
fn body_of(html: &str) -> Option<&str> {
    let start = html.find("<body>")? + "<body>".len();
    let end = start + html[start..].find("</body>")?;
    Some(&html[start..end])
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Runs a coreutils digest (`sha256sum`, `sha384sum`) and returns the raw digest bytes.
fn digest(tool: &str, bytes: &[u8]) -> Result<Vec<u8>, String> {
    let out = pipe(tool, &[], bytes)?;
    let hex = String::from_utf8_lossy(&out);
    let hex = hex.split_whitespace().next().unwrap_or_default();
    (0..hex.len())
        .step_by(2)
        .map(|i| {
            u8::from_str_radix(hex.get(i..i + 2).unwrap_or("zz"), 16)
                .map_err(|_| format!("{tool} printed no digest"))
        })
        .collect()
}

/// `gzip -9`, as the single file inflates it with the browser's DecompressionStream.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    pipe("gzip", &["-9", "-c", "-n"], bytes)
}

fn pipe(program: &str, args: &[&str], input: &[u8]) -> Result<Vec<u8>, String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or(format!("{program} has no stdin"))?;
    let data = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("{program} failed: {e}"))?;
    writer
        .join()
        .map_err(|_| format!("{program} writer panicked"))?
        .map_err(|e| format!("cannot feed {program}: {e}"))?;
    if !out.status.success() {
        return Err(format!("{program} failed ({})", out.status));
    }
    Ok(out.stdout)
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(TABLE[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offline_file_takes_the_page_body() {
        let page = "<head></head>\n  <body>\n    <p id=\"unsupported\">x</p>\n  </body>\n</html>";
        assert_eq!(body_of(page), Some("\n    <p id=\"unsupported\">x</p>\n  "));
        assert_eq!(body_of("<body>"), None);
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn the_wasm_preload_loses_only_its_ignored_integrity() {
        let html = "<link rel=\"modulepreload\" href=\"./a.js\" integrity=\"sha384-js\">\n<link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-x\" as=\"fetch\" type=\"application/wasm\">";
        let out = drop_ignored_preload_integrity(html).unwrap();
        assert_eq!(
            out,
            "<link rel=\"modulepreload\" href=\"./a.js\" integrity=\"sha384-js\">\n<link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">"
        );
        assert_eq!(drop_ignored_preload_integrity(&out).unwrap(), out);
        assert!(drop_ignored_preload_integrity("<link rel=\"preload\" href=\"x.css\">").is_err());
    }

    #[test]
    fn the_loader_asks_for_the_wasm_with_its_hash() {
        let dir = std::env::temp_dir().join(format!("harden-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("a_bg.wasm"), b"abc").unwrap();
        let loader = "import init from './a.js';\nconst wasm = await init({ module_or_path: './a_bg.wasm' });\n";
        let out = wasm_request_with_integrity(&dir, loader).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        // sha384("abc"), base64.
        assert_eq!(
            out,
            "import init from './a.js';\nconst wasm = await init({ module_or_path: new Request('./a_bg.wasm', { integrity: 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn' }) });\n"
        );
        assert!(wasm_request_with_integrity(&dir, "init('./x.wasm')").is_err());
    }

    #[test]
    fn csp_goes_right_after_the_charset() {
        let html = "<head>\n<meta charset=\"utf-8\" />\n<title>x</title>";
        let out = insert_csp(html, "default-src 'none'").unwrap();
        assert!(out.contains("<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\" />"));
    }
}
