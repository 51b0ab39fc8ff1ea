//! Waits as timers that survive restarts, support and safety, and life after recovery, driven
//! through the real app with a clock the test moves.

use crate::common;

use std::collections::BTreeSet;

use egui::OutputCommand;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use jiff::SignedDuration;
use signin_rescue::files::PresetDialogs;
use signin_rescue::i18n::Language;
use signin_rescue::official;
use signin_rescue::progress::StepOutcome;

use common::{app, app_with, clock};

#[test]
fn a_wait_survives_a_restart_and_says_when_to_try_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let time = clock();
    {
        let mut harness = app_with(
            dir.path(),
            Language::En,
            time.clone(),
            PresetDialogs::default(),
        );
        harness
            .get_by_label("Remind me in 1 day: Leave it for a while, then try again")
            .click();
        harness.run();
        harness.get_by_label("Waiting");
        harness.get_by_label_contains("Trying again later: 1 day left");
        harness.get_by_label_contains("Waiting: 1 day left");
        assert_eq!(harness.state().progress().timers.len(), 1);
    }

    // Two hours later the app opens with the timer still running.
    time.advance(SignedDuration::from_hours(2));
    {
        let harness = app_with(
            dir.path(),
            Language::En,
            time.clone(),
            PresetDialogs::default(),
        );
        assert!(harness.get_all_by_label_contains("22 hours left").count() >= 1);
        assert!(harness.query_by_label_contains("” is over").is_none());
    }

    // A day later it is over: the app says so at start-up, with the step to try next.
    time.advance(SignedDuration::from_hours(23));
    let mut harness = app_with(
        dir.path(),
        Language::En,
        time.clone(),
        PresetDialogs::default(),
    );
    // The banner and the next-step card both say so.
    assert!(
        harness
            .get_all_by_label_contains("The wait “Trying again later” is over")
            .count()
            >= 1
    );
    harness.get_by_label("Next to try: Reset your password on the official page");
    harness.get_by_label("Done").click();
    harness.run();
    assert!(harness.query_by_label_contains("” is over").is_none());
    assert!(harness.state().progress().timers[0].dismissed);
}

#[test]
fn a_running_timer_does_not_repaint_every_frame() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::Ja);
    harness
        .get_by_label("3 時間後に知らせる：時間をおいてから試す")
        .click();
    harness.run();
    assert_eq!(harness.state().progress().timers.len(), 1, "the timer runs");
    // With the timer running and shown, a further run draws one frame and stops: nothing
    // asks for a repaint at once. (A per-frame repaint would run into the step limit.)
    assert_eq!(harness.run(), 1);
    assert_eq!(harness.run(), 1);
    assert_eq!(
        harness
            .state()
            .progress()
            .running_timers(common::START.parse().expect("t"))
            .len(),
        1
    );
}

#[test]
fn every_link_on_the_support_and_after_recovery_screens_is_official() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::En);
    harness.get_by_label("Yes, I can sign in").click();
    harness.run();
    let mut opened = BTreeSet::new();
    for tab in ["Support and safety", "After you sign in"] {
        harness.get_by_label(tab).click();
        harness.run();
        let links: Vec<String> = harness
            .get_all_by_role(Role::Link)
            .filter_map(|node| node.accesskit_node().label())
            .collect();
        assert!(links.len() >= 5, "{tab}: {links:?}");
        for (index, label) in links.iter().enumerate() {
            // The same page may be linked more than once: click this very occurrence.
            let nth = links[..index].iter().filter(|l| *l == label).count();
            harness
                .get_all_by_label(label)
                .nth(nth)
                .expect("the link is still there")
                .click();
            harness.step();
            for command in &harness.output().platform_output.commands {
                if let OutputCommand::OpenUrl(open) = command {
                    assert!(
                        official::is_official_link(&open.url),
                        "{label} opens {}",
                        open.url
                    );
                    opened.insert(open.url.clone());
                }
            }
            harness.run();
        }
    }
    assert!(opened.len() >= 8, "{opened:?}");
}

#[test]
fn marking_recovery_shows_the_after_recovery_checklist_and_keeps_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut harness = app(dir.path(), Language::Ja);
        assert!(
            harness.query_by_label("サインインできたら").is_none(),
            "no tab before recovery"
        );
        harness.get_by_label("はい、サインインできた").click();
        harness.run();
        harness.get_by_label("アカウントの守りを固める");
        harness.get_by_label("誰かに入られたおそれがあるとき");
        harness
            .get_by_label("回復用コードを作って、紙に控える")
            .click();
        harness.run();
        assert_eq!(
            harness.state().progress().outcome("after-recovery-code"),
            StepOutcome::Worked
        );
    }
    let mut harness = app(dir.path(), Language::Ja);
    harness.get_by_label("サインインできたら").click();
    harness.run();
    harness.get_by_label_contains("に完了");
    assert!(harness.state().progress().recovered.is_some());
}

