//! The knowledge base: error messages, symptoms, causes, steps, waits and links, as data.
//!
//! `assets/knowledge.ron` holds ids and structure only. Every sentence lives in the Fluent file
//! `i18n/<lang>/knowledge.ftl` under an id derived from the data id by the typed helpers on the
//! types here (`step.title_id()`, `cause.symptom_id()`, …), the only place such ids are made, so
//! that [`KnowledgeBase::text_ids`] can list every id a translation must define.
//!
//! - `guide`: the guided start's questions and answers (which to ask is `crate::guide`);
//! - `signals`: what a person reports (messages, symptoms, channels, retired signals);
//! - `steps`: causes, their steps, tools and waits;
//! - `support`: verdict advice, aftercare, safety facts, routes, cautions and links;
//! - `validate`: the checks a loaded knowledge base must pass;
//! - `vocabulary`: what the recogniser knows besides wordings: error codes, concepts, readings.

mod guide;
mod signals;
mod steps;
mod support;
mod validate;
mod vocabulary;

pub(crate) use validate::resolve;

#[cfg(test)]
mod tests;

use serde::Deserialize;

use crate::i18n::TextId;

pub use guide::{Answer, Choice, Guide, Question};
pub use signals::{Channel, Retired, Signal, SignalKind, Wording};
pub use steps::{Cause, Evidence, Origin, Step, StepKind, Tool, Wait, step_title_id};
pub use support::{Aftercare, Caution, Link, Route, SafetyFact, VerdictAdvice};
pub use vocabulary::{Concept, ErrorCode, Reading, Vocabulary, code_key};

/// The knowledge base compiled into the binary.
const EMBEDDED: &str = include_str!("../../assets/knowledge.ron");

/// What went wrong while loading or validating a knowledge base; each names the id at fault.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum KnowledgeError {
    /// The RON text does not parse into the expected structure.
    #[error("the knowledge base does not parse: {0}")]
    Parse(String),
    /// Two entries of the same kind share an id.
    #[error("the id \"{id}\" is used twice among the {kind}")]
    DuplicateId {
        /// Which list holds the duplicate ("causes", "steps", …).
        kind: &'static str,
        /// The repeated id.
        id: String,
    },
    /// An entry refers to an id that does not exist.
    #[error("\"{from}\" refers to the unknown {kind} \"{id}\"")]
    UnknownReference {
        /// The id of the entry holding the reference.
        from: String,
        /// What kind of id was expected ("signal", "link", …).
        kind: &'static str,
        /// The id that does not resolve.
        id: String,
    },
    /// A link points outside the official Microsoft domains.
    #[error("the link \"{id}\" points to {url}, which is not an official Microsoft address")]
    UnofficialLink {
        /// The link id.
        id: String,
        /// The offending URL.
        url: String,
    },
    /// A cause without steps, or a wait step without a wait, cannot be shown usefully.
    #[error("\"{id}\" is incomplete: {what}")]
    Incomplete {
        /// The id of the incomplete entry.
        id: String,
        /// What is missing.
        what: &'static str,
    },
}

/// Everything the app knows about the problem, read-only after loading.
#[derive(Debug, Clone, Deserialize)]
pub struct KnowledgeBase {
    /// The error messages the person may have seen.
    pub errors: Vec<Signal>,
    /// The symptoms the person may recognise.
    pub symptoms: Vec<Signal>,
    /// Error codes the recogniser knows, each with the message it reports.
    #[serde(default)]
    pub codes: Vec<ErrorCode>,
    /// The recogniser's concepts and readings, for messages told in a person's own words.
    #[serde(default)]
    pub vocabulary: Vocabulary,
    /// Signals of older versions and what stands for them now.
    #[serde(default)]
    pub retired: Vec<Retired>,
    /// The ways a code can reach the person.
    pub channels: Vec<Channel>,
    /// Causes in the order to try them when nothing is reported.
    pub causes: Vec<Cause>,
    /// Waiting periods.
    pub waits: Vec<Wait>,
    /// Ways to reach Microsoft.
    pub routes: Vec<Route>,
    /// Advice per connectivity-check verdict.
    pub verdicts: Vec<VerdictAdvice>,
    /// What to do after signing in again.
    pub aftercare: Vec<Aftercare>,
    /// The guided start's questions.
    pub guide: Guide,
    /// Safety facts.
    pub safety: Vec<SafetyFact>,
    /// Warnings attached to steps.
    pub cautions: Vec<Caution>,
    /// Official pages.
    pub links: Vec<Link>,
}

impl KnowledgeBase {
    /// The knowledge base compiled into the app, parsed and validated once per process: start-up
    /// and every reading of a save get a copy of the same one (`benches/startup.rs` measures
    /// both).
    ///
    /// # Errors
    /// When the embedded file is broken; `cargo test` checks it never is.
    pub fn embedded() -> Result<Self, KnowledgeError> {
        static PARSED: std::sync::OnceLock<Result<KnowledgeBase, KnowledgeError>> =
            std::sync::OnceLock::new();
        PARSED.get_or_init(|| Self::from_ron(EMBEDDED)).clone()
    }

