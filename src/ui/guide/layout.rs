//! The guide's layout: the fixed row of Back, the close link and Next, and the reading column.

use egui::RichText;

use crate::ui::theme::Tokens;

/// Back or Next: large and always the same width, so the row never shifts; Next in the
/// accent colour.
pub(super) fn nav_button(ui: &egui::Ui, label: String, primary: bool) -> egui::Button<'static> {
    let tokens = Tokens::of(ui);
    let text = RichText::new(label).size(tokens.text.title);
    let button = if primary {
        egui::Button::new(text.color(tokens.colors.on_accent.0)).fill(tokens.colors.accent.0)
    } else {
        egui::Button::new(text)
    };
    button.min_size(egui::vec2(
        tokens.size.nav_button_width,
        tokens.size.nav_button_height,
    ))
}

/// "Close the questions": a smaller, underlined action that does not look like the way on.
pub(super) fn close_link(ui: &egui::Ui, label: String) -> egui::Button<'static> {
    let tokens = Tokens::of(ui);
    egui::Button::new(
        RichText::new(label)
            .size(tokens.text.body)
            .underline()
            .color(tokens.colors.accent.0),
    )
    .frame(false)
    .min_size(egui::Vec2::Y * tokens.size.nav_button_height)
}

/// The row of buttons: the column's width, one button high.
pub(super) fn row_rect(ui: &egui::Ui) -> egui::Rect {
    let available = ui.available_rect_before_wrap();
    egui::Rect::from_min_size(
        available.min,
        egui::vec2(available.width(), Tokens::of(ui).size.nav_button_height),
    )
}

/// A place in the row: from `left`, `width` wide.
pub(super) fn place(row: egui::Rect, left: f32, width: f32) -> egui::Rect {
    egui::Rect::from_min_size(egui::pos2(left, row.top()), egui::vec2(width, row.height()))
}

/// The width a button with `label` at `size` takes, padding included.
pub(super) fn button_width(ui: &egui::Ui, label: &str, size: f32) -> f32 {
    let text = ui.fonts_mut(|f| {
        f.layout_no_wrap(
            label.to_owned(),
            egui::FontId::proportional(size),
            egui::Color32::PLACEHOLDER,
        )
        .size()
        .x
    });
    text + 2.0 * ui.spacing().button_padding.x
}

/// A centred column at most `width` wide, so lines stay short enough to read in a wide window.
pub(super) fn column(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
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
