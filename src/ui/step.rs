//! One checklist step, described once and drawn from that description.
//!
//! [`parts`] lists what a step shows, in order. [`full_ui`] draws each part; a step far from the
//! visible part of the list is not laid out but offered by [`outline_ui`], which gives screen
//! readers and the Tab key the same texts and controls from the same parts (each part's match
//! arms are exhaustive, so a part added to one drawing and forgotten in the other does not
//! compile). A control in outline keeps the id of its full drawing or a placeholder id made
//! from the same key, so focus moves on to the real control once the step is drawn in full.

use egui::accesskit::Role;
use egui::{RichText, TextEdit};
use jiff::Timestamp;

use crate::knowledge::{Caution, Link, Step, StepKind, Tool, Wait};
use crate::progress::{Action, StepOutcome};
use crate::store::encoding::MAX_NOTE_CHARS;
use crate::tr;
use crate::ui::theme::{self, Tokens};
use crate::ui::waits::{self, TimerControl};
use crate::ui::{Navigation, Shared, Tab, UiAction, widgets};

/// A part of a step, in the order it is shown.
#[derive(Clone, Copy)]
pub enum Part<'kb> {
    /// The kind badge and the title.
    Heading(StepKind),
    /// What to do and why.
    Detail,
    /// How long to wait, for a wait step.
    WaitLength(&'kb Wait),
    /// The running timer and the buttons that start or stop one.
    Timer(&'kb Wait),
    /// A warning that goes with the step.
    Caution(&'kb Caution),
    /// An official page that helps.
    Link(&'kb Link, &'kb str),
    /// The button that opens a screen of the app doing the step.
    Tool(Tool),
    /// The four outcome buttons.
    Outcomes,
    /// When the outcome was set.
    Changed(Timestamp),
    /// The note field.
    Note,
    /// The step to try next, right under the outcome just given, with a way to go to it.
    Next(&'kb Step),
}

/// What `step` shows now, in order.
#[must_use]
pub fn parts<'kb>(shared: &Shared<'kb>, step: &'kb Step) -> Vec<Part<'kb>> {
    let kb = shared.kb;
    let mut parts = vec![Part::Heading(step.kind), Part::Detail];
    if let Some(wait) = step.wait.as_deref().and_then(|id| kb.wait(id)) {
        parts.push(Part::WaitLength(wait));
        parts.push(Part::Timer(wait));
    }
    if let Some(caution) = step.caution.as_deref().and_then(|id| kb.caution(id)) {
        parts.push(Part::Caution(caution));
    }
    if let Some(link) = step.link.as_deref().and_then(|id| kb.link(id))
        && let Some(url) = widgets::official_url(kb, &link.id)
    {
        parts.push(Part::Link(link, url));
    }
    if let Some(tool) = step.tool {
        parts.push(Part::Tool(tool));
    }
    parts.push(Part::Outcomes);
    if let Some(at) = shared.progress.record(&step.id).and_then(|r| r.changed_at) {
        parts.push(Part::Changed(at));
        if let Some(next) = next_after(shared, step, at) {
            parts.push(Part::Next(next));
        }
    }
    parts.push(Part::Note);
    parts
}

/// The step to try next, when `step` is the one whose outcome was given last (at `at`) and it
/// did not end the problem: the answer the "try this next" card gives, shown where the person
/// is looking.
fn next_after<'kb>(shared: &Shared<'kb>, step: &Step, at: Timestamp) -> Option<&'kb Step> {
    if !matches!(
        shared.progress.outcome(&step.id),
        StepOutcome::NoChange | StepOutcome::Skipped
    ) {
        return None;
    }
    let latest = shared
        .progress
        .steps
        .values()
        .filter_map(|r| r.changed_at)
        .max();
    if latest != Some(at) {
        return None;
    }
    let next = crate::triage::next(shared.kb, shared.progress, shared.now);
    let id = next.step()?.id.clone();
    if id == step.id {
        return None;
    }
    shared.kb.step(&id).map(|(_, next)| next)
}

/// The line that names the next step.
fn next_text(shared: &Shared<'_>, next: &Step) -> String {
    tr!(
        shared.texts,
        "step-next-after",
        step = tr!(shared.texts, next.title_id())
    )
}

/// The key of the button that goes to the next step.
const NEXT_KEY: &str = "next";

/// The key of a control among a step's controls, the same in full and in outline.
const LINK_KEY: &str = "link";
/// The key of the button that opens a tool.
const TOOL_KEY: &str = "tool";

/// The id of a step's outcome buttons, the same whether drawn in full or in outline.
fn outcome_id(step: &str) -> egui::Id {
    egui::Id::unique(("outcome", step))
}

/// The id of a step's note field, the same whether drawn in full or in outline.
#[must_use]
pub fn note_id(step: &str) -> egui::Id {
    egui::Id::unique(("note", step))
}

/// The text of a wait's length.
fn wait_length_text(shared: &Shared<'_>, wait: &Wait) -> String {
    let texts = shared.texts;
    tr!(
        texts,
        "step-wait-length",
        length = tr!(texts, wait.length_id())
    )
}

/// The text of a caution.
fn caution_text(shared: &Shared<'_>, caution: &Caution) -> String {
    let texts = shared.texts;
    tr!(texts, "step-caution", text = tr!(texts, caution.text_id()))
}

/// "Marked 'no change' on …".
fn changed_text(shared: &Shared<'_>, step: &Step, at: Timestamp) -> String {
    let texts = shared.texts;
    tr!(
        texts,
        "step-changed",
        outcome = widgets::outcome_label(texts, shared.progress.outcome(&step.id)),
        when = texts.date_time(at)
    )
}

/// The accessible name of a step's note field.
fn note_name(shared: &Shared<'_>, title: &str) -> String {
    tr!(shared.texts, "note-name", step = title)
}

/// The accessible name of a link.
fn link_name(shared: &Shared<'_>, link: &Link) -> String {
    widgets::link_label(shared.texts, link)
}

/// The step in full, in a card.
pub fn full_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    step: &Step,
    nav: &mut Navigation,
    actions: &mut Vec<UiAction>,
) -> egui::Response {
    let texts = shared.texts;
    let title = tr!(texts, step.title_id());
    // The step's own id scope: the ids of its controls then do not depend on how the steps
    // above it were drawn (in full or in outline), so the keyboard focus stays on them while
    // the list scrolls.
    let response = theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // An explicit id, not `push_id`: a child's automatic ids still count the widgets
        // drawn before it.
        let scope = egui::UiBuilder::new().scope_id(egui::Id::unique(("step", &step.id)));
        ui.scope_builder(scope, |ui| {
            full_parts_ui(ui, shared, step, &title, nav, actions);
        });
    });
    response.response
}

