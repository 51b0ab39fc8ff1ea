//! Reminders through the real app: a wait that ends while the window is in the background
//! reaches the person as a notification of the system (here a recording notifier behind the
//! `Notifier` trait), names the wait and the next step, and holds nothing personal.

use crate::common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::SignedDuration;
use signin_rescue::clock::ManualClock;
use signin_rescue::files::PresetDialogs;
use signin_rescue::i18n::{Language, TextId};
use signin_rescue::reminders::{Notifier, RecordingNotifier};
use signin_rescue::tr;
use signin_rescue::ui::command::Command;
use signin_rescue::ui::waits::TimerControl;
use signin_rescue::{App, AppOptions};

use common::{app_with_options, clock, texts};

/// How long the reminder thread may take to hand a reminder over.
const ANSWERED: Duration = Duration::from_secs(10);

fn app_notifying(
    dir: &Path,
    language: Language,
    time: ManualClock,
    notifier: Arc<dyn Notifier>,
) -> Harness<'static, App> {
    app_with_options(dir, language, move |options| AppOptions {
        clock: Arc::new(time),
        dialogs: Box::new(PresetDialogs::default()),
        notifier,
        ..options
    })
}

/// Starts the one-day wait of "leave it for a while" and writes a note on its step.
fn start_the_wait(harness: &mut Harness<'static, App>, language: Language, note: &str) {
    let texts = texts(language);
    let step = tr!(&texts, TextId::fixed("step-hold-wait"));
    let name = tr!(&texts, "note-name", step = step.clone());
    harness.get_by_label(&name).click();
    harness.run();
    harness.get_by_label(&name).type_text(note);
    harness.run();
    let start = TimerControl::Start(24 * 60).name(&texts, &step);
    harness.get_by_label(&start).click();
    harness.run();
    assert_eq!(harness.state().progress().timers.len(), 1, "the wait runs");
}

#[test]
fn a_wait_that_ends_in_the_background_brings_one_reminder_naming_the_wait_and_the_next_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let time = clock();
    let notifier = Arc::new(RecordingNotifier::default());
    let mut harness = app_notifying(dir.path(), Language::Ja, time.clone(), notifier.clone());
    let note = "山田 太郎 090-1234-5678";
    start_the_wait(&mut harness, Language::Ja, note);

    // The person switches to the browser; the day goes by.
    harness.input_mut().focused = false;
    harness.run();
    time.advance(SignedDuration::from_hours(25));
    harness.run();
    harness.state_mut().finish_reminders(ANSWERED);

    let shown = notifier.shown();
    assert_eq!(shown.len(), 1, "one reminder: {shown:?}");
    let texts = texts(Language::Ja);
    let wait = tr!(&texts, TextId::fixed("wait-retry-later"));
    assert_eq!(
        shown[0].title,
        tr!(&texts, "reminder-title", wait = wait.clone())
    );
    let next = tr!(&texts, TextId::fixed("step-hold-reset-password"));
    assert!(
        shown[0].body.contains(&next),
        "the step to try next: {}",
        shown[0].body
    );
    for personal in [note, "山田", "090"] {
        assert!(
            !shown[0].title.contains(personal) && !shown[0].body.contains(personal),
            "nothing personal"
        );
    }
    // The window says it too, for when the person comes back; no second reminder.
    harness.input_mut().focused = true;
    harness.run();
    let due = tr!(&texts, "timer-due", wait = wait.clone(), when = "");
    let due = due.split('（').next().unwrap_or_default();
    assert!(harness.get_all_by_label_contains(due).count() >= 1);
    harness.run();
    harness.state_mut().finish_reminders(ANSWERED);
    assert_eq!(notifier.shown().len(), 1);
}

#[test]
fn no_reminder_while_the_window_is_in_front_or_when_turned_off_in_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let time = clock();
    let notifier = Arc::new(RecordingNotifier::default());
    let mut harness = app_notifying(dir.path(), Language::En, time.clone(), notifier.clone());
    start_the_wait(&mut harness, Language::En, "tried at 9");
    time.advance(SignedDuration::from_hours(25));
    harness.run();
    harness.state_mut().finish_reminders(ANSWERED);
    assert!(notifier.shown().is_empty(), "the window in front shows it");
    drop(harness);

    // Turned off in View, and so it stays after a restart.
    let dir = tempfile::tempdir().expect("temp dir");
    let time = clock();
    let mut harness = app_notifying(dir.path(), Language::En, time.clone(), notifier.clone());
    let texts = texts(Language::En);
    harness.get_by_label(&tr!(&texts, "menu-view")).click();
    harness.run();
    harness
        .get_by_label(&Command::ToggleReminders.label(&texts))
        .click();
    harness.run();
    assert!(!harness.state().reminders_on());
    drop(harness);
    let mut harness = app_notifying(dir.path(), Language::En, time.clone(), notifier.clone());
    assert!(!harness.state().reminders_on(), "kept in window.ron");
    start_the_wait(&mut harness, Language::En, "tried at 9");
    harness.input_mut().focused = false;
    time.advance(SignedDuration::from_hours(25));
    harness.run();
    harness.state_mut().finish_reminders(ANSWERED);
    assert!(notifier.shown().is_empty(), "off means off");
}

#[test]
fn a_system_without_notifications_is_told_once_in_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let time = clock();
    let notifier = Arc::new(RecordingNotifier::failing("no notification service"));
    let mut harness = app_notifying(dir.path(), Language::En, time.clone(), notifier.clone());
    start_the_wait(&mut harness, Language::En, "");
    harness.input_mut().focused = false;
    time.advance(SignedDuration::from_hours(25));
    harness.run();
    harness.state_mut().finish_reminders(ANSWERED);
    harness.run();
    assert_eq!(notifier.shown().len(), 1);
    let told = tr!(&texts(Language::En), "notice-reminder-not-shown");
    harness.get_by_label_contains(&told[..40]);
}
