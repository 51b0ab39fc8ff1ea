//! Where things are: the data folder (created private, its parents synced), the names of the
//! files in it, new names that never replace a file, and the folder's permissions.

use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::StoreError;
use super::atomic::{Fs, Kind, TEMP_PREFIX, TEMP_SUFFIX, link_or_move, parent_of, write_new};

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

/// The name of the folder the app makes for itself inside a `--data-dir` that others can read.
pub const OWN_SUBFOLDER: &str = "signin-rescue";

/// Where to keep progress when the person gives `dir` with `--data-dir`. A folder that other
/// users can read and that holds no progress of this app yet (their home folder, say, or a
/// USB stick's top folder) is not made private behind their back: the app keeps its files in a
/// subfolder of its own, [`OWN_SUBFOLDER`], which it makes private. Any other folder (a new
/// one, a private one, or one this app already uses) is used as it is. Looks only; creates
/// nothing.
#[must_use]
pub fn own_folder(dir: &Path) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // One that others can write to is refused later, with nothing made in it.
        let readable_by_others = std::fs::metadata(dir).is_ok_and(|m| {
            let mode = m.permissions().mode();
            m.is_dir() && mode & 0o044 != 0 && mode & 0o022 == 0
        });
        let ours = [LOCK_FILE, PROGRESS_FILE, BACKUP_FILE]
            .iter()
            .any(|name| dir.join(name).exists());
        if readable_by_others && !ours {
            return dir.join(OWN_SUBFOLDER);
        }
    }
    dir.to_owned()
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

/// Refuses a data folder that is not the person's own, the way ssh checks `~/.ssh`: the folder
/// must belong to the person and no other user may write to it, nor to any folder above it
/// (they could swap the folder for one of their own, with a planted progress and draft). A
/// folder above that only its owner can rename things in (the sticky bit, as on /tmp) and
/// that belongs to the person or to root is fine. Nothing is ever chmod-ed here: folders the
/// app makes are made private ([`ensure_dir`]); others are left as they are.
///
/// # Errors
/// [`StoreError::NotYours`], [`StoreError::OthersCanWrite`], or [`StoreError::CreateDir`] when
/// a folder's state cannot be read.
#[cfg(unix)]
pub fn check_private(dir: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let error = |source| StoreError::CreateDir {
        path: dir.to_owned(),
        source,
    };
    let me = current_uid().map_err(error)?;
    let dir = std::fs::canonicalize(dir).map_err(error)?;
    let metadata = std::fs::metadata(&dir).map_err(error)?;
    if metadata.uid() != me {
        return Err(StoreError::NotYours(dir));
    }
    if metadata.permissions().mode() & 0o022 != 0 {
        return Err(StoreError::OthersCanWrite(dir));
    }
    for parent in dir.ancestors().skip(1) {
        let metadata = std::fs::metadata(parent).map_err(error)?;
        let mode = metadata.permissions().mode();
        let owner_ok = metadata.uid() == me || metadata.uid() == 0;
        let sticky = mode & 0o1000 != 0;
        if !owner_ok || (mode & 0o022 != 0 && !sticky) {
            log::error!("a folder above the data folder can be changed by another user");
            return Err(StoreError::OthersCanWrite(parent.to_owned()));
        }
    }
    Ok(())
}

/// The user this process runs as, without a libc call: the owner of /proc/self, or of a file
/// it makes.
#[cfg(unix)]
fn current_uid() -> io::Result<u32> {
    use std::os::unix::fs::MetadataExt as _;
    // On Linux /proc/self belongs to the process's user.
    if let Ok(metadata) = std::fs::metadata("/proc/self") {
        return Ok(metadata.uid());
    }
    let probe = std::env::temp_dir().join(format!(
        "{TEMP_PREFIX}uid-probe.{}{TEMP_SUFFIX}",
        std::process::id()
    ));
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)?;
    let uid = file.metadata()?.uid();
    let _ = std::fs::remove_file(&probe);
    Ok(uid)
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
/// Where there are no hard links (FAT), the new name is reserved and the file renamed onto it.
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
        match link_or_move(fs, path, &target) {
            Ok(still_there) => {
                if still_there {
                    fs.remove(path)?;
                }
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
    fn new_folders_are_private_and_a_shared_one_is_refused_but_never_chmod_ed() {
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
        // A folder the person made readable (their home, say) is used as it is, not changed.
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        check_private(&dir).expect("readable by others, writable only by the person");
        let mode = std::fs::metadata(&dir)
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o755, "never chmod-ed");
        // A folder above that others can write to (and without the sticky bit) is refused.
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).expect("chmod");
        let above = root.path().join("a");
        std::fs::set_permissions(&above, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        assert!(matches!(
            check_private(&dir),
            Err(StoreError::OthersCanWrite(path)) if path.ends_with("a")
        ));
        std::fs::set_permissions(&above, std::fs::Permissions::from_mode(0o1777)).expect("chmod");
        check_private(&dir).expect("sticky, like /tmp");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_others_can_read_gets_a_subfolder_of_the_apps_own() {
        use std::os::unix::fs::PermissionsExt as _;
        let root = tempfile::tempdir().expect("temp dir");
        let home = root.path().join("home");
        std::fs::create_dir(&home).expect("made");
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        assert_eq!(own_folder(&home), home.join(OWN_SUBFOLDER));
        // A new folder, a private one, or one the app already uses: as it is.
        assert_eq!(
            own_folder(&root.path().join("new")),
            root.path().join("new")
        );
        std::fs::write(home.join(LOCK_FILE), "").expect("ours");
        assert_eq!(own_folder(&home), home);
        std::fs::remove_file(home.join(LOCK_FILE)).expect("removed");
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).expect("chmod");
        assert_eq!(own_folder(&home), home);
        // Taking the lock in the subfolder leaves the folder above as it was.
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let own = own_folder(&home);
        crate::store::DataLock::acquire(&own).expect("locked");
        let mode = |p: &Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
        assert_eq!(mode(&home), 0o755, "the person's folder is unchanged");
        assert_eq!(mode(&own), 0o700, "the app's own folder is private");
    }

    /// As root, a folder made beforehand by another user is refused.
    #[cfg(unix)]
    #[test]
    fn a_folder_owned_by_another_user_is_refused() {
        use std::os::unix::fs::MetadataExt as _;
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("planted");
        std::fs::create_dir(&dir).expect("made");
        let me = current_uid().expect("uid");
        let other = if me == 0 { 65534 } else { me };
        if me == 0 {
            let owned = std::process::Command::new("chown")
                .arg(format!("{other}:{other}"))
                .arg(&dir)
                .status()
                .expect("chown runs");
            assert!(owned.success());
        }
        let owner = std::fs::metadata(&dir).expect("exists").uid();
        if owner == me {
            // Not root: no way to give a folder away here; the check is the same code.
            eprintln!("skipped: cannot make a folder owned by another user");
            return;
        }
        assert!(matches!(check_private(&dir), Err(StoreError::NotYours(_))));
    }

    #[test]
    fn a_copy_never_replaces_a_file_with_its_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let at: Timestamp = crate::clock::test_start();
        let taken = candidate(dir.path(), "progress.before-import", &stamp(at), 0);
        std::fs::write(&taken, "theirs").expect("write");
        let path = write_under_new_name(&RealFs, dir.path(), "progress.before-import", at, b"mine")
            .expect("written");
        assert_ne!(path, taken);
        assert_eq!(std::fs::read_to_string(&taken).expect("kept"), "theirs");
        assert_eq!(std::fs::read_to_string(&path).expect("new"), "mine");
    }
}
