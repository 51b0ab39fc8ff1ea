//! The time source, injectable so that tests can move the clock (timers, stamps, file names).

use std::sync::{Arc, Mutex, PoisonError};

use jiff::{SignedDuration, Timestamp};

/// Tells the current time.
pub trait Clock: Send + Sync {
    /// The current time.
    fn now(&self) -> Timestamp;
}

/// The computer's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// The moment tests, screen fixtures and benchmarks start at: one home for it, so that their
/// times line up (a Wednesday, 17:00 in Japan).
pub const TEST_START: &str = "2026-11-25T08:00:00Z";

/// [`TEST_START`] as a time.
#[must_use]
pub fn test_start() -> Timestamp {
    TEST_START.parse().unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A clock that stands still until moved; shared between a test and the app it drives.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<Mutex<Timestamp>>,
}

impl ManualClock {
    /// A clock showing `start`.
    #[must_use]
    pub fn new(start: Timestamp) -> Self {
        Self {
            now: Arc::new(Mutex::new(start)),
        }
    }

    /// Moves the clock forward (or back, with a negative duration).
    pub fn advance(&self, by: SignedDuration) {
        let mut now = self.now.lock().unwrap_or_else(PoisonError::into_inner);
        *now = now.saturating_add(by).unwrap_or(*now);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
