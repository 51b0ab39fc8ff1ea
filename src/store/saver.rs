//! The `progress-saver` thread: encodes and writes progress, keeps copies, and holds the data
//! folder's lock, so the window never waits for the disk.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use jiff::Timestamp;

use super::atomic::{MAX_FILE_BYTES, ReadFault};
use super::encoding::encode;
use super::{DataLock, Store, StoreError};
use crate::clock::Clock;
use crate::progress::Progress;

/// A request to the saver thread.
enum Job {
    /// Save the state at `revision` as the progress.
    Save {
        revision: u64,
        progress: Box<Progress>,
    },
    /// Keep `progress` in a file of its own (before an import or a fresh start replaces it).
    KeepCopy {
        id: u64,
        kind: CopyKind,
        progress: Box<Progress>,
        at: Timestamp,
    },
    /// Write a small file of the app's own (`window.ron`) atomically; no report.
    File { path: PathBuf, bytes: Vec<u8> },
    /// The progress on disk, as loaded: encoded here, not on the window's thread, to tell
    /// later saves that change nothing.
    Baseline(Box<Progress>),
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
    pub(super) fn file_stem(self) -> &'static str {
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
    /// On taking the lock late, progress another copy of the app had saved meanwhile was kept
    /// under this name before this copy saved over it; the person is told.
    KeptOtherCopys(PathBuf),
    /// A copy was kept (or not).
    Copied {
        /// The id given with the request.
        id: u64,
        /// Where the copy is.
        result: Result<PathBuf, StoreError>,
    },
}

/// Saves progress on the `progress-saver` thread.
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

/// What the saver thread works with.
struct Worker {
    store: Store,
    lock: Option<DataLock>,
    /// The text on disk as far as this process knows (the last good save).
    previous: Option<Vec<u8>>,
    clock: Arc<dyn Clock>,
    /// Set when the lock was lost: the folder, and no more writes.
    lost: Option<PathBuf>,
    /// Another copy's progress kept on taking the lock late, not reported yet.
    kept_others: Option<PathBuf>,
}

impl Worker {
    fn save(&mut self, progress: &Progress) -> Result<(), StoreError> {
        let text = encode(progress).into_bytes();
        if self.previous.as_deref() == Some(text.as_slice()) {
            return Ok(());
        }
        self.ensure_lock()?;
        self.check_lock()?;
        self.store.save(&text, self.previous.as_deref())?;
        self.previous = Some(text);
        Ok(())
    }

    fn keep_copy(
        &mut self,
        kind: CopyKind,
        progress: &Progress,
        at: Timestamp,
    ) -> Result<PathBuf, StoreError> {
        self.ensure_lock()?;
        self.check_lock()?;
        self.store.keep_copy(kind, encode(progress).as_bytes(), at)
    }

    /// Before every write: the lock must still be the file on disk. Once it is lost, this copy
    /// never writes again (another copy may hold the folder now); the person is told.
    fn check_lock(&mut self) -> Result<(), StoreError> {
        if let Some(lost) = &self.lost {
            return Err(StoreError::LockLost(lost.clone()));
        }
        if let Some(lock) = &self.lock
            && let Err(e) = lock.check()
        {
            log::error!("{e}; saving stops");
            self.lost = Some(e.path().to_owned());
            return Err(e);
        }
        Ok(())
    }

    /// Takes the folder's lock if this process does not hold it yet. When it takes it now (it
    /// could not at start), another copy of the app may have saved meanwhile: what is on disk
    /// and differs from `previous` is kept in a file of its own, and becomes the backup, before
    /// this save replaces it. The lock counts as held only once that copy is safe, so a failed
    /// copy is tried again with the next save instead of being skipped.
    fn ensure_lock(&mut self) -> Result<(), StoreError> {
        if self.lock.is_some() {
            return Ok(());
        }
        let lock = DataLock::acquire(self.store.dir())?;
        let path = self.store.progress_path();
        match self.store.fs().read(&path, MAX_FILE_BYTES) {
            Ok(on_disk) if Some(on_disk.as_slice()) != self.previous.as_deref() => {
                let kept =
                    self.store
                        .keep_copy(CopyKind::BeforeOverwrite, &on_disk, self.clock.now())?;
                log::info!(
                    "kept the progress another copy saved: {}",
                    kept.file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default()
                );
                self.previous = Some(on_disk);
                self.kept_others = Some(kept);
            }
            Ok(_) | Err(ReadFault::Missing) => {}
            Err(ReadFault::TooLarge(size)) => {
                return Err(StoreError::TooLarge { path, size });
            }
            Err(ReadFault::NotAFile) => return Err(StoreError::NotAFile(path)),
            Err(ReadFault::Io(source)) => return Err(StoreError::Read { path, source }),
        }
        self.lock = Some(lock);
        Ok(())
    }
}

