//! The person's situation: the error messages they saw and the symptoms that fit (triage).

use crate::i18n::TextId;
use crate::tr;
use egui::RichText;

use crate::knowledge::Signal;
use crate::progress::Action;
use crate::ui::command::Command;
use crate::ui::message_field::MessageField;
use crate::ui::theme::Tokens;
use crate::ui::{Shared, UiAction, widgets};

/// Draws the triage questions in the side panel.
/// The heading at the top of the situation panel, the checklist view's first.
pub const HEADING: TextId = TextId::fixed("situation-heading");

/// Draws the situation panel.
pub fn ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    message: &mut MessageField,
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    egui::ScrollArea::vertical()
        .id_salt("situation-scroll")
        .show(ui, |ui| {
            ui.add_space(Tokens::of(ui).space.s);
            widgets::heading(ui, tr!(texts, HEADING), 2);
            widgets::muted(ui, tr!(texts, "situation-intro"));
            Command::OpenGuide.button_ui(ui, shared, actions);
            ui.add_space(Tokens::of(ui).space.m);
            message.ui(ui, shared, "situation", actions);
            ui.add_space(Tokens::of(ui).space.m);
            // Below the field, ids of their own: what the field shows while the person types
            // does not renumber the boxes for screen readers.
            ui.push_id("situation-lists", |ui| lists_ui(ui, shared, actions));
        });
}

/// The tick boxes of the messages and symptoms, "clear" and what the ticked messages mean.
fn lists_ui(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    widgets::label(ui, RichText::new(tr!(texts, "situation-errors")).strong());
    for error in &shared.kb.errors {
        ui.push_id(&error.id, |ui| signal_ui(ui, shared, error, actions));
    }
    ui.add_space(Tokens::of(ui).space.m);

    widgets::label(ui, RichText::new(tr!(texts, "situation-symptoms")).strong());
    for symptom in &shared.kb.symptoms {
        ui.push_id(&symptom.id, |ui| signal_ui(ui, shared, symptom, actions));
    }
    ui.add_space(Tokens::of(ui).space.m);

    let any = !shared.progress.reported.is_empty();
    if ui
        .add_enabled(any, egui::Button::new(tr!(texts, "situation-clear")))
        .clicked()
    {
        for signal in &shared.progress.reported {
            actions.push(
                Action::SignalToggled {
                    signal: signal.clone(),
                    reported: false,
                }
                .into(),
            );
        }
    }
    ui.add_space(Tokens::of(ui).space.m);
    meanings_ui(ui, shared);
    ui.add_space(Tokens::of(ui).space.s);
}

/// What the ticked messages mean, after every tick box: an explanation that appeared right
/// under its box would push the next box away from the pointer.
fn meanings_ui(ui: &mut egui::Ui, shared: &Shared<'_>) {
    let texts = shared.texts;
    let ticked: Vec<&Signal> = shared
        .kb
        .errors
        .iter()
        .filter(|e| shared.progress.reported.contains(&e.id))
        .collect();
    if ticked.is_empty() {
        return;
    }
    widgets::label(ui, RichText::new(tr!(texts, "situation-meanings")).strong());
    for signal in ticked {
        let Some(meaning) = signal.meaning_id() else {
            continue;
        };
        // Most of these are below the tick boxes, out of view: laid out only when near it.
        let block = egui::Id::unique(("meaning-block", &signal.id));
        widgets::text_block(ui, block, |ui| {
            widgets::label(ui, tr!(texts, signal.text_id()));
            ui.indent(("meaning", &signal.id), |ui| {
                widgets::muted(ui, tr!(texts, meaning));
            });
        });
    }
}

/// One error message or symptom as a check box.
fn signal_ui(ui: &mut egui::Ui, shared: &Shared<'_>, signal: &Signal, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let mut reported = shared.progress.reported.contains(&signal.id);
    let label = tr!(texts, signal.text_id());
    if widgets::checkbox(ui, &mut reported, &label).changed() {
        actions.push(
            Action::SignalToggled {
                signal: signal.id.clone(),
                reported,
            }
            .into(),
        );
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::i18n::Language;
    use crate::progress::Action;
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::fixture::{Fixture, harness};
    use crate::ui::message_field::MessageField;

    #[test]
    fn ticking_an_error_reports_it_and_then_explains_it() {
        let mut harness = harness(
            Fixture::new(Language::En),
            Box::new(|ui, shared, actions| {
                super::ui(ui, shared, &mut MessageField::default(), actions);
            }),
        );
        harness.run();
        let error = harness.state().kb.errors[0].clone();
        let texts = &harness.state().texts;
        let label = tr!(texts, error.text_id());
        let meaning = tr!(
            texts,
            error.meaning_id().expect("errors explain themselves")
        );
        assert!(
            harness.query_by_label(&meaning).is_none(),
            "explained only once ticked"
        );

        harness.get_by_label(&label).click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Progress(Action::SignalToggled {
                signal: error.id.clone(),
                reported: true
            })]
        );
        harness.state_mut().apply_actions();
        harness.run();
        harness.get_by_label(&meaning);
    }

    #[test]
    fn clearing_untick_every_reported_signal() {
        let fixture = Fixture::new(Language::Ja);
        let ids: Vec<String> = fixture
            .kb
            .symptoms
            .iter()
            .take(2)
            .map(|s| s.id.clone())
            .collect();
        let fixture = fixture.with(ids.iter().map(|id| Action::SignalToggled {
            signal: id.clone(),
            reported: true,
        }));
        let mut harness = harness(
            fixture,
            Box::new(|ui, shared, actions| {
                super::ui(ui, shared, &mut MessageField::default(), actions);
            }),
        );
        harness.run();
        let clear = tr!(&harness.state().texts, "situation-clear");
        harness.get_by_label(&clear).click();
        harness.run();
        harness.state_mut().apply_actions();
        assert!(harness.state().progress.reported.is_empty());
    }

    /// A click where the pointer is, as a person does it: press and release at `pos`.
    fn click_at(harness: &mut egui_kittest::Harness<'_, Fixture>, pos: egui::Pos2) {
        harness.hover_at(pos);
        harness.drag_at(pos);
        harness.drop_at(pos);
        harness.run();
    }

    #[test]
    fn two_boxes_clicked_in_a_row_where_they_were_are_both_ticked() {
        for language in Language::ALL {
            let mut harness = harness(
                Fixture::new(language),
                Box::new(|ui, shared, actions| {
                    super::ui(ui, shared, &mut MessageField::default(), actions);
                }),
            );
            harness.run();
            let errors: Vec<_> = harness.state().kb.errors.iter().take(2).cloned().collect();
            let texts = &harness.state().texts;
            let labels: Vec<String> = errors.iter().map(|e| tr!(texts, e.text_id())).collect();
            // Where both boxes are before anything is clicked.
            let places: Vec<egui::Pos2> = labels
                .iter()
                .map(|l| harness.get_by_label(l).rect().center())
                .collect();
            for place in places {
                click_at(&mut harness, place);
                harness.state_mut().apply_actions();
                harness.run();
            }
            for error in &errors {
                assert!(
                    harness.state().progress.reported.contains(&error.id),
                    "{language:?}: {} ticked where it was",
                    error.id
                );
            }
        }
    }
}
