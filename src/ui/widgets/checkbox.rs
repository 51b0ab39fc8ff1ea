//! The tick box, painted directly (no child `Ui` per box), with its name and state for screen readers.

use crate::ui::theme::Tokens;

use super::text::{airy_galley, japanese_lines};

/// A check box whose ticked state is plain to see: a large box filled with the accent colour
/// and a thick tick, rather than egui's thin tick on a pale box. The side panel shows one per
/// message and symptom, so it is painted here rather than built from egui's `Checkbox` (a child
/// `Ui` and an atom layout each): a third of the work per frame, the same behaviour (mouse,
/// Tab and Space, the ticked state and the name for screen readers).
pub fn checkbox(ui: &mut egui::Ui, checked: &mut bool, label: &str) -> egui::Response {
    let tokens = Tokens::of(ui);
    let spacing = ui.spacing();
    let (box_size, tick_size, gap) = (
        spacing.icon_width,
        spacing.icon_width_inner,
        spacing.icon_spacing,
    );
    let min_height = spacing.interact_size.y;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let wrap = (ui.available_width() - box_size - gap).max(0.0);
    // The label keeps the body colour, the airy lines and the Japanese line breaks.
    let broken = japanese_lines(ui, label, &font, wrap);
    let shown = broken.as_deref().unwrap_or(label);
    let galley = airy_galley(ui, shown, font, tokens.colors.text.0, wrap);
    let first_row = galley
        .rows
        .first()
        .map_or(galley.size().y, |row| row.rect().height());
    let height = galley.size().y.max(min_height);
    let (rect, mut response) = ui.allocate_exact_size(
        egui::vec2(box_size + gap + galley.size().x, height),
        egui::Sense::click(),
    );
    if response.clicked() {
        *checked = !*checked;
        response.mark_changed();
    }
    let (enabled, ticked) = (ui.is_enabled(), *checked);
    // Screen readers get the text without the line breaks.
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, ticked, label));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        // The box sits beside the first line, as the text's lines grow downwards.
        let text_top = rect.top() + ((height - galley.size().y) / 2.0).max(0.0);
        let centre = if galley.rows.len() > 1 {
            text_top + first_row / 2.0
        } else {
            rect.center().y
        };
        let box_rect = egui::Rect::from_center_size(
            egui::pos2(rect.left() + box_size / 2.0, centre),
            egui::Vec2::splat(box_size),
        );
        let c = &tokens.colors;
        let (fill, stroke) = if ticked {
            (
                c.accent.0,
                egui::Stroke::new(tokens.size.border, c.accent.0),
            )
        } else {
            (visuals.bg_fill, visuals.bg_stroke)
        };
        let radius = visuals
            .corner_radius
            .at_most((0.3 * box_size).round().clamp(0.0, 255.0) as u8);
        ui.painter().rect(
            box_rect.expand(visuals.expansion),
            radius,
            fill,
            stroke,
            egui::StrokeKind::Inside,
        );
        if ticked {
            let tick =
                egui::Rect::from_center_size(box_rect.center(), egui::Vec2::splat(tick_size));
            ui.painter().line(
                vec![
                    egui::pos2(tick.left(), tick.center().y),
                    egui::pos2(tick.center().x, tick.bottom()),
                    egui::pos2(tick.right(), tick.top()),
                ],
                egui::Stroke::new(tokens.size.tick, c.on_accent.0),
            );
        }
        if response.has_focus() {
            // A clear ring for keyboard users.
            ui.painter().rect_stroke(
                rect.expand(tokens.size.focus_ring),
                visuals.corner_radius,
                egui::Stroke::new(tokens.size.focus_ring, c.accent.0),
                egui::StrokeKind::Outside,
            );
        }
        ui.painter().galley(
            egui::pos2(rect.left() + box_size + gap, text_top),
            galley,
            c.text.0,
        );
    }
    response
}
