//! The "View" menu and the keyboard shortcuts: theme, text size, screens, language, export.
//! These are settings of the window, not of the person's progress; egui keeps them and the app
//! remembers them in the window's own storage.

use egui::{Key, KeyboardShortcut, Modifiers, ThemePreference};
use i18n_embed_fl::fl;

use crate::i18n::Language;
use crate::progress::Action;
use crate::ui::{Navigation, Shared, Tab, UiAction};

/// Ctrl+P (⌘P): save the printable checklist as PDF.
pub const SAVE_PDF: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::P);
/// Ctrl+E: export the progress to a file.
pub const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Ctrl+L: switch between Japanese and English.
pub const LANGUAGE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
/// Ctrl+1 … Ctrl+5: the screens, in the order of the tabs.
const TAB_KEYS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];

/// The smallest and largest text size the menu and the shortcuts allow.
const ZOOM_RANGE: (f32, f32) = (0.6, 2.5);
/// How much one step of "larger" or "smaller" changes the text size.
const ZOOM_STEP: f32 = 0.1;

/// Acts on the app's keyboard shortcuts (egui itself handles Ctrl +, Ctrl − and Ctrl 0).
pub fn shortcuts(
    ui: &egui::Ui,
    shared: &Shared<'_>,
    nav: &mut Navigation,
    actions: &mut Vec<UiAction>,
) {
    ui.input_mut(|input| {
        if input.consume_shortcut(&SAVE_PDF) {
            actions.push(UiAction::SaveChecklist { pdf: true });
        }
        if input.consume_shortcut(&EXPORT) {
            actions.push(UiAction::ExportProgress);
        }
        if input.consume_shortcut(&LANGUAGE) {
            let other = match shared.texts.language() {
                Language::Ja => Language::En,
                Language::En => Language::Ja,
            };
            actions.push(Action::LanguageChosen(other).into());
        }
        for (key, tab) in TAB_KEYS.iter().zip(Tab::ALL) {
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, *key)) {
                nav.open(tab);
            }
        }
    });
}

/// The View menu: theme and text size.
pub fn menu_ui(ui: &mut egui::Ui, shared: &Shared<'_>) {
    let texts = shared.texts;
    ui.menu_button(fl!(texts.ui(), "menu-view"), |ui| {
        ui.set_max_width(340.0);
        let heading = fl!(texts.ui(), "menu-theme");
        ui.label(&heading);
        let current = ui.ctx().options(|o| o.theme_preference);
        for (preference, id) in [
            (ThemePreference::System, "menu-theme-system"),
            (ThemePreference::Light, "menu-theme-light"),
            (ThemePreference::Dark, "menu-theme-dark"),
        ] {
            let name = texts.get_args(id, &[]);
            if ui
                .radio(current == preference, name.as_str())
                .accessible_name(format!("{heading}: {name}"))
                .clicked()
            {
                ui.ctx().set_theme(preference);
            }
        }
        ui.separator();
        let zoom = ui.ctx().zoom_factor();
        let zoom_in = egui::gui_zoom::kb_shortcuts::ZOOM_IN;
        let zoom_out = egui::gui_zoom::kb_shortcuts::ZOOM_OUT;
        let zoom_reset = egui::gui_zoom::kb_shortcuts::ZOOM_RESET;
        let item = |ui: &mut egui::Ui, id: &str, shortcut: &KeyboardShortcut| {
            ui.add(
                egui::Button::new(texts.get_args(id, &[]))
                    .shortcut_text(ui.ctx().format_shortcut(shortcut)),
            )
            .clicked()
        };
        if item(ui, "menu-text-larger", &zoom_in) {
            ui.ctx()
                .set_zoom_factor((zoom + ZOOM_STEP).min(ZOOM_RANGE.1));
        }
        if item(ui, "menu-text-smaller", &zoom_out) {
            ui.ctx()
                .set_zoom_factor((zoom - ZOOM_STEP).max(ZOOM_RANGE.0));
        }
        if item(ui, "menu-text-reset", &zoom_reset) {
            ui.ctx().set_zoom_factor(1.0);
        }
        ui.separator();
        crate::ui::widgets::muted(
            ui,
            fl!(
                texts.ui(),
                "menu-shortcuts",
                pdf = ui.ctx().format_shortcut(&SAVE_PDF),
                export = ui.ctx().format_shortcut(&EXPORT),
                language = ui.ctx().format_shortcut(&LANGUAGE)
            ),
        );
    });
}
