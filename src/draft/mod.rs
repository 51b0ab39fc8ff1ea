//! The recovery-form draft: the answers the person gathers for Microsoft's account recovery
//! form ([`model`]), the checks on them ([`checks`]), how complete they are ([`completeness`]),
//! and the draft as text ([`render`]).
//!
//! The app never sends anything: the person types the draft into the official page. Previous
//! passwords are not part of [`Draft`] at all; they live only in the screen's memory
//! ([`Password`]) and reach the text only when the person reveals one on purpose.

pub mod checks;
pub mod completeness;
pub mod model;
pub mod render;

use jiff::Timestamp;

pub use checks::{Check, Finding, Severity, check, is_email, is_japan, is_phone, parse_date};
pub use completeness::{Completeness, Suggestion, Tip, completeness};
pub use model::{Draft, Field, Password, Product, Section};

/// A step the person tried, for the reviewer: what, when and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriedStep {
    /// The step id.
    pub step: String,
    /// When its outcome was last set.
    pub at: Option<Timestamp>,
    /// The outcome.
    pub outcome: crate::progress::StepOutcome,
    /// The person's note.
    pub note: String,
}

/// The steps the person tried or skipped, oldest first (the knowledge base's order for equal
/// times).
#[must_use]
pub fn tried_steps(
    kb: &crate::knowledge::KnowledgeBase,
    progress: &crate::progress::Progress,
) -> Vec<TriedStep> {
    let mut tried: Vec<TriedStep> = kb
        .steps()
        .filter_map(|(_, step)| {
            let record = progress.record(&step.id)?;
            record.outcome.is_done().then(|| TriedStep {
                step: step.id.clone(),
                at: record.changed_at,
                outcome: record.outcome,
                note: record.note.clone(),
            })
        })
        .collect();
    tried.sort_by_key(|t| t.at);
    tried
}
