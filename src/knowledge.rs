//! The knowledge base: error messages, symptoms, causes, steps, waits and links, as data.
//!
//! `assets/knowledge.ron` holds ids and structure only. Every sentence lives in the Fluent file
//! `i18n/<lang>/knowledge.ftl` under an id derived from the data id by the typed helpers on the
//! types here (`step.title_id()`, `cause.symptom_id()`, …), the only place such ids are made, so
//! that [`KnowledgeBase::text_ids`] can list every id a translation must define.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Deserialize;

use crate::guide::Guide;
use crate::i18n::{Language, TextId, Texts};
use crate::official;
use crate::tr;

/// The knowledge base compiled into the binary.
const EMBEDDED: &str = include_str!("../assets/knowledge.ron");

/// What went wrong while loading or validating a knowledge base; each names the id at fault.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
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

/// Something the person can report: an error message they saw or a symptom that fits.
#[derive(Debug, Clone, Deserialize)]
pub struct Signal {
    /// Stable id, also the stem of its Fluent ids.
    pub id: String,
    /// Whether it is an error message or a symptom (from the list it is in).
    #[serde(skip)]
    pub kind: SignalKind,
    /// For an on-screen message, its known wordings (the first is the main one), each with how
    /// it relates to Microsoft's own text per language code; empty for a symptom.
    #[serde(default)]
    pub wordings: Vec<BTreeMap<String, Wording>>,
}

/// Whether a message's text in one language is Microsoft's own or the app's paraphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Wording {
    /// Microsoft's words, from an official page or a verbatim copy of the screen: show it in
    /// quotation marks, as the person sees it.
    Microsoft,
    /// The app's wording: the exact words on screen in this language are not confirmed.
    Paraphrase,
}

/// A signal an older version offered, and the signals that stand for it now.
#[derive(Debug, Clone, Deserialize)]
pub struct Retired {
    /// The old id, as a saved progress may still report it.
    pub id: String,
    /// The current signals to report instead.
    pub now: Vec<String>,
}

/// A way the code can reach the person, with the symptom that says it does not.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Channel {
    /// Stable id, as `progress::Channel::id` gives it; also the stem of its text ids.
    pub id: String,
    /// The symptom "the code does not arrive this way".
    pub signal: String,
}

impl Channel {
    /// The id of its name ("Text message (SMS)").
    #[must_use]
    pub fn name_id(&self) -> TextId {
        TextId::derived("channel", &self.id, None)
    }

    /// The id of what to do on this channel once a wait before asking again is over.
    #[must_use]
    pub fn resend_id(&self) -> TextId {
        TextId::derived("channel", &self.id, Some("resend"))
    }
}

/// The two kinds of things a person reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SignalKind {
    /// An error message they saw on screen.
    #[default]
    Error,
    /// A symptom that fits their situation.
    Symptom,
}

impl Signal {
    /// The id of its text: the error message as the person saw it, or the symptom.
    #[must_use]
    pub fn text_id(&self) -> TextId {
        match self.kind {
            SignalKind::Error => TextId::derived("error", &self.id, None),
            SignalKind::Symptom => TextId::derived("symptom", &self.id, None),
        }
    }

    /// The id of what an error message usually means; symptoms explain themselves.
    #[must_use]
    pub fn meaning_id(&self) -> Option<TextId> {
        (self.kind == SignalKind::Error)
            .then(|| TextId::derived("error", &self.id, Some("meaning")))
    }

    /// The id of a one-line plain description of the screen that shows an error message.
    #[must_use]
    pub fn screen_id(&self) -> Option<TextId> {
        (self.kind == SignalKind::Error).then(|| TextId::derived("error", &self.id, Some("screen")))
    }

    /// The id of wording `index` of an error message: the main one (0) is [`Signal::text_id`],
    /// the others `error-<id>-alt-<index>`.
    #[must_use]
    pub fn wording_id(&self, index: usize) -> TextId {
        if index == 0 {
            self.text_id()
        } else {
            TextId::derived("error", &self.id, Some(&format!("alt-{index}")))
        }
    }

