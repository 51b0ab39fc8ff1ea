//! When to save: a short while after the last change, never while nothing changes, again later
//! when saving failed, and once more (waiting, bounded) when the window closes. Time comes from
//! the app's [`Clock`], so tests move it instead of waiting.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};

use crate::clock::Clock;
use crate::progress::Progress;
use crate::store::{CopyKind, DataLock, SaveReport, Saver, Store, StoreError};

/// How long after the last change the app waits before saving, so typing a note saves once.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);
/// How long closing the window may wait for the last save.
pub const EXIT_SAVE_TIMEOUT: Duration = Duration::from_secs(3);
/// How soon a failed save is tried again.
pub const SAVE_RETRY: Duration = Duration::from_secs(15);

/// A finished request to keep a copy of the progress.
#[derive(Debug)]
pub struct CopyKept {
    /// The id the request was made with.
    pub id: u64,
    /// Where the copy is, or why there is none.
    pub result: Result<PathBuf, StoreError>,
}

/// Which revision of the progress is on disk, and what went wrong if it is not.
pub struct Autosave {
    saver: Option<Saver>,
    /// Held when saving is off (the progress file could not be read), so that a second copy
    /// of the app still cannot open the folder meanwhile.
    idle_lock: Option<DataLock>,
    clock: Arc<dyn Clock>,
    revision: u64,
    requested: u64,
    saved: u64,
    last_change: Timestamp,
    retry_at: Option<Timestamp>,
    error: Option<StoreError>,
    /// The save asked for at closing did not finish in time.
    exit_save_late: bool,
    next_copy_id: u64,
    /// Whether the exit save was already tried (`on_exit`, then `Drop`, must not wait twice).
    flushed: bool,
    /// Another copy's progress kept before this one saved over it, not shown yet.
    kept_others: Vec<PathBuf>,
}

fn after(at: Timestamp, by: Duration) -> Timestamp {
    let by = SignedDuration::try_from(by).unwrap_or(SignedDuration::MAX);
    at.saturating_add(by).unwrap_or(at)
}

impl Autosave {
    /// Autosave to `store`. `writable` is false when the progress file could not be read, so
    /// that nothing is written over it. `last_saved` is the good text on disk, if any.
    #[must_use]
    pub fn new(
        store: Store,
        lock: Option<DataLock>,
        writable: bool,
        last_saved: Option<String>,
        clock: Arc<dyn Clock>,
    ) -> Self {
        let (saver, idle_lock) = if writable {
            let saver = Saver::spawn(store, lock, last_saved, clock.clone())
                .inspect_err(|e| log::error!("cannot start the saver thread: {e}"))
                .ok();
            (saver, None)
        } else {
            (None, lock)
        };
        Self {
            saver,
            idle_lock,
            last_change: clock.now(),
            clock,
            revision: 0,
            requested: 0,
            saved: 0,
            retry_at: None,
            error: None,
            exit_save_late: false,
            next_copy_id: 0,
            flushed: false,
            kept_others: Vec::new(),
        }
    }

    /// Notes that the progress changed.
    pub fn changed(&mut self) {
        self.revision += 1;
        self.last_change = self.clock.now();
    }

