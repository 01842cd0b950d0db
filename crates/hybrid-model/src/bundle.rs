//! "Download all" as one file: every output in a .zip, each entry the exact bytes of its single
//! download. Entries are stored, not compressed: the files are small text, and no compressor is
//! compiled into the page.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// File name of the bundle.
pub const BUNDLE_FILE: &str = "hybrid-builder-change.zip";

/// The .zip of these files, in this order; `None` only if the archive could not be written.
pub fn bundle(files: &[(&str, &[u8])]) -> Option<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // A fixed time: the same outputs give the same bytes (zip's default is 1980-01-01).
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in files {
        zip.start_file(*name, options).ok()?;
        zip.write_all(bytes).ok()?;
    }
    Some(zip.finish().ok()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn every_entry_is_the_single_download_byte_for_byte() {
        let files: [(&str, &[u8]); 2] = [
            (
                "hybrid-on-premises.ps1",
                b"\xEF\xBB\xBF#Requires -Version 5.1\r\n",
            ),
            ("hybrid-checklist.md", "# Checklist — ünïcode\n".as_bytes()),
        ];
        let bytes = bundle(&files).unwrap();
        assert_eq!(
            bundle(&files).unwrap(),
            bytes,
            "the same files give the same archive"
        );
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), files.len());
        for (i, (name, content)) in files.iter().enumerate() {
            let mut entry = archive.by_index(i).unwrap();
            assert_eq!(entry.name(), *name);
            let mut read = Vec::new();
            entry.read_to_end(&mut read).unwrap();
            assert_eq!(read, *content);
        }
    }
}
