//! Helpers shared by the UI tests: start the real app on a temporary data folder, headless,
//! with a clock and file dialogs the test controls.

#![allow(
    dead_code,
    reason = "each test file uses a different subset of the helpers"
)]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use signin_rescue::clock::ManualClock;
use signin_rescue::files::PresetDialogs;
use signin_rescue::i18n::{Language, Texts};
use signin_rescue::net::CheckConfig;
use signin_rescue::{App, AppOptions, Startup};

/// The moment the tests' clock starts at.
pub const START: &str = signin_rescue::clock::TEST_START;

/// A fixed clock at [`START`].
pub fn clock() -> ManualClock {
    ManualClock::new(START.parse().expect("valid time"))
}

/// The real app on `dir` in `language`, in a window tall enough to show the whole checklist.
pub fn app(dir: &Path, language: Language) -> Harness<'static, App> {
    app_with(dir, language, clock(), PresetDialogs::default())
}

/// The real app with a clock and dialogs the test controls.
pub fn app_with(
    dir: &Path,
    language: Language,
    clock: ManualClock,
    dialogs: PresetDialogs,
) -> Harness<'static, App> {
    app_configured(dir, language, clock, dialogs, CheckConfig::production())
}

/// The real app with everything the test controls, the connectivity check's targets too.
pub fn app_configured(
    dir: &Path,
    language: Language,
    clock: ManualClock,
    dialogs: PresetDialogs,
    check_config: CheckConfig,
) -> Harness<'static, App> {
    app_with_options(dir, language, move |options| AppOptions {
        clock: Arc::new(clock),
        dialogs: Box::new(dialogs),
        check_config,
        ..options
    })
}

/// The real app in `language` at the checklist, with the options `configure` makes from the
/// defaults for `dir` (a clock, dialogs, a notifier the test controls).
pub fn app_with_options(
    dir: &Path,
    language: Language,
    configure: impl FnOnce(AppOptions) -> AppOptions + 'static,
) -> Harness<'static, App> {
    let mut harness = started(dir, language, 6000.0, configure);
    skip_guide(&mut harness, language);
    harness
}

/// The same app, but showing the guided start's questions as a first visit does.
pub fn app_at_first_visit(dir: &Path, language: Language) -> Harness<'static, App> {
    started(dir, language, 3000.0, |options| AppOptions {
        clock: Arc::new(clock()),
        dialogs: Box::new(PresetDialogs::default()),
        ..options
    })
}

/// The real app on `dir` in `language`, 1280 points wide and `height` tall, after its first
/// frames.
fn started(
    dir: &Path,
    language: Language,
    height: f32,
    configure: impl FnOnce(AppOptions) -> AppOptions + 'static,
) -> Harness<'static, App> {
    let dir = dir.to_owned();
    let mut harness = Harness::builder()
        .with_size([1280.0, height])
        .build_eframe(move |cc| {
            let options = configure(AppOptions {
                language: Some(language),
                ..AppOptions::new(dir)
            });
            let startup = Startup::prepare(options).expect("the app starts");
            App::new(cc, startup)
        });
    harness.run();
    harness
}

/// Closes the guided start if it opened (a first visit): most tests begin at the checklist,
/// as a person who chose "see the checklist" does.
pub fn skip_guide(harness: &mut Harness<'static, App>, language: Language) {
    if harness.state().is_guiding() {
        let skip = signin_rescue::tr!(&texts(language), "guide-skip");
        harness.get_by_label(&skip).click();
        harness.run();
        assert!(!harness.state().is_guiding(), "the questions close");
    }
}

/// Steps the app in real time until `done` holds or `timeout` passes (saves and file tasks
/// run on other threads); returns whether it held.
pub fn run_until(
    harness: &mut Harness<'static, App>,
    timeout: Duration,
    done: impl Fn(&App) -> bool,
) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        harness.step();
        if done(harness.state()) {
            harness.run();
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// The messages of `language`, to compute the labels a person would see.
pub fn texts(language: Language) -> Texts {
    Texts::new(language)
}

/// The accessible name of a step's outcome button, as a screen reader reads it.
pub fn outcome_button(
    language: Language,
    outcome: signin_rescue::progress::StepOutcome,
    step_id: &str,
) -> String {
    let texts = texts(language);
    let step = signin_rescue::tr!(&texts, signin_rescue::knowledge::step_title_id(step_id));
    signin_rescue::ui::widgets::outcome_button_name(&texts, outcome, &step)
}

/// Presses a step's outcome button, found by its accessible name (the next frame acts on it).
pub fn click_outcome(
    harness: &Harness<'_, App>,
    language: Language,
    outcome: signin_rescue::progress::StepOutcome,
    step_id: &str,
) {
    harness
        .get_by_label(&outcome_button(language, outcome, step_id))
        .click();
}
