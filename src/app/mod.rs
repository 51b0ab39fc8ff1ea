//! The eframe application, split as rerun splits its viewer: this file holds the state and the
//! frame loop, [`commands`] acts on what the screens ask for, [`tasks`] runs and collects the
//! background work (saving, files, the connection check), [`startup`] prepares everything before
//! the window opens, and [`window_settings`] keeps the window's own settings.

mod commands;
pub mod measure;
mod startup;
mod tasks;
pub mod window_settings;

use std::path::PathBuf;
use std::sync::Arc;

use crate::autosave::Autosave;
use crate::clock::{Clock, SystemClock};
use crate::files::{FileOutcome, FileTasks};
use crate::i18n::{Language, Texts};
use crate::knowledge::KnowledgeBase;
use crate::net::CheckConfig;
use crate::progress::Progress;
use crate::reminders::{Poster, Reminders};
use crate::store::LoadEvent;
use crate::tr;
use crate::ui::{self, Notice, PendingImport, Shared};

pub use startup::{APP_ID, AppOptions, StartError, Startup, WINDOW_FILE};
use tasks::{Decoding, PendingReplacement, RunningCheck};

/// How long closing the window waits for an export that is still being written.
const EXIT_FILES_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// The Sign-in Rescue window.
pub struct App {
    /// Listens for second launches. Declared first so that it is dropped (its socket removed)
    /// before the saver releases the folder's lock: a quick relaunch's socket is never removed.
    listener: Option<crate::instance::Listener>,
    kb: KnowledgeBase,
    texts: Texts,
    progress: Progress,
    clock: Arc<dyn Clock>,
    autosave: Autosave,
    /// What `window.ron` holds; theme and text size are written when they change.
    view_file: window_settings::ViewFile,
    files: FileTasks,
    screens: ui::Screens,
    notices: Vec<Notice>,
    pending_import: Option<PendingImport>,
    /// An imported file being decoded off the window's thread.
    decoding: Option<Decoding>,
    pending_replacement: Option<PendingReplacement>,
    data_dir: PathBuf,
    title_shown: Option<Language>,
    check_config: CheckConfig,
    check_hosts: Vec<String>,
    checker: Option<RunningCheck>,
    ctx: egui::Context,
    measure: measure::Measure,
    /// Asking whether to close although changes would be lost.
    confirm_close: bool,
    /// The person chose to close anyway.
    close_anyway: bool,
    /// Which waits that are over were announced.
    reminders: Reminders,
    /// Shows the reminders, on a thread of its own.
    poster: Poster,
    /// Whether reminders are on (View menu; kept in `window.ron`).
    reminders_on: bool,
    /// Whether the person was told that the system did not show a reminder (once a session).
    reminder_failure_told: bool,
}

