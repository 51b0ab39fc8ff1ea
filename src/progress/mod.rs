//! The person's own state: what they reported, what they tried and what happened.
//!
//! Screens never change this directly. They return [`Action`]s, and [`Progress::apply`] is the
//! one place where state changes: it stamps the time and reports whether anything changed, so
//! the app knows when to save.
//!
//! - `apply`: the actions and the one function that acts on them;
//! - `migrate`: an older save's retired signals brought up to date;
//! - `requests`: code requests and the automatic stop after too many;
//! - `timers`: the waits the person started.

mod apply;
mod migrate;
mod requests;
mod timers;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::draft::Draft;
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

pub use apply::Action;
pub use requests::{
    BURSTS, Burst, Channel, CodeRequest, STOP_MINUTES, STOP_SIGNAL, STOP_STEP, STOP_WAIT,
};
pub use timers::{Timer, next_change};

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
    /// The guided start's question the person was at when they last left it open (the app
    /// reopens there); `None` once the questions were closed or finished.
    pub guide_at: Option<String>,
    /// The codes the person asked for, oldest first (the last [`REQUEST_LIMIT`]).
    pub code_requests: Vec<CodeRequest>,
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
            guide_at: None,
            code_requests: Vec::new(),
        }
    }
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
