//! Waits the person started: the timer record and the questions asked of the running and
//! finished timers.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Progress;

/// A wait the person started: when it began, when it is over, and for which step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// Stable id within this progress.
    pub id: u64,
    /// The knowledge base's wait.
    pub wait: String,
    /// The step it belongs to, if started from one.
    pub step: Option<String>,
    /// When it started.
    pub started: Timestamp,
    /// When it is over.
    pub due: Timestamp,
    /// Whether the person closed it after it was over (or cancelled it).
    pub dismissed: bool,
    /// When it was closed; `None` while open, and for timers closed by older versions.
    #[serde(default)]
    pub dismissed_at: Option<Timestamp>,
}

impl Timer {
    /// Whether the wait is over and not yet dismissed.
    #[must_use]
    pub fn is_due(&self, now: Timestamp) -> bool {
        !self.dismissed && now >= self.due
    }

    /// Whether the wait is still running.
    #[must_use]
    pub fn is_running(&self, now: Timestamp) -> bool {
        !self.dismissed && now < self.due
    }

    /// Whether the person waited it out: it is over, and was not cancelled before its end.
    #[must_use]
    pub fn is_waited(&self, now: Timestamp) -> bool {
        now >= self.due
            && match (self.dismissed, self.dismissed_at) {
                (false, _) => true,
                (true, Some(at)) => at >= self.due,
                // Closed by an older version, which did not say when: it may have been cancelled.
                (true, None) => false,
            }
    }
}

impl Progress {
    /// Whether the person waited out a timer started from `step` (see [`Timer::is_waited`]).
    #[must_use]
    pub fn waited(&self, step: &str, now: Timestamp) -> bool {
        self.timers
            .iter()
            .any(|t| t.step.as_deref() == Some(step) && t.is_waited(now))
    }

    /// The running timer started from `step`, if any.
    #[must_use]
    pub fn running_timer(&self, step: &str, now: Timestamp) -> Option<&Timer> {
        self.timers
            .iter()
            .filter(|t| t.step.as_deref() == Some(step) && t.is_running(now))
            .min_by_key(|t| t.due)
    }

    /// Timers that are over and not dismissed, oldest first.
    pub fn due_timers(&self, now: Timestamp) -> impl Iterator<Item = &Timer> {
        self.timers.iter().filter(move |t| t.is_due(now))
    }

    /// Timers still running, soonest first.
    #[must_use]
    pub fn running_timers(&self, now: Timestamp) -> Vec<&Timer> {
        let mut running: Vec<&Timer> = self.timers.iter().filter(|t| t.is_running(now)).collect();
        running.sort_by_key(|t| t.due);
        running
    }
}
