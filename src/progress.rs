//! The person's own state: what they reported, what they tried and what happened.
//!
//! Screens never change this directly. They return [`Action`]s, and [`Progress::apply`] is the
//! one place where state changes: it stamps the time and reports whether anything changed, so
//! the app knows when to save.

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::draft::{Draft, Field, Product};

use crate::i18n::{Language, Paper, TextId};
use crate::net::Report;

/// The version of the save format this build writes.
///
/// 1: the first release. 2: adds the connection check's clock verdict (a file with it cannot
/// be read by a version-1 build, which now says it comes from a newer version). Later additions
/// that older builds simply skip (the code-request log, when a timer was closed) are new fields
/// with defaults and need no new version: serde ignores fields it does not know.
pub const CURRENT_VERSION: u32 = 2;

/// How many outcome changes are kept per step; older ones are dropped first.
const HISTORY_LIMIT: usize = 50;

/// How many code requests the log keeps; older ones are dropped first.
const REQUEST_LIMIT: usize = 50;

/// When code requests count as "too many in a short time": at least `count` of them within
/// `minutes`. Microsoft publishes no numbers (it warns only against "excessive or repetitive
/// requests", and its "too many codes today" message points to a daily quota), so these are
/// estimates: three requests within half an hour means the person did not wait the 15 minutes
/// or so a code can take, and five within a day is more than a day's normal retries.
pub const BURSTS: [Burst; 2] = [
    Burst {
        count: 3,
        minutes: 30,
    },
    Burst {
        count: 5,
        minutes: 24 * 60,
    },
];

/// The knowledge base's wait, step and symptom for "stop asking for codes"; `tests/` checks
/// that they exist there and that the length matches the wait's usual one.
pub const STOP_WAIT: &str = "too-many-requests";
/// The step the automatic stop belongs to (see [`STOP_WAIT`]).
pub const STOP_STEP: &str = "requests-stop";
/// The symptom the automatic stop reports (see [`STOP_WAIT`]).
pub const STOP_SIGNAL: &str = "many-requests";
/// How long the automatic stop lasts, in minutes: the wait's usual length (about a day, an
/// estimate; the on-screen message itself says "try again tomorrow").
pub const STOP_MINUTES: u32 = 1440;

/// A threshold for too many code requests in a short time (see [`BURSTS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Burst {
    /// How many requests.
    pub count: usize,
    /// Within how many minutes.
    pub minutes: i64,
}

/// A way a verification code can reach the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// A text message.
    Sms,
    /// An email.
    Email,
    /// The Authenticator app.
    App,
    /// A phone call.
    Call,
}

impl Channel {
    /// Every channel, in the order the app offers them.
    pub const ALL: [Self; 4] = [Self::Sms, Self::Email, Self::App, Self::Call];

    /// The knowledge base's id of this channel.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Sms => "sms",
            Self::Email => "email",
            Self::App => "app",
            Self::Call => "call",
        }
    }
}

/// One "I asked for a code now".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeRequest {
    /// When.
    pub at: Timestamp,
    /// Which way the code should come.
    pub channel: Channel,
}

/// What happened when the person tried a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum StepOutcome {
    /// Not tried yet.
    #[default]
    NotTried,
    /// Tried, and it fixed the problem.
    Worked,
    /// Tried, and nothing changed.
    NoChange,
    /// Deliberately left out.
    Skipped,
}

impl StepOutcome {
    /// Every outcome, in the order the checklist offers them.
    pub const ALL: [Self; 4] = [Self::NotTried, Self::Worked, Self::NoChange, Self::Skipped];

    /// The id of the outcome's label.
    #[must_use]
    pub fn text_id(self) -> TextId {
        TextId::fixed(match self {
            Self::NotTried => "outcome-not-tried",
            Self::Worked => "outcome-worked",
            Self::NoChange => "outcome-no-change",
            Self::Skipped => "outcome-skipped",
        })
    }

    /// Whether the person has dealt with the step one way or another.
    #[must_use]
    pub fn is_done(self) -> bool {
        self != Self::NotTried
    }
}

