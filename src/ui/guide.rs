//! The guided start: one plain question per screen with large answers, then the first step.
//!
//! Shown on the first visit and after "start over", and reopened from the situation panel or
//! the Progress menu. Every answer lands at once in the same `Progress` state as the
//! checklist's tick boxes (through `Guide::actions`), so closing the window mid-way loses
//! nothing and the checklist shows the same answers ticked.

use egui::RichText;
use egui::text::{LayoutJob, TextFormat};

use crate::guide::{Answers, Choice, Question};
use crate::tr;
use crate::triage;
use crate::ui::message_field::MessageField;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Navigation, Shared, UiAction, widgets};

/// The question asked first ("what do you see?"), which also offers the message field.
const FIRST_QUESTION: &str = "screen";

/// The guided start's state between frames.
#[derive(Default)]
pub struct GuideScreen {
    open: bool,
    /// The question shown (an index into the questions asked); one past the last is the
    /// result.
    page: usize,
    answers: Answers,
    message: MessageField,
}

impl GuideScreen {
    /// Opens the guide at its first question, with the answers `shared.progress` already gives.
    pub fn open(&mut self, shared: &Shared<'_>) {
        self.open = true;
        self.page = 0;
        self.answers = shared.kb.guide.answers_from(shared.progress);
    }

    /// Whether the guide is showing.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Closes the guide (the answers are already in the progress).
    pub fn close(&mut self) {
        self.open = false;
    }

