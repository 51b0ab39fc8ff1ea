//! The look of the app, read from the design tokens in `assets/theme/{light,dark}.ron`: the only
//! place colours, spaces, corner radii and text sizes come from. The screens ask
//! [`Tokens::of`] for them; [`install`] turns them into egui's style for each theme.

use std::sync::{Arc, LazyLock};

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use serde::Deserialize;

use crate::assets;

/// The light theme's tokens, as shipped.
pub const LIGHT_RON: &str = include_str!("../../assets/theme/light.ron");
/// The dark theme's tokens, as shipped.
pub const DARK_RON: &str = include_str!("../../assets/theme/dark.ron");

/// A colour written `"#RRGGBB"` in the token files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub Color32);

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_hex(&text)
            .map(Rgb)
            .ok_or_else(|| serde::de::Error::custom(format!("not a #RRGGBB colour: {text}")))
    }
}

impl From<Rgb> for Color32 {
    fn from(rgb: Rgb) -> Self {
        rgb.0
    }
}

fn parse_hex(text: &str) -> Option<Color32> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Color32::from_rgb(channel(0)?, channel(2)?, channel(4)?))
}

/// The colours of a theme.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// The window behind everything.
    pub background: Rgb,
    /// Cards.
    pub card: Rgb,
    /// Body text.
    pub text: Rgb,
    /// Secondary text.
    pub text_weak: Rgb,
    /// The edge of check boxes, radio buttons and text fields.
    pub control_border: Rgb,
    /// Inside check boxes and text fields.
    pub control_fill: Rgb,
    /// Buttons.
    pub button: Rgb,
    /// Buttons under the pointer.
    pub button_hover: Rgb,
    /// Links, focus, the most important heading, a ticked box.
    pub accent: Rgb,
    /// Text and marks on the accent colour.
    pub on_accent: Rgb,
    /// Good news.
    pub success: Rgb,
    /// Cautions and waits.
    pub warning: Rgb,
    /// Problems to act on.
    pub danger: Rgb,
    /// The "try this next" card.
    pub highlight: Rgb,
    /// Lines between groups.
    pub separator: Rgb,
}

/// Spaces, in points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Space {
    /// The smallest gap (between a control and its note).
    pub xs: f32,
    /// A small gap (at the top of a screen).
    pub s: f32,
    /// Between sections.
    pub m: f32,
    /// After the last section of a screen.
    pub l: f32,
    /// Between items side by side.
    pub item_x: f32,
    /// Between items one below the other.
    pub item_y: f32,
    /// Inside cards.
    pub card_margin: f32,
    /// Inside buttons, left and right.
    pub button_x: f32,
    /// Inside buttons, top and bottom.
    pub button_y: f32,
    /// The least height of a control.
    pub control_height: f32,
    /// How far nested content is indented.
    pub indent: f32,
}

/// Corner radii, in points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Radius {
    /// Cards.
    pub card: f32,
    /// Buttons and fields.
    pub control: f32,
}

/// Text sizes, in points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextSizes {
    /// Screen and section headings.
    pub heading: f32,
    /// The one most important line of a screen (the next step).
    pub title: f32,
    /// Body text.
    pub body: f32,
    /// Buttons.
    pub button: f32,
    /// Secondary text.
    pub small: f32,
    /// Commands and host names.
    pub monospace: f32,
    /// Line height of Japanese text, as a multiple of its size.
    pub line_height_ja: f32,
    /// Line height of English text, as a multiple of its size.
    pub line_height_en: f32,
}