/// One change of a step's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeChange {
    /// When it was set.
    pub at: Timestamp,
    /// What it was set to.
    pub outcome: StepOutcome,
}

/// The person's record of one step.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepRecord {
    /// The current outcome.
    pub outcome: StepOutcome,
    /// When the outcome last changed.
    pub changed_at: Option<Timestamp>,
    /// The person's note.
    pub note: String,
    /// When the note last changed.
    pub note_changed_at: Option<Timestamp>,
    /// Earlier outcomes, oldest first, so the person can see what they tried when.
    pub history: Vec<OutcomeChange>,
}

/// Everything the person has entered, saved between sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// The save format version; see `store` for migrations.
    pub version: u32,
    /// The language the person chose, if they chose one.
    pub language: Option<Language>,
    /// Ids of the error messages and symptoms the person reported.
    pub reported: BTreeSet<String>,
    /// The person's record per step id. Steps no longer in the knowledge base are kept, unused.
    pub steps: BTreeMap<String, StepRecord>,
    /// The recovery-form draft (never a password).
    pub draft: Draft,
    /// The paper the person chose for printing; `None` follows the language.
    pub paper: Option<Paper>,
    /// The last connectivity check the person ran, with its time.
    pub diagnostics: Option<Report>,
    /// Waits the person started, oldest first.
    pub timers: Vec<Timer>,
    /// The id the next timer gets.
    pub next_timer_id: u64,
    /// When the person said they can sign in again; `None` while they cannot.
    pub recovered: Option<Timestamp>,
    /// Whether the person has read and closed the safety card on the checklist.
    pub safety_seen: bool,
    /// The codes the person asked for, oldest first (the last [`REQUEST_LIMIT`]).
    pub code_requests: Vec<CodeRequest>,
}

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

impl Default for Progress {
    fn default() -> Self {
        Self {
            version: CURRENT_VERSION,
            language: None,
            reported: BTreeSet::new(),
            steps: BTreeMap::new(),
            draft: Draft::default(),
            paper: None,
            diagnostics: None,
            timers: Vec::new(),
            next_timer_id: 1,
            recovered: None,
            safety_seen: false,
            code_requests: Vec::new(),
        }
    }
}

/// A change the person asked for. Screens produce these; only [`Progress::apply`] acts on them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The person set a step's outcome.
    StepMarked {
        /// The step id.
        step: String,
        /// The new outcome.
        outcome: StepOutcome,
    },
    /// The person edited a step's note.
    NoteEdited {
        /// The step id.
        step: String,
        /// The whole new note.
        text: String,
    },
    /// The person ticked or unticked an error message or symptom.
    SignalToggled {
        /// The error or symptom id.
        signal: String,
        /// Whether it is now reported.
        reported: bool,
    },
    /// The person chose the app's language.
    LanguageChosen(Language),
    /// The person changed an answer of the recovery-form draft.
    DraftEdited {
        /// The field.
        field: Field,
        /// The whole new answer.
        value: String,
    },
    /// The person ticked or unticked a product they used.
    ProductToggled {
        /// The product.
        product: Product,
        /// Whether it is now ticked.
        used: bool,
    },
    /// The person chose the paper size for printing.
    PaperChosen(Paper),
    /// A connectivity check finished (or was stopped); its report is kept.
    DiagnosticsFinished(Box<Report>),
    /// The person started a wait.
    TimerStarted {
        /// The knowledge base's wait.
        wait: String,
        /// The step it was started from, if any.
        step: Option<String>,
        /// How long, in minutes.
        minutes: u32,
    },
    /// The person closed a timer (it was over, or they no longer need it).
    TimerDismissed(u64),
    /// The person said they can sign in again (true) or cannot yet (false).
    RecoveredMarked(bool),
    /// The person read the safety card and closed it.
    SafetySeen,
    /// The person asked Microsoft for a code just now. After too many in a short time (see
    /// [`BURSTS`]) the "stop asking" wait starts by itself.
    CodeRequested {
        /// Which way the code should come.
        channel: Channel,
    },
    /// Everything is replaced: by an imported file, or by a fresh start. The language choice
    /// stays, since it belongs to this computer's user rather than to the progress.
    Replaced(Box<Progress>),
}

