//! Every save says where the file went and offers to open its folder; with no file dialog on
//! the computer the file goes to the Documents folder and the app says so; a failed write says
//! why and leaves nothing behind. Driven through the real app; file tasks are awaited by
//! blocking on their results, not by sleeping.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use signin_rescue::files::{PresetDialogs, SaveFolder};
use signin_rescue::i18n::{Language, TextId};
use signin_rescue::tr;
use signin_rescue::{App, AppOptions, Startup};

use common::{clock, skip_guide, texts};

const WAIT: Duration = Duration::from_secs(30);

/// The real app with `dialogs`, saving to `documents` when no dialog can open.
fn app(
    data: &Path,
    documents: &Path,
    language: Language,
    dialogs: PresetDialogs,
) -> Harness<'static, App> {
    let (data, documents) = (data.to_owned(), documents.to_owned());
    let mut harness = Harness::builder()
        .with_size([1280.0, 6000.0])
        .build_eframe(move |cc| {
            let startup = Startup::prepare(AppOptions {
                language: Some(language),
                clock: Arc::new(clock()),
                dialogs: Box::new(dialogs),
                save_folder: SaveFolder {
                    path: documents,
                    documents: true,
                },
                ..AppOptions::new(data)
            })
            .expect("the app starts");
            App::new(cc, startup)
        });
    harness.run();
    skip_guide(&mut harness, language);
    harness
}

/// Chooses a command from the Progress menu and waits for its file task.
fn from_progress_menu(
    harness: &mut Harness<'static, App>,
    language: Language,
    command: &'static str,
) {
    let texts = texts(language);
    harness.get_by_label(&tr!(&texts, "menu-progress")).click();
    harness.run();
    harness
        .get_by_label_contains(&tr!(&texts, TextId::fixed(command)))
        .click();
    harness.run();
    assert!(
        harness.state_mut().finish_file_tasks(WAIT),
        "the file task ends"
    );
    harness.run();
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .collect();
    found.sort();
    found
}

#[test]
fn without_a_file_dialog_saves_go_to_documents_and_say_so() {
    let data = tempfile::tempdir().expect("temp dir");
    let documents = tempfile::tempdir().expect("temp dir");
    let dialogs = PresetDialogs::default();
    dialogs.fail_to_open();
    let mut harness = app(data.path(), documents.path(), Language::En, dialogs.clone());

    from_progress_menu(&mut harness, Language::En, "command-save-text");
    let saved = entries(documents.path());
    assert_eq!(saved.len(), 1, "one file in Documents: {saved:?}");
    let first = saved[0].clone();
    assert_eq!(first.extension().and_then(|e| e.to_str()), Some("txt"));
    assert!(
        fs::read_to_string(&first)
            .expect("readable")
            .contains("Sign-in Rescue"),
        "the checklist text was written"
    );
    let english = texts(Language::En);
    harness.get_by_label(&tr!(
        &english,
        "notice-saved-in-documents",
        path = first.display().to_string()
    ));
    harness.get_by_label(&tr!(&english, "notice-open-folder"));

    // The same save again never replaces the first file.
    let before = fs::read(&first).expect("readable");
    from_progress_menu(&mut harness, Language::En, "command-save-text");
    let saved = entries(documents.path());
    assert_eq!(saved.len(), 2, "a second file beside the first: {saved:?}");
    assert_eq!(fs::read(&first).expect("readable"), before);
    assert_eq!(dialogs.asked().len(), 2, "each save tried the dialog first");
}

#[test]
fn without_a_file_dialog_the_japanese_notice_names_the_documents_folder() {
    let data = tempfile::tempdir().expect("temp dir");
    let documents = tempfile::tempdir().expect("temp dir");
    let dialogs = PresetDialogs::default();
    dialogs.fail_to_open();
    let mut harness = app(data.path(), documents.path(), Language::Ja, dialogs);

    from_progress_menu(&mut harness, Language::Ja, "command-export");
    let saved = entries(documents.path());
    assert_eq!(saved.len(), 1, "{saved:?}");
    let on_disk = signin_rescue::store::decode(&fs::read(&saved[0]).expect("readable"));
    assert_eq!(
        &on_disk.expect("valid progress"),
        harness.state().progress()
    );
    let message = format!(
        "「ドキュメント」フォルダーに保存しました：{}",
        saved[0].display()
    );
    harness.get_by_label_contains(&message);
    harness.get_by_label("フォルダーを開く");
}

#[test]
fn without_a_file_dialog_an_import_says_why_nothing_happens() {
    let data = tempfile::tempdir().expect("temp dir");
    let documents = tempfile::tempdir().expect("temp dir");
    let dialogs = PresetDialogs::default();
    dialogs.fail_to_open();
    let mut harness = app(data.path(), documents.path(), Language::En, dialogs);

    from_progress_menu(&mut harness, Language::En, "command-import");
    harness.get_by_label(&tr!(&texts(Language::En), "notice-no-file-dialog"));
    assert!(!harness.state().is_import_pending());
}

#[test]
fn every_save_names_its_file_and_offers_its_folder() {
    let data = tempfile::tempdir().expect("temp dir");
    let documents = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    let dialogs = PresetDialogs::default();
    let mut harness = app(data.path(), documents.path(), Language::En, dialogs.clone());
    let english = texts(Language::En);

    let draft = out.path().join("draft.txt");
    dialogs.answer_save(Some(draft.clone()));
    harness
        .get_by_label(&tr!(&english, "command-show-draft"))
        .click();
    harness.run();
    harness
        .get_by_label(&tr!(&english, "command-save-draft"))
        .click();
    harness.run();
    assert!(harness.state_mut().finish_file_tasks(WAIT));
    harness.run();
    assert!(draft.is_file());
    harness.get_by_label(&tr!(
        &english,
        "notice-file-saved",
        path = draft.display().to_string()
    ));

    for (command, name) in [
        ("command-save-text", "checklist.txt"),
        ("command-export", "progress.ron"),
    ] {
        dialogs.answer_save(Some(out.path().join(name)));
        from_progress_menu(&mut harness, Language::En, command);
        assert!(out.path().join(name).is_file(), "{name} written");
    }
    assert_eq!(harness.state().notices().len(), 3, "one notice per save");
    let folders = harness
        .query_all_by_label(&tr!(&english, "notice-open-folder"))
        .count();
    assert_eq!(folders, 3, "each notice offers its folder");
    assert!(
        entries(documents.path()).is_empty(),
        "nothing went to Documents"
    );
}

#[test]
fn a_failed_write_says_why_and_leaves_nothing_behind() {
    let data = tempfile::tempdir().expect("temp dir");
    let documents = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    // A folder where the file should go: the write cannot replace it.
    let taken = out.path().join("checklist.txt");
    fs::create_dir(&taken).expect("folder");
    let dialogs = PresetDialogs::default();
    dialogs.answer_save(Some(taken.clone()));
    let mut harness = app(data.path(), documents.path(), Language::En, dialogs);

    from_progress_menu(&mut harness, Language::En, "command-save-text");
    let notice = harness.state().notices()[0].message(&texts(Language::En));
    assert!(
        notice.starts_with(&format!("{} could not be saved (", taken.display()))
            && notice.contains("Nothing was changed there."),
        "says why and what happened: {notice}"
    );
    harness.get_by_label(&notice);
    assert!(taken.is_dir(), "the folder is untouched");
    assert_eq!(
        entries(out.path()),
        [taken],
        "no temporary file left behind"
    );
    assert!(harness.state().notices()[0].is_problem());
}