    /// How the wording `index` of this message relates to Microsoft's text in `language`.
    #[must_use]
    pub fn wording(&self, index: usize, language: Language) -> Option<Wording> {
        self.wordings.get(index)?.get(language.code()).copied()
    }

    /// The main wording as a short label (a large answer in the guided start): in quotation
    /// marks when they are Microsoft's words, plain otherwise, without the paraphrase note.
    #[must_use]
    pub fn short_label(&self, texts: &Texts) -> String {
        let text = tr!(texts, self.wording_id(0));
        match self.wording(0, texts.language()) {
            Some(Wording::Microsoft) => tr!(texts, "message-quoted", text = text),
            _ => text,
        }
    }

    /// Wording `index` of this message as the person reads it in the language of `texts`: in
    /// quotation marks when they are Microsoft's words, marked as a paraphrase otherwise.
    #[must_use]
    pub fn quoted(&self, texts: &Texts, index: usize) -> String {
        let text = tr!(texts, self.wording_id(index));
        match self.wording(index, texts.language()) {
            Some(Wording::Microsoft) => tr!(texts, "message-quoted", text = text),
            _ => tr!(texts, "message-paraphrased", text = text),
        }
    }

    /// The text the person reads for this signal in lists: a message quoted or marked as a
    /// paraphrase (see [`Signal::quoted`]), a symptom as it is.
    #[must_use]
    pub fn label(&self, texts: &Texts) -> String {
        match self.kind {
            SignalKind::Error => self.quoted(texts, 0),
            SignalKind::Symptom => tr!(texts, self.text_id()),
        }
    }
}

/// Where a cause and its fixes come from, shown so the person can judge how firm it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Origin {
    /// The source article's table.
    Article,
    /// Microsoft's own support pages.
    Microsoft,
    /// Widely reported by users, not confirmed by Microsoft.
    Community,
}

impl Origin {
    /// Every origin.
    pub const ALL: [Self; 3] = [Self::Article, Self::Microsoft, Self::Community];

    /// The id of the words that say where the advice comes from.
    #[must_use]
    pub fn text_id(self) -> TextId {
        match self {
            Self::Article => TextId::fixed("origin-article"),
            Self::Microsoft => TextId::fixed("origin-microsoft"),
            Self::Community => TextId::fixed("origin-community"),
        }
    }
}

/// How strongly a reported signal points to a cause.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Evidence {
    /// The id of an error or symptom.
    pub signal: String,
    /// 5 = it names this cause, 4 = almost certain, 3 = strong, 2 = fair, 1 = weak.
    pub weight: u32,
}

/// What kind of thing a step asks of the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum StepKind {
    /// Change something and try again.
    Do,
    /// Look at something and find out.
    Check,
    /// Waiting is the fix.
    Wait,
}

impl StepKind {
    /// Every kind.
    pub const ALL: [Self; 3] = [Self::Do, Self::Check, Self::Wait];

    /// The id of the word for the kind, shown as a badge.
    #[must_use]
    pub fn text_id(self) -> TextId {
        match self {
            Self::Do => TextId::fixed("kind-do"),
            Self::Check => TextId::fixed("kind-check"),
            Self::Wait => TextId::fixed("kind-wait"),
        }
    }
}

/// One thing to try, in the order the cause lists them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Step {
    /// Stable id, also the key of the person's progress on it.
    pub id: String,
    /// Do, check or wait.
    pub kind: StepKind,
    /// An official page that helps with this step.
    #[serde(default)]
    pub link: Option<String>,
    /// A warning shown with the step.
    #[serde(default)]
    pub caution: Option<String>,
    /// For wait steps: how long to wait.
    #[serde(default)]
    pub wait: Option<String>,
    /// A screen of this app that does the step.
    #[serde(default)]
    pub tool: Option<Tool>,
    /// The step applies only when one of these signals is reported (empty: always).
    #[serde(default)]
    pub only_with: Vec<String>,
    /// The step applies only when none of these signals is reported.
    #[serde(default)]
    pub not_with: Vec<String>,
}

