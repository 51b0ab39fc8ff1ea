//! Inputs and properties for fuzzing, in one place: the in-test harness
//! (`tests/data/properties.rs`, with arbtest, on every `cargo test`) and the cargo-fuzz targets
//! (`fuzz/fuzz_targets/*.rs`, coverage-guided, run by hand) both include this file with
//! `#[path]`. It needs only `signin_rescue`, `arbitrary` and `jiff`.
//!
//! The generators draw from an [`Unstructured`]: arbtest fills it with random bytes, libFuzzer
//! with bytes it mutates towards new coverage. The `check_*` functions are the properties; they
//! panic (assert) on a violation, which both harnesses report with the input that caused it.
//!
//! - [`check_decode`]: any bytes decode as a progress file or are refused, never a panic; what
//!   decodes stays within the bounds of `store::encoding`, encodes within
//!   [`MAX_FILE_BYTES`] and reads back the same.
//! - [`check_load`]: `Store::load` on a file of any bytes (with a good, bad or no backup) never
//!   panics, loads exactly what decodes, and keeps every byte of a file it cannot use.
//! - [`check_recognise`]: the recogniser answers any text with a sane result.
//! - [`check_cli`]: the command line parser answers any argument list, deterministically.

#![allow(
    dead_code,
    reason = "each harness uses a different subset of the generators"
)]

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::Path;
use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use jiff::{SignedDuration, Timestamp};
use signin_rescue::cli::{self, Command};
use signin_rescue::draft::Field;
use signin_rescue::i18n::{Language, Paper, Texts};
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::{
    Channel, CodeRequest, OutcomeChange, Progress, StepOutcome, StepRecord, Timer,
};
use signin_rescue::recognise::{self, Recogniser, Recognition};
use signin_rescue::store::encoding::{
    MAX_CODE_REQUESTS, MAX_FIELD_CHARS, MAX_HISTORY, MAX_HOSTS, MAX_ID_BYTES, MAX_NOTE_CHARS,
    MAX_STAGES, MAX_TIMERS, MAX_UNKNOWN_ENTRIES,
};
use signin_rescue::store::{self, LoadEvent, MAX_FILE_BYTES, Store};

/// The released save formats (`tests/fixtures`), the seeds of the mutations.
pub const FIXTURES: [&[u8]; 2] = [
    include_bytes!("../fixtures/progress-v1.ron"),
    include_bytes!("../fixtures/progress-v2.ron"),
];

/// The size limit of a progress file, as a `usize`.
pub fn cap() -> usize {
    usize::try_from(MAX_FILE_BYTES).expect("4 MiB fits")
}

/// The time the loads are stamped with.
pub fn now() -> Timestamp {
    signin_rescue::clock::test_start()
}

struct Known {
    steps: BTreeSet<String>,
    signals: BTreeSet<String>,
    /// Every wording of every known message, in both languages.
    wordings: Vec<String>,
}

fn known() -> &'static Known {
    static KNOWN: OnceLock<Known> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let kb = KnowledgeBase::embedded().expect("knowledge base");
        let mut steps: BTreeSet<String> = kb.steps().map(|(_, s)| s.id.clone()).collect();
        steps.extend(kb.aftercare_steps().map(|s| s.id.clone()));
        let signals = kb.errors.iter().map(|s| s.id.clone()).collect();
        let mut wordings = Vec::new();
        for language in Language::ALL {
            let texts = Texts::new(language);
            for error in &kb.errors {
                for w in 0..error.wordings.len() {
                    wordings.push(signin_rescue::tr!(&texts, error.wording_id(w)));
                }
            }
        }
        Known {
            steps,
            signals,
            wordings,
        }
    })
}

/// The recogniser, built once (it formats and indexes every wording).
pub fn recogniser() -> &'static Recogniser {
    static RECOGNISER: OnceLock<Recogniser> = OnceLock::new();
    RECOGNISER.get_or_init(|| {
        // The wordings the generator pastes from too, so that a harness that warms up with
        // this call times only the recognising.
        known();
        Recogniser::new(&KnowledgeBase::embedded().expect("knowledge base"))
    })
}

// ---------------------------------------------------------------------------------------------
// Progress files

