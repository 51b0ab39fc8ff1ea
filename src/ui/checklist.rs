//! The checklist: "try this next", then the causes in ranked order with their steps, outcomes,
//! dates and notes.

use crate::tr;
use std::collections::HashMap;

use egui::{RichText, TextEdit};

use crate::i18n::Texts;
use crate::knowledge::{Cause, Origin, Step, Tool};
use crate::net;
use crate::progress::Action;
use crate::triage::{self, RankedCause};
use crate::ui::command::Command;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Navigation, Shared, Tab, UiAction, support, waits, widgets};

/// How far above and below the visible part steps are still drawn in full: more than the
/// height of a step, so the next control Tab reaches is always drawn in full already.
const NEAR_MARGIN: f32 = 320.0;

/// The height a step is assumed to take before it has been drawn once.
const ESTIMATED_STEP_HEIGHT: f32 = 190.0;

/// The checklist's own state between frames.
#[derive(Default)]
pub struct ChecklistScreen {
    /// A step to open and scroll to on the next frame ("show me").
    reveal: Option<String>,
    /// Causes the person opened or closed by hand; the others follow the ranking.
    expanded: HashMap<String, bool>,
    /// Each step's height when last drawn, for the steps far off screen (see `step_ui`).
    heights: HashMap<String, f32>,
    /// The width and language the heights were measured at.
    measured_for: Option<(u32, crate::i18n::Language)>,
    /// The focused widget last frame, to scroll a newly focused one into view.
    last_focus: Option<egui::Id>,
}

/// Where the steps are drawn in full: the visible part of the list and a margin above and
/// below it, in the list's own coordinates.
#[derive(Clone, Copy)]
struct Window {
    origin: f32,
    near: egui::Rangef,
}

impl Window {
    fn is_near(self, top: f32, height: f32) -> bool {
        let top = top - self.origin;
        top + height >= self.near.min && top <= self.near.max
    }
}

impl ChecklistScreen {
    /// Opens the cause of `step` and scrolls to the step on the next frame.
    pub fn reveal(&mut self, step: String) {
        self.reveal = Some(step);
    }