/// Sizes of layout elements, in points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sizes {
    /// The situation panel's usual width.
    pub side_panel: f32,
    /// The situation panel's least width.
    pub side_panel_min: f32,
    /// The situation panel's usual share of the window's width.
    pub side_panel_share: f32,
    /// The situation panel's largest share of the window's width.
    pub side_panel_max_share: f32,
    /// Menus.
    pub menu: f32,
    /// The most of the window's height a menu takes before it scrolls.
    pub menu_max_height_share: f32,
    /// The most of the window's height the status area along the bottom takes before it
    /// scrolls.
    pub status_max_height_share: f32,
    /// Questions in a dialog.
    pub dialog: f32,
    /// The connection check's progress bar.
    pub progress_bar: f32,
    /// A previous-password field.
    pub password_field: f32,
    /// The window width from which the header shows the subtitle.
    pub wide_header: f32,
    /// The width of control borders.
    pub border: f32,
    /// The width of the ring around the focused control.
    pub focus_ring: f32,
    /// The size of a check box.
    pub checkbox: f32,
    /// The size of the tick inside it.
    pub checkbox_inner: f32,
    /// The line width of the tick.
    pub tick: f32,
    /// Between columns of a table.
    pub grid_gap_x: f32,
    /// Between rows of a table.
    pub grid_gap_y: f32,
    /// How far beyond the visible part of the checklist steps are still drawn in full.
    pub offscreen_margin: f32,
    /// The height a step is assumed to take before it has been drawn once.
    pub step_estimate: f32,
    /// The height a block of text far below the visible part is assumed to take before it
    /// has been drawn once.
    pub text_estimate: f32,
    /// The width of the guided start's column.
    pub guide_width: f32,
    /// The least height of an answer in the guided start.
    pub answer_height: f32,
    /// The least width of the guided start's Next button.
    pub nav_button_width: f32,
    /// The height of the guided start's Next and Back buttons.
    pub nav_button_height: f32,
}

/// Every design token of one theme.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tokens {
    /// Colours.
    pub colors: Colors,
    /// Spaces.
    pub space: Space,
    /// Corner radii.
    pub radius: Radius,
    /// Text sizes.
    pub text: TextSizes,
    /// Layout sizes.
    pub size: Sizes,
}

/// The tokens of both themes.
#[derive(Debug, Clone)]
pub struct Themes {
    /// The light theme.
    pub light: Tokens,
    /// The dark theme.
    pub dark: Tokens,
}

impl Themes {
    /// Parses the token files.
    ///
    /// # Errors
    /// When a file does not parse or lacks a key (the shipped files are checked by tests).
    pub fn from_ron(light: &str, dark: &str) -> Result<Self, ron::error::SpannedError> {
        Ok(Self {
            light: ron::from_str(light)?,
            dark: ron::from_str(dark)?,
        })
    }
}

/// The shipped tokens, read once.
static THEMES: LazyLock<Themes> = LazyLock::new(|| {
    Themes::from_ron(LIGHT_RON, DARK_RON)
        .expect("the bundled theme files parse: tests/data/theme_tokens.rs checks them")
});

impl Tokens {
    /// The tokens of the theme `ui` is drawn in.
    #[must_use]
    pub fn of(ui: &egui::Ui) -> &'static Self {
        Self::for_dark_mode(ui.visuals().dark_mode)
    }

    /// The tokens of the dark or the light theme.
    #[must_use]
    pub fn for_dark_mode(dark: bool) -> &'static Self {
        if dark { &THEMES.dark } else { &THEMES.light }
    }
}

/// Installs the bundled Japanese font and each theme's tokens as egui's style.
pub fn install(ctx: &egui::Context) {
    install_fonts(ctx);
    for (theme, tokens) in [
        (egui::Theme::Light, &THEMES.light),
        (egui::Theme::Dark, &THEMES.dark),
    ] {
        ctx.style_mut_of(theme, |style| apply(style, tokens));
    }
}

