//! Where progress lives on disk, and how it is saved without ever losing it.
//!
//! - One folder (the OS data directory, or `--data-dir`), private to the person (0700, files
//!   0600), guarded by a lock file so that only one copy of the app writes to it ([`lock`]).
//! - `progress.ron` is replaced atomically ([`atomic`]): a temporary file in the same folder is
//!   written and synced, renamed over the old file, and the folder is synced. Before that, the
//!   previous good content is written the same way to `progress.backup.ron`.
//! - A file that cannot be used (damaged, too large, a pipe or a device) is never overwritten:
//!   it is moved aside under a timestamped name, the backup is used when it is good, and the
//!   person is told where the file is. What a file may hold is bounded ([`encoding`]).
//! - Encoding and saving run on the `progress-saver` thread ([`saver`]).
//! - Every file operation goes through [`atomic::Fs`], so tests can replay power cuts.

pub mod atomic;
pub mod encoding;
pub mod lock;
pub mod paths;
pub mod saver;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;

pub use atomic::{Fs, MAX_FILE_BYTES, ReadFault, RealFs, write_file};
pub use encoding::{DecodeError, decode, encode};
pub use lock::DataLock;
pub use paths::{BACKUP_FILE, LOCK_FILE, PROGRESS_FILE, default_data_dir};
pub use saver::{CopyKind, SaveReport, Saver};

use crate::progress::Progress;

/// A failure to read or write the data folder.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder could not be created. (Messages never name the path: it holds the user's
    /// name on most systems, and messages end up in logs. The path is in the field.)
    #[error("could not create the data folder: {source}")]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// Another copy of the app holds the lock.
    #[error("another copy of the app is already using the data folder")]
    AlreadyOpen(PathBuf),
    /// Another user can write to the data folder.
    #[error("another user can write to the data folder")]
    OthersCanWrite(PathBuf),
    /// The data folder belongs to another user.
    #[error("the data folder belongs to another user")]
    NotYours(PathBuf),
    /// The data folder's lock file was deleted or replaced while this copy held it.
    #[error("the data folder's lock was lost (the folder was deleted or replaced)")]
    LockLost(PathBuf),
    /// A file is larger than [`MAX_FILE_BYTES`].
    #[error("a file is too large ({size} bytes)")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size (or the limit plus one).
        size: u64,
    },
    /// A pipe, a device or a folder stands where a file should be.
    #[error("not a regular file")]
    NotAFile(PathBuf),
    /// A file could not be read.
    #[error("could not read a file: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// A file could not be written.
    #[error("could not write a file: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
}

/// What kind of trouble a [`StoreError`] is, to tell the person what to do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trouble {
    /// Permission denied or a read-only folder.
    NoPermission,
    /// The disk is full.
    DiskFull,
    /// Another copy of the app is open.
    AlreadyOpen,
    /// Another user can write to the folder.
    OthersCanWrite,
    /// The folder was deleted or replaced under this copy: saving has stopped.
    LockLost,
    /// A file is too large.
    TooLarge,
    /// A pipe or a device is where a file should be.
    NotAFile,
    /// Anything else.
    Other,
}

impl StoreError {
    /// The kind of trouble, for choosing the message shown to the person.
    #[must_use]
    pub fn trouble(&self) -> Trouble {
        let source = match self {
            Self::AlreadyOpen(_) => return Trouble::AlreadyOpen,
            Self::OthersCanWrite(_) | Self::NotYours(_) => return Trouble::OthersCanWrite,
            Self::LockLost(_) => return Trouble::LockLost,
            Self::TooLarge { .. } => return Trouble::TooLarge,
            Self::NotAFile(_) => return Trouble::NotAFile,
            Self::CreateDir { source, .. }
            | Self::Read { source, .. }
            | Self::Write { source, .. } => source,
        };
        match source.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                Trouble::NoPermission
            }
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Trouble::DiskFull,
            _ => Trouble::Other,
        }
    }

    /// The file or folder involved.
    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            Self::AlreadyOpen(path)
            | Self::OthersCanWrite(path)
            | Self::LockLost(path)
            | Self::NotYours(path)
            | Self::NotAFile(path)
            | Self::TooLarge { path, .. }
            | Self::CreateDir { path, .. }
            | Self::Read { path, .. }
            | Self::Write { path, .. } => path,
        }
    }
}