/// Text fragments that RON and the progress format care about, for splicing.
#[rustfmt::skip]
pub const TOKENS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", "\"", "version", "99", "-1", "4294967296",
    "18446744073709551616", "Some(", "None", "NoChange", "Worked", "Skipped", "NotTried", "Bogus",
    "steps", "reported", "timers", "history", "language", "Ja", "En", "\"2026-13-45T99:99:99Z\"",
    "\"2026-11-25T08:00:00Z\"", "1e309", "r#\"", "\\u{110000}", "/*", "*/", "//", "\u{feff}",
    "((((((((((((((((((((((((((((((((", "true", "()", "b\"x\"", "'c'",
    "#![enable(implicit_some)]", "\\", "\u{0}", "NaN", "inf",

];

/// A short text of awkward pieces: multi-byte, escapes, zero-width, a brace.
pub fn text(u: &mut Unstructured<'_>, max: usize) -> Result<String> {
    const PIECES: &[&str] = &[
        "a", "長", "メモ", " ", "\n", "\"", "\\", "é", "👍", "\u{200b}", "}",
    ];
    let len = u.int_in_range(0..=max)?;
    let mut s = String::new();
    for _ in 0..len {
        s.push_str(u.choose(PIECES)?);
    }
    Ok(s)
}

/// A size from 1 to `max`, as likely under 10 as over 1,000 (log-uniform), so that huge
/// inputs come up without making every case slow.
pub fn log_size(u: &mut Unstructured<'_>, max: usize) -> Result<usize> {
    let bits = u.int_in_range(0..=max.max(1).ilog2())?;
    u.int_in_range(1..=(1_usize << bits).min(max.max(1)))
}

/// A time within about six years of the tests' clock.
pub fn time(u: &mut Unstructured<'_>) -> Result<Timestamp> {
    let secs = u.int_in_range(-200_000_000_i64..=200_000_000)?;
    Ok(now()
        .saturating_add(SignedDuration::from_secs(secs))
        .unwrap_or_else(|_| now()))
}

/// A random progress touching every kind of field and every enum variant; `large` makes
/// notes, answers and lists longer than the bounds allow.
pub fn structured(u: &mut Unstructured<'_>, large: bool) -> Result<Progress> {
    let known: Vec<&String> = known().steps.iter().collect();
    let scale = if large { 50 } else { 1 };
    let mut p = Progress {
        language: *u.choose(&[None, Some(Language::Ja), Some(Language::En)])?,
        paper: *u.choose(&[None, Some(Paper::A4), Some(Paper::Letter)])?,
        ..Progress::default()
    };
    for _ in 0..u.int_in_range(0..=20 * scale)? {
        let id = if u.arbitrary()? {
            (*u.choose(&known)?).clone()
        } else {
            format!("unknown-{}", text(u, 12)?)
        };
        let mut history = Vec::new();
        for _ in 0..u.int_in_range(0..=if large { 120 } else { 5 })? {
            history.push(OutcomeChange {
                at: time(u)?,
                outcome: *u.choose(&StepOutcome::ALL)?,
            });
        }
        let record = StepRecord {
            outcome: *u.choose(&StepOutcome::ALL)?,
            changed_at: if u.arbitrary()? { Some(time(u)?) } else { None },
            note: text(u, if large { 6_000 } else { 80 })?,
            note_changed_at: if u.arbitrary()? { Some(time(u)?) } else { None },
            history,
        };
        p.steps.insert(id, record);
    }
    for _ in 0..u.int_in_range(0..=10 * scale)? {
        p.reported.insert(text(u, 20)?);
    }
    for id in 0..u.int_in_range(0..=5 * scale)? {
        p.timers.push(Timer {
            id: u64::try_from(id).unwrap_or(0) * 7,
            wait: text(u, 16)?,
            step: if u.arbitrary()? {
                Some(text(u, 16)?)
            } else {
                None
            },
            started: time(u)?,
            due: time(u)?,
            dismissed: u.arbitrary()?,
            dismissed_at: if u.ratio(1, 3)? { Some(time(u)?) } else { None },
        });
    }
    for _ in 0..u.int_in_range(0..=8 * scale)? {
        p.code_requests.push(CodeRequest {
            at: time(u)?,
            channel: *u.choose(&Channel::ALL)?,
        });
    }
    p.draft.first_name = text(u, if large { 20_000 } else { 10 })?;
    p.draft.other_details = text(u, 200)?;
    p.next_timer_id = u.arbitrary()?;
    p.recovered = if u.arbitrary()? { Some(time(u)?) } else { None };
    p.safety_seen = u.arbitrary()?;
    Ok(p)
}