    /// Draws the current question, or the result after the last one, with the buttons that
    /// move on in a bar along the bottom, so they are in view whatever the window's height.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        let questions = shared
            .kb
            .guide
            .questions(&self.answers, &shared.progress.reported);
        self.page = self.page.min(questions.len());
        let question = questions.get(self.page).copied();
        let tokens = Tokens::of(ui);
        egui::Panel::bottom("guide-buttons").show(ui, |ui| {
            ui.add_space(tokens.space.m);
            column(ui, tokens.size.guide_width, |ui| match question {
                Some(_) => self.question_buttons_ui(ui, shared),
                None => self.result_buttons_ui(ui, shared, nav),
            });
            ui.add_space(tokens.space.m);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("guide-scroll")
                .auto_shrink(false)
                .show(ui, |ui| {
                    column(ui, tokens.size.guide_width, |ui| {
                        ui.add_space(tokens.space.l);
                        match question {
                            Some(question) => {
                                self.question_ui(ui, shared, question, questions.len(), actions);
                            }
                            None => result_ui(ui, shared),
                        }
                        ui.add_space(tokens.space.l);
                    });
                });
        });
    }

    fn question_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        question: &Question,
        total: usize,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let tokens = Tokens::of(ui);
        widgets::muted(
            ui,
            tr!(texts, "guide-page", number = self.page + 1, total = total),
        );
        ui.heading(tr!(texts, question.text_id()));
        widgets::muted(ui, tr!(texts, question.hint_id()));
        ui.add_space(tokens.space.m);
        for answer in &question.answers {
            let chosen = self.answers.is_chosen(&question.id, &answer.id);
            let mut job = LayoutJob::default();
            let mark = match (question.choice, chosen) {
                // Marks the bundled font has (it lacks ☑ and ☐).
                (Choice::Many, true) => "✓ ",
                (Choice::Many, false) => "□ ",
                (Choice::One, true) => "● ",
                (Choice::One, false) => "○ ",
            };
            let label = match answer.shows.as_deref().and_then(|id| shared.kb.signal(id)) {
                Some(signal) => signal.short_label(texts),
                None => tr!(texts, answer.text_id(shared.kb, question)),
            };
            let format = |size| TextFormat {
                font_id: egui::FontId::proportional(size),
                color: egui::Color32::PLACEHOLDER,
                line_height: Some(theme::line_height(ui, size)),
                ..TextFormat::default()
            };
            // Japanese lines broken by kinsoku, within the button's padding.
            let inner = ui.available_width() - 2.0 * ui.spacing().button_padding.x;
            let broken = |text: &str, size: f32, used: f32| {
                let font = egui::FontId::proportional(size);
                widgets::japanese_lines(ui, text, &font, inner - used)
                    .unwrap_or_else(|| text.to_owned())
            };
            let mark_width = ui.fonts_mut(|f| {
                mark.chars()
                    .map(|c| f.glyph_width(&egui::FontId::proportional(tokens.text.title), c))
                    .sum::<f32>()
            });
            let mut spoken = format!("{mark}{label}");
            if let Some(hint) = answer.hint_id(shared.kb) {
                spoken.push('\n');
                spoken.push_str(&tr!(texts, hint));
            }
            job.append(mark, 0.0, format(tokens.text.title));
            job.append(
                &broken(&label, tokens.text.title, mark_width),
                0.0,
                format(tokens.text.title),
            );
            if let Some(hint) = answer.hint_id(shared.kb) {
                let hint = broken(&tr!(texts, hint), tokens.text.body, 0.0);
                job.append(&format!("\n{hint}"), 0.0, format(tokens.text.body));
            }
            let button = egui::Button::new(job)
                .selected(chosen)
                .wrap()
                .min_size(egui::vec2(ui.available_width(), tokens.size.answer_height));
            let response = ui.add(button);
            // Screen readers get the words without the inserted line breaks.
            let enabled = ui.is_enabled();
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, enabled, chosen, &spoken)
            });
            if response.clicked() {
                let before = self.answers.clone();
                shared
                    .kb
                    .guide
                    .choose(&mut self.answers, &question.id, &answer.id);
                if self.answers != before {
                    self.push_actions(shared, actions);
                }
            }
            ui.add_space(tokens.space.xs);
        }
        if question.id == FIRST_QUESTION {
            ui.add_space(tokens.space.m);
            self.message.ui(ui, shared, "guide", actions);
        }
    }

    /// Back, Next and "close the questions".
    fn question_buttons_ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        let texts = shared.texts;
        let tokens = Tokens::of(ui);
        ui.horizontal_wrapped(|ui| {
            if self.page > 0
                && ui
                    .add(secondary_button(ui, tr!(texts, "guide-back")))
                    .clicked()
            {
                self.page -= 1;
            }
            // Going on without an answer leaves the question unanswered: nothing ticked on
            // the checklist is withdrawn.
            if ui
                .add(primary_button(ui, tr!(texts, "guide-next")))
                .clicked()
            {
                self.page += 1;
            }
            ui.add_space(tokens.space.l);
            if ui
                .add(secondary_button(ui, tr!(texts, "guide-skip")))
                .clicked()
            {
                self.open = false;
            }
        });
    }

    /// The way on from the result: to the first step, or back to the questions.
    fn result_buttons_ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>, nav: &mut Navigation) {
        let texts = shared.texts;
        let next = triage::next(shared.kb, shared.progress, shared.now);
        ui.horizontal_wrapped(|ui| {
            if ui
                .add(secondary_button(ui, tr!(texts, "guide-back")))
                .clicked()
            {
                self.page = self.page.saturating_sub(1);
            }
            let label = match next.step() {
                Some(_) => tr!(texts, "guide-result-show-step"),
                None => tr!(texts, "guide-result-show-checklist"),
            };
            if ui.add(primary_button(ui, label)).clicked() {
                self.open = false;
                match next.step() {
                    Some(step) => nav.show_step(&step.id),
                    None => nav.open(crate::ui::Tab::Checklist),
                }
            }
        });
    }

    /// Makes the progress say what the answers say.
    fn push_actions(&self, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
        actions.extend(
            shared
                .kb
                .guide
                .actions(&self.answers, shared.progress)
                .into_iter()
                .map(UiAction::Progress),
        );
    }
}

