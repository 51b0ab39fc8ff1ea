//! Small widgets shared by the screens.

use crate::tr;
use egui::RichText;

use crate::i18n::Texts;
use crate::knowledge::{KnowledgeBase, StepKind};
use crate::official;
use crate::progress::StepOutcome;
use crate::ui::theme::Tokens;

/// A link to an official page, by link id. Anything off the official list is never shown as a
/// link (the knowledge base refuses such links already; this is the second lock on the door).
pub fn official_link(
    ui: &mut egui::Ui,
    kb: &KnowledgeBase,
    texts: &Texts,
    link_id: &str,
) -> Option<egui::Response> {
    let url = official_url(kb, link_id)?;
    let link = kb.link(link_id)?;
    // The tooltip is made only when the pointer is over the link.
    let response = ui
        .hyperlink_to(link_text(texts, link), url)
        .on_hover_ui(|ui| {
            ui.label(tr!(texts, "link-opens", url = url));
        });
    // The arrow is drawn, not read: the role already says it is a link.
    let name = link_label(texts, link);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(name);
    });
    Some(response)
}

/// A link's text as shown, marked with an arrow as leading outside the app.
#[must_use]
pub fn link_text(texts: &Texts, link: &crate::knowledge::Link) -> String {
    tr!(texts, "link-label", label = tr!(texts, link.label_id()))
}

/// A link's accessible name: its words without the drawn arrow.
#[must_use]
pub fn link_label(texts: &Texts, link: &crate::knowledge::Link) -> String {
    tr!(texts, link.label_id())
}

/// The address of a link of the knowledge base, if it is one of Microsoft's official ones.
#[must_use]
pub fn official_url<'kb>(kb: &'kb KnowledgeBase, link_id: &str) -> Option<&'kb str> {
    let Some(url) = kb.link_url(link_id) else {
        log::error!("unknown link id {link_id}");
        return None;
    };
    if !official::is_official_link(url) {
        log::error!("refusing to show a link outside the official domains: {link_id}");
        return None;
    }
    Some(url)
}

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

/// `text` laid out in `font` and `color` with the theme's line height, wrapped at `width`.
fn airy_galley(
    ui: &egui::Ui,
    text: &str,
    font: egui::FontId,
    color: egui::Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    let extra = ui.spacing().extra_text_line_spacing;
    let row = ui.fonts_mut(|f| f.row_height(&font));
    let mut job = egui::text::LayoutJob::single_section(
        text.to_owned(),
        egui::TextFormat {
            font_id: font,
            color,
            line_height: Some(row + extra),
            ..Default::default()
        },
    );
    job.wrap.max_width = width;
    ui.fonts_mut(|f| f.layout_job(job))
}

/// A label with the theme's line height ([`crate::ui::theme::set_line_spacing`]): egui's
/// own labels keep a line height of about 1.1 whatever the style says.
pub fn label(ui: &mut egui::Ui, text: impl Into<RichText>) -> egui::Response {
    sensing_label(ui, text, None)
}

/// [`label`] with `sense` instead of a label's own (a heading that holds the keyboard focus).
fn sensing_label(
    ui: &mut egui::Ui,
    text: impl Into<RichText>,
    sense: Option<egui::Sense>,
) -> egui::Response {
    let add = |ui: &mut egui::Ui, label: egui::Label| match sense {
        Some(sense) => ui.add(label.sense(sense)),
        None => ui.add(label),
    };
    let rich: RichText = text.into();
    let extra = ui.spacing().extra_text_line_spacing;
    let style = std::sync::Arc::clone(ui.style());
    let row = ui.fonts_mut(|f| rich.font_height(f, &style));
    let rich = rich.line_height(Some(row + extra));
    if !rich.text().chars().any(is_japanese) {
        return add(ui, egui::Label::new(rich));
    }
    // Japanese: our own line breaks (kinsoku, whole katakana words), since egui breaks between
    // any two kana.
    let mut job = std::sync::Arc::unwrap_or_clone(egui::WidgetText::from(rich).into_layout_job(
        &style,
        egui::FontSelection::Default,
        egui::Align::Min,
    ));
    let [section] = job.sections.as_slice() else {
        return add(ui, egui::Label::new(job));
    };
    let font = section.format.font_id.clone();
    let width = ui.available_width();
    let Some(broken) = japanese_lines(ui, &job.text, &font, width) else {
        return add(ui, egui::Label::new(job));
    };
    let text = std::mem::replace(&mut job.text, broken);
    if let Some(section) = job.sections.first_mut() {
        section.byte_range = egui::text::ByteIndex(0)..egui::text::ByteIndex(job.text.len());
    }
    let response = add(ui, egui::Label::new(job));
    // Screen readers get the text without the line breaks.
    let enabled = ui.is_enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, enabled, &text));
    response
}

