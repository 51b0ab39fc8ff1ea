//! Where progress lives on disk, and how it is saved without ever losing it.
//!
//! - One folder (the OS data directory, or `--data-dir`), guarded by a lock file so that only one
//!   copy of the app writes to it.
//! - `progress.ron` is replaced atomically: a temporary file in the same folder is written,
//!   flushed and synced, renamed over the old file, and the folder is synced. Before that, the
//!   previous good content is written the same way to `progress.backup.ron`.
//! - A file that cannot be decoded is never overwritten: it is moved aside under a timestamped
//!   name, the backup is used when it is good, and the person is told where the damaged copy is.
//! - Saving runs on the `progress-saver` thread ([`Saver`]); the UI thread only sends text.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serde::Deserialize;

use crate::progress::{CURRENT_VERSION, Progress};

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
    /// Anything else.
    Other,
}

impl StoreError {
    /// The kind of trouble, for choosing the message shown to the person.
    #[must_use]
    pub fn trouble(&self) -> Trouble {
        let source = match self {
            Self::AlreadyOpen(_) => return Trouble::AlreadyOpen,
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
            | Self::CreateDir { path, .. }
            | Self::Read { path, .. }
            | Self::Write { path, .. } => path,
        }
    }
}

/// Why a progress file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The bytes are not UTF-8 text.
    #[error("the file is not text")]
    NotText,
    /// The text is not a valid progress file (truncated, garbled or wrong types). Holds only
    /// where the damage starts: the parser's message could quote the person's own text.
    #[error("the file is damaged at line {0}, column {1}")]
    Damaged(usize, usize),
    /// The file was written by a newer version of the app.
    #[error("the file was written by a newer version (format {0})")]
    Newer(u32),
    /// The file exists but could not be read (the kind of I/O error).
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
}

/// Turns progress into the text of a save file.
#[must_use]
pub fn encode(progress: &Progress) -> String {
    let config = ron::ser::PrettyConfig::new().depth_limit(4);
    match ron::ser::to_string_pretty(progress, config) {
        Ok(text) => text,
        // Progress holds only strings, numbers, maps and timestamps, which always serialise.
        Err(e) => unreachable!("progress always serialises: {e}"),
    }
}

/// Reads the text of a save file, migrating older formats.
///
/// # Errors
/// When the bytes are not a progress file this build can read.
pub fn decode(bytes: &[u8]) -> Result<Progress, DecodeError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        #[serde(default)]
        version: u32,
    }

    let text = std::str::from_utf8(bytes).map_err(|_| DecodeError::NotText)?;
    let damaged =
        |e: ron::error::SpannedError| DecodeError::Damaged(e.span.start.line, e.span.start.col);
    let probe: VersionOnly = ron::from_str(text).map_err(damaged)?;
    if probe.version > CURRENT_VERSION {
        return Err(DecodeError::Newer(probe.version));
    }
    // Versions 1 and 2 differ only by additions that serde fills with defaults, so both read
    // as they are; a format that changes meaning adds a migration step here.
    let mut progress: Progress = ron::from_str(text).map_err(damaged)?;
    progress.version = CURRENT_VERSION;
    progress.normalize();
    Ok(progress)
}

/// Why [`Store::read_only`] found no usable progress.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The progress file could not be read.
    #[error(transparent)]
    Io(StoreError),
    /// The progress file is damaged and there is no good backup.
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
}

/// Holds the data folder's lock for as long as it lives.
#[derive(Debug)]
pub struct DataLock {
    _file: File,
}

impl DataLock {
    /// Creates the folder if needed and takes its lock.
    ///
    /// # Errors
    /// [`StoreError::AlreadyOpen`] when another copy of the app holds it, or an I/O error.
    pub fn acquire(dir: &Path) -> Result<Self, StoreError> {
        fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
            path: dir.to_owned(),
            source,
        })?;
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| StoreError::Write {
                path: path.clone(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(fs::TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen(dir.to_owned())),
            Err(fs::TryLockError::Error(source)) => Err(StoreError::Write { path, source }),
        }
    }
}

