//! The guided start: one plain question per screen with large answers, then the first step.
//!
//! Shown on the first visit and after "start over", and reopened from the situation panel or
//! the Progress menu. Every answer lands at once in the same `Progress` state as the
//! checklist's tick boxes (through `Guide::actions`), so closing the window mid-way loses
//! nothing and the checklist shows the same answers ticked.

use egui::RichText;
use egui::accesskit::Role;
use egui::text::{LayoutJob, TextFormat};

use crate::guide::{Answer, Answers, Choice, Question};
use crate::tr;
use crate::triage;
use crate::ui::message_field::MessageField;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Navigation, Shared, UiAction, status, widgets};

mod layout;
mod screen_groups;

use layout::{button_width, close_link, column, nav_button, place, row_rect};
use screen_groups::{FIRST_QUESTION, NO_MESSAGE, SCREEN_GROUPS};

/// Two screens whose titles look alike: the line that tells them apart goes under the second.
const LOOK_ALIKE_SECOND: &str = "help-secure";

/// Where the guide stands between frames, as the progress remembers it: the question shown,
/// or this for the result.
const RESULT_PAGE: &str = "result";

/// The guided start's state between frames.
#[derive(Default)]
pub struct GuideScreen {
    open: bool,
    /// The question shown (an index into the questions asked); one past the last is the
    /// result.
    page: usize,
    answers: Answers,
    message: MessageField,
    /// The page shown on the last frame: a new one opens scrolled to its top.
    shown: Option<String>,
    /// The focused control last frame, to scroll a newly focused one into view.
    last_focus: Option<egui::Id>,
}

impl GuideScreen {
    /// Opens the guide with the answers `shared.progress` already gives, at the question the
    /// person left it at (the first question when there is none).
    pub fn open(&mut self, shared: &Shared<'_>) {
        self.open = true;
        self.answers = shared.kb.guide.answers_from(shared.progress);
        self.shown = None;
        let questions = shared
            .kb
            .guide
            .questions(&self.answers, &shared.progress.reported);
        self.page = match shared.progress.guide_at.as_deref() {
            Some(RESULT_PAGE) => questions.len(),
            Some(at) => questions.iter().position(|q| q.id == at).unwrap_or(0),
            None => 0,
        };
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

    /// Draws the current question, or the result after the last one, then the buttons that
    /// move on in one fixed row along the bottom, so they are in view whatever the window's
    /// height and are read after the question.
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
        let page_id = question.map_or(RESULT_PAGE, |q| q.id.as_str());
        // The app reopens where the person left the questions.
        if shared.progress.guide_at.as_deref() != Some(page_id) {
            actions.push(UiAction::Progress(crate::progress::Action::GuideAt(Some(
                page_id.to_owned(),
            ))));
        }
        let new_page = self.shown.as_deref() != Some(page_id);
        self.shown = Some(page_id.to_owned());
        let tokens = Tokens::of(ui);
        egui::CentralPanel::default().show(ui, |ui| {
            let full = ui.available_rect_before_wrap();
            let footer_height = tokens.size.nav_button_height + 2.0 * tokens.space.m;
            let split = full.bottom() - footer_height;
            // What comes and goes (a wait that is over, say) sits between the question and
            // the buttons: the question only shows less, and the buttons stay where they are.
            let status_top = split - status::reserved(ui, shared);
            let body = egui::Rect::from_min_max(full.min, egui::pos2(full.right(), status_top));
            let footer = egui::Rect::from_min_max(egui::pos2(full.left(), split), full.max);
            ui.scope_builder(egui::UiBuilder::new().max_rect(body), |ui| {
                let mut scroll = egui::ScrollArea::vertical()
                    .id_salt("guide-scroll")
                    .auto_shrink(false);
                if new_page {
                    // Every question opens at its top, with its heading in view.
                    scroll = scroll.vertical_scroll_offset(0.0);
                }
                scroll.show(ui, |ui| {
                    column(ui, tokens.size.guide_width, |ui| {
                        ui.add_space(tokens.space.l);
                        match question {
                            Some(question) => self.question_ui(ui, shared, question, actions),
                            None => result_ui(ui, shared),
                        }
                        ui.add_space(tokens.space.l);
                    });
                    self.last_focus = widgets::scroll_focus_into_view(ui, self.last_focus);
                });
            });
            status::ui(ui, full.x_range(), status_top, shared, nav, actions);
            ui.painter().hline(
                footer.x_range(),
                footer.top(),
                ui.visuals().widgets.noninteractive.bg_stroke,
            );
            let row = footer.shrink2(egui::Vec2::Y * tokens.space.m);
            ui.scope_builder(egui::UiBuilder::new().max_rect(row), |ui| {
                column(ui, tokens.size.guide_width, |ui| match question {
                    Some(_) => self.question_buttons_ui(ui, shared, nav, actions),
                    None => self.result_buttons_ui(ui, shared, nav, actions),
                });
            });
        });
    }

