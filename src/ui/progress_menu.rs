//! The "Progress" menu: export, import (with a summary to confirm), start over (asked first),
//! and the data folder.

use egui::RichText;
use i18n_embed_fl::fl;

use crate::export::pdf::Paper;
use crate::progress::Action;
use crate::ui::theme::Palette;
use crate::ui::{Shared, UiAction, view_menu};

/// The menu's own state: whether the start-over question is open.
#[derive(Default)]
pub struct ProgressMenu {
    confirm_start_over: bool,
}

impl ProgressMenu {
    /// The menu button in the header.
    pub fn menu_ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
        let texts = shared.texts;
        ui.menu_button(fl!(texts.ui(), "menu-progress"), |ui| {
            ui.set_max_width(380.0);
            if ui
                .add(
                    egui::Button::new(fl!(texts.ui(), "menu-export"))
                        .shortcut_text(ui.ctx().format_shortcut(&view_menu::EXPORT)),
                )
                .clicked()
            {
                actions.push(UiAction::ExportProgress);
            }
            if ui
                .add_enabled(
                    shared.can_replace,
                    egui::Button::new(fl!(texts.ui(), "menu-import")),
                )
                .clicked()
            {
                actions.push(UiAction::ImportProgress);
            }
            if ui
                .add_enabled(
                    shared.can_replace,
                    egui::Button::new(fl!(texts.ui(), "menu-start-over")),
                )
                .clicked()
            {
                self.confirm_start_over = true;
            }
            ui.separator();
            if ui
                .add(
                    egui::Button::new(fl!(texts.ui(), "menu-save-pdf"))
                        .shortcut_text(ui.ctx().format_shortcut(&view_menu::SAVE_PDF)),
                )
                .clicked()
            {
                actions.push(UiAction::SaveChecklist { pdf: true });
            }
            if ui.button(fl!(texts.ui(), "menu-save-text")).clicked() {
                actions.push(UiAction::SaveChecklist { pdf: false });
            }
            let paper = shared
                .progress
                .paper
                .unwrap_or_else(|| Paper::for_language(texts.language()));
            ui.horizontal(|ui| {
                let heading = fl!(texts.ui(), "menu-paper");
                ui.label(&heading);
                for option in Paper::ALL {
                    let name = texts.get_args(option.text_id(), &[]);
                    if ui
                        .radio(paper == option, name.as_str())
                        .accessible_name(format!("{heading}: {name}"))
                        .clicked()
                        && paper != option
                    {
                        actions.push(Action::PaperChosen(option).into());
                    }
                }
            });
            ui.separator();
            if ui.button(fl!(texts.ui(), "menu-open-folder")).clicked() {
                actions.push(UiAction::OpenDataFolder);
            }
            ui.label(
                RichText::new(fl!(
                    texts.ui(),
                    "menu-folder-is",
                    path = shared.data_dir.display().to_string()
                ))
                .small()
                .color(Palette::of(ui).muted),
            );
        });
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
                ui.set_max_width(520.0);
                ui.heading(fl!(texts.ui(), "import-heading"));
                ui.label(fl!(
                    texts.ui(),
                    "import-file",
                    path = import.path.display().to_string()
                ));
                let summary = &import.summary;
                ui.label(fl!(
                    texts.ui(),
                    "import-summary",
                    fields = summary.draft_fields,
                    steps = summary.steps_marked,
                    notes = summary.notes,
                    reported = summary.reported
                ));
                if let Some(at) = summary.last_change {
                    ui.label(fl!(
                        texts.ui(),
                        "import-last-change",
                        when = texts.date_time(at)
                    ));
                }
                ui.label(fl!(texts.ui(), "import-explain"));
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(
                            shared.can_replace,
                            egui::Button::new(fl!(texts.ui(), "import-confirm")),
                        )
                        .clicked()
                    {
                        actions.push(UiAction::ConfirmImport);
                    }
                    if ui.button(fl!(texts.ui(), "dialog-cancel")).clicked() {
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
                    ui.set_max_width(520.0);
                    ui.heading(fl!(texts.ui(), "start-over-heading"));
                    ui.label(fl!(texts.ui(), "start-over-explain"));
                    ui.horizontal(|ui| {
                        if ui
                            .add_enabled(
                                shared.can_replace,
                                egui::Button::new(fl!(texts.ui(), "start-over-confirm")),
                            )
                            .clicked()
                        {
                            actions.push(UiAction::StartOver);
                            self.confirm_start_over = false;
                        }
                        if ui.button(fl!(texts.ui(), "dialog-cancel")).clicked() {
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
