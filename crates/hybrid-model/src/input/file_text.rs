//! The bytes of a settings file or report as text, for the CLI and the page alike: whatever
//! Windows writes must read the same everywhere. Windows PowerShell 5.1 writes UTF-16 LE with a
//! byte-order mark by default (`Out-File`, `>`) and UTF-8 with one on `-Encoding UTF8`; both are
//! read, as is UTF-16 BE. Anything else is refused, never guessed at: a value decoded from the
//! wrong code page would reach a script unnoticed.

/// The byte order of a UTF-16 file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Utf16 {
    Le,
    Be,
}

/// Why some bytes are not text this builder reads; each reader says it in its own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    /// A UTF-32 byte-order mark.
    Utf32,
    /// Not UTF-8 from `offset` in the file (the byte-order mark counted) on: a Windows code page,
    /// usually.
    Utf8 { byte: u8, offset: usize, bom: bool },
    /// UTF-16 with an odd number of bytes: cut short.
    OddLength(Utf16),
    /// UTF-16 with half of a surrogate pair alone.
    UnpairedSurrogate { unit: u16, order: Utf16 },
    /// NUL bytes without a byte-order mark: UTF-16 whose order cannot be known for sure.
    Utf16WithoutBom,
}

/// The text of `bytes`, without its byte-order mark; or what stops reading it.
pub fn decode(bytes: &[u8]) -> Result<String, NotText> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(NotText::Utf32);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, Utf16::Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, Utf16::Be);
    }
    if bytes.contains(&0) {
        return Err(NotText::Utf16WithoutBom);
    }
    utf8(bytes, false)
}

/// `bytes` as UTF-8, found after a byte-order mark if `bom`.
fn utf8(bytes: &[u8], bom: bool) -> Result<String, NotText> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        NotText::Utf8 {
            byte: bytes.get(valid).copied().unwrap_or_default(),
            offset: valid + if bom { 3 } else { 0 },
            bom,
        }
    })
}

/// `bytes` as UTF-16 in `order`.
fn utf16(bytes: &[u8], order: Utf16) -> Result<String, NotText> {
    let (pairs, odd) = bytes.as_chunks::<2>();
    if !odd.is_empty() {
        return Err(NotText::OddLength(order));
    }
    let unit = match order {
        Utf16::Le => u16::from_le_bytes,
        Utf16::Be => u16::from_be_bytes,
    };
    char::decode_utf16(pairs.iter().map(|pair| unit(*pair)))
        .collect::<Result<String, _>>()
        .map_err(|e| NotText::UnpairedSurrogate {
            unit: e.unpaired_surrogate(),
            order,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, unit: fn(u16) -> [u8; 2], bom: [u8; 2]) -> Vec<u8> {
        let mut bytes = bom.to_vec();
        bytes.extend(s.encode_utf16().flat_map(unit));
        bytes
    }

    #[test]
    fn every_encoding_windows_writes_reads_as_the_same_text() {
        let json = "{\"name\": \"Zoë 東京 🙂\"}";
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(json.as_bytes());
        for bytes in [
            json.as_bytes().to_vec(),
            bom,
            utf16(json, u16::to_le_bytes, [0xFF, 0xFE]),
            utf16(json, u16::to_be_bytes, [0xFE, 0xFF]),
        ] {
            assert_eq!(decode(&bytes).as_deref(), Ok(json));
        }
    }

    #[test]
    fn what_is_not_read_says_why() {
        let cases: [(&[u8], NotText); 6] = [
            (
                b"\xEF\xBB\xBF{\"Zo\xEB",
                NotText::Utf8 {
                    byte: 0xEB,
                    offset: 7,
                    bom: true,
                },
            ),
            (
                b"{\"Zo\xEB\"}",
                NotText::Utf8 {
                    byte: 0xEB,
                    offset: 4,
                    bom: false,
                },
            ),
            (b"\xFF\xFE{\0\"", NotText::OddLength(Utf16::Le)),
            (
                b"\xFE\xFF\xD8\x00",
                NotText::UnpairedSurrogate {
                    unit: 0xD800,
                    order: Utf16::Be,
                },
            ),
            (b"{\0\"\0", NotText::Utf16WithoutBom),
            (b"\xFF\xFE\0\0{\0\0\0", NotText::Utf32),
        ];
        for (bytes, why) in cases {
            assert_eq!(decode(bytes), Err(why), "{bytes:?}");
        }
    }
}