/// A few mutations of `seed`: truncation, flipped bytes, spliced tokens, cut and repeated
/// slices, or a fresh hostile text (deep nesting, a long string, many entries, random bytes).
pub fn mutate(u: &mut Unstructured<'_>, seed: &[u8]) -> Result<Vec<u8>> {
    let mut bytes = seed.to_vec();
    for _ in 0..=u.int_in_range(0..=4)? {
        match u.int_in_range(0..=9)? {
            0 => bytes.truncate(u.int_in_range(0..=bytes.len())?),
            1 if !bytes.is_empty() => {
                let i = u.choose_index(bytes.len())?;
                bytes[i] = u.arbitrary()?;
            }
            2 => {
                let i = u.int_in_range(0..=bytes.len())?;
                bytes.splice(i..i, u.choose(TOKENS)?.bytes());
            }
            3 if !bytes.is_empty() => {
                let start = u.choose_index(bytes.len())?;
                let end = (start + u.int_in_range(0..=63)?).min(bytes.len());
                bytes.drain(start..end);
            }
            4 if !bytes.is_empty() => {
                let start = u.choose_index(bytes.len())?;
                let end = (start + u.int_in_range(0..=199)?).min(bytes.len());
                let slice = bytes[start..end].to_vec();
                let at = u.int_in_range(0..=bytes.len())?;
                for _ in 0..=u.int_in_range(0..=2)? {
                    bytes.splice(at..at, slice.iter().copied());
                }
            }
            5 => {
                // Deep nesting, up to and past the parser's limit.
                let depth = u.int_in_range(1..=400)?;
                let open = *u.choose(&["[", "(", "{", "Some("])?;
                bytes = format!("(version: 2, steps: {}", open.repeat(depth)).into_bytes();
            }
            6 => {
                // A long string where a short one belongs.
                let len = log_size(u, 200_000)?;
                bytes = format!(
                    "(version: 2, steps: {{\"network-mobile-data\": (outcome: NoChange, note: \"{}\")}})",
                    "x".repeat(len)
                )
                .into_bytes();
            }
            7 => {
                // Many entries: unknown steps, as from a newer version or a hostile file.
                let n = log_size(u, 20_000)?;
                let mut s = String::from("(version: 2, steps: {");
                for i in 0..n {
                    s.push_str(&format!("\"s{i}\":(outcome:Skipped),"));
                }
                s.push_str("})");
                bytes = s.into_bytes();
            }
            8 => {
                let len = u.int_in_range(0..=u.len().min(300))?;
                bytes = u.bytes(len)?.to_vec();
            }
            _ => {}
        }
    }
    Ok(bytes)
}

