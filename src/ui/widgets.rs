//! Small widgets shared by the screens.

use egui::RichText;
use i18n_embed_fl::fl;

use crate::i18n::Texts;
use crate::knowledge::{self, KnowledgeBase, StepKind};
use crate::official;
use crate::progress::StepOutcome;
use crate::ui::theme::Palette;

/// A link to an official page, by link id. Anything off the official list is never shown as a
/// link (the knowledge base refuses such links already; this is the second lock on the door).
pub fn official_link(ui: &mut egui::Ui, kb: &KnowledgeBase, texts: &Texts, link_id: &str) {
    let Some(url) = kb.link_url(link_id) else {
        log::error!("unknown link id {link_id}");
        return;
    };
    if !official::is_official_link(url) {
        log::error!("refusing to show a link outside the official domains: {link_id}");
        return;
    }
    let label = texts.get(&knowledge::link_text_id(link_id));
    ui.hyperlink_to(format!("↗ {label}"), url)
        .on_hover_text(fl!(texts.ui(), "link-opens", url = url));
}

/// The word for a step's kind, in its colour.
pub fn kind_badge(ui: &mut egui::Ui, texts: &Texts, kind: StepKind) {
    let palette = Palette::of(ui);
    let (text, color) = match kind {
        StepKind::Do => (fl!(texts.ui(), "kind-do"), palette.accent),
        StepKind::Check => (fl!(texts.ui(), "kind-check"), palette.success),
        StepKind::Wait => (fl!(texts.ui(), "kind-wait"), palette.warning),
    };
    ui.label(RichText::new(text).small().strong().color(color));
}

/// The label of an outcome.
#[must_use]
pub fn outcome_label(texts: &Texts, outcome: StepOutcome) -> String {
    texts.get_args(outcome.text_id(), &[])
}

/// The accessible name of an outcome button: the outcome, then the step it belongs to.
#[must_use]
pub fn outcome_button_name(texts: &Texts, outcome: StepOutcome, step_title: &str) -> String {
    fl!(
        texts.ui(),
        "outcome-button-name",
        outcome = outcome_label(texts, outcome),
        step = step_title
    )
}

/// Four toggle buttons for a step's outcome; returns the outcome the person picked.
pub fn outcome_picker(
    ui: &mut egui::Ui,
    texts: &Texts,
    step_title: &str,
    current: StepOutcome,
) -> Option<StepOutcome> {
    let mut picked = None;
    ui.horizontal_wrapped(|ui| {
        for outcome in StepOutcome::ALL {
            let response = ui
                .add(egui::Button::selectable(
                    current == outcome,
                    outcome_label(texts, outcome),
                ))
                .accessible_name(outcome_button_name(texts, outcome, step_title));
            if response.clicked() && current != outcome {
                picked = Some(outcome);
            }
        }
    });
    picked
}

/// Secondary text in the muted colour.
pub fn muted(ui: &mut egui::Ui, text: impl Into<String>) {
    let color = Palette::of(ui).muted;
    ui.label(RichText::new(text).small().color(color));
}
