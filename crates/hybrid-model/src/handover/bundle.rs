//! "Download all" as one file: every output in a .zip, each entry the exact bytes of its single
//! download. Entries are stored, not compressed: the files are small text, and no compressor is
//! compiled into the page.
//!
//! Written here from PKWARE's APPNOTE.TXT (6.3.10: 4.3.7 local file header, 4.3.12 central directory
//! header, 4.3.16 end of central directory record) rather than by the `zip` crate: its CRC-32
//! (crc32fast) carries a 16 KB slice-by-16 table that brotli cannot shrink, 6 % of the page. The
//! `zip` crate still reads every archive back in the tests.

/// File name of the bundle.
pub const BUNDLE_FILE: &str = "hybrid-builder-change.zip";

/// Version needed to extract (and made by, MS-DOS attributes): 2.0, stored entries.
const VERSION: u16 = 20;
/// General purpose flag bit 11: the file name is UTF-8 (set only when it is not ASCII).
const UTF8_NAME: u16 = 1 << 11;
/// 1980-01-01 00:00 in MS-DOS date format, the earliest a .zip can say: a fixed time, so the same
/// outputs give the same bytes.
const DOS_DATE: u16 = (1 << 5) | 1;

/// The .zip of these files, in this order; `None` if it cannot be one without ZIP64 (4 GiB or
/// 65,535 entries), which no change window comes near.
pub fn bundle(files: &[(&str, &[u8])]) -> Option<Vec<u8>> {
    let count = u16::try_from(files.len()).ok().filter(|n| *n < u16::MAX)?;
    let table = crc_table();
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let offset = u32::try_from(out.len()).ok()?;
        let size = u32::try_from(bytes.len()).ok()?;
        let name_len = u16::try_from(name.len()).ok()?;
        let flags = if name.is_ascii() { 0 } else { UTF8_NAME };
        let crc = crc32(&table, bytes);
        // The fields a local header and its central directory entry share, from "flags" on.
        let mut shared = Vec::with_capacity(22);
        for half in [flags, 0, 0, DOS_DATE] {
            shared.extend_from_slice(&half.to_le_bytes()); // flags, stored, time, date
        }
        for word in [crc, size, size] {
            shared.extend_from_slice(&word.to_le_bytes());
        }
        shared.extend_from_slice(&name_len.to_le_bytes());
        shared.extend_from_slice(&0u16.to_le_bytes()); // no extra field

        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&shared);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(bytes);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&VERSION.to_le_bytes()); // made by
        central.extend_from_slice(&VERSION.to_le_bytes()); // needed
        central.extend_from_slice(&shared);
        // No comment, disk 0, no internal or external attributes.
        central.extend_from_slice(&[0; 10]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = u32::try_from(out.len()).ok()?;
    let central_size = u32::try_from(central.len()).ok()?;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // this disk, the directory's disk
    out.extend_from_slice(&count.to_le_bytes()); // entries on this disk
    out.extend_from_slice(&count.to_le_bytes()); // entries in all
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // no comment
    Some(out)
}

/// The CRC-32 table (ISO-HDLC, reflected polynomial 0xEDB88320), built when needed: 256 entries
/// computed are cheaper for the page than 1 KB carried.
fn crc_table() -> [u32; 256] {
    std::array::from_fn(|n| {
        (0..8).fold(n as u32, |c, _| {
            if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            }
        })
    })
}

/// The CRC-32 a .zip entry carries.
fn crc32(table: &[u32; 256], bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read};

    #[test]
    fn the_crc_is_the_standard_one() {
        // The check value of CRC-32/ISO-HDLC, and an empty input.
        assert_eq!(crc32(&crc_table(), b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(&crc_table(), b""), 0);
    }

    #[test]
    fn every_entry_is_the_single_download_byte_for_byte() {
        let files: [(&str, &[u8]); 3] = [
            (
                "hybrid-on-premises.ps1",
                b"\xEF\xBB\xBF#Requires -Version 5.1\r\n",
            ),
            ("hybrid-checklist.md", "# Checklist — ünïcode\n".as_bytes()),
            ("prüfliste.md", b""),
        ];
        let bytes = bundle(&files).unwrap();
        assert_eq!(
            bundle(&files).unwrap(),
            bytes,
            "the same files give the same archive"
        );
        // Read back by the zip crate, which checks each entry's CRC as it reads it to the end.
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), files.len());
        for (i, (name, content)) in files.iter().enumerate() {
            let mut entry = archive.by_index(i).unwrap();
            assert_eq!(entry.name(), *name);
            assert_eq!(entry.compression(), zip::CompressionMethod::Stored);
            let mut read = Vec::new();
            entry.read_to_end(&mut read).unwrap();
            assert_eq!(read, *content);
        }
    }

    #[test]
    fn an_empty_bundle_is_an_empty_archive() {
        let bytes = bundle(&[]).unwrap();
        assert_eq!(bytes.len(), 22);
        assert_eq!(zip::ZipArchive::new(Cursor::new(bytes)).unwrap().len(), 0);
    }
}
