//! The "View" menu: theme, text size, and the list of keyboard shortcuts, all from the command
//! table. These are settings of the window, not of the person's progress.

use crate::tr;
use crate::ui::command::{Command, Menu};
use crate::ui::theme::Tokens;
use crate::ui::{Shared, UiAction, widgets};

/// The View menu.
pub fn menu_ui(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    // The menu stays open while the person tries sizes and themes; a click outside closes it.
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let button = egui::containers::menu::MenuButton::new(tr!(texts, "menu-view")).config(config);
    let (response, menu) = button.ui(ui, |ui| {
        ui.set_max_width(Tokens::of(ui).size.menu);
        // In a small window the menu scrolls rather than running off the screen.
        let room = ui.ctx().content_rect().height() * Tokens::of(ui).size.menu_max_height_share;
        egui::ScrollArea::vertical()
            .max_height(room)
            .min_scrolled_height(room)
            .show(ui, |ui| {
                widgets::label(ui, tr!(texts, "menu-theme"));
                Command::menu_entries_ui(Menu::View, ui, shared, actions);
                ui.separator();
                widgets::label(ui, tr!(texts, "menu-shortcuts-heading"));
                for line in Command::shortcut_list(texts, ui.ctx()) {
                    widgets::muted(ui, line);
                }
                widgets::muted(ui, tr!(texts, "menu-shortcuts-keys"));
            });
    });
    widgets::keep_focus_after_menu(ui, &response, menu.is_some());
}

#[cfg(test)]
mod tests {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use crate::i18n::Language;
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::command::{Command, Menu};
    use crate::ui::fixture::{Fixture, harness};

    #[test]
    fn the_menu_lists_its_commands_and_every_shortcut() {
        let mut harness = harness(Fixture::new(Language::En), Box::new(super::menu_ui));
        harness.run();
        let view = tr!(&harness.state().texts, "menu-view");
        harness.get_by_label(&view).click();
        harness.run();
        let texts = &harness.state().texts;
        for command in Command::ALL {
            if command.menu().is_some_and(|(menu, _)| menu == Menu::View) {
                let shared = harness.state().shared();
                let role = if command.is_checked(&harness.ctx).is_some() {
                    Role::RadioButton
                } else if command.is_on(&shared).is_some() {
                    Role::CheckBox
                } else {
                    Role::Button
                };
                let label = command.label(texts);
                harness.get_by(|node| {
                    node.role() == role && node.label().is_some_and(|l| l.starts_with(&label))
                });
            }
        }
        for line in Command::shortcut_list(texts, &harness.ctx) {
            harness.get_by_label(&line);
        }
        // The entry's name is its label followed by its shortcut.
        let larger = Command::TextLarger.label(texts);
        harness
            .get_by(|node| {
                node.role() == Role::Button && node.label().is_some_and(|l| l.starts_with(&larger))
            })
            .click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Command(Command::TextLarger)]
        );
        // Still open, for the next "larger".
        harness.get_by(|node| {
            node.role() == Role::Button && node.label().is_some_and(|l| l.starts_with(&larger))
        });
    }

    #[test]
    fn reminders_are_a_tick_box_that_shows_whether_they_are_on() {
        let mut harness = harness(Fixture::new(Language::Ja), Box::new(super::menu_ui));
        harness.run();
        let view = tr!(&harness.state().texts, "menu-view");
        harness.get_by_label(&view).click();
        harness.run();
        let label = Command::ToggleReminders.label(&harness.state().texts);
        let entry = harness.get_by(|node| {
            node.role() == Role::CheckBox && node.label().as_deref() == Some(&*label)
        });
        assert_eq!(
            entry.accesskit_node().toggled(),
            Some(egui::accesskit::Toggled::True),
            "on unless turned off"
        );
        entry.click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Command(Command::ToggleReminders)]
        );
    }
}
