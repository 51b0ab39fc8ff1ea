//! "What does your screen say?": a field where the person types or pastes the message in front
//! of them. The recogniser (`crate::recognise`) says which known message it is, what it means
//! and what to do first, and the person confirms it before it is ticked.

use egui::RichText;

use crate::knowledge::KnowledgeBase;
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
    /// The message whose card was last brought into view: a newly recognised one is scrolled
    /// to once.
    shown_card: Option<String>,
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
        widgets::text_field(
            ui,
            egui::TextEdit::multiline(&mut self.input)
                .id_salt(("message-field", salt))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
            &tr!(texts, "recognise-hint"),
        )
        .labelled_by(label.id);
        if self.input.trim().is_empty() {
            self.recognised = None;
            return;
        }
        let recognition = self.recognition(shared.kb);
        ui.add_space(Tokens::of(ui).space.xs);
        // What the text is changes while the person types: a polite live region, so a screen
        // reader says it without interrupting.
        ui.scope(|ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(egui::accesskit::Role::Status);
                node.set_live(egui::accesskit::Live::Polite);
            });
            match recognition {
                Recognition::UnknownCode { code } => {
                    self.shown_card = None;
                    widgets::label(
                        ui,
                        tr!(texts, "recognise-unknown-code", code = code.as_str()),
                    );
                    if code.starts_with("AADSTS") {
                        widgets::muted(ui, tr!(texts, "recognise-work-school"));
                    }
                    Command::ShowConnectivity.button_ui(ui, shared, actions);
                }
                Recognition::TooShort => {
                    self.shown_card = None;
                    widgets::muted(ui, tr!(texts, "recognise-too-short"));
                }
                Recognition::Recognised(found) => {
                    let card = found_ui(ui, shared, &found, actions);
                    if self.shown_card.as_deref() != Some(found.signal.as_str()) {
                        card.scroll_to_me(None);
                        self.shown_card = Some(found.signal.clone());
                    }
                }
                Recognition::NotRecognised { closest } => {
                    self.shown_card = None;
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
                        // A framed button, so it looks like something to press.
                        let button =
                            egui::Button::new(text)
                                .selected(reported)
                                .wrap()
                                .min_size(egui::vec2(
                                    ui.available_width(),
                                    Tokens::of(ui).size.nav_button_height,
                                ));
                        let clicked = ui.push_id(&signal.id, |ui| ui.add(button)).inner.clicked();
                        if clicked && !reported {
                            actions.push(m.action().into());
                        }
                    }
                }
            }
        });
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
fn found_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    found: &Match,
    actions: &mut Vec<UiAction>,
) -> egui::Response {
    let texts = shared.texts;
    let Some(signal) = shared.kb.signal(&found.signal) else {
        return ui.response();
    };
    // Microsoft's words, typed or pasted exactly, are quoted as they are, in the language
    // they were found in: not called a paraphrase.
    let microsoft = matches!(
        signal.wording(found.wording, found.language),
        Some(crate::knowledge::Wording::Microsoft)
    );
    let message = if found.percent() >= 100 && microsoft {
        let other;
        let words = if found.language == texts.language() {
            texts
        } else {
            other = crate::i18n::Texts::new(found.language);
            &other
        };
        tr!(
            texts,
            "message-quoted",
            text = tr!(words, signal.wording_id(found.wording))
        )
    } else {
        signal.quoted(texts, found.wording)
    };
    theme::highlight_card(ui)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            widgets::label(ui, tr!(texts, "recognise-found", message = message));
            let code = found.code.as_deref().and_then(|c| shared.kb.code(c));
            if let Some(meaning) = code
                .map(crate::knowledge::ErrorCode::meaning_id)
                .or_else(|| signal.meaning_id())
            {
                widgets::label(ui, tr!(texts, meaning));
            }
            let first = triage::first_step_once_reported(
                shared.kb,
                shared.progress,
                &signal.id,
                found.code.as_deref(),
                shared.now,
            );
            widgets::label(
                ui,
                tr!(texts, "recognise-first-step", step = first.title(texts)),
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
        })
        .response
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use super::MessageField;
    use crate::i18n::Language;
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::command::Command;
    use crate::ui::fixture::{Fixture, harness};

    /// A window as narrow as the side panel can be.
    const NARROW: egui::Vec2 = egui::Vec2 { x: 300.0, y: 600.0 };

    fn field_with(text: &str) -> MessageField {
        MessageField {
            input: text.into(),
            ..MessageField::default()
        }
    }

    /// In a narrow panel the example breaks into lines on screen, but a screen reader gets it
    /// whole.
    #[test]
    fn the_example_in_the_field_is_read_without_line_breaks() {
        let mut field = MessageField::default();
        let mut harness = harness(
            Fixture::new(Language::Ja),
            Box::new(move |ui, shared, actions| field.ui(ui, shared, "test", actions)),
        );
        harness.set_size(NARROW);
        harness.run();
        let hint = tr!(&harness.state().texts, "recognise-hint");
        let node = harness.get_by_role(egui::accesskit::Role::MultilineTextInput);
        assert_eq!(node.accesskit_node().placeholder(), Some(hint.as_str()));
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
