//! The screens. Each reads the shared state and returns [`UiAction`]s; none changes state itself.

pub mod aftercare;
pub mod checklist;
pub mod command;
pub mod connectivity;
pub mod draft;
#[cfg(test)]
pub mod fixture;
pub mod guide;
pub mod message_field;
pub mod notices;
pub mod progress_menu;
pub mod situation;
pub mod status;
pub mod step;
pub mod support;
pub mod theme;
pub mod view_menu;
pub mod views;
pub mod waits;
pub mod widgets;

use crate::tr;
use crate::ui::theme::Tokens;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::i18n::{Language, Texts};
use crate::knowledge::KnowledgeBase;
use crate::progress::{Action, Progress, Summary};
use crate::store::StoreError;
use command::Command;

pub use notices::{Notice, Why};

/// What the screens read: the knowledge, the person's progress, their language and the time.
pub struct Shared<'a> {
    /// The knowledge base.
    pub kb: &'a KnowledgeBase,
    /// The person's progress.
    pub progress: &'a Progress,
    /// Messages in the current language.
    pub texts: &'a Texts,
    /// The current time (from the app's clock).
    pub now: Timestamp,
    /// Messages about start-up to show until dismissed.
    pub notices: &'a [Notice],
    /// The last save's failure, while saving fails.
    pub save_error: Option<&'a StoreError>,
    /// The data folder, to tell the person where their progress is.
    pub data_dir: &'a Path,
    /// An imported file waiting for the person to confirm.
    pub pending_import: Option<&'a PendingImport>,
    /// Whether the progress can be replaced now (saving works and no replacement is running).
    pub can_replace: bool,
    /// The connectivity check in progress, if one runs.
    pub live_check: Option<&'a connectivity::LiveCheck>,
    /// The hosts the connectivity check contacts.
    pub check_hosts: &'a [String],
    /// Whether to ask before closing (changes cannot be saved).
    pub confirm_close: bool,
    /// Whether a wait that ends in the background brings a notification of the system.
    pub reminders_on: bool,
}

/// Requests to move between screens, collected while drawing and acted on after.
#[derive(Debug, Default)]
pub struct Navigation {
    tab: Option<Tab>,
    reveal: Option<String>,
}

impl Navigation {
    /// Switch to `tab`.
    pub fn open(&mut self, tab: Tab) {
        self.tab = Some(tab);
    }

    /// Switch to the checklist and scroll to `step`.
    pub fn show_step(&mut self, step: &str) {
        self.tab = Some(Tab::Checklist);
        self.reveal = Some(step.to_owned());
    }
}

/// A progress file read for import, shown with its summary until the person decides.
#[derive(Debug, Clone)]
pub struct PendingImport {
    /// Where it was read from.
    pub path: PathBuf,
    /// What it holds.
    pub progress: Progress,
    /// Its size in numbers.
    pub summary: Summary,
}

/// What a screen asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiAction {
    /// Change the person's progress.
    Progress(Action),
    /// Run a command of the command table.
    Command(Command),
    /// Hide the start-up notice at this index.
    DismissNotice(usize),
    /// Replace the progress with the imported file shown.
    ConfirmImport,
    /// Forget the imported file shown.
    CancelImport,
    /// Start with empty progress (after keeping a copy of the current one): the person
    /// answered yes to the start-over question.
    ConfirmStartOver,
    /// Close the window although changes cannot be saved.
    CloseAnyway,
    /// Keep the window open (after the question above).
    KeepOpen,
    /// Open a saved file in the system's viewer.
    OpenFile(PathBuf),
}

/// The screens the person can switch between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Triage and the checklist.
    #[default]
    Checklist,
    /// The recovery-form draft.
    Draft,
    /// The connectivity check.
    Connectivity,
    /// Support routes and safety.
    Support,
    /// After signing in again.
    Aftercare,
}

impl Tab {
    /// Every tab, in the order shown.
    pub const ALL: [Self; 5] = [
        Self::Checklist,
        Self::Connectivity,
        Self::Draft,
        Self::Support,
        Self::Aftercare,
    ];

    /// The command that shows the tab (its label and shortcut).
    #[must_use]
    pub fn command(self) -> Command {
        match self {
            Self::Checklist => Command::ShowChecklist,
            Self::Draft => Command::ShowDraft,
            Self::Connectivity => Command::ShowConnectivity,
            Self::Support => Command::ShowSupport,
            Self::Aftercare => Command::ShowAftercare,
        }
    }

    /// Whether the tab is offered: after-recovery only once the person can sign in.
    fn is_shown(self, shared: &Shared<'_>) -> bool {
        self != Self::Aftercare || shared.progress.recovered.is_some()
    }

