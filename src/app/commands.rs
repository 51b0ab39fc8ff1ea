//! Acting on what the screens ask for: changes to the progress (through the one door,
//! [`Progress::apply`]), and the commands of the command table.

use super::App;
use super::window_settings::ZOOM_RANGE;
use crate::progress::{Action, Progress};
use crate::ui::command::Command;
use crate::ui::{Notice, Tab, UiAction};

/// How much one step of "larger" or "smaller" changes the text size.
const ZOOM_STEP: f32 = 0.1;

impl App {
    /// Changes the progress: the one path by which the person's state changes.
    pub(super) fn change(&mut self, action: Action) {
        if let Action::LanguageChosen(language) = &action {
            self.texts.set_language(*language);
        }
        if matches!(action, Action::Replaced(_)) {
            // Passwords typed for the old progress must not follow into the new one.
            self.screens.forget_passwords();
        }
        if self.progress.apply(action, self.clock.now()) {
            self.autosave.changed();
        }
    }

    /// Acts on what the screens asked for.
    pub(super) fn apply(&mut self, actions: Vec<UiAction>) {
        for action in actions {
            match action {
                UiAction::Progress(action) => self.change(action),
                UiAction::Command(command) => self.run_command(command),
                UiAction::DismissNotice(index) => {
                    if index < self.notices.len() {
                        self.notices.remove(index);
                    }
                }
                UiAction::ConfirmImport => {
                    if let Some(import) = self.pending_import.take() {
                        self.replace(import.progress, Some(import.path));
                    }
                }
                UiAction::CancelImport => self.pending_import = None,
                UiAction::ConfirmStartOver => {
                    self.replace(Progress::default(), None);
                    self.screens.request_guide();
                }
                UiAction::CloseAnyway => {
                    self.close_anyway = true;
                    self.confirm_close = false;
                    self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                UiAction::KeepOpen => self.confirm_close = false,
                UiAction::OpenFile(path) => self.open_path(path),
            }
        }
    }

    /// Runs a command of the command table.
    pub(super) fn run_command(&mut self, command: Command) {
        match command {
            Command::SavePdf => self.save_checklist(true),
            Command::SaveText => self.save_checklist(false),
            Command::ExportProgress => self.export_progress(),
            Command::ImportProgress => self.import_progress(),
            Command::StartOver => self.screens.ask_start_over(),
            Command::OpenGuide => self.screens.request_guide(),
            Command::OpenDataFolder => self.open_path(self.data_dir.clone()),
            Command::SaveDraft => self.save_draft_text(),
            Command::SwitchLanguage => {
                self.change(Action::LanguageChosen(self.texts.language().other()));
            }
            Command::ShowChecklist => self.screens.open(Tab::Checklist),
            Command::ShowConnectivity => self.screens.open(Tab::Connectivity),
            Command::ShowDraft => self.screens.open(Tab::Draft),
            Command::ShowSupport => self.screens.open(Tab::Support),
            Command::ShowAftercare => self.screens.open(Tab::Aftercare),
            Command::TextLarger => self.zoom_by(ZOOM_STEP),
            Command::TextSmaller => self.zoom_by(-ZOOM_STEP),
            Command::TextReset => self.ctx.set_zoom_factor(1.0),
            Command::ThemeSystem | Command::ThemeLight | Command::ThemeDark => {
                if let Some(theme) = command.theme() {
                    self.ctx.set_theme(theme);
                }
            }
            Command::ToggleReminders => self.reminders_on = !self.reminders_on,
            Command::StartCheck => self.start_check(),
            Command::StopCheck => self.stop_check(),
            Command::RetrySave => self.autosave.retry_now(),
        }
    }

    fn zoom_by(&self, step: f32) {
        let zoom = (self.ctx.zoom_factor() + step).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        self.ctx.set_zoom_factor(zoom);
    }

    /// Opens a file or folder in the system's viewer; says so when that is not possible.
    fn open_path(&mut self, path: std::path::PathBuf) {
        if let Err(e) = opener::open(&path) {
            log::warn!("cannot open {}: {e}", path.display());
            self.notices.push(Notice::FolderNotOpened { path });
        }
    }
}
