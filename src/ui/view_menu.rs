//! The "View" menu: theme, text size, and the list of keyboard shortcuts, all from the command
//! table. These are settings of the window, not of the person's progress.

use crate::tr;
use crate::ui::command::{Command, Menu};
use crate::ui::theme::Tokens;
use crate::ui::{Shared, UiAction, widgets};

/// The View menu.
pub fn menu_ui(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    ui.menu_button(tr!(texts, "menu-view"), |ui| {
        ui.set_max_width(Tokens::of(ui).size.menu);
        ui.label(tr!(texts, "menu-theme"));
        Command::menu_entries_ui(Menu::View, ui, shared, actions);
        ui.separator();
        ui.label(tr!(texts, "menu-shortcuts-heading"));
        for line in Command::shortcut_list(texts, ui.ctx()) {
            widgets::muted(ui, line);
        }
        widgets::muted(ui, tr!(texts, "menu-shortcuts-keys"));
    });
}
