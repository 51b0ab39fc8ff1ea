//! The views the tabs switch between, each behind one small trait, as `egui_demo_lib` puts each
//! of its demos behind `Demo`: the tab that shows it, the heading it opens with, and how it
//! draws. [`Views`] keeps one of each, so the window, the shortcut handler and the tests that
//! walk every view all go through the same list.

use crate::i18n::TextId;
use crate::tr;
use crate::triage;
use crate::ui::checklist::ChecklistScreen;
use crate::ui::draft::DraftScreen;
use crate::ui::message_field::MessageField;
use crate::ui::theme::Tokens;
use crate::ui::{Navigation, Shared, Tab, UiAction, aftercare, connectivity, situation, support};

/// One view of the window.
pub trait View {
    /// The tab that shows it.
    fn tab(&self) -> Tab;

    /// The heading at its top: what a screen reader announces when the view opens, and where
    /// the keyboard focus goes.
    fn heading(&self) -> TextId;

    /// Draws the view in the window's remaining area (it places its own panels).
    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    );
}

/// The checklist with the person's situation beside it.
#[derive(Default)]
pub struct ChecklistView {
    /// The ranked causes and their steps.
    pub checklist: ChecklistScreen,
    /// The "what does your screen say?" field of the situation panel.
    pub message: MessageField,
}

impl View for ChecklistView {
    fn tab(&self) -> Tab {
        Tab::Checklist
    }

    fn heading(&self) -> TextId {
        situation::HEADING
    }

    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        // In a narrow window the situation takes less room than the checklist.
        let width = ui.available_width();
        let size = &Tokens::of(ui).size;
        egui::Panel::left("situation")
            .resizable(true)
            .default_size(
                (width * size.side_panel_share).clamp(size.side_panel_min, size.side_panel),
            )
            .min_size(size.side_panel_min)
            .max_size((width * size.side_panel_max_share).max(size.side_panel_min))
            .show(ui, |ui| {
                situation::ui(ui, shared, &mut self.message, actions);
            });
        // egui names the panel's resize handle in English: name it in the screen's language.
        let handle = ui.scope_id().with("situation").with("__resize");
        ui.ctx().accesskit_node_builder(handle, |node| {
            node.set_label(tr!(shared.texts, "situation-resize"));
        });
        let ranked = triage::rank(shared.kb, &shared.progress.reported);
        egui::CentralPanel::default().show(ui, |ui| {
            self.checklist.ui(ui, shared, &ranked, nav, actions);
        });
    }
}

impl View for DraftScreen {
    fn tab(&self) -> Tab {
        Tab::Draft
    }

    fn heading(&self) -> TextId {
        crate::ui::draft::HEADING
    }

    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        _nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        egui::CentralPanel::default().show(ui, |ui| DraftScreen::ui(self, ui, shared, actions));
    }
}

/// How a view without state of its own draws: the connection check, support, after recovery.
type Draw = fn(&mut egui::Ui, &Shared<'_>, &mut Navigation, &mut Vec<UiAction>);

/// A view with no state of its own: a drawing function in the central panel.
pub struct PlainView {
    tab: Tab,
    heading: TextId,
    draw: Draw,
}

impl View for PlainView {
    fn tab(&self) -> Tab {
        self.tab
    }

    fn heading(&self) -> TextId {
        self.heading.clone()
    }

    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        nav: &mut Navigation,
        actions: &mut Vec<UiAction>,
    ) {
        egui::CentralPanel::default().show(ui, |ui| (self.draw)(ui, shared, nav, actions));
    }
}

/// One of each view.
pub struct Views {
    /// The checklist and the situation.
    pub checklist: ChecklistView,
    /// The recovery-form draft (it holds the previous passwords typed, in memory only).
    pub draft: DraftScreen,
    connectivity: PlainView,
    support: PlainView,
    aftercare: PlainView,
}

impl Default for Views {
    fn default() -> Self {
        Self {
            checklist: ChecklistView::default(),
            draft: DraftScreen::default(),
            connectivity: PlainView {
                tab: Tab::Connectivity,
                heading: connectivity::HEADING,
                draw: connectivity::ui,
            },
            support: PlainView {
                tab: Tab::Support,
                heading: support::HEADING,
                draw: |ui, shared, _nav, actions| support::ui(ui, shared, actions),
            },
            aftercare: PlainView {
                tab: Tab::Aftercare,
                heading: aftercare::HEADING,
                draw: |ui, shared, _nav, actions| aftercare::ui(ui, shared, actions),
            },
        }
    }
}

impl Views {
    /// The view `tab` shows.
    pub fn get_mut(&mut self, tab: Tab) -> &mut dyn View {
        match tab {
            Tab::Checklist => &mut self.checklist,
            Tab::Draft => &mut self.draft,
            Tab::Connectivity => &mut self.connectivity,
            Tab::Support => &mut self.support,
            Tab::Aftercare => &mut self.aftercare,
        }
    }

    /// The view `tab` shows, to read.
    #[must_use]
    pub fn get(&self, tab: Tab) -> &dyn View {
        match tab {
            Tab::Checklist => &self.checklist,
            Tab::Draft => &self.draft,
            Tab::Connectivity => &self.connectivity,
            Tab::Support => &self.support,
            Tab::Aftercare => &self.aftercare,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_tab_shows_its_own_view_with_its_own_heading() {
        let views = Views::default();
        let mut headings = Vec::new();
        for tab in Tab::ALL {
            assert_eq!(views.get(tab).tab(), tab);
            headings.push(views.get(tab).heading());
        }
        headings.sort_by_key(|id| format!("{id:?}"));
        headings.dedup();
        assert_eq!(headings.len(), Tab::ALL.len(), "one heading per view");
    }
}