    /// Parses and validates a knowledge base from RON text.
    ///
    /// # Errors
    /// When the text does not parse or does not validate; the error names the id at fault.
    pub fn from_ron(text: &str) -> Result<Self, KnowledgeError> {
        let mut kb: Self = ron::from_str(text).map_err(|e| KnowledgeError::Parse(e.to_string()))?;
        for symptom in &mut kb.symptoms {
            symptom.kind = SignalKind::Symptom;
        }
        kb.validate()?;
        Ok(kb)
    }

    /// Every step with its cause, in knowledge-base order.
    pub fn steps(&self) -> impl Iterator<Item = (&Cause, &Step)> {
        self.causes
            .iter()
            .flat_map(|cause| cause.steps.iter().map(move |step| (cause, step)))
    }

    /// Every after-recovery step, in order.
    pub fn aftercare_steps(&self) -> impl Iterator<Item = &Step> {
        self.aftercare.iter().flat_map(|a| a.steps.iter())
    }

    /// The cause with this id.
    #[must_use]
    pub fn cause(&self, id: &str) -> Option<&Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    /// The step with this id, with its cause.
    #[must_use]
    pub fn step(&self, id: &str) -> Option<(&Cause, &Step)> {
        self.steps().find(|(_, s)| s.id == id)
    }

    /// The wait with this id.
    #[must_use]
    pub fn wait(&self, id: &str) -> Option<&Wait> {
        self.waits.iter().find(|w| w.id == id)
    }

    /// The steps advised after a connectivity check with this verdict id.
    #[must_use]
    pub fn verdict_steps(&self, id: &str) -> &[String] {
        self.verdicts
            .iter()
            .find(|v| v.id == id)
            .map_or(&[], |v| v.steps.as_slice())
    }

    /// The official address of the link with this id.
    #[must_use]
    pub fn link_url(&self, id: &str) -> Option<&str> {
        self.links
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.url.as_str())
    }

    /// Whether `id` names an error message (as opposed to a symptom).
    #[must_use]
    pub fn is_error(&self, id: &str) -> bool {
        self.errors.iter().any(|e| e.id == id)
    }

    /// The reported error or symptom with this id.
    #[must_use]
    pub fn signal(&self, id: &str) -> Option<&Signal> {
        self.errors
            .iter()
            .chain(&self.symptoms)
            .find(|s| s.id == id)
    }

    /// The error code written as `code` (`0x80190001`, `80190001` and `0X80190001` are one).
    #[must_use]
    pub fn code(&self, code: &str) -> Option<&ErrorCode> {
        let key = code_key(code);
        self.codes.iter().find(|c| c.key() == key)
    }

    /// The channel with this id ("sms", "email", "app", "call").
    #[must_use]
    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    /// The advice for the connectivity-check verdict with this id.
    #[must_use]
    pub fn verdict(&self, id: &str) -> Option<&VerdictAdvice> {
        self.verdicts.iter().find(|v| v.id == id)
    }

    /// The caution with this id.
    #[must_use]
    pub fn caution(&self, id: &str) -> Option<&Caution> {
        self.cautions.iter().find(|c| c.id == id)
    }

    /// The route with this id.
    #[must_use]
    pub fn route(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }

    /// The link with this id.
    #[must_use]
    pub fn link(&self, id: &str) -> Option<&Link> {
        self.links.iter().find(|l| l.id == id)
    }

    /// Every text id this knowledge base needs in each language.
    #[must_use]
    pub fn text_ids(&self) -> Vec<TextId> {
        let mut ids = Vec::new();
        for signal in self.errors.iter().chain(&self.symptoms) {
            ids.push(signal.text_id());
            ids.extend(signal.meaning_id());
            ids.extend(signal.screen_id());
            ids.extend((1..signal.wordings.len()).map(|index| signal.wording_id(index)));
        }
        ids.extend(self.codes.iter().map(ErrorCode::meaning_id));
        for channel in &self.channels {
            ids.push(channel.name_id());
            ids.push(channel.resend_id());
        }
        ids.extend(self.guide.text_ids());
        for cause in &self.causes {
            ids.push(cause.title_id());
            ids.push(cause.symptom_id());
        }
        for step in self.steps().map(|(_, s)| s).chain(self.aftercare_steps()) {
            ids.push(step.title_id());
            ids.push(step.detail_id());
        }
        for wait in &self.waits {
            ids.push(wait.name_id());
            ids.push(wait.length_id());
            ids.push(wait.over_id());
        }
        ids.extend(self.aftercare.iter().map(Aftercare::heading_id));
        ids.extend(self.safety.iter().map(SafetyFact::text_id));
        for advice in &self.verdicts {
            ids.push(advice.title_id());
            ids.push(advice.detail_id());
        }
        for route in &self.routes {
            ids.push(route.name_id());
            ids.push(route.when_id());
        }
        ids.extend(self.cautions.iter().map(Caution::text_id));
        ids.extend(self.links.iter().map(Link::label_id));
        ids
    }
}
