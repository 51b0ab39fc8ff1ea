//! The checklist: "try this next", then the causes in ranked order with their steps, outcomes,
//! dates and notes.

use crate::tr;
use std::collections::HashMap;

use egui::RichText;

use crate::knowledge::{Step, Tool};
use crate::net;
use crate::progress::Action;
use crate::triage::{self, RankedCause};
use crate::ui::command::Command;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Navigation, Shared, Tab, UiAction, step, waits, widgets};

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
    /// Whether the causes that match nothing reported are shown too.
    show_others: bool,
    /// Where each cause header and step began in the list on this pass, in order.
    tops: Vec<(String, f32)>,
    /// The header or step under the pointer (or else the first in view) when last drawn:
    /// when something above it grows or shrinks (the "try this next" card as a wait ends,
    /// say), the list scrolls by as much, so nothing moves under the pointer.
    anchor: Option<Anchor>,
    /// The scroll position to take on the next pass, to keep the anchor in place.
    scroll_to: Option<f32>,
}

/// A header or step whose place on screen is kept when the list above it changes.
struct Anchor {
    /// The step's id, or the cause's with [`CAUSE_PREFIX`].
    id: String,
    /// Where it began in the list.
    top: f32,
    /// The frame it was taken on.
    frame: u64,
}

/// Marks a cause header's id among the steps' ids in [`ChecklistScreen::tops`].
const CAUSE_PREFIX: &str = "cause:";

impl ChecklistScreen {
    /// Keeps the anchor in place when the list above it changed height, then takes the new
    /// anchor: the header or step under the pointer, or else the first one in view.
    fn keep_anchor(&mut self, ui: &egui::Ui, viewport: egui::Rect, origin: f32, revealing: bool) {
        let frame = ui.ctx().cumulative_frame_nr();
        if let Some(anchor) = self.anchor.take()
            && !revealing
            && anchor.frame + 1 >= frame
            && let Some((_, top)) = self.tops.iter().find(|(id, _)| *id == anchor.id)
            && (top - anchor.top).abs() > 0.5
        {
            // Redo this frame scrolled by the change, before anything is shown.
            self.scroll_to = Some((viewport.top() + top - anchor.top).max(0.0));
            ui.ctx()
                .request_discard("the list above the pointer changed height");
        }
        let pointer = ui
            .ctx()
            .pointer_hover_pos()
            .filter(|p| ui.clip_rect().contains(*p))
            .map(|p| p.y - origin);
        // With the pointer elsewhere (on the status area below, say), the first one in view,
        // unless the list shows its top: then the top stays in view, whatever changes there.
        let under = pointer.and_then(|y| self.tops.iter().rev().find(|(_, top)| *top <= y));
        let first = (viewport.top() > 0.5)
            .then(|| self.tops.iter().find(|(_, top)| *top >= viewport.top()))
            .flatten();
        self.anchor = under.or(first).map(|(id, top)| Anchor {
            id: id.clone(),
            top: *top,
            frame,
        });
    }
}