impl Progress {
    /// Whether nothing has been reported, tried or recovered yet (a first visit).
    #[must_use]
    pub fn is_untouched(&self) -> bool {
        self.reported.is_empty()
            && self
                .steps
                .values()
                .all(|r| !r.outcome.is_done() && r.note.is_empty())
            && self.recovered.is_none()
    }

    /// Applies one action at time `now`; returns whether anything changed.
    pub fn apply(&mut self, action: Action, now: Timestamp) -> bool {
        match action {
            Action::StepMarked { step, outcome } => {
                let record = self.steps.entry(step).or_default();
                if record.outcome == outcome {
                    return false;
                }
                record.outcome = outcome;
                record.changed_at = Some(now);
                record.history.push(OutcomeChange { at: now, outcome });
                if record.history.len() > HISTORY_LIMIT {
                    let excess = record.history.len() - HISTORY_LIMIT;
                    record.history.drain(..excess);
                }
                true
            }
            Action::NoteEdited { step, text } => {
                let record = self.steps.entry(step).or_default();
                if record.note == text {
                    return false;
                }
                record.note = text;
                record.note_changed_at = Some(now);
                true
            }
            Action::SignalToggled { signal, reported } => {
                if reported {
                    self.reported.insert(signal)
                } else {
                    self.reported.remove(&signal)
                }
            }
            Action::LanguageChosen(language) => {
                let changed = self.language != Some(language);
                self.language = Some(language);
                changed
            }
            Action::DraftEdited { field, value } => {
                let answer = self.draft.get_mut(field);
                if *answer == value {
                    return false;
                }
                *answer = value;
                true
            }
            Action::ProductToggled { product, used } => {
                if used {
                    self.draft.products.insert(product)
                } else {
                    self.draft.products.remove(&product)
                }
            }
            Action::PaperChosen(paper) => {
                let changed = self.paper != Some(paper);
                self.paper = Some(paper);
                changed
            }
            Action::DiagnosticsFinished(report) => {
                self.diagnostics = Some(*report);
                true
            }
            Action::TimerStarted {
                wait,
                step,
                minutes,
            } => {
                // A new timer for the same wait replaces the running one.
                for timer in &mut self.timers {
                    if timer.wait == wait && timer.step == step && !timer.dismissed {
                        timer.dismissed = true;
                        timer.dismissed_at = Some(now);
                    }
                }
                let due = now
                    .saturating_add(jiff::SignedDuration::from_mins(i64::from(minutes)))
                    .unwrap_or(now);
                self.timers.push(Timer {
                    id: self.next_timer_id.max(1),
                    wait,
                    step,
                    started: now,
                    due,
                    dismissed: false,
                    dismissed_at: None,
                });
                self.next_timer_id = self.next_timer_id.max(1).saturating_add(1);
                // Old dismissed timers are history nobody reads: keep the last few.
                let dismissed = self.timers.iter().filter(|t| t.dismissed).count();
                if dismissed > 20 {
                    let mut drop = dismissed - 20;
                    self.timers.retain(|t| {
                        if t.dismissed && drop > 0 {
                            drop -= 1;
                            false
                        } else {
                            true
                        }
                    });
                }
                true
            }
            Action::TimerDismissed(id) => match self.timers.iter_mut().find(|t| t.id == id) {
                Some(timer) if !timer.dismissed => {
                    timer.dismissed = true;
                    timer.dismissed_at = Some(now);
                    true
                }
                _ => false,
            },
            Action::RecoveredMarked(recovered) => {
                let changed = self.recovered.is_some() != recovered;
                self.recovered = recovered.then_some(self.recovered.unwrap_or(now));
                changed
            }
            Action::SafetySeen => {
                let changed = !self.safety_seen;
                self.safety_seen = true;
                changed
            }
            Action::CodeRequested { channel } => {
                self.code_requests.push(CodeRequest { at: now, channel });
                if self.code_requests.len() > REQUEST_LIMIT {
                    let excess = self.code_requests.len() - REQUEST_LIMIT;
                    self.code_requests.drain(..excess);
                }
                if self.too_many_requests(now) {
                    log::info!("too many code requests in a short time: stopping for a while");
                    self.reported.insert(STOP_SIGNAL.to_owned());
                    let stopping = self
                        .timers
                        .iter()
                        .any(|t| t.wait == STOP_WAIT && t.is_running(now));
                    if !stopping {
                        self.apply(
                            Action::TimerStarted {
                                wait: STOP_WAIT.to_owned(),
                                step: Some(STOP_STEP.to_owned()),
                                minutes: STOP_MINUTES,
                            },
                            now,
                        );
                    }
                }
                true
            }
            Action::Replaced(with) => {
                let (language, paper) = (self.language, self.paper);
                *self = *with;
                self.language = language;
                self.paper = paper;
                self.normalize();
                self.version = CURRENT_VERSION;
                true
            }
        }
    }

