//! Validation of a loaded knowledge base: unique ids, references that resolve, official links
//! and complete entries. Runs at start and in tests.

use std::collections::{BTreeSet, HashSet};

use crate::i18n::Language;
use crate::official;

use super::{KnowledgeBase, KnowledgeError, StepKind};

impl KnowledgeBase {
    pub(super) fn validate(&self) -> Result<(), KnowledgeError> {
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
        self.validate_recognition(&signals, &steps)?;

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

/// `Ok` when `id` is among `known`, else the error naming where it was referenced from.
pub(crate) fn resolve(
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
