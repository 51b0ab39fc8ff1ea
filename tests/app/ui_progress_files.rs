//! Moving progress between machines, starting over, and a folder that cannot be written,
//! driven through the real app with file dialogs that answer at once.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;
use signin_rescue::files::PresetDialogs;
use signin_rescue::i18n::Language;
use signin_rescue::progress::StepOutcome;
use signin_rescue::store;

use common::{app, app_with, click_outcome, clock, run_until, texts};

const WAIT: Duration = Duration::from_secs(10);

fn files_named(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn export_on_one_machine_and_import_on_another() {
    let first = tempfile::tempdir().expect("temp dir");
    let second = tempfile::tempdir().expect("temp dir");
    let carried = tempfile::tempdir().expect("temp dir");
    let exported = carried.path().join("my-progress.ron");

    // Machine one: mark a step, write a note, export.
    let dialogs = PresetDialogs::default();
    dialogs.answer_save(Some(exported.clone()));
    let mut one = app_with(first.path(), Language::En, clock(), dialogs.clone());
    click_outcome(
        &one,
        Language::En,
        StepOutcome::NoChange,
        "contact-which-one",
    );
    one.run();
    let english = texts(Language::En);
    let note = signin_rescue::tr!(
        &english,
        "note-name",
        step = signin_rescue::tr!(
            &english,
            signin_rescue::i18n::TextId::fixed("step-contact-which-one")
        )
    );
    one.get_by_label(&note).click();
    one.run();
    one.get_by_label(&note).type_text("Same error on 4G");
    one.run();
    one.get_by_label("Progress").click();
    one.run();
    one.get_by_label_contains("Export progress to a file…")
        .click();
    assert!(run_until(&mut one, WAIT, |app| !app.is_busy()));
    one.get_by_label_contains("Your progress was exported to");
    assert_eq!(dialogs.asked().len(), 1);
    assert_eq!(dialogs.asked()[0].filter.1, ["ron"]);
    let on_disk = store::decode(&fs::read(&exported).expect("exported")).expect("valid");
    assert_eq!(&on_disk, one.state().progress());

    // Machine two: something of its own, then import and confirm.
    let dialogs = PresetDialogs::default();
    dialogs.answer_open(Some(exported.clone()));
    let mut two = app_with(second.path(), Language::En, clock(), dialogs);
    click_outcome(
        &two,
        Language::En,
        StepOutcome::Skipped,
        "contact-other-method",
    );
    two.run();
    two.get_by_label("Progress").click();
    two.run();
    two.get_by_label("Import progress from a file…").click();
    assert!(run_until(
        &mut two,
        WAIT,
        signin_rescue::App::is_import_pending
    ));
    two.get_by_label("Replace your progress with this file?");
    two.get_by_label(
        "It holds 0 recovery-form answers, one marked step, one note and 0 reported errors or symptoms.",
    );
    two.get_by_label("Replace my progress").click();
    assert!(run_until(&mut two, WAIT, |app| !app.is_busy() && app.is_saved()));

    assert_eq!(
        two.state().progress().note("contact-which-one"),
        "Same error on 4G"
    );
    assert_eq!(
        two.state().progress().outcome("contact-other-method"),
        StepOutcome::NotTried
    );
    two.get_by_label_contains("The previous progress was kept in");
    let kept = files_named(second.path(), "progress.before-import-");
    assert_eq!(kept.len(), 1);
    let previous = store::decode(&fs::read(&kept[0]).expect("kept")).expect("valid");
    assert_eq!(
        previous.outcome("contact-other-method"),
        StepOutcome::Skipped
    );
}

#[test]
fn importing_a_bad_file_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("photo.ron");
    fs::write(&bad, b"\x89PNG\r\n\x1a\n not progress").expect("write");
    let dialogs = PresetDialogs::default();
    dialogs.answer_open(Some(bad));
    let data = tempfile::tempdir().expect("temp dir");
    let mut harness = app_with(data.path(), Language::Ja, clock(), dialogs);
    click_outcome(
        &harness,
        Language::Ja,
        StepOutcome::Worked,
        "contact-which-one",
    );
    harness.run();
    harness.get_by_label("進み具合").click();
    harness.run();
    harness
        .get_by_label("ファイルから進み具合を読み込む…")
        .click();
    assert!(run_until(&mut harness, WAIT, |app| !app.is_busy()));
    harness.get_by_label_contains(
        "はこのアプリの進み具合のファイルではないか、壊れています。何も変更していません。",
    );
    assert!(!harness.state().is_import_pending());
    assert_eq!(
        harness.state().progress().outcome("contact-which-one"),
        StepOutcome::Worked
    );
}

