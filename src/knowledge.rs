//! The knowledge base: error messages, symptoms, causes, steps, waits and links, as data.
//!
//! `assets/knowledge.ron` holds ids and structure only. Every sentence lives in the Fluent file
//! `i18n/<lang>/knowledge.ftl` under an id derived from the data id by the `*_text_id` methods
//! here, so that [`KnowledgeBase::text_ids`] can list every id a translation must define.

use std::collections::HashSet;

use serde::Deserialize;

use crate::official;

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

/// How strongly a reported signal points to a cause.
#[derive(Debug, Clone, Deserialize)]
pub struct Evidence {
    /// The id of an error or symptom.
    pub signal: String,
    /// 4 = almost certain, 3 = strong, 2 = fair, 1 = weak.
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

/// One thing to try, in the order the cause lists them.
#[derive(Debug, Clone, Deserialize)]
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
}

/// A screen of the app that carries out a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Tool {
    /// The connectivity check.
    Connectivity,
    /// The recovery-form draft.
    Draft,
}

/// What to try after a connectivity check with this verdict.
#[derive(Debug, Clone, Deserialize)]
pub struct VerdictAdvice {
    /// The verdict's id (see `net::Verdict::id`).
    pub id: String,
    /// Steps to try, in order.
    pub steps: Vec<String>,
}

/// A likely reason for the trouble, with the signals that point to it and the fixes.
#[derive(Debug, Clone, Deserialize)]
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

/// A period after which trying again makes sense.
#[derive(Debug, Clone, Deserialize)]
pub struct Wait {
    /// Stable id.
    pub id: String,
    /// The usual length of the wait.
    pub minutes: u32,
    /// Other lengths a timer can be set to, when the advice is a range ("hours to days").
    #[serde(default)]
    pub choices: Vec<u32>,
}

impl Wait {
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

/// A safety fact.
#[derive(Debug, Clone, Deserialize)]
pub struct SafetyFact {
    /// Stable id, also the stem of its Fluent id.
    pub id: String,
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

/// A warning that goes with some steps.
#[derive(Debug, Clone, Deserialize)]
pub struct Caution {
    /// Stable id.
    pub id: String,
}

/// An official page.
#[derive(Debug, Clone, Deserialize)]
pub struct Link {
    /// Stable id.
    pub id: String,
    /// The address, always on an official Microsoft domain.
    pub url: String,
}

/// Everything the app knows about the problem, read-only after loading.
#[derive(Debug, Clone, Deserialize)]
pub struct KnowledgeBase {
    /// The error messages the person may have seen.
    pub errors: Vec<Signal>,
    /// The symptoms the person may recognise.
    pub symptoms: Vec<Signal>,
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
        let kb: Self = ron::from_str(text).map_err(|e| KnowledgeError::Parse(e.to_string()))?;
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

