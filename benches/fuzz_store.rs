//! Fuzzing of the progress file reader: 100,000+ inputs, structured (random progress of every
//! kind, encoded) and hostile (mutated, truncated, huge, deeply nested, long strings, many
//! entries), each decoded; what decodes must encode within the size limit, stay within the
//! bounds, and read back the same. Every 500th input also goes through `Store::load` on disk,
//! which must keep the bytes of a file it cannot use. One input in 400 is near the 4 MiB cap
//! (within 96 KiB either side, valid or damaged), and each of those is loaded too.
//!
//! Run with `cargo bench --bench fuzz_store` (optionally `-- 250000` for more inputs). Not
//! part of `cargo test`. Prints the count, the time, the outcomes and every finding.

#![expect(
    clippy::print_stdout,
    reason = "a benchmark reports its figures on standard output"
)]

use std::collections::BTreeMap;
use std::time::Instant;

use jiff::{SignedDuration, Timestamp};
use signin_rescue::i18n::Language;
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::{
    Channel, CodeRequest, OutcomeChange, Progress, StepOutcome, StepRecord, Timer,
};
use signin_rescue::store::encoding::{MAX_NOTE_CHARS, MAX_UNKNOWN_ENTRIES};
use signin_rescue::store::{self, LoadEvent, MAX_FILE_BYTES, Store};

/// xorshift64*, so a finding reproduces from its case number.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }
    fn chance(&mut self, in_n: usize) -> bool {
        self.below(in_n) == 0
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "\"",
    "version",
    "99",
    "-1",
    "4294967296",
    "18446744073709551616",
    "Some(",
    "None",
    "NoChange",
    "Worked",
    "Skipped",
    "NotTried",
    "Bogus",
    "steps",
    "reported",
    "timers",
    "history",
    "language",
    "Ja",
    "En",
    "\"2026-13-45T99:99:99Z\"",
    "\"2026-11-25T08:00:00Z\"",
    "1e309",
    "r#\"",
    "\\u{110000}",
    "/*",
    "*/",
    "//",
    "\u{feff}",
    "true",
    "()",
    "b\"x\"",
    "'c'",
    "#![enable(implicit_some)]",
    "\\",
    "\u{0}",
    "NaN",
    "inf",
];

