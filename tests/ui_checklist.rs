//! The checklist and triage, driven through the real app as a person would: by visible labels.

mod common;

use egui_kittest::kittest::Queryable as _;
use signin_rescue::i18n::Language;
use signin_rescue::progress::StepOutcome;

use common::{app, click_outcome, texts};
use signin_rescue::i18n::TextId;
use signin_rescue::tr;

#[test]
fn marking_a_step_updates_the_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::En);
    let kb = signin_rescue::knowledge::KnowledgeBase::embedded().expect("valid");
    let total = kb.steps().count();
    harness.get_by_label(&format!("0 of {total} steps done (0 worked)"));

    click_outcome(
        &harness,
        Language::En,
        StepOutcome::NoChange,
        "network-mobile-data",
    );
    harness.run();

    harness.get_by_label(&format!("1 of {total} steps done (0 worked)"));
    harness.get_by_label_contains("Your network or IP address    1/6 done");
    assert_eq!(
        harness.state().progress().outcome("network-mobile-data"),
        StepOutcome::NoChange
    );

    click_outcome(
        &harness,
        Language::En,
        StepOutcome::Worked,
        "network-other-wifi",
    );
    harness.run();
    harness.get_by_label(&format!("2 of {total} steps done (1 worked)"));
    harness.get_by_label_contains("Your network or IP address    2/6 done");
}

#[test]
fn switching_language_changes_the_labels() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::En);
    harness.get_by_label("Try this next");
    assert!(harness.query_by_label("次に試すこと").is_none());

    harness.get_by_label("日本語").click();
    harness.run();

    harness.get_by_label("次に試すこと");
    harness.get_by_label("あなたの状況");
    assert!(harness.query_by_label("Try this next").is_none());
    assert_eq!(harness.state().language(), Language::Ja);
    assert_eq!(harness.state().progress().language, Some(Language::Ja));
}

#[test]
fn a_second_start_on_the_same_folder_shows_the_step_still_marked() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut harness = app(dir.path(), Language::Ja);
        // The third cause starts closed: open it as a person would.
        harness
            .get_by_label("3. 端末のウイルス・マルウェア感染    0/3 済み")
            .click();
        harness.run();
        click_outcome(
            &harness,
            Language::Ja,
            StepOutcome::Skipped,
            "malware-full-scan",
        );
        harness.run();
        // Closing the window saves what is left.
    }
    let harness = app(dir.path(), Language::Ja);
    assert_eq!(
        harness.state().progress().outcome("malware-full-scan"),
        StepOutcome::Skipped
    );
    let texts = texts(Language::Ja);
    let marked = tr!(&texts, "outcome-skipped");
    harness.get_by_label_contains(&format!("に「{marked}」と記録"));
    harness.get_by_label_contains("端末のウイルス・マルウェア感染    1/3 済み");
}

#[test]
fn picking_an_error_reranks_the_causes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::En);
    harness.get_by_label_contains("1. Your network or IP address");

    let texts = texts(Language::En);
    harness
        .get_by_label(&tr!(&texts, TextId::fixed("error-terms-restricted")))
        .click();
    harness.run();

    harness.get_by_label_contains("1. The account is locked (suspended)");
    harness.get_by_label_contains("Matches: “Your account has been restricted");
    // The pointer follows the new order: the step shows in the "try this next" card and in
    // the first cause.
    assert_eq!(
        harness
            .get_all_by_label(&tr!(&texts, TextId::fixed("step-locked-sms-any-phone")))
            .count(),
        2
    );
    harness.get_by_label("Possible causes, likeliest first");
}

#[test]
fn typing_a_note_keeps_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::Ja);
    let texts = texts(Language::Ja);
    let step = tr!(&texts, TextId::fixed("step-network-mobile-data"));
    let name = tr!(&texts, "note-name", step = step);
    harness.get_by_label(&name).click();
    harness.run();
    harness.get_by_label(&name).type_text("4G でも届かなかった");
    harness.run();
    assert_eq!(
        harness.state().progress().note("network-mobile-data"),
        "4G でも届かなかった"
    );
}
