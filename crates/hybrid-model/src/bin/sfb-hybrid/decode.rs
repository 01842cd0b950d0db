//! Bytes of a settings file or report to text, in one place for both. Windows PowerShell 5.1 writes
//! UTF-16 LE with a byte-order mark by default (`Out-File`, `>`) and UTF-8 with one on
//! `-Encoding UTF8`; both are read, as is UTF-16 BE. Anything else is refused with the fix.

/// How to turn a file into UTF-8 on the admin's Windows machine.
const FIX: &str = "save it as UTF-8 (in PowerShell: \
    Get-Content FILE | Set-Content -Encoding UTF8 NEW-FILE)";

/// The text of `bytes`, without its byte-order mark; or what encoding problem stops reading it.
pub fn text(bytes: &[u8]) -> Result<String, String> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(format!("is UTF-32, which is not read; {FIX}"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest, 3, "UTF-8 (with a byte-order mark)");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes, "UTF-16 LE");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes, "UTF-16 BE");
    }
    if bytes.contains(&0) {
        return Err(
            "has NUL bytes: it looks like UTF-16 without a byte-order mark, which is not \
             read; save it as UTF-8 (in PowerShell: Get-Content -Encoding Unicode FILE | \
             Set-Content -Encoding UTF8 NEW-FILE)"
                .to_owned(),
        );
    }
    utf8(bytes, 0, "UTF-8")
}

/// `bytes` (found `skipped` bytes into the file) as UTF-8, or where in the file it stops being
/// UTF-8 (a file in a Windows code page, usually).
fn utf8(bytes: &[u8], skipped: usize, claimed: &str) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let byte = bytes.get(valid).copied().unwrap_or_default();
        let at = valid + skipped;
        format!(
            "is not valid {claimed}: byte 0x{byte:02X} at offset {at} (a Windows code page such \
             as 1252 writes these); {FIX}"
        )
    })
}

/// `bytes` as UTF-16 read with `unit`, or why it is not UTF-16.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> Result<String, String> {
    let (pairs, odd) = bytes.as_chunks::<2>();
    if !odd.is_empty() {
        return Err(format!(
            "is not valid {name}: it has an odd number of bytes (cut short?); {FIX}"
        ));
    }
    char::decode_utf16(pairs.iter().map(|pair| unit(*pair)))
        .collect::<Result<String, _>>()
        .map_err(|e| {
            format!(
                "is not valid {name}: an unpaired surrogate 0x{:04X}; {FIX}",
                e.unpaired_surrogate()
            )
        })
}

#[cfg(test)]
mod tests {
    use super::text;

    fn utf16(s: &str, unit: fn(u16) -> [u8; 2], bom: [u8; 2]) -> Vec<u8> {
        let mut bytes = bom.to_vec();
        bytes.extend(s.encode_utf16().flat_map(unit));
        bytes
    }

    #[test]
    fn every_encoding_windows_writes_reads_as_the_same_text() {
        let json = "{\"name\": \"Zoë 東京\"}";
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(json.as_bytes());
        for bytes in [
            json.as_bytes().to_vec(),
            bom,
            utf16(json, u16::to_le_bytes, [0xFF, 0xFE]),
            utf16(json, u16::to_be_bytes, [0xFE, 0xFF]),
        ] {
            assert_eq!(text(&bytes).as_deref(), Ok(json));
        }
    }

    #[test]
    fn what_is_not_read_names_the_encoding_and_the_fix() {
        let cases: [(&[u8], &str); 6] = [
            (b"\xEF\xBB\xBF{\"Zo\xEB", "mark): byte 0xEB at offset 7"),
            (
                b"{\"name\": \"Zo\xEB\"}",
                "not valid UTF-8: byte 0xEB at offset 12",
            ),
            (b"\xFF\xFE{\0\"", "odd number of bytes"),
            (b"\xFF\xFE\x00\xD8", "unpaired surrogate 0xD800"),
            (b"{\0\"\0", "UTF-16 without a byte-order mark"),
            (b"\xFF\xFE\0\0{\0\0\0", "UTF-32"),
        ];
        for (bytes, says) in cases {
            let message = text(bytes).unwrap_err();
            assert!(message.contains(says), "{message}");
            assert!(message.contains("Set-Content -Encoding UTF8"), "{message}");
        }
    }
}