    /// The tab of a knowledge-base tool.
    #[must_use]
    pub fn of_tool(tool: crate::knowledge::Tool) -> Self {
        match tool {
            crate::knowledge::Tool::Connectivity => Self::Connectivity,
            crate::knowledge::Tool::Draft => Self::Draft,
        }
    }
}

impl From<Action> for UiAction {
    fn from(action: Action) -> Self {
        Self::Progress(action)
    }
}

/// The screens' own state (what is expanded, where to scroll), kept between frames.
#[derive(Default)]
pub struct Screens {
    /// Whether the person moves with the keyboard (Tab) rather than the pointer: then the
    /// focused control gets a clear ring.
    keyboard: bool,
    tab: Tab,
    views: views::Views,
    progress_menu: progress_menu::ProgressMenu,
    guide: guide::GuideScreen,
    /// The guide is to open on the next frame (it reads the progress to open).
    guide_requested: bool,
    /// The keyboard focus moves into the view on the next frame (it was switched by its
    /// shortcut), so a screen reader announces where the person is.
    focus_view: bool,
}

impl Screens {
    /// Draws the whole window and returns what the person asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui, shared: &Shared<'_>) -> Vec<UiAction> {
        theme::set_line_spacing(ui, shared.texts.language());
        let mut actions = Vec::new();
        let mut nav = Navigation::default();
        actions.extend(
            Command::pressed(ui, shared)
                .into_iter()
                .map(UiAction::Command),
        );

        // The window is named after the app and speaks the screen's language.
        let title = tr!(shared.texts, "app-title");
        let language = shared.texts.language().code();
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| {
                node.set_label(title);
                node.set_language(language);
            });
        if std::mem::take(&mut self.focus_view) {
            widgets::focus_next_heading(ui.ctx());
        }
        if std::mem::take(&mut self.guide_requested) {
            self.guide.open(shared);
        }
        let guiding = self.guide.is_open();
        egui::Panel::top("header").show(ui, |ui| {
            header_ui(ui, shared, &mut self.progress_menu, &mut actions);
            // While the questions are asked, the other screens wait: one thing at a time.
            if guiding {
                ui.add_space(Tokens::of(ui).space.xs);
                return;
            }
            ui.horizontal_wrapped(|ui| {
                ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                    node.set_role(egui::accesskit::Role::TabList);
                });
                for tab in Tab::ALL.into_iter().filter(|t| t.is_shown(shared)) {
                    let command = tab.command();
                    let selected = self.tab == tab;
                    let response = ui
                        .add(egui::Button::selectable(
                            selected,
                            command.label(shared.texts),
                        ))
                        .on_hover_text(command.with_shortcut(shared.texts, ui.ctx()));
                    // A tab with its selected state, not a toggle button. Its tooltip says its
                    // name and shortcut; a screen reader, which reads the name already, is
                    // told only the shortcut.
                    let shortcut = command.shortcut_text(shared.texts, ui.ctx());
                    ui.ctx().accesskit_node_builder(response.id, |node| {
                        node.set_role(egui::accesskit::Role::Tab);
                        node.clear_toggled();
                        node.set_selected(selected);
                        node.set_description(shortcut.clone());
                        node.set_keyboard_shortcut(shortcut);
                    });
                    // Through the command table, as Ctrl+1…5 and the menus are.
                    if response.clicked() {
                        actions.push(UiAction::Command(command));
                    }
                }
            });
            ui.add_space(Tokens::of(ui).space.xs);
        });
        self.progress_menu.dialogs_ui(ui, shared, &mut actions);
        if shared.confirm_close {
            notices::confirm_close_ui(ui, shared, &mut actions);
        }
        if !self.tab.is_shown(shared) {
            self.tab = Tab::Checklist;
        }
        if guiding {
            // The guide leaves room for the status area above its row of buttons.
            self.guide.ui(ui, shared, &mut nav, &mut actions);
            self.focus_ring_ui(ui);
            self.navigate(nav);
            return actions;
        }
        // What comes and goes sits along the bottom, so the screen above never moves.
        let full = ui.available_rect_before_wrap();
        let split = full.bottom() - status::reserved(ui, shared);
        let body = egui::Rect::from_min_max(full.min, egui::pos2(full.right(), split));
        ui.scope_builder(egui::UiBuilder::new().max_rect(body), |ui| {
            self.views
                .get_mut(self.tab)
                .ui(ui, shared, &mut nav, &mut actions);
        });
        status::ui(ui, full.x_range(), split, shared, &mut nav, &mut actions);
        self.focus_ring_ui(ui);
        self.navigate(nav);
        actions
    }

    /// Acts on the moves between screens asked for while drawing.
    fn navigate(&mut self, nav: Navigation) {
        if let Some(tab) = nav.tab {
            self.tab = tab;
        }
        if let Some(step) = nav.reveal {
            self.views.checklist.checklist.reveal(step);
        }
    }
}