impl Step {
    /// Whether the step fits what the person reported (a carrier's own setting, for example,
    /// only fits that carrier's customers).
    #[must_use]
    pub fn applies(&self, reported: &BTreeSet<String>) -> bool {
        (self.only_with.is_empty() || self.only_with.iter().any(|s| reported.contains(s)))
            && !self.not_with.iter().any(|s| reported.contains(s))
    }

    /// The id of its short title.
    #[must_use]
    pub fn title_id(&self) -> TextId {
        step_title_id(&self.id)
    }

    /// The id of its explanation.
    #[must_use]
    pub fn detail_id(&self) -> TextId {
        TextId::derived("step", &self.id, Some("detail"))
    }
}

/// The id of the title of the step with this id (for records that keep only the id).
#[must_use]
pub fn step_title_id(id: &str) -> TextId {
    TextId::derived("step", id, None)
}

/// A screen of the app that carries out a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Tool {
    /// The connectivity check.
    Connectivity,
    /// The recovery-form draft.
    Draft,
}

impl Tool {
    /// Every tool.
    pub const ALL: [Self; 2] = [Self::Connectivity, Self::Draft];

    /// The id of the words on the button that opens it from a step.
    #[must_use]
    pub fn open_id(self) -> TextId {
        match self {
            Self::Connectivity => TextId::fixed("step-open-connectivity"),
            Self::Draft => TextId::fixed("step-open-draft"),
        }
    }
}

/// What to try after a connectivity check with this verdict.
#[derive(Debug, Clone, Deserialize)]
pub struct VerdictAdvice {
    /// The verdict's id (see `net::Verdict::id`).
    pub id: String,
    /// Steps to try, in order.
    pub steps: Vec<String>,
}

impl VerdictAdvice {
    /// The id of the verdict's headline.
    #[must_use]
    pub fn title_id(&self) -> TextId {
        verdict_title_id(&self.id)
    }

    /// The id of what the verdict means.
    #[must_use]
    pub fn detail_id(&self) -> TextId {
        verdict_detail_id(&self.id)
    }
}

/// The id of the headline of the connectivity-check verdict with this id.
#[must_use]
pub fn verdict_title_id(id: &str) -> TextId {
    TextId::derived("verdict", id, None)
}

/// The id of what the connectivity-check verdict with this id means.
#[must_use]
pub fn verdict_detail_id(id: &str) -> TextId {
    TextId::derived("verdict", id, Some("detail"))
}

/// A likely reason for the trouble, with the signals that point to it and the fixes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Cause {
    /// Stable id, also the stem of its Fluent ids.
    pub id: String,
    /// Where this cause comes from.
    pub origin: Origin,
    /// Errors and symptoms that point to it.
    pub evidence: Vec<Evidence>,
    /// The fixes, in the order to try them.
    pub steps: Vec<Step>,
}

impl Cause {
    /// The id of its title.
    #[must_use]
    pub fn title_id(&self) -> TextId {
        TextId::derived("cause", &self.id, None)
    }

    /// The id of the symptom it typically shows.
    #[must_use]
    pub fn symptom_id(&self) -> TextId {
        TextId::derived("cause", &self.id, Some("symptom"))
    }
}

/// A period after which trying again makes sense.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Wait {
    /// Stable id.
    pub id: String,
    /// The usual length of the wait.
    pub minutes: u32,
    /// Other lengths a timer can be set to, when the advice is a range ("hours to days").
    #[serde(default)]
    pub choices: Vec<u32>,
    /// Whether, once it is over, the next thing is to ask for one new code.
    #[serde(default)]
    pub resend: bool,
}

