//! Recognising a message the person pastes or types: which of Microsoft's known screens it
//! comes from, in Japanese or English, in part or in full, with typos, full-width characters
//! or line breaks, or told in the person's own words.
//!
//! Three ways, in this order:
//! 1. an error code (`codes`): a code the knowledge base knows, anywhere in the text, decides;
//!    a code it does not know is said to be unknown rather than taken for a look-alike;
//! 2. the exact text (below): how much of a known wording the text contains, typos aside,
//!    as written and as read in kana (the same reading as the concepts');
//! 3. what the text is about (`concepts`): the concepts of one of a message's keys, with
//!    Japanese read the same in kana and kanji.
//!
//! The exact text and the concepts each score every message; the best score counts. A text
//! that names another company's service and none of Microsoft's is about that service, and
//! is not taken for a Microsoft message.
//!
//! Both the known wordings and the input are normalised (NFKC, lower case, and only letters
//! and digits kept, so spaces, line breaks, punctuation and full-width forms do not matter).
//! The known wordings are indexed once by their character bigrams and trigrams, which works for
//! Japanese, where words are not separated by spaces. A search scores every wording by the share
//! of the input's n-grams it contains (so a fragment still scores high), and then checks the
//! best few by an approximate substring match that allows a few typed mistakes: the score is
//! the share of the shorter text that the longer one contains, typos aside.

pub mod codes;
pub mod concepts;

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization as _;

use crate::i18n::{Language, Texts};
use crate::knowledge::{KnowledgeBase, code_key};
use crate::progress::Action;
use crate::tr;

/// The score from which an input counts as recognised (0 to 1). Chosen so that every known
/// message is recognised from a 60% fragment or with two typos, and the unrelated sentences in
/// `tests/data/recognise.rs` are not.
pub const THRESHOLD: f32 = 0.75;

/// The score a message needs when the text also holds an error code the app does not know:
/// then only a close match counts, and otherwise the code is said to be unknown rather than
/// the rest taken for a look-alike.
pub const THRESHOLD_WITH_UNKNOWN_CODE: f32 = 0.9;

/// The step offered for an error code the app does not know: the connection check, since
/// most sign-in codes of Windows are about the connection.
pub const UNKNOWN_CODE_STEP: &str = "network-run-check";

/// Inputs with fewer letters and digits than this are too short to tell apart.
pub const MIN_CHARS: usize = 4;

/// How many of the best n-gram candidates get the closer look.
const SHORTLIST: usize = 12;

/// A known wording that the input resembles.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// The error message's id in the knowledge base.
    pub signal: String,
    /// The language of the wording that matched.
    pub language: Language,
    /// Which of the message's wordings matched (0: the main one).
    pub wording: usize,
    /// How close, from 0 to 1.
    pub score: f32,
    /// The error code that decided it, as the knowledge base writes it (`0x80190001`).
    pub code: Option<String>,
}

impl Match {
    /// The score as a whole percentage, for showing.
    #[must_use]
    pub fn percent(&self) -> u32 {
        // A score is between 0 and 1, so the product fits.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a score is between 0 and 1"
        )]
        let percent = (self.score * 100.0).round() as u32;
        percent
    }

    /// The action that ticks this message once the person confirms it is theirs.
    #[must_use]
    pub fn action(&self) -> Action {
        Action::SignalToggled {
            signal: self.signal.clone(),
            reported: true,
        }
    }
}

/// What the recogniser found.
#[derive(Debug, Clone, PartialEq)]
pub enum Recognition {
    /// The input is this known message.
    Recognised(Match),
    /// No known message is close enough; the three closest, best first.
    NotRecognised {
        /// Up to three different messages, best first.
        closest: Vec<Match>,
    },
    /// The text holds an error code the app does not know, and no known message.
    UnknownCode {
        /// The code as it is usually written (`0x80070005`).
        code: String,
    },
    /// Too few letters or digits to tell (see [`MIN_CHARS`]).
    TooShort,
}

