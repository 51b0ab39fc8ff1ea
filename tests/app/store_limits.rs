//! Notes are never cut in silence (issue 23, point 2): a note at the limit survives a restart
//! intact, and a file saved with a longer one is shortened with a notice that says, once, where
//! the whole file was kept, and that copy is written only once.

use crate::common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use jiff::Timestamp;
use signin_rescue::i18n::Language;
use signin_rescue::progress::{Action, Progress};
use signin_rescue::store::encoding::MAX_NOTE_CHARS;
use signin_rescue::store::{self, Store};
use signin_rescue::ui::Notice;

use common::{app, run_until};

const STEP: &str = "network-mobile-data";
const WAIT: Duration = Duration::from_secs(10);

fn with_note(chars: usize) -> Progress {
    let mut progress = Progress::default();
    let at: Timestamp = common::START.parse().expect("time");
    progress.apply(
        Action::NoteEdited {
            step: STEP.into(),
            text: "あ".repeat(chars),
        },
        at,
    );
    progress
}

fn kept_copies(dir: &Path) -> usize {
    fs::read_dir(dir)
        .expect("list")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.over-limits")
        })
        .count()
}

#[test]
fn a_note_at_the_limit_survives_a_restart_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let full = with_note(MAX_NOTE_CHARS);
    Store::new(dir.path())
        .save(store::encode(&full).as_bytes(), None)
        .expect("saved");
    let harness = app(dir.path(), Language::Ja);
    assert_eq!(harness.state().progress().note(STEP), full.note(STEP));
    assert!(
        !harness
            .state()
            .notices()
            .iter()
            .any(|n| matches!(n, Notice::KeptWhole { .. })),
        "nothing to tell"
    );
    drop(harness);
    assert_eq!(kept_copies(dir.path()), 0);
}

#[test]
fn a_longer_note_is_shortened_with_a_notice_once_and_kept_whole_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = with_note(MAX_NOTE_CHARS + 1000);
    let original = store::encode(&long);
    Store::new(dir.path())
        .save(original.as_bytes(), None)
        .expect("saved by an older version");
    let mut harness = app(dir.path(), Language::En);
    let kept = harness
        .state()
        .notices()
        .iter()
        .find_map(|n| match n {
            Notice::KeptWhole { path } => Some(path.clone()),
            _ => None,
        })
        .expect("the person is told");
    assert_eq!(
        fs::read_to_string(&kept).expect("the whole file"),
        original,
        "kept byte for byte"
    );
    let message = harness.state().notices()[0].message(&common::texts(Language::En));
    assert!(message.contains(&kept.display().to_string()), "{message}");
    assert!(
        run_until(&mut harness, WAIT, signin_rescue::App::is_saved),
        "the shortened progress is saved at once"
    );
    drop(harness);
    // The next start is quiet and writes no second copy.
    let harness = app(dir.path(), Language::En);
    assert!(
        !harness
            .state()
            .notices()
            .iter()
            .any(|n| matches!(n, Notice::KeptWhole { .. })),
        "told once"
    );
    assert_eq!(
        harness.state().progress().note(STEP).chars().count(),
        MAX_NOTE_CHARS
    );
    drop(harness);
    assert_eq!(kept_copies(dir.path()), 1, "the copy was written once");
}

#[test]
fn typing_stops_at_the_limit_with_a_counter_near_it() {
    use egui_kittest::kittest::Queryable as _;
    use signin_rescue::i18n::TextId;
    use signin_rescue::tr;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut near = Progress::default();
    let at: Timestamp = common::START.parse().expect("time");
    near.apply(
        Action::NoteEdited {
            step: "contact-which-one".into(),
            text: "a".repeat(MAX_NOTE_CHARS - 5),
        },
        at,
    );
    Store::new(dir.path())
        .save(store::encode(&near).as_bytes(), None)
        .expect("saved");
    let mut harness = app(dir.path(), Language::En);
    let texts = common::texts(Language::En);
    harness.get_by_label(&format!(
        "{} of {MAX_NOTE_CHARS} characters",
        MAX_NOTE_CHARS - 5
    ));
    let step = tr!(&texts, TextId::fixed("step-contact-which-one"));
    let name = tr!(&texts, "note-name", step = step);
    harness.get_by_label(&name).click();
    harness.run();
    harness.get_by_label(&name).type_text("0123456789");
    harness.run();
    assert_eq!(
        harness
            .state()
            .progress()
            .note("contact-which-one")
            .chars()
            .count(),
        MAX_NOTE_CHARS,
        "input stops at the limit"
    );
    harness.get_by_label(&format!(
        "{MAX_NOTE_CHARS} of {MAX_NOTE_CHARS} characters: this note cannot be longer."
    ));
}