impl Saver {
    /// Starts the saver thread for `store`; `last_saved` is the text currently on disk, if good.
    ///
    /// # Errors
    /// When the OS refuses to start a thread.
    pub fn spawn(
        store: Store,
        lock: Option<DataLock>,
        last_saved: Option<String>,
        clock: Arc<dyn Clock>,
    ) -> std::io::Result<Self> {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (report_tx, reports) = mpsc::channel();
        let (ended_tx, ended) = mpsc::channel::<()>();
        let mut worker = Worker {
            store,
            lock,
            previous: last_saved.map(String::into_bytes),
            clock,
            lost: None,
            kept_others: None,
        };
        let thread = std::thread::Builder::new()
            .name("progress-saver".into())
            .spawn(move || {
                // Dropped when the thread ends, which the receiver sees as a disconnect.
                let _ended = ended_tx;
                while let Ok(mut job) = job_rx.recv() {
                    // Only the newest of several queued saves matters.
                    while let Job::Save { .. } = job {
                        match job_rx.try_recv() {
                            Ok(next @ Job::Save { .. }) => job = next,
                            Ok(other) => {
                                run(&mut worker, job, &report_tx);
                                job = other;
                            }
                            Err(_) => break,
                        }
                    }
                    if !run(&mut worker, job, &report_tx) {
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

    /// Asks for `progress` (the state at `revision`) to be encoded and saved.
    pub fn request(&self, revision: u64, progress: Progress) {
        self.send(Job::Save {
            revision,
            progress: Box::new(progress),
        });
    }

    /// Asks for `progress` to be kept in a file of its own; the report carries `id`.
    pub fn keep_copy(&self, id: u64, kind: CopyKind, progress: Progress, at: Timestamp) {
        self.send(Job::KeepCopy {
            id,
            kind,
            progress: Box::new(progress),
            at,
        });
    }

    /// Tells the thread that `progress` is what the progress file holds (as loaded at start);
    /// it is encoded on the thread.
    pub fn baseline(&self, progress: Progress) {
        self.send(Job::Baseline(Box::new(progress)));
    }

    /// Asks for `bytes` to be written atomically to `path` (a settings file of the app's own).
    pub fn write_file(&self, path: PathBuf, bytes: Vec<u8>) {
        self.send(Job::File { path, bytes });
    }

    /// Reports of finished jobs, without waiting.
    pub fn finished(&self) -> Vec<SaveReport> {
        self.reports.try_iter().collect()
    }

    /// Waits up to `timeout` for the save of `revision` (or a later one) to finish; other
    /// reports that arrive meanwhile are returned beside it.
    pub fn wait_for(
        &self,
        revision: u64,
        timeout: Duration,
    ) -> (Option<Result<(), StoreError>>, Vec<SaveReport>) {
        let deadline = Instant::now() + timeout;
        let mut others = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.reports.recv_timeout(left) {
                Ok(SaveReport::Saved {
                    revision: saved,
                    result,
                }) if saved >= revision => {
                    return (Some(result), others);
                }
                Ok(other) => others.push(other),
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    return (None, others);
                }
            }
        }
    }
}

/// Runs one job and sends its report; false when nobody listens any more.
fn run(worker: &mut Worker, job: Job, reports: &Sender<SaveReport>) -> bool {
    let listening = run_job(worker, job, reports);
    if let Some(kept) = worker.kept_others.take() {
        return reports.send(SaveReport::KeptOtherCopys(kept)).is_ok() && listening;
    }
    listening
}

fn run_job(worker: &mut Worker, job: Job, reports: &Sender<SaveReport>) -> bool {
    let report = match job {
        Job::Save { revision, progress } => {
            let result = worker.save(&progress);
            if let Err(e) = &result {
                log::warn!("saving failed: {e}");
            }
            SaveReport::Saved { revision, result }
        }
        Job::KeepCopy {
            id,
            kind,
            progress,
            at,
        } => SaveReport::Copied {
            id,
            result: worker.keep_copy(kind, &progress, at),
        },
        Job::Baseline(progress) => {
            worker.previous = Some(encode(&progress).into_bytes());
            return true;
        }
        Job::File { path, bytes } => {
            if let Err(e) = worker.check_lock() {
                log::warn!("a settings file was not written: {e}");
                return true;
            }
            if let Err(e) = super::atomic::write_atomically(worker.store.fs(), &path, &bytes) {
                log::warn!("a settings file could not be written: {e}");
            }
            return true;
        }
    };
    reports.send(report).is_ok()
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
