//! Support and safety: the scam warnings, the ways to reach Microsoft and when to use each,
//! timers for their replies, and the summary to tell support.

use egui::{RichText, Ui};
use i18n_embed_fl::fl;

use crate::draft::render;
use crate::knowledge;
use crate::ui::theme::{self, Palette};
use crate::ui::{Shared, UiAction, waits, widgets};

/// The safety facts in a card, with the official page about scams.
pub fn safety_card_ui(ui: &mut Ui, shared: &Shared<'_>) {
    let texts = shared.texts;
    let palette = Palette::of(ui);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(fl!(texts.ui(), "safety-heading"))
                .strong()
                .color(palette.danger),
        );
        for fact in &shared.kb.safety {
            ui.label(format!("• {}", texts.get(&format!("safety-{}", fact.id))));
        }
        widgets::official_link(ui, shared.kb, texts, "scam-help");
    });
}

/// The summary to tell support, with a copy button.
pub fn summary_card_ui(ui: &mut Ui, shared: &Shared<'_>) {
    let texts = shared.texts;
    let summary = render::support_summary(shared.kb, shared.progress, texts);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let heading = fl!(texts.ui(), "draft-summary-heading");
        ui.horizontal(|ui| {
            ui.label(RichText::new(&heading).strong());
            widgets::copy_button(ui, texts, &heading, &summary);
        });
        ui.label(summary.as_str());
        widgets::muted(ui, fl!(texts.ui(), "support-summary-note"));
    });
}

/// Draws the support screen.
pub fn ui(ui: &mut Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    egui::ScrollArea::vertical()
        .id_salt("support-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.heading(fl!(texts.ui(), "support-heading"));
            ui.add_space(theme::SECTION_GAP);
            safety_card_ui(ui, shared);
            ui.add_space(theme::SECTION_GAP);
            ui.heading(fl!(texts.ui(), "support-routes"));
            widgets::muted(ui, fl!(texts.ui(), "support-routes-intro"));
            for route in &shared.kb.routes {
                ui.add_space(6.0);
                theme::card(ui).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let name = texts.get(&knowledge::route_text_id(&route.id));
                    ui.label(RichText::new(&name).strong());
                    ui.label(texts.get(&knowledge::route_when_text_id(&route.id)));
                    if let Some(link) = &route.link {
                        widgets::official_link(ui, shared.kb, texts, link);
                    }
                    if let Some(wait) = route.wait.as_deref().and_then(|w| shared.kb.wait(w)) {
                        widgets::muted(
                            ui,
                            fl!(
                                texts.ui(),
                                "support-route-wait",
                                wait = texts.get(&knowledge::wait_length_text_id(&wait.id))
                            ),
                        );
                        waits::step_timer_ui(
                            ui,
                            shared,
                            &format!("route:{}", route.id),
                            &name,
                            wait,
                            actions,
                        );
                    }
                });
            }
            ui.add_space(theme::SECTION_GAP);
            summary_card_ui(ui, shared);
            ui.add_space(24.0);
        });
}