/// The data folder: loading and atomic saving of progress.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// A store in `dir` (created when first saved to).
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The data folder.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
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

    /// Loads progress. Never fails and never overwrites: a damaged file is moved aside
    /// (its name stamped with `now`) and the backup used when it is good.
    #[must_use]
    pub fn load(&self, now: Timestamp) -> Loaded {
        let path = self.progress_path();
        let main = match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(source) => {
                log::error!("cannot read the progress file: {source}");
                return Loaded {
                    progress: Progress::default(),
                    event: LoadEvent::Unreadable(StoreError::Read { path, source }),
                };
            }
        };
        let reason = match main.as_deref().map(decode) {
            Some(Ok(progress)) => {
                return Loaded {
                    progress,
                    event: LoadEvent::Loaded,
                };
            }
            Some(Err(reason)) => Some(reason),
            None => None,
        };
        let damaged = match &reason {
            Some(reason) => {
                log::warn!("the progress file cannot be used: {reason}");
                match self.move_aside(&path, now) {
                    Ok(moved) => Some(moved),
                    Err(source) => {
                        // Without moving it we cannot save without overwriting it: stop here.
                        return Loaded {
                            progress: Progress::default(),
                            event: LoadEvent::Unreadable(StoreError::Write { path, source }),
                        };
                    }
                }
            }
            None => None,
        };
        let backup_path = self.backup_path();
        let backup = match fs::read(&backup_path) {
            Ok(bytes) => Some(decode(&bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => Some(Err(DecodeError::Unreadable(e.kind().to_string()))),
        };
        match (backup, damaged, reason) {
            (Some(Ok(progress)), damaged, reason) => {
                log::info!("progress restored from the backup");
                Loaded {
                    progress,
                    event: LoadEvent::RestoredFromBackup { damaged, reason },
                }
            }
            (Some(Err(backup_reason)), damaged, reason) => {
                // A backup that cannot be used is kept aside too, never overwritten later.
                log::warn!("the backup cannot be used either: {backup_reason}");
                let moved = self.move_aside_as(&backup_path, "progress.backup.damaged", now);
                match (damaged, reason, moved) {
                    (Some(damaged), Some(reason), _) => Loaded {
                        progress: Progress::default(),
                        event: LoadEvent::StartedOver { damaged, reason },
                    },
                    (_, _, Ok(moved)) => Loaded {
                        progress: Progress::default(),
                        event: LoadEvent::StartedOver {
                            damaged: moved,
                            reason: backup_reason,
                        },
                    },
                    (_, _, Err(source)) => Loaded {
                        progress: Progress::default(),
                        event: LoadEvent::Unreadable(StoreError::Write {
                            path: backup_path,
                            source,
                        }),
                    },
                }
            }
            (None, Some(damaged), Some(reason)) => Loaded {
                progress: Progress::default(),
                event: LoadEvent::StartedOver { damaged, reason },
            },
            (None, _, _) => Loaded {
                progress: Progress::default(),
                event: LoadEvent::Fresh,
            },
        }
    }

    /// Reads the progress without changing anything on disk (for command-line exports, which
    /// may run beside an open window): the progress file, else a good backup, else nothing.
    ///
    /// # Errors
    /// When a progress file exists but neither it nor the backup can be used.
    pub fn read_only(&self) -> Result<Progress, ReadError> {
        let path = self.progress_path();
        let main = match fs::read(&path) {
            Ok(bytes) => Some(decode(&bytes).map_err(|reason| (path.clone(), reason))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(source) => return Err(ReadError::Io(StoreError::Read { path, source })),
        };
        match main {
            Some(Ok(progress)) => Ok(progress),
            None if !self.backup_path().exists() => Ok(Progress::default()),
            other => {
                let backup = fs::read(self.backup_path())
                    .ok()
                    .map(|bytes| decode(&bytes));
                match (backup, other) {
                    (Some(Ok(progress)), _) => Ok(progress),
                    (_, Some(Err((path, reason)))) => Err(ReadError::Damaged { path, reason }),
                    _ => Ok(Progress::default()),
                }
            }
        }
    }

    /// Removes temporary files left by a save that was cut short (a crash or power cut).
    /// Call only while holding the folder's lock, so no save of this app is under way.
    pub fn remove_leftovers(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') && name.ends_with(".tmp") {
                match fs::remove_file(entry.path()) {
                    Ok(()) => log::info!("removed the leftover {name}"),
                    Err(e) => log::warn!("cannot remove the leftover {name}: {e}"),
                }
            }
        }
    }

    /// Moves a damaged file to `progress.damaged-<time>.ron` beside it, never replacing a file.
    fn move_aside(&self, path: &Path, now: Timestamp) -> io::Result<PathBuf> {
        self.move_aside_as(path, "progress.damaged", now)
    }

    /// Moves `path` to `<stem>-<time>.ron` beside it, never replacing a file.
    fn move_aside_as(&self, path: &Path, stem: &str, now: Timestamp) -> io::Result<PathBuf> {
        let target = self.unused_name(stem, now);
        fs::rename(path, &target)?;
        Ok(target)
    }

    /// Saves `text` as the progress, first keeping `previous` (the last good save) as the backup.
    ///
    /// # Errors
    /// When the folder or a file cannot be written; the files on disk are then unchanged or hold
    /// the previous save, never a partial one.
    pub fn save(&self, text: &str, previous: Option<&str>) -> Result<(), StoreError> {
        fs::create_dir_all(&self.dir).map_err(|source| StoreError::CreateDir {
            path: self.dir.clone(),
            source,
        })?;
        if let Some(previous) = previous {
            let backup = self.backup_path();
            write_atomically(&backup, previous.as_bytes()).map_err(|source| StoreError::Write {
                path: backup,
                source,
            })?;
        }
        let path = self.progress_path();
        write_atomically(&path, text.as_bytes())
            .map_err(|source| StoreError::Write { path, source })
    }
}