#[test]
fn the_scam_warning_is_one_line_first_with_more_on_the_support_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::Ja);
    let line = "詐欺に注意：Microsoft から突然電話がかかってくることはなく";
    harness.get_by_label_contains(line);
    // One line, not the whole card, on the first screen.
    assert!(harness.query_by_label("サポート詐欺に気をつけて").is_none());
    // "More" opens the Support and safety screen, where the card always is.
    harness.get_by_label("詳しく").click();
    harness.run();
    harness.get_by_label("サポート詐欺に気をつけて");
    harness.get_by_label_contains("accountprotection.microsoft.com");
    harness.get_by_label("チェックリスト").click();
    harness.run();
    harness.get_by_label("わかりました").click();
    harness.run();
    assert!(
        harness.query_by_label_contains(line).is_none(),
        "hidden once read"
    );
    harness.get_by_label("サポートと安全").click();
    harness.run();
    harness.get_by_label("サポート詐欺に気をつけて");
}

/// The real app at the checklist in an 800×600 window, with a clock the test moves.
fn small_checklist(
    dir: &std::path::Path,
    language: Language,
    time: signin_rescue::clock::ManualClock,
) -> egui_kittest::Harness<'static, signin_rescue::App> {
    let dir = dir.to_owned();
    let mut harness = egui_kittest::Harness::builder()
        .with_size([800.0, 600.0])
        .build_eframe(move |cc| {
            let startup = signin_rescue::Startup::prepare(signin_rescue::AppOptions {
                language: Some(language),
                clock: std::sync::Arc::new(time),
                dialogs: Box::new(PresetDialogs::default()),
                ..signin_rescue::AppOptions::new(dir)
            })
            .expect("the app starts");
            signin_rescue::App::new(cc, startup)
        });
    harness.run();
    common::skip_guide(&mut harness, language);
    harness
}

/// Turns the mouse wheel over the checklist until the control named `name` is in the middle
/// of the 800×600 window.
fn scroll_until_in_the_middle(
    h: &mut egui_kittest::Harness<'static, signin_rescue::App>,
    name: &str,
) {
    h.event(egui::Event::PointerMoved(egui::pos2(560.0, 300.0)));
    for _ in 0..60 {
        let middle = h.get_by_label(name).rect().center().y;
        if (200.0..=400.0).contains(&middle) {
            return;
        }
        let by = if middle > 400.0 { -80.0 } else { 80.0 };
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, by),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::default(),
        });
        h.run_steps(6);
    }
    panic!("{name} could not be scrolled into the middle");
}

#[test]
fn nothing_moves_under_the_pointer_when_a_wait_starts_or_comes_due() {
    use signin_rescue::i18n::TextId;
    use signin_rescue::tr;
    use signin_rescue::ui::waits::TimerControl;

    for language in Language::ALL {
        let dir = tempfile::tempdir().expect("temp dir");
        let time = clock();
        let mut h = small_checklist(dir.path(), language, time.clone());
        let t = common::texts(language);
        let step = tr!(&t, TextId::fixed("step-hold-wait"));
        let start = TimerControl::Start(24 * 60).name(&t, &step);
        // The person turns the mouse wheel over the list until the step's "remind me in 1 day"
        // is in the middle of the window.
        scroll_until_in_the_middle(&mut h, &start);
        let worked = common::outcome_button(language, StepOutcome::Worked, "hold-wait");
        let no_change = common::outcome_button(language, StepOutcome::NoChange, "hold-wait");
        let checklist_tab = tr!(&t, "command-show-checklist");
        let at = |h: &egui_kittest::Harness<'static, signin_rescue::App>| {
            [&worked, &no_change, &checklist_tab]
                .map(|name| h.get_by_label(name).rect())
                .to_vec()
        };
        let button = h.get_by_label(&start).rect();
        assert!(
            button.top() >= 0.0 && button.bottom() <= 600.0,
            "{language:?}: the button is in view: {button:?}"
        );
        let before = at(&h);

        // A click: the wait starts, and the waits running are listed.
        h.get_by_label(&start).click();
        h.run_steps(12);
        assert_eq!(h.state().progress().timers.len(), 1, "{language:?}");
        h.get_by_label(&tr!(&t, "timers-heading"));
        assert_eq!(at(&h), before, "{language:?}: after the wait started");

        // A day later the wait is over and says so, with the step to try next.
        time.advance(SignedDuration::from_hours(25));
        h.run_steps(12);
        let done = h.get_by_label(&tr!(&t, "timer-dismiss")).rect();
        assert!(
            done.top() >= 0.0 && done.bottom() <= 600.0,
            "{language:?}: the wait that is over is in view: {done:?}"
        );
        assert_eq!(at(&h), before, "{language:?}: after the wait came due");

        // Closing it gives the room back without moving anything either.
        h.get_by_label(&tr!(&t, "timer-dismiss")).click();
        h.run_steps(12);
        assert!(h.query_by_label(&tr!(&t, "timer-dismiss")).is_none());
        assert_eq!(at(&h), before, "{language:?}: after the wait was closed");
    }
}