impl App {
    /// Creates the app in the window eframe prepared.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        ui::theme::install(&cc.egui_ctx);
        // The command table handles Ctrl+Plus, Ctrl+Minus and Ctrl+0, like every other shortcut.
        cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let Startup {
            lock,
            store,
            kb,
            progress,
            event,
            kept_whole,
            language,
            clock,
            time_zone,
            dialogs,
            save_folder,
            check_config,
            notifier,
            listener,
            raises: _,
        } = startup;
        // What is on disk, encoded on the saver's thread (see below). A file that had to be
        // bounded is saved bounded at once, so its whole copy is made only this time.
        let baseline = matches!(event, LoadEvent::Loaded) && kept_whole.is_none();
        let writable = !matches!(event, LoadEvent::Unreadable(_));
        let data_dir = store.dir().to_owned();
        // A restored backup becomes the progress file at once, so the next start is quiet.
        let restored = matches!(event, LoadEvent::RestoredFromBackup { .. });
        let view_prefs = window_settings::load(store.dir());
        if let Some(prefs) = &view_prefs {
            window_settings::apply(&cc.egui_ctx, prefs);
        }
        // The save delay runs on the computer's clock: the app's clock is the person's wall time,
        // which whole-app tests stand still to test timers; autosave's own tests inject one.
        let autosave = Autosave::new(store, lock, writable, None, Arc::new(SystemClock));
        if baseline {
            autosave.baseline(&progress);
        }
        let reminders = Reminders::new(&progress, clock.now());
        let reminders_on = view_prefs.is_none_or(|p| p.reminders);
        let mut app = Self {
            listener,
            kb,
            texts: Texts::new(language).with_time_zone(time_zone),
            progress,
            clock,
            autosave,
            view_file: window_settings::ViewFile::new(view_prefs),
            files: FileTasks::new(dialogs, save_folder),
            screens: ui::Screens::default(),
            notices: Notice::from_load_event(event)
                .into_iter()
                .chain(kept_whole.clone().map(|path| Notice::KeptWhole { path }))
                .collect(),
            pending_import: None,
            decoding: None,
            pending_replacement: None,
            data_dir,
            title_shown: None,
            check_hosts: check_config
                .hosts
                .iter()
                .chain(std::iter::once(&check_config.portal_host))
                .cloned()
                .collect(),
            check_config,
            checker: None,
            ctx: cc.egui_ctx.clone(),
            measure: measure::Measure::from_env(),
            confirm_close: false,
            close_anyway: false,
            reminders,
            poster: Poster::new(notifier),
            reminders_on,
            reminder_failure_told: false,
        };
        if restored || kept_whole.is_some() {
            app.autosave.changed();
        }
        // A first visit starts with the questions rather than the full checklist, and a
        // person who left them half answered comes back to the question they were at.
        if app.progress.is_untouched() || app.progress.guide_at.is_some() {
            app.screens.request_guide();
        }
        app
    }

    /// The person's progress as it is now (for tests).
    #[must_use]
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Whether the guided start's questions are showing.
    #[must_use]
    pub fn is_guiding(&self) -> bool {
        self.screens.is_guiding()
    }

    /// The language shown now.
    #[must_use]
    pub fn language(&self) -> Language {
        self.texts.language()
    }

    /// Whether every change has reached the disk.
    #[must_use]
    pub fn is_saved(&self) -> bool {
        !self.autosave.is_dirty()
    }

    /// Whether the last save failed (the banner is showing).
    #[must_use]
    pub fn save_failed(&self) -> bool {
        self.autosave.error().is_some()
    }

    /// Whether an imported file is waiting for the person to confirm it.
    #[must_use]
    pub fn is_import_pending(&self) -> bool {
        self.pending_import.is_some()
    }

    /// Whether a file dialog or a file task is still running.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.files.is_busy() || self.pending_replacement.is_some() || self.decoding.is_some()
    }

    /// Waits up to `timeout` for the running file tasks (blocking, not polling) and handles
    /// their outcomes as the next frame would; returns whether none is left running. For
    /// tests and scripted runs that must not sleep.
    pub fn finish_file_tasks(&mut self, timeout: std::time::Duration) -> bool {
        let deadline = std::time::Instant::now() + timeout;
        for outcome in self.files.wait_idle(timeout) {
            self.file_finished(outcome);
        }
        self.poll_decoding(deadline.saturating_duration_since(std::time::Instant::now()));
        !self.files.is_busy() && self.decoding.is_none()
    }

    /// Whether a connectivity check is running.
    #[must_use]
    pub fn is_checking(&self) -> bool {
        self.checker.is_some()
    }

    /// Waits up to `timeout` for the reminders handed to the system to be answered, and handles
    /// the answers as the next frame would. For tests.
    pub fn finish_reminders(&mut self, timeout: std::time::Duration) {
        let failures = self.poster.wait_answered(timeout);
        self.reminders_answered(&failures);
    }

    /// Whether reminders are on.
    #[must_use]
    pub fn reminders_on(&self) -> bool {
        self.reminders_on
    }

    /// Announces the waits that just ended, if the window is in the background, and tells the
    /// person once if the system did not show a reminder.
    fn remind(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.focused);
        let reminders = self.reminders.check(
            &self.kb,
            &self.progress,
            &self.texts,
            self.clock.now(),
            focused,
            self.reminders_on,
        );
        let mut failures = Vec::new();
        for reminder in reminders {
            failures.extend(self.poster.post(reminder).err());
        }
        failures.extend(self.poster.failures());
        self.reminders_answered(&failures);
    }

    fn reminders_answered(&mut self, failures: &[crate::reminders::NotifyError]) {
        for failure in failures {
            log::warn!("{failure}");
        }
        if !failures.is_empty() && !self.reminder_failure_told {
            self.reminder_failure_told = true;
            self.notices.push(Notice::ReminderNotShown);
        }
    }

    /// The messages shown in the banner area.
    #[must_use]
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.measure.frame(ctx);
        if let Some(text) =
            self.view_file
                .changed(window_settings::current(ctx, None, self.reminders_on))
        {
            self.autosave
                .write_file(window_settings::path(&self.data_dir), text.into_bytes());
        }
        // Closing while changes cannot be saved would lose them: ask first.
        // A change not saved yet is saved before the window goes; if that fails, ask too.
        if ctx.input(|i| i.viewport().close_requested())
            && !self.close_anyway
            && (!self.autosave.flush(&self.progress) || self.autosave.would_lose_changes())
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm_close = true;
        }
        if self.title_shown != Some(self.texts.language()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(tr!(
                &self.texts,
                "window-title"
            )));
            self.title_shown = Some(self.texts.language());
        }
        self.poll_check(ctx);
        self.remind(ctx);
        for outcome in self.files.finished() {
            self.file_finished(outcome);
        }
        self.poll_decoding(std::time::Duration::ZERO);
        if let Some(wait) = self.collect_saves() {
            ctx.request_repaint_after(wait);
        }
        // Timers: look again exactly when the time left on screen changes, or one falls due.
        if let Some(next) = crate::progress::next_change(&self.progress, self.clock.now()) {
            ctx.request_repaint_after(next);
        }
        if self.is_busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let shared = Shared {
            kb: &self.kb,
            progress: &self.progress,
            texts: &self.texts,
            now: self.clock.now(),
            notices: &self.notices,
            save_error: self.autosave.error(),
            data_dir: &self.data_dir,
            pending_import: self.pending_import.as_ref(),
            can_replace: self.autosave.can_save() && self.pending_replacement.is_none(),
            live_check: self.checker.as_ref().map(|check| &check.live),
            check_hosts: &self.check_hosts,
            confirm_close: self.confirm_close,
            reminders_on: self.reminders_on,
        };
        let actions = self.screens.ui(ui, &shared);
        self.apply(actions);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A second launch from now on shows its own message: this window is going.
        if let Some(listener) = &self.listener {
            listener.close();
        }
        self.autosave.flush_at_exit(&self.progress);
        // The window's size and place, with the settings, for the next start.
        // Through the saver, like every write to the data folder: its thread gets the same
        // bounded wait when the app ends, so a stalled disk cannot keep the window from closing.
        let prefs = window_settings::current(
            &self.ctx,
            window_settings::geometry(&self.ctx),
            self.reminders_on,
        );
        self.autosave.write_file(
            window_settings::path(&self.data_dir),
            window_settings::encode(&prefs).into_bytes(),
        );
        // An export chosen just before closing finishes rather than vanishing.
        for outcome in self.files.wait_idle(EXIT_FILES_TIMEOUT) {
            log::info!(
                "a file task finished at exit: {}",
                matches!(outcome, FileOutcome::Written { .. })
            );
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        // eframe calls `on_exit`, but tests and crashes in `ui` do not: save whatever is left.
        self.autosave.flush_at_exit(&self.progress);
    }
}