    /// Whether some change has not reached the disk yet.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.saved < self.revision
    }

    /// Whether closing now would lose changes: something is unsaved and saving fails, is off,
    /// or did not finish in time when the window was closed.
    #[must_use]
    pub fn would_lose_changes(&self) -> bool {
        self.is_dirty() && (self.error.is_some() || self.saver.is_none() || self.exit_save_late)
    }

    /// Whether saving is possible at all this session.
    #[must_use]
    pub fn can_save(&self) -> bool {
        self.saver.is_some()
    }

    /// Whether the folder's lock is held while saving is off.
    #[must_use]
    pub fn holds_idle_lock(&self) -> bool {
        self.idle_lock.is_some()
    }

    /// The last save's failure, while saving fails.
    #[must_use]
    pub fn error(&self) -> Option<&StoreError> {
        self.error.as_ref()
    }

    fn absorb(&mut self, report: SaveReport, copies: &mut Vec<CopyKept>) {
        match report {
            SaveReport::Saved {
                revision,
                result: Ok(()),
            } => {
                self.saved = self.saved.max(revision);
                self.error = None;
                self.retry_at = None;
                self.exit_save_late = false;
            }
            SaveReport::Saved { result: Err(e), .. } => {
                self.error = Some(e);
                self.retry_at = Some(after(self.clock.now(), SAVE_RETRY));
                // The next attempt resends the current state.
                self.requested = self.saved;
            }
            SaveReport::Copied { id, result } => copies.push(CopyKept { id, result }),
            SaveReport::KeptOtherCopys(path) => self.kept_others.push(path),
        }
    }

    /// Where another copy's progress was kept (on taking the lock late) since last asked.
    pub fn take_kept_others(&mut self) -> Vec<PathBuf> {
        std::mem::take(&mut self.kept_others)
    }

    /// Collects finished jobs and sends a save once changes have settled (the saver thread
    /// encodes and writes it). Returns the copies that finished, and how soon to look again
    /// if something is pending.
    pub fn tick(&mut self, progress: &Progress) -> (Vec<CopyKept>, Option<Duration>) {
        let Some(saver) = &self.saver else {
            return (Vec::new(), None);
        };
        let mut copies = Vec::new();
        for report in saver.finished() {
            self.absorb(report, &mut copies);
        }
        if !self.is_dirty() {
            return (copies, None);
        }
        let now = self.clock.now();
        let settled = after(self.last_change, SAVE_DELAY);
        let due = self.retry_at.map_or(settled, |retry| retry.max(settled));
        if self.requested < self.revision
            && now >= due
            && let Some(saver) = &self.saver
        {
            saver.request(self.revision, progress.clone());
            self.requested = self.revision;
        }
        // Look again when the save is due, or soon to collect its report.
        let wait = Duration::try_from(due.duration_since(now))
            .unwrap_or_default()
            .max(Duration::from_millis(50));
        (copies, Some(wait))
    }

    /// Asks for a copy of `progress` to be kept; returns the id its [`CopyKept`] will carry,
    /// or `None` when nothing can be written this session.
    pub fn keep_copy(&mut self, kind: CopyKind, progress: &Progress, at: Timestamp) -> Option<u64> {
        let saver = self.saver.as_ref()?;
        self.next_copy_id += 1;
        saver.keep_copy(self.next_copy_id, kind, progress.clone(), at);
        Some(self.next_copy_id)
    }

    /// Saves now and waits (up to [`EXIT_SAVE_TIMEOUT`]) for it: for a close request. True
    /// when every change is on disk; otherwise [`Autosave::would_lose_changes`] says so.
    pub fn flush(&mut self, progress: &Progress) -> bool {
        let Some(saver) = &self.saver else {
            return !self.is_dirty();
        };
        if !self.is_dirty() {
            return true;
        }
        saver.request(self.revision, progress.clone());
        self.requested = self.revision;
        let revision = self.revision;
        let (result, others) = saver.wait_for(revision, EXIT_SAVE_TIMEOUT);
        let mut copies = Vec::new();
        for report in others {
            self.absorb(report, &mut copies);
        }
        for copy in copies {
            log::info!("a copy finished while closing: {}", copy.result.is_ok());
        }
        match result {
            Some(result) => self.absorb(SaveReport::Saved { revision, result }, &mut Vec::new()),
            None => {
                log::error!("the last save did not finish in time");
                self.exit_save_late = true;
            }
        }
        !self.is_dirty()
    }

    /// The last save as the app ends: like [`Autosave::flush`], but only the first call waits.
    pub fn flush_at_exit(&mut self, progress: &Progress) {
        if self.flushed {
            return;
        }
        self.flushed = true;
        if !self.flush(progress) {
            log::error!("changes made just before closing could not be saved");
        }
    }

    /// Writes a small file of the app's own (`window.ron`) atomically on the saver thread; not
    /// at all while saving is off.
    pub fn write_file(&self, path: PathBuf, bytes: Vec<u8>) {
        if let Some(saver) = &self.saver {
            saver.write_file(path, bytes);
        }
    }

    /// Tells the saver what the progress file holds as loaded (encoded on its thread, not
    /// here), so that saving an unchanged state writes nothing.
    pub fn baseline(&self, progress: &Progress) {
        if let Some(saver) = &self.saver {
            saver.baseline(progress.clone());
        }
    }

    /// Tries a failed save again at once (the person pressed the button).
    pub fn retry_now(&mut self) {
        self.retry_at = None;
        self.requested = self.saved;
        self.last_change = self
            .clock
            .now()
            .checked_sub(SignedDuration::try_from(SAVE_DELAY).unwrap_or_default())
            .unwrap_or_else(|_| self.clock.now());
    }
}

#[cfg(test)]
mod tests;
