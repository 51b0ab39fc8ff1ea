//! Text: airy labels, Japanese line breaking that keeps the unbroken text for screen readers, text blocks laid out only near the screen, headings, muted lines and bullets.

use egui::RichText;

use crate::i18n::Texts;
use crate::text::is_cjk;
use crate::tr;
use crate::ui::theme::Tokens;

use super::focus::focus_heading_id;

/// `text` laid out in `font` and `color` with the theme's line height, wrapped at `width`.
pub(super) fn airy_galley(
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
    if !rich.text().chars().any(is_cjk) {
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

/// Recently broken texts, so that each is measured once rather than every frame.
#[derive(Clone, Default)]
struct BrokenLines(std::collections::HashMap<u64, Option<std::sync::Arc<str>>>);

/// The most texts [`BrokenLines`] keeps before starting afresh.
const BROKEN_LINES_KEPT: usize = 4096;

/// `text` with a line break wherever it must wrap at `width` in `font`, by the Japanese rules
/// of [`crate::text`]; `None` when it fits as it is (or is not Japanese).
pub fn japanese_lines(
    ui: &egui::Ui,
    text: &str,
    font: &egui::FontId,
    width: f32,
) -> Option<String> {
    if !text.chars().any(is_cjk) {
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
        crate::text::break_lines(text, width, |paragraph| {
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

/// Secondary text in the muted colour.
pub fn muted(ui: &mut egui::Ui, text: impl Into<String>) {
    let color = Tokens::of(ui).colors.text_weak;
    label(ui, RichText::new(text).color(color));
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

/// About egui's room inside a text field, each side (its frame's margin and stroke); the one
/// character [`field_hint`] keeps in hand covers the difference.
const TEXT_EDIT_MARGIN: f32 = 4.0;

/// Adds a text field whose example (shown while it is empty) breaks by the Japanese rules for
/// the field's width (egui would break it anywhere, leaving a 「（」 at a line's end); screen
/// readers get the example's words without the line breaks.
pub fn text_field(ui: &mut egui::Ui, edit: egui::TextEdit<'_>, hint: &str) -> egui::Response {
    let response = ui.add(edit.hint_text(field_hint(ui, hint)));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_placeholder(hint);
    });
    response
}

/// `text` with the line breaks [`text_field`] shows it with, for the width the field will take.
fn field_hint(ui: &egui::Ui, text: &str) -> String {
    let font = egui::TextStyle::Body.resolve(ui.style());
    // One character less than the field's inner width keeps egui from breaking a line again
    // where its measure differs a little from ours.
    let width = (ui.available_width() - 2.0 * TEXT_EDIT_MARGIN - font.size).max(1.0);
    japanese_lines(ui, text, &font, width).unwrap_or_else(|| text.to_owned())
}

/// The title of a [`egui::CollapsingHeader`], wrapped to the width it has (egui lays a header's
/// text out on one line, so a long cause title would run past the window's edge at 800×600),
/// with the Japanese line-breaking rules and in the strong text colour. Give the header's
/// response to [`name_header`] so a screen reader gets the words without the line breaks.
pub fn header_title(ui: &egui::Ui, text: &str) -> egui::WidgetText {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let width =
        (ui.available_width() - ui.spacing().indent - ui.spacing().button_padding.x).max(1.0);
    let broken = japanese_lines(ui, text, &font, width);
    let color = ui.visuals().strong_text_color();
    egui::WidgetText::Galley(airy_galley(
        ui,
        broken.as_deref().unwrap_or(text),
        font,
        color,
        width,
    ))
}

/// Names a collapsing header by its words (see [`header_title`]).
pub fn name_header(ui: &egui::Ui, header: &egui::Response, text: &str) {
    ui.ctx().accesskit_node_builder(header.id, |node| {
        node.set_label(text);
    });
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

    /// A narrow side panel's width.
    const NARROW: egui::Vec2 = egui::Vec2 { x: 280.0, y: 200.0 };

    /// The example in an empty field breaks where Japanese allows: never after an opening
    /// bracket, and within the field's width.
    #[test]
    fn a_field_example_breaks_by_the_japanese_rules() {
        let ctx = egui::Context::default();
        crate::ui::theme::install(&ctx);
        let hint = crate::tr!(
            &crate::i18n::Texts::new(crate::i18n::Language::Ja),
            "recognise-hint"
        );
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, NARROW)),
            ..Default::default()
        };
        let mut broken = String::new();
        let mut output = ctx.run_ui(input, |ui| {
            broken = super::field_hint(ui, &hint);
        });
        output.textures_delta.clear();
        assert!(broken.contains('\n'), "{broken:?} is broken into lines");
        assert_eq!(broken.replace('\n', ""), hint, "only line breaks are added");
        for line in broken.lines() {
            assert!(
                !line.ends_with(['（', '(', '「']),
                "{line:?} ends with an opening bracket"
            );
        }
    }
}