#[test]
fn closing_with_everything_saved_does_not_ask() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut harness = app(data.path(), Language::En);
    click_outcome(
        &harness,
        Language::En,
        StepOutcome::NoChange,
        "contact-which-one",
    );
    assert!(run_until(&mut harness, WAIT, signin_rescue::App::is_saved));
    request_close(&mut harness);
    assert!(!sent(&harness, &egui::ViewportCommand::CancelClose));
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("Your latest changes are not saved")
            .is_none()
    );
}

#[test]
fn cancelling_the_dialog_does_nothing() {
    let data = tempfile::tempdir().expect("temp dir");
    let dialogs = PresetDialogs::default();
    let mut harness = app_with(data.path(), Language::En, clock(), dialogs.clone());
    harness.get_by_label("Progress").click();
    harness.run();
    harness.get_by_label("Import progress from a file…").click();
    assert!(run_until(&mut harness, WAIT, |app| !app.is_busy()));
    assert_eq!(dialogs.asked().len(), 1);
    assert!(harness.state().notices().is_empty());
    assert!(!harness.state().is_import_pending());
}

#[test]
fn starting_over_asks_first_and_keeps_a_copy() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut harness = app(data.path(), Language::En);
    click_outcome(
        &harness,
        Language::En,
        StepOutcome::NoChange,
        "contact-other-method",
    );
    harness.run();

    harness.get_by_label("Progress").click();
    harness.run();
    harness.get_by_label("Start over…").click();
    harness.run();
    harness.get_by_label("Start over?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Start over?").is_none());
    assert_eq!(
        harness.state().progress().outcome("contact-other-method"),
        StepOutcome::NoChange
    );

    harness.get_by_label("Progress").click();
    harness.run();
    harness.get_by_label("Start over…").click();
    harness.run();
    harness.get_by_label("Start over").click();
    assert!(run_until(&mut harness, WAIT, |app| !app.is_busy() && app.is_saved()));
    assert_eq!(
        harness.state().progress().outcome("contact-other-method"),
        StepOutcome::NotTried
    );
    harness.get_by_label_contains("You are starting afresh.");
    let kept = files_named(data.path(), "progress.before-start-over-");
    assert_eq!(kept.len(), 1);
    let previous = store::decode(&fs::read(&kept[0]).expect("kept")).expect("valid");
    assert_eq!(
        previous.outcome("contact-other-method"),
        StepOutcome::NoChange
    );
}

/// The scenario for a folder that cannot be written: the banner, the kept state, the retry.
/// Unix only: Windows has no read-only folders (the read-only attribute of a folder does not
/// stop writes into it), and denying writes there takes an ACL edit the tests cannot undo
/// portably under Wine; a failing write on Windows is covered by `tests/app/ui_save_feedback.rs`.
#[cfg(unix)]
fn read_only_folder_scenario(data: &Path) {
    let mut harness = app(data, Language::En);
    click_outcome(
        &harness,
        Language::En,
        StepOutcome::NoChange,
        "contact-which-one",
    );
    assert!(run_until(
        &mut harness,
        WAIT,
        signin_rescue::App::save_failed
    ));
    harness.get_by_label_contains(
        "Your progress cannot be saved: the folder cannot be written to or is read-only",
    );
    assert_eq!(
        harness.state().progress().outcome("contact-which-one"),
        StepOutcome::NoChange,
        "what the person entered stays in the window"
    );

    // Closing now would lose the change: the window stays and asks first.
    request_close(&mut harness);
    assert!(
        sent(&harness, &egui::ViewportCommand::CancelClose),
        "the window must not close with unsaved changes"
    );
    harness.run_steps(2);
    harness.get_by_label_contains("Your latest changes are not saved");
    harness.get_by_label("Close without saving").click();
    let closed = (0..3).any(|_| {
        harness.step();
        sent(&harness, &egui::ViewportCommand::Close)
    });
    assert!(closed, "choosing to close closes the window");
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("Your latest changes are not saved")
            .is_none()
    );

    set_mode(data, 0o700);
    harness.get_by_label("Try saving now").click();
    assert!(run_until(&mut harness, WAIT, |app| app.is_saved()
        && !app.save_failed()));
    assert!(harness.query_by_label("Try saving now").is_none());
    let loaded = store::Store::new(data).load(jiff::Timestamp::now());
    assert_eq!(
        loaded.progress.outcome("contact-which-one"),
        StepOutcome::NoChange
    );
}