/// A file near the size limit, just under or just over it: a real progress padded out, one
/// huge note, very many unknown steps, a very long history, very many signals, or a repeated
/// slice of random bytes; sometimes with a flipped byte or a token written over. Each must be
/// cut or refused by the reader, never taken whole.
pub fn large_file(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    let target = cap()
        .saturating_add(u.int_in_range(0..=4_160)?)
        .saturating_sub(4_096);
    let mut bytes = match u.int_in_range(0..=5)? {
        0 => {
            let progress = structured(u, true)?;
            let mut text = store::encode(&progress);
            let pad = *u.choose(&[" ", "\n", "\t", "\r\n"])?;
            while text.len() + pad.len() <= target {
                text.push_str(pad);
            }
            text.into_bytes()
        }
        1 => {
            let piece = *u.choose(&["x", "長", "\\\"", "\\u{1F44D}", "👍", "\\n"])?;
            let mut s = String::from(
                "(version: 2, steps: {\"network-mobile-data\": (outcome: NoChange, note: \"",
            );
            while s.len() + piece.len() + 4 <= target {
                s.push_str(piece);
            }
            s.push_str("\")})");
            s.into_bytes()
        }
        2 => {
            let mut s = String::from("(version: 2, steps: {");
            let mut i = 0_u64;
            while s.len() + 40 <= target {
                s.push_str(&format!("\"s{i}\":(outcome:Skipped),"));
                i += 1;
            }
            s.push_str("})");
            s.into_bytes()
        }
        3 => {
            let mut s = String::from(
                "(version: 2, steps: {\"network-mobile-data\": (outcome: Worked, history: [",
            );
            while s.len() + 60 <= target {
                s.push_str("(at: \"2026-11-25T08:00:00Z\", outcome: NoChange),");
            }
            s.push_str("])})");
            s.into_bytes()
        }
        4 => {
            let mut s = String::from("(version: 2, reported: [");
            let mut i = 0_u64;
            while s.len() + 30 <= target {
                s.push_str(&format!("\"signal-{i}\","));
                i += 1;
            }
            s.push_str("])");
            s.into_bytes()
        }
        _ => {
            let len = u.int_in_range(1..=u.len().clamp(1, 4096))?;
            let chunk = u.bytes(len.min(u.len()))?.to_vec();
            let chunk = if chunk.is_empty() { vec![b'('] } else { chunk };
            chunk.iter().copied().cycle().take(target).collect()
        }
    };
    // A few changes that keep the size: a flipped byte, a token written over.
    for _ in 0..u.int_in_range(0..=2)? {
        let at = u.choose_index(bytes.len())?;
        if u.arbitrary()? {
            bytes[at] = u.arbitrary()?;
        } else {
            let token = u.choose(TOKENS)?.as_bytes();
            let end = (at + token.len()).min(bytes.len());
            bytes[at..end].copy_from_slice(&token[..end - at]);
        }
    }
    Ok(bytes)
}

/// Bytes for a progress file, of every kind: a structured progress encoded (as written), the
/// same mutated, a released format mutated, a tiny file mutated, raw bytes, and (one in
/// fifty) a file near the size limit.
pub fn progress_bytes(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    if u.ratio(1, 50)? {
        return large_file(u);
    }
    match u.int_in_range(0..=4)? {
        0 => {
            let large = u.ratio(1, 10)?;
            Ok(store::encode(&structured(u, large)?).into_bytes())
        }
        1 => {
            let seed = store::encode(&structured(u, false)?);
            mutate(u, seed.as_bytes())
        }
        2 => {
            let seed = *u.choose(&FIXTURES)?;
            mutate(u, seed)
        }
        3 => mutate(u, b"(version: 2)"),
        _ => {
            let len = u.int_in_range(0..=u.len().min(2_000))?;
            Ok(u.bytes(len)?.to_vec())
        }
    }
}

/// Property (a): any bytes decode or are refused, never a panic; what decodes is within the
/// bounds, encodes within the size limit and reads back the same. Returns what decoded.
pub fn check_decode(bytes: &[u8]) -> Option<Progress> {
    let (progress, _cut) = store::encoding::decode_bounded(bytes).ok()?;
    check_bounds(&progress);
    let text = store::encode(&progress);
    assert!(
        text.len() <= cap(),
        "a decoded progress encodes to {} bytes, over the limit",
        text.len()
    );
    match store::encoding::decode_bounded(text.as_bytes()) {
        Ok((again, cut)) => {
            assert!(!cut, "the app's own output needed cutting");
            assert!(
                again == progress,
                "a decoded progress reads back differently"
            );
        }
        Err(e) => panic!("the app's own output is refused: {e}"),
    }
    Some(progress)
}

