//! Recognising a message from what it is about, for people who type it in their own words:
//! each message has keys, sets of concepts that together say it (see
//! `assets/knowledge.ron`, `vocabulary`), and a text that holds every concept of a key is
//! that message. Japanese is read with the knowledge base's readings, so a word typed in kana
//! (ためして, もんだい) equals the same word in kanji (試して, 問題).

use unicode_normalization::UnicodeNormalization as _;

use crate::knowledge::{KnowledgeBase, Vocabulary};

/// The score of a message recognised from one concept; each further concept of the key adds
/// [`STEP`], up to [`TOP`]. Below a whole wording's 100%, above the recognition threshold.
const BASE: f32 = 0.8;
const STEP: f32 = 0.05;
const TOP: f32 = 0.95;

/// A concept's terms, folded.
#[derive(Debug, Clone, Default)]
struct Terms {
    /// ASCII terms, matched at the start of a word of the spaced text.
    words: Vec<String>,
    /// Other terms, matched anywhere in the text without spaces.
    anywhere: Vec<String>,
}

impl Terms {
    /// Whether one of the terms is in the text.
    fn found_in(&self, folded: &Folded) -> bool {
        self.words.iter().any(|w| starts_a_word(&folded.spaced, w))
            || self
                .anywhere
                .iter()
                .any(|t| folded.joined.contains(t.as_str()))
    }
}

/// The concepts and the messages' keys, ready to match.
#[derive(Debug, Clone)]
pub struct Concepts {
    terms: Vec<Terms>,
    /// Other companies' services, and Microsoft's (see [`Concepts::is_elsewhere`]).
    others: Terms,
    ours: Terms,
    /// (message id, concept indices) per key.
    keys: Vec<(String, Vec<usize>)>,
    /// (written, reading), folded, longest written form first.
    readings: Vec<(String, String)>,
}

/// A text as the concepts are looked for in it.
pub struct Folded {
    /// Words separated by one space, with a space at each end.
    spaced: String,
    /// The same without spaces.
    joined: String,
}

impl Folded {
    /// The folded text without spaces, as the exact-text path compares it.
    #[must_use]
    pub fn chars(&self) -> Vec<char> {
        self.joined.chars().collect()
    }
}

impl Concepts {
    /// Prepares the vocabulary and the keys of `kb`'s messages.
    #[must_use]
    pub fn new(kb: &KnowledgeBase) -> Self {
        let Vocabulary {
            concepts,
            readings,
            other_services,
            microsoft,
        } = &kb.vocabulary;
        let mut readings: Vec<(String, String)> = readings
            .iter()
            .map(|r| (kana_fold(&r.written), kana_fold(&r.reading)))
            .collect();
        readings.sort_by_key(|(written, _)| std::cmp::Reverse(written.chars().count()));
        let mut this = Self {
            terms: Vec::new(),
            others: Terms::default(),
            ours: Terms::default(),
            keys: Vec::new(),
            readings,
        };
        this.terms = concepts.iter().map(|c| this.terms_of(&c.terms)).collect();
        this.others = this.terms_of(other_services);
        this.ours = this.terms_of(microsoft);
        for error in &kb.errors {
            for key in &error.keys {
                let indices: Vec<usize> = key
                    .iter()
                    .filter_map(|id| concepts.iter().position(|c| &c.id == id))
                    .collect();
                if indices.len() == key.len() {
                    this.keys.push((error.id.clone(), indices));
                }
            }
        }
        this
    }

    /// The terms, folded and sorted by how they are matched.
    fn terms_of(&self, list: &[String]) -> Terms {
        let mut terms = Terms::default();
        for term in list {
            let folded = self.fold(term);
            if folded.joined.is_empty() {
                continue;
            }
            if folded.joined.is_ascii() {
                terms.words.push(folded.spaced.trim().to_owned());
            } else {
                terms.anywhere.push(folded.joined);
            }
        }
        terms
    }

    /// Whether the text names another company's service and none of Microsoft's: then it is
    /// about that service ("Your Amazon account has been locked"), not a Microsoft screen.
    #[must_use]
    pub fn is_elsewhere(&self, folded: &Folded) -> bool {
        self.others.found_in(folded) && !self.ours.found_in(folded)
    }