    /// Draws the checklist.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        ranked: &[RankedCause<'_>],
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        // Heights measured at another width or in another language no longer hold.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a width in points"
        )]
        let width_key = ui.available_width().max(0.0) as u32;
        let measured_for = Some((width_key, shared.texts.language()));
        if self.measured_for != measured_for {
            self.heights.clear();
            self.measured_for = measured_for;
        }
        egui::ScrollArea::vertical()
            .id_salt("checklist-scroll")
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                let window = Window {
                    origin: ui.max_rect().top(),
                    near: egui::Rangef::new(
                        viewport.top() - NEAR_MARGIN,
                        viewport.bottom() + NEAR_MARGIN,
                    ),
                };
                ui.add_space(Tokens::of(ui).space.s);
                if !shared.progress.safety_seen {
                    support::safety_card_ui(ui, shared);
                    if ui.button(tr!(shared.texts, "safety-understood")).clicked() {
                        actions.push(Action::SafetySeen.into());
                    }
                    ui.add_space(Tokens::of(ui).space.m);
                }
                waits::running_ui(ui, shared, actions);
                self.next_step_ui(ui, shared, ranked);
                ui.add_space(Tokens::of(ui).space.s);
                recovered_ui(ui, shared, nav, actions);
                ui.add_space(Tokens::of(ui).space.m);
                ui.horizontal_wrapped(|ui| {
                    overall_counts_ui(ui, shared);
                    Command::SavePdf.button_ui(ui, shared, actions);
                });
                ui.add_space(Tokens::of(ui).space.m);
                let heading = if shared.progress.reported.is_empty() {
                    tr!(shared.texts, "causes-heading-unranked")
                } else {
                    tr!(shared.texts, "causes-heading")
                };
                ui.heading(heading);
                ui.add_space(Tokens::of(ui).space.xs);
                for (index, ranked_cause) in ranked.iter().enumerate() {
                    self.cause_ui(ui, shared, window, index + 1, ranked_cause, nav, actions);
                }
                ui.add_space(Tokens::of(ui).space.l);
                self.last_focus = widgets::scroll_focus_into_view(ui, self.last_focus);
            });
    }

    /// The "try this next" card.
    fn next_step_ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>, ranked: &[RankedCause<'_>]) {
        let texts = shared.texts;
        theme::highlight_card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let accent = Tokens::of(ui).colors.accent;
            ui.label(
                RichText::new(tr!(texts, "next-heading"))
                    .strong()
                    .color(accent),
            );
            match triage::next_step(ranked, shared.progress) {
                Some((cause, step)) => {
                    ui.label(
                        RichText::new(tr!(texts, step.title_id()))
                            .size(Tokens::of(ui).text.title)
                            .strong(),
                    );
                    widgets::muted(
                        ui,
                        tr!(
                            texts,
                            "next-from-cause",
                            cause = tr!(texts, cause.title_id())
                        ),
                    );
                    if ui.button(tr!(texts, "next-show")).clicked() {
                        self.reveal = Some(step.id.clone());
                    }
                }
                None => {
                    ui.label(tr!(texts, "next-none"));
                }
            }
        });
    }

    /// One cause: a collapsible card with its symptom, why it ranks where it does, and steps.
    #[expect(
        clippy::too_many_arguments,
        reason = "the screen's state, the frame's inputs and outputs"
    )]
    fn cause_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        window: Window,
        number: usize,
        ranked: &RankedCause<'_>,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let cause = ranked.cause;
        let counts = shared
            .progress
            .counts(cause.steps.iter().map(|s| s.id.as_str()));
        let title = format!(
            "{number}. {}    {}",
            tr!(texts, cause.title_id()),
            tr!(
                texts,
                "cause-counts",
                done = counts.done,
                total = counts.total
            )
        );
        let reveal_here = self
            .reveal
            .as_ref()
            .is_some_and(|id| cause.steps.iter().any(|s| &s.id == id));
        if reveal_here {
            self.expanded.insert(cause.id.clone(), true);
        }
        // Likely causes and the ones in progress are open; the person's own choice wins.
        let in_progress = counts.done > 0 && counts.done < counts.total;
        let open = self
            .expanded
            .get(&cause.id)
            .copied()
            .unwrap_or(number <= 2 || ranked.score > 0 || in_progress);
        let shown = egui::CollapsingHeader::new(RichText::new(title).strong())
            .id_salt(("cause", &cause.id))
            .open(Some(open))
            .show(ui, |ui| {
                if !ranked.matches.is_empty() {
                    let signals: Vec<String> = ranked
                        .matches
                        .iter()
                        .filter_map(|id| shared.kb.signal(id))
                        .map(|signal| tr!(texts, signal.text_id()))
                        .collect();
                    let color = Tokens::of(ui).colors.success;
                    ui.label(
                        RichText::new(tr!(texts, "cause-matches", signals = signals.join(" / ")))
                            .color(color),
                    );
                }
                ui.label(tr!(
                    texts,
                    "cause-typical",
                    symptom = tr!(texts, cause.symptom_id())
                ));
                widgets::muted(ui, origin_label(shared, cause));
                let checks_network = cause
                    .steps
                    .iter()
                    .any(|s| s.tool == Some(Tool::Connectivity));
                if let (true, Some(report)) = (checks_network, &shared.progress.diagnostics) {
                    let color = Tokens::of(ui).colors.accent;
                    ui.label(RichText::new(net::summary(texts, report)).color(color));
                }
                ui.add_space(Tokens::of(ui).space.xs);
                for step in &cause.steps {
                    self.step_ui(ui, shared, window, step, nav, actions);
                }
            });
        if shown.header_response.clicked() {
            self.expanded.insert(cause.id.clone(), !open);
        }
        ui.add_space(Tokens::of(ui).space.s);
    }

    /// One step. Steps far from the visible part of the list (beyond [`NEAR_MARGIN`]) are not
    /// laid out: they take their last measured height, and offer only what a screen reader and
    /// the Tab key need (see `step_outline_ui`). This keeps a frame of the fully opened list
    /// well under a millisecond.
    fn step_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        window: Window,
        step: &Step,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        let top = ui.cursor().top();
        let known = self.heights.get(&step.id).copied();
        let height = known.unwrap_or(ESTIMATED_STEP_HEIGHT);
        let revealing = self.reveal.as_deref() == Some(step.id.as_str());
        if !revealing && !window.is_near(top, height) {
            step_outline_ui(ui, shared, step, height, nav, actions);
            return;
        }
        self.step_full_ui(ui, shared, step, nav, actions);
        self.heights
            .insert(step.id.clone(), ui.cursor().top() - top);
    }

    /// One step in full: kind, title, explanation, caution, link, outcome, date and note.
    fn step_full_ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        step: &Step,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        let title = tr!(texts, step.title_id());
        let record = shared.progress.record(&step.id);
        let outcome = shared.progress.outcome(&step.id);
        let response = theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                widgets::kind_badge(ui, texts, step.kind);
                ui.label(RichText::new(&title).strong());
            });
            ui.label(tr!(texts, step.detail_id()));
            if let Some(wait) = step.wait.as_deref().and_then(|id| shared.kb.wait(id)) {
                let color = Tokens::of(ui).colors.warning;
                let length = tr!(texts, wait.length_id());
                ui.label(
                    RichText::new(tr!(texts, "step-wait-length", length = length)).color(color),
                );
                waits::step_timer_ui(ui, shared, &step.id, &title, wait, actions);
            }
            if let Some(caution) = step.caution.as_deref().and_then(|id| shared.kb.caution(id)) {
                let color = Tokens::of(ui).colors.warning;
                ui.label(
                    RichText::new(tr!(
                        texts,
                        "step-caution",
                        text = tr!(texts, caution.text_id())
                    ))
                    .color(color),
                );
            }
            if let Some(link) = &step.link
                && let Some(response) = widgets::official_link(ui, shared.kb, texts, link)
            {
                widgets::inherit_focus(ui, &response, &step.id, LINK_KEY);
            }
            if let Some(tool) = step.tool {
                let button = ui.button(tool_label(texts, tool));
                widgets::inherit_focus(ui, &button, &step.id, TOOL_KEY);
                if button.clicked() {
                    nav.open(Tab::of_tool(tool));
                }
            }
            if let Some(picked) =
                widgets::outcome_picker(ui, texts, outcome_id(&step.id), &title, outcome)
            {
                actions.push(
                    Action::StepMarked {
                        step: step.id.clone(),
                        outcome: picked,
                    }
                    .into(),
                );
            }
            if let Some(changed_at) = record.and_then(|r| r.changed_at) {
                widgets::muted(
                    ui,
                    tr!(
                        texts,
                        "step-changed",
                        outcome = widgets::outcome_label(texts, outcome),
                        when = texts.date_time(changed_at)
                    ),
                );
            }
            let mut note = shared.progress.note(&step.id).to_owned();
            let edit = ui.add(
                TextEdit::multiline(&mut note)
                    .id(note_id(&step.id))
                    .desired_rows(1)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr!(texts, "note-hint")),
            );
            let edit = edit.accessible_name(tr!(texts, "note-name", step = title.as_str()));
            if edit.changed() {
                actions.push(
                    Action::NoteEdited {
                        step: step.id.clone(),
                        text: note,
                    }
                    .into(),
                );
            }
        });
        if self.reveal.as_deref() == Some(step.id.as_str()) {
            response.response.scroll_to_me(Some(egui::Align::TOP));
            self.reveal = None;
        }
        ui.add_space(Tokens::of(ui).space.xs);
    }
}