/// The limits of `store::encoding::bound`, on a decoded progress.
pub fn check_bounds(progress: &Progress) {
    let known = known();
    let unknown_steps = progress
        .steps
        .keys()
        .filter(|id| !known.steps.contains(*id))
        .count();
    assert!(
        unknown_steps <= MAX_UNKNOWN_ENTRIES,
        "{unknown_steps} unknown steps kept"
    );
    let unknown_signals = progress
        .reported
        .iter()
        .filter(|id| !known.signals.contains(*id))
        .count();
    assert!(
        unknown_signals <= MAX_UNKNOWN_ENTRIES,
        "{unknown_signals} unknown signals kept"
    );
    for (id, record) in &progress.steps {
        assert!(id.len() <= MAX_ID_BYTES, "a step id of {} bytes", id.len());
        assert!(
            record.note.chars().count() <= MAX_NOTE_CHARS,
            "a note over the limit"
        );
        assert!(
            record.history.len() <= MAX_HISTORY,
            "a history over the limit"
        );
    }
    assert!(progress.reported.iter().all(|id| id.len() <= MAX_ID_BYTES));
    assert!(progress.timers.len() <= MAX_TIMERS, "too many timers");
    assert!(progress.timers.iter().all(|t| {
        t.wait.len() <= MAX_ID_BYTES && t.step.as_ref().is_none_or(|s| s.len() <= MAX_ID_BYTES)
    }));
    assert!(progress.code_requests.len() <= MAX_CODE_REQUESTS);
    if let Some(report) = &progress.diagnostics {
        assert!(report.hosts.len() <= MAX_HOSTS, "too many hosts");
        assert!(
            report
                .hosts
                .iter()
                .chain(std::iter::once(&report.portal))
                .all(|h| h.stages.len() <= MAX_STAGES && h.host.chars().count() <= 253)
        );
    }
    for field in Field::ALL {
        assert!(
            progress.draft.get(field).chars().count() <= MAX_FIELD_CHARS,
            "the answer {field:?} over the limit"
        );
    }
}

/// Property (b): with `bytes` as the progress file (and `backup`, if any, as the backup) in
/// the empty folder `dir`, `Store::load` never panics; it loads exactly when the file is within
/// the size limit and decodes, uses the backup only when it decodes, and afterwards every byte
/// of both files is still in the folder (a file it cannot use moved aside, unchanged). Returns
/// whether the file loaded.
pub fn check_load(dir: &Path, bytes: &[u8], backup: Option<&[u8]>) -> bool {
    for entry in std::fs::read_dir(dir).expect("list the folder") {
        std::fs::remove_file(entry.expect("entry").path()).expect("empty the folder");
    }
    let store = Store::new(dir);
    std::fs::write(store.progress_path(), bytes).expect("write the file");
    if let Some(backup) = backup {
        std::fs::write(store.backup_path(), backup).expect("write the backup");
    }
    let usable = |b: &[u8]| b.len() <= cap() && store::decode(b).is_ok();
    let main_good = usable(bytes);
    let backup_good = backup.is_some_and(usable);
    let loaded = store.load(now());
    match &loaded.event {
        LoadEvent::Loaded => {
            assert!(main_good, "loaded a file that does not decode");
            assert!(Some(&loaded.progress) == store::decode(bytes).ok().as_ref());
            assert!(
                std::fs::read(store.progress_path()).ok().as_deref() == Some(bytes),
                "a loaded file changed on disk"
            );
        }
        LoadEvent::RestoredFromBackup {
            damaged: Some(damaged),
            reason: Some(_),
        } => {
            assert!(!main_good, "a good file was set aside");
            assert!(backup_good, "restored from a backup that does not decode");
            assert!(
                std::fs::read(damaged).ok().as_deref() == Some(bytes),
                "the damaged file was not kept byte for byte"
            );
            let backup = backup.and_then(|b| store::decode(b).ok());
            assert!(Some(&loaded.progress) == backup.as_ref());
        }
        LoadEvent::StartedOver { damaged, .. } => {
            assert!(!main_good, "a good file was set aside");
            assert!(!backup_good, "a good backup was ignored");
            assert!(
                std::fs::read(damaged).ok().as_deref() == Some(bytes),
                "the damaged file was not kept byte for byte"
            );
            assert!(loaded.progress == Progress::default());
        }
        other => panic!("unexpected load event {other:?}"),
    }
    let kept: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .expect("list the folder")
        .map(|e| std::fs::read(e.expect("entry").path()).expect("read back"))
        .collect();
    assert!(kept.iter().any(|k| k == bytes), "the file's bytes are gone");
    if let Some(backup) = backup {
        assert!(
            kept.iter().any(|k| k == backup),
            "the backup's bytes are gone"
        );
    }
    matches!(loaded.event, LoadEvent::Loaded)
}

/// A backup for [`check_load`]: none, a good one, or a damaged one.
pub fn backup_bytes(u: &mut Unstructured<'_>) -> Result<Option<Vec<u8>>> {
    Ok(match u.int_in_range(0..=2)? {
        0 => None,
        1 => Some(store::encode(&structured(u, false)?).into_bytes()),
        _ => {
            let seed = *u.choose(&FIXTURES)?;
            Some(mutate(u, seed)?)
        }
    })
}