impl Store {
    /// Writes `text` to `<stem>-<time>.ron` in the data folder, never replacing a file.
    ///
    /// # Errors
    /// When the folder or the file cannot be written.
    pub fn keep_copy(
        &self,
        kind: CopyKind,
        text: &str,
        at: Timestamp,
    ) -> Result<PathBuf, StoreError> {
        fs::create_dir_all(&self.dir).map_err(|source| StoreError::CreateDir {
            path: self.dir.clone(),
            source,
        })?;
        let path = self.unused_name(kind.file_stem(), at);
        write_atomically(&path, text.as_bytes()).map_err(|source| StoreError::Write {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    }

    /// `<stem>-<time>.ron` in the data folder, with a counter when that name is taken.
    fn unused_name(&self, stem: &str, at: Timestamp) -> PathBuf {
        let stamp = at.strftime("%Y%m%d-%H%M%S").to_string();
        let mut path = self.dir.join(format!("{stem}-{stamp}.ron"));
        let mut n = 1;
        while path.exists() {
            path = self.dir.join(format!("{stem}-{stamp}-{n}.ron"));
            n += 1;
        }
        path
    }
}

/// Replaces `path` with `bytes` so that a crash at any moment leaves either the old or the new
/// content: temporary file in the same folder, sync, rename, sync the folder.
///
/// # Errors
/// Any I/O error; the temporary file is removed and `path` left as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // A bare file name ("checklist.pdf") has an empty parent: the current folder.
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A name of its own for every write, so two writes to one file never share a temp file.
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let result = (|| {
        let mut file = private_file_options().open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        // Best effort: the temporary file is garbage now; failing to remove it changes nothing.
        let _ = fs::remove_file(&temp);
        return result;
    }
    // The new content is in place. Syncing the folder makes the rename itself durable; where
    // the file system refuses, the file is still written, so this is not a failure.
    if let Err(e) = sync_dir(dir) {
        log::warn!("the folder could not be synced after a save: {e}");
    }
    Ok(())
}

/// Options for a new file only the person can read (mode 0600 on Unix).
fn private_file_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file; NTFS journals the rename itself.
    Ok(())
}

/// A request to the saver thread.
enum Job {
    /// Save the text of the state at `revision` as the progress.
    Save { revision: u64, text: String },
    /// Keep `text` in a file of its own (before an import or a fresh start replaces it).
    KeepCopy {
        id: u64,
        kind: CopyKind,
        text: String,
        at: Timestamp,
    },
}

/// Why a copy of the progress is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyKind {
    /// Before an imported file replaces the progress.
    BeforeImport,
    /// Before the person starts over.
    BeforeStartOver,
    /// Before a save replaces progress that another copy of the app wrote meanwhile.
    BeforeOverwrite,
}

impl CopyKind {
    fn file_stem(self) -> &'static str {
        match self {
            Self::BeforeImport => "progress.before-import",
            Self::BeforeStartOver => "progress.before-start-over",
            Self::BeforeOverwrite => "progress.before-overwrite",
        }
    }
}

/// The saver thread's answer to one job.
#[derive(Debug)]
pub enum SaveReport {
    /// A save finished (or failed).
    Saved {
        /// The revision that was (or was not) saved.
        revision: u64,
        /// Whether it reached the disk.
        result: Result<(), StoreError>,
    },
    /// A copy was kept (or not).
    Copied {
        /// The id given with the request.
        id: u64,
        /// Where the copy is.
        result: Result<PathBuf, StoreError>,
    },
}