/// One known wording, normalised and indexed.
#[derive(Debug, Clone)]
struct Entry {
    signal: String,
    language: Language,
    wording: usize,
    chars: Vec<char>,
    grams: Vec<u64>,
}

/// The index of every known message wording in every language. Build it once (it formats and
/// indexes every wording) and keep it; [`Recogniser::recognise`] is then cheap enough to run
/// on every keystroke.
#[derive(Debug, Clone)]
pub struct Recogniser {
    entries: Vec<Entry>,
    /// Messages that yield to another one found from what the text is about.
    secondary: BTreeSet<String>,
    /// (comparable code, code as written, message id, wording).
    codes: Vec<(String, String, String, usize)>,
    concepts: concepts::Concepts,
}

impl Recogniser {
    /// Indexes the knowledge base's messages in every language the app speaks.
    #[must_use]
    pub fn new(kb: &KnowledgeBase) -> Self {
        let texts: Vec<Texts> = Language::ALL.into_iter().map(Texts::new).collect();
        Self::with_texts(kb, &texts)
    }

    /// Indexes the knowledge base's messages in the languages of `texts`.
    #[must_use]
    pub fn with_texts(kb: &KnowledgeBase, texts: &[Texts]) -> Self {
        let concepts = concepts::Concepts::new(kb);
        let mut entries = Vec::new();
        for texts in texts {
            for error in &kb.errors {
                for wording in 0..error.wordings.len() {
                    let text = tr!(texts, error.wording_id(wording));
                    // A wording that shows a code is found by its code: "Error code:" alone
                    // says nothing, and a look-alike code is another code.
                    if !codes::find(&text).0.is_empty() {
                        continue;
                    }
                    let chars = normalise(&text);
                    if chars.is_empty() {
                        log::error!("the message {} has no text", error.id);
                        continue;
                    }
                    // The wording as read in kana too, for a person who types it in kana.
                    let read = concepts.fold(&text).chars();
                    let read = (read != chars).then_some(read);
                    for chars in std::iter::once(chars).chain(read) {
                        entries.push(Entry {
                            signal: error.id.clone(),
                            language: texts.language(),
                            wording,
                            grams: grams(&chars),
                            chars,
                        });
                    }
                }
            }
        }
        let codes = kb
            .codes
            .iter()
            .map(|c| (c.key(), c.code.clone(), c.signal.clone(), c.wording))
            .collect();
        Self {
            entries,
            secondary: kb
                .errors
                .iter()
                .filter(|e| e.secondary)
                .map(|e| e.id.clone())
                .collect(),
            codes,
            concepts,
        }
    }

