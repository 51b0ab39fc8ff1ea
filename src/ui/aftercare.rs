//! After signing in again: securing the account, and the five steps if someone else got in.
//! Each item is ticked off and kept like the checklist's steps.

use egui::{RichText, TextEdit, Ui};
use i18n_embed_fl::fl;

use crate::knowledge;
use crate::progress::{Action, StepOutcome};
use crate::ui::theme::{self, Palette};
use crate::ui::{Shared, UiAction, widgets};

/// Draws the after-recovery screen.
pub fn ui(ui: &mut Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    egui::ScrollArea::vertical()
        .id_salt("aftercare-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.heading(fl!(texts.ui(), "aftercare-heading"));
            if let Some(at) = shared.progress.recovered {
                let color = Palette::of(ui).success;
                ui.label(
                    RichText::new(fl!(texts.ui(), "aftercare-since", when = texts.date(at)))
                        .color(color),
                );
            }
            ui.label(fl!(texts.ui(), "aftercare-intro"));
            for group in &shared.kb.aftercare {
                ui.add_space(theme::SECTION_GAP);
                ui.heading(texts.get(&format!("aftercare-{}", group.id)));
                for step in &group.steps {
                    item_ui(ui, shared, &step.id, step.link.as_deref(), actions);
                }
            }
            ui.add_space(theme::SECTION_GAP);
            if ui.button(fl!(texts.ui(), "aftercare-not-yet")).clicked() {
                actions.push(Action::RecoveredMarked(false).into());
            }
            ui.add_space(24.0);
        });
}

/// One thing to do: a check box for "done", the explanation, the official page, a note.
fn item_ui(
    ui: &mut Ui,
    shared: &Shared<'_>,
    step: &str,
    link: Option<&str>,
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    let title = texts.get(&knowledge::step_text_id(step));
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let mut done = shared.progress.outcome(step) == StepOutcome::Worked;
        if ui
            .checkbox(&mut done, RichText::new(&title).strong())
            .changed()
        {
            let outcome = if done {
                StepOutcome::Worked
            } else {
                StepOutcome::NotTried
            };
            actions.push(
                Action::StepMarked {
                    step: step.to_owned(),
                    outcome,
                }
                .into(),
            );
        }
        ui.label(texts.get(&knowledge::step_detail_text_id(step)));
        if let Some(link) = link {
            widgets::official_link(ui, shared.kb, texts, link);
        }
        if let Some(at) = shared
            .progress
            .record(step)
            .and_then(|r| r.changed_at)
            .filter(|_| done)
        {
            widgets::muted(
                ui,
                fl!(texts.ui(), "aftercare-done-on", when = texts.date_time(at)),
            );
        }
        let mut note = shared.progress.note(step).to_owned();
        let edit = ui
            .add(
                TextEdit::multiline(&mut note)
                    .desired_rows(1)
                    .desired_width(f32::INFINITY)
                    .hint_text(fl!(texts.ui(), "note-hint")),
            )
            .accessible_name(fl!(texts.ui(), "note-name", step = title.as_str()));
        if edit.changed() {
            actions.push(
                Action::NoteEdited {
                    step: step.to_owned(),
                    text: note,
                }
                .into(),
            );
        }
    });
}