    /// Every Fluent id this knowledge base needs in each language.
    #[must_use]
    pub fn text_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for error in &self.errors {
            ids.push(error_text_id(&error.id));
            ids.push(error_meaning_text_id(&error.id));
        }
        for symptom in &self.symptoms {
            ids.push(symptom_text_id(&symptom.id));
        }
        for cause in &self.causes {
            ids.push(cause_text_id(&cause.id));
            ids.push(cause_symptom_text_id(&cause.id));
            for step in &cause.steps {
                ids.push(step_text_id(&step.id));
                ids.push(step_detail_text_id(&step.id));
            }
        }
        for wait in &self.waits {
            ids.push(wait_text_id(&wait.id));
            ids.push(wait_length_text_id(&wait.id));
        }
        for group in &self.aftercare {
            ids.push(format!("aftercare-{}", group.id));
            for step in &group.steps {
                ids.push(step_text_id(&step.id));
                ids.push(step_detail_text_id(&step.id));
            }
        }
        ids.extend(self.safety.iter().map(|f| format!("safety-{}", f.id)));
        for advice in &self.verdicts {
            ids.push(format!("verdict-{}", advice.id));
            ids.push(format!("verdict-{}-detail", advice.id));
        }
        for route in &self.routes {
            ids.push(route_text_id(&route.id));
            ids.push(route_when_text_id(&route.id));
        }
        ids.extend(self.cautions.iter().map(|c| caution_text_id(&c.id)));
        ids.extend(self.links.iter().map(|l| link_text_id(&l.id)));
        ids
    }
}

/// The Fluent id of an error message as the person saw it.
#[must_use]
pub fn error_text_id(id: &str) -> String {
    format!("error-{id}")
}

/// The Fluent id of what an error message usually means.
#[must_use]
pub fn error_meaning_text_id(id: &str) -> String {
    format!("error-{id}-meaning")
}

/// The Fluent id of a symptom.
#[must_use]
pub fn symptom_text_id(id: &str) -> String {
    format!("symptom-{id}")
}

/// The Fluent id of a reported signal, error or symptom.
#[must_use]
pub fn signal_text_id(kb: &KnowledgeBase, id: &str) -> String {
    if kb.is_error(id) {
        error_text_id(id)
    } else {
        symptom_text_id(id)
    }
}

/// The Fluent id of a cause's title.
#[must_use]
pub fn cause_text_id(id: &str) -> String {
    format!("cause-{id}")
}

/// The Fluent id of the symptom a cause typically shows.
#[must_use]
pub fn cause_symptom_text_id(id: &str) -> String {
    format!("cause-{id}-symptom")
}

/// The Fluent id of a step's short title.
#[must_use]
pub fn step_text_id(id: &str) -> String {
    format!("step-{id}")
}

/// The Fluent id of a step's explanation.
#[must_use]
pub fn step_detail_text_id(id: &str) -> String {
    format!("step-{id}-detail")
}

/// The Fluent id of a wait's name.
#[must_use]
pub fn wait_text_id(id: &str) -> String {
    format!("wait-{id}")
}

/// The Fluent id of a support route's name.
#[must_use]
pub fn route_text_id(id: &str) -> String {
    format!("route-{id}")
}

/// The Fluent id of when to use a support route.
#[must_use]
pub fn route_when_text_id(id: &str) -> String {
    format!("route-{id}-when")
}

/// The Fluent id of how long a wait usually lasts ("a few hours to a few days").
#[must_use]
pub fn wait_length_text_id(id: &str) -> String {
    format!("wait-{id}-length")
}

/// The Fluent id of a caution.
#[must_use]
pub fn caution_text_id(id: &str) -> String {
    format!("caution-{id}")
}

/// The Fluent id of a link's label.
#[must_use]
pub fn link_text_id(id: &str) -> String {
    format!("link-{id}")
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
        errors: [(id: "e")],
        symptoms: [(id: "s")],
        causes: [(id: "c", origin: Article, evidence: [(signal: "s", weight: 2)],
                  steps: [(id: "c-1", kind: Wait, wait: Some("w"), link: Some("l"))])],
        waits: [(id: "w", minutes: 10)],
        routes: [(id: "r", link: Some("l"), wait: Some("w"))],
        verdicts: [(id: "v", steps: ["c-1"])],
        aftercare: [(id: "a", steps: [(id: "a-1", kind: Do, link: Some("l"))])],
        safety: [(id: "s")],
        cautions: [],
        links: [(id: "l", url: "https://account.live.com/acsr")],
    )"#;

    #[test]
    fn embedded_knowledge_base_is_valid() {
        let kb = KnowledgeBase::embedded().expect("the embedded knowledge base validates");
        assert_eq!(kb.errors.len(), 3, "the article's three error messages");
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
    fn wait_step_without_wait_is_incomplete() {
        let text = MINIMAL.replace(r#"wait: Some("w"), "#, "");
        assert!(matches!(
            KnowledgeBase::from_ron(&text),
            Err(KnowledgeError::Incomplete { id, .. }) if id == "c-1"
        ));
    }
}