/// Saves progress on the `progress-saver` thread, so the window never waits for the disk.
///
/// The thread also holds the data folder's lock. When the lock could not be taken at start
/// (a read-only folder, say), it is taken before the first save that can be made.
pub struct Saver {
    jobs: Option<Sender<Job>>,
    reports: Receiver<SaveReport>,
    thread: Option<JoinHandle<()>>,
    /// Closed by the thread as it ends, so dropping the saver can wait a bounded time.
    ended: Receiver<()>,
}

/// How long dropping the saver waits for its thread (a hung disk must not keep the app alive).
const SAVER_END_TIMEOUT: Duration = Duration::from_secs(2);

impl Saver {
    /// Starts the saver thread for `store`; `last_saved` is the text currently on disk, if good.
    ///
    /// # Errors
    /// When the OS refuses to start a thread.
    pub fn spawn(
        store: Store,
        lock: Option<DataLock>,
        last_saved: Option<String>,
    ) -> io::Result<Self> {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (report_tx, reports) = mpsc::channel();
        let (ended_tx, ended) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("progress-saver".into())
            .spawn(move || {
                // Dropped when the thread ends, which the receiver sees as a disconnect.
                let _ended = ended_tx;
                let mut previous = last_saved;
                let mut lock = lock;
                while let Ok(job) = job_rx.recv() {
                    let report = match job {
                        Job::Save { revision, text } => {
                            let result = if previous.as_deref() == Some(text.as_str()) {
                                Ok(())
                            } else {
                                ensure_lock(&mut lock, &store, previous.as_deref())
                                    .and_then(|()| store.save(&text, previous.as_deref()))
                            };
                            match &result {
                                Ok(()) => previous = Some(text),
                                Err(e) => log::warn!("saving failed: {e}"),
                            }
                            SaveReport::Saved { revision, result }
                        }
                        Job::KeepCopy { id, kind, text, at } => {
                            let result = ensure_lock(&mut lock, &store, previous.as_deref())
                                .and_then(|()| store.keep_copy(kind, &text, at));
                            SaveReport::Copied { id, result }
                        }
                    };
                    if report_tx.send(report).is_err() {
                        break;
                    }
                }
            })?;
        Ok(Self {
            jobs: Some(jobs),
            reports,
            thread: Some(thread),
            ended,
        })
    }

    fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs
            && jobs.send(job).is_err()
        {
            log::error!("the saver thread has stopped");
        }
    }

    /// Asks for `text` (the state at `revision`) to be saved.
    pub fn request(&self, revision: u64, text: String) {
        self.send(Job::Save { revision, text });
    }

    /// Asks for `text` to be kept in a file of its own; the report carries `id`.
    pub fn keep_copy(&self, id: u64, kind: CopyKind, text: String, at: Timestamp) {
        self.send(Job::KeepCopy { id, kind, text, at });
    }

    /// Reports of finished jobs, without waiting.
    pub fn finished(&self) -> Vec<SaveReport> {
        self.reports.try_iter().collect()
    }

    /// Waits up to `timeout` for the save of `revision` (or a later one) to finish; other
    /// reports that arrive meanwhile are dropped.
    pub fn wait_for(&self, revision: u64, timeout: Duration) -> Option<Result<(), StoreError>> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.reports.recv_timeout(left) {
                Ok(SaveReport::Saved {
                    revision: saved,
                    result,
                }) if saved >= revision => {
                    return Some(result);
                }
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return None,
            }
        }
    }
}

