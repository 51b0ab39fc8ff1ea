//! Support and safety: the scam warnings, the ways to reach Microsoft and when to use each,
//! timers for their replies, and the summary to tell support.

use crate::i18n::TextId;
use crate::tr;
use egui::{RichText, Ui};

use crate::export::draft as render;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Shared, UiAction, waits, widgets};

/// The safety facts in a card, with the official page about scams.
pub fn safety_card_ui(ui: &mut Ui, shared: &Shared<'_>) {
    let texts = shared.texts;
    let palette = &Tokens::of(ui).colors;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::label(
            ui,
            RichText::new(tr!(texts, "safety-heading"))
                .strong()
                .color(palette.danger),
        );
        for fact in &shared.kb.safety {
            widgets::bullet(ui, texts, &tr!(texts, fact.text_id()));
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
        let heading = tr!(texts, "draft-summary-heading");
        ui.horizontal(|ui| {
            widgets::label(ui, RichText::new(&heading).strong());
            widgets::copy_button(ui, texts, &heading, &summary);
        });
        widgets::label(ui, summary.as_str());
        widgets::muted(ui, tr!(texts, "support-summary-note"));
    });
}

/// The heading at the top of the support screen.
pub const HEADING: TextId = TextId::fixed("support-heading");

/// Draws the support screen.
pub fn ui(ui: &mut Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    egui::ScrollArea::vertical()
        .id_salt("support-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(Tokens::of(ui).space.s);
            widgets::heading(ui, tr!(texts, HEADING), 2);
            ui.add_space(Tokens::of(ui).space.m);
            safety_card_ui(ui, shared);
            ui.add_space(Tokens::of(ui).space.m);
            widgets::heading(ui, tr!(texts, "support-routes"), 3);
            widgets::muted(ui, tr!(texts, "support-routes-intro"));
            for route in &shared.kb.routes {
                ui.add_space(Tokens::of(ui).space.s);
                theme::card(ui).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let name = tr!(texts, route.name_id());
                    widgets::label(ui, RichText::new(&name).strong());
                    widgets::label(ui, tr!(texts, route.when_id()));
                    if let Some(link) = &route.link {
                        widgets::official_link(ui, shared.kb, texts, link);
                    }
                    if let Some(wait) = route.wait.as_deref().and_then(|w| shared.kb.wait(w)) {
                        widgets::muted(
                            ui,
                            tr!(
                                texts,
                                "support-route-wait",
                                wait = tr!(texts, wait.length_id())
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
            ui.add_space(Tokens::of(ui).space.m);
            summary_card_ui(ui, shared);
            ui.add_space(Tokens::of(ui).space.l);
        });
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::i18n::Language;
    use crate::tr;
    use crate::ui::fixture::{Fixture, harness};
    use crate::ui::widgets;

    #[test]
    fn every_route_is_shown_with_its_official_page() {
        let mut harness = harness(Fixture::new(Language::En), Box::new(super::ui));
        harness.run();
        let fixture = harness.state();
        for route in &fixture.kb.routes {
            harness.get_by_label(&tr!(&fixture.texts, route.name_id()));
            if let Some(link) = route.link.as_deref().and_then(|id| fixture.kb.link(id)) {
                assert!(
                    !harness
                        .query_all_by_label(&widgets::link_label(&fixture.texts, link))
                        .collect::<Vec<_>>()
                        .is_empty()
                );
            }
        }
        harness.get_by_label(&tr!(&fixture.texts, "safety-heading"));
    }
}