    /// Which known message `input` is, or the three closest when none is close enough.
    #[must_use]
    pub fn recognise(&self, input: &str) -> Recognition {
        let (found_codes, rest) = codes::find(input);
        let language = language_of(input);
        for found in &found_codes {
            if let Some((_, code, signal, wording)) = self
                .codes
                .iter()
                .find(|(key, ..)| *key == code_key(&found.key))
            {
                return Recognition::Recognised(Match {
                    signal: signal.clone(),
                    language,
                    wording: *wording,
                    score: 1.0,
                    code: Some(code.clone()),
                });
            }
        }
        let unknown = found_codes.into_iter().next().map(|c| c.shown);
        let query = normalise(&rest);
        if query.len() < MIN_CHARS {
            return match unknown {
                Some(code) => Recognition::UnknownCode { code },
                None => Recognition::TooShort,
            };
        }
        let mut scored = self.by_text(&query);
        // The text as read in kana, against the wordings as read in kana: 「ごしようの
        // アカウントがロックされました」 is the locked screen too.
        let folded = self.concepts.fold(&rest);
        let read = folded.chars();
        if read != query && read.len() >= MIN_CHARS {
            scored.extend(self.by_text(&read));
        }
        // What the text is about: a message found this way ranks by its concepts, and among
        // equals by how much of its wording the text resembles.
        let about = self.concepts.matches(&folded);
        for (signal, score) in about.iter().cloned() {
            let resemblance = scored
                .iter()
                .filter(|m| m.signal == signal)
                .map(|m| m.score)
                .fold(0.0_f32, f32::max);
            let score = score + 0.01 * resemblance;
            match scored.iter_mut().find(|m| m.signal == signal) {
                Some(m) if m.score >= score => {}
                Some(m) => m.score = score,
                None => scored.push(Match {
                    signal,
                    language,
                    wording: 0,
                    score,
                    code: None,
                }),
            }
        }
        scored.sort_by(|a, b| b.score.total_cmp(&a.score));
        // A secondary message goes after one found from what the text is about.
        let yields = |m: &Match| {
            self.secondary.contains(&m.signal)
                && about
                    .iter()
                    .any(|(s, score)| *s != m.signal && *score >= THRESHOLD)
        };
        let (after, mut scored): (Vec<Match>, Vec<Match>) = scored.into_iter().partition(yields);
        scored.extend(after);
        let mut seen = BTreeSet::new();
        let mut best: Vec<Match> = scored
            .into_iter()
            .filter(|m| seen.insert(m.signal.clone()))
            .take(3)
            .collect();
        let threshold = if unknown.is_some() {
            THRESHOLD_WITH_UNKNOWN_CODE
        } else {
            THRESHOLD
        };
        // A text about another company's service is not a Microsoft screen, however alike.
        let elsewhere = self.concepts.is_elsewhere(&folded);
        match (best.first(), unknown) {
            (Some(first), _) if first.score >= threshold && !elsewhere => {
                Recognition::Recognised(best.remove(0))
            }
            (_, Some(code)) => Recognition::UnknownCode { code },
            _ => Recognition::NotRecognised { closest: best },
        }
    }

    /// The wordings the normalised `query` resembles most, best first: every wording scored by
    /// its n-grams, the best few by an approximate substring match.
    fn by_text(&self, query: &[char]) -> Vec<Match> {
        let query_grams = grams(query);
        let mut rough: Vec<(f32, &Entry)> = self
            .entries
            .iter()
            .map(|entry| (gram_score(&query_grams, &entry.grams), entry))
            .collect();
        rough.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut scored: Vec<Match> = rough
            .into_iter()
            .take(SHORTLIST)
            .map(|(_, entry)| Match {
                signal: entry.signal.clone(),
                language: entry.language,
                wording: entry.wording,
                score: close_score(query, &entry.chars),
                code: None,
            })
            .collect();
        scored.sort_by(|a, b| b.score.total_cmp(&a.score));
        scored
    }
}

/// Japanese when the text has kana or kanji, English otherwise.
fn language_of(text: &str) -> Language {
    let japanese = text.chars().any(|c| {
        matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF66}'..='\u{FF9F}')
    });
    if japanese { Language::Ja } else { Language::En }
}

