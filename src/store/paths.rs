//! Where things are: the data folder (created private, its parents synced), the names of the
//! files in it, new names that never replace a file, and the folder's permissions.

use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::StoreError;
use super::atomic::{Fs, Kind, TEMP_PREFIX, TEMP_SUFFIX, parent_of, write_new};

/// The progress file's name inside the data folder.
pub const PROGRESS_FILE: &str = "progress.ron";
/// The previous good progress, kept beside it.
pub const BACKUP_FILE: &str = "progress.backup.ron";
/// The file locked while a copy of the app uses the folder.
pub const LOCK_FILE: &str = "signin-rescue.lock";

/// The folder the app keeps progress in when `--data-dir` is not given.
#[must_use]
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "signin-rescue").map(|dirs| dirs.data_dir().to_owned())
}

/// Creates `dir` and any missing parents, each private (0700), syncing the folder that holds
/// each new one so that the new folder survives a power cut.
///
/// # Errors
/// [`StoreError::CreateDir`] when a folder cannot be made or synced.
pub fn ensure_dir(fs: &dyn Fs, dir: &Path) -> Result<(), StoreError> {
    let error = |source| StoreError::CreateDir {
        path: dir.to_owned(),
        source,
    };
    let mut missing = Vec::new();
    let mut at = dir;
    loop {
        match fs.kind(at).map_err(error)? {
            Some(Kind::Dir) => break,
            Some(_) => {
                return Err(error(io::Error::new(
                    io::ErrorKind::NotADirectory,
                    "not a folder",
                )));
            }
            None => missing.push(at),
        }
        match at.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => at = parent,
            _ => break,
        }
    }
    for new in missing.into_iter().rev() {
        match fs.create_dir(new) {
            Ok(()) => {}
            // Made meanwhile by someone else: it is there, which is what matters.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(error(e)),
        }
        fs.sync_dir(parent_of(new)).map_err(error)?;
    }
    Ok(())
}

/// Refuses a data folder that another user can write to (they could swap the progress file
/// or plant links), and makes one only the person can read when it is readable by others.
///
/// # Errors
/// [`StoreError::OthersCanWrite`], or [`StoreError::CreateDir`] when its state cannot be read.
#[cfg(unix)]
pub fn check_private(dir: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt as _;
    let metadata = std::fs::metadata(dir).map_err(|source| StoreError::CreateDir {
        path: dir.to_owned(),
        source,
    })?;
    let mode = metadata.permissions().mode();
    if mode & 0o022 != 0 {
        return Err(StoreError::OthersCanWrite(dir.to_owned()));
    }
    if mode & 0o077 != 0 {
        let tightened = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        if let Err(e) = tightened {
            log::warn!("the data folder could not be made private: {e}");
        }
    }
    Ok(())
}

/// Windows folders inherit the person's profile permissions.
#[cfg(not(unix))]
pub fn check_private(_dir: &Path) -> Result<(), StoreError> {
    Ok(())
}

/// Whether `name` is a temporary file this app leaves when a save is cut short.
#[must_use]
pub fn is_leftover(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// `<stem>-<time>.ron` in `dir`, with a counter when that name is taken.
fn candidate(dir: &Path, stem: &str, stamp: &str, n: u32) -> PathBuf {
    if n == 0 {
        dir.join(format!("{stem}-{stamp}.ron"))
    } else {
        dir.join(format!("{stem}-{stamp}-{n}.ron"))
    }
}

/// How many names [`write_under_new_name`] and [`move_under_new_name`] try.
const NAME_TRIES: u32 = 1000;

fn stamp(at: Timestamp) -> String {
    at.strftime("%Y%m%d-%H%M%S").to_string()
}

/// Writes `bytes` to `<stem>-<time>.ron` in `dir`, never replacing a file (even one made
/// between looking and writing).
///
/// # Errors
/// Any I/O error.
pub fn write_under_new_name(
    fs: &dyn Fs,
    dir: &Path,
    stem: &str,
    at: Timestamp,
    bytes: &[u8],
) -> io::Result<PathBuf> {
    let stamp = stamp(at);
    for n in 0..NAME_TRIES {
        let path = candidate(dir, stem, &stamp, n);
        match write_new(fs, &path, bytes) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

/// Moves `path` to `<stem>-<time>.ron` beside it, never replacing a file: the new name is
/// linked first (which fails when taken), then the old one removed and the folder synced.
///
/// # Errors
/// Any I/O error; `path` is then where it was.
pub fn move_under_new_name(
    fs: &dyn Fs,
    path: &Path,
    stem: &str,
    at: Timestamp,
) -> io::Result<PathBuf> {
    let dir = parent_of(path);
    let stamp = stamp(at);
    for n in 0..NAME_TRIES {
        let target = candidate(dir, stem, &stamp, n);
        match fs.link(path, &target) {
            Ok(()) => {
                fs.remove(path)?;
                fs.sync_dir(dir)?;
                return Ok(target);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::atomic::RealFs;

    /// Where Windows users expect an app's data: under `%APPDATA%` (the roaming profile, which
    /// the profile's ACL keeps to the person), in a folder named after the app.
    #[cfg(windows)]
    #[test]
    fn on_windows_the_data_folder_is_under_appdata() {
        let appdata = std::env::var_os("APPDATA").expect("Windows sets APPDATA");
        let dir = default_data_dir().expect("a data folder");
        assert!(
            dir.starts_with(&appdata),
            "{} not under {appdata:?}",
            dir.display()
        );
        assert!(
            dir.components().any(|c| c.as_os_str() == "signin-rescue"),
            "{}",
            dir.display()
        );
    }

    #[test]
    fn only_this_apps_temporary_files_are_leftovers() {
        assert!(is_leftover(".signin-rescue-progress.ron.12.0.tmp"));
        // Another program's temporary file in the same folder (`--data-dir ~`) is not ours.
        assert!(!is_leftover(".vimrc.tmp"));
        assert!(!is_leftover(".progress.ron.12.0.tmp"));
    }

    #[cfg(unix)]
    #[test]
    fn new_folders_are_private_and_a_shared_one_is_refused() {
        use std::os::unix::fs::PermissionsExt as _;
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("a/b/data");
        ensure_dir(&RealFs, &dir).expect("made");
        for d in [root.path().join("a"), root.path().join("a/b"), dir.clone()] {
            let mode = std::fs::metadata(&d).expect("exists").permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "{}", d.display());
        }
        check_private(&dir).expect("private");
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        assert!(matches!(
            check_private(&dir),
            Err(StoreError::OthersCanWrite(_))
        ));
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        check_private(&dir).expect("only readable by others: tightened");
        let mode = std::fs::metadata(&dir)
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
    }

    #[test]
    fn a_copy_never_replaces_a_file_with_its_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let at: Timestamp = "2026-11-25T08:00:00Z".parse().expect("time");
        let taken = candidate(dir.path(), "progress.before-import", &stamp(at), 0);
        std::fs::write(&taken, "theirs").expect("write");
        let path = write_under_new_name(&RealFs, dir.path(), "progress.before-import", at, b"mine")
            .expect("written");
        assert_ne!(path, taken);
        assert_eq!(std::fs::read_to_string(&taken).expect("kept"), "theirs");
        assert_eq!(std::fs::read_to_string(&path).expect("new"), "mine");
    }
}
