//! Download names that say which deployment and cloud a file is for, so two deployments prepared
//! side by side do not overwrite each other: `hybrid-on-premises.ps1` becomes
//! `hybrid-on-premises-contoso.com-gcchigh.ps1`.

use crate::procedure::settings::Settings;

/// The cloud as a file name part.
fn cloud_tag(settings: &Settings) -> String {
    settings.cloud.key().replace('-', "")
}

/// A file's download name for these settings: the base name with the first SIP domain (when there
/// is one) and the cloud before its extension; characters a file name cannot hold become `-`.
pub fn file_name(base: &str, settings: &Settings) -> String {
    let (stem, extension) = base.rsplit_once('.').unwrap_or((base, ""));
    let mut name = stem.to_owned();
    if let Some(domain) = settings.environment.domains().first() {
        let safe: String = domain
            .trim()
            .chars()
            .take(63)
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        name.push('-');
        name.push_str(safe.trim_matches('.'));
    }
    name.push('-');
    name.push_str(&cloud_tag(settings));
    if extension.is_empty() {
        name
    } else {
        format!("{name}.{extension}")
    }
}

/// The bytes of a script download: UTF-8 with a BOM, since Windows PowerShell 5.1 reads BOM-less
/// files as ANSI, and CRLF line ends, since Notepad on Windows Server 2012 R2 and 2016 shows a
/// LF-only file as one line.
pub fn script_bytes(text: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len() + text.len() / 20 + 3);
    bytes.extend_from_slice(b"\xEF\xBB\xBF");
    bytes.extend_from_slice(&crlf(text));
    bytes
}

/// The bytes of a text download (checklist, change record): CRLF line ends, no BOM.
pub fn text_bytes(text: &str) -> Vec<u8> {
    crlf(text)
}

fn crlf(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + text.len() / 20);
    let mut previous = 0u8;
    for &b in text.as_bytes() {
        if b == b'\n' && previous != b'\r' {
            out.push(b'\r');
        }
        out.push(b);
        previous = b;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::cloud::Cloud;

    #[test]
    fn names_carry_the_first_domain_and_the_cloud() {
        let mut s = Settings::for_cloud(Cloud::GccHigh);
        assert_eq!(
            file_name("hybrid-on-premises.ps1", &s),
            "hybrid-on-premises-gcchigh.ps1"
        );
        s.environment.sip_domains = vec!["".into(), "Contoso.com".into(), "fabrikam.com".into()];
        assert_eq!(
            file_name("hybrid-on-premises.ps1", &s),
            "hybrid-on-premises-contoso.com-gcchigh.ps1"
        );
        s.environment.sip_domains = vec!["a/b\\\\c:d".into()];
        assert_eq!(file_name("x.md", &s), "x-a-b--c-d-gcchigh.md");
    }

    #[test]
    fn downloads_end_lines_with_crlf_once() {
        assert_eq!(script_bytes("a\nb\r\nc\n"), b"\xEF\xBB\xBFa\r\nb\r\nc\r\n");
        assert_eq!(text_bytes("# x\n\n- y\n"), b"# x\r\n\r\n- y\r\n");
    }
}