/// The end: the first step for what was answered and the likely causes.
fn result_ui(ui: &mut egui::Ui, shared: &Shared<'_>) {
    let texts = shared.texts;
    let tokens = Tokens::of(ui);
    ui.heading(tr!(texts, "guide-result-heading"));
    ui.add_space(tokens.space.s);
    let next = triage::next(shared.kb, shared.progress, shared.now);
    theme::highlight_card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::label(
            ui,
            RichText::new(tr!(texts, "next-heading"))
                .strong()
                .color(tokens.colors.accent.0),
        );
        match next.step() {
            Some(step) => {
                widgets::label(
                    ui,
                    RichText::new(tr!(texts, step.title_id()))
                        .size(tokens.text.title)
                        .strong(),
                );
                widgets::label(ui, tr!(texts, step.detail_id()));
            }
            None => {
                widgets::label(ui, RichText::new(next.line(texts)).size(tokens.text.title));
            }
        }
    });
    ui.add_space(tokens.space.m);
    let ranked = triage::rank(shared.kb, &shared.progress.reported);
    let likely: Vec<_> = ranked.iter().filter(|r| r.score > 0).take(3).collect();
    if !likely.is_empty() {
        widgets::label(
            ui,
            RichText::new(tr!(texts, "guide-result-causes")).strong(),
        );
        for ranked in likely {
            widgets::bullet(ui, texts, &tr!(texts, ranked.cause.title_id()));
        }
    }
}

/// The one button that moves on: large, in the accent colour.
fn primary_button(ui: &egui::Ui, label: String) -> egui::Button<'static> {
    let tokens = Tokens::of(ui);
    egui::Button::new(
        RichText::new(label)
            .size(tokens.text.title)
            .color(tokens.colors.on_accent.0),
    )
    .fill(tokens.colors.accent.0)
    .min_size(egui::vec2(
        tokens.size.nav_button_width,
        tokens.size.nav_button_height,
    ))
}

/// A large button beside it (back, close the questions).
fn secondary_button(ui: &egui::Ui, label: String) -> egui::Button<'static> {
    let tokens = Tokens::of(ui);
    egui::Button::new(RichText::new(label).size(tokens.text.title))
        .min_size(egui::Vec2::Y * tokens.size.nav_button_height)
}

/// A centred column at most `width` wide, so lines stay short enough to read in a wide window.
fn column(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    let width = width.min(ui.available_width());
    let margin = (ui.available_width() - width) / 2.0;
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add(ui);
        });
    });
}

#[cfg(test)]
mod tests {
    use egui::Key;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use super::GuideScreen;
    use crate::i18n::Language;
    use crate::knowledge;
    use crate::tr;
    use crate::ui::fixture::{Fixture, harness};
    use crate::ui::{Navigation, Tab};

