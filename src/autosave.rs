//! When to save: a short while after the last change, never while nothing changes, again later
//! when saving failed, and once more (waiting, bounded) when the window closes.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::progress::Progress;
use crate::store::{self, CopyKind, DataLock, SaveReport, Saver, Store, StoreError};

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
    revision: u64,
    requested: u64,
    saved: u64,
    last_change: Instant,
    retry_at: Option<Instant>,
    error: Option<StoreError>,
    next_copy_id: u64,
    /// Whether the exit save was already tried (`on_exit`, then `Drop`, must not wait twice).
    flushed: bool,
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
    ) -> Self {
        let saver = if writable {
            Saver::spawn(store, lock, last_saved)
                .inspect_err(|e| log::error!("cannot start the saver thread: {e}"))
                .ok()
        } else {
            None
        };
        Self {
            saver,
            revision: 0,
            requested: 0,
            saved: 0,
            last_change: Instant::now(),
            retry_at: None,
            error: None,
            next_copy_id: 0,
            flushed: false,
        }
    }

    /// Notes that the progress changed.
    pub fn changed(&mut self) {
        self.revision += 1;
        self.last_change = Instant::now();
    }

    /// Whether some change has not reached the disk yet.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.saved < self.revision
    }

    /// Whether closing now would lose changes: something is unsaved and saving fails or is
    /// off.
    #[must_use]
    pub fn would_lose_changes(&self) -> bool {
        self.is_dirty() && (self.error.is_some() || self.saver.is_none())
    }

    /// Whether saving is possible at all this session.
    #[must_use]
    pub fn can_save(&self) -> bool {
        self.saver.is_some()
    }

    /// The last save's failure, while saving fails.
    #[must_use]
    pub fn error(&self) -> Option<&StoreError> {
        self.error.as_ref()
    }

    /// Collects finished jobs and sends a save once changes have settled. Returns the copies
    /// that finished, and how soon to look again if something is pending.
    pub fn tick(&mut self, progress: &Progress) -> (Vec<CopyKept>, Option<Duration>) {
        let Some(saver) = &self.saver else {
            return (Vec::new(), None);
        };
        let mut copies = Vec::new();
        for report in saver.finished() {
            match report {
                SaveReport::Saved {
                    revision,
                    result: Ok(()),
                } => {
                    self.saved = self.saved.max(revision);
                    self.error = None;
                    self.retry_at = None;
                }
                SaveReport::Saved { result: Err(e), .. } => {
                    self.error = Some(e);
                    self.retry_at = Some(Instant::now() + SAVE_RETRY);
                    // The next attempt resends the current state.
                    self.requested = self.saved;
                }
                SaveReport::Copied { id, result } => copies.push(CopyKept { id, result }),
            }
        }
        if !self.is_dirty() {
            return (copies, None);
        }
        let now = Instant::now();
        let settled = self.last_change + SAVE_DELAY;
        let due = self.retry_at.map_or(settled, |retry| retry.max(settled));
        if self.requested < self.revision && now >= due {
            saver.request(self.revision, store::encode(progress));
            self.requested = self.revision;
        }
        // Look again when the save is due, or soon to collect its report.
        let wait = due
            .saturating_duration_since(now)
            .max(Duration::from_millis(50));
        (copies, Some(wait))
    }

    /// Asks for a copy of `progress` to be kept; returns the id its [`CopyKept`] will carry,
    /// or `None` when nothing can be written this session.
    pub fn keep_copy(&mut self, kind: CopyKind, progress: &Progress, at: Timestamp) -> Option<u64> {
        let saver = self.saver.as_ref()?;
        self.next_copy_id += 1;
        saver.keep_copy(self.next_copy_id, kind, store::encode(progress), at);
        Some(self.next_copy_id)
    }

    /// Saves now and waits (bounded) for it: for closing the window. Only the first call
    /// waits.
    pub fn flush(&mut self, progress: &Progress) {
        let Some(saver) = &self.saver else { return };
        if !self.is_dirty() || self.flushed {
            return;
        }
        self.flushed = true;
        saver.request(self.revision, store::encode(progress));
        match saver.wait_for(self.revision, EXIT_SAVE_TIMEOUT) {
            Some(Ok(())) => self.saved = self.revision,
            Some(Err(e)) => log::error!("the last save failed: {e}"),
            None => log::error!("the last save did not finish in time"),
        }
    }

    /// Tries a failed save again at once (the person pressed the button).
    pub fn retry_now(&mut self) {
        self.retry_at = None;
        self.requested = self.saved;
        self.last_change = Instant::now()
            .checked_sub(SAVE_DELAY)
            .unwrap_or_else(Instant::now);
    }
}
