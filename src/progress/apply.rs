//! The one place the person's state changes: [`Action`] and [`Progress::apply`].

use jiff::Timestamp;

use super::{
    CURRENT_VERSION, Channel, CodeRequest, HISTORY_LIMIT, OutcomeChange, Progress, REQUEST_LIMIT,
    STOP_MINUTES, STOP_SIGNAL, STOP_STEP, STOP_WAIT, StepOutcome, Timer,
};
use crate::draft::{Field, Product};
use crate::i18n::{Language, Paper};
use crate::net::Report;

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
    /// The guided start shows this question now (`None`: the questions were closed).
    GuideAt(Option<String>),
    /// The person asked Microsoft for a code just now. After too many in a short time (see
    /// [`BURSTS`](super::BURSTS)) the "stop asking" wait starts by itself.
    CodeRequested {
        /// Which way the code should come.
        channel: Channel,
    },
    /// Everything is replaced: by an imported file, or by a fresh start. The language choice
    /// stays, since it belongs to this computer's user rather than to the progress.
    Replaced(Box<Progress>),
}

impl Progress {
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
            Action::GuideAt(question) => {
                let changed = self.guide_at != question;
                self.guide_at = question;
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
}