/// The id of a step's outcome buttons, the same whether drawn in full or in outline.
fn outcome_id(step: &str) -> egui::Id {
    egui::Id::unique(("outcome", step))
}

/// The id of a step's note field, the same whether drawn in full or in outline.
fn note_id(step: &str) -> egui::Id {
    egui::Id::unique(("note", step))
}

/// The key of a step's official link among its controls (see [`widgets::placeholder_id`]).
const LINK_KEY: &str = "link";
/// The key of a step's button that opens a tool.
const TOOL_KEY: &str = "tool";

/// The text of the button that opens a tool from a step.
fn tool_label(texts: &Texts, tool: Tool) -> String {
    match tool {
        Tool::Connectivity => tr!(texts, "step-open-connectivity"),
        Tool::Draft => tr!(texts, "step-open-draft"),
    }
}

/// A step far off screen: its measured space, and for screen readers and the Tab key the same
/// texts and controls as when drawn in full. The outcome buttons and note field keep their ids;
/// the other controls stand in under placeholder ids. When Tab gives one of them the focus,
/// the list scrolls to it, the step is drawn in full and the focus moves on to the real control.
/// Pressing a control here (a screen reader can, without focusing it) does what the control does.
fn step_outline_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    step: &Step,
    height: f32,
    nav: &mut Navigation,
    actions: &mut Vec<UiAction>,
) {
    use egui::accesskit::Role;
    let texts = shared.texts;
    // The measured height includes the spacing after the step, which allocating adds again.
    let space = (height - ui.spacing().item_spacing.y).max(0.0);
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), space),
        egui::Sense::hover(),
    );
    // The names are made only when a screen reader asks (AccessKit on): nothing to lay out.
    let title = || tr!(texts, step.title_id());
    let outline = egui::Id::unique(("outline", &step.id));
    let label = |index: usize, text: &dyn Fn() -> String| {
        ui.interact(rect, outline.with(index), egui::Sense::hover())
            .widget_info(|| egui::WidgetInfo::labeled(Role::Label, true, text()));
    };
    let control = |key: &str, role: Role, name: &dyn Fn() -> String| {
        let response = ui.interact(
            rect,
            widgets::placeholder_id(&step.id, key),
            egui::Sense::click(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(role, true, name()));
        response.clicked()
    };
    label(0, &title);
    label(1, &|| tr!(texts, step.detail_id()));
    if let Some(wait) = step.wait.as_deref().and_then(|id| shared.kb.wait(id)) {
        label(2, &|| {
            let length = tr!(texts, wait.length_id());
            tr!(texts, "step-wait-length", length = length)
        });
        let (running, controls) = waits::TimerControl::of(shared, &step.id, wait);
        if let Some(timer) = running {
            label(3, &|| waits::running_text(texts, timer, shared.now));
        }
        for timer_control in controls {
            let name = || format!("{}: {}", timer_control.label(texts), title());
            if control(&timer_control.key(), Role::Button, &name) {
                actions.push(timer_control.action(&step.id, wait));
            }
        }
    }
    if let Some(caution) = step.caution.as_deref().and_then(|id| shared.kb.caution(id)) {
        label(4, &|| {
            tr!(texts, "step-caution", text = tr!(texts, caution.text_id()))
        });
    }
    if let Some(link) = step.link.as_deref().and_then(|id| shared.kb.link(id))
        && let Some(url) = widgets::official_url(shared.kb, &link.id)
    {
        let name = || format!("↗ {}", tr!(texts, link.label_id()));
        if control(LINK_KEY, Role::Link, &name) {
            ui.ctx().open_url(egui::OpenUrl::new_tab(url));
        }
    }
    if let Some(tool) = step.tool
        && control(TOOL_KEY, Role::Button, &|| tool_label(texts, tool))
    {
        nav.open(Tab::of_tool(tool));
    }
    let current = shared.progress.outcome(&step.id);
    for outcome in crate::progress::StepOutcome::ALL {
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
        if response.clicked() && current != outcome {
            actions.push(
                Action::StepMarked {
                    step: step.id.clone(),
                    outcome,
                }
                .into(),
            );
        }
    }
    if let Some(changed_at) = shared.progress.record(&step.id).and_then(|r| r.changed_at) {
        label(5, &|| {
            tr!(
                texts,
                "step-changed",
                outcome = widgets::outcome_label(texts, current),
                when = texts.date_time(changed_at)
            )
        });
    }
    let note = ui.interact(rect, note_id(&step.id), egui::Sense::click());
    note.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(
            Role::MultilineTextInput,
            true,
            tr!(texts, "note-name", step = title()),
        );
        info.current_text_value = Some(shared.progress.note(&step.id).to_owned());
        info
    });
}

