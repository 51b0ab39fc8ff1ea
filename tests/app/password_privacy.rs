//! A previous password typed into the draft appears in no file the app writes (the progress,
//! its backup, kept copies, exports, the saved draft, the PDF) and in no log line; nor does
//! anything else personal (names, addresses, notes, the data folder's path) reach the log.

use crate::common;

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use egui::OutputCommand;
use egui_kittest::kittest::Queryable as _;
use signin_rescue::files::PresetDialogs;
use signin_rescue::i18n::Language;

use common::{app_with, clock, run_until};

const SECRET: &str = "Pa55-Secret-Zq7!";
const PERSONAL_EMAIL: &str = "taro.private@example.com";
const PERSONAL_NOTE: &str = "my-private-note-text";

/// Keeps every log line of every level.
struct CapturingLogger(Arc<Mutex<Vec<String>>>);

impl log::Log for CapturingLogger {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(format!("{} {}", record.target(), record.args()));
    }

    fn flush(&self) {}
}

fn files_containing(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        let bytes = std::fs::read(&entry).expect("readable");
        if bytes.windows(needle.len()).any(|w| w == needle) {
            found.push(entry.display().to_string());
        }
    }
    found
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("list") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn a_password_reaches_no_file_and_no_log() {
    let lines = Arc::new(Mutex::new(Vec::new()));
    log::set_boxed_logger(Box::new(CapturingLogger(lines.clone()))).expect("first logger");
    log::set_max_level(log::LevelFilter::Trace);

    let data = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    let dialogs = PresetDialogs::default();
    let mut harness = app_with(data.path(), Language::En, clock(), dialogs.clone());
    harness.get_by_label("Recovery-form draft").click();
    harness.run();
    harness.get_by_label("Add a previous password").click();
    harness.run();
    harness.get_by_label("Password 1").click();
    harness.run();
    harness.get_by_label("Password 1").type_text(SECRET);
    harness.run();
    harness.get_by_label("First name").click();
    harness.run();
    harness.get_by_label("First name").type_text("Taro");
    harness.run();
    let account = "Email address, phone number or Skype name of the account";
    harness.get_by_label(account).click();
    harness.run();
    harness.get_by_label(account).type_text(PERSONAL_EMAIL);
    harness.run();

    // Reveal it and copy it: it must really be there, or this test would prove nothing.
    harness.get_by_label("Show: Password 1").click();
    harness.run();
    harness.get_by_label("Copy: Password 1").click();
    harness.step();
    assert!(
        harness
            .output()
            .platform_output
            .commands
            .contains(&OutputCommand::CopyText(SECRET.into()))
    );
    harness.run();

    // Save the draft as text, export the progress, start over: every kind of file.
    dialogs.answer_save(Some(out.path().join("draft.txt")));
    harness
        .get_by_label("Save the draft as a text file…")
        .click();
    assert!(run_until(&mut harness, Duration::from_secs(10), |app| !app.is_busy()));
    dialogs.answer_save(Some(out.path().join("progress-export.ron")));
    harness.get_by_label("Progress").click();
    harness.run();
    harness
        .get_by_label_contains("Export progress to a file…")
        .click();
    assert!(run_until(&mut harness, Duration::from_secs(10), |app| !app.is_busy()));
    dialogs.answer_save(Some(out.path().join("checklist.pdf")));
    harness.get_by_label("Progress").click();
    harness.run();
    harness
        .get_by_label_contains("Save the checklist as a PDF to print…")
        .click();
    assert!(run_until(&mut harness, Duration::from_secs(10), |app| !app.is_busy()));
    harness.get_by_label("Progress").click();
    harness.run();
    harness.get_by_label("Start over…").click();
    harness.run();
    harness.get_by_label("Start over").click();
    assert!(run_until(&mut harness, Duration::from_secs(10), |app| {
        !app.is_busy() && app.is_saved()
    }));
    drop(harness);

    // A damaged file holding a note: loading it logs what happened, not what it says.
    let damaged = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        damaged.path().join("progress.ron"),
        format!("(version: 1, steps: {{\"x\": (note: 42, outcome: \"{PERSONAL_NOTE}\")}})"),
    )
    .expect("write");
    let loaded = signin_rescue::store::Store::new(damaged.path()).load(jiff::Timestamp::now());
    assert!(!matches!(
        loaded.event,
        signin_rescue::store::LoadEvent::Loaded
    ));

    let written = walk(data.path()).len() + walk(out.path()).len();
    assert!(
        written >= 5,
        "progress, backup, kept copy, draft, export: {written} files"
    );
    assert!(
        std::fs::read_to_string(out.path().join("draft.txt"))
            .expect("draft saved")
            .contains("Taro")
    );
    assert_eq!(
        files_containing(data.path(), SECRET.as_bytes()),
        Vec::<String>::new()
    );
    assert_eq!(
        files_containing(out.path(), SECRET.as_bytes()),
        Vec::<String>::new()
    );
    let lines = lines.lock().unwrap_or_else(PoisonError::into_inner);
    assert!(
        !lines.is_empty(),
        "the app logged something, so the check means something"
    );
    assert!(
        lines.iter().all(|l| !l.contains(SECRET)),
        "a log line holds the password"
    );
}
