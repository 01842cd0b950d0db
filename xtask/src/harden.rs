//! Post-build steps on Trunk's output: the inline loader moves to a content-hashed file so the page
//! runs under a strict Content-Security-Policy, and a single-file edition is written for `file://`.

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

/// Externalises Trunk's inline loader and adds the CSP meta element to dist/index.html.
pub fn harden_site(dist: &Path) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let html = read(&index_path)?;
    let start = html
        .find(SCRIPT_OPEN)
        .ok_or("no inline loader in dist/index.html")?;
    let body_start = start + SCRIPT_OPEN.len();
    let end = body_start
        + html[body_start..]
            .find(SCRIPT_CLOSE)
            .ok_or("unterminated loader script")?;
    let loader = format!("{}\n", html[body_start..end].trim());
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
    let find = |suffix: &str| -> Result<String, String> {
        let entries = fs::read_dir(dist).map_err(|e| format!("cannot list dist: {e}"))?;
        entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n.starts_with("hybrid-builder-") && n.ends_with(suffix))
            .ok_or(format!("dist has no hybrid-builder-*{suffix}"))
    };
    let glue = read(&dist.join(find(".js")?))?;
    let wasm =
        fs::read(dist.join(find("_bg.wasm")?)).map_err(|e| format!("cannot read wasm: {e}"))?;
    let css_name = fs::read_dir(dist)
        .map_err(|e| format!("cannot list dist: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("main-") && n.ends_with(".css"))
        .ok_or("dist has no main-*.css")?;
    let css = read(&dist.join(css_name))?;
    let favicon = read(&dist.join("favicon.svg"))?;

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
         <script type=\"module\">{script}</script>\n</head>\n<body></body>\n</html>\n"
    );
    fs::write(dist.join(OFFLINE_FILE), html)
        .map_err(|e| format!("cannot write {OFFLINE_FILE}: {e}"))
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
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn csp_goes_right_after_the_charset() {
        let html = "<head>\n<meta charset=\"utf-8\" />\n<title>x</title>";
        let out = insert_csp(html, "default-src 'none'").unwrap();
        assert!(out.contains("<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\" />"));
    }
}