    fn question_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        question: &Question,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let tokens = Tokens::of(ui);
        // A count that never changes as answers add or remove questions: no total.
        widgets::muted(ui, tr!(texts, "guide-page", number = self.page + 1));
        let question_text = tr!(texts, question.text_id());
        widgets::heading(ui, &question_text, 2);
        widgets::muted(ui, tr!(texts, question.hint_id()));
        ui.add_space(tokens.space.m);
        let role = match question.choice {
            Choice::One => Role::RadioGroup,
            Choice::Many => Role::Group,
        };
        // The answers in a group named by the question, as a screen reader announces it.
        ui.scope(|ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(role);
                node.set_label(question_text.clone());
            });
            if question.id == FIRST_QUESTION {
                self.first_question_ui(ui, shared, question, actions);
            } else {
                for answer in &question.answers {
                    self.answer_ui(ui, shared, question, answer, actions);
                }
            }
        });
    }

    /// The first question, kept short: the message field and "no message" first, then the
    /// screens in folded groups, then "something else".
    fn first_question_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        question: &Question,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let tokens = Tokens::of(ui);
        self.message.ui(ui, shared, "guide", actions);
        ui.add_space(tokens.space.m);
        if let Some(answer) = question.answer(NO_MESSAGE) {
            self.answer_ui(ui, shared, question, answer, actions);
        }
        ui.add_space(tokens.space.s);
        widgets::heading(ui, tr!(texts, "guide-groups-heading"), 3);
        let grouped: Vec<&str> = SCREEN_GROUPS
            .iter()
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect();
        for (group, ids) in SCREEN_GROUPS {
            let chosen = ids
                .iter()
                .any(|id| self.answers.is_chosen(&question.id, id));
            egui::CollapsingHeader::new(
                RichText::new(group.label(texts))
                    .size(tokens.text.title)
                    .strong(),
            )
            .id_salt(("guide-group", group.key()))
            .default_open(chosen)
            .show(ui, |ui| {
                for id in ids {
                    let Some(answer) = question.answer(id) else {
                        continue;
                    };
                    self.answer_ui(ui, shared, question, answer, actions);
                    if *id == LOOK_ALIKE_SECOND {
                        widgets::muted(ui, tr!(texts, "guide-tell-apart"));
                        ui.add_space(tokens.space.xs);
                    }
                }
            });
        }
        ui.add_space(tokens.space.s);
        for answer in question
            .answers
            .iter()
            .filter(|a| a.id != NO_MESSAGE && !grouped.contains(&a.id.as_str()))
        {
            self.answer_ui(ui, shared, question, answer, actions);
        }
    }

    /// One answer: a large button a screen reader reads as a radio button (one answer) or a
    /// check box (several), named by its words alone.
    fn answer_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        question: &Question,
        answer: &Answer,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let tokens = Tokens::of(ui);
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
        // The mark is drawn, not read: the role and state say it.
        let mut spoken = label.clone();
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
        let role = match question.choice {
            Choice::One => Role::RadioButton,
            Choice::Many => Role::CheckBox,
        };
        response.widget_info(|| egui::WidgetInfo::selected(role, enabled, chosen, &spoken));
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

    /// The one fixed row: Back on the left (its place kept on the first question), "close
    /// the questions" as a small link beside it, far from Next, which is always at the right;
    /// "show my step" just left of Next once the answers give a step.
    fn question_buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let tokens = Tokens::of(ui);
        let next = triage::next(shared.kb, shared.progress, shared.now);
        let step = next.step().map(|s| s.id.clone());
        let show_step = tr!(texts, "guide-show-step");
        let row = row_rect(ui);
        // On the first question Back is not there, but its place is kept.
        if self.page > 0
            && ui
                .put(
                    place(row, row.left(), tokens.size.nav_button_width),
                    nav_button(ui, tr!(texts, "guide-back"), false),
                )
                .clicked()
        {
            self.page -= 1;
        }
        let close = tr!(texts, "guide-skip");
        let close_width = button_width(ui, &close, tokens.text.body);
        let next_left = row.right() - tokens.size.nav_button_width;
        // "Show my step" is a plain button at the body's size, beside Next; in a narrow window
        // the close link comes nearer Back so that the two never overlap.
        let show_width = button_width(ui, &show_step, tokens.text.body);
        let show_left = next_left - tokens.space.m - show_width;
        let back_right = row.left() + tokens.size.nav_button_width;
        let roomy = back_right + tokens.space.l + close_width + tokens.space.m <= show_left;
        let close_gap = if roomy {
            tokens.space.l
        } else {
            tokens.space.s
        };
        if ui
            .put(
                place(row, back_right + close_gap, close_width),
                close_link(ui, close),
            )
            .clicked()
        {
            self.close_to(shared, actions);
        }
        if let Some(step) = &step {
            let button = egui::Button::new(RichText::new(&show_step).size(tokens.text.body));
            if ui.put(place(row, show_left, show_width), button).clicked() {
                self.close_to(shared, actions);
                nav.show_step(step);
            }
        }
        // Going on without an answer leaves the question unanswered: nothing ticked on the
        // checklist is withdrawn.
        if ui
            .put(
                place(row, next_left, tokens.size.nav_button_width),
                nav_button(ui, tr!(texts, "guide-next"), true),
            )
            .clicked()
        {
            self.page += 1;
        }
    }

    /// The way on from the result: to the first step, or back to the questions.
    fn result_buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let tokens = Tokens::of(ui);
        let next = triage::next(shared.kb, shared.progress, shared.now);
        let label = match next.step() {
            Some(_) => tr!(texts, "guide-result-show-step"),
            None => tr!(texts, "guide-result-show-checklist"),
        };
        let row = row_rect(ui);
        if ui
            .put(
                place(row, row.left(), tokens.size.nav_button_width),
                nav_button(ui, tr!(texts, "guide-back"), false),
            )
            .clicked()
        {
            self.page = self.page.saturating_sub(1);
        }
        let width = button_width(ui, &label, tokens.text.title).max(tokens.size.nav_button_width);
        if ui
            .put(
                place(row, row.right() - width, width),
                nav_button(ui, label, true),
            )
            .clicked()
        {
            self.close_to(shared, actions);
            match next.step() {
                Some(step) => nav.show_step(&step.id),
                None => nav.open(crate::ui::Tab::Checklist),
            }
        }
    }

    /// Closes the questions for good: the app no longer reopens them at start.
    fn close_to(&mut self, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
        self.open = false;
        self.shown = None;
        if shared.progress.guide_at.is_some() {
            actions.push(UiAction::Progress(crate::progress::Action::GuideAt(None)));
        }
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
    widgets::heading(ui, tr!(texts, "guide-result-heading"), 2);
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

    /// Every screen of the first question sits in one of the groups (else it would stand
    /// alone after them, as a new screen in the knowledge base once did).
    #[test]
    fn every_screen_of_the_first_question_is_in_a_group() {
        let kb = knowledge::KnowledgeBase::embedded().expect("the knowledge base loads");
        let question = kb
            .guide
            .question(super::FIRST_QUESTION)
            .expect("the first question");
        let grouped: Vec<&str> = super::SCREEN_GROUPS
            .iter()
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect();
        for answer in &question.answers {
            assert!(
                grouped.contains(&answer.id.as_str())
                    || [super::NO_MESSAGE, "other"].contains(&answer.id.as_str()),
                "{} is in no group",
                answer.id
            );
        }
    }

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
            choose_with_keys(&mut h, &tr!(&t, "guide-group-code"));
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
