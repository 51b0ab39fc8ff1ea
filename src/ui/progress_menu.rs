//! The "Progress" menu: export, import (with a summary to confirm), start over (asked first),
//! and the data folder.

use crate::i18n::Paper;
use crate::progress::Action;
use crate::tr;
use crate::ui::command::{Command, Menu};
use crate::ui::theme::Tokens;
use crate::ui::{Shared, UiAction, widgets};

/// The menu's own state: whether the start-over question is open.
#[derive(Default)]
pub struct ProgressMenu {
    confirm_start_over: bool,
}

impl ProgressMenu {
    /// The menu button in the header.
    pub fn menu_ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
        let texts = shared.texts;
        let menu = ui.menu_button(tr!(texts, "menu-progress"), |ui| {
            ui.set_max_width(Tokens::of(ui).size.menu);
            Command::menu_entries_ui(Menu::Progress, ui, shared, actions);
            ui.separator();
            paper_ui(ui, shared, actions);
            widgets::muted(
                ui,
                tr!(
                    texts,
                    "menu-folder-is",
                    path = shared.data_dir.display().to_string()
                ),
            );
        });
        widgets::keep_focus_after_menu(ui, &menu.response, menu.inner.is_some());
    }

    /// Opens the start-over question.
    pub fn ask_start_over(&mut self) {
        self.confirm_start_over = true;
    }

    /// The questions the menu may ask: confirm an import, confirm starting over.
    pub fn dialogs_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        if let Some(import) = shared.pending_import {
            let modal = egui::Modal::new(egui::Id::unique("confirm-import")).show(ui.ctx(), |ui| {
                ui.set_max_width(Tokens::of(ui).size.dialog);
                widgets::heading(ui, tr!(texts, "import-heading"), 2);
                widgets::label(
                    ui,
                    tr!(
                        texts,
                        "import-file",
                        path = import.path.display().to_string()
                    ),
                );
                let summary = &import.summary;
                widgets::label(
                    ui,
                    tr!(
                        texts,
                        "import-summary",
                        fields = summary.draft_fields,
                        steps = summary.steps_marked,
                        notes = summary.notes,
                        reported = summary.reported
                    ),
                );
                if let Some(at) = summary.last_change {
                    widgets::label(
                        ui,
                        tr!(texts, "import-last-change", when = texts.date_time(at)),
                    );
                }
                widgets::label(ui, tr!(texts, "import-explain"));
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(
                            shared.can_replace,
                            egui::Button::new(tr!(texts, "import-confirm")),
                        )
                        .clicked()
                    {
                        actions.push(UiAction::ConfirmImport);
                    }
                    if ui.button(tr!(texts, "dialog-cancel")).clicked() {
                        actions.push(UiAction::CancelImport);
                    }
                });
            });
            if modal.should_close() {
                actions.push(UiAction::CancelImport);
            }
        }
        if self.confirm_start_over {
            let modal =
                egui::Modal::new(egui::Id::unique("confirm-start-over")).show(ui.ctx(), |ui| {
                    ui.set_max_width(Tokens::of(ui).size.dialog);
                    widgets::heading(ui, tr!(texts, "start-over-heading"), 2);
                    widgets::label(ui, tr!(texts, "start-over-explain"));
                    ui.horizontal(|ui| {
                        if ui
                            .add_enabled(
                                shared.can_replace,
                                egui::Button::new(tr!(texts, "start-over-confirm")),
                            )
                            .clicked()
                        {
                            actions.push(UiAction::ConfirmStartOver);
                            self.confirm_start_over = false;
                        }
                        if ui.button(tr!(texts, "dialog-cancel")).clicked() {
                            self.confirm_start_over = false;
                        }
                    });
                });
            if modal.should_close() {
                self.confirm_start_over = false;
            }
        }
    }
}

/// The paper the printable checklist is laid out for.
fn paper_ui(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let paper = shared
        .progress
        .paper
        .unwrap_or_else(|| Paper::for_language(texts.language()));
    ui.horizontal(|ui| {
        let heading = tr!(texts, "menu-paper");
        widgets::label(ui, &heading);
        for option in Paper::ALL {
            let name = tr!(texts, option.text_id());
            if ui
                .radio(paper == option, name.as_str())
                .accessible_name(widgets::control_name(texts, &heading, &name))
                .clicked()
                && paper != option
            {
                actions.push(Action::PaperChosen(option).into());
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::ProgressMenu;
    use crate::i18n::Language;
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::command::Command;
    use crate::ui::fixture::{Fixture, harness};

    #[test]
    fn start_over_is_asked_before_it_happens() {
        let mut menu = ProgressMenu::default();
        menu.ask_start_over();
        let mut harness = harness(
            Fixture::new(Language::Ja),
            Box::new(move |ui, shared, actions| {
                menu.menu_ui(ui, shared, actions);
                menu.dialogs_ui(ui, shared, actions);
            }),
        );
        harness.run();
        let texts = &harness.state().texts;
        harness.get_by_label(&tr!(texts, "start-over-heading"));
        let confirm = tr!(texts, "start-over-confirm");
        harness.get_by_label(&confirm).click();
        harness.run();
        assert_eq!(harness.state().actions, [UiAction::ConfirmStartOver]);
        assert!(
            harness.query_by_label(&confirm).is_none(),
            "the question closed"
        );
    }

    #[test]
    fn the_menu_entries_run_their_commands() {
        let mut menu = ProgressMenu::default();
        let mut harness = harness(
            Fixture::new(Language::En),
            Box::new(move |ui, shared, actions| menu.menu_ui(ui, shared, actions)),
        );
        harness.run();
        let progress = tr!(&harness.state().texts, "menu-progress");
        harness.get_by_label(&progress).click();
        harness.run();
        let export = Command::ExportProgress.label(&harness.state().texts);
        harness.get_by_label_contains(&export).click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Command(Command::ExportProgress)]
        );
    }
}