    /// The text as concepts are looked for in it: NFKC, lower case, without apostrophes,
    /// katakana as hiragana, without the long-vowel mark, with the readings applied, and
    /// every run of other signs as one space.
    #[must_use]
    pub fn fold(&self, text: &str) -> Folded {
        let mut text = kana_fold(text);
        for (written, reading) in &self.readings {
            if text.contains(written.as_str()) {
                text = text.replace(written.as_str(), reading);
            }
        }
        let mut spaced = String::from(" ");
        for c in text.chars() {
            if c.is_alphanumeric() {
                spaced.push(c);
            } else if !spaced.ends_with(' ') {
                spaced.push(' ');
            }
        }
        if !spaced.ends_with(' ') {
            spaced.push(' ');
        }
        let joined = spaced.chars().filter(|c| *c != ' ').collect();
        Folded { spaced, joined }
    }

    /// Every message whose key the text holds, with its score (more concepts, higher),
    /// best key per message.
    #[must_use]
    pub fn matches(&self, folded: &Folded) -> Vec<(String, f32)> {
        let present: Vec<bool> = self
            .terms
            .iter()
            .map(|terms| {
                terms.words.iter().any(|w| starts_a_word(&folded.spaced, w))
                    || terms
                        .anywhere
                        .iter()
                        .any(|t| folded.joined.contains(t.as_str()))
            })
            .collect();
        let mut out: Vec<(String, f32)> = Vec::new();
        for (signal, key) in &self.keys {
            if !key.iter().all(|&i| present[i]) {
                continue;
            }
            #[expect(
                clippy::cast_precision_loss,
                reason = "a key has a handful of concepts"
            )]
            let score = (BASE + STEP * (key.len() - 1) as f32).min(TOP);
            match out.iter_mut().find(|(s, _)| s == signal) {
                Some((_, best)) => *best = best.max(score),
                None => out.push((signal.clone(), score)),
            }
        }
        out
    }
}

/// Whether `word` (ASCII, spaces inside allowed) starts a word somewhere in `spaced`: the
/// character before it is not an ASCII letter or digit.
fn starts_a_word(spaced: &str, word: &str) -> bool {
    spaced.match_indices(word).any(|(at, _)| {
        spaced[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// NFKC, lower case, no apostrophes, katakana as hiragana, no long-vowel mark.
fn kana_fold(text: &str) -> String {
    text.nfkc()
        .flat_map(char::to_lowercase)
        .filter(|c| !matches!(c, '\'' | '’' | '‘' | '`' | 'ー'))
        .map(|c| match c {
            // Katakana ァ..ヶ sit 0x60 above their hiragana.
            'ァ'..='ヶ' => char::from_u32(u32::from(c) - 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts() -> Concepts {
        Concepts::new(&KnowledgeBase::embedded().expect("valid"))
    }

    fn best(text: &str) -> Option<String> {
        let c = concepts();
        let mut found = c.matches(&c.fold(text));
        found.sort_by(|a, b| b.1.total_cmp(&a.1));
        found.into_iter().next().map(|(id, _)| id)
    }

    #[test]
    fn kana_and_kanji_spellings_read_the_same() {
        let c = concepts();
        assert_eq!(
            c.fold("一時的な問題が起きています、また後で試してください")
                .joined,
            c.fold("いちじてきなもんだいがおきています、またあとでためしてください")
                .joined
        );
        assert_eq!(c.fold("セキュリティー").joined, c.fold("ｾｷｭﾘﾃｨ").joined);
    }

    #[test]
    fn a_message_is_found_from_what_it_is_about() {
        assert_eq!(
            best("一時的な問題がおきています、またあとでためしてください").as_deref(),
            Some("temporary-problem")
        );
        assert_eq!(
            best("it says my account got locked").as_deref(),
            Some("account-locked")
        );
        assert_eq!(
            best("いちじてきにブロックされてる").as_deref(),
            Some("temporarily-blocked")
        );
        assert_eq!(best("This Apple ID has been locked"), None);
    }

    #[test]
    fn another_companys_service_is_elsewhere_unless_microsoft_is_named_too() {
        let c = concepts();
        assert!(c.is_elsewhere(&c.fold("Your Amazon account has been locked")));
        assert!(c.is_elsewhere(&c.fold("LINEのアカウントが凍結された")));
        assert!(!c.is_elsewhere(&c.fold("Outlook on my Google phone says it is locked")));
        assert!(!c.is_elsewhere(&c.fold("the lines are busy, your account is locked")));
    }

    #[test]
    fn a_term_starts_a_word() {
        assert!(starts_a_word(" your account is locked ", "lock"));
        assert!(!starts_a_word(" it is blocked ", "lock"));
        assert!(starts_a_word(" あかうんとがlockされた ", "lock"));
    }
}
