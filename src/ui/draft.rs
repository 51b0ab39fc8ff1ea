//! The recovery-form draft screen: before the form, completeness, the answers in the official
//! form's order with their checks and copy buttons, and the draft as text.

use crate::tr;
use egui::{RichText, TextEdit};

use crate::draft::{self, Field, Finding, Password, Product, Section, Severity};
use crate::export::draft::{self as render, Passwords};
use crate::i18n::{TextId, Texts};
use crate::progress::Action;
use crate::ui::command::Command;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Shared, UiAction, support, waits, widgets};

/// The heading at the top of the draft.
pub const HEADING: TextId = TextId::fixed("draft-heading-screen");

/// The draft screen's own state. Previous passwords live here, in memory only.
#[derive(Default)]
pub struct DraftScreen {
    passwords: Vec<Password>,
    /// Where the keyboard focus goes on the next frame after adding or removing a password,
    /// so it never falls back to the window.
    focus: Option<PasswordFocus>,
}

/// Where the focus goes after a password row was added or removed.
#[derive(Clone, Copy)]
enum PasswordFocus {
    /// The new, last field.
    LastField,
    /// The "add a previous password" button.
    AddButton,
}

impl DraftScreen {
    /// How many previous passwords have been typed (for the draft text, which never holds them).
    #[must_use]
    pub fn password_count(&self) -> usize {
        self.passwords.iter().filter(|p| !p.text.is_empty()).count()
    }

    /// Forgets every password typed so far.
    pub fn forget_passwords(&mut self) {
        self.passwords.clear();
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
        let texts = shared.texts;
        let findings = draft::check(&shared.progress.draft, texts.today(shared.now));
        egui::ScrollArea::vertical()
            .id_salt("draft-scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(Tokens::of(ui).space.s);
                widgets::heading(ui, tr!(texts, HEADING), 2);
                widgets::muted(ui, tr!(texts, "draft-privacy"));
                ui.add_space(Tokens::of(ui).space.m);
                before_the_form_ui(ui, shared);
                ui.add_space(Tokens::of(ui).space.m);
                self.completeness_ui(ui, shared);
                ui.add_space(Tokens::of(ui).space.m);
                widgets::muted(ui, tr!(texts, "draft-intro-labels"));
                for section in [Section::Account, Section::Personal] {
                    section_ui(ui, shared, section, &findings, actions);
                }
                self.passwords_and_products_ui(ui, shared, actions);
                for product in Product::ALL {
                    if shared.progress.draft.products.contains(&product) {
                        section_ui(ui, shared, Section::Product(product), &findings, actions);
                    }
                }
                reviewer_ui(ui, shared, &findings, actions);
                ui.add_space(Tokens::of(ui).space.m);
                self.output_ui(ui, shared, actions);
                ui.add_space(Tokens::of(ui).space.l);
            });
    }

    fn completeness_ui(&self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        let texts = shared.texts;
        let completeness = draft::completeness(&shared.progress.draft, self.password_count());
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            // A whole percentage for people; the ratio is always within 0..=1.
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "0..=100"
            )]
            let percent = (completeness.ratio * 100.0).round() as u32;
            let label = tr!(texts, "draft-completeness", percent = percent);
            // The words beside the bar in the body colour, not painted over it: on the bar's
            // empty part they would not meet the contrast tokens.
            widgets::label(ui, label.as_str());
            let bar = ui.add(egui::ProgressBar::new(completeness.ratio));
            bar.accessible_name(label.as_str());
            if !completeness.next.is_empty() {
                widgets::label(ui, RichText::new(tr!(texts, "draft-next-heading")).strong());
                for suggestion in &completeness.next {
                    widgets::bullet(ui, texts, &tr!(texts, suggestion.tip.text_id()));
                }
            }
            widgets::muted(ui, tr!(texts, "draft-general-tips"));
        });
    }

    fn passwords_and_products_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        ui.add_space(Tokens::of(ui).space.m);
        widgets::heading(ui, tr!(texts, "draft-section-passwords"), 3);
        let warning = Tokens::of(ui).colors.warning;
        widgets::label(
            ui,
            RichText::new(tr!(texts, "draft-passwords-note")).color(warning),
        );
        let mut remove = None;
        let count = self.passwords.len();
        let focus = self.focus.take();
        for (index, password) in self.passwords.iter_mut().enumerate() {
            let number = index + 1;
            ui.horizontal(|ui| {
                let name = tr!(texts, "draft-password-name", n = number);
                let label = widgets::label(ui, &name);
                let field = ui
                    .add(
                        TextEdit::singleline(&mut password.text)
                            .password(!password.revealed)
                            .desired_width(Tokens::of(ui).size.password_field),
                    )
                    .labelled_by(label.id);
                if number == count && matches!(focus, Some(PasswordFocus::LastField)) {
                    field.request_focus();
                }
                let toggle = if password.revealed {
                    tr!(texts, "draft-password-hide")
                } else {
                    tr!(texts, "draft-password-show")
                };
                if ui
                    .button(&toggle)
                    .accessible_name(widgets::control_name(texts, &toggle, &name))
                    .clicked()
                {
                    password.revealed = !password.revealed;
                }
                if password.revealed {
                    widgets::copy_button(ui, texts, &name, &password.text);
                }
                let remove_label = tr!(texts, "draft-password-remove");
                if ui
                    .button(&remove_label)
                    .accessible_name(widgets::control_name(texts, &remove_label, &name))
                    .clicked()
                {
                    remove = Some(index);
                }
            });
        }
        if let Some(index) = remove {
            self.passwords.remove(index);
            self.focus = Some(PasswordFocus::AddButton);
        }
        // An id of its own, the same however many rows are above it.
        let add = ui
            .push_id("draft-password-add", |ui| {
                ui.button(tr!(texts, "draft-password-add"))
            })
            .inner;
        if matches!(focus, Some(PasswordFocus::AddButton)) {
            add.request_focus();
        }
        if add.clicked() {
            self.passwords.push(Password::default());
            self.focus = Some(PasswordFocus::LastField);
        }

        ui.add_space(Tokens::of(ui).space.s);
        widgets::label(ui, RichText::new(tr!(texts, "draft-products")).strong());
        ui.horizontal_wrapped(|ui| {
            for product in Product::ALL {
                let mut used = shared.progress.draft.products.contains(&product);
                if ui.checkbox(&mut used, product.name(texts)).changed() {
                    actions.push(Action::ProductToggled { product, used }.into());
                }
            }
        });
    }

    fn output_ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
        let texts = shared.texts;
        theme::highlight_card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            widgets::label(
                ui,
                RichText::new(tr!(texts, "draft-output-heading")).strong(),
            );
            ui.horizontal_wrapped(|ui| {
                let copy_all = tr!(texts, "draft-copy-all");
                widgets::copy_action(ui, texts, copy_all.as_str(), &copy_all, true, || {
                    render::draft_text(
                        shared.kb,
                        shared.progress,
                        texts,
                        Passwords::Revealed(&self.passwords),
                        shared.now,
                    )
                });
                Command::SaveDraft.button_ui(ui, shared, actions);
            });
            widgets::muted(ui, tr!(texts, "draft-copy-all-note"));
            widgets::official_link(ui, shared.kb, texts, "recovery-form");
            if let Some(wait) = shared.kb.wait("form-reply") {
                ui.add_space(Tokens::of(ui).space.xs);
                widgets::label(ui, tr!(texts, "draft-after-sending"));
                let name = shared
                    .kb
                    .route("recovery-form")
                    .map(|r| tr!(texts, r.name_id()))
                    .unwrap_or_default();
                waits::step_timer_ui(ui, shared, "route:recovery-form", &name, wait, actions);
            }
        });
        ui.add_space(Tokens::of(ui).space.m);
        support::summary_card_ui(ui, shared);
    }
}

