//! The guided questions in the real app at 800×600, as a first visit meets them: one fixed row
//! of buttons, each question at its top, questions that branch on the first answer, the app
//! reopening at the question left open, and what a screen reader is told (headings, radio
//! answers in a named group, tabs).

use crate::common;

use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use signin_rescue::files::PresetDialogs;
use signin_rescue::i18n::{Language, Texts};
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::StepOutcome;
use signin_rescue::{App, AppOptions, Startup, tr};

use common::{clock, texts};

const WIDTH: f32 = 800.0;
const HEIGHT: f32 = 600.0;

/// The real app in an 800×600 window on `dir`, showing the questions as a first visit does.
fn small_app(dir: &std::path::Path, language: Language) -> Harness<'static, App> {
    let dir = dir.to_owned();
    let mut harness = Harness::builder()
        .with_size([WIDTH, HEIGHT])
        .build_eframe(move |cc| {
            let startup = Startup::prepare(AppOptions {
                language: Some(language),
                clock: Arc::new(clock()),
                dialogs: Box::new(PresetDialogs::default()),
                ..AppOptions::new(dir)
            })
            .expect("the app starts");
            App::new(cc, startup)
        });
    harness.run();
    harness
}

fn kb() -> KnowledgeBase {
    KnowledgeBase::embedded().expect("the embedded knowledge base is valid")
}

/// The text of a question, as its heading says it.
fn question(t: &Texts, kb: &KnowledgeBase, id: &str) -> String {
    let q = kb.guide.question(id).expect("the question exists");
    tr!(t, q.text_id())
}

/// The name of an answer, as a screen reader reads it.
fn answer(t: &Texts, kb: &KnowledgeBase, question: &str, answer: &str) -> String {
    let q = kb.guide.question(question).expect("the question exists");
    let a = q.answer(answer).expect("the answer exists");
    let label = match a.shows.as_deref().and_then(|id| kb.signal(id)) {
        Some(signal) => signal.short_label(t),
        None => tr!(t, a.text_id(kb, q)),
    };
    match a.hint_id(kb) {
        Some(hint) => format!("{label}\n{}", tr!(t, hint)),
        None => label,
    }
}

