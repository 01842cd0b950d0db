//! Bytes of a settings file or report to text, in one place for both: the model decodes
//! ([`file_text`], shared with the page), and a file it refuses is named here in the CLI's words,
//! with the fix.

use hybrid_model::input::file_text::{self, NotText, Utf16};

/// How to turn a file into UTF-8 on the admin's Windows machine.
const FIX: &str = "save it as UTF-8 (in PowerShell: \
    Get-Content FILE | Set-Content -Encoding UTF8 NEW-FILE)";

/// The text of `bytes`, without its byte-order mark; or what encoding problem stops reading it.
pub fn text(bytes: &[u8]) -> Result<String, String> {
    file_text::decode(bytes).map_err(said)
}

/// Why a file is not read, in the CLI's words, with the fix.
fn said(why: NotText) -> String {
    let name = |order| match order {
        Utf16::Le => "UTF-16 LE",
        Utf16::Be => "UTF-16 BE",
    };
    match why {
        NotText::Utf32 => format!("is UTF-32, which is not read; {FIX}"),
        NotText::Utf8 { byte, offset, bom } => {
            let claimed = if bom {
                "UTF-8 (with a byte-order mark)"
            } else {
                "UTF-8"
            };
            format!(
                "is not valid {claimed}: byte 0x{byte:02X} at offset {offset} (a Windows code \
                 page such as 1252 writes these); {FIX}"
            )
        }
        NotText::OddLength(order) => format!(
            "is not valid {}: it has an odd number of bytes (cut short?); {FIX}",
            name(order)
        ),
        NotText::UnpairedSurrogate { unit, order } => format!(
            "is not valid {}: an unpaired surrogate 0x{unit:04X}; {FIX}",
            name(order)
        ),
        NotText::Utf16WithoutBom => "has NUL bytes: it looks like UTF-16 without a byte-order \
             mark, which is not read; save it as UTF-8 (in PowerShell: Get-Content -Encoding \
             Unicode FILE | Set-Content -Encoding UTF8 NEW-FILE)"
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::text;

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
