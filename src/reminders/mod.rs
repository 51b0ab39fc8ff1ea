//! Reminders that reach the person when a wait ends while the window is in the background: a
//! notification of the system that names the wait and the step to try next.
//!
//! [`Reminders`] decides (plain Rust, tested without a window); a [`Notifier`] shows (the
//! system's notifications in [`desktop`], a recording one in tests); [`Poster`] calls the
//! notifier on its own thread, because a call to the system may take a while.
//!
//! Nothing personal goes into a reminder: only the knowledge base's names of the wait and of
//! the step, never notes, addresses or anything typed into the draft.

pub mod desktop;

use std::collections::HashSet;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use jiff::Timestamp;

use crate::i18n::Texts;
use crate::knowledge::{self, KnowledgeBase};
use crate::progress::{Progress, Timer};
use crate::tr;
use crate::triage;

/// A notification's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// The headline: which wait is over.
    pub title: String,
    /// What to do now, and the step to try.
    pub body: String,
}

/// Why the system did not show a reminder.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the reminder could not be shown: {0}")]
pub struct NotifyError(pub String);

/// Shows reminders. [`Poster`] calls it on its own thread, so it may block for a while.
pub trait Notifier: Send + Sync {
    /// Shows `reminder`.
    ///
    /// # Errors
    /// When the system has no notifications or refused this one.
    fn show(&self, reminder: &Reminder) -> Result<(), NotifyError>;
}

/// Shows nothing: for scripted runs and tests that do not look at reminders.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoNotifier;

impl Notifier for NoNotifier {
    fn show(&self, _reminder: &Reminder) -> Result<(), NotifyError> {
        Ok(())
    }
}

/// Keeps what it is asked to show, for tests.
#[derive(Debug, Default)]
pub struct RecordingNotifier {
    shown: Mutex<Vec<Reminder>>,
    /// When set, every call fails with this text (a system without notifications).
    pub fail_with: Option<String>,
}

impl RecordingNotifier {
    /// One that fails every call with `error`, as a system without notifications does.
    #[must_use]
    pub fn failing(error: &str) -> Self {
        Self {
            fail_with: Some(error.to_owned()),
            ..Self::default()
        }
    }