/// The screen headings (level 2) on screen now.
fn screen_headings(h: &Harness<'static, App>) -> Vec<String> {
    h.get_all_by(|n| n.role() == Role::Heading && n.level() == Some(2))
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

/// Presses the control named `name` as a screen reader does (it may be scrolled out of view).
fn click(h: &mut Harness<'static, App>, name: &str) {
    h.get_by_label(name).click_accesskit();
    settle(h);
}

/// Runs frames until scrolling has settled (a scroll animates over several frames).
fn settle(h: &mut Harness<'static, App>) {
    h.run_steps(12);
}

#[test]
fn the_footer_is_one_fixed_row_in_both_languages_at_800_by_600() {
    for language in Language::ALL {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut h = small_app(dir.path(), language);
        let t = texts(language);
        let next = tr!(&t, "guide-next");
        let back = tr!(&t, "guide-back");
        let close = tr!(&t, "guide-skip");
        let mut next_rect = None;
        let mut back_rect = None;
        let mut close_rect = None;
        for page in 0..8 {
            let Some(next_node) = h.query_by_label(&next) else {
                break;
            };
            let here = next_node.rect();
            let close_here = h.get_by_label(&close).rect();
            assert!(
                here.right() <= WIDTH && here.bottom() <= HEIGHT,
                "{language:?}: Next is inside the window: {here:?}"
            );
            assert!(
                (here.center().y - close_here.center().y).abs() < 1.0,
                "{language:?}: one row: {here:?} {close_here:?}"
            );
            assert!(
                here.left() - close_here.right() > 100.0,
                "{language:?}: closing is well away from Next"
            );
            assert!(
                close_here.height() >= 24.0,
                "{language:?}: the link is a target of at least 24 px"
            );
            assert_eq!(*next_rect.get_or_insert(here), here, "{language:?} p{page}");
            assert_eq!(
                *close_rect.get_or_insert(close_here),
                close_here,
                "{language:?} p{page}"
            );
            if page > 0 {
                let back_here = h.get_by_label(&back).rect();
                assert!((back_here.center().y - here.center().y).abs() < 1.0);
                assert!(back_here.right() < close_here.left());
                assert_eq!(*back_rect.get_or_insert(back_here), back_here);
            } else {
                assert!(h.query_by_label(&back).is_none(), "no Back on question 1");
            }
            click(&mut h, &next);
        }
        assert!(next_rect.is_some() && back_rect.is_some());
    }
}

#[test]
fn with_show_my_step_the_footer_still_has_room_for_everything_at_800_by_600() {
    let kb = kb();
    for language in Language::ALL {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut h = small_app(dir.path(), language);
        let t = texts(language);
        let close = h.get_by_label(&tr!(&t, "guide-skip")).rect();
        click(&mut h, &answer(&t, &kb, "screen", "no-message"));
        click(&mut h, &tr!(&t, "guide-next"));
        click(&mut h, &answer(&t, &kb, "channel", "sms"));
        // Once the step is known, "show my step" joins the row: nothing overlaps, nothing
        // moves.
        let back = h.get_by_label(&tr!(&t, "guide-back")).rect();
        let close_now = h.get_by_label(&tr!(&t, "guide-skip")).rect();
        let show = h.get_by_label(&tr!(&t, "guide-show-step")).rect();
        let next = h.get_by_label(&tr!(&t, "guide-next")).rect();
        assert_eq!(close_now, close, "{language:?}: the close link stays put");
        assert!(
            back.right() < close.left()
                && close.right() < show.left()
                && show.right() < next.left()
                && next.right() <= WIDTH,
            "{language:?}: {back:?} {close:?} {show:?} {next:?}"
        );
    }
}

#[test]
fn the_count_has_no_total_and_a_lock_skips_the_code_delivery_question() {
    let kb = kb();
    for language in Language::ALL {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut h = small_app(dir.path(), language);
        let t = texts(language);
        h.get_by_label(&tr!(&t, "guide-page", number = 1_usize));
        click(&mut h, &tr!(&t, "guide-group-locked"));
        click(&mut h, &answer(&t, &kb, "screen", "account-locked"));
        // The first step is known: it can be shown at once.
        h.get_by_label(&tr!(&t, "guide-show-step"));
        click(&mut h, &tr!(&t, "guide-next"));
        h.get_by_label(&tr!(&t, "guide-page", number = 2_usize));
        assert_eq!(screen_headings(&h), [question(&t, &kb, "lock-next")]);
        click(&mut h, &answer(&t, &kb, "lock-next", "yes"));
        click(&mut h, &tr!(&t, "guide-next"));
        assert_eq!(
            screen_headings(&h),
            [question(&t, &kb, "situation")],
            "{language:?}: no question about how the code should arrive"
        );
        h.get_by_label(&tr!(&t, "guide-page", number = 3_usize));
    }
}

#[test]
fn an_error_code_in_an_app_skips_the_code_delivery_question() {
    let kb = kb();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = small_app(dir.path(), Language::En);
    let t = texts(Language::En);
    click(&mut h, &tr!(&t, "guide-group-error"));
    click(&mut h, &answer(&t, &kb, "screen", "windows-0x80190001"));
    click(&mut h, &tr!(&t, "guide-next"));
    assert_eq!(screen_headings(&h), [question(&t, &kb, "situation")]);
}

#[test]
fn every_question_opens_at_its_top() {
    let kb = kb();
    for language in Language::ALL {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut h = small_app(dir.path(), language);
        let t = texts(language);
        click(&mut h, &tr!(&t, "guide-group-code"));
        click(&mut h, &tr!(&t, "guide-group-locked"));
        click(&mut h, &tr!(&t, "guide-group-error"));
        // Down to the last answer, as the keyboard takes a person there.
        let last = answer(&t, &kb, "screen", "other");
        let mut reached = false;
        for _ in 0..80 {
            h.key_press(egui::Key::Tab);
            h.run();
            if h.get_by_label(&last).is_focused() {
                reached = true;
                break;
            }
        }
        assert!(reached, "{language:?}: Tab reaches the last answer");
        h.run();
        let rect = h.get_by_label(&last).rect();
        assert!(
            rect.bottom() <= HEIGHT && rect.top() >= 0.0,
            "{language:?}: the focused answer is scrolled into view: {rect:?}"
        );
        let first = question(&t, &kb, "screen");
        let heading = h
            .get_by(|n| n.role() == Role::Heading && n.label().as_deref() == Some(first.as_str()))
            .rect();
        assert!(
            heading.bottom() < 0.0 || !heading.is_positive(),
            "{language:?}: the first question's heading scrolled away: {heading:?}"
        );
        let mut page = 1;
        while h.query_by_label(&tr!(&t, "guide-next")).is_some() {
            click(&mut h, &tr!(&t, "guide-next"));
            page += 1;
            let heading = h
                .get_all_by(|n| n.role() == Role::Heading && n.level() == Some(2))
                .next()
                .expect("a screen heading")
                .rect();
            assert!(
                heading.top() >= 0.0 && heading.bottom() < HEIGHT / 2.0,
                "{language:?}: page {page} opens at its top: {heading:?}"
            );
        }
    }
}

#[test]
fn the_app_reopens_at_the_question_left_open() {
    let kb = kb();
    let dir = tempfile::tempdir().expect("temp dir");
    let t = texts(Language::Ja);
    {
        let mut h = small_app(dir.path(), Language::Ja);
        click(&mut h, &tr!(&t, "guide-group-code"));
        click(&mut h, &answer(&t, &kb, "screen", "verify-identity"));
        click(&mut h, &tr!(&t, "guide-next"));
        assert_eq!(screen_headings(&h), [question(&t, &kb, "channel")]);
    }
    let h = small_app(dir.path(), Language::Ja);
    assert!(h.state().is_guiding(), "the questions reopen");
    assert_eq!(screen_headings(&h), [question(&t, &kb, "channel")]);
    // Closing them for good: the next start is at the checklist.
    let mut h = h;
    click(&mut h, &tr!(&t, "guide-skip"));
    drop(h);
    let h = small_app(dir.path(), Language::Ja);
    assert!(!h.state().is_guiding());
}

#[test]
fn answers_are_radio_buttons_in_a_group_named_by_the_question() {
    let kb = kb();
    for language in Language::ALL {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut h = small_app(dir.path(), language);
        let t = texts(language);
        let no_message = answer(&t, &kb, "screen", "no-message");
        let node = h.get_by_label(&no_message);
        assert_eq!(node.accesskit_node().role(), Role::RadioButton);
        assert!(
            !no_message.starts_with(['○', '●']),
            "no drawn marks in the name"
        );
        let group = h.get_by(|n| n.role() == Role::RadioGroup);
        assert_eq!(
            group.accesskit_node().label().as_deref(),
            Some(question(&t, &kb, "screen").as_str())
        );
        click(&mut h, &no_message);
        let node = h.get_by_label(&no_message);
        assert_eq!(
            node.accesskit_node().toggled(),
            Some(egui::accesskit::Toggled::True),
            "{language:?}: the chosen answer is checked"
        );
        // Folded groups say whether they are open.
        let code = tr!(&t, "guide-group-code");
        let group = h.get_by_label(&code);
        let group = group.accesskit_node();
        let expanded = group.data().is_expanded();
        assert_eq!(expanded, Some(false));
        // The window is named after the app and says its language.
        let root = h.root();
        assert_eq!(
            root.accesskit_node().label().as_deref(),
            Some(tr!(&t, "app-title").as_str())
        );
        let root_node = root.accesskit_node();
        assert_eq!(root_node.data().language(), Some(language.code()));
        // The app's name is the top heading.
        let title = h.get_by(|n| n.role() == Role::Heading && n.level() == Some(1));
        assert_eq!(
            title.accesskit_node().label().as_deref(),
            Some(tr!(&t, "app-title").as_str())
        );
    }
}

#[test]
fn views_are_tabs_and_the_shortcut_moves_the_focus_into_the_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = common::app(dir.path(), Language::Ja);
    let t = texts(Language::Ja);
    let tabs: Vec<_> = h.get_all_by(|n| n.role() == Role::Tab).collect();
    assert!(tabs.len() >= 4, "the views are tabs");
    let selected: Vec<_> = tabs
        .iter()
        .filter(|n| n.accesskit_node().is_selected() == Some(true))
        .collect();
    assert_eq!(selected.len(), 1, "one tab is selected");
    h.get_by(|n| n.role() == Role::TabList);
    // egui's own panel handle speaks the screen's language too.
    let splitter = h.get_by(|n| n.role() == Role::Splitter);
    assert_eq!(
        splitter.accesskit_node().label(),
        Some(tr!(&t, "situation-resize"))
    );
    // Links are named without the drawn arrow.
    assert!(
        h.get_all_by(|n| n.role() == Role::Link).all(|n| !n
            .accesskit_node()
            .label()
            .unwrap_or_default()
            .contains('↗'))
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    h.run();
    h.run();
    #[expect(
        clippy::redundant_closure_for_method_calls,
        reason = "the method path does not satisfy the query's lifetimes"
    )]
    let focused = h.get_by(|n| n.is_focused());
    assert_eq!(
        focused.accesskit_node().role(),
        Role::Heading,
        "the focus is on the view's heading"
    );
    assert_eq!(
        focused.accesskit_node().label(),
        Some(tr!(&t, "net-heading")),
        "Ctrl+2 is the connection check"
    );
}