impl Wait {
    /// The id of what to do once it is over.
    #[must_use]
    pub fn over_id(&self) -> TextId {
        TextId::derived("wait", &self.id, Some("over"))
    }

    /// The id of its name.
    #[must_use]
    pub fn name_id(&self) -> TextId {
        TextId::derived("wait", &self.id, None)
    }

    /// The id of how long it usually lasts ("a few hours to a few days").
    #[must_use]
    pub fn length_id(&self) -> TextId {
        TextId::derived("wait", &self.id, Some("length"))
    }

    /// The lengths a timer can be started with: the choices, or else the usual length.
    #[must_use]
    pub fn timer_choices(&self) -> Vec<u32> {
        if self.choices.is_empty() {
            vec![self.minutes]
        } else {
            self.choices.clone()
        }
    }
}

/// A group of things to do after signing in again.
#[derive(Debug, Clone, Deserialize)]
pub struct Aftercare {
    /// Stable id, also the stem of its heading's Fluent id.
    pub id: String,
    /// The things to do.
    pub steps: Vec<Step>,
}

impl Aftercare {
    /// The id of the group's heading.
    #[must_use]
    pub fn heading_id(&self) -> TextId {
        TextId::derived("aftercare", &self.id, None)
    }
}

/// A safety fact.
#[derive(Debug, Clone, Deserialize)]
pub struct SafetyFact {
    /// Stable id, also the stem of its Fluent id.
    pub id: String,
}

impl SafetyFact {
    /// The id of the fact's sentence.
    #[must_use]
    pub fn text_id(&self) -> TextId {
        TextId::derived("safety", &self.id, None)
    }
}

/// A way to reach Microsoft when the steps are not enough.
#[derive(Debug, Clone, Deserialize)]
pub struct Route {
    /// Stable id, also the stem of its Fluent ids.
    pub id: String,
    /// The official page to start from.
    #[serde(default)]
    pub link: Option<String>,
    /// How long an answer usually takes, if known.
    #[serde(default)]
    pub wait: Option<String>,
}

impl Route {
    /// The id of its name.
    #[must_use]
    pub fn name_id(&self) -> TextId {
        TextId::derived("route", &self.id, None)
    }

    /// The id of when to use it.
    #[must_use]
    pub fn when_id(&self) -> TextId {
        TextId::derived("route", &self.id, Some("when"))
    }
}

/// A warning that goes with some steps.
#[derive(Debug, Clone, Deserialize)]
pub struct Caution {
    /// Stable id.
    pub id: String,
}

impl Caution {
    /// The id of the warning's text.
    #[must_use]
    pub fn text_id(&self) -> TextId {
        TextId::derived("caution", &self.id, None)
    }
}

/// An official page.
#[derive(Debug, Clone, Deserialize)]
pub struct Link {
    /// Stable id.
    pub id: String,
    /// The address, always on an official Microsoft domain.
    pub url: String,
}

impl Link {
    /// The id of the link's label.
    #[must_use]
    pub fn label_id(&self) -> TextId {
        TextId::derived("link", &self.id, None)
    }
}