/// Sets egui's style from the tokens.
fn apply(style: &mut egui::Style, tokens: &Tokens) {
    let t = &tokens.text;
    style.text_styles = [
        (TextStyle::Heading, FontId::proportional(t.heading)),
        (TextStyle::Body, FontId::proportional(t.body)),
        (TextStyle::Button, FontId::proportional(t.button)),
        (TextStyle::Small, FontId::proportional(t.small)),
        (TextStyle::Monospace, FontId::monospace(t.monospace)),
    ]
    .into();
    let s = &tokens.space;
    style.spacing.item_spacing = egui::vec2(s.item_x, s.item_y);
    style.spacing.button_padding = egui::vec2(s.button_x, s.button_y);
    style.spacing.interact_size.y = s.control_height;
    style.spacing.indent = s.indent;
    style.spacing.icon_width = tokens.size.checkbox;
    style.spacing.icon_width_inner = tokens.size.checkbox_inner;

    let c = &tokens.colors;
    let border = egui::Stroke::new(tokens.size.border, c.control_border.0);
    let control = egui::CornerRadius::from(tokens.radius.control);
    let v = &mut style.visuals;
    v.panel_fill = c.background.0;
    v.window_fill = c.card.0;
    v.window_stroke = egui::Stroke::new(tokens.size.border, c.separator.0);
    v.extreme_bg_color = c.control_fill.0;
    v.text_edit_bg_color = Some(c.control_fill.0);
    v.hyperlink_color = c.accent.0;
    v.warn_fg_color = c.warning.0;
    v.error_fg_color = c.danger.0;
    v.selection.bg_fill = c.accent.0;
    v.selection.stroke = egui::Stroke::new(tokens.size.border, c.on_accent.0);
    v.widgets.noninteractive.bg_fill = c.background.0;
    v.widgets.noninteractive.weak_bg_fill = c.background.0;
    v.widgets.noninteractive.bg_stroke = egui::Stroke::new(tokens.size.border, c.separator.0);
    v.widgets.noninteractive.fg_stroke.color = c.text.0;
    for (widget, fill) in [
        (&mut v.widgets.inactive, c.button.0),
        (&mut v.widgets.hovered, c.button_hover.0),
        (&mut v.widgets.active, c.button_hover.0),
        (&mut v.widgets.open, c.button_hover.0),
    ] {
        widget.weak_bg_fill = fill;
        widget.bg_fill = c.control_fill.0;
        widget.bg_stroke = border;
        widget.fg_stroke.color = c.text.0;
        widget.corner_radius = control;
    }
    v.widgets.hovered.bg_stroke = egui::Stroke::new(tokens.size.border, c.accent.0);
    v.widgets.active.bg_stroke = egui::Stroke::new(tokens.size.border, c.accent.0);
}

/// Spaces the lines of body text for `language` (about 1.6 for Japanese, 1.5 for English):
/// egui's own line height is about 1.1, which makes wrapped lines almost touch.
pub fn set_line_spacing(ui: &mut egui::Ui, language: crate::i18n::Language) {
    let text = &Tokens::of(ui).text;
    let factor = match language {
        crate::i18n::Language::Ja => text.line_height_ja,
        crate::i18n::Language::En => text.line_height_en,
    };
    let font = FontId::proportional(text.body);
    let row = ui.fonts_mut(|f| f.row_height(&font));
    ui.spacing_mut().extra_text_line_spacing = (text.body * factor - row).max(0.0);
}

/// The line height of text of `size` in `ui`, for rich text (plain text gets it from
/// [`set_line_spacing`] already).
#[must_use]
pub fn line_height(ui: &egui::Ui, size: f32) -> f32 {
    let row = ui.fonts_mut(|f| f.row_height(&FontId::proportional(size)));
    row + ui.spacing().extra_text_line_spacing
}

/// Puts `BIZ UDPGothic` first for proportional text (it has Latin as well as Japanese glyphs, so
/// mixed text looks of a piece) and after egui's monospace font as a fallback.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        assets::FONT_NAME.to_owned(),
        Arc::new(FontData::from_static(assets::FONT)),
    );
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, assets::FONT_NAME.to_owned());
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(assets::FONT_NAME.to_owned());
    ctx.set_fonts(fonts);
}

/// A card frame for grouping related content.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    let tokens = Tokens::of(ui);
    egui::Frame::new()
        .fill(tokens.colors.card.0)
        .inner_margin(tokens.space.card_margin)
        .corner_radius(tokens.radius.card)
}

/// The highlighted card for the most important thing on a screen.
pub fn highlight_card(ui: &egui::Ui) -> egui::Frame {
    card(ui).fill(Tokens::of(ui).colors.highlight.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_colours_parse_and_bad_ones_are_refused() {
        assert_eq!(parse_hex("#0A58B0"), Some(Color32::from_rgb(10, 88, 176)));
        assert_eq!(parse_hex("0A58B0"), None);
        assert_eq!(parse_hex("#0A58B"), None);
        assert_eq!(parse_hex("#0A58BG"), None);
    }

    #[test]
    fn a_missing_token_is_named() {
        let without_accent = LIGHT_RON.replace("accent: \"#0A54A8\",", "");
        let error = Themes::from_ron(&without_accent, DARK_RON)
            .expect_err("a theme without an accent colour is refused");
        assert!(error.to_string().contains("accent"), "{error}");
    }
}
