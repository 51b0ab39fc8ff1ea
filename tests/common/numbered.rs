//! Numbered progress: states that can be told apart after a crash or a damaged file, for the
//! store's tests (`tests/system/store_faults.rs`, `tests/system/crash_consistency.rs`).

#![allow(
    dead_code,
    reason = "each test file uses a different subset of the helpers"
)]

use jiff::Timestamp;
use signin_rescue::progress::{Action, Progress, StepOutcome};

/// The time the tests' saves and loads happen at.
pub fn now() -> Timestamp {
    signin_rescue::clock::test_start()
}

/// A progress whose note says `n`, so each saved state can be told apart; its size grows with
/// `n % 50`, and its outcome alternates.
pub fn numbered(n: u64) -> Progress {
    let mut p = Progress::default();
    p.apply(
        Action::StepMarked {
            step: "network-mobile-data".into(),
            outcome: if n.is_multiple_of(2) {
                StepOutcome::NoChange
            } else {
                StepOutcome::Skipped
            },
        },
        now(),
    );
    p.apply(
        Action::NoteEdited {
            step: "network-mobile-data".into(),
            text: format!(
                "試行 {n}: {}",
                "長めのメモ。".repeat(usize::try_from(n % 50).unwrap_or(0))
            ),
        },
        now(),
    );
    p
}

/// The `n` of a [`numbered`] progress.
pub fn number_of(progress: &Progress) -> Option<u64> {
    progress
        .note("network-mobile-data")
        .strip_prefix("試行 ")?
        .split(':')
        .next()?
        .parse()
        .ok()
}
