//! The fuzzing properties of `tests/common/fuzz_cases.rs`, run for a short, bounded time on
//! every `cargo test` with arbtest (the cargo-fuzz targets in `fuzz/` run the same properties
//! for as long as one likes, guided by coverage).
//!
//! A failure prints `arbtest failed! Seed: 0x…`; replay it with
//! `ARBTEST_SEED=0x… cargo test --test data properties::<name>`. A longer search:
//! `ARBTEST_BUDGET_MS=60000 cargo test --release --test data properties`.

use arbtest::arbtest;

use crate::fuzz_cases as cases;

/// Milliseconds for one property: `ARBTEST_BUDGET_MS`, else `default`.
fn budget(default: u64) -> u64 {
    std::env::var("ARBTEST_BUDGET_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .unwrap_or(default)
}

/// Counts the cases a property ran and how many of them `hit` (decoded, loaded, recognised),
/// and says so when dropped (`--nocapture` shows it).
struct Tally {
    name: &'static str,
    cases: usize,
    hits: usize,
}

impl Tally {
    fn new(name: &'static str) -> Self {
        Self {
            name,
            cases: 0,
            hits: 0,
        }
    }

    fn add(&mut self, hit: bool) {
        self.cases += 1;
        self.hits += usize::from(hit);
    }
}

impl Drop for Tally {
    fn drop(&mut self) {
        eprintln!(
            "{}: {} cases, {} accepted",
            self.name, self.cases, self.hits
        );
    }
}

#[test]
fn any_bytes_decode_or_are_refused_and_what_decodes_reads_back_the_same() {
    let mut tally = Tally::new("decode");
    arbtest(|u| {
        let bytes = cases::progress_bytes(u)?;
        tally.add(cases::check_decode(&bytes).is_some());
        Ok(())
    })
    .budget_ms(budget(3_000));
}

#[test]
fn files_near_the_size_limit_are_cut_or_refused() {
    let mut tally = Tally::new("near the limit");
    arbtest(|u| {
        let bytes = cases::large_file(u)?;
        assert!(bytes.len() > cases::cap() - 5_000, "{} bytes", bytes.len());
        tally.add(cases::check_decode(&bytes).is_some());
        Ok(())
    })
    .budget_ms(budget(4_000));
}

#[test]
fn loading_any_file_keeps_the_bytes_of_one_it_cannot_use() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut tally = Tally::new("load");
    arbtest(|u| {
        let bytes = cases::progress_bytes(u)?;
        let backup = cases::backup_bytes(u)?;
        tally.add(cases::check_load(dir.path(), &bytes, backup.as_deref()));
        Ok(())
    })
    .budget_ms(budget(4_000));
}

#[test]
fn the_recogniser_answers_any_text_sanely() {
    cases::recogniser();
    let mut tally = Tally::new("recognise");
    arbtest(|u| {
        tally.add(cases::check_recognise(&cases::recogniser_text(u)?));
        Ok(())
    })
    .budget_ms(budget(2_000));
}

#[test]
fn any_command_line_is_parsed_or_refused() {
    let mut tally = Tally::new("command line");
    arbtest(|u| {
        tally.add(cases::check_cli(&cases::cli_args(u)?));
        Ok(())
    })
    .budget_ms(budget(1_000));
}

/// The two released formats, as written: the seeds of the cargo-fuzz corpus.
#[test]
fn the_fixtures_hold_the_properties() {
    let dir = tempfile::tempdir().expect("temp dir");
    for fixture in cases::FIXTURES {
        assert!(cases::check_decode(fixture).is_some());
        cases::check_load(dir.path(), fixture, None);
    }
}