impl Screens {
    /// Forgets the previous passwords typed in the draft (the progress was replaced).
    pub fn forget_passwords(&mut self) {
        self.views.draft.forget_passwords();
    }

    /// How many previous passwords are typed in the draft (for the saved text, which never
    /// holds them).
    #[must_use]
    pub fn password_count(&self) -> usize {
        self.views.draft.password_count()
    }

    /// Shows `tab` (when it is offered) and moves the keyboard focus to its heading.
    pub fn open(&mut self, tab: Tab) {
        self.tab = tab;
        self.focus_view = true;
    }

    /// Opens the guided start's questions on the next frame.
    pub fn request_guide(&mut self) {
        self.guide_requested = true;
    }

    /// Whether the guided start is showing.
    #[must_use]
    pub fn is_guiding(&self) -> bool {
        self.guide.is_open()
    }

    /// Asks whether to start over (the question from the Progress menu).
    pub fn ask_start_over(&mut self) {
        self.progress_menu.ask_start_over();
    }

    /// Draws a ring around the focused control while the keyboard is in use. egui marks focus
    /// only faintly; people who cannot use a mouse need to see where they are.
    fn focus_ring_ui(&mut self, ui: &egui::Ui) {
        ui.input(|input| {
            for event in &input.events {
                match event {
                    egui::Event::Key {
                        key: egui::Key::Tab,
                        pressed: true,
                        ..
                    } => self.keyboard = true,
                    egui::Event::PointerButton { pressed: true, .. } => self.keyboard = false,
                    _ => {}
                }
            }
        });
        if !self.keyboard {
            return;
        }
        let Some(response) = ui
            .memory(egui::Memory::focused)
            .and_then(|id| ui.ctx().read_response(id))
        else {
            return;
        };
        // Only the visible part: a control half scrolled away keeps its ring inside its area.
        let rect = response.interact_rect;
        if rect.is_positive() {
            let painter = ui.ctx().layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("focus-ring"),
            ));
            let tokens = Tokens::of(ui);
            painter.rect_stroke(
                rect.expand(tokens.size.focus_ring),
                tokens.radius.control,
                egui::Stroke::new(tokens.size.focus_ring, tokens.colors.accent),
                egui::StrokeKind::Outside,
            );
        }
    }
}

/// The title bar inside the window: the app's name and the language switch.
fn header_ui(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    progress_menu: &mut progress_menu::ProgressMenu,
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    ui.add_space(Tokens::of(ui).space.s);
    // The subtitle only when there is room, so nothing overlaps in a narrow window.
    let wide = ui.available_width() > Tokens::of(ui).size.wide_header;
    ui.horizontal(|ui| {
        let title = ui.heading(tr!(texts, "app-title"));
        ui.ctx().accesskit_node_builder(title.id, |node| {
            node.set_role(egui::accesskit::Role::Heading);
            node.set_level(1);
            node.clear_value();
            node.set_label(tr!(texts, "app-title"));
        });
        if wide {
            widgets::label(
                ui,
                egui::RichText::new(tr!(texts, "app-subtitle"))
                    .color(theme::Tokens::of(ui).colors.text_weak),
            );
        }
        // The menus and languages sit at the right but are drawn left to right, so screen
        // readers and Tab meet them in the order seen: their width is the one measured on the
        // previous frame.
        let width_id = ui.scope_id().with("header-right-width");
        let right = ui.data(|d| d.get_temp::<f32>(width_id)).unwrap_or(0.0);
        let gap = ui.available_width() - right;
        ui.add_space(gap.max(Tokens::of(ui).space.m));
        let start = ui.cursor().left();
        view_menu::menu_ui(ui, shared, actions);
        progress_menu.menu_ui(ui, shared, actions);
        ui.add_space(Tokens::of(ui).space.m);
        for language in Language::ALL {
            let name = tr!(texts, language.name_id());
            let selected = texts.language() == language;
            let response = ui
                .add(egui::Button::selectable(selected, name.as_str()))
                .on_hover_text(Command::SwitchLanguage.with_shortcut(texts, ui.ctx()));
            if response.clicked() && !selected {
                actions.push(Action::LanguageChosen(language).into());
            }
        }
        let used = ui.min_rect().right() - start;
        if (used - right).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(width_id, used));
            ui.ctx().request_repaint();
        }
    });
    ui.add_space(Tokens::of(ui).space.xs);
}