/// Why [`Store::read_only`] found no usable progress.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The progress file could not be read.
    #[error(transparent)]
    Io(StoreError),
    /// The progress file (or, when it is missing, the backup) cannot be used.
    #[error("the progress file cannot be used: {reason}")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: DecodeError,
    },
}

/// What happened when progress was loaded at start-up.
#[derive(Debug)]
pub enum LoadEvent {
    /// No progress yet: a first start.
    Fresh,
    /// The saved progress loaded normally.
    Loaded,
    /// The progress file was damaged or missing; the backup was used.
    RestoredFromBackup {
        /// Where the damaged file was moved, if there was one.
        damaged: Option<PathBuf>,
        /// What was wrong with it.
        reason: Option<DecodeError>,
    },
    /// The progress file was damaged and no good backup existed: starting empty.
    StartedOver {
        /// Where the damaged file was moved.
        damaged: PathBuf,
        /// What was wrong with it.
        reason: DecodeError,
    },
    /// The progress file exists but could not be read (permissions?). Nothing is overwritten.
    Unreadable(StoreError),
}

/// The result of loading: the progress to start with and how it was obtained.
#[derive(Debug)]
pub struct Loaded {
    /// The progress to start with.
    pub progress: Progress,
    /// How it was obtained.
    pub event: LoadEvent,
    /// The file held more than the app keeps (a note over the limit, say): it was bounded, and
    /// the whole file kept under this name. The person is told once, and the bounded progress
    /// is saved at once, so that the copy is written only this time.
    pub kept_whole: Option<PathBuf>,
}

/// How a file in the data folder read: its progress, why it cannot be used, or nothing there.
enum Read {
    Missing,
    /// Good, with where the whole file was kept when it had to be bounded.
    Good(Box<Progress>, Option<PathBuf>),
    Bad(DecodeError),
    Failed(io::Error),
}

/// The data folder: loading and atomic saving of progress.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    fs: Arc<dyn Fs>,
}