/// Whether `c` is set solid in Japanese text (kana, kanji, full-width forms).
fn is_japanese(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
}

/// Recently broken texts, so that each is measured once rather than every frame.
#[derive(Clone, Default)]
struct BrokenLines(std::collections::HashMap<u64, Option<std::sync::Arc<str>>>);

/// The most texts [`BrokenLines`] keeps before starting afresh.
const BROKEN_LINES_KEPT: usize = 4096;

/// `text` with a line break wherever it must wrap at `width` in `font`, by the Japanese rules
/// of [`crate::export::wrap`]; `None` when it fits as it is (or is not Japanese).
pub fn japanese_lines(
    ui: &egui::Ui,
    text: &str,
    font: &egui::FontId,
    width: f32,
) -> Option<String> {
    if !text.chars().any(is_japanese) {
        return None;
    }
    // egui's ids hash with aHash, several times faster than the standard SipHash on long texts.
    let key = egui::Id::unique((text, width.to_bits(), font.size.to_bits())).value();
    let cache_id = egui::Id::unique("japanese-line-breaks");
    // Looked up in place: `get_temp` would clone the whole cache on every call.
    if let Some(lines) = ui.data_mut(|d| {
        d.get_temp_mut_or_default::<BrokenLines>(cache_id)
            .0
            .get(&key)
            .cloned()
    }) {
        return lines.map(|l| l.to_string());
    }
    let lines = ui.fonts_mut(|fonts| {
        crate::export::wrap::break_lines(text, width, |paragraph| {
            paragraph
                .chars()
                .map(|c| fonts.glyph_width(font, c))
                .collect()
        })
    });
    let broken = (lines.len() > text.split('\n').count()).then(|| lines.join("\n"));
    ui.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<BrokenLines>(cache_id);
        if cache.0.len() >= BROKEN_LINES_KEPT {
            cache.0.clear();
        }
        cache
            .0
            .insert(key, broken.as_deref().map(std::sync::Arc::from));
    });
    broken
}

/// Draws `add` only when it is near the visible part of the scroll area it is in, or a screen
/// reader reads the window; far off screen it takes the height it had when last drawn (far
/// below and never drawn, the theme's `text_estimate`). For
/// blocks of text only: a control skipped this way could not take the keyboard focus.
pub fn text_block(ui: &mut egui::Ui, id: egui::Id, add: impl FnOnce(&mut egui::Ui)) {
    let top = ui.cursor().top();
    let width = ui.available_width().to_bits();
    let known = ui
        .data(|d| d.get_temp::<(u32, f32)>(id))
        .filter(|(at, _)| *at == width)
        .map(|(_, height)| height);
    if !ui.ctx().has_accesskit_node(ui.unique_id()) {
        let size = &Tokens::of(ui).size;
        let clip = ui.clip_rect();
        let below = top > clip.bottom() + size.offscreen_margin;
        match known {
            Some(height) if below || top + height < clip.top() - size.offscreen_margin => {
                ui.add_space(height);
                return;
            }
            // Never drawn and far below: an estimate until it comes near.
            None if below => {
                ui.add_space(size.text_estimate);
                return;
            }
            _ => {}
        }
    }
    add(ui);
    let height = ui.cursor().top() - top;
    ui.data_mut(|d| d.insert_temp(id, (width, height)));
}

/// The id under which a view asks its first heading to take the keyboard focus (after
/// Ctrl+1…5), so a screen reader announces the view it moved into.
fn focus_heading_id() -> egui::Id {
    egui::Id::unique("focus-next-heading")
}

/// Asks the next screen heading (level 2) drawn to take the keyboard focus.
pub fn focus_next_heading(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(focus_heading_id(), true));
}

