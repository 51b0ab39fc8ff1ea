//! Colours, spacing and fonts: the only place the app's look is decided.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

use crate::assets;

/// Installs the bundled Japanese font and the app's text sizes and spacing.
pub fn install(ctx: &egui::Context) {
    install_fonts(ctx);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(22.0)),
            (TextStyle::Body, FontId::proportional(15.5)),
            (TextStyle::Button, FontId::proportional(15.0)),
            (TextStyle::Small, FontId::proportional(12.5)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 7.0);
        style.spacing.button_padding = egui::vec2(10.0, 4.0);
        style.spacing.interact_size.y = 26.0;
    });
    // Stronger text contrast than egui's defaults: the people reading this are often tired
    // and worried, and some read on old screens.
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(215);
        style.visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(225);
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(25);
        style.visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(20);
    });
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

/// The app's colours for the current light or dark theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Headings and the "try this next" card.
    pub accent: Color32,
    /// A step that worked; good news.
    pub success: Color32,
    /// Cautions and waits.
    pub warning: Color32,
    /// Errors the person must act on.
    pub danger: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// Card backgrounds.
    pub card: Color32,
    /// The "try this next" card's background.
    pub highlight: Color32,
}

impl Palette {
    /// The palette for `ui`'s theme.
    #[must_use]
    pub fn of(ui: &egui::Ui) -> Self {
        if ui.visuals().dark_mode {
            Self {
                accent: Color32::from_rgb(120, 180, 255),
                success: Color32::from_rgb(110, 200, 130),
                warning: Color32::from_rgb(240, 190, 90),
                danger: Color32::from_rgb(255, 120, 110),
                muted: Color32::from_gray(165),
                card: Color32::from_gray(38),
                highlight: Color32::from_rgb(30, 48, 72),
            }
        } else {
            Self {
                accent: Color32::from_rgb(20, 90, 170),
                success: Color32::from_rgb(30, 120, 60),
                warning: Color32::from_rgb(150, 90, 0),
                danger: Color32::from_rgb(180, 40, 30),
                muted: Color32::from_gray(90),
                card: Color32::from_gray(246),
                highlight: Color32::from_rgb(225, 238, 252),
            }
        }
    }
}

/// Space between sections.
pub const SECTION_GAP: f32 = 14.0;
/// Inner margin of cards.
pub const CARD_MARGIN: i8 = 12;
/// Corner radius of cards.
pub const CARD_RADIUS: u8 = 8;
/// Width of the side panel with the person's situation.
pub const SIDE_PANEL_WIDTH: f32 = 330.0;

/// A card frame for grouping related content.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(Palette::of(ui).card)
        .inner_margin(CARD_MARGIN)
        .corner_radius(CARD_RADIUS)
}

/// The highlighted card for the most important thing on a screen.
pub fn highlight_card(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(Palette::of(ui).highlight)
        .inner_margin(CARD_MARGIN)
        .corner_radius(CARD_RADIUS)
}
