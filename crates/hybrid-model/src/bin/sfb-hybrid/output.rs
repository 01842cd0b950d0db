//! The output folder, written all or nothing. Every file is first written in full to a new temporary
//! file beside its target and flushed to disk; only then is each moved into place. A failure on the
//! way removes what was written and puts back what was replaced, so the folder is as it was and the
//! change record never describes scripts other than those beside it. Nothing is written through a
//! symbolic link, and an existing file is replaced only when the admin asked for it.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// One file written into the output folder.
#[derive(Debug)]
pub struct Written {
    pub path: PathBuf,
    /// It took the place of a file of the same name (only with `--replace`).
    pub replaced: bool,
}

/// A file written to its temporary name, not yet in place.
struct Staged {
    name: String,
    temp: PathBuf,
    target: PathBuf,
    existed: bool,
}

/// A file in place, with where the file it replaced waits until every file is in place.
struct Placed {
    target: PathBuf,
    old: Option<PathBuf>,
}

/// Writes `files` (name, bytes) into `dir`, creating it if needed; with `replace`, files of the
/// same names are replaced, otherwise their presence refuses the whole set. On refusal or failure,
/// the reason (naming the file), and nothing in `dir` changed.
pub fn write(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    replace: bool,
) -> Result<Vec<Written>, String> {
    let created = folder(dir)?;
    let written = targets(dir, files, replace)
        .and_then(|existed| stage(dir, files, &existed))
        .and_then(|staged| place_all(dir, &staged));
    if written.is_err() {
        for made in created.iter().rev() {
            let _ = fs::remove_dir(made);
        }
    }
    written
}

/// Makes sure `dir` is a folder, creating it and any missing parents; returns the folders it
/// created, deepest last, so a failure can remove them again.
fn folder(dir: &Path) -> Result<Vec<PathBuf>, String> {
    if dir.as_os_str().is_empty() {
        return Err("--out is empty: name the folder to write to".to_owned());
    }
    let mut missing = Vec::new();
    let mut at = dir;
    loop {
        match fs::metadata(at) {
            Ok(meta) if meta.is_dir() => break,
            Ok(_) => {
                return Err(format!(
                    "{} is a file, not a folder: --out names the folder to write to",
                    at.display()
                ));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => missing.push(at.to_path_buf()),
            Err(e) => return Err(format!("cannot use {} for --out: {e}", at.display())),
        }
        match at.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => at = parent,
            _ => break,
        }
    }
    let mut created = Vec::new();
    for made in missing.into_iter().rev() {
        if let Err(e) = fs::create_dir(&made) {
            for undo in created.iter().rev() {
                let _ = fs::remove_dir(undo);
            }
            return Err(format!("cannot create {}: {e}", made.display()));
        }
        created.push(made);
    }
    Ok(created)
}

/// Checks each target: a new name, or (with `replace`) an existing regular file. Returns, per file,
/// whether one of that name exists.
fn targets(dir: &Path, files: &[(String, Vec<u8>)], replace: bool) -> Result<Vec<bool>, String> {
    let mut existed = Vec::new();
    let mut in_the_way = Vec::new();
    for (name, _) in files {
        if !plain(name) {
            return Err(format!(
                "`{name}` is not a plain file name; nothing was written"
            ));
        }
        let target = dir.join(name);
        match fs::symlink_metadata(&target) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => existed.push(false),
            Err(e) => return Err(format!("cannot check {}: {e}", target.display())),
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(format!(
                    "{} is a symbolic link; nothing was written (the builder never writes \
                     through a link: remove it, or choose another --out)",
                    target.display()
                ));
            }
            Ok(meta) if !meta.is_file() => {
                return Err(format!(
                    "{} exists and is not a regular file; nothing was written (remove it, or \
                     choose another --out)",
                    target.display()
                ));
            }
            Ok(_) => {
                existed.push(true);
                in_the_way.push(target.display().to_string());
            }
        }
    }
    if !replace && !in_the_way.is_empty() {
        return Err(format!(
            "nothing was written, as these files exist already (add --replace to replace them, or \
             choose another --out):\n  {}",
            in_the_way.join("\n  ")
        ));
    }
    Ok(existed)
}

/// A name that stays inside the folder: no separators, not `.` or `..`.
fn plain(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains(['/', '\\'])
}

