//! The status area along the bottom of the window: what comes and goes (a save that fails,
//! notices about saved files, waits that are over, waits running). It takes its room from the
//! bottom of the screen above it, so when something appears or goes, nothing above moves under
//! the pointer: the screen only shows less, or more, at its bottom.

use egui::{Rangef, Rect, UiBuilder};

use crate::ui::theme::Tokens;
use crate::ui::{Navigation, Shared, UiAction, notices, waits};

/// Where the status area's height when last drawn is kept.
fn height_id() -> egui::Id {
    egui::Id::unique("status-area-height")
}

/// Whether there is anything to show.
#[must_use]
pub fn is_shown(shared: &Shared<'_>) -> bool {
    shared.save_error.is_some()
        || !shared.notices.is_empty()
        || shared.progress.due_timers(shared.now).next().is_some()
        || !shared.progress.running_timers(shared.now).is_empty()
}

/// The height to leave for the status area: what it took when last drawn, none when there is
/// nothing to show.
#[must_use]
pub fn reserved(ui: &egui::Ui, shared: &Shared<'_>) -> f32 {
    if is_shown(shared) {
        ui.data(|d| d.get_temp::<f32>(height_id())).unwrap_or(0.0)
    } else {
        0.0
    }
}

/// Draws the status area from `top` down, across `x`, and keeps its height for the next frame.
/// When the height changed, the frame is drawn again before it is shown, so the screen above
/// takes the new room at once and is never seen under the area.
pub fn ui(
    ui: &mut egui::Ui,
    x: Rangef,
    top: f32,
    shared: &Shared<'_>,
    nav: &mut Navigation,
    actions: &mut Vec<UiAction>,
) {
    let stored = ui.data(|d| d.get_temp::<f32>(height_id())).unwrap_or(0.0);
    let height = if is_shown(shared) {
        let tokens = Tokens::of(ui);
        let most = ui.ctx().content_rect().height() * tokens.size.status_max_height_share;
        let rect = Rect::from_x_y_ranges(x, Rangef::new(top, top + most));
        let mut area = ui.new_child(UiBuilder::new().max_rect(rect));
        let frame = egui::Frame::new()
            .fill(area.visuals().panel_fill)
            .inner_margin(egui::vec2(tokens.space.m, tokens.space.xs));
        let margins = frame.total_margin().sum().y;
        let shown = frame.show(&mut area, |ui| {
            ui.set_width(ui.available_width());
            egui::ScrollArea::vertical()
                .id_salt("status-scroll")
                .max_height(most - margins)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    notices::ui(ui, shared, actions);
                    waits::due_ui(ui, shared, nav, actions);
                    waits::running_ui(ui, shared, actions);
                });
        });
        let drawn = shown.response.rect;
        area.painter().hline(
            drawn.x_range(),
            drawn.top(),
            area.visuals().widgets.noninteractive.bg_stroke,
        );
        drawn.height()
    } else {
        0.0
    };
    if (height - stored).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(height_id(), height));
        ui.ctx().request_discard("the status area changed height");
    }
}