    /// What this progress holds, in numbers, for confirming an import.
    #[must_use]
    pub fn summary(&self) -> Summary {
        Summary {
            steps_marked: self.steps.values().filter(|r| r.outcome.is_done()).count(),
            notes: self
                .steps
                .values()
                .filter(|r| !r.note.trim().is_empty())
                .count(),
            reported: self.reported.len(),
            draft_fields: self.draft.filled_count(),
            last_change: self
                .steps
                .values()
                .flat_map(|r| [r.changed_at, r.note_changed_at])
                .flatten()
                .max(),
        }
    }

    /// Makes a progress read from a file consistent: timers get distinct ids in order and the
    /// next id follows them (a hand-edited or imported file may have duplicates or a huge id).
    pub fn normalize(&mut self) {
        for (id, timer) in (1..).zip(self.timers.iter_mut()) {
            timer.id = id;
        }
        self.next_timer_id = u64::try_from(self.timers.len())
            .unwrap_or(u64::MAX)
            .saturating_add(1);
    }

    /// Whether the code requests up to `now` pass one of the [`BURSTS`] thresholds.
    #[must_use]
    pub fn too_many_requests(&self, now: Timestamp) -> bool {
        BURSTS.iter().any(|burst| {
            let since = now
                .checked_sub(jiff::SignedDuration::from_mins(burst.minutes))
                .unwrap_or(Timestamp::MIN);
            self.code_requests
                .iter()
                .filter(|r| r.at > since && r.at <= now)
                .count()
                >= burst.count
        })
    }

    /// The way the last code was asked for, if the person used the code-request log.
    #[must_use]
    pub fn last_channel(&self) -> Option<Channel> {
        self.code_requests.last().map(|r| r.channel)
    }

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

    /// The outcome of a step; `NotTried` for steps never touched.
    #[must_use]
    pub fn outcome(&self, step: &str) -> StepOutcome {
        self.steps.get(step).map(|r| r.outcome).unwrap_or_default()
    }

    /// The person's record of a step, if they touched it.
    #[must_use]
    pub fn record(&self, step: &str) -> Option<&StepRecord> {
        self.steps.get(step)
    }

    /// The note on a step; empty when there is none.
    #[must_use]
    pub fn note(&self, step: &str) -> &str {
        self.steps.get(step).map_or("", |r| r.note.as_str())
    }

    /// How many of `steps` the person has dealt with, and how many of those worked.
    #[must_use]
    pub fn counts<'a>(&self, steps: impl IntoIterator<Item = &'a str>) -> Counts {
        let mut counts = Counts::default();
        for step in steps {
            counts.total += 1;
            match self.outcome(step) {
                StepOutcome::NotTried => {}
                StepOutcome::Worked => {
                    counts.done += 1;
                    counts.worked += 1;
                }
                StepOutcome::NoChange | StepOutcome::Skipped => counts.done += 1,
            }
        }
        counts
    }
}

