//! Waits the person started: the timer record and the questions asked of the running and
//! finished timers.

use std::time::Duration;

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

/// When the window must look at the clock again: only when a shown value changes (a minute
/// of "time left" ticks over, or a wait falls due), never every frame.
/// How long until something about the timers on screen changes, if anything runs.
#[must_use]
pub fn next_change(progress: &Progress, now: Timestamp) -> Option<Duration> {
    progress
        .running_timers(now)
        .iter()
        .map(|timer| {
            let left = timer.due.duration_since(now);
            let left = Duration::try_from(left).unwrap_or_default();
            // The display shows whole minutes (rounded up): it changes when the time left
            // crosses the next whole minute, and when the wait is over.
            let within_minute =
                Duration::from_nanos(u64::try_from(left.as_nanos() % 60_000_000_000).unwrap_or(0));
            if within_minute.is_zero() {
                Duration::from_secs(60).min(left)
            } else {
                within_minute
            }
        })
        .min()
}

#[cfg(test)]
mod next_change_tests {
    use super::*;
    use crate::progress::Action;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(seconds).expect("valid")
    }

    #[test]
    fn nothing_running_means_no_repaint() {
        assert_eq!(next_change(&Progress::default(), at(0)), None);
    }

    #[test]
    fn the_next_repaint_is_when_the_minute_ticks_over() {
        let mut p = Progress::default();
        p.apply(
            Action::TimerStarted {
                wait: "new-code".into(),
                step: None,
                minutes: 15,
            },
            at(0),
        );
        // 14 min 30 s left: shown as 15 minutes until 14:00 left, in 30 s.
        assert_eq!(next_change(&p, at(30)), Some(Duration::from_secs(30)));
        // Exactly 14 minutes left: the next change is a full minute away.
        assert_eq!(next_change(&p, at(60)), Some(Duration::from_secs(60)));
        // Never sooner than needed, and nothing once it is over.
        assert_eq!(
            next_change(&p, at(15 * 60 - 1)),
            Some(Duration::from_secs(1))
        );
        assert_eq!(next_change(&p, at(15 * 60)), None);
    }
}
