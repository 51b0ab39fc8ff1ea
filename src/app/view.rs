//! The window's own settings (theme and text size), kept in the window's storage rather than
//! in the person's progress: they belong to this computer, not to the recovery.

/// The key under which the view settings are kept in the window's storage.
const VIEW_KEY: &str = "view";

/// The smallest and largest text size the menu and the shortcuts allow.
pub const ZOOM_RANGE: (f32, f32) = (0.6, 2.5);

/// Settings of the window rather than of the person's progress.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
struct ViewPrefs {
    theme: egui::ThemePreference,
    zoom: f32,
}

/// Applies the saved view settings, if any, to the new window.
pub fn restore(cc: &eframe::CreationContext<'_>) {
    if let Some(prefs) = cc
        .storage
        .and_then(|storage| eframe::get_value::<ViewPrefs>(storage, VIEW_KEY))
    {
        cc.egui_ctx.set_theme(prefs.theme);
        if prefs.zoom.is_finite() {
            cc.egui_ctx
                .set_zoom_factor(prefs.zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1));
        }
    }
}

/// Keeps the current view settings in the window's storage.
pub fn save(ctx: &egui::Context, storage: &mut dyn eframe::Storage) {
    let prefs = ViewPrefs {
        theme: ctx.options(|o| o.theme_preference),
        zoom: ctx.zoom_factor(),
    };
    eframe::set_value(storage, VIEW_KEY, &prefs);
}