fn text(rng: &mut Rng, max: usize) -> String {
    const PIECES: &[&str] = &[
        "a", "長", "メモ", " ", "\n", "\"", "\\", "é", "👍", "\u{200b}", "}",
    ];
    let len = rng.below(max + 1);
    (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

fn time(rng: &mut Rng) -> Timestamp {
    let base: Timestamp = "2026-11-25T08:00:00Z"
        .parse()
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let secs = i64::try_from(rng.below(400_000_000)).unwrap_or(0) - 200_000_000;
    base.saturating_add(SignedDuration::from_secs(secs))
        .unwrap_or(base)
}

/// A random progress touching every kind of field and every enum variant.
fn structured(rng: &mut Rng, known: &[String], large: bool) -> Progress {
    let mut p = Progress::default();
    let scale = if large { 50 } else { 1 };
    p.language = [None, Some(Language::Ja), Some(Language::En)][rng.below(3)];
    for _ in 0..rng.below(20 * scale) {
        let id = if rng.chance(2) && !known.is_empty() {
            known[rng.below(known.len())].clone()
        } else {
            format!("unknown-{}", text(rng, 12))
        };
        let history = (0..rng.below(if large { 120 } else { 5 }))
            .map(|_| OutcomeChange {
                at: time(rng),
                outcome: StepOutcome::ALL[rng.below(4)],
            })
            .collect();
        p.steps.insert(
            id,
            StepRecord {
                outcome: StepOutcome::ALL[rng.below(4)],
                changed_at: rng.chance(2).then(|| time(rng)),
                note: text(rng, if large { 6_000 } else { 80 }),
                note_changed_at: rng.chance(2).then(|| time(rng)),
                history,
            },
        );
    }
    for _ in 0..rng.below(10 * scale) {
        p.reported.insert(text(rng, 20));
    }
    for id in 0..rng.below(5 * scale) {
        p.timers.push(Timer {
            id: u64::try_from(id).unwrap_or(0) * 7,
            wait: text(rng, 16),
            step: rng.chance(2).then(|| text(rng, 16)),
            started: time(rng),
            due: time(rng),
            dismissed: rng.chance(2),
            dismissed_at: rng.chance(3).then(|| time(rng)),
        });
    }
    for _ in 0..rng.below(8 * scale) {
        p.code_requests.push(CodeRequest {
            at: time(rng),
            channel: Channel::ALL[rng.below(4)],
        });
    }
    p.draft.first_name = text(rng, if large { 20_000 } else { 10 });
    p.draft.other_details = text(rng, 200);
    p.next_timer_id = rng.next();
    p.recovered = rng.chance(2).then(|| time(rng));
    p.safety_seen = rng.chance(2);
    p
}

/// An input near the 4 MiB cap (some just under, some just over): a progress with many long
/// notes, padded or cut to a size within 96 KiB of the cap, mutated half the time.
fn near_cap(rng: &mut Rng, known: &[String]) -> Vec<u8> {
    let cap = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let target = cap - 96 * 1024 + rng.below(192 * 1024);
    let mut p = structured(rng, known, false);
    // 6,000 characters of three bytes each: about 18 KB per step once encoded.
    let note = "長い".repeat(3_000);
    let mut n = 0;
    while n * 18_000 < target {
        p.steps.insert(
            format!("unknown-big-{n}"),
            StepRecord {
                note: note.clone(),
                ..StepRecord::default()
            },
        );
        n += 1;
    }
    let mut bytes = store::encode(&p).into_bytes();
    // Padding with spaces keeps the file valid; cutting it makes it damaged.
    bytes.resize(target, b' ');
    if rng.chance(2) {
        bytes = mutate(rng, &bytes);
    }
    bytes
}

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..=rng.below(5) {
        match rng.below(10) {
            0 => bytes.truncate(rng.below(bytes.len() + 1)),
            1 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] = (rng.next() & 0xff) as u8;
            }
            2 => {
                let i = rng.below(bytes.len() + 1);
                bytes.splice(i..i, TOKENS[rng.below(TOKENS.len())].bytes());
            }
            3 if !bytes.is_empty() => {
                let start = rng.below(bytes.len());
                let end = (start + rng.below(64)).min(bytes.len());
                bytes.drain(start..end);
            }
            4 if !bytes.is_empty() => {
                let start = rng.below(bytes.len());
                let end = (start + rng.below(200)).min(bytes.len());
                let slice = bytes[start..end].to_vec();
                let at = rng.below(bytes.len() + 1);
                for _ in 0..=rng.below(3) {
                    bytes.splice(at..at, slice.iter().copied());
                }
            }
            5 => {
                // Deep nesting, up to and past the parser's limit.
                let depth = 1 + rng.below(300);
                let open = ["[", "(", "{", "Some("][rng.below(4)];
                bytes = format!("(version: 2, steps: {}", open.repeat(depth)).into_bytes();
            }
            6 => {
                // A long string where a short one belongs.
                let len = 1 + rng.below(200_000);
                bytes = format!(
                    "(version: 2, steps: {{\"network-mobile-data\": (outcome: NoChange, note: \"{}\")}})",
                    "x".repeat(len)
                )
                .into_bytes();
            }
            7 => {
                // Many entries: unknown steps, as from a newer version or a hostile file.
                let n = 1 + rng.below(20_000);
                let mut s = String::from("(version: 2, steps: {");
                for i in 0..n {
                    s.push_str(&format!("\"s{i}\":(outcome:Skipped),"));
                }
                s.push_str("})");
                bytes = s.into_bytes();
            }
            8 => {
                let len = rng.below(300);
                bytes = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
            }
            _ => {}
        }
    }
    bytes
}

#[derive(Default)]
struct Outcomes {
    decoded: usize,
    refused: usize,
    large_inputs: usize,
    loads: usize,
    findings: Vec<String>,
}

