//! The data folder's lock: only one copy of the app writes to a folder at a time.

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};

use super::StoreError;
use super::atomic::RealFs;
use super::paths::{LOCK_FILE, check_private, ensure_dir};

/// Holds the data folder's lock for as long as it lives.
#[derive(Debug)]
pub struct DataLock {
    file: File,
    path: PathBuf,
}

impl DataLock {
    /// Creates the folder if needed (private, 0700) and takes its lock (a 0600 file).
    ///
    /// # Errors
    /// [`StoreError::AlreadyOpen`] when another copy of the app holds it,
    /// [`StoreError::OthersCanWrite`] for a folder another user can write to,
    /// [`StoreError::NotAFile`] when the lock's name is taken by a pipe or a device, or an
    /// I/O error.
    pub fn acquire(dir: &Path) -> Result<Self, StoreError> {
        ensure_dir(&RealFs, dir)?;
        check_private(dir)?;
        let path = dir.join(LOCK_FILE);
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            // O_NONBLOCK: a FIFO under the lock's name must not hang start-up.
            options
                .mode(0o600)
                .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
        }
        let file = options
            .open(&path)
            .map_err(|source| match source.raw_os_error() {
                // ENXIO: a FIFO nobody reads; ELOOP: a link (O_NOFOLLOW).
                #[cfg(unix)]
                Some(libc::ENXIO | libc::ELOOP) => StoreError::NotAFile(path.clone()),
                _ => StoreError::Write {
                    path: path.clone(),
                    source,
                },
            })?;
        let metadata = file.metadata().map_err(|source| StoreError::Read {
            path: path.clone(),
            source,
        })?;
        if !metadata.is_file() {
            return Err(StoreError::NotAFile(path));
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            // A lock made by an older version may be 0644.
            if metadata.permissions().mode() & 0o077 != 0 {
                let _ = file.set_permissions(fs::Permissions::from_mode(0o600));
            }
        }
        match file.try_lock() {
            Ok(()) => Ok(Self { file, path }),
            Err(fs::TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen(dir.to_owned())),
            Err(fs::TryLockError::Error(source)) => Err(StoreError::Write { path, source }),
        }
    }
}

impl DataLock {
    /// Whether the lock file on disk is still the one this lock holds (the same file id): when
    /// the folder was deleted or the file replaced, another copy of the app may take a fresh
    /// lock, and saving on would let both write.
    ///
    /// # Errors
    /// [`StoreError::LockLost`] when it is not.
    pub fn check(&self) -> Result<(), StoreError> {
        if self.still_held() {
            Ok(())
        } else {
            Err(StoreError::LockLost(
                self.path.parent().unwrap_or(&self.path).to_owned(),
            ))
        }
    }

    #[cfg(unix)]
    fn still_held(&self) -> bool {
        use std::os::unix::fs::MetadataExt as _;
        let (Ok(held), Ok(on_disk)) = (self.file.metadata(), fs::symlink_metadata(&self.path))
        else {
            return false;
        };
        held.nlink() > 0 && held.dev() == on_disk.dev() && held.ino() == on_disk.ino()
    }

    /// Windows keeps no stable file id in std; the open lock file cannot be replaced while it
    /// is held, so it being there is enough.
    #[cfg(not(unix))]
    fn still_held(&self) -> bool {
        self.file.metadata().is_ok() && fs::symlink_metadata(&self.path).is_ok_and(|m| m.is_file())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_on_the_same_folder_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = DataLock::acquire(dir.path()).expect("first lock");
        assert!(matches!(
            DataLock::acquire(dir.path()),
            Err(StoreError::AlreadyOpen(_))
        ));
        drop(first);
        DataLock::acquire(dir.path()).expect("free again");
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_is_private_and_a_fifo_in_its_place_does_not_hang() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("temp dir");
        let lock = DataLock::acquire(dir.path()).expect("lock");
        let mode = fs::metadata(dir.path().join(LOCK_FILE))
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        drop(lock);
        fs::remove_file(dir.path().join(LOCK_FILE)).expect("remove");
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join(LOCK_FILE))
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        assert!(matches!(
            DataLock::acquire(dir.path()),
            Err(StoreError::NotAFile(_))
        ));
    }

    /// Unix only: Windows cannot delete a folder while a file in it is open (the lock).
    #[cfg(unix)]
    #[test]
    fn a_deleted_or_replaced_lock_is_seen() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let lock = DataLock::acquire(&data).expect("lock");
        lock.check().expect("held");
        fs::remove_dir_all(&data).expect("the folder is deleted");
        assert!(matches!(lock.check(), Err(StoreError::LockLost(_))));
        // Another copy makes the folder again and takes a fresh lock of its own.
        let other = DataLock::acquire(&data).expect("a fresh lock");
        assert!(matches!(lock.check(), Err(StoreError::LockLost(_))));
        other.check().expect("the new one holds");
    }
}