fn finding_ui(ui: &mut egui::Ui, texts: &Texts, finding: &Finding) {
    let palette = &Tokens::of(ui).colors;
    let message = finding.message(texts);
    let color = match finding.severity {
        Severity::Problem => palette.danger,
        Severity::Hint => palette.accent,
    };
    widgets::label(ui, RichText::new(message).color(color));
}

/// The "before the form" card: when the form cannot help, and what to try first.
fn before_the_form_ui(ui: &mut egui::Ui, shared: &Shared<'_>) {
    let texts = shared.texts;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::label(
            ui,
            RichText::new(tr!(texts, "draft-before-heading")).strong(),
        );
        widgets::label(ui, tr!(texts, "draft-before-helper"));
        let stuck = shared.progress.reported.contains("two-step-no-method");
        let text = tr!(texts, "draft-before-two-step");
        if stuck {
            let danger = Tokens::of(ui).colors.danger;
            widgets::label(ui, RichText::new(text).strong().color(danger));
        } else {
            widgets::label(ui, text);
        }
        widgets::official_link(ui, shared.kb, texts, "recovery-form-help");
        widgets::official_link(ui, shared.kb, texts, "two-step-help");
    });
}

/// A section of the form: its heading and its fields.
fn section_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    section: Section,
    findings: &[Finding],
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    ui.add_space(Tokens::of(ui).space.m);
    widgets::heading(ui, section.title(texts), 3);
    let order = Field::in_order(texts.language());
    for field in order.into_iter().filter(|f| f.section() == section) {
        field_ui(ui, shared, field, findings, actions);
    }
}