impl Store {
    /// A store in `dir` on the computer's file system (created when first saved to).
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self::with_fs(dir, Arc::new(RealFs))
    }

    /// A store in `dir` whose file operations go through `fs` (a recording one, in tests).
    #[must_use]
    pub fn with_fs(dir: impl Into<PathBuf>, fs: Arc<dyn Fs>) -> Self {
        Self {
            dir: dir.into(),
            fs,
        }
    }

    /// The data folder.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file operations.
    #[must_use]
    pub fn fs(&self) -> &dyn Fs {
        self.fs.as_ref()
    }

    /// The progress file.
    #[must_use]
    pub fn progress_path(&self) -> PathBuf {
        self.dir.join(PROGRESS_FILE)
    }

    /// The backup file.
    #[must_use]
    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP_FILE)
    }

    /// Reads and decodes `path`; with `keep_at`, a file that had to be bounded is also kept
    /// whole under a new name stamped with that time.
    fn read(&self, path: &Path, keep_at: Option<Timestamp>) -> Read {
        match self.fs.read(path, MAX_FILE_BYTES) {
            Ok(bytes) => match encoding::decode_bounded(&bytes) {
                Ok((progress, cut)) => {
                    let kept = keep_at
                        .filter(|_| cut)
                        .and_then(|at| self.keep_uncut(&bytes, at));
                    Read::Good(Box::new(progress), kept)
                }
                Err(reason) => Read::Bad(reason),
            },
            Err(ReadFault::Missing) => Read::Missing,
            Err(ReadFault::TooLarge(size)) => Read::Bad(DecodeError::TooLarge(size)),
            Err(ReadFault::NotAFile) => Read::Bad(DecodeError::NotAFile),
            Err(ReadFault::Io(e)) => Read::Failed(e),
        }
    }

    /// Keeps the bytes of a file whose contents had to be bounded, before the next save
    /// replaces them: `progress.over-limits-<time>.ron`.
    fn keep_uncut(&self, bytes: &[u8], at: Timestamp) -> Option<PathBuf> {
        log::warn!("a progress file held more than this app keeps; the whole file is kept aside");
        paths::write_under_new_name(self.fs(), &self.dir, "progress.over-limits", at, bytes)
            .inspect_err(|e| log::warn!("the whole file could not be kept aside: {e}"))
            .ok()
    }

    /// Loads progress. Never fails and never overwrites: a file that cannot be used is moved
    /// aside (its name stamped with `now`) and the backup used when it is good.
    #[must_use]
    pub fn load(&self, now: Timestamp) -> Loaded {
        let path = self.progress_path();
        let start = |event| Loaded {
            progress: Progress::default(),
            event,
            kept_whole: None,
        };
        let reason = match self.read(&path, Some(now)) {
            Read::Good(progress, kept_whole) => {
                return Loaded {
                    progress: *progress,
                    event: LoadEvent::Loaded,
                    kept_whole,
                };
            }
            Read::Failed(source) => {
                log::error!("cannot read the progress file: {source}");
                return start(LoadEvent::Unreadable(StoreError::Read { path, source }));
            }
            Read::Bad(reason) => Some(reason),
            Read::Missing => None,
        };
        let damaged = match &reason {
            Some(reason) => {
                log::warn!("the progress file cannot be used: {reason}");
                match paths::move_under_new_name(self.fs(), &path, "progress.damaged", now) {
                    Ok(moved) => Some(moved),
                    // Without moving it we cannot save without overwriting it: stop here.
                    Err(source) => {
                        return start(LoadEvent::Unreadable(StoreError::Write { path, source }));
                    }
                }
            }
            None => None,
        };
        let backup_path = self.backup_path();
        let backup_reason = match self.read(&backup_path, Some(now)) {
            Read::Good(progress, kept_whole) => {
                log::info!("progress restored from the backup");
                return Loaded {
                    progress: *progress,
                    event: LoadEvent::RestoredFromBackup { damaged, reason },
                    kept_whole,
                };
            }
            Read::Missing => None,
            Read::Bad(reason) => Some(reason),
            Read::Failed(e) => Some(DecodeError::Unreadable(e.kind().to_string())),
        };
        if let Some(backup_reason) = backup_reason {
            // A backup that cannot be used is kept aside too, never overwritten later.
            log::warn!("the backup cannot be used either: {backup_reason}");
            let moved =
                paths::move_under_new_name(self.fs(), &backup_path, "progress.backup.damaged", now);
            return match (damaged, reason, moved) {
                (Some(damaged), Some(reason), _) => {
                    start(LoadEvent::StartedOver { damaged, reason })
                }
                (_, _, Ok(moved)) => start(LoadEvent::StartedOver {
                    damaged: moved,
                    reason: backup_reason,
                }),
                (_, _, Err(source)) => start(LoadEvent::Unreadable(StoreError::Write {
                    path: backup_path,
                    source,
                })),
            };
        }
        match (damaged, reason) {
            (Some(damaged), Some(reason)) => start(LoadEvent::StartedOver { damaged, reason }),
            _ => start(LoadEvent::Fresh),
        }
    }

    /// Loads progress while the folder's lock is not held: nothing is moved, kept or written. A
    /// progress file that cannot be used counts as unreadable, so that nothing is saved over
    /// it this session.
    #[must_use]
    pub fn load_without_writing(&self) -> Loaded {
        let path = self.progress_path();
        let loaded = |progress, event| Loaded {
            progress,
            event,
            kept_whole: None,
        };
        match self.read(&path, None) {
            Read::Good(progress, _) => loaded(*progress, LoadEvent::Loaded),
            Read::Missing => match self.read(&self.backup_path(), None) {
                Read::Good(progress, _) => loaded(
                    *progress,
                    LoadEvent::RestoredFromBackup {
                        damaged: None,
                        reason: None,
                    },
                ),
                Read::Missing => loaded(Progress::default(), LoadEvent::Fresh),
                Read::Bad(_) | Read::Failed(_) => loaded(
                    Progress::default(),
                    LoadEvent::Unreadable(StoreError::Read {
                        path: self.backup_path(),
                        source: io::Error::from(io::ErrorKind::InvalidData),
                    }),
                ),
            },
            Read::Bad(_) => loaded(
                Progress::default(),
                LoadEvent::Unreadable(StoreError::Read {
                    path,
                    source: io::Error::from(io::ErrorKind::InvalidData),
                }),
            ),
            Read::Failed(source) => loaded(
                Progress::default(),
                LoadEvent::Unreadable(StoreError::Read { path, source }),
            ),
        }
    }

    /// Reads the progress without changing anything on disk (for command-line exports, which
    /// may run beside an open window): the progress file, else a good backup, else nothing.
    ///
    /// # Errors
    /// When a progress file or a backup exists but none of them can be used.
    pub fn read_only(&self) -> Result<Progress, ReadError> {
        let path = self.progress_path();
        let main = match self.read(&path, None) {
            Read::Good(progress, _) => return Ok(*progress),
            Read::Failed(source) => return Err(ReadError::Io(StoreError::Read { path, source })),
            Read::Bad(reason) => Some(reason),
            Read::Missing => None,
        };
        let backup_path = self.backup_path();
        match (self.read(&backup_path, None), main) {
            (Read::Good(progress, _), _) => Ok(*progress),
            (Read::Missing, None) => Ok(Progress::default()),
            (_, Some(reason)) => Err(ReadError::Damaged { path, reason }),
            // No progress file and a backup that cannot be used: not an empty checklist.
            (Read::Bad(reason), None) => Err(ReadError::Damaged {
                path: backup_path,
                reason,
            }),
            (Read::Failed(source), None) => Err(ReadError::Io(StoreError::Read {
                path: backup_path,
                source,
            })),
        }
    }

    /// Removes temporary files this app left when a save was cut short (a crash or power
    /// cut); other files, even ones that look temporary, are left alone. Call only while
    /// holding the folder's lock, so no save of this app is under way.
    pub fn remove_leftovers(&self) {
        let Ok(names) = self.fs.list(&self.dir) else {
            return;
        };
        for name in names.iter().filter(|n| paths::is_leftover(n)) {
            match self.fs.remove(&self.dir.join(name)) {
                Ok(()) => log::info!("removed the leftover {name}"),
                Err(e) => log::warn!("cannot remove the leftover {name}: {e}"),
            }
        }
    }

    /// Saves `text` as the progress, first keeping `previous` (the last good save) as the backup.
    ///
    /// # Errors
    /// When the folder or a file cannot be written or synced, or `text` is larger than
    /// [`MAX_FILE_BYTES`]; the files on disk are then unchanged or hold the previous save,
    /// never a partial one.
    pub fn save(&self, text: &[u8], previous: Option<&[u8]>) -> Result<(), StoreError> {
        let path = self.progress_path();
        let size = u64::try_from(text.len()).unwrap_or(u64::MAX);
        if size > MAX_FILE_BYTES {
            return Err(StoreError::TooLarge { path, size });
        }
        paths::ensure_dir(self.fs(), &self.dir)?;
        if let Some(previous) = previous {
            let backup = self.backup_path();
            atomic::write_atomically(self.fs(), &backup, previous).map_err(|source| {
                StoreError::Write {
                    path: backup,
                    source,
                }
            })?;
        }
        atomic::write_atomically(self.fs(), &path, text)
            .map_err(|source| StoreError::Write { path, source })
    }

    /// Writes `text` to `<stem>-<time>.ron` in the data folder, never replacing a file.
    ///
    /// # Errors
    /// When the folder or the file cannot be written.
    pub fn keep_copy(
        &self,
        kind: CopyKind,
        text: &[u8],
        at: Timestamp,
    ) -> Result<PathBuf, StoreError> {
        paths::ensure_dir(self.fs(), &self.dir)?;
        paths::write_under_new_name(self.fs(), &self.dir, kind.file_stem(), at, text).map_err(
            |source| StoreError::Write {
                path: self.dir.clone(),
                source,
            },
        )
    }
}

#[cfg(test)]
mod tests;
