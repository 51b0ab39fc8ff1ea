//! The recovery-form draft as text, for a filled fixture, compared with reviewed golden files
//! in ja and en. Run with `UPDATE_GOLDEN=1` to rewrite them after a deliberate change, then
//! read the diff before committing.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::tz::TimeZone;
use signin_rescue::draft::{Field, Password, Product};
use signin_rescue::export::draft::{self as render, Passwords};
use signin_rescue::i18n::{Language, Texts};
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::{Action, Progress, StepOutcome};

fn at(text: &str) -> Timestamp {
    text.parse().expect("valid time")
}

/// A person three days into the problem, with most of the form filled in.
pub fn filled_fixture() -> Progress {
    let mut p = Progress::default();
    let mut apply = |action: Action, when: &str| {
        p.apply(action, at(when));
    };
    for signal in ["temporary-problem", "help-protect", "sms-missing"] {
        apply(
            Action::SignalToggled {
                signal: signal.into(),
                reported: true,
            },
            "2026-11-22T01:00:00Z",
        );
    }
    for (step, outcome, note, when) in [
        (
            "network-mobile-data",
            StepOutcome::NoChange,
            "4G でも同じエラー",
            "2026-11-22T01:10:00Z",
        ),
        (
            "contact-junk-folder",
            StepOutcome::NoChange,
            "",
            "2026-11-22T01:20:00Z",
        ),
        (
            "outage-wait",
            StepOutcome::NoChange,
            "一晩待ったが変わらず\n翌朝も同じ",
            "2026-11-23T00:30:00Z",
        ),
        (
            "network-vpn",
            StepOutcome::Skipped,
            "",
            "2026-11-23T00:40:00Z",
        ),
    ] {
        apply(
            Action::StepMarked {
                step: step.into(),
                outcome,
            },
            when,
        );
        if !note.is_empty() {
            apply(
                Action::NoteEdited {
                    step: step.into(),
                    text: note.into(),
                },
                when,
            );
        }
    }
    for (field, value) in [
        (Field::Account, "taro.yamada@outlook.jp"),
        (Field::ContactEmail, "hanako.yamada@example.co.jp"),
        (Field::FirstName, "太郎"),
        (Field::LastName, "山田"),
        (Field::BirthDate, "1980-04-01"),
        (Field::Country, "日本"),
        (Field::Region, "大阪府"),
        (Field::PostalCode, "5300001"),
        (
            Field::OutlookContacts,
            "jiro@example.com\nmother@example.ne.jp",
        ),
        (Field::OutlookSubjects, "11月の旅行の件\n写真を送ります"),
        (Field::XboxConsole, "Xbox Series S"),
        (Field::ProblemStarted, "2026年11月21日の夜"),
        (
            Field::DevicesAndPlaces,
            "自宅の Windows パソコンと iPhone（大阪の自宅）",
        ),
    ] {
        apply(
            Action::DraftEdited {
                field,
                value: value.into(),
            },
            "2026-11-24T02:00:00Z",
        );
    }
    for product in [Product::Outlook, Product::Xbox] {
        apply(
            Action::ProductToggled {
                product,
                used: true,
            },
            "2026-11-24T02:00:00Z",
        );
    }
    p
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn check_golden(name: &str, actual: &str) {
    let path = golden(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1 once)", path.display()));
    if expected != actual {
        for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
            assert_eq!(e, a, "{name}: first difference at line {}", i + 1);
        }
        assert_eq!(
            expected.lines().count(),
            actual.lines().count(),
            "{name}: line count"
        );
        assert_eq!(expected, actual, "{name}");
    }
}

fn texts(language: Language) -> Texts {
    Texts::new(language).with_time_zone(TimeZone::fixed(jiff::tz::offset(9)))
}

#[test]
fn filled_draft_matches_the_golden_files() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let progress = filled_fixture();
    let now = at("2026-11-25T03:00:00Z");
    for (language, name) in [
        (Language::Ja, "draft-ja.txt"),
        (Language::En, "draft-en.txt"),
    ] {
        let text = render::draft_text(&kb, &progress, &texts(language), Passwords::Omitted(2), now);
        check_golden(name, &text);
    }
    for (language, name) in [
        (Language::Ja, "summary-ja.txt"),
        (Language::En, "summary-en.txt"),
    ] {
        check_golden(
            name,
            &render::support_summary(&kb, &progress, &texts(language)),
        );
    }
}

#[test]
fn the_draft_text_holds_what_the_person_entered_and_tried() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let progress = filled_fixture();
    let texts = texts(Language::Ja);
    let text = render::draft_text(
        &kb,
        &progress,
        &texts,
        Passwords::Omitted(0),
        at("2026-11-25T03:00:00Z"),
    );
    for expected in [
        "taro.yamada@outlook.jp",
        "hanako.yamada@example.co.jp",
        "11月の旅行の件",
        "Xbox Series S",
        "「お客様のアカウント保護にご協力ください」",
        "サービスの一時的な問題が発生しました。しばらくしてから再度お試しください。（言い換え",
        "2026年11月22日 10:10　スマートフォンのモバイル回線で試す（試した：変化なし）（メモ：4G でも同じエラー）",
        "VPN を使っているなら、オフにして試す（スキップ）",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // Skype was not ticked, so its questions are not in the draft.
    assert!(!text.contains("Skype アカウントを作ったとき"));
}

#[test]
fn only_revealed_passwords_reach_the_copied_text() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let progress = filled_fixture();
    let texts = texts(Language::En);
    let passwords = [
        Password {
            text: "OldSecret-1".into(),
            revealed: true,
        },
        Password {
            text: "HiddenSecret-2".into(),
            revealed: false,
        },
    ];
    let now = at("2026-11-25T03:00:00Z");
    let copied = render::draft_text(&kb, &progress, &texts, Passwords::Revealed(&passwords), now);
    assert!(copied.contains("OldSecret-1"));
    assert!(!copied.contains("HiddenSecret-2"));
    assert!(copied.contains("One previous password entered; it is left out of this draft."));
    let file = render::draft_text(&kb, &progress, &texts, Passwords::Omitted(2), now);
    assert!(!file.contains("OldSecret-1") && !file.contains("HiddenSecret-2"));
}
