//! When the window must look at the clock again: only when a shown value changes (a minute of
//! "time left" ticks over, or a wait falls due), never every frame.

use std::time::Duration;

use jiff::Timestamp;

use crate::progress::Progress;

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
mod tests {
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
