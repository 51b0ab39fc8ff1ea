use std::time::Duration;

use jiff::SignedDuration;

use super::*;
use crate::clock::ManualClock;
use crate::progress::Action;
use crate::store::DataLock;

fn start() -> Timestamp {
    crate::clock::test_start()
}

fn ms(n: i64) -> SignedDuration {
    SignedDuration::from_millis(n)
}

fn changed(autosave: &mut Autosave, progress: &mut Progress, signal: &str) {
    progress.apply(
        Action::SignalToggled {
            signal: signal.into(),
            reported: true,
        },
        start(),
    );
    autosave.changed();
}

/// Waits for the saver's answer to the request just sent (a channel wait, not a sleep).
fn answer(autosave: &mut Autosave) {
    let revision = autosave.requested;
    let saver = autosave.saver.as_ref().expect("saving on");
    let (result, _) = saver.wait_for(revision, Duration::from_secs(10));
    let result = result.expect("the saver answers");
    autosave.absorb(SaveReport::Saved { revision, result }, &mut Vec::new());
}

#[test]
fn a_save_waits_until_changes_settle() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = ManualClock::new(start());
    let mut autosave = Autosave::new(
        Store::new(dir.path()),
        None,
        true,
        None,
        Arc::new(clock.clone()),
    );
    let mut progress = Progress::default();
    changed(&mut autosave, &mut progress, "no-code");
    let (_, wait) = autosave.tick(&progress);
    assert_eq!(autosave.requested, 0, "not at once");
    assert_eq!(wait, Some(SAVE_DELAY));
    clock.advance(ms(300));
    // Typing on: the delay starts again from the newest change.
    changed(&mut autosave, &mut progress, "wrong-password");
    clock.advance(ms(399));
    autosave.tick(&progress);
    assert_eq!(autosave.requested, 0, "399 ms after the last change");
    clock.advance(ms(1));
    autosave.tick(&progress);
    assert_eq!(autosave.requested, 2, "one save for both changes");
    answer(&mut autosave);
    assert!(!autosave.is_dirty());
    assert_eq!(Store::new(dir.path()).load(start()).progress, progress);
    assert_eq!(autosave.tick(&progress).1, None, "nothing pending");
}

#[test]
fn a_failed_save_is_tried_again_after_the_retry_delay() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file where the data folder should be: every save fails.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "").expect("write");
    let clock = ManualClock::new(start());
    let mut autosave = Autosave::new(
        Store::new(blocked.join("data")),
        None,
        true,
        None,
        Arc::new(clock.clone()),
    );
    let mut progress = Progress::default();
    changed(&mut autosave, &mut progress, "no-code");
    clock.advance(ms(400));
    autosave.tick(&progress);
    answer(&mut autosave);
    assert!(autosave.error().is_some());
    assert!(autosave.would_lose_changes());
    clock.advance(SignedDuration::try_from(SAVE_RETRY).expect("fits") - ms(1));
    autosave.tick(&progress);
    assert_eq!(autosave.requested, 0, "not before the retry delay");
    clock.advance(ms(1));
    autosave.tick(&progress);
    assert_eq!(autosave.requested, 1, "tried again");
    // The person presses "try again": sent at once, without waiting for the delay.
    answer(&mut autosave);
    autosave.retry_now();
    autosave.tick(&progress);
    assert_eq!(autosave.requested, 1);
}

#[test]
fn closing_saves_what_is_pending_and_only_waits_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = ManualClock::new(start());
    let mut autosave = Autosave::new(
        Store::new(dir.path()),
        None,
        true,
        None,
        Arc::new(clock.clone()),
    );
    let mut progress = Progress::default();
    changed(&mut autosave, &mut progress, "no-code");
    // Closed at once: the delay has not passed, the change is still saved.
    autosave.flush_at_exit(&progress);
    assert!(!autosave.is_dirty());
    assert_eq!(Store::new(dir.path()).load(start()).progress, progress);
    changed(&mut autosave, &mut progress, "wrong-password");
    autosave.flush_at_exit(&progress);
    assert!(autosave.is_dirty(), "the second call does not wait again");
}

#[test]
fn a_failed_save_at_closing_is_not_silent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "").expect("write");
    let mut autosave = Autosave::new(
        Store::new(blocked.join("data")),
        None,
        true,
        None,
        Arc::new(ManualClock::new(start())),
    );
    let mut progress = Progress::default();
    changed(&mut autosave, &mut progress, "no-code");
    assert!(!autosave.flush(&progress));
    assert!(autosave.would_lose_changes(), "the app asks before closing");
}

#[test]
fn the_lock_is_kept_while_saving_is_off() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lock = DataLock::acquire(dir.path()).expect("lock");
    let autosave = Autosave::new(
        Store::new(dir.path()),
        Some(lock),
        false,
        None,
        Arc::new(ManualClock::new(start())),
    );
    assert!(!autosave.can_save());
    assert!(matches!(
        DataLock::acquire(dir.path()),
        Err(StoreError::AlreadyOpen(_))
    ));
    drop(autosave);
    DataLock::acquire(dir.path()).expect("free after the app closed");
}
