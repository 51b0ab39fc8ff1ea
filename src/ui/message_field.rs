//! "What does your screen say?": a field where the person types or pastes the message in front
//! of them. The recogniser (`crate::recognise`) says which known message it is, what it means
//! and what to do first, and the person confirms it before it is ticked.

use egui::RichText;

use crate::knowledge::{KnowledgeBase, Signal};
use crate::progress::Progress;
use crate::recognise::{Match, Recogniser, Recognition};
use crate::tr;
use crate::triage;
use crate::ui::command::Command;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Shared, UiAction, widgets};

/// The field's text and what was recognised in it, kept between frames.
#[derive(Default)]
pub struct MessageField {
    input: String,
    /// Built on first use: it indexes every known message in both languages.
    recogniser: Option<Recogniser>,
    /// The recognition of `input` as it was when last looked at.
    recognised: Option<(String, Recognition)>,
}

impl MessageField {
    /// Draws the field and, below it, what the text is. `salt` keeps two fields apart.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        salt: &str,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let label = widgets::label(ui, RichText::new(tr!(texts, "recognise-label")).strong());
        ui.add(
            egui::TextEdit::multiline(&mut self.input)
                .id_salt(("message-field", salt))
                .hint_text(tr!(texts, "recognise-hint"))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        if self.input.trim().is_empty() {
            self.recognised = None;
            return;
        }
        let recognition = self.recognition(shared.kb);
        ui.add_space(Tokens::of(ui).space.xs);
        match recognition {
            Recognition::TooShort => widgets::muted(ui, tr!(texts, "recognise-too-short")),
            Recognition::Recognised(found) => found_ui(ui, shared, &found, actions),
            Recognition::UnknownCode { code } => {
                widgets::label(
                    ui,
                    tr!(texts, "recognise-unknown-code", code = code.as_str()),
                );
                if code.starts_with("AADSTS") {
                    widgets::muted(ui, tr!(texts, "recognise-work-school"));
                }
                Command::ShowConnectivity.button_ui(ui, shared, actions);
            }
            Recognition::NotRecognised { closest } => {
                widgets::label(ui, tr!(texts, "recognise-not-found"));
                if !closest.is_empty() {
                    widgets::muted(ui, tr!(texts, "recognise-closest"));
                }
                for m in &closest {
                    let Some(signal) = shared.kb.signal(&m.signal) else {
                        continue;
                    };
                    let reported = shared.progress.reported.contains(&signal.id);
                    let text = signal.quoted(texts, m.wording);
                    let button = egui::Button::selectable(reported, text).wrap();
                    if ui.add(button).clicked() && !reported {
                        actions.push(m.action().into());
                    }
                }
            }
        }
    }

    /// What the text is, recognised again only when it changed.
    fn recognition(&mut self, kb: &KnowledgeBase) -> Recognition {
        if let Some((input, recognition)) = &self.recognised
            && *input == self.input
        {
            return recognition.clone();
        }
        let recogniser = self.recogniser.get_or_insert_with(|| Recogniser::new(kb));
        let recognition = recogniser.recognise(&self.input);
        self.recognised = Some((self.input.clone(), recognition.clone()));
        recognition
    }
}

/// The message found: its words, what it means, the first step for it, and a button to say
/// "yes, this is my screen".
fn found_ui(ui: &mut egui::Ui, shared: &Shared<'_>, found: &Match, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let Some(signal) = shared.kb.signal(&found.signal) else {
        return;
    };
    theme::highlight_card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::label(
            ui,
            tr!(
                texts,
                "recognise-found",
                message = signal.quoted(texts, found.wording)
            ),
        );
        let code = found.code.as_deref().and_then(|c| shared.kb.code(c));
        if let Some(meaning) = code
            .map(crate::knowledge::ErrorCode::meaning_id)
            .or_else(|| signal.meaning_id())
        {
            widgets::label(ui, tr!(texts, meaning));
        }
        let own_step = code
            .and_then(|c| c.step.as_deref())
            .and_then(|id| shared.kb.step(id))
            .map(|(_, step)| tr!(texts, step.title_id()));
        widgets::label(
            ui,
            tr!(
                texts,
                "recognise-first-step",
                step = own_step.unwrap_or_else(|| first_step(shared, signal))
            ),
        );
        if shared.progress.reported.contains(&signal.id) {
            widgets::label(
                ui,
                RichText::new(tr!(texts, "recognise-confirmed"))
                    .color(Tokens::of(ui).colors.success),
            );
        } else if ui.button(tr!(texts, "recognise-confirm")).clicked() {
            actions.push(found.action().into());
        }
    });
}

/// The first step once this message is reported too, as the checklist would give it.
fn first_step(shared: &Shared<'_>, signal: &Signal) -> String {
    let mut progress: Progress = shared.progress.clone();
    progress.reported.insert(signal.id.clone());
    let next = triage::next(shared.kb, &progress, shared.now);
    match next.step() {
        Some(step) => tr!(shared.texts, step.title_id()),
        None => next.line(shared.texts),
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::MessageField;
    use crate::i18n::Language;
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::command::Command;
    use crate::ui::fixture::{Fixture, harness};

    fn field_with(text: &str) -> MessageField {
        MessageField {
            input: text.into(),
            ..MessageField::default()
        }
    }

    #[test]
    fn an_unknown_code_is_said_to_be_unknown_and_the_connection_check_offered() {
        let mut field = field_with("Something went wrong 0x80070005");
        let mut harness = harness(
            Fixture::new(Language::En),
            Box::new(move |ui, shared, actions| field.ui(ui, shared, "test", actions)),
        );
        harness.run();
        harness.get_by_label_contains("0x80070005 is not one this app knows");
        assert!(
            harness
                .query_by_label_contains("Error code: 0x80190001")
                .is_none(),
            "no look-alike"
        );
        let check = tr!(&harness.state().texts, Command::ShowConnectivity.label_id());
        harness.get_by_label_contains(&check).click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Command(Command::ShowConnectivity)]
        );
    }

    #[test]
    fn a_known_code_shows_its_own_meaning_and_first_step() {
        let mut field = field_with("サインインすると 0x80072f17 と出ます");
        let mut harness = harness(
            Fixture::new(Language::Ja),
            Box::new(move |ui, shared, actions| field.ui(ui, shared, "test", actions)),
        );
        harness.run();
        let state = harness.state();
        let code = state.kb.code("0x80072F17").expect("a known code");
        let (_, step) = state.kb.step("network-set-clock").expect("the clock step");
        let meaning = tr!(&state.texts, code.meaning_id());
        let clock = tr!(&state.texts, step.title_id());
        harness.get_by_label(&meaning);
        harness.get_by_label_contains(&clock);
        harness.get_by_label_contains("0x80072F17");
    }
}
