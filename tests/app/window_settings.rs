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

/// The English key names egui knows ("Space", "Escape", "Plus", "Comma", …), without the
/// modifier names a Japanese Windows menu shows as they are.
fn english_key_words() -> std::collections::BTreeSet<String> {
    egui::Key::ALL
        .iter()
        .flat_map(|key| [key.name(), key.symbol_or_name()])
        .filter(|word| word.len() > 1 && word.chars().all(|c| c.is_ascii_alphabetic()))
        .chain(["Esc", "Return", "Control", "Option", "Command", "Super"])
        .filter(|word| !["Ctrl", "Shift", "Alt", "Cmd"].contains(word))
        .map(str::to_lowercase)
        .collect()
}

/// Every accessible name on screen now.
fn names(h: &egui_kittest::Harness<'static, signin_rescue::App>) -> Vec<String> {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    h.get_all_by(|node| node.label().is_some())
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

#[test]
fn japanese_menus_name_keys_in_japanese() {
    use egui_kittest::kittest::Queryable as _;
    use signin_rescue::tr;

    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = common::app(dir.path(), Language::Ja);
    let t = common::texts(Language::Ja);
    let keys = english_key_words();
    assert!(keys.contains("space") && keys.contains("escape") && keys.contains("plus"));
    let outside = names(&h);
    // The data folder's path is shown as it is.
    let folder = dir.path().display().to_string();
    for menu in ["menu-view", "menu-progress"] {
        h.get_by_label(&tr!(&t, signin_rescue::i18n::TextId::fixed(menu)))
            .click();
        h.run();
        let inside: Vec<String> = names(&h)
            .into_iter()
            .filter(|name| !outside.contains(name))
            .map(|name| name.replace(&folder, ""))
            .collect();
        assert!(inside.len() > 3, "{menu} opened: {inside:?}");
        for name in &inside {
            let english: Vec<&str> = name
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|word| keys.contains(&word.to_lowercase()))
                .collect();
            assert!(english.is_empty(), "{menu}: {name:?} says {english:?}");
        }
        h.key_press(egui::Key::Escape);
        h.run();
    }
}