/// Everything the app knows about the problem, read-only after loading.
#[derive(Debug, Clone, Deserialize)]
pub struct KnowledgeBase {
    /// The error messages the person may have seen.
    pub errors: Vec<Signal>,
    /// The symptoms the person may recognise.
    pub symptoms: Vec<Signal>,
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
    /// The knowledge base compiled into the app, parsed and validated.
    ///
    /// # Errors
    /// When the embedded file is broken; `cargo test` checks it never is.
    pub fn embedded() -> Result<Self, KnowledgeError> {
        Self::from_ron(EMBEDDED)
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

    fn validate(&self) -> Result<(), KnowledgeError> {
        let signals = unique_ids(
            "errors and symptoms",
            self.errors
                .iter()
                .chain(&self.symptoms)
                .map(|s| s.id.as_str()),
        )?;
        unique_ids("causes", self.causes.iter().map(|c| c.id.as_str()))?;
        unique_ids(
            "steps",
            self.steps()
                .map(|(_, s)| s.id.as_str())
                .chain(self.aftercare_steps().map(|s| s.id.as_str())),
        )?;
        unique_ids(
            "aftercare groups",
            self.aftercare.iter().map(|a| a.id.as_str()),
        )?;
        unique_ids("safety facts", self.safety.iter().map(|f| f.id.as_str()))?;
        let waits = unique_ids("waits", self.waits.iter().map(|w| w.id.as_str()))?;
        let cautions = unique_ids("cautions", self.cautions.iter().map(|c| c.id.as_str()))?;
        let links = unique_ids("links", self.links.iter().map(|l| l.id.as_str()))?;
        unique_ids("routes", self.routes.iter().map(|r| r.id.as_str()))?;
        unique_ids("verdicts", self.verdicts.iter().map(|v| v.id.as_str()))?;
        let steps: HashSet<&str> = self.steps().map(|(_, s)| s.id.as_str()).collect();
        for advice in &self.verdicts {
            for step in &advice.steps {
                resolve(&advice.id, "step", step, &steps)?;
            }
        }
        for route in &self.routes {
            if let Some(link) = &route.link {
                resolve(&route.id, "link", link, &links)?;
            }
            if let Some(wait) = &route.wait {
                resolve(&route.id, "wait", wait, &waits)?;
            }
        }

        self.validate_messages()?;
        for retired in &self.retired {
            if signals.contains(retired.id.as_str()) {
                return Err(KnowledgeError::DuplicateId {
                    kind: "errors, symptoms and retired signals",
                    id: retired.id.clone(),
                });
            }
            for now in &retired.now {
                resolve(&retired.id, "signal", now, &signals)?;
            }
        }
        unique_ids("channels", self.channels.iter().map(|c| c.id.as_str()))?;
        for channel in &self.channels {
            resolve(&channel.id, "signal", &channel.signal, &signals)?;
        }
        self.guide.validate(&signals, &steps)?;

        for link in &self.links {
            if !official::is_official_link(&link.url) {
                return Err(KnowledgeError::UnofficialLink {
                    id: link.id.clone(),
                    url: link.url.clone(),
                });
            }
        }
        for step in self.aftercare_steps() {
            if let Some(link) = &step.link {
                resolve(&step.id, "link", link, &links)?;
            }
        }
        for cause in &self.causes {
            if cause.steps.is_empty() {
                return Err(KnowledgeError::Incomplete {
                    id: cause.id.clone(),
                    what: "a cause needs at least one step",
                });
            }
            for evidence in &cause.evidence {
                resolve(&cause.id, "signal", &evidence.signal, &signals)?;
            }
            for step in &cause.steps {
                for signal in step.only_with.iter().chain(&step.not_with) {
                    resolve(&step.id, "signal", signal, &signals)?;
                }
                if let Some(link) = &step.link {
                    resolve(&step.id, "link", link, &links)?;
                }
                if let Some(caution) = &step.caution {
                    resolve(&step.id, "caution", caution, &cautions)?;
                }
                match (&step.wait, step.kind) {
                    (Some(wait), _) => resolve(&step.id, "wait", wait, &waits)?,
                    (None, StepKind::Wait) => {
                        return Err(KnowledgeError::Incomplete {
                            id: step.id.clone(),
                            what: "a wait step needs a wait",
                        });
                    }
                    (None, _) => {}
                }
            }
        }
        Ok(())
    }

    /// Every error message has a wording in every language, and no symptom has one.
    fn validate_messages(&self) -> Result<(), KnowledgeError> {
        let expected: BTreeSet<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        for error in &self.errors {
            if error.wordings.is_empty() {
                return Err(KnowledgeError::Incomplete {
                    id: error.id.clone(),
                    what: "a message needs at least one wording",
                });
            }
            for wording in &error.wordings {
                let languages: BTreeSet<&str> = wording.keys().map(String::as_str).collect();
                if languages != expected {
                    return Err(KnowledgeError::Incomplete {
                        id: error.id.clone(),
                        what: "each wording needs a mark for every language, and no other",
                    });
                }
            }
        }
        if let Some(symptom) = self.symptoms.iter().find(|s| !s.wordings.is_empty()) {
            return Err(KnowledgeError::Incomplete {
                id: symptom.id.clone(),
                what: "a symptom has no on-screen wording; make it an error message",
            });
        }
        Ok(())
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

    /// The channel with this id ("sms", "email", "app", "call").
    #[must_use]
    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    /// The actions that bring a saved progress's reported signals up to date: each retired
    /// signal is withdrawn and the signals that stand for it now are reported instead. Apply
    /// them once after loading; with nothing retired in `reported`, there are none.
    #[must_use]
    pub fn migrate_reported(&self, reported: &BTreeSet<String>) -> Vec<crate::progress::Action> {
        use crate::progress::Action;
        let mut actions = Vec::new();
        let mut added = BTreeSet::new();
        for retired in self.retired.iter().filter(|r| reported.contains(&r.id)) {
            actions.push(Action::SignalToggled {
                signal: retired.id.clone(),
                reported: false,
            });
            for now in &retired.now {
                if !reported.contains(now) && added.insert(now.clone()) {
                    actions.push(Action::SignalToggled {
                        signal: now.clone(),
                        reported: true,
                    });
                }
            }
        }
        actions
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

fn unique_ids<'a>(
    kind: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, KnowledgeError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(KnowledgeError::DuplicateId {
                kind,
                id: id.to_owned(),
            });
        }
    }
    Ok(seen)
}

fn resolve(
    from: &str,
    kind: &'static str,
    id: &str,
    known: &HashSet<&str>,
) -> Result<(), KnowledgeError> {
    if known.contains(id) {
        Ok(())
    } else {
        Err(KnowledgeError::UnknownReference {
            from: from.to_owned(),
            kind,
            id: id.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"(
        errors: [(id: "e", wordings: [{"en": Microsoft, "ja": Paraphrase}])],
        symptoms: [(id: "s")],
        channels: [(id: "sms", signal: "e")],
        causes: [(id: "c", origin: Article, evidence: [(signal: "s", weight: 2)],
                  steps: [(id: "c-1", kind: Wait, wait: Some("w"), link: Some("l"))])],
        waits: [(id: "w", minutes: 10)],
        routes: [(id: "r", link: Some("l"), wait: Some("w"))],
        verdicts: [(id: "v", steps: ["c-1"])],
        aftercare: [(id: "a", steps: [(id: "a-1", kind: Do, link: Some("l"))])],
        guide: [(id: "q", choice: One, answers: [(id: "yes", signals: ["e"], tried: ["c-1"])])],
        safety: [(id: "s")],
        cautions: [],
        links: [(id: "l", url: "https://account.live.com/acsr")],
    )"#;

    #[test]
    fn embedded_knowledge_base_is_valid() {
        let kb = KnowledgeBase::embedded().expect("the embedded knowledge base validates");
        assert!(kb.errors.len() >= 10, "Microsoft's real screens");
        assert!(kb.causes.len() >= 5);
    }

    #[test]
    fn minimal_knowledge_base_loads() {
        let kb = KnowledgeBase::from_ron(MINIMAL).expect("valid");
        assert_eq!(kb.step("c-1").map(|(c, _)| c.id.as_str()), Some("c"));
        assert_eq!(kb.link_url("l"), Some("https://account.live.com/acsr"));
    }

    #[test]
    fn duplicate_step_id_is_named() {
        let text = MINIMAL.replace(
            r#"steps: [(id: "c-1""#,
            r#"steps: [(id: "c-1", kind: Do), (id: "c-1""#,
        );
        assert_eq!(
            KnowledgeBase::from_ron(&text).map(|_| ()),
            Err(KnowledgeError::DuplicateId {
                kind: "steps",
                id: "c-1".into()
            })
        );
    }

    #[test]
    fn unknown_signal_is_named() {
        let text = MINIMAL.replace(r#"signal: "s""#, r#"signal: "nope""#);
        assert_eq!(
            KnowledgeBase::from_ron(&text).map(|_| ()),
            Err(KnowledgeError::UnknownReference {
                from: "c".into(),
                kind: "signal",
                id: "nope".into()
            })
        );
    }

    #[test]
    fn unofficial_link_is_refused() {
        // Plain HTTP is not official even on Microsoft's host (look-alike hosts are tested in
        // tests/official_links.rs, so that no such address sits in the app's sources).
        let text = MINIMAL.replace(
            "https://account.live.com/acsr",
            "http://account.live.com/acsr",
        );
        assert!(matches!(
            KnowledgeBase::from_ron(&text),
            Err(KnowledgeError::UnofficialLink { id, .. }) if id == "l"
        ));
    }

    #[test]
    fn a_message_without_a_mark_for_every_language_is_incomplete() {
        let text = MINIMAL.replace(
            r#"{"en": Microsoft, "ja": Paraphrase}"#,
            r#"{"en": Microsoft}"#,
        );
        assert!(matches!(
            KnowledgeBase::from_ron(&text),
            Err(KnowledgeError::Incomplete { id, .. }) if id == "e"
        ));
    }

    #[test]
    fn a_guide_answer_naming_an_unknown_step_is_named() {
        let text = MINIMAL.replace(r#"tried: ["c-1"]"#, r#"tried: ["c-9"]"#);
        assert_eq!(
            KnowledgeBase::from_ron(&text).map(|_| ()),
            Err(KnowledgeError::UnknownReference {
                from: "q/yes".into(),
                kind: "step",
                id: "c-9".into()
            })
        );
    }

    #[test]
    fn retired_signals_are_replaced_once() {
        let kb = KnowledgeBase::embedded().expect("valid");
        let reported: BTreeSet<String> = ["no-code-at-all", "sms-email-missing", "sms-missing"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let mut progress = crate::progress::Progress {
            reported,
            ..Default::default()
        };
        for action in kb.migrate_reported(&progress.reported) {
            progress.apply(action, jiff::Timestamp::UNIX_EPOCH);
        }
        let now: Vec<&str> = progress.reported.iter().map(String::as_str).collect();
        assert_eq!(now, ["email-missing", "sms-missing"]);
        assert!(kb.migrate_reported(&progress.reported).is_empty());
    }

    #[test]
    fn steps_apply_by_what_is_reported() {
        let kb = KnowledgeBase::embedded().expect("valid");
        let reported = |ids: &[&str]| ids.iter().map(|s| (*s).to_owned()).collect::<BTreeSet<_>>();
        let (_, docomo) = kb.step("carrier-docomo").expect("docomo's step");
        let (_, generic) = kb.step("carrier-settings").expect("the generic step");
        assert!(!docomo.applies(&reported(&["sms-missing"])));
        assert!(generic.applies(&reported(&["sms-missing"])));
        assert!(docomo.applies(&reported(&["carrier-docomo"])));
        assert!(!generic.applies(&reported(&["carrier-docomo"])));
    }

    #[test]
    fn wait_step_without_wait_is_incomplete() {
        let text = MINIMAL.replace(r#"wait: Some("w"), "#, "");
        assert!(matches!(
            KnowledgeBase::from_ron(&text),
            Err(KnowledgeError::Incomplete { id, .. }) if id == "c-1"
        ));
    }
}