/// A title that a screen reader lists as a heading of `level`, named by its words: 1 is the
/// app's name, 2 a screen's title (in the heading size; the first one drawn after
/// [`focus_next_heading`] takes the focus), 3 a section's (in the title size).
pub fn heading(ui: &mut egui::Ui, text: impl Into<String>, level: usize) -> egui::Response {
    let text: String = text.into();
    let size = match level {
        1 | 2 => Tokens::of(ui).text.heading,
        _ => Tokens::of(ui).text.title,
    };
    let take_focus =
        level == 2 && ui.data_mut(|d| d.remove_temp::<bool>(focus_heading_id()).unwrap_or(false));
    // An id from its words, not its place, so the focus stays on it when what is above
    // changes; focusable only while it takes or holds the focus, so Tab does not stop on
    // every heading.
    let response = ui
        .push_id(("heading", &text), |ui| {
            let id = ui.next_auto_id();
            let sense = (take_focus || ui.memory(|m| m.has_focus(id)))
                .then(egui::Sense::focusable_noninteractive);
            sensing_label(ui, RichText::new(&text).size(size).strong(), sense)
        })
        .inner;
    if take_focus {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::TOP));
    }
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Heading);
        node.set_level(level);
        node.clear_value();
        node.set_label(text);
    });
    response
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

/// Secondary text in the muted colour.
pub fn muted(ui: &mut egui::Ui, text: impl Into<String>) {
    let color = Tokens::of(ui).colors.text_weak;
    label(ui, RichText::new(text).color(color));
}

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

/// The accessible name of a control that acts on something named: "Copy: Password 1".
#[must_use]
pub fn control_name(texts: &Texts, control: &str, context: &str) -> String {
    tr!(texts, "control-name", control = control, context = context)
}

/// A list item with the language's bullet ("・" in Japanese, "• " in English).
pub fn bullet(ui: &mut egui::Ui, texts: &Texts, text: &str) {
    ui.label(tr!(
        texts,
        "list-item",
        bullet = tr!(texts, "print-bullet"),
        text = text
    ));
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

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    /// The test window: 600 points high.
    const SCREEN: egui::Vec2 = egui::Vec2 { x: 800.0, y: 600.0 };

    /// Draws 40 text blocks in a 600-point-high scroll area scrolled to `offset`, in a plain
    /// context (no screen reader); returns which blocks were laid out and the content height.
    fn blocks(ctx: &egui::Context, offset: f32, drawn: &RefCell<Vec<usize>>) -> f32 {
        drawn.borrow_mut().clear();
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN)),
            ..Default::default()
        };
        let mut height = 0.0;
        let mut output = ctx.run_ui(input, |ui| {
            let shown = egui::ScrollArea::vertical()
                .vertical_scroll_offset(offset)
                .show(ui, |ui| {
                    for i in 0..40 {
                        super::text_block(ui, egui::Id::unique(("block", i)), |ui| {
                            drawn.borrow_mut().push(i);
                            ui.label(format!("block {i}\nsecond line\nthird line"));
                        });
                    }
                });
            height = shown.content_size.y;
        });
        output.textures_delta.clear();
        height
    }

    #[test]
    fn text_far_off_screen_is_not_laid_out_and_keeps_its_place() {
        let ctx = egui::Context::default();
        crate::ui::theme::install(&ctx);
        let drawn = RefCell::new(Vec::new());
        blocks(&ctx, 0.0, &drawn);
        let first = drawn.borrow().clone();
        assert!(first.contains(&0) && !first.contains(&39), "{first:?}");
        // Scrolled to the end, the last blocks are drawn and the first are not.
        let mut content = 0.0;
        for offset in [600.0, 1200.0, 1650.0] {
            content = blocks(&ctx, offset, &drawn);
        }
        let last = drawn.borrow().clone();
        assert!(last.contains(&39) && !last.contains(&0), "{last:?}");
        // Back at the top, the blocks far below take the heights they had: the list is as long
        // (up to the spacing after the last block, which a skipped block keeps).
        let again = blocks(&ctx, 0.0, &drawn);
        let spacing = ctx.style_of(egui::Theme::Dark).spacing.item_spacing.y;
        assert!(
            (again - content).abs() <= spacing + 0.5,
            "{again} vs {content}"
        );
        assert!(!drawn.borrow().contains(&39));
    }
}