/// Takes the folder's lock if this process does not hold it yet. When it takes it now (it
/// could not at start), another copy of the app may have saved meanwhile: what is on disk and
/// differs from `previous` is kept in a file of its own before this save replaces it.
fn ensure_lock(
    lock: &mut Option<DataLock>,
    store: &Store,
    previous: Option<&str>,
) -> Result<(), StoreError> {
    if lock.is_some() {
        return Ok(());
    }
    *lock = Some(DataLock::acquire(store.dir())?);
    if let Ok(on_disk) = fs::read_to_string(store.progress_path())
        && Some(on_disk.as_str()) != previous
    {
        let kept = store.keep_copy(CopyKind::BeforeOverwrite, &on_disk, Timestamp::now())?;
        log::info!(
            "kept the progress another copy saved: {}",
            kept.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
    }
    Ok(())
}

impl Drop for Saver {
    fn drop(&mut self) {
        // Closing the channel ends the thread after its current job. Wait for that, but not
        // forever: every save is atomic, so a write cut short at exit leaves the old file.
        self.jobs = None;
        let ended = matches!(
            self.ended.recv_timeout(SAVER_END_TIMEOUT),
            Err(RecvTimeoutError::Disconnected)
        );
        if let Some(thread) = self.thread.take() {
            if ended {
                let _ = thread.join();
            } else {
                log::error!("the saver thread did not end in time; leaving it");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Action, StepOutcome};

    fn now() -> Timestamp {
        "2026-11-25T08:00:00Z".parse().expect("valid")
    }

    fn sample() -> Progress {
        let mut p = Progress::default();
        p.apply(
            Action::StepMarked {
                step: "network-mobile-data".into(),
                outcome: StepOutcome::NoChange,
            },
            now(),
        );
        p.apply(
            Action::NoteEdited {
                step: "network-mobile-data".into(),
                text: "docomo 回線でも同じ".into(),
            },
            now(),
        );
        p
    }

    #[test]
    fn encode_then_decode_gives_the_same_progress() {
        let p = sample();
        assert_eq!(decode(encode(&p).as_bytes()), Ok(p));
    }

    #[test]
    fn newer_format_is_refused() {
        let text = encode(&Progress::default()).replacen("version: 2", "version: 99", 1);
        assert_eq!(decode(text.as_bytes()), Err(DecodeError::Newer(99)));
    }

    #[test]
    fn save_then_load_round_trips_and_keeps_a_backup() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        let first = encode(&Progress::default());
        let second = encode(&sample());
        store.save(&first, None).expect("saved");
        store.save(&second, Some(&first)).expect("saved");
        let loaded = store.load(now());
        assert!(matches!(loaded.event, LoadEvent::Loaded));
        assert_eq!(loaded.progress, sample());
        assert_eq!(
            fs::read_to_string(store.backup_path()).expect("backup"),
            first
        );
    }

    #[test]
    fn damaged_file_is_moved_aside_and_the_backup_used() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        let good = encode(&sample());
        store.save(&good, Some(&good)).expect("saved");
        const TRUNCATED: &[u8] = b"(version: 1, steps: {\"x\": (outc";
        fs::write(store.progress_path(), TRUNCATED).expect("write");
        let loaded = store.load(now());
        let LoadEvent::RestoredFromBackup {
            damaged: Some(damaged),
            reason: Some(_),
        } = loaded.event
        else {
            panic!("expected a restore from the backup, got {:?}", loaded.event);
        };
        assert_eq!(loaded.progress, sample());
        assert_eq!(fs::read(&damaged).expect("damaged copy kept"), TRUNCATED);
        assert!(
            damaged
                .file_name()
                .is_some_and(|n| n.to_string_lossy().contains("20261125"))
        );
    }

    #[test]
    fn damaged_file_without_backup_starts_over_but_keeps_the_bytes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        fs::write(store.progress_path(), [0xff, 0xfe, 0x00]).expect("write");
        let loaded = store.load(now());
        let LoadEvent::StartedOver { damaged, reason } = loaded.event else {
            panic!("expected a fresh start, got {:?}", loaded.event);
        };
        assert_eq!(reason, DecodeError::NotText);
        assert_eq!(fs::read(damaged).expect("kept"), [0xff, 0xfe, 0x00]);
        assert!(!store.progress_path().exists());
    }

    #[cfg(unix)]
    #[test]
    fn saved_files_are_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        store
            .save("(version: 1)", Some("(version: 1)"))
            .expect("saved");
        for path in [store.progress_path(), store.backup_path()] {
            let mode = fs::metadata(&path).expect("exists").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", path.display());
        }
    }

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

    #[test]
    fn saver_thread_saves_the_newest_text() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        let saver = Saver::spawn(store.clone(), None, None).expect("thread");
        saver.request(1, encode(&Progress::default()));
        saver.request(2, encode(&sample()));
        let result = saver
            .wait_for(2, Duration::from_secs(10))
            .expect("saved in time");
        assert!(result.is_ok());
        assert_eq!(store.load(now()).progress, sample());
    }

    #[test]
    fn saver_thread_keeps_copies_under_new_names() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        let saver = Saver::spawn(store, None, None).expect("thread");
        for id in [1, 2] {
            saver.keep_copy(id, CopyKind::BeforeStartOver, encode(&sample()), now());
        }
        let mut paths = Vec::new();
        while paths.len() < 2 {
            std::thread::sleep(Duration::from_millis(5));
            for report in saver.finished() {
                if let SaveReport::Copied { result, .. } = report {
                    paths.push(result.expect("copied"));
                }
            }
        }
        assert_ne!(paths[0], paths[1], "a second copy never replaces the first");
        for path in paths {
            assert_eq!(
                decode(&fs::read(path).expect("kept")).expect("valid"),
                sample()
            );
        }
    }
}
