//! Image snapshots of the real app's screens at 800×600, light theme, in both languages, so a
//! layout change shows up in review as a changed PNG under `tests/snapshots/`.
//!
//! Rendered by wgpu on Mesa's software Vulkan driver (lavapipe, Debian's `mesa-vulkan-drivers`;
//! `.ci/run` installs it). After an intended change, write the new images with
//! `UPDATE_SNAPSHOTS=1 cargo test --test app snapshots` and look at them before committing; a
//! failing run leaves `NAME.new.png` and `NAME.diff.png` beside the committed image.
//!
//! Linux only: other systems render through other drivers (Wine has none at all), whose
//! anti-aliasing would not match the committed images.

use crate::common;

use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, SnapshotOptions};
use signin_rescue::App;
use signin_rescue::i18n::Language;
use signin_rescue::tr;

use common::{app, app_at_first_visit, texts};

/// Shows `harness` at 800×600 in the light theme with no pointer over it, then compares it
/// with `tests/snapshots/NAME.png`.
///
/// The per-pixel threshold is kittest's default (0.6, a weighted squared YIQ distance): here
/// lavapipe gives the same bytes on every run, with one thread or 128-bit vectors too, and
/// Mesa's OpenGL llvmpipe (which wgpu falls back to without Vulkan) differs only within it. No
/// pixel may go past it, so a moved widget or a changed word fails.
fn snapshot(harness: &mut Harness<'static, App>, name: &str) {
    harness.ctx.set_theme(egui::ThemePreference::Light);
    harness.set_size(egui::vec2(800.0, 600.0));
    harness.remove_cursor();
    harness.run();
    harness.snapshot_options(
        name,
        &SnapshotOptions::new().threshold(0.6).max_failed_pixels(0),
    );
}

/// The guided start's first question, as a first visit opens it.
fn first_question(language: Language, name: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_at_first_visit(dir.path(), language);
    assert!(harness.state().is_guiding(), "a first visit asks questions");
    harness.get_by_label(&tr!(&texts(language), "guide-skip"));
    snapshot(&mut harness, name);
}

/// The checklist, as a person who closed the questions sees it.
fn checklist(language: Language, name: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), language);
    assert!(!harness.state().is_guiding(), "the checklist shows");
    snapshot(&mut harness, name);
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "the images are Mesa's software rendering on Linux; Wine has no GPU driver"
)]
fn guide_first_question_ja() {
    first_question(Language::Ja, "guide_first_question_ja");
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "the images are Mesa's software rendering on Linux; Wine has no GPU driver"
)]
fn guide_first_question_en() {
    first_question(Language::En, "guide_first_question_en");
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "the images are Mesa's software rendering on Linux; Wine has no GPU driver"
)]
fn checklist_ja() {
    checklist(Language::Ja, "checklist_ja");
}

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "the images are Mesa's software rendering on Linux; Wine has no GPU driver"
)]
fn checklist_en() {
    checklist(Language::En, "checklist_en");
}
