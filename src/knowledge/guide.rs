//! The guided start's questions and answers, as data (`guide` in `assets/knowledge.ron`).
//!
//! Which questions to ask and what the answers report is the guide's flow (`crate::guide`);
//! here are only the types the knowledge base holds, their text ids and their validation.

use std::collections::{BTreeSet, HashSet};

use serde::Deserialize;

use super::{KnowledgeBase, KnowledgeError, resolve};
use crate::i18n::TextId;

/// The guided start's questions, in the order they are asked.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(transparent)]
pub struct Guide {
    /// Every question; [`Guide::questions`] says which of them to ask.
    pub questions: Vec<Question>,
}

/// How many answers a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Choice {
    /// Exactly one (radio buttons).
    One,
    /// Any number (check boxes).
    Many,
}

/// One question of the guided start.
#[derive(Debug, Clone, Deserialize)]
pub struct Question {
    /// Stable id, also the stem of its Fluent ids.
    pub id: String,
    /// One answer or several.
    pub choice: Choice,
    /// Asked only when one of these signals is reported by then (empty: always).
    #[serde(default)]
    pub when: Vec<String>,
    /// Asked only when none of these signals is reported by then.
    #[serde(default)]
    pub unless: Vec<String>,
    /// The answers, in the order shown.
    pub answers: Vec<Answer>,
}

/// One answer to a question.
#[derive(Debug, Clone, Deserialize)]
pub struct Answer {
    /// Stable id within its question.
    pub id: String,
    /// A signal whose own text labels this answer (a message's wording and its screen, or a
    /// symptom); without it the answer has text of its own.
    #[serde(default)]
    pub shows: Option<String>,
    /// The signals this answer reports.
    #[serde(default)]
    pub signals: Vec<String>,
    /// Steps this answer marks as "tried: no change".
    #[serde(default)]
    pub tried: Vec<String>,
    /// Choosing it clears the question's other answers ("none of these").
    #[serde(default)]
    pub exclusive: bool,
}

impl Question {
    /// The id of the question itself.
    #[must_use]
    pub fn text_id(&self) -> TextId {
        TextId::derived("guide", &self.id, None)
    }

    /// The id of the line that helps answer it.
    #[must_use]
    pub fn hint_id(&self) -> TextId {
        TextId::derived("guide", &self.id, Some("hint"))
    }

    /// The answer with this id.
    #[must_use]
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.id == id)
    }

    /// Whether the question is asked once these signals are reported.
    #[must_use]
    pub fn asked(&self, signals: &BTreeSet<String>) -> bool {
        (self.when.is_empty() || self.when.iter().any(|s| signals.contains(s)))
            && !self.unless.iter().any(|s| signals.contains(s))
    }

    /// Every signal some answer of this question reports.
    pub fn domain(&self) -> impl Iterator<Item = &String> {
        self.answers.iter().flat_map(|a| &a.signals)
    }
}

impl Answer {
    /// The id of the answer's label: the text of the signal it shows (for a message, its main
    /// wording; `Signal::quoted` adds the quotation marks), or else its own text
    /// `guide-<question>-<answer>`.
    #[must_use]
    pub fn text_id(&self, kb: &KnowledgeBase, question: &Question) -> TextId {
        match self.shows.as_deref().and_then(|id| kb.signal(id)) {
            Some(signal) => signal.text_id(),
            None => TextId::derived("guide", &question.id, Some(&self.id)),
        }
    }

    /// The id of a line under the label: for a message, the plain description of the screen
    /// that shows it.
    #[must_use]
    pub fn hint_id(&self, kb: &KnowledgeBase) -> Option<TextId> {
        self.shows
            .as_deref()
            .and_then(|id| kb.signal(id))
            .and_then(super::Signal::screen_id)
    }
}

impl Guide {
    /// The question with this id.
    #[must_use]
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Every text id of its own the guide needs in each language (answers that show a signal
    /// use the signal's text).
    #[must_use]
    pub fn text_ids(&self) -> Vec<TextId> {
        let mut ids = Vec::new();
        for question in &self.questions {
            ids.push(question.text_id());
            ids.push(question.hint_id());
            for answer in question.answers.iter().filter(|a| a.shows.is_none()) {
                ids.push(TextId::derived("guide", &question.id, Some(&answer.id)));
            }
        }
        ids
    }

    /// Checks that every id the guide names exists.
    ///
    /// # Errors
    /// Names the first question or answer at fault.
    pub fn validate(
        &self,
        signals: &HashSet<&str>,
        steps: &HashSet<&str>,
    ) -> Result<(), KnowledgeError> {
        let mut seen = BTreeSet::new();
        for question in &self.questions {
            if !seen.insert(question.id.as_str()) {
                return Err(KnowledgeError::DuplicateId {
                    kind: "guide questions",
                    id: question.id.clone(),
                });
            }
            if question.answers.is_empty() {
                return Err(KnowledgeError::Incomplete {
                    id: question.id.clone(),
                    what: "a question needs answers",
                });
            }
            let mut answer_ids = BTreeSet::new();
            for answer in &question.answers {
                let from = format!("{}/{}", question.id, answer.id);
                if !answer_ids.insert(answer.id.as_str()) {
                    return Err(KnowledgeError::DuplicateId {
                        kind: "answers of one question",
                        id: from,
                    });
                }
                for signal in answer.signals.iter().chain(&answer.shows) {
                    resolve(&from, "signal", signal, signals)?;
                }
                for step in &answer.tried {
                    resolve(&from, "step", step, steps)?;
                }
            }
            for signal in question.when.iter().chain(&question.unless) {
                resolve(&question.id, "signal", signal, signals)?;
            }
        }
        Ok(())
    }
}