/// The parts of a step in full, in the order [`parts`] gives them.
fn full_parts_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    step: &Step,
    title: &str,
    nav: &mut Navigation,
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    let title = title.to_owned();
    {
        for part in parts(shared, step) {
            match part {
                Part::Heading(kind) => {
                    ui.horizontal_wrapped(|ui| {
                        widgets::kind_badge(ui, texts, kind);
                        widgets::label(ui, RichText::new(&title).strong());
                    });
                }
                Part::Detail => {
                    widgets::label(ui, tr!(texts, step.detail_id()));
                }
                Part::WaitLength(wait) => {
                    let color = Tokens::of(ui).colors.warning;
                    widgets::label(
                        ui,
                        RichText::new(wait_length_text(shared, wait)).color(color),
                    );
                }
                Part::Timer(wait) => {
                    waits::step_timer_ui(ui, shared, &step.id, &title, wait, actions);
                }
                Part::Caution(caution) => {
                    let color = Tokens::of(ui).colors.warning;
                    widgets::label(
                        ui,
                        RichText::new(caution_text(shared, caution)).color(color),
                    );
                }
                Part::Link(link, _) => {
                    if let Some(response) = widgets::official_link(ui, shared.kb, texts, &link.id) {
                        widgets::inherit_focus(ui, &response, &step.id, LINK_KEY);
                    }
                }
                Part::Tool(tool) => {
                    let button = ui.button(tr!(texts, tool.open_id()));
                    widgets::inherit_focus(ui, &button, &step.id, TOOL_KEY);
                    if button.clicked() {
                        nav.open(Tab::of_tool(tool));
                    }
                }
                Part::Outcomes => {
                    let current = shared.progress.outcome(&step.id);
                    if let Some(picked) =
                        widgets::outcome_picker(ui, texts, outcome_id(&step.id), &title, current)
                    {
                        actions.push(mark(step, picked));
                    }
                }
                Part::Changed(at) => widgets::muted(ui, changed_text(shared, step, at)),
                Part::Note => {
                    let mut note = shared.progress.note(&step.id).to_owned();
                    let edit = widgets::text_field(
                        ui,
                        TextEdit::multiline(&mut note)
                            .id(note_id(&step.id))
                            .desired_rows(1)
                            .desired_width(f32::INFINITY)
                            .char_limit(MAX_NOTE_CHARS),
                        &tr!(texts, "note-hint"),
                    )
                    .accessible_name(note_name(shared, &title));
                    widgets::length_counter_ui(ui, texts, &note, MAX_NOTE_CHARS);
                    if edit.changed() {
                        actions.push(
                            Action::NoteEdited {
                                step: step.id.clone(),
                                text: note,
                            }
                            .into(),
                        );
                    }
                }
                Part::Next(next) => {
                    theme::highlight_card(ui).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        widgets::label(ui, RichText::new(next_text(shared, next)).strong());
                        let button = ui.button(tr!(texts, "step-next-go"));
                        widgets::inherit_focus(ui, &button, &step.id, NEXT_KEY);
                        if button.clicked() {
                            nav.show_step(&next.id);
                        }
                    });
                }
            }
        }
    }
}