#[test]
fn after_no_change_the_next_step_is_shown_right_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let language = Language::Ja;
    let mut h = common::app(dir.path(), language);
    let t = texts(language);
    let kb = kb();
    // Report a message, so the checklist has a first step.
    let signal = kb.errors[0].id.clone();
    h.get_by_label(&tr!(&t, kb.signal(&signal).expect("known").text_id()))
        .click();
    h.run();
    h.run();
    let first = next_step(&h, &kb).expect("a first step");
    common::click_outcome(&h, language, StepOutcome::NoChange, &first);
    h.run();
    h.run();
    let second = next_step(&h, &kb).expect("a second step");
    assert_ne!(first, second);
    let line = tr!(
        &t,
        "step-next-after",
        step = tr!(&t, signin_rescue::knowledge::step_title_id(&second))
    );
    let first_outcome = h
        .get_by_label(&common::outcome_button(
            language,
            StepOutcome::NoChange,
            &first,
        ))
        .rect();
    let shown = h.get_by_label(&line).rect();
    assert!(
        shown.top() >= first_outcome.bottom() && shown.top() - first_outcome.bottom() < 200.0,
        "the next step is named just under the outcome: {first_outcome:?} {shown:?}"
    );
    // The way to it is right there too.
    h.get_by_label(&tr!(&t, "step-next-go"));
}

