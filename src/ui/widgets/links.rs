//! Links to official pages: only addresses on the official list become links.

use crate::i18n::Texts;
use crate::knowledge::KnowledgeBase;
use crate::official;
use crate::tr;

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