/// The action of picking an outcome.
fn mark(step: &Step, outcome: StepOutcome) -> UiAction {
    Action::StepMarked {
        step: step.id.clone(),
        outcome,
    }
    .into()
}

/// What a step far off screen offers in this frame. Registering its controls costs as much as
/// drawing small widgets, so they are offered only to whoever can reach them now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// Only its space: no screen reader is on and the Tab key is not on its way.
    Space,
    /// Its controls, for the Tab key: on a frame where Tab is pressed, or while one of them has
    /// the focus.
    Controls,
    /// Its texts and controls, for a screen reader.
    Everything,
}

impl Offer {
    /// What the steps off screen offer in this frame: everything while a screen reader reads the
    /// window (AccessKit on), their controls on a frame where the Tab key moves the focus or a
    /// placeholder holds it, else only their space.
    #[must_use]
    pub fn for_frame(ui: &egui::Ui) -> Self {
        if ui.ctx().has_accesskit_node(ui.unique_id()) {
            return Self::Everything;
        }
        let tab = ui.input(|i| {
            i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key {
                        key: egui::Key::Tab,
                        pressed: true,
                        ..
                    }
                )
            })
        });
        if tab || widgets::placeholder_had_focus(ui) {
            Self::Controls
        } else {
            Self::Space
        }
    }
}

