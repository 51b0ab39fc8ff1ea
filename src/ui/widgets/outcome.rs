//! A step's kind and the outcome picker: what was tried and what happened.

use egui::RichText;

use crate::i18n::Texts;
use crate::knowledge::StepKind;
use crate::progress::StepOutcome;
use crate::tr;
use crate::ui::theme::Tokens;

/// The word for a step's kind, in its colour.
pub fn kind_badge(ui: &mut egui::Ui, texts: &Texts, kind: StepKind) {
    let palette = &Tokens::of(ui).colors;
    let color = match kind {
        StepKind::Do => palette.accent,
        StepKind::Check => palette.success,
        StepKind::Wait => palette.warning,
    };
    let text = tr!(texts, kind.text_id());
    ui.label(RichText::new(text).small().strong().color(color));
}

/// The label of an outcome.
#[must_use]
pub fn outcome_label(texts: &Texts, outcome: StepOutcome) -> String {
    tr!(texts, outcome.text_id())
}

/// The accessible name of an outcome button: the outcome, then the step it belongs to.
#[must_use]
pub fn outcome_button_name(texts: &Texts, outcome: StepOutcome, step_title: &str) -> String {
    tr!(
        texts,
        "outcome-button-name",
        outcome = outcome_label(texts, outcome),
        step = step_title
    )
}

/// Four toggle buttons for a step's outcome, drawn as one row; returns the outcome the person
/// picked. The checklist shows this for every step, so it paints the buttons itself instead of
/// laying out four `Button`s: a quarter of the work per frame, the same behaviour (mouse,
/// Tab and Space or Enter, selected state and names for screen readers).
pub fn outcome_picker(
    ui: &mut egui::Ui,
    texts: &Texts,
    id: egui::Id,
    step_title: &str,
    current: StepOutcome,
) -> Option<StepOutcome> {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let padding = ui.spacing().button_padding;
    let gap = ui.spacing().item_spacing.x;
    let height = ui
        .spacing()
        .interact_size
        .y
        .max(font.size + 2.0 * padding.y);
    let max_width = ui.available_width();
    let galleys: Vec<_> = StepOutcome::ALL
        .iter()
        .map(|o| {
            ui.painter().layout_no_wrap(
                outcome_label(texts, *o),
                font.clone(),
                egui::Color32::PLACEHOLDER,
            )
        })
        .collect();
    // Place the buttons left to right, wrapping in a narrow window.
    let mut places = Vec::with_capacity(galleys.len());
    let (mut x, mut y, mut width) = (0.0_f32, 0.0_f32, 0.0_f32);
    for galley in &galleys {
        let w = galley.size().x + 2.0 * padding.x;
        if x > 0.0 && x + w > max_width {
            x = 0.0;
            y += height + ui.spacing().item_spacing.y;
        }
        places.push(egui::Rect::from_min_size(
            egui::pos2(x, y),
            egui::vec2(w, height),
        ));
        x += w + gap;
        width = width.max(x - gap);
    }
    let (area, _) = ui.allocate_exact_size(egui::vec2(width, y + height), egui::Sense::hover());
    let mut picked = None;
    for ((outcome, galley), place) in StepOutcome::ALL.into_iter().zip(galleys).zip(places) {
        let rect = place.translate(area.min.to_vec2());
        let selected = current == outcome;
        let response = ui.interact(rect, id.with(outcome.text_id()), egui::Sense::click());
        response.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::accesskit::Role::Button,
                ui.is_enabled(),
                selected,
                outcome_button_name(texts, outcome, step_title),
            )
        });
        if ui.is_rect_visible(rect) {
            let visuals = ui.style().interact_selectable(&response, selected);
            ui.painter().rect(
                rect,
                visuals.corner_radius,
                visuals.weak_bg_fill,
                visuals.bg_stroke,
                egui::StrokeKind::Inside,
            );
            let text_pos = rect.center() - galley.size() / 2.0;
            ui.painter().galley(text_pos, galley, visuals.text_color());
            if response.has_focus() {
                // A clear ring for keyboard users.
                let tokens = Tokens::of(ui);
                ui.painter().rect_stroke(
                    rect.expand(tokens.size.focus_ring),
                    visuals.corner_radius,
                    egui::Stroke::new(tokens.size.focus_ring, tokens.colors.accent),
                    egui::StrokeKind::Outside,
                );
            }
        }
        if response.clicked() && !selected {
            picked = Some(outcome);
        }
    }
    picked
}
