//! Around text fields: the length counter, control names with their context, and copy buttons.

use egui::RichText;

use crate::i18n::Texts;
use crate::tr;
use crate::ui::theme::Tokens;

use super::text::{label, muted};

/// Under a text field limited to `max` characters (which stops input there): how many are
/// used, once the text nears the limit, so that the end never comes as a surprise.
pub fn length_counter_ui(ui: &mut egui::Ui, texts: &crate::i18n::Texts, text: &str, max: usize) {
    let count = text.chars().count();
    if count * 10 < max * 9 {
        return;
    }
    let (count, max_shown) = (count.to_string(), max.to_string());
    if text.chars().count() >= max {
        let color = Tokens::of(ui).colors.warning;
        label(
            ui,
            RichText::new(crate::tr!(
                texts,
                "note-counter-full",
                count = count,
                max = max_shown
            ))
            .color(color),
        );
    } else {
        muted(
            ui,
            crate::tr!(texts, "note-counter", count = count, max = max_shown),
        );
    }
}

/// The accessible name of a control that acts on something named: "Copy: Password 1".
#[must_use]
pub fn control_name(texts: &Texts, control: &str, context: &str) -> String {
    tr!(texts, "control-name", control = control, context = context)
}

/// How long "Copied" stays beside a copy button, in seconds.
const COPIED_FOR: f64 = 2.0;

/// A small "Copy" button for `text`, named "Copy: <what>" for screen readers, with a short
/// "Copied" after it is pressed. Disabled when there is nothing to copy.
pub fn copy_button(ui: &mut egui::Ui, texts: &Texts, what: &str, text: &str) {
    let copy = tr!(texts, "draft-copy");
    let label = RichText::new(&copy).small();
    copy_action(
        ui,
        texts,
        label,
        &control_name(texts, &copy, what),
        !text.is_empty(),
        || text.to_owned(),
    );
}

/// A button that copies what `make` returns (made only when pressed), then says "Copied" for
/// a moment.
pub fn copy_action(
    ui: &mut egui::Ui,
    texts: &Texts,
    label: impl Into<egui::WidgetText>,
    name: &str,
    enabled: bool,
    make: impl FnOnce() -> String,
) {
    let id = ui.make_persistent_id(("copied", name));
    let now = ui.input(|i| i.time);
    let clicked = ui
        .add_enabled(enabled, egui::Button::new(label))
        .accessible_name(name)
        .clicked();
    if clicked {
        ui.ctx().copy_text(make());
        ui.data_mut(|d| d.insert_temp(id, now));
    }
    if let Some(at) = ui.data(|d| d.get_temp::<f64>(id)) {
        let left = at + COPIED_FOR - now;
        if left > 0.0 {
            ui.label(RichText::new(tr!(texts, "draft-copied")).small());
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(left));
        } else {
            ui.data_mut(|d| d.remove::<f64>(id));
        }
    }
}
