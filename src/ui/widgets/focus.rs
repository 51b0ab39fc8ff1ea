//! Keeping the keyboard focus where a person expects it: placeholders of steps off screen, headings after a view switch, menus, scrolling the focused control into view.

/// The id under which an off-screen step offers one of its controls (`key`) to the keyboard
/// and to screen readers, while the step is not drawn in full.
#[must_use]
pub fn placeholder_id(step: &str, key: &str) -> egui::Id {
    egui::Id::unique(("outline-control", step, key))
}

/// Passes the focus from a control's placeholder to the control itself, once its step is
/// drawn in full (Tab reached the placeholder while the step was off screen).
pub fn inherit_focus(ui: &egui::Ui, control: &egui::Response, step: &str, key: &str) {
    let placeholder = placeholder_id(step, key);
    if ui.memory(|m| m.has_focus(placeholder)) {
        control.request_focus();
    }
}

/// Where the frame remembers that a control offered in outline holds the keyboard focus.
fn placeholder_focus_id() -> egui::Id {
    egui::Id::unique("outline-control-focused")
}

/// Remembers, for the next frame, that `response` (a control offered in outline) has the focus.
pub fn note_placeholder_focus(ui: &egui::Ui, response: &egui::Response) {
    if response.has_focus() || response.gained_focus() {
        let pass = ui.ctx().cumulative_pass_nr();
        ui.data_mut(|d| d.insert_temp(placeholder_focus_id(), pass));
    }
}

/// Whether a control offered in outline had the focus in the last frame or this one, so that
/// it is offered again until its step is drawn in full and the focus moves on.
#[must_use]
pub fn placeholder_had_focus(ui: &egui::Ui) -> bool {
    let pass = ui.ctx().cumulative_pass_nr();
    ui.data(|d| d.get_temp::<u64>(placeholder_focus_id()))
        .is_some_and(|at| at + 1 >= pass)
}

/// The id under which a view asks its first heading to take the keyboard focus (after
/// Ctrl+1…5), so a screen reader announces the view it moved into.
pub(super) fn focus_heading_id() -> egui::Id {
    egui::Id::unique("focus-next-heading")
}

/// Asks the next screen heading (level 2) drawn to take the keyboard focus.
pub fn focus_next_heading(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(focus_heading_id(), true));
}

/// Gives the focus back to a menu's button when the menu closes with nothing focused
/// (Escape, say), so it never falls to the window.
pub fn keep_focus_after_menu(ui: &egui::Ui, button: &egui::Response, open: bool) {
    let id = button.id.with("menu-was-open");
    let was_open = ui.data(|d| d.get_temp::<bool>(id).unwrap_or(false));
    if was_open != open {
        ui.data_mut(|d| d.insert_temp(id, open));
    }
    if was_open && !open && ui.memory(egui::Memory::focused).is_none() {
        button.request_focus();
    }
}

/// Scrolls the enclosing scroll area to a widget that just got the keyboard focus (egui moves
/// the focus with Tab but does not scroll to it). Call at the end of the scroll area's content
/// with what it returned last frame.
pub fn scroll_focus_into_view(ui: &mut egui::Ui, last_focus: Option<egui::Id>) -> Option<egui::Id> {
    let focused = ui.memory(egui::Memory::focused);
    // Only a widget of this scroll area (inside its content) that its clip cuts (not fully
    // visible) needs scrolling to.
    if focused != last_focus
        && let Some(response) = focused.and_then(|id| ui.ctx().read_response(id))
        && ui.min_rect().intersects(response.rect)
        && response.interact_rect != response.rect
    {
        ui.scroll_to_rect(response.rect, None);
    }
    focused
}