fn check(case: usize, bytes: &[u8], known_steps: usize, out: &mut Outcomes) {
    if bytes.len() > 1_000_000 {
        out.large_inputs += 1;
    }
    let Ok(progress) = store::decode(bytes) else {
        out.refused += 1;
        return;
    };
    out.decoded += 1;
    let text = store::encode(&progress);
    if text.len() as u64 > MAX_FILE_BYTES {
        out.findings
            .push(format!("case {case}: re-encoded to {} bytes", text.len()));
    }
    let unknown = progress.steps.len().saturating_sub(known_steps);
    if unknown > MAX_UNKNOWN_ENTRIES {
        out.findings
            .push(format!("case {case}: {unknown} unknown steps kept"));
    }
    if progress
        .steps
        .values()
        .any(|r| r.note.chars().count() > MAX_NOTE_CHARS)
    {
        out.findings
            .push(format!("case {case}: a note over the limit"));
    }
    match store::decode(text.as_bytes()) {
        Ok(again) if again == progress => {}
        Ok(_) => out
            .findings
            .push(format!("case {case}: reads back differently")),
        Err(e) => out
            .findings
            .push(format!("case {case}: own output refused: {e}")),
    }
}

/// Writes `bytes` as the progress file and loads it: what cannot be used must be kept aside
/// byte for byte.
fn load_case(store: &Store, case: usize, bytes: &[u8], out: &mut Outcomes) {
    std::fs::write(store.progress_path(), bytes).expect("write case");
    let loaded = store.load(Timestamp::UNIX_EPOCH);
    match loaded.event {
        LoadEvent::Loaded => {}
        LoadEvent::StartedOver { damaged, .. } => {
            if std::fs::read(&damaged).ok().as_deref() != Some(bytes) {
                out.findings
                    .push(format!("case {case}: bytes not kept aside"));
            }
            let _ = std::fs::remove_file(damaged);
        }
        other => out
            .findings
            .push(format!("case {case}: load gave {other:?}")),
    }
    if let Some(kept) = loaded.kept_whole {
        if std::fs::read(&kept).ok().as_deref() != Some(bytes) {
            out.findings
                .push(format!("case {case}: the whole copy differs"));
        }
        let _ = std::fs::remove_file(kept);
    }
    let _ = std::fs::remove_file(store.progress_path());
}

fn main() {
    let count: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let kb = KnowledgeBase::embedded().expect("knowledge base");
    let mut known: Vec<String> = kb.steps().map(|(_, s)| s.id.clone()).collect();
    known.extend(kb.aftercare_steps().map(|s| s.id.clone()));
    known.sort();
    known.dedup();
    let fixtures: Vec<Vec<u8>> = ["progress-v1.ron", "progress-v2.ron"]
        .iter()
        .filter_map(|f| {
            std::fs::read(format!("{}/tests/fixtures/{f}", env!("CARGO_MANIFEST_DIR"))).ok()
        })
        .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let mut rng = Rng(0x5ca1_ab1e);
    let mut out = Outcomes::default();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let started = Instant::now();
    for case in 0..count {
        // One input in 400 is near the 4 MiB cap, and goes through the store as well.
        if case % 400 == 7 {
            let bytes = near_cap(&mut rng, &known);
            *kinds.entry("near-cap").or_default() += 1;
            check(case, &bytes, known.len(), &mut out);
            out.loads += 1;
            load_case(&store, case, &bytes, &mut out);
            continue;
        }
        let (kind, bytes) = match rng.below(4) {
            0 => {
                let large = rng.chance(20);
                let progress = structured(&mut rng, &known, large);
                ("structured", store::encode(&progress).into_bytes())
            }
            1 => {
                let seed = store::encode(&structured(&mut rng, &known, false));
                ("structured+mutated", mutate(&mut rng, seed.as_bytes()))
            }
            2 if !fixtures.is_empty() => {
                let seed = &fixtures[rng.below(fixtures.len())];
                ("fixture+mutated", mutate(&mut rng, seed))
            }
            _ => ("generated", mutate(&mut rng, b"(version: 2)")),
        };
        *kinds.entry(kind).or_default() += 1;
        check(case, &bytes, known.len(), &mut out);
        if case % 500 == 0 {
            out.loads += 1;
            load_case(&store, case, &bytes, &mut out);
        }
    }
    let elapsed = started.elapsed();
    println!(
        "fuzz_store: {count} inputs in {:.1} s ({:.0} inputs/s)",
        elapsed.as_secs_f64(),
        count as f64 / elapsed.as_secs_f64()
    );
    println!("  kinds: {kinds:?}");
    println!(
        "  decoded {}, refused {}, inputs over 1 MB {}, loads through the store {}",
        out.decoded, out.refused, out.large_inputs, out.loads
    );
    println!("  findings: {}", out.findings.len());
    for finding in out.findings.iter().take(20) {
        println!("    {finding}");
    }
}