// ---------------------------------------------------------------------------------------------
// The recogniser

/// Text a person might paste: pieces of known wordings (cut, joined, with typos), full-width
/// and half-width forms, line breaks, combining marks, emoji, control characters, any Unicode;
/// now and then long.
pub fn recogniser_text(u: &mut Unstructured<'_>) -> Result<String> {
    #[rustfmt::skip]
    const PIECES: &[&str] = &[
        " ", "\n", "\r\n", "\t", "。", "、", "ＡＢＣ", "０１２", "ｱｶｳﾝﾄ", "\u{301}", "\u{200b}",
        "\u{feff}", "👍🏽", "ﬁ", "Ⅻ", "㍻", "\u{0}", "\u{7f}", "İ", "ß", "Σ", "a", "1", "-", "コード",
        "サインイン", "code", "account", "\u{10ffff}", "\u{fffd}",
    ];
    let wordings = &known().wordings;
    let mut s = String::new();
    for _ in 0..u.int_in_range(0..=6)? {
        match u.int_in_range(0..=4)? {
            0 => {
                let wording: Vec<char> = u.choose(wordings)?.chars().collect();
                let start = u.int_in_range(0..=wording.len())?;
                let end = u.int_in_range(start..=wording.len())?;
                let mut piece: Vec<char> = wording[start..end].to_vec();
                // A few typed mistakes.
                for _ in 0..u.int_in_range(0..=3)? {
                    if piece.is_empty() {
                        break;
                    }
                    let i = u.choose_index(piece.len())?;
                    match u.int_in_range(0..=2)? {
                        0 => {
                            piece.remove(i);
                        }
                        1 => piece.insert(i, u.arbitrary()?),
                        _ => piece[i] = u.arbitrary()?,
                    }
                }
                s.extend(piece);
            }
            1 => s.push_str(u.choose(wordings)?),
            2 => s.push_str(u.choose(PIECES)?),
            3 => s.push_str(&u.arbitrary::<String>()?),
            _ => {
                // Long input: a pasted page, or a key held down.
                let piece = if u.arbitrary()? {
                    u.choose(wordings)?.clone()
                } else {
                    (*u.choose(PIECES)?).to_owned()
                };
                s.push_str(&piece.repeat(log_size(u, 256)?));
            }
        }
    }
    Ok(s)
}

/// Property (c): the recogniser answers any text, the same way twice, with a sane result: too
/// short exactly when under [`recognise::MIN_CHARS`] letters and digits; a recognised
/// message is a known one at or over the threshold; otherwise at most three different known
/// messages under the threshold, best first; every score between 0 and 1. Returns whether
/// the text was recognised.
pub fn check_recognise(input: &str) -> bool {
    let recogniser = recogniser();
    let known = known();
    let result = recogniser.recognise(input);
    let chars = recognise::normalise(input).len();
    let sane = |m: &recognise::Match| {
        assert!(
            (0.0..=1.0).contains(&m.score),
            "score {} out of range",
            m.score
        );
        assert!(m.percent() <= 100);
        assert!(
            known.signals.contains(&m.signal),
            "unknown signal {}",
            m.signal
        );
    };
    match &result {
        Recognition::TooShort => {
            assert!(
                chars < recognise::MIN_CHARS,
                "{chars} characters is not too short"
            );
        }
        Recognition::Recognised(m) => {
            assert!(chars >= recognise::MIN_CHARS);
            sane(m);
            assert!(
                m.score >= recognise::THRESHOLD,
                "recognised under the threshold"
            );
        }
        Recognition::UnknownCode { code } => {
            // An error code the app does not know: named as written, never a look-alike.
            assert!(
                !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric()),
                "odd code {code:?}"
            );
        }
        Recognition::NotRecognised { closest } => {
            assert!(chars >= recognise::MIN_CHARS);
            assert!(closest.len() <= 3, "{} closest messages", closest.len());
            for m in closest {
                sane(m);
                assert!(
                    m.score < recognise::THRESHOLD,
                    "not recognised at the threshold"
                );
            }
            assert!(
                closest.windows(2).all(|w| w[0].score >= w[1].score),
                "closest not best first"
            );
            let distinct: BTreeSet<&str> = closest.iter().map(|m| m.signal.as_str()).collect();
            assert_eq!(
                distinct.len(),
                closest.len(),
                "a message twice among the closest"
            );
        }
    }
    assert!(
        recogniser.recognise(input) == result,
        "a second answer differs"
    );
    matches!(result, Recognition::Recognised(_))
}

