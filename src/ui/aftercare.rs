//! After signing in again: securing the account, and the five steps if someone else got in.
//! Each item is ticked off and kept like the checklist's steps.

use egui::{RichText, TextEdit, Ui};

use crate::i18n::TextId;
use crate::knowledge::Step;
use crate::progress::{Action, StepOutcome};
use crate::store::encoding::MAX_NOTE_CHARS;
use crate::tr;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Shared, UiAction, widgets};

/// The heading at the top of the after-recovery screen.
pub const HEADING: TextId = TextId::fixed("aftercare-heading");

/// Draws the after-recovery screen.
pub fn ui(ui: &mut Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    egui::ScrollArea::vertical()
        .id_salt("aftercare-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(Tokens::of(ui).space.s);
            widgets::heading(ui, tr!(texts, HEADING), 2);
            if let Some(at) = shared.progress.recovered {
                let color = Tokens::of(ui).colors.success;
                widgets::label(
                    ui,
                    RichText::new(tr!(texts, "aftercare-since", when = texts.date(at)))
                        .color(color),
                );
            }
            widgets::label(ui, tr!(texts, "aftercare-intro"));
            for group in &shared.kb.aftercare {
                ui.add_space(Tokens::of(ui).space.m);
                widgets::heading(ui, tr!(texts, group.heading_id()), 3);
                for step in &group.steps {
                    item_ui(ui, shared, step, actions);
                }
            }
            ui.add_space(Tokens::of(ui).space.m);
            if ui.button(tr!(texts, "aftercare-not-yet")).clicked() {
                actions.push(Action::RecoveredMarked(false).into());
            }
            ui.add_space(Tokens::of(ui).space.l);
        });
}

/// One thing to do: a check box for "done", the explanation, the official page, a note.
fn item_ui(ui: &mut Ui, shared: &Shared<'_>, step: &Step, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let title = tr!(texts, step.title_id());
    let link = step.link.as_deref();
    let detail = step.detail_id();
    let step = step.id.as_str();
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
        widgets::label(ui, tr!(texts, detail));
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
                tr!(texts, "aftercare-done-on", when = texts.date_time(at)),
            );
        }
        let mut note = shared.progress.note(step).to_owned();
        let edit = widgets::text_field(
            ui,
            TextEdit::multiline(&mut note)
                .desired_rows(1)
                .desired_width(f32::INFINITY)
                .char_limit(MAX_NOTE_CHARS),
            &tr!(texts, "note-hint"),
        )
        .accessible_name(tr!(texts, "note-name", step = title.as_str()));
        widgets::length_counter_ui(ui, texts, &note, MAX_NOTE_CHARS);
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

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::i18n::Language;
    use crate::progress::{Action, StepOutcome};
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::fixture::{Fixture, harness};

    #[test]
    fn ticking_an_item_marks_it_done_with_its_date() {
        let fixture = Fixture::new(Language::En).with([Action::RecoveredMarked(true)]);
        let step = fixture.kb.aftercare[0].steps[0].clone();
        let mut harness = harness(fixture, Box::new(super::ui));
        harness.run();
        let title = tr!(&harness.state().texts, step.title_id());
        harness.get_by_label(&title).click();
        harness.run();
        harness.state_mut().apply_actions();
        assert_eq!(
            harness.state().progress.outcome(&step.id),
            StepOutcome::Worked
        );
        harness.run();
        harness.get_by_label_contains("Done on");
    }

    #[test]
    fn not_yet_takes_the_person_back() {
        let fixture = Fixture::new(Language::Ja).with([Action::RecoveredMarked(true)]);
        let mut harness = harness(fixture, Box::new(super::ui));
        harness.run();
        let label = tr!(&harness.state().texts, "aftercare-not-yet");
        harness.get_by_label(&label).click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Progress(Action::RecoveredMarked(false))]
        );
    }
}