/// "Can you sign in again?": marks the recovery and opens the after-recovery checklist.
fn recovered_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    nav: &mut Navigation,
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    ui.horizontal_wrapped(|ui| match shared.progress.recovered {
        Some(at) => {
            let color = Tokens::of(ui).colors.success;
            ui.label(RichText::new(tr!(texts, "recovered-on", when = texts.date(at))).color(color));
            if ui.button(tr!(texts, "recovered-open")).clicked() {
                nav.open(Tab::Aftercare);
            }
        }
        None => {
            ui.label(tr!(texts, "recovered-question"));
            if ui.button(tr!(texts, "recovered-yes")).clicked() {
                actions.push(Action::RecoveredMarked(true).into());
                nav.open(Tab::Aftercare);
            }
        }
    });
}

/// Steps tried overall.
fn overall_counts_ui(ui: &mut egui::Ui, shared: &Shared<'_>) {
    let counts = shared
        .progress
        .counts(shared.kb.steps().map(|(_, s)| s.id.as_str()));
    ui.label(tr!(
        shared.texts,
        "overall-counts",
        done = counts.done,
        total = counts.total,
        worked = counts.worked
    ));
}

/// Where a cause's advice comes from.
fn origin_label(shared: &Shared<'_>, cause: &Cause) -> String {
    let texts = shared.texts;
    match cause.origin {
        Origin::Article => tr!(texts, "origin-article"),
        Origin::Microsoft => tr!(texts, "origin-microsoft"),
        Origin::Community => tr!(texts, "origin-community"),
    }
}