/// The size of a progress, shown before an import replaces the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Steps with an outcome other than "not tried".
    pub steps_marked: usize,
    /// Steps with a note.
    pub notes: usize,
    /// Errors and symptoms reported.
    pub reported: usize,
    /// Answers filled in the recovery-form draft.
    pub draft_fields: usize,
    /// The latest time anything was marked or noted.
    pub last_change: Option<Timestamp>,
}

/// Step counts for a cause or the whole checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Steps dealt with (tried or skipped).
    pub done: usize,
    /// Steps that worked.
    pub worked: usize,
    /// All steps.
    pub total: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(seconds).expect("a valid test time")
    }

    fn mark(step: &str, outcome: StepOutcome) -> Action {
        Action::StepMarked {
            step: step.into(),
            outcome,
        }
    }

    #[test]
    fn marking_a_step_stamps_the_time_and_keeps_history() {
        let mut p = Progress::default();
        assert!(p.apply(mark("a", StepOutcome::NoChange), at(100)));
        assert!(p.apply(mark("a", StepOutcome::Worked), at(200)));
        let record = p.record("a").expect("recorded");
        assert_eq!(record.outcome, StepOutcome::Worked);
        assert_eq!(record.changed_at, Some(at(200)));
        assert_eq!(
            record.history,
            [
                OutcomeChange {
                    at: at(100),
                    outcome: StepOutcome::NoChange
                },
                OutcomeChange {
                    at: at(200),
                    outcome: StepOutcome::Worked
                },
            ]
        );
    }

    #[test]
    fn marking_the_same_outcome_again_changes_nothing() {
        let mut p = Progress::default();
        p.apply(mark("a", StepOutcome::Skipped), at(100));
        assert!(!p.apply(mark("a", StepOutcome::Skipped), at(300)));
        assert_eq!(p.record("a").and_then(|r| r.changed_at), Some(at(100)));
    }

    #[test]
    fn history_is_bounded() {
        let mut p = Progress::default();
        for i in 0..(HISTORY_LIMIT as i64 + 10) {
            let outcome = if i % 2 == 0 {
                StepOutcome::Worked
            } else {
                StepOutcome::NoChange
            };
            p.apply(mark("a", outcome), at(i));
        }
        let history = &p.record("a").expect("recorded").history;
        assert_eq!(history.len(), HISTORY_LIMIT);
        assert_eq!(history[0].at, at(10), "the oldest changes were dropped");
    }

    #[test]
    fn editing_a_note_keeps_the_outcome() {
        let mut p = Progress::default();
        p.apply(mark("a", StepOutcome::NoChange), at(1));
        assert!(p.apply(
            Action::NoteEdited {
                step: "a".into(),
                text: "モバイル回線でも同じエラー".into()
            },
            at(2)
        ));
        assert!(!p.apply(
            Action::NoteEdited {
                step: "a".into(),
                text: "モバイル回線でも同じエラー".into()
            },
            at(3)
        ));
        assert_eq!(p.note("a"), "モバイル回線でも同じエラー");
        assert_eq!(p.outcome("a"), StepOutcome::NoChange);
        assert_eq!(p.record("a").and_then(|r| r.note_changed_at), Some(at(2)));
    }

    #[test]
    fn toggling_signals() {
        let mut p = Progress::default();
        let on = |s: &str| Action::SignalToggled {
            signal: s.into(),
            reported: true,
        };
        assert!(p.apply(on("temporary-problem"), at(1)));
        assert!(!p.apply(on("temporary-problem"), at(2)));
        assert!(p.apply(
            Action::SignalToggled {
                signal: "temporary-problem".into(),
                reported: false
            },
            at(3)
        ));
        assert!(p.reported.is_empty());
    }

    #[test]
    fn choosing_a_language() {
        let mut p = Progress::default();
        assert!(p.apply(Action::LanguageChosen(Language::En), at(1)));
        assert!(!p.apply(Action::LanguageChosen(Language::En), at(2)));
        assert_eq!(p.language, Some(Language::En));
    }

    #[test]
    fn replacing_keeps_the_language_choice() {
        let mut p = Progress::default();
        p.apply(Action::LanguageChosen(Language::Ja), at(1));
        p.apply(mark("a", StepOutcome::Worked), at(1));
        let mut imported = Progress::default();
        imported.apply(mark("b", StepOutcome::NoChange), at(5));
        imported.apply(Action::LanguageChosen(Language::En), at(5));
        assert!(p.apply(Action::Replaced(Box::new(imported)), at(9)));
        assert_eq!(p.outcome("a"), StepOutcome::NotTried);
        assert_eq!(p.outcome("b"), StepOutcome::NoChange);
        assert_eq!(p.language, Some(Language::Ja));
    }

    #[test]
    fn summary_counts_what_an_import_would_bring() {
        let mut p = Progress::default();
        p.apply(mark("a", StepOutcome::Worked), at(3));
        p.apply(
            Action::NoteEdited {
                step: "b".into(),
                text: "メモ".into(),
            },
            at(7),
        );
        p.apply(
            Action::NoteEdited {
                step: "c".into(),
                text: "  ".into(),
            },
            at(4),
        );
        p.apply(
            Action::SignalToggled {
                signal: "x".into(),
                reported: true,
            },
            at(1),
        );
        assert_eq!(
            p.summary(),
            Summary {
                steps_marked: 1,
                notes: 1,
                reported: 1,
                draft_fields: 0,
                last_change: Some(at(7))
            }
        );
    }

    #[test]
    fn draft_answers_and_products() {
        let mut p = Progress::default();
        let edit = |value: &str| Action::DraftEdited {
            field: Field::FirstName,
            value: value.into(),
        };
        assert!(p.apply(edit("太郎"), at(1)));
        assert!(!p.apply(edit("太郎"), at(2)));
        assert_eq!(p.draft.first_name, "太郎");
        assert!(p.apply(
            Action::ProductToggled {
                product: Product::Xbox,
                used: true
            },
            at(3)
        ));
        assert!(p.draft.products.contains(&Product::Xbox));
        assert!(p.apply(
            Action::ProductToggled {
                product: Product::Xbox,
                used: false
            },
            at(4)
        ));
        assert!(p.draft.products.is_empty());
        assert_eq!(p.summary().draft_fields, 1);
    }

    #[test]
    fn timers_run_fall_due_and_are_dismissed() {
        let mut p = Progress::default();
        let start = Action::TimerStarted {
            wait: "retry-later".into(),
            step: Some("hold-wait".into()),
            minutes: 60,
        };
        assert!(p.apply(start.clone(), at(0)));
        assert_eq!(p.running_timers(at(3599)).len(), 1);
        assert_eq!(p.due_timers(at(3599)).count(), 0);
        assert_eq!(p.due_timers(at(3600)).count(), 1);
        // Starting the same wait again replaces the running timer.
        assert!(p.apply(start, at(10)));
        assert_eq!(p.running_timers(at(20)).len(), 1);
        let id = p.running_timers(at(20))[0].id;
        assert!(p.apply(Action::TimerDismissed(id), at(30)));
        assert!(!p.apply(Action::TimerDismissed(id), at(31)));
        assert!(p.running_timers(at(40)).is_empty());
        assert_eq!(p.due_timers(at(99_999)).count(), 0);
    }

    #[test]
    fn recovery_is_remembered_with_its_first_time() {
        let mut p = Progress::default();
        assert!(p.apply(Action::RecoveredMarked(true), at(5)));
        assert!(!p.apply(Action::RecoveredMarked(true), at(9)));
        assert_eq!(p.recovered, Some(at(5)));
        assert!(p.apply(Action::RecoveredMarked(false), at(10)));
        assert_eq!(p.recovered, None);
    }

    fn request(p: &mut Progress, minute: i64) -> bool {
        p.apply(
            Action::CodeRequested {
                channel: Channel::Sms,
            },
            at(minute * 60),
        )
    }

    #[test]
    fn code_requests_are_logged_with_time_and_channel_and_bounded() {
        let mut p = Progress::default();
        assert!(p.apply(
            Action::CodeRequested {
                channel: Channel::Email
            },
            at(60)
        ));
        assert_eq!(
            p.code_requests,
            [CodeRequest {
                at: at(60),
                channel: Channel::Email
            }]
        );
        assert_eq!(p.last_channel(), Some(Channel::Email));
        // One a day for a long while: never a burst, and only the last ones are kept.
        for day in 1..=(REQUEST_LIMIT as i64 + 5) {
            request(&mut p, day * 24 * 60);
        }
        assert_eq!(p.code_requests.len(), REQUEST_LIMIT);
        assert!(p.timers.is_empty(), "one a day is no burst");
    }

    #[test]
    fn three_requests_in_half_an_hour_start_the_pause_by_themselves() {
        let mut p = Progress::default();
        request(&mut p, 0);
        request(&mut p, 20);
        assert!(p.timers.is_empty(), "two requests are fine");
        request(&mut p, 29);
        assert!(p.reported.contains(STOP_SIGNAL));
        let running = p.running_timers(at(30 * 60));
        assert_eq!(running.len(), 1);
        assert_eq!(running[0].wait, STOP_WAIT);
        assert_eq!(running[0].step.as_deref(), Some(STOP_STEP));
        assert_eq!(
            running[0].due,
            at(29 * 60 + i64::from(STOP_MINUTES) * 60),
            "a day from the last request"
        );
        // Asking again during the pause does not push it further.
        request(&mut p, 40);
        assert_eq!(p.timers.len(), 1);
    }

    #[test]
    fn five_requests_in_a_day_are_too_many_too() {
        let mut p = Progress::default();
        for minute in [0, 60, 120, 180] {
            request(&mut p, minute);
        }
        assert!(!p.too_many_requests(at(180 * 60)));
        request(&mut p, 240);
        assert!(p.too_many_requests(at(240 * 60)));
        assert_eq!(p.running_timers(at(241 * 60)).len(), 1);
    }

    #[test]
    fn a_timer_waited_out_is_told_from_one_stopped_early() {
        let mut p = Progress::default();
        let start = |p: &mut Progress, step: &str| {
            p.apply(
                Action::TimerStarted {
                    wait: "new-code".into(),
                    step: Some(step.into()),
                    minutes: 15,
                },
                at(0),
            )
        };
        start(&mut p, "a");
        start(&mut p, "b");
        p.apply(Action::TimerDismissed(2), at(60));
        assert!(!p.waited("b", at(20 * 60)), "stopped after one minute");
        assert!(p.waited("a", at(15 * 60)));
        assert!(!p.waited("a", at(14 * 60)));
        assert_eq!(
            p.running_timer("a", at(60)).map(|t| t.id),
            Some(1),
            "still running"
        );
    }

    #[test]
    fn fields_this_build_does_not_know_are_skipped() {
        // Older builds read newer files the same way: the code-request log is a field they
        // do not know, and serde skips it.
        let text = r#"(version: 2, code_requests: [(at: "2026-11-24T09:00:00Z", channel: Sms)],
            a_field_from_the_future: [1, 2, 3])"#;
        let p: Progress = ron::from_str(text).expect("unknown fields are skipped");
        assert_eq!(p.last_channel(), Some(Channel::Sms));
    }

    #[test]
    fn counts_per_set_of_steps() {
        let mut p = Progress::default();
        p.apply(mark("a", StepOutcome::Worked), at(1));
        p.apply(mark("b", StepOutcome::NoChange), at(1));
        p.apply(mark("c", StepOutcome::Skipped), at(1));
        p.apply(mark("c", StepOutcome::NotTried), at(2));
        assert_eq!(
            p.counts(["a", "b", "c", "d"]),
            Counts {
                done: 2,
                worked: 1,
                total: 4
            }
        );
    }
}