    /// The guide alone over a fixture, opened on the first frame as the app opens it.
    fn guide(language: Language) -> Harness<'static, Fixture> {
        let mut screen = GuideScreen::default();
        let mut opened = false;
        let mut h = harness(
            Fixture::new(language),
            Box::new(move |ui, shared, actions| {
                if !opened {
                    screen.open(shared);
                    opened = true;
                }
                if screen.is_open() {
                    let mut nav = Navigation::default();
                    screen.ui(ui, shared, &mut nav, actions);
                    if nav.tab == Some(Tab::Checklist) || nav.reveal.is_some() {
                        actions.push(crate::ui::UiAction::Command(
                            crate::ui::command::Command::ShowChecklist,
                        ));
                    }
                }
            }),
        );
        h.run();
        h
    }

    /// Presses Tab until the focused control's name contains `name`, then Space, as a person
    /// who cannot use a mouse does; applies what the screen asked for.
    fn choose_with_keys(h: &mut Harness<'static, Fixture>, name: &str) {
        let mut found = false;
        for _ in 0..60 {
            h.key_press(Key::Tab);
            h.run();
            if h.query_by(|n| n.is_focused() && n.label().is_some_and(|l| l.contains(name)))
                .is_some()
            {
                found = true;
                break;
            }
        }
        assert!(found, "Tab reaches {name:?}");
        h.key_press(Key::Space);
        h.run();
        h.state_mut().apply_actions();
        h.run();
    }

    #[test]
    fn walked_with_keys_only_it_ends_on_the_experts_first_step_in_both_languages() {
        for language in Language::ALL {
            let mut h = guide(language);
            let kb = h.state().kb.clone();
            let t = crate::i18n::Texts::new(language);
            let next = tr!(&t, "guide-next");
            let answer = |question: &str, answer: &str| {
                let q = kb.guide.question(question).expect("the question exists");
                let a = q.answer(answer).expect("the answer exists");
                match a.shows.as_deref().and_then(|id| kb.signal(id)) {
                    Some(signal) => signal.short_label(&t),
                    None => tr!(&t, a.text_id(&kb, q)),
                }
            };
            // A 70-year-old on docomo whose text with the code never arrives.
            choose_with_keys(&mut h, &answer("screen", "verify-identity"));
            choose_with_keys(&mut h, &next);
            choose_with_keys(&mut h, &answer("channel", "sms"));
            choose_with_keys(&mut h, &next);
            choose_with_keys(&mut h, &answer("carrier", "docomo"));
            choose_with_keys(&mut h, &next);
            // The remaining questions are left unanswered.
            while h.query_by_label(&tr!(&t, "guide-result-heading")).is_none() {
                choose_with_keys(&mut h, &next);
            }
            let first = tr!(&t, knowledge::step_title_id("carrier-docomo"));
            h.get_by_label(&first);
            assert!(
                h.state().progress.reported.contains("sms-missing"),
                "{language:?}: the answers reached the progress: {:?}",
                h.state().progress.reported
            );
            choose_with_keys(&mut h, &tr!(&t, "guide-result-show-step"));
            assert!(
                h.query_by_label(&tr!(&t, "guide-result-heading")).is_none(),
                "{language:?}: the questions close on the way to the step"
            );
        }
    }

    #[test]
    fn going_on_without_an_answer_withdraws_nothing_ticked_on_the_checklist() {
        let mut h = guide(Language::En);
        let t = crate::i18n::Texts::new(Language::En);
        let errors: Vec<String> = h
            .state()
            .kb
            .errors
            .iter()
            .take(2)
            .map(|e| e.id.clone())
            .collect();
        for error in &errors {
            let action = crate::progress::Action::SignalToggled {
                signal: error.clone(),
                reported: true,
            };
            let now = h.state().now;
            h.state_mut().progress.apply(action, now);
        }
        h.run();
        h.get_by_label(&tr!(&t, "guide-next")).click();
        h.run();
        h.state_mut().apply_actions();
        for error in &errors {
            assert!(h.state().progress.reported.contains(error), "{error} stays");
        }
    }

    #[test]
    fn every_page_names_its_controls_in_its_language() {
        for language in Language::ALL {
            let mut h = guide(language);
            let t = crate::i18n::Texts::new(language);
            let next = tr!(&t, "guide-next");
            for _ in 0..12 {
                // kittest's accessibility check runs on each frame; here also the language.
                for node in h.get_all_by(|n| n.role() == egui::accesskit::Role::Button) {
                    let name = node.accesskit_node().label().unwrap_or_default();
                    assert!(!name.is_empty(), "every button has a name");
                    let japanese = name
                        .chars()
                        .any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF));
                    if language == Language::En {
                        assert!(!japanese, "{name:?} is English");
                    }
                }
                match h.query_by_label(&next) {
                    Some(button) => button.click(),
                    None => break,
                }
                h.run();
            }
            h.get_by_label(&tr!(&t, "guide-result-heading"));
        }
    }
}