/// The step far off screen: its space (`height`), and for screen readers and the Tab key the
/// same texts and controls as [`full_ui`], from the same parts. When Tab gives one of them the
/// focus, the list scrolls to it, the step is drawn in full and the focus moves on to the real
/// control. Pressing a control here (a screen reader can, without focusing it) does what the
/// control does.
pub fn outline_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    step: &Step,
    height: f32,
    offer: Offer,
    nav: &mut Navigation,
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    if offer == Offer::Space {
        // Nobody can reach the step this frame: its space is all it needs.
        ui.add_space(height);
        return;
    }
    // The measured height includes the spacing after the step, which allocating adds again.
    let space = (height - ui.spacing().item_spacing.y).max(0.0);
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), space),
        egui::Sense::hover(),
    );
    let screen_reader = offer == Offer::Everything;
    // The names are made only when a screen reader asks (AccessKit on): nothing to lay out.
    let title = || tr!(texts, step.title_id());
    let outline = egui::Id::unique(("outline", &step.id));
    let mut labels = 0_usize;
    let mut label = |text: &dyn Fn() -> String| {
        // Texts are for screen readers only; the Tab key passes them by.
        if screen_reader {
            labels += 1;
            ui.interact(rect, outline.with(labels), egui::Sense::hover())
                .widget_info(|| egui::WidgetInfo::labeled(Role::Label, true, text()));
        }
    };
    let control = |key: &str, role: Role, name: &dyn Fn() -> String| {
        let response = ui.interact(
            rect,
            widgets::placeholder_id(&step.id, key),
            egui::Sense::click(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(role, true, name()));
        widgets::note_placeholder_focus(ui, &response);
        response.clicked()
    };
    for part in parts(shared, step) {
        match part {
            Part::Heading(_) => label(&title),
            Part::Detail => label(&|| tr!(texts, step.detail_id())),
            Part::WaitLength(wait) => label(&|| wait_length_text(shared, wait)),
            Part::Timer(wait) => {
                let (running, controls) = TimerControl::of(shared, &step.id, wait);
                if let Some(timer) = running {
                    label(&|| waits::running_text(texts, timer, shared.now));
                }
                for timer_control in controls {
                    let name = || timer_control.name(texts, &title());
                    if control(&timer_control.key(), Role::Button, &name) {
                        actions.push(timer_control.action(&step.id, wait));
                    }
                }
            }
            Part::Caution(caution) => label(&|| caution_text(shared, caution)),
            Part::Link(link, url) => {
                if control(LINK_KEY, Role::Link, &|| link_name(shared, link)) {
                    ui.ctx().open_url(egui::OpenUrl::new_tab(url));
                }
            }
            Part::Tool(tool) => {
                if control(TOOL_KEY, Role::Button, &|| tr!(texts, tool.open_id())) {
                    nav.open(Tab::of_tool(tool));
                }
            }
            Part::Outcomes => {
                let current = shared.progress.outcome(&step.id);
                for outcome in StepOutcome::ALL {
                    let response = ui.interact(
                        rect,
                        outcome_id(&step.id).with(outcome.text_id()),
                        egui::Sense::click(),
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(
                            Role::Button,
                            true,
                            current == outcome,
                            widgets::outcome_button_name(texts, outcome, &title()),
                        )
                    });
                    widgets::note_placeholder_focus(ui, &response);
                    if response.clicked() && current != outcome {
                        actions.push(mark(step, outcome));
                    }
                }
            }
            Part::Changed(at) => label(&|| changed_text(shared, step, at)),
            Part::Next(next) => {
                label(&|| next_text(shared, next));
                if control(NEXT_KEY, Role::Button, &|| tr!(texts, "step-next-go")) {
                    nav.show_step(&next.id);
                }
            }
            Part::Note => {
                let note = ui.interact(rect, note_id(&step.id), egui::Sense::click());
                widgets::note_placeholder_focus(ui, &note);
                note.widget_info(|| {
                    let mut info = egui::WidgetInfo::labeled(
                        Role::MultilineTextInput,
                        true,
                        note_name(shared, &title()),
                    );
                    info.current_text_value = Some(shared.progress.note(&step.id).to_owned());
                    info
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use crate::i18n::Language;
    use crate::progress::{Action, StepOutcome};
    use crate::ui::fixture::{Fixture, harness};
    use crate::ui::{Navigation, widgets};

    /// The (role, name) of every node under the window, as a screen reader lists them.
    fn names(harness: &egui_kittest::Harness<'_, Fixture>) -> Vec<String> {
        let mut names: Vec<String> = harness
            .get_all_by(|node| node.label().is_some())
            .map(|node| {
                let node = node.accesskit_node();
                format!("{:?} {}", node.role(), node.label().unwrap_or_default())
            })
            .collect();
        names.sort();
        names
    }

    /// Every step with each kind of part: a wait, a caution, a link, a tool, a record.
    fn fixture() -> Fixture {
        let fixture = Fixture::new(Language::Ja);
        let ids: Vec<String> = fixture.kb.steps().map(|(_, s)| s.id.clone()).collect();
        fixture.with(ids.into_iter().flat_map(|id| {
            [
                Action::StepMarked {
                    step: id.clone(),
                    outcome: StepOutcome::NoChange,
                },
                Action::NoteEdited {
                    step: id,
                    text: "メモ".into(),
                },
            ]
        }))
    }

    #[test]
    fn a_step_in_outline_offers_what_it_shows_in_full() {
        let steps: Vec<_> = fixture().kb.steps().map(|(_, s)| s.clone()).collect();
        assert!(steps.iter().any(|s| s.wait.is_some()) && steps.iter().any(|s| s.tool.is_some()));
        for step in steps {
            let in_full = step.clone();
            let mut full = harness(
                fixture(),
                Box::new(move |ui, shared, actions| {
                    super::full_ui(ui, shared, &in_full, &mut Navigation::default(), actions);
                }),
            );
            full.run();
            let in_outline = step.clone();
            let mut outline = harness(
                fixture(),
                Box::new(move |ui, shared, actions| {
                    super::outline_ui(
                        ui,
                        shared,
                        &in_outline,
                        400.0,
                        super::Offer::for_frame(ui),
                        &mut Navigation::default(),
                        actions,
                    );
                }),
            );
            outline.run();
            assert_eq!(names(&full), names(&outline), "{}", step.id);
        }
    }

    #[test]
    fn an_outcome_pressed_in_outline_is_recorded() {
        let step = fixture()
            .kb
            .steps()
            .map(|(_, s)| s.clone())
            .next()
            .expect("a step");
        let drawn = step.clone();
        let mut outline = harness(
            Fixture::new(Language::En),
            Box::new(move |ui, shared, actions| {
                super::outline_ui(
                    ui,
                    shared,
                    &drawn,
                    400.0,
                    super::Offer::for_frame(ui),
                    &mut Navigation::default(),
                    actions,
                );
            }),
        );
        outline.run();
        let texts = &outline.state().texts;
        let title = crate::tr!(texts, step.title_id());
        let name = widgets::outcome_button_name(texts, StepOutcome::Worked, &title);
        outline.get_by_label(&name).click_accesskit();
        outline.run();
        outline.state_mut().apply_actions();
        assert_eq!(
            outline.state().progress.outcome(&step.id),
            StepOutcome::Worked
        );
    }
}
