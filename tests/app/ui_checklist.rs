//! The checklist and triage, driven through the real app as a person would: by visible labels.

use crate::common;

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
    // Counted as the printed checklist counts them: the steps listed for this person.
    let total = signin_rescue::triage::counted_steps(&kb, harness.state().progress()).len();
    harness.get_by_label(&format!("0 of {total} steps done (0 worked)"));

    click_outcome(
        &harness,
        Language::En,
        StepOutcome::NoChange,
        "contact-which-one",
    );
    harness.run();

    harness.get_by_label(&format!("1 of {total} steps done (0 worked)"));
    harness.get_by_label_contains("A problem with the phone or email the code goes to (1/3 done)");
    assert_eq!(
        harness.state().progress().outcome("contact-which-one"),
        StepOutcome::NoChange
    );

    // Another step of the same cause that is listed while nothing is reported.
    let progress = harness.state().progress().clone();
    let other = kb
        .steps()
        .find(|(cause, step)| {
            step.id != "contact-which-one"
                && kb
                    .step("contact-which-one")
                    .is_some_and(|(c, _)| c.id == cause.id)
                && signin_rescue::triage::is_listed(step, &progress)
        })
        .map(|(_, step)| step.id.clone())
        .expect("a second listed step");
    click_outcome(&harness, Language::En, StepOutcome::Worked, &other);
    harness.run();
    harness.get_by_label(&format!("2 of {total} steps done (1 worked)"));
    harness.get_by_label_contains("A problem with the phone or email the code goes to (2/3 done)");
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
            .get_by_label("3. 携帯会社やスマホが SMS を止めている（0/4 済み）")
            .click();
        harness.run();
        click_outcome(
            &harness,
            Language::Ja,
            StepOutcome::Skipped,
            "carrier-phone-filter",
        );
        harness.run();
        // Closing the window saves what is left.
    }
    let harness = app(dir.path(), Language::Ja);
    assert_eq!(
        harness.state().progress().outcome("carrier-phone-filter"),
        StepOutcome::Skipped
    );
    let texts = texts(Language::Ja);
    let marked = tr!(&texts, "outcome-skipped");
    harness.get_by_label_contains(&format!("に「{marked}」と記録"));
    harness.get_by_label_contains("携帯会社やスマホが SMS を止めている（1/4 済み）");
}

#[test]
fn picking_an_error_reranks_the_causes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::En);
    harness.get_by_label_contains("1. A problem with the phone or email the code goes to");

    let texts = texts(Language::En);
    harness
        .get_by_label(&tr!(&texts, TextId::fixed("error-account-locked")))
        .click();
    harness.run();

    harness.get_by_label_contains("1. The account is locked or temporarily restricted");
    harness.get_by_label_contains("Matches: Your account has been locked");
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
    let step = tr!(&texts, TextId::fixed("step-contact-which-one"));
    let name = tr!(&texts, "note-name", step = step);
    harness.get_by_label(&name).click();
    harness.run();
    harness.get_by_label(&name).type_text("4G でも届かなかった");
    harness.run();
    assert_eq!(
        harness.state().progress().note("contact-which-one"),
        "4G でも届かなかった"
    );
}
