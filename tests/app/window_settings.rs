//! The window's settings (`window.ron`) are the app's own file: written by the store's atomic
//! writer as soon as the text size or theme changes, so a crash does not lose them.

use crate::common;

use std::time::Duration;

use signin_rescue::i18n::Language;

#[test]
fn a_new_text_size_is_on_disk_before_the_window_closes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = common::app(dir.path(), Language::En);
    let window_file = dir.path().join("window.ron");
    harness.ctx.set_zoom_factor(1.5);
    harness.ctx.set_theme(egui::ThemePreference::Dark);
    let written = common::run_until(&mut harness, Duration::from_secs(10), |_| {
        std::fs::read_to_string(&window_file)
            .is_ok_and(|text| text.contains("1.5") && text.contains("Dark"))
    });
    assert!(
        written,
        "window.ron holds the new settings while the app runs"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&window_file)
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Read as the next start reads it, while this window has not closed (as after a crash).
    let prefs = signin_rescue::app::window_settings::load(dir.path()).expect("usable");
    assert!((prefs.zoom - 1.5).abs() < f32::EPSILON);
    assert_eq!(prefs.theme, egui::ThemePreference::Dark);
    drop(harness);
}