/// The text as the recogniser compares it: NFKC (full-width letters and digits become plain
/// ones, half-width kana full-width ones), lower case, letters and digits only.
#[must_use]
pub fn normalise(text: &str) -> Vec<char> {
    text.nfkc()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The distinct bigrams and trigrams of `chars`, packed into integers and sorted.
fn grams(chars: &[char]) -> Vec<u64> {
    let code = |c: char| u64::from(u32::from(c));
    let mut out: Vec<u64> = chars
        .windows(2)
        .map(|w| (1 << 63) | (code(w[0]) << 21) | code(w[1]))
        .chain(
            chars
                .windows(3)
                .map(|w| (code(w[0]) << 42) | (code(w[1]) << 21) | code(w[2])),
        )
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The share of the shorter set's n-grams that the other contains.
fn gram_score(a: &[u64], b: &[u64]) -> f32 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    let shared = small
        .iter()
        .filter(|g| large.binary_search(g).is_ok())
        .count();
    ratio(shared, small.len())
}

/// How much of the shorter text the longer one contains, allowing typed mistakes: one minus
/// the fewest edits (a wrong, missing, extra or swapped character) that turn the shorter text
/// into some part of the longer one, per character of the shorter.
///
/// When the input is the shorter (a fragment), a wording it covers more of scores a little
/// higher, so that a fragment found in several wordings goes to the one it most resembles
/// ("Verify your identity" is a screen of its own, and also words inside longer messages).
/// When the known wording is the shorter one and covers less than half of the input, the
/// score shrinks in proportion, so that a short title inside a long unrelated text does not
/// count as that message.
fn close_score(query: &[char], known: &[char]) -> f32 {
    let (pattern, text) = if query.len() <= known.len() {
        (query, known)
    } else {
        (known, query)
    };
    let edits = substring_distance(pattern, text);
    let closeness = 1.0 - ratio(edits, pattern.len()).min(1.0);
    let coverage = ratio(pattern.len(), text.len());
    if known.len() < query.len() {
        closeness * (2.0 * coverage).min(1.0)
    } else {
        closeness * (0.95 + 0.05 * coverage)
    }
}

/// The fewest edits (substitution, insertion, deletion, transposition of neighbours) that
/// turn `pattern` into a substring of `text` (Sellers' algorithm with the optimal string
/// alignment distance).
fn substring_distance(pattern: &[char], text: &[char]) -> usize {
    let n = text.len();
    // Rows i-2, i-1 and i of the table; a match may start anywhere in `text`, so row 0 is 0.
    let mut before = vec![0_usize; n + 1];
    let mut previous = vec![0_usize; n + 1];
    let mut current = vec![0_usize; n + 1];
    for (i, &p) in pattern.iter().enumerate() {
        current[0] = i + 1;
        for (j, &t) in text.iter().enumerate() {
            let substitution = previous[j] + usize::from(p != t);
            let mut best = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            if i > 0 && j > 0 && p == text[j - 1] && pattern[i - 1] == t {
                best = best.min(before[j - 1] + 1);
            }
            current[j + 1] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous.into_iter().min().unwrap_or(pattern.len())
}

#[expect(
    clippy::cast_precision_loss,
    reason = "text lengths are far below 2^24"
)]
fn ratio(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_ignores_width_case_spaces_and_punctuation() {
        let plain: String = normalise("That code didn't work.").into_iter().collect();
        let wide: String = normalise("ＴＨＡＴ　ｃｏｄｅ\ndidn’t  work！")
            .into_iter()
            .collect();
        assert_eq!(plain, "thatcodedidntwork");
        assert_eq!(wide, plain);
        let kana: String = normalise("ｾｷｭﾘﾃｨ 情報。").into_iter().collect();
        assert_eq!(kana, "セキュリティ情報");
    }

    #[test]
    fn substring_distance_counts_typos_inside_a_longer_text() {
        let d = |a: &str, b: &str| {
            substring_distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(d("locked", "youraccounthasbeenlocked"), 0);
        assert_eq!(
            d("lokced", "youraccounthasbeenlocked"),
            1,
            "a swap is one edit"
        );
        assert_eq!(d("lxcked", "youraccounthasbeenlocked"), 1);
        assert_eq!(d("abc", "xyz"), 3);
    }

    #[test]
    fn a_short_title_inside_a_long_unrelated_text_scores_low() {
        let known = normalise("Verify your identity");
        let long = normalise(
            "Our store noticed a new device. To keep shopping, verify your identity with the \
             code we sent to the phone number on your store profile.",
        );
        assert!(close_score(&long, &known) < THRESHOLD);
        assert!((close_score(&known, &known) - 1.0).abs() < f32::EPSILON);
    }
}