/// The person closes the window (the title bar's close button).
fn request_close(harness: &mut egui_kittest::Harness<'_, signin_rescue::App>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
}

/// Whether the app sent this command to the window in the last frame.
fn sent(
    harness: &egui_kittest::Harness<'_, signin_rescue::App>,
    command: &egui::ViewportCommand,
) -> bool {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(command))
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

#[cfg(unix)]
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt as _;
    fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

#[cfg(unix)]
const CHILD_DIR: &str = "SIGNIN_RESCUE_TEST_CHILD_DIR";

#[cfg(unix)]
#[test]
#[ignore = "run as an unprivileged child process by a_folder_that_cannot_be_written_keeps_everything"]
fn child_read_only_folder() {
    let data = PathBuf::from(std::env::var_os(CHILD_DIR).expect("run by the parent test"));
    read_only_folder_scenario(&data);
}

/// A read-only data folder: a banner explains, nothing is lost, and saving works once the
/// folder can be written again. Root ignores permissions, so as root the scenario runs in a
/// child process as the unprivileged user `nobody`.
#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_written_keeps_everything() {
    let outer = tempfile::tempdir().expect("temp dir");
    let data = outer.path().join("data");
    fs::create_dir(&data).expect("data folder");
    if running_as_root() {
        const NOBODY: u32 = 65534;
        for path in [outer.path(), data.as_path()] {
            std::os::unix::fs::chown(path, Some(NOBODY), Some(NOBODY)).expect("chown");
        }
        set_mode(&data, 0o500);
        let status = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "child_read_only_folder",
                "--ignored",
                "--test-threads=1",
            ])
            .env(CHILD_DIR, &data)
            .status()
            .expect("setpriv (util-linux) runs the child");
        assert!(status.success(), "the unprivileged scenario failed");
    } else {
        set_mode(&data, 0o500);
        read_only_folder_scenario(&data);
    }
}

#[test]
fn the_checklist_is_saved_as_pdf_and_text_from_the_app() {
    let data = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    let dialogs = PresetDialogs::default();
    let mut harness = app_with(data.path(), Language::Ja, clock(), dialogs.clone());
    click_outcome(
        &harness,
        Language::Ja,
        StepOutcome::NoChange,
        "contact-which-one",
    );
    harness.run();

    let pdf = out.path().join("checklist.pdf");
    dialogs.answer_save(Some(pdf.clone()));
    harness
        .get_by_label("チェックリストを印刷用の PDF で保存…")
        .click();
    assert!(run_until(&mut harness, WAIT, |app| !app.is_busy()));
    let bytes = fs::read(&pdf).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF-"));
    harness.get_by_label_contains("に保存しました。");
    harness.get_by_label("開く");
    let asked = dialogs.asked();
    assert_eq!(
        asked.last().map(|r| r.filter.1.clone()),
        Some(vec!["pdf".to_owned()])
    );
    assert!(asked.last().is_some_and(|r| r.file_name.ends_with(".pdf")));

    let text = out.path().join("checklist.txt");
    dialogs.answer_save(Some(text.clone()));
    harness.get_by_label("進み具合").click();
    harness.run();
    harness
        .get_by_label("チェックリストをテキストで保存…")
        .click();
    assert!(run_until(&mut harness, WAIT, |app| !app.is_busy()));
    let written = fs::read_to_string(&text).expect("the text was written");
    assert!(written.contains("[×] コードの送り先がどれか確かめる"));
}