/// Where the steps are drawn in full: the visible part of the list and a margin above and
/// below it, in the list's own coordinates.
#[derive(Clone, Copy)]
struct Window {
    origin: f32,
    near: egui::Rangef,
    /// What the steps off screen offer this frame.
    offer: step::Offer,
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
            // Everything reflows (a new width, text size or language): nothing to hold in place.
            self.anchor = None;
        }
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("checklist-scroll")
            .auto_shrink(false);
        if let Some(offset) = self.scroll_to.take() {
            scroll = scroll.vertical_scroll_offset(offset);
        }
        let revealing = self.reveal.is_some();
        self.tops.clear();
        scroll.show_viewport(ui, |ui, viewport| {
            let margin = Tokens::of(ui).size.offscreen_margin;
            let window = Window {
                origin: ui.max_rect().top(),
                near: egui::Rangef::new(viewport.top() - margin, viewport.bottom() + margin),
                offer: step::Offer::for_frame(ui),
            };
            ui.add_space(Tokens::of(ui).space.s);
            if !shared.progress.safety_seen {
                Self::safety_line_ui(ui, shared, nav, actions);
                ui.add_space(Tokens::of(ui).space.s);
            }
            self.next_step_ui(ui, shared);
            ui.add_space(Tokens::of(ui).space.s);
            if !shared.progress.reported.is_empty() {
                waits::code_request_ui(ui, shared, actions);
                ui.add_space(Tokens::of(ui).space.s);
            }
            recovered_ui(ui, shared, nav, actions);
            ui.add_space(Tokens::of(ui).space.m);
            // With something reported, the causes that match it; the others on request.
            let matched = ranked.iter().filter(|r| r.score > 0).count();
            let focused = !shared.progress.reported.is_empty() && matched > 0;
            let shown = if focused && !self.show_others {
                &ranked[..matched]
            } else {
                ranked
            };
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
            widgets::heading(ui, heading, 2);
            ui.add_space(Tokens::of(ui).space.xs);
            for (index, ranked_cause) in shown.iter().enumerate() {
                self.cause_ui(ui, shared, window, index + 1, ranked_cause, nav, actions);
            }
            if focused {
                ui.add_space(Tokens::of(ui).space.s);
                let label = if self.show_others {
                    tr!(shared.texts, "causes-hide-others")
                } else {
                    tr!(
                        shared.texts,
                        "causes-show-others",
                        count = ranked.len() - matched
                    )
                };
                if ui.button(label).clicked() {
                    self.show_others = !self.show_others;
                }
            }
            ui.add_space(Tokens::of(ui).space.l);
            self.last_focus = widgets::scroll_focus_into_view(ui, self.last_focus);
            self.keep_anchor(ui, viewport, window.origin, revealing);
        });
    }

    /// The scam warning in one line, with "more" (the Support and safety screen, where it always
    /// is in full) and "I understand".
    fn safety_line_ui(
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        let texts = shared.texts;
        ui.horizontal_wrapped(|ui| {
            widgets::label(
                ui,
                RichText::new(tr!(texts, "safety-line")).color(Tokens::of(ui).colors.danger),
            );
            if ui.button(tr!(texts, "safety-more")).clicked() {
                nav.open(Tab::Support);
            }
            if ui.button(tr!(texts, "safety-understood")).clicked() {
                actions.push(Action::SafetySeen.into());
            }
        });
    }

    /// The "try this next" card.
    fn next_step_ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) {
        let texts = shared.texts;
        theme::highlight_card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let accent = Tokens::of(ui).colors.accent;
            widgets::label(
                ui,
                RichText::new(tr!(texts, "next-heading"))
                    .strong()
                    .color(accent),
            );
            match triage::next(shared.kb, shared.progress, shared.now) {
                triage::Next::Step { cause, step } => {
                    widgets::label(
                        ui,
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
                other => {
                    widgets::label(ui, other.line(texts));
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
        // Steps for another situation (another carrier's setting, say) fold away, as the
        // printed checklist leaves them out; they are not counted either.
        let (listed, others): (Vec<&Step>, Vec<&Step>) = cause
            .steps
            .iter()
            .partition(|s| triage::is_listed(s, shared.progress));
        let counts = shared.progress.counts(listed.iter().map(|s| s.id.as_str()));
        let title = tr!(
            texts,
            "cause-header",
            number = number,
            cause = tr!(texts, cause.title_id()),
            counts = tr!(
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
        let reveal_other = self
            .reveal
            .as_ref()
            .is_some_and(|id| others.iter().any(|s| &s.id == id));
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
        self.tops.push((
            format!("{CAUSE_PREFIX}{}", cause.id),
            ui.cursor().top() - window.origin,
        ));
        let shown = egui::CollapsingHeader::new(widgets::header_title(ui, &title))
            .id_salt(("cause", &cause.id))
            .open(Some(open))
            .show(ui, |ui| {
                // The cause's own texts, laid out only near the visible part of the list.
                let block = egui::Id::unique(("cause-intro", &cause.id));
                widgets::text_block(ui, block, |ui| intro_ui(ui, shared, ranked));
                ui.add_space(Tokens::of(ui).space.xs);
                for step in &listed {
                    self.step_ui(ui, shared, window, step, nav, actions);
                }
                if !others.is_empty() {
                    let label = tr!(texts, "cause-other-steps", count = others.len());
                    egui::CollapsingHeader::new(label)
                        .id_salt(("other-steps", &cause.id))
                        .open(reveal_other.then_some(true))
                        .show(ui, |ui| {
                            for step in &others {
                                self.step_ui(ui, shared, window, step, nav, actions);
                            }
                        });
                }
            });
        widgets::name_header(ui, &shown.header_response, &title);
        if shown.header_response.clicked() {
            self.expanded.insert(cause.id.clone(), !open);
        }
        ui.add_space(Tokens::of(ui).space.s);
    }

    /// One step. Steps far from the visible part of the list (beyond the token
    /// `size.offscreen_margin`) are not laid out: they take their last measured height and are
    /// offered in outline (see [`step`]). This keeps a frame of the fully opened list within
    /// the frame budget.
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
        self.tops.push((step.id.clone(), top - window.origin));
        let known = self.heights.get(&step.id).copied();
        let height = known.unwrap_or(Tokens::of(ui).size.step_estimate);
        let revealing = self.reveal.as_deref() == Some(step.id.as_str());
        if !revealing && !window.is_near(top, height) {
            step::outline_ui(ui, shared, step, height, window.offer, nav, actions);
            return;
        }
        let response = step::full_ui(ui, shared, step, nav, actions);
        if revealing {
            response.scroll_to_me(Some(egui::Align::TOP));
            self.reveal = None;
        }
        ui.add_space(Tokens::of(ui).space.xs);
        self.heights
            .insert(step.id.clone(), ui.cursor().top() - top);
    }
}

/// A cause's own texts: what it matched, its typical symptom, where the advice comes from, and
/// the connection check's result for a cause that checks the network.
fn intro_ui(ui: &mut egui::Ui, shared: &Shared<'_>, ranked: &RankedCause<'_>) {
    let texts = shared.texts;
    let cause = ranked.cause;
    if !ranked.matches.is_empty() {
        let signals: Vec<String> = ranked
            .matches
            .iter()
            .filter_map(|id| shared.kb.signal(id))
            .map(|signal| tr!(texts, signal.text_id()))
            .collect();
        let color = Tokens::of(ui).colors.success;
        widgets::label(
            ui,
            RichText::new(tr!(texts, "cause-matches", signals = signals.join(" / "))).color(color),
        );
    }
    widgets::label(
        ui,
        tr!(
            texts,
            "cause-typical",
            symptom = tr!(texts, cause.symptom_id())
        ),
    );
    widgets::muted(ui, tr!(texts, cause.origin.text_id()));
    let checks_network = cause
        .steps
        .iter()
        .any(|s| s.tool == Some(Tool::Connectivity));
    if let (true, Some(report)) = (checks_network, &shared.progress.diagnostics) {
        let color = Tokens::of(ui).colors.accent;
        widgets::label(ui, RichText::new(net::summary(texts, report)).color(color));
    }
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
            widgets::label(
                ui,
                RichText::new(tr!(texts, "recovered-on", when = texts.date(at))).color(color),
            );
            if ui.button(tr!(texts, "recovered-open")).clicked() {
                nav.open(Tab::Aftercare);
            }
        }
        None => {
            widgets::label(ui, tr!(texts, "recovered-question"));
            if ui.button(tr!(texts, "recovered-yes")).clicked() {
                actions.push(Action::RecoveredMarked(true).into());
                nav.open(Tab::Aftercare);
            }
        }
    });
}

/// Steps tried overall.
fn overall_counts_ui(ui: &mut egui::Ui, shared: &Shared<'_>) {
    // Counted as the printed checklist counts them.
    let counts = shared.progress.counts(
        triage::counted_steps(shared.kb, shared.progress)
            .into_iter()
            .map(|s| s.id.as_str()),
    );
    widgets::label(
        ui,
        tr!(
            shared.texts,
            "overall-counts",
            done = counts.done,
            total = counts.total,
            worked = counts.worked
        ),
    );
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::ChecklistScreen;
    use crate::i18n::Language;
    use crate::progress::{Action, StepOutcome};
    use crate::tr;
    use crate::triage;
    use crate::ui::fixture::{Draw, Fixture, harness};
    use crate::ui::{Navigation, UiAction, widgets};

    fn checklist<'a>() -> Draw<'a> {
        let mut screen = ChecklistScreen::default();
        Box::new(move |ui, shared, actions| {
            let ranked = triage::rank(shared.kb, &shared.progress.reported);
            screen.ui(ui, shared, &ranked, &mut Navigation::default(), actions);
        })
    }

    #[test]
    fn the_next_step_moves_on_when_a_step_is_marked() {
        let fixture = Fixture::new(Language::En);
        let signal = fixture.kb.errors[0].id.clone();
        let fixture = fixture.with([Action::SignalToggled {
            signal,
            reported: true,
        }]);
        let mut harness = harness(fixture, checklist());
        harness.run();
        let fixture = harness.state();
        let first = triage::next(&fixture.kb, &fixture.progress, fixture.now)
            .step()
            .expect("a first step")
            .clone();
        let texts = &fixture.texts;
        let title = tr!(texts, first.title_id());
        let name = widgets::outcome_button_name(texts, StepOutcome::NoChange, &title);
        harness.get_by_label(&name).click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Progress(Action::StepMarked {
                step: first.id.clone(),
                outcome: StepOutcome::NoChange
            })]
        );
        harness.state_mut().apply_actions();
        harness.run();
        let fixture = harness.state();
        let next = triage::next(&fixture.kb, &fixture.progress, fixture.now)
            .step()
            .expect("a next step")
            .clone();
        assert_ne!(next.id, first.id);
        // The card names the new step (its title is also in the list, so twice).
        let shown = harness
            .query_all_by_label(&tr!(&fixture.texts, next.title_id()))
            .count();
        assert!(shown >= 2, "the next-step card shows the new step");
    }

    #[test]
    fn counts_follow_the_marked_steps() {
        let fixture = Fixture::new(Language::Ja);
        let id = fixture
            .kb
            .steps()
            .map(|(_, s)| s.id.clone())
            .next()
            .expect("a step");
        let fixture = fixture.with([Action::StepMarked {
            step: id,
            outcome: StepOutcome::Worked,
        }]);
        // Counted as on paper: the steps listed for this person.
        let total = triage::counted_steps(&fixture.kb, &fixture.progress).len();
        let mut harness = harness(fixture, checklist());
        harness.run();
        let counts = tr!(
            &harness.state().texts,
            "overall-counts",
            done = 1_usize,
            total = total,
            worked = 1_usize
        );
        harness.get_by_label(&counts);
    }
}
