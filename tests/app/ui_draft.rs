//! The recovery-form draft screen, driven as a person would: typing (also through an input
//! method), watching the checks and the completeness meter react, copying.

use crate::common;

use egui::{Event, ImeEvent, OutputCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use signin_rescue::App;
use signin_rescue::i18n::Language;

use common::{app, texts};
use signin_rescue::tr;

fn open_draft(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn completeness(harness: &Harness<'static, App>) -> u32 {
    let node = harness.get_by(|n| {
        n.role() == egui::accesskit::Role::ProgressIndicator
            && n.label().is_some_and(|l| l.contains("% complete"))
    });
    let label = node.accesskit_node().label().unwrap_or_default();
    label
        .split('%')
        .next()
        .and_then(|n| n.trim().parse().ok())
        .expect("a percentage")
}

fn copied(harness: &Harness<'static, App>) -> Vec<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn typing_updates_checks_and_completeness_and_fields_can_be_copied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::En);
    open_draft(&mut harness, "Recovery-form draft");
    assert_eq!(completeness(&harness), 0);
    harness.get_by_label_contains("Previous passwords: any old password");

    harness.get_by_label("First name").click();
    harness.run();
    harness.get_by_label("First name").type_text("Taro");
    harness.run();
    let after_name = completeness(&harness);
    assert!(after_name > 0, "the meter moved");
    assert_eq!(harness.state().progress().draft.first_name, "Taro");

    // A check reacts to a wrong address, and to the contact being the account itself.
    let account = "Email address, phone number or Skype name of the account";
    let contact = "Contact email address (must be a different address)";
    harness.get_by_label(account).click();
    harness.run();
    harness.get_by_label(account).type_text("taro@hotmial.com");
    harness.run();
    harness.get_by_label("“hotmial.com” looks like a typo. Did you mean hotmail.com?");
    harness.get_by_label(contact).click();
    harness.run();
    harness.get_by_label(contact).type_text("taro@hotmial.com");
    harness.run();
    harness.get_by_label_contains("The contact address must be different from the account");

    // Ticking Outlook.com asks its questions and makes subject lines the top suggestion.
    harness.get_by_label("Outlook.com").click();
    harness.run();
    harness.get_by_label("Exact subject lines of emails you recently sent");
    harness.get_by_label_contains("Exact subject lines of emails you sent recently: ask");

    // Copy one field.
    harness.get_by_label("Copy: First name").click();
    harness.step();
    assert_eq!(copied(&harness), ["Taro"]);
}

#[test]
fn japanese_typed_through_an_input_method_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::Ja);
    open_draft(&mut harness, "回復フォームの下書き");
    harness.get_by_label("姓").click();
    harness.run();
    // The system's input method is on for the field, its candidate window at the cursor.
    let field = harness.get_by_label("姓").rect();
    let ime = harness
        .output()
        .platform_output
        .ime
        .expect("the focused field asks for the input method");
    assert!(
        field.expand(1.0).contains_rect(ime.cursor_rect),
        "candidate window at {:?}, field at {field:?}",
        ime.cursor_rect
    );
    harness.event(Event::Ime(ImeEvent::Preedit {
        text: "やまだ".into(),
        active_range_chars: None,
    }));
    harness.run();
    harness.event(Event::Ime(ImeEvent::Commit("山田".into())));
    harness.run();
    assert_eq!(harness.state().progress().draft.last_name, "山田");

    harness
        .get_by_label("アカウントを作成した国または地域")
        .click();
    harness.run();
    harness.event(Event::Ime(ImeEvent::Commit("日本".into())));
    harness.run();
    harness
        .get_by_label("アカウントを作成した場所の郵便番号")
        .click();
    harness.run();
    harness
        .get_by_label("アカウントを作成した場所の郵便番号")
        .type_text("530-0001");
    harness.run();
    harness.get_by_label(
        "公式フォームではハイフンなしの半角数字で入力する、という報告があります：5300001",
    );
}

#[test]
fn the_answers_come_back_after_a_restart_but_passwords_do_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut harness = app(dir.path(), Language::En);
        open_draft(&mut harness, "Recovery-form draft");
        harness.get_by_label("Date of birth").click();
        harness.run();
        harness
            .get_by_label("Date of birth")
            .type_text("1980-04-01");
        harness.get_by_label("Add a previous password").click();
        harness.run();
        harness.get_by_label("Password 1").click();
        harness.run();
        harness
            .get_by_label("Password 1")
            .type_text("not-kept-anywhere");
        harness.run();
    }
    let mut harness = app(dir.path(), Language::En);
    open_draft(&mut harness, "Recovery-form draft");
    assert_eq!(harness.state().progress().draft.birth_date, "1980-04-01");
    assert!(harness.query_by_label("Password 1").is_none());
    let texts = texts(Language::En);
    harness.get_by_label(&tr!(&texts, "draft-field-birth-date"));
}
