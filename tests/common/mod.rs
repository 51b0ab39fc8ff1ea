//! Helpers shared by the UI tests: start the real app on a temporary data folder, headless.

#![allow(
    dead_code,
    reason = "each test file uses a different subset of the helpers"
)]

use std::path::Path;
use std::sync::Arc;

use egui_kittest::Harness;
use signin_rescue::clock::ManualClock;
use signin_rescue::i18n::{Language, Texts};
use signin_rescue::{App, AppOptions, Startup};

/// The moment the tests' clock starts at.
pub const START: &str = "2026-11-25T08:00:00Z";

/// A fixed clock at [`START`].
pub fn clock() -> ManualClock {
    ManualClock::new(START.parse().expect("valid time"))
}

/// The real app on `dir` in `language`, in a window tall enough to show the whole checklist.
pub fn app(dir: &Path, language: Language) -> Harness<'static, App> {
    app_with_clock(dir, language, clock())
}

/// The real app with a clock the test controls.
pub fn app_with_clock(dir: &Path, language: Language, clock: ManualClock) -> Harness<'static, App> {
    let dir = dir.to_owned();
    let mut harness = Harness::builder()
        .with_size([1280.0, 6000.0])
        .build_eframe(move |cc| {
            let startup = Startup::prepare(AppOptions {
                data_dir: dir,
                language: Some(language),
                clock: Arc::new(clock),
            })
            .expect("the app starts on a fresh folder");
            App::new(cc, startup)
        });
    harness.run();
    harness
}

/// The messages of `language`, to compute the labels a person would see.
pub fn texts(language: Language) -> Texts {
    Texts::new(language)
}

/// A UI message by id, with string arguments.
pub fn ui_text(texts: &Texts, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, signin_rescue::i18n::FluentValue<'_>)> =
        args.iter().map(|(k, v)| (*k, (*v).into())).collect();
    texts.get_args(id, &args)
}