/// One answer: label, copy button, text field, and the checks' findings.
fn field_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    field: Field,
    findings: &[Finding],
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    let label_text = field.label(texts);
    let mut value = shared.progress.draft.get(field).to_owned();
    let label = ui
        .horizontal(|ui| {
            let label = widgets::label(ui, RichText::new(&label_text).strong());
            widgets::copy_button(ui, texts, &label_text, value.trim());
            label
        })
        .inner;
    let edit = if field.is_multiline() {
        TextEdit::multiline(&mut value).desired_rows(3)
    } else {
        TextEdit::singleline(&mut value)
    };
    let response = widgets::text_field(
        ui,
        edit.desired_width(f32::INFINITY)
            .char_limit(crate::store::encoding::MAX_FIELD_CHARS),
        &tr!(texts, field.hint_id()),
    )
    .labelled_by(label.id);
    if response.changed() {
        actions.push(Action::DraftEdited { field, value }.into());
    }
    for finding in findings.iter().filter(|f| f.field == field) {
        finding_ui(ui, texts, finding);
    }
    ui.add_space(Tokens::of(ui).space.xs);
}

/// What helps a reviewer: when it started, the errors and the steps tried (both filled in
/// from the checklist), devices and places, anything else.
fn reviewer_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    findings: &[Finding],
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    ui.add_space(Tokens::of(ui).space.m);
    widgets::heading(ui, Section::Reviewer.title(texts), 3);
    field_ui(ui, shared, Field::ProblemStarted, findings, actions);

    widgets::label(ui, RichText::new(tr!(texts, "draft-errors-seen")).strong());
    let errors = render::reported_errors(shared.kb, shared.progress, texts);
    if errors.is_empty() {
        widgets::muted(ui, tr!(texts, "draft-errors-none"));
    }
    for error in errors {
        widgets::bullet(ui, texts, &error);
    }
    widgets::muted(ui, tr!(texts, "draft-prefilled-errors"));
    ui.add_space(Tokens::of(ui).space.xs);

    field_ui(ui, shared, Field::DevicesAndPlaces, findings, actions);

    widgets::label(ui, RichText::new(tr!(texts, "draft-steps-tried")).strong());
    let tried = render::tried_steps(shared.kb, shared.progress);
    if tried.is_empty() {
        widgets::muted(ui, tr!(texts, "draft-steps-none"));
    }
    for step in &tried {
        widgets::bullet(ui, texts, &render::tried_step_line(texts, step));
    }
    widgets::muted(ui, tr!(texts, "draft-prefilled-steps"));
    ui.add_space(Tokens::of(ui).space.xs);
    field_ui(ui, shared, Field::OtherDetails, findings, actions);
}

#[cfg(test)]
mod tests {
    use egui::{Event, ImeEvent};
    use egui_kittest::kittest::Queryable as _;

    use super::DraftScreen;
    use crate::draft::{Check, Field};
    use crate::i18n::Language;
    use crate::progress::Action;
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::fixture::{Draw, Fixture, harness};

    fn draft<'a>() -> Draw<'a> {
        let mut screen = DraftScreen::default();
        Box::new(move |ui, shared, actions| screen.ui(ui, shared, actions))
    }

    #[test]
    fn a_name_typed_in_japanese_through_the_input_method_is_kept() {
        let mut harness = harness(Fixture::new(Language::Ja), draft());
        harness.run();
        let label = tr!(&harness.state().texts, Field::LastName.label_id());
        harness.get_by_label(&label).click();
        harness.run();
        harness.event(Event::Ime(ImeEvent::Preedit {
            text: "やまだ".into(),
            active_range_chars: None,
        }));
        harness.event(Event::Ime(ImeEvent::Commit("山田".into())));
        harness.run();
        harness.state_mut().apply_actions();
        assert_eq!(harness.state().progress.draft.last_name, "山田");
    }

    /// The top of the text field labelled with `field`'s label.
    fn field_top(harness: &egui_kittest::Harness<'_, Fixture>, field: Field) -> f32 {
        let label = tr!(&harness.state().texts, field.label_id());
        harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, &label)
            .rect()
            .top()
    }

    #[test]
    fn japanese_asks_the_family_name_first_and_english_the_first_name() {
        for (language, family_first) in [(Language::Ja, true), (Language::En, false)] {
            let mut harness = harness(Fixture::new(language), draft());
            harness.run();
            let given = field_top(&harness, Field::FirstName);
            let family = field_top(&harness, Field::LastName);
            assert_eq!(
                family < given,
                family_first,
                "{language:?}: family name at {family}, given name at {given}"
            );
        }
    }

    #[test]
    fn a_wrong_contact_address_is_pointed_out() {
        let fixture = Fixture::new(Language::En).with([
            Action::DraftEdited {
                field: Field::Account,
                value: "taro@outlook.jp".into(),
            },
            Action::DraftEdited {
                field: Field::ContactEmail,
                value: "taro@outlook.jp".into(),
            },
        ]);
        let mut harness = harness(fixture, draft());
        harness.run();
        let message = tr!(&harness.state().texts, Check::ContactSame.text_id());
        harness.get_by_label(&message);
    }

    #[test]
    fn saving_the_draft_asks_for_the_command() {
        let mut harness = harness(Fixture::new(Language::En), draft());
        harness.run();
        let save = crate::ui::command::Command::SaveDraft.label(&harness.state().texts);
        harness.get_by_label(&save).click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Command(crate::ui::command::Command::SaveDraft)]
        );
    }
}