// ---------------------------------------------------------------------------------------------
// The command line

/// Option names and values the parser knows, and near misses.
#[rustfmt::skip]
pub const ARGS: &[&str] = &[
    "--lang", "--lang=ja", "--lang=en", "--lang=", "--data-dir", "--data-dir=", "--paper",
    "--paper=A4", "--export-pdf", "--export-draft", "--export-text", "--export-pdf=out.pdf",
    "--explain", "--explain=", "-h", "--help", "-V", "--version", "-hV", "-Vh", "-x", "--", "-",
    "---", "--LANG", "ja", "en", "JA", "ja-JP", "en_US.UTF-8", "a4", "letter", "LETTER", "", "=",
    "out.pdf", "/tmp/x", "サインインできません",

];

/// An argument list: known options, values, near misses, any text and (on Unix) bytes that
/// are not UTF-8.
pub fn cli_args(u: &mut Unstructured<'_>) -> Result<Vec<OsString>> {
    let mut args = Vec::new();
    for _ in 0..u.int_in_range(0..=8)? {
        let arg = match u.int_in_range(0..=5)? {
            0..=2 => OsString::from(*u.choose(ARGS)?),
            3 => OsString::from(format!("{}{}", u.choose(ARGS)?, u.arbitrary::<&str>()?)),
            4 => OsString::from(u.arbitrary::<String>()?),
            _ => os_string(&u.arbitrary::<Vec<u8>>()?),
        };
        args.push(arg);
    }
    Ok(args)
}

/// Arguments from raw bytes, split at NUL (as a fuzzer's input).
pub fn args_from_bytes(data: &[u8]) -> Vec<OsString> {
    if data.is_empty() {
        return Vec::new();
    }
    data.split(|b| *b == 0).map(os_string).collect()
}

/// An argument as the system may hand it over, not always valid Unicode: any bytes on Unix,
/// any UTF-16 units (unpaired surrogates too) on Windows.
#[cfg(unix)]
fn os_string(bytes: &[u8]) -> OsString {
    use std::os::unix::ffi::OsStringExt as _;
    OsString::from_vec(bytes.to_vec())
}

#[cfg(windows)]
fn os_string(bytes: &[u8]) -> OsString {
    use std::os::windows::ffi::OsStringExt as _;
    let wide: Vec<u16> = bytes
        .chunks(2)
        .map(|pair| u16::from_le_bytes([pair[0], pair.get(1).copied().unwrap_or(0)]))
        .collect();
    OsString::from_wide(&wide)
}

#[cfg(not(any(unix, windows)))]
fn os_string(bytes: &[u8]) -> OsString {
    OsString::from(String::from_utf8_lossy(bytes).into_owned())
}

/// Property (d): the parser answers any argument list, the same way twice; no arguments
/// opens the window; an argument list that starts with a plain word is refused; a file to
/// export and a text to explain come from the arguments. Returns whether it was accepted.
pub fn check_cli(args: &[OsString]) -> bool {
    let result = cli::parse(args.iter().cloned());
    assert!(
        cli::parse(args.iter().cloned()) == result,
        "a second parse differs"
    );
    if args.is_empty() {
        assert!(result == Ok(Command::Run(cli::Options::default())));
    }
    if let Some(first) = args.first()
        && !first.to_string_lossy().starts_with('-')
    {
        assert!(
            result.is_err(),
            "a plain word first is accepted: {result:?}"
        );
    }
    let from_args = |value: &str| {
        args.iter().any(|a| {
            let a = a.to_string_lossy();
            a == value || a.ends_with(&format!("={value}"))
        })
    };
    match &result {
        Ok(Command::Export { file, .. }) => {
            assert!(
                from_args(&file.to_string_lossy()),
                "an export file not given"
            );
        }
        Ok(Command::Explain { text, .. }) => {
            assert!(from_args(text), "a text to explain not given");
        }
        _ => {}
    }
    result.is_ok()
}
