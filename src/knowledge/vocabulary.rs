//! What the recogniser needs besides the messages' wordings: the error codes it knows, the
//! concepts people use when they describe a message in their own words, and the readings that
//! make a Japanese word typed in kana equal to the same word in kanji.

use std::collections::HashSet;

use serde::Deserialize;

use crate::i18n::TextId;

use super::{KnowledgeBase, KnowledgeError, resolve};

/// An error code that Windows or a Microsoft sign-in page shows (research:
/// screens-and-wording.md §1.5). A known code anywhere in a pasted text decides what it is.
#[derive(Debug, Clone, Deserialize)]
pub struct ErrorCode {
    /// The code as it is usually written: `0x80190001`, `80041002`, `AADSTS50053`.
    pub code: String,
    /// The message it reports once the person confirms it.
    pub signal: String,
    /// Which of that message's wordings shows it (0: the main one).
    #[serde(default)]
    pub wording: usize,
    /// The first step for this code, when it is not the one the checklist gives for `signal`.
    #[serde(default)]
    pub step: Option<String>,
}

impl ErrorCode {
    /// The code in the form the recogniser compares: lower case, without `0x`, so that
    /// `0x80190001`, `0X80190001` and `80190001` are one code.
    #[must_use]
    pub fn key(&self) -> String {
        code_key(&self.code)
    }

    /// The id of what this code means, in one or two sentences.
    #[must_use]
    pub fn meaning_id(&self) -> TextId {
        TextId::derived("code", &self.key(), Some("meaning"))
    }
}

/// The comparable form of a code (see [`ErrorCode::key`]).
#[must_use]
pub fn code_key(code: &str) -> String {
    let lower = code.to_ascii_lowercase();
    lower.strip_prefix("0x").unwrap_or(&lower).to_owned()
}

/// An idea a message is about, with the words and phrases that say it in Japanese and
/// English ("temporary": 一時的, いったん, temporary, for now).
#[derive(Debug, Clone, Deserialize)]
pub struct Concept {
    /// Stable id, used by the messages' keys.
    pub id: String,
    /// Words and phrases that say it. A term of ASCII letters must start a word in the text
    /// ("lock" finds "locked", not "block"); any other term may stand anywhere.
    pub terms: Vec<String>,
}

/// A Japanese word that people type in kana as often as in kanji: the recogniser reads both
/// as `reading` (試して and ためして are one word).
#[derive(Debug, Clone, Deserialize)]
pub struct Reading {
    /// The word as written with kanji, with its kana ending if it has one (試し, 起き, 問題).
    pub written: String,
    /// Its reading in hiragana (ためし, おき, もんだい).
    pub reading: String,
}

/// The recogniser's vocabulary: concepts and readings.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Vocabulary {
    /// Concepts, referred to by the messages' keys.
    #[serde(default)]
    pub concepts: Vec<Concept>,
    /// Readings for kanji words that people also type in kana.
    #[serde(default)]
    pub readings: Vec<Reading>,
    /// Names of other companies' services: a text that names one and none of
    /// [`Vocabulary::microsoft`] is about that service, and no Microsoft message is found in it.
    #[serde(default)]
    pub other_services: Vec<String>,
    /// Names of Microsoft and its services.
    #[serde(default)]
    pub microsoft: Vec<String>,
}