/// Writes every file to a new temporary file and flushes it to disk; on failure, removes them all.
fn stage(dir: &Path, files: &[(String, Vec<u8>)], existed: &[bool]) -> Result<Vec<Staged>, String> {
    let mut staged: Vec<Staged> = Vec::new();
    for ((name, bytes), &existed) in files.iter().zip(existed) {
        let target = dir.join(name);
        match temporary(dir, name, bytes) {
            Ok(temp) => staged.push(Staged {
                name: name.clone(),
                temp,
                target,
                existed,
            }),
            Err(e) => {
                for done in &staged {
                    let _ = fs::remove_file(&done.temp);
                }
                return Err(format!(
                    "cannot write {}: {e}; nothing was written",
                    target.display()
                ));
            }
        }
    }
    Ok(staged)
}

/// `bytes` in a new file beside `name`'s target, flushed to disk; its path.
fn temporary(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let (path, mut file) = reserve(dir, name, "new")?;
    if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
        drop(file);
        let _ = fs::remove_file(&path);
        return Err(e);
    }
    Ok(path)
}

/// A new, empty file of a name no other file has (created with `create_new`, so never an existing
/// file or a link): `.NAME.sfb-hybrid-PID-N.SUFFIX`.
fn reserve(dir: &Path, name: &str, suffix: &str) -> io::Result<(PathBuf, File)> {
    let pid = std::process::id();
    let mut last = io::Error::new(io::ErrorKind::AlreadyExists, "no free temporary name");
    for n in 0..100 {
        let path = dir.join(format!(".{name}.sfb-hybrid-{pid}-{n}.{suffix}"));
        match File::options().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// Moves every staged file into place. On a failure, takes back those already placed and restores
/// the files they replaced, removes the rest, and says what happened.
fn place_all(dir: &Path, staged: &[Staged]) -> Result<Vec<Written>, String> {
    let mut placed: Vec<Placed> = Vec::new();
    for (at, file) in staged.iter().enumerate() {
        match place(dir, file) {
            Ok(old) => placed.push(Placed {
                target: file.target.clone(),
                old,
            }),
            Err(e) => {
                for rest in &staged[at..] {
                    let _ = fs::remove_file(&rest.temp);
                }
                let lost = take_back(&placed);
                return Err(format!(
                    "cannot write {}: {e}; nothing was written{lost}",
                    file.target.display()
                ));
            }
        }
    }
    for done in &placed {
        if let Some(old) = &done.old {
            let _ = fs::remove_file(old);
        }
    }
    sync(dir);
    Ok(staged
        .iter()
        .map(|file| Written {
            path: file.target.clone(),
            replaced: file.existed,
        })
        .collect())
}

/// Moves one staged file to its target; returns where the file it replaced now is.
fn place(dir: &Path, file: &Staged) -> io::Result<Option<PathBuf>> {
    if file.existed {
        // The old file is moved aside (not deleted) until every new file is in place.
        let (old, placeholder) = reserve(dir, &file.name, "old")?;
        drop(placeholder);
        if let Err(e) = fs::rename(&file.target, &old) {
            let _ = fs::remove_file(&old);
            return Err(e);
        }
        if let Err(e) = fs::rename(&file.temp, &file.target) {
            let _ = fs::rename(&old, &file.target);
            return Err(e);
        }
        return Ok(Some(old));
    }
    // A hard link never replaces: a file that appeared under the name since the check stays.
    match fs::hard_link(&file.temp, &file.target) {
        Ok(()) => {
            let _ = fs::remove_file(&file.temp);
            Ok(None)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "a file of that name appeared while writing",
        )),
        // A file system without hard links (FAT, some network shares): a rename instead.
        Err(_) => fs::rename(&file.temp, &file.target).map(|()| None),
    }
}

/// Takes back placed files, newest first, restoring what they replaced; names any file it could
/// not restore (as a sentence to add to the error).
fn take_back(placed: &[Placed]) -> String {
    let mut lost = String::new();
    for done in placed.iter().rev() {
        let undone = match &done.old {
            Some(old) => fs::rename(old, &done.target),
            None => fs::remove_file(&done.target),
        };
        if let Err(e) = undone {
            lost.push_str(&format!(
                "\nbut {} could not be put back ({e}){}",
                done.target.display(),
                done.old
                    .as_ref()
                    .map(|old| format!(": its old content is in {}", old.display()))
                    .unwrap_or_default()
            ));
        }
    }
    lost
}

/// Flushes the folder's entries to disk, so the renames survive a power cut (best effort: not
/// every system can open a folder).
fn sync(dir: &Path) {
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
}