    /// Everything shown so far.
    #[must_use]
    pub fn shown(&self) -> Vec<Reminder> {
        self.shown
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Notifier for RecordingNotifier {
    fn show(&self, reminder: &Reminder) -> Result<(), NotifyError> {
        self.shown
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(reminder.clone());
        match &self.fail_with {
            Some(error) => Err(NotifyError(error.clone())),
            None => Ok(()),
        }
    }
}

/// Which waits that are over have been seen, so each is announced at most once.
#[derive(Debug, Default)]
pub struct Reminders {
    seen: HashSet<u64>,
}

impl Reminders {
    /// Starts with the waits already over at `now` counted as seen: the window shows them as
    /// it opens, and a reminder for them would come late and only repeat it.
    #[must_use]
    pub fn new(progress: &Progress, now: Timestamp) -> Self {
        Self {
            seen: progress.due_timers(now).map(|t| t.id).collect(),
        }
    }

    /// The reminders to show for waits that ended since the last call. A wait that ends while
    /// the window has the focus, or while reminders are off, is seen without a reminder: the
    /// window already says it is over.
    pub fn check(
        &mut self,
        kb: &KnowledgeBase,
        progress: &Progress,
        texts: &Texts,
        now: Timestamp,
        focused: bool,
        enabled: bool,
    ) -> Vec<Reminder> {
        let mut reminders = Vec::new();
        for timer in progress.due_timers(now) {
            if !self.seen.insert(timer.id) || focused || !enabled {
                continue;
            }
            reminders.extend(reminder(kb, progress, texts, timer, now));
        }
        reminders
    }
}

/// The reminder for `timer`: the wait's name, what to do now, and the step to try after it.
/// `None` for a wait the knowledge base no longer has.
#[must_use]
pub fn reminder(
    kb: &KnowledgeBase,
    progress: &Progress,
    texts: &Texts,
    timer: &Timer,
    now: Timestamp,
) -> Option<Reminder> {
    let after = triage::after_wait(kb, progress, timer, now)?;
    let title = tr!(
        texts,
        "reminder-title",
        wait = tr!(texts, after.wait.name_id())
    );
    let body = match after.then {
        Some((_, step)) => tr!(
            texts,
            "reminder-body-step",
            todo = after.todo(texts),
            step = tr!(texts, knowledge::step_title_id(&step.id))
        ),
        None => after.todo(texts),
    };
    Some(Reminder { title, body })
}

/// Calls a [`Notifier`] on a thread of its own and hands back what the system answered.
pub struct Poster {
    to_thread: Option<Sender<Reminder>>,
    answers: Receiver<Result<(), NotifyError>>,
    pending: usize,
}

impl Poster {
    /// Starts the reminder thread for `notifier`.
    #[must_use]
    pub fn new(notifier: Arc<dyn Notifier>) -> Self {
        let (to_thread, from_app) = mpsc::channel::<Reminder>();
        let (answer, answers) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("reminders".into())
            .spawn(move || {
                for reminder in from_app {
                    if answer.send(notifier.show(&reminder)).is_err() {
                        break;
                    }
                }
            });
        if let Err(e) = &spawned {
            log::warn!("reminders are off: their thread did not start: {e}");
        }
        Self {
            to_thread: spawned.is_ok().then_some(to_thread),
            answers,
            pending: 0,
        }
    }

    /// Hands `reminder` to the thread.
    ///
    /// # Errors
    /// When the thread is gone (it never started).
    pub fn post(&mut self, reminder: Reminder) -> Result<(), NotifyError> {
        let sent = self
            .to_thread
            .as_ref()
            .is_some_and(|tx| tx.send(reminder).is_ok());
        if sent {
            self.pending += 1;
            Ok(())
        } else {
            Err(NotifyError("the reminder thread is not running".into()))
        }
    }

    /// The failures the system reported since the last call, without waiting.
    pub fn failures(&mut self) -> Vec<NotifyError> {
        let mut failures = Vec::new();
        while let Ok(answer) = self.answers.try_recv() {
            self.pending -= 1;
            failures.extend(answer.err());
        }
        failures
    }

    /// Waits up to `timeout` for every reminder handed over to be answered (blocking, not
    /// polling); returns the failures. For tests.
    pub fn wait_answered(&mut self, timeout: Duration) -> Vec<NotifyError> {
        let deadline = std::time::Instant::now() + timeout;
        let mut failures = Vec::new();
        while self.pending > 0 {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.answers.recv_timeout(left) {
                Ok(answer) => {
                    self.pending -= 1;
                    failures.extend(answer.err());
                }
                Err(_) => break,
            }
        }
        failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::progress::Action;

    fn at(minutes: i64) -> Timestamp {
        Timestamp::from_second(minutes * 60).expect("valid")
    }

    fn waiting(kb: &KnowledgeBase) -> Progress {
        let mut progress = Progress::default();
        let step = kb
            .steps()
            .map(|(_, s)| s)
            .find(|s| s.wait.as_deref() == Some("new-code"))
            .expect("a step waits for a new code");
        progress.apply(
            Action::TimerStarted {
                wait: "new-code".into(),
                step: Some(step.id.clone()),
                minutes: 15,
            },
            at(0),
        );
        progress
    }

    #[test]
    fn a_wait_that_ends_in_the_background_is_announced_once_by_name() {
        let kb = KnowledgeBase::embedded().expect("valid");
        let texts = Texts::new(Language::En);
        let progress = waiting(&kb);
        let mut reminders = Reminders::new(&progress, at(1));
        assert!(
            reminders
                .check(&kb, &progress, &texts, at(14), false, true)
                .is_empty(),
            "nothing while it runs"
        );
        let shown = reminders.check(&kb, &progress, &texts, at(15), false, true);
        assert_eq!(shown.len(), 1);
        let wait = kb.wait("new-code").expect("a wait for a new code");
        assert!(shown[0].title.contains(&tr!(&texts, wait.name_id())));
        assert!(
            reminders
                .check(&kb, &progress, &texts, at(16), false, true)
                .is_empty(),
            "once"
        );
    }

    #[test]
    fn no_reminder_with_the_window_in_front_when_off_or_for_waits_over_at_start() {
        let kb = KnowledgeBase::embedded().expect("valid");
        let texts = Texts::new(Language::Ja);
        let progress = waiting(&kb);
        let mut focused = Reminders::new(&progress, at(0));
        assert!(
            focused
                .check(&kb, &progress, &texts, at(15), true, true)
                .is_empty()
        );
        assert!(
            focused
                .check(&kb, &progress, &texts, at(16), false, true)
                .is_empty(),
            "seen in the window: not announced when the focus goes later"
        );
        let mut off = Reminders::new(&progress, at(0));
        assert!(
            off.check(&kb, &progress, &texts, at(15), false, false)
                .is_empty()
        );
        let mut late = Reminders::new(&progress, at(20));
        assert!(
            late.check(&kb, &progress, &texts, at(21), false, true)
                .is_empty()
        );
    }

    #[test]
    fn the_poster_hands_reminders_over_and_reports_failures() {
        let ok = Arc::new(RecordingNotifier::default());
        let mut poster = Poster::new(ok.clone());
        let reminder = Reminder {
            title: "t".into(),
            body: "b".into(),
        };
        poster.post(reminder.clone()).expect("posted");
        assert!(poster.wait_answered(Duration::from_secs(10)).is_empty());
        assert_eq!(ok.shown(), vec![reminder.clone()]);
        let mut failing = Poster::new(Arc::new(RecordingNotifier::failing("no bus")));
        failing.post(reminder).expect("posted");
        let failures = failing.wait_answered(Duration::from_secs(10));
        assert_eq!(failures, vec![NotifyError("no bus".into())]);
    }
}