impl KnowledgeBase {
    /// Codes name a message and a step that exist and are unique; keys name known concepts.
    pub(super) fn validate_recognition(
        &self,
        signals: &HashSet<&str>,
        steps: &HashSet<&str>,
    ) -> Result<(), KnowledgeError> {
        let mut codes = HashSet::new();
        for code in &self.codes {
            if !codes.insert(code.key()) {
                return Err(KnowledgeError::DuplicateId {
                    kind: "error codes",
                    id: code.code.clone(),
                });
            }
            resolve(&code.code, "signal", &code.signal, signals)?;
            if let Some(step) = &code.step {
                resolve(&code.code, "step", step, steps)?;
            }
            let wordings = self
                .errors
                .iter()
                .find(|e| e.id == code.signal)
                .map_or(0, |e| e.wordings.len());
            if code.wording >= wordings {
                return Err(KnowledgeError::Incomplete {
                    id: code.code.clone(),
                    what: "a code must name an error message and one of its wordings",
                });
            }
        }
        let mut concepts = HashSet::new();
        for concept in &self.vocabulary.concepts {
            if !concepts.insert(concept.id.as_str()) {
                return Err(KnowledgeError::DuplicateId {
                    kind: "concepts",
                    id: concept.id.clone(),
                });
            }
            if concept.terms.iter().any(|t| t.trim().is_empty()) || concept.terms.is_empty() {
                return Err(KnowledgeError::Incomplete {
                    id: concept.id.clone(),
                    what: "a concept needs terms, none of them empty",
                });
            }
        }
        for signal in self.errors.iter().chain(&self.symptoms) {
            for key in &signal.keys {
                if key.is_empty() {
                    return Err(KnowledgeError::Incomplete {
                        id: signal.id.clone(),
                        what: "a key needs at least one concept",
                    });
                }
                for concept in key {
                    resolve(&signal.id, "concept", concept, &concepts)?;
                }
            }
        }
        if let Some(symptom) = self.symptoms.iter().find(|s| !s.keys.is_empty()) {
            return Err(KnowledgeError::Incomplete {
                id: symptom.id.clone(),
                what: "only an error message has keys for the recogniser",
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"(
        errors: [(id: "e", wordings: [{"en": Microsoft, "ja": Paraphrase}], keys: [["k"]])],
        codes: [(code: "0x80190001", signal: "e")],
        vocabulary: (concepts: [(id: "k", terms: ["locked"])]),
        symptoms: [(id: "s")],
        channels: [(id: "sms", signal: "e")],
        causes: [(id: "c", origin: Article, evidence: [(signal: "s", weight: 2)],
                  steps: [(id: "c-1", kind: Do)])],
        waits: [],
        routes: [],
        verdicts: [],
        aftercare: [],
        guide: [(id: "q", choice: One, answers: [(id: "yes", signals: ["e"])])],
        safety: [],
        cautions: [],
        links: [],
    )"#;

    #[test]
    fn codes_compare_without_0x_and_case() {
        let kb = KnowledgeBase::from_ron(MINIMAL).expect("valid");
        assert_eq!(kb.code("80190001").map(|c| c.signal.as_str()), Some("e"));
        assert_eq!(kb.code("0X80190001").map(|c| c.signal.as_str()), Some("e"));
        assert_eq!(kb.codes[0].meaning_id().as_str(), "code-80190001-meaning");
    }

    #[test]
    fn a_key_with_an_unknown_concept_is_named() {
        let text = MINIMAL.replace(r#"keys: [["k"]]"#, r#"keys: [["nope"]]"#);
        assert_eq!(
            KnowledgeBase::from_ron(&text).map(|_| ()),
            Err(KnowledgeError::UnknownReference {
                from: "e".into(),
                kind: "concept",
                id: "nope".into()
            })
        );
    }

    #[test]
    fn a_code_for_an_unknown_message_or_step_is_named() {
        let text = MINIMAL.replace(r#"signal: "e")]"#, r#"signal: "nope")]"#);
        assert!(matches!(
            KnowledgeBase::from_ron(&text),
            Err(KnowledgeError::UnknownReference { kind: "signal", .. })
        ));
        let text = MINIMAL.replace(r#"signal: "e")]"#, r#"signal: "e", step: Some("nope"))]"#);
        assert!(matches!(
            KnowledgeBase::from_ron(&text),
            Err(KnowledgeError::UnknownReference { kind: "step", .. })
        ));
        let text = MINIMAL.replace(r#"signal: "e")]"#, r#"signal: "e", wording: 3)]"#);
        assert!(matches!(
            KnowledgeBase::from_ron(&text),
            Err(KnowledgeError::Incomplete { .. })
        ));
    }
}