/// The step the app offers next, as the "try this next" card gives it.
fn next_step(h: &Harness<'static, App>, kb: &KnowledgeBase) -> Option<String> {
    let now = common::START.parse().expect("valid time");
    signin_rescue::triage::next(kb, h.state().progress(), now)
        .step()
        .map(|s| s.id.clone())
}

/// One persona of issue 22: what they press, in order, from the first visit to their step.
struct Walk {
    who: &'static str,
    /// Each entry is one action: pressing a control by its name, or pasting text.
    actions: &'static [Act],
    /// The step the app opens at the end.
    step: &'static str,
}

enum Act {
    /// Press the control with this text id of the UI.
    Ui(&'static str),
    /// Choose this answer of this question.
    Answer(&'static str, &'static str),
    /// Click into the message box and paste this (two actions for a person).
    Paste(&'static str),
}

const WALKS: [Walk; 6] = [
    Walk {
        who: "a 70-year-old on docomo whose text never arrives",
        actions: &[
            Act::Answer("screen", "no-message"),
            Act::Ui("guide-next"),
            Act::Answer("channel", "sms"),
            Act::Ui("guide-next"),
            Act::Answer("carrier", "docomo"),
            Act::Ui("guide-show-step"),
        ],
        step: "carrier-docomo",
    },
    Walk {
        who: "「サービスの一時的な問題」, pasted",
        actions: &[
            Act::Paste("サービスの一時的な問題が発生しました。しばらくしてから再度お試しください"),
            Act::Ui("recognise-confirm"),
            Act::Ui("guide-show-step"),
        ],
        step: "requests-stop",
    },
    Walk {
        who: "locked, with a Next button",
        actions: &[
            Act::Ui("guide-group-locked"),
            Act::Answer("screen", "account-locked"),
            Act::Ui("guide-next"),
            Act::Answer("lock-next", "yes"),
            Act::Ui("guide-show-step"),
        ],
        step: "locked-sms-any-phone",
    },
    Walk {
        who: "an expat whose old number is gone",
        actions: &[
            Act::Ui("guide-group-code"),
            Act::Answer("screen", "verify-identity"),
            Act::Ui("guide-next"),
            Act::Answer("channel", "sms"),
            Act::Ui("guide-next"),
            Act::Answer("carrier", "other"),
            Act::Ui("guide-next"),
            Act::Answer("situation", "phone-lost"),
            Act::Ui("guide-show-step"),
        ],
        // A lost phone: first the same number on a new SIM (issue 21's order).
        step: "twostep-same-number",
    },
    Walk {
        who: "“Help us secure your account”",
        actions: &[
            Act::Ui("guide-group-code"),
            Act::Answer("screen", "help-secure"),
            Act::Ui("guide-show-step"),
        ],
        step: "compromised-scan",
    },
    Walk {
        who: "0x80190001 in the Xbox app",
        actions: &[
            Act::Ui("guide-group-error"),
            Act::Answer("screen", "windows-0x80190001"),
            Act::Ui("guide-show-step"),
        ],
        step: "network-run-check",
    },
];

fn ui_text(t: &Texts, id: &str) -> String {
    match id {
        "guide-next" => tr!(t, "guide-next"),
        "guide-show-step" => tr!(t, "guide-show-step"),
        "guide-group-locked" => tr!(t, "guide-group-locked"),
        "guide-group-code" => tr!(t, "guide-group-code"),
        "guide-group-error" => tr!(t, "guide-group-error"),
        "recognise-confirm" => tr!(t, "recognise-confirm"),
        other => panic!("no text {other}"),
    }
}

#[test]
fn the_six_personas_reach_their_step_in_a_few_actions() {
    let kb = kb();
    let language = Language::Ja;
    let t = texts(language);
    for walk in &WALKS {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut h = small_app(dir.path(), language);
        for act in walk.actions {
            match act {
                Act::Ui(id) => click(&mut h, &ui_text(&t, id)),
                Act::Answer(q, a) => click(&mut h, &answer(&t, &kb, q, a)),
                Act::Paste(text) => {
                    let label = tr!(&t, "recognise-label");
                    h.get_by_label(&label).focus();
                    settle(&mut h);
                    h.event(egui::Event::Paste((*text).to_owned()));
                    settle(&mut h);
                }
            }
        }
        assert!(!h.state().is_guiding(), "{}: at the checklist", walk.who);
        let first = next_step(&h, &kb).expect("a step");
        assert_eq!(first, walk.step, "{}", walk.who);
    }
}

#[test]
fn with_the_carrier_known_the_other_carriers_steps_fold_away() {
    let kb = kb();
    let language = Language::Ja;
    let t = texts(language);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = small_app(dir.path(), language);
    for (q, a) in [
        ("screen", "no-message"),
        ("channel", "sms"),
        ("carrier", "docomo"),
    ] {
        click(&mut h, &answer(&t, &kb, q, a));
        if q != "carrier" {
            click(&mut h, &tr!(&t, "guide-next"));
        }
    }
    click(&mut h, &tr!(&t, "guide-show-step"));
    let docomo = common::outcome_button(language, StepOutcome::NoChange, "carrier-docomo");
    let au = common::outcome_button(language, StepOutcome::NoChange, "carrier-au");
    h.get_by_label(&docomo);
    assert!(h.query_by_label(&au).is_none(), "au's step is folded away");
    let folds = h
        .get_all_by(|n| {
            n.role() == Role::DisclosureTriangle
                && n.label()
                    .is_some_and(|l| l.starts_with("ほかの状況向けの手順"))
        })
        .count();
    assert!(folds > 0, "a fold offers them");
}

#[test]
fn a_wait_that_ends_during_the_questions_moves_nothing_on_them() {
    for language in Language::ALL {
        let dir = tempfile::tempdir().expect("temp dir");
        // The person started a wait earlier and left the questions at the code's way.
        std::fs::write(
            dir.path().join("progress.ron"),
            r#"(version: 2, reported: ["verify-identity"], guide_at: Some("channel"),
                timers: [(id: 1, wait: "retry-later", step: Some("hold-wait"),
                    started: "2026-11-25T07:00:00Z", due: "2026-11-25T09:00:00Z",
                    dismissed: false)],
                next_timer_id: 2)"#,
        )
        .expect("written");
        let time = clock();
        let mut h = {
            let dir = dir.path().to_owned();
            let time = time.clone();
            Harness::builder()
                .with_size([WIDTH, HEIGHT])
                .build_eframe(move |cc| {
                    let startup = Startup::prepare(AppOptions {
                        language: Some(language),
                        clock: Arc::new(time),
                        dialogs: Box::new(PresetDialogs::default()),
                        ..AppOptions::new(dir)
                    })
                    .expect("the app starts");
                    App::new(cc, startup)
                })
        };
        h.run();
        assert!(h.state().is_guiding(), "{language:?}: the questions reopen");
        let t = texts(language);
        let kb = kb();
        let heading = question(&t, &kb, "channel");
        let names = [
            answer(&t, &kb, "channel", "sms"),
            tr!(&t, "guide-back"),
            tr!(&t, "guide-skip"),
            tr!(&t, "guide-next"),
        ];
        let places = |h: &Harness<'static, App>| {
            let mut places = vec![
                h.get_by(|n| {
                    n.role() == Role::Heading && n.label().as_deref() == Some(heading.as_str())
                })
                .rect(),
            ];
            places.extend(names.iter().map(|name| h.get_by_label(name).rect()));
            places
        };
        let before = places(&h);

        time.advance(jiff::SignedDuration::from_hours(2));
        h.run_steps(12);
        let done = h.get_by_label(&tr!(&t, "timer-dismiss")).rect();
        assert!(
            done.bottom() <= before[2].top(),
            "{language:?}: the wait that is over shows above the buttons: {done:?}"
        );
        assert_eq!(places(&h), before, "{language:?}");
    }
}
