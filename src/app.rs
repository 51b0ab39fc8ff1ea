//! The eframe application: owns the state, draws the screens, applies their actions and
//! schedules saves and file tasks.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use i18n_embed_fl::fl;

use crate::autosave::Autosave;
use crate::clock::{Clock, SystemClock};
use crate::draft;
use crate::export;
use crate::files::{
    DialogRequest, FileDialogs, FileOutcome, FilePurpose, FileTasks, NativeDialogs,
};
use crate::i18n::{Language, Texts};
use crate::knowledge::{KnowledgeBase, KnowledgeError};
use crate::net::{CheckConfig, CheckEvent, Checker};
use crate::progress::{Action, Progress};
use crate::store::{self, CopyKind, DataLock, LoadEvent, Store, StoreError};
use crate::timers;
use crate::ui::connectivity::LiveCheck;
use crate::ui::{self, Notice, PendingImport, Shared, UiAction};

/// The app's id: the Linux `.desktop` file name and the Wayland app id.
pub const APP_ID: &str = "signin-rescue";

/// How long closing the window waits for an export that is still being written.
const EXIT_FILES_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// The window's own settings file in the data folder (size, position, theme, text size).
pub const WINDOW_FILE: &str = "window.ron";

/// The key under which the view settings are kept in the window's storage.
const VIEW_KEY: &str = "view";

/// Settings of the window rather than of the person's progress.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
struct ViewPrefs {
    theme: egui::ThemePreference,
    zoom: f32,
}

/// What the app needs to start: where the data is, and any choices made on the command line.
pub struct AppOptions {
    /// The data folder.
    pub data_dir: PathBuf,
    /// `--lang`: overrides the saved choice and the system language for this run.
    pub language: Option<Language>,
    /// The time source.
    pub clock: Arc<dyn Clock>,
    /// The file dialogs.
    pub dialogs: Box<dyn FileDialogs>,
    /// What the connectivity check contacts (Microsoft's hosts; local servers in tests).
    pub check_config: CheckConfig,
}

impl AppOptions {
    /// Options for `data_dir` with the system clock, native dialogs and no language override.
    #[must_use]
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            data_dir: data_dir.into(),
            language: None,
            clock: Arc::new(SystemClock),
            dialogs: Box::new(NativeDialogs),
            check_config: CheckConfig::production(),
        }
    }
}

/// Why the app could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Another copy of the app uses the data folder.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The built-in knowledge base is broken (a build defect; tests prevent it).
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
}

/// Everything prepared before the window opens: the lock, the loaded progress, the language.
pub struct Startup {
    lock: Option<DataLock>,
    store: Store,
    kb: KnowledgeBase,
    progress: Progress,
    event: LoadEvent,
    language: Language,
    clock: Arc<dyn Clock>,
    dialogs: Box<dyn FileDialogs>,
    check_config: CheckConfig,
}

impl Startup {
    /// Takes the data folder's lock and loads the progress. A folder that cannot be written
    /// does not stop the app: the person can still work, and a banner says saving fails.
    ///
    /// # Errors
    /// When another copy of the app uses the folder.
    pub fn prepare(options: AppOptions) -> Result<Self, StartError> {
        let kb = KnowledgeBase::embedded()?;
        let lock = match DataLock::acquire(&options.data_dir) {
            Ok(lock) => Some(lock),
            Err(StoreError::AlreadyOpen(path)) => return Err(StoreError::AlreadyOpen(path).into()),
            Err(e) => {
                log::warn!("the data folder cannot be locked now: {e}");
                None
            }
        };
        let store = Store::new(&options.data_dir);
        if lock.is_some() {
            store.remove_leftovers();
        }
        let loaded = store.load(options.clock.now());
        let language = options
            .language
            .or(loaded.progress.language)
            .unwrap_or_else(Language::from_system);
        Ok(Self {
            lock,
            store,
            kb,
            progress: loaded.progress,
            event: loaded.event,
            language,
            clock: options.clock,
            dialogs: options.dialogs,
            check_config: options.check_config,
        })
    }

    /// The language the window will open in.
    #[must_use]
    pub fn language(&self) -> Language {
        self.language
    }
}

/// A replacement of the whole progress, waiting for the copy of the current one to be kept.
struct PendingReplacement {
    copy_id: u64,
    with: Progress,
    /// The imported file, or `None` for a fresh start.
    from: Option<PathBuf>,
}

/// The Sign-in Rescue window.
pub struct App {
    kb: KnowledgeBase,
    texts: Texts,
    progress: Progress,
    clock: Arc<dyn Clock>,
    autosave: Autosave,
    files: FileTasks,
    screens: ui::Screens,
    notices: Vec<Notice>,
    pending_import: Option<PendingImport>,
    pending_replacement: Option<PendingReplacement>,
    data_dir: PathBuf,
    title_shown: Option<Language>,
    check_config: CheckConfig,
    check_hosts: Vec<String>,
    checker: Option<(Checker, Instant, LiveCheck)>,
    ctx: egui::Context,
    measure: crate::measure::Measure,
    /// Asking whether to close although changes would be lost.
    confirm_close: bool,
    /// The person chose to close anyway.
    close_anyway: bool,
}

impl App {
    /// Creates the app in the window eframe prepared.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        ui::theme::install(&cc.egui_ctx);
        if let Some(prefs) = cc
            .storage
            .and_then(|storage| eframe::get_value::<ViewPrefs>(storage, VIEW_KEY))
        {
            cc.egui_ctx.set_theme(prefs.theme);
            if prefs.zoom.is_finite() {
                cc.egui_ctx.set_zoom_factor(prefs.zoom.clamp(0.5, 3.0));
            }
        }
        let Startup {
            lock,
            store,
            kb,
            progress,
            event,
            language,
            clock,
            dialogs,
            check_config,
        } = startup;
        let last_saved = matches!(event, LoadEvent::Loaded).then(|| store::encode(&progress));
        let writable = !matches!(event, LoadEvent::Unreadable(_));
        let data_dir = store.dir().to_owned();
        // A restored backup becomes the progress file at once, so the next start is quiet.
        let restored = matches!(event, LoadEvent::RestoredFromBackup { .. });
        let mut app = Self {
            kb,
            texts: Texts::new(language),
            progress,
            clock,
            autosave: Autosave::new(store, lock, writable, last_saved),
            files: FileTasks::new(dialogs),
            screens: ui::Screens::default(),
            notices: Notice::from_load_event(event).into_iter().collect(),
            pending_import: None,
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
            measure: crate::measure::Measure::from_env(),
            confirm_close: false,
            close_anyway: false,
        };
        if restored {
            app.autosave.changed();
        }
        app
    }

    /// The person's progress as it is now (for tests).
    #[must_use]
    pub fn progress(&self) -> &Progress {
        &self.progress
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
        self.files.is_busy() || self.pending_replacement.is_some()
    }

    /// The messages shown in the banner area.
    #[must_use]
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Changes the progress: the one path by which the person's state changes.
    fn change(&mut self, action: Action) {
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
    fn apply(&mut self, actions: Vec<UiAction>) {
        for action in actions {
            match action {
                UiAction::Progress(action) => self.change(action),
                UiAction::DismissNotice(index) => {
                    if index < self.notices.len() {
                        self.notices.remove(index);
                    }
                }
                UiAction::RetrySave => self.autosave.retry_now(),
                UiAction::ExportProgress => self.export_progress(),
                UiAction::ImportProgress => {
                    let request = self.progress_dialog("dialog-import-title", String::new());
                    self.files.open(FilePurpose::ImportProgress, &request);
                }
                UiAction::ConfirmImport => {
                    if let Some(import) = self.pending_import.take() {
                        self.replace(import.progress, Some(import.path));
                    }
                }
                UiAction::CancelImport => self.pending_import = None,
                UiAction::StartOver => self.replace(Progress::default(), None),
                UiAction::SaveDraftText { passwords } => self.save_draft_text(passwords),
                UiAction::SaveChecklist { pdf } => self.save_checklist(pdf),
                UiAction::StartCheck => self.start_check(),
                UiAction::CloseAnyway => {
                    self.close_anyway = true;
                    self.confirm_close = false;
                    self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                UiAction::KeepOpen => self.confirm_close = false,
                UiAction::CancelCheck => {
                    if let Some((checker, ..)) = &self.checker {
                        checker.cancel();
                    }
                }
                UiAction::OpenFile(path) => {
                    if let Err(e) = opener::open(&path) {
                        log::warn!("cannot open the saved file: {e}");
                        self.notices.push(Notice::FolderNotOpened { path });
                    }
                }
                UiAction::OpenDataFolder => {
                    if let Err(e) = opener::open(&self.data_dir) {
                        log::warn!("cannot open the data folder: {e}");
                        self.notices.push(Notice::FolderNotOpened {
                            path: self.data_dir.clone(),
                        });
                    }
                }
            }
        }
    }

    fn progress_dialog(&self, title_id: &str, file_name: String) -> DialogRequest {
        DialogRequest {
            title: self.texts.get_args(title_id, &[]),
            file_name,
            filter: (
                fl!(self.texts.ui(), "dialog-progress-filter"),
                vec!["ron".into()],
            ),
        }
    }

    fn export_progress(&mut self) {
        let date = self.clock.now().strftime("%Y-%m-%d").to_string();
        let request = self.progress_dialog(
            "dialog-export-title",
            format!("signin-rescue-progress-{date}.ron"),
        );
        let text = store::encode(&self.progress);
        self.files
            .save(FilePurpose::ExportProgress, &request, move || {
                Ok(text.into_bytes())
            });
    }

    fn start_check(&mut self) {
        if self.checker.is_some() {
            return;
        }
        match Checker::start(self.check_config.clone(), Arc::clone(&self.clock)) {
            Ok(checker) => {
                log::info!("connectivity check started");
                self.checker = Some((checker, Instant::now(), LiveCheck::new(&self.check_hosts)));
            }
            Err(e) => log::error!("cannot start the connectivity check: {e}"),
        }
    }

    /// Collects the running check's progress; keeps its report when it ends.
    fn poll_check(&mut self, ctx: &egui::Context) {
        let Some((checker, started, live)) = &mut self.checker else {
            return;
        };
        live.seconds = started.elapsed().as_secs();
        let mut finished = None;
        for event in checker.events() {
            match event {
                CheckEvent::Stage { host, result } => live.stage_done(&host, result),
                CheckEvent::Finished(report) => finished = Some(report),
            }
        }
        match finished {
            Some(report) if report.verdict == crate::net::Verdict::Cancelled => {
                // A stopped check says nothing: the last finished one stays.
                log::info!("connectivity check stopped");
                self.checker = None;
            }
            Some(report) => {
                log::info!("connectivity check finished: {:?}", report.verdict);
                self.checker = None;
                self.change(Action::DiagnosticsFinished(Box::new(report)));
            }
            // Only while a check runs: the elapsed seconds and the rows change.
            None => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
        }
    }

    /// Whether a connectivity check is running.
    #[must_use]
    pub fn is_checking(&self) -> bool {
        self.checker.is_some()
    }

    /// Saves the printable checklist; the PDF is drawn on the file task's thread.
    fn save_checklist(&mut self, pdf: bool) {
        let now = self.clock.now();
        let date = now.strftime("%Y-%m-%d").to_string();
        let stem = fl!(self.texts.ui(), "checklist-file-stem");
        let checklist = export::checklist::build(&self.kb, &self.progress, &self.texts, now);
        if pdf {
            let request = DialogRequest {
                title: fl!(self.texts.ui(), "dialog-pdf-title"),
                file_name: format!("{stem}-{date}.pdf"),
                filter: (
                    fl!(self.texts.ui(), "dialog-pdf-filter"),
                    vec!["pdf".into()],
                ),
            };
            let language = self.texts.language();
            let paper = self
                .progress
                .paper
                .unwrap_or_else(|| export::pdf::Paper::for_language(language));
            self.files
                .save(FilePurpose::ChecklistPdf, &request, move || {
                    export::pdf::render(&checklist, &Texts::new(language), paper)
                        .map_err(|e| e.to_string())
                });
        } else {
            let request = DialogRequest {
                title: fl!(self.texts.ui(), "dialog-checklist-text-title"),
                file_name: format!("{stem}-{date}.txt"),
                filter: (
                    fl!(self.texts.ui(), "dialog-text-filter"),
                    vec!["txt".into()],
                ),
            };
            let text = export::text::render(&checklist, &self.texts);
            self.files
                .save(FilePurpose::ChecklistText, &request, move || {
                    Ok(text.into_bytes())
                });
        }
    }

    fn save_draft_text(&mut self, passwords: usize) {
        let date = self.clock.now().strftime("%Y-%m-%d").to_string();
        let request = DialogRequest {
            title: fl!(self.texts.ui(), "dialog-draft-title"),
            file_name: format!("{}-{date}.txt", fl!(self.texts.ui(), "draft-file-stem")),
            filter: (
                fl!(self.texts.ui(), "dialog-text-filter"),
                vec!["txt".into()],
            ),
        };
        // Files never hold passwords, revealed or not.
        let text = draft::render::draft_text(
            &self.kb,
            &self.progress,
            &self.texts,
            draft::render::Passwords::Omitted(passwords),
            self.clock.now(),
        );
        self.files.save(FilePurpose::DraftText, &request, move || {
            Ok(text.into_bytes())
        });
    }

    /// Keeps a copy of the current progress, then (when the copy is safe) replaces it.
    fn replace(&mut self, with: Progress, from: Option<PathBuf>) {
        let kind = if from.is_some() {
            CopyKind::BeforeImport
        } else {
            CopyKind::BeforeStartOver
        };
        match self
            .autosave
            .keep_copy(kind, &self.progress, self.clock.now())
        {
            Some(copy_id) => {
                self.pending_replacement = Some(PendingReplacement {
                    copy_id,
                    with,
                    from,
                });
            }
            None => self.notices.push(Notice::NotReplaced),
        }
    }

    /// Handles the outcome of a file task.
    fn file_finished(&mut self, outcome: FileOutcome) {
        match outcome {
            FileOutcome::Cancelled(_) => {}
            FileOutcome::Written { purpose, path } => {
                self.notices.push(Notice::FileSaved { purpose, path });
            }
            FileOutcome::Read { path, bytes, .. } => match store::decode(&bytes) {
                Ok(progress) => {
                    self.pending_import = Some(PendingImport {
                        summary: progress.summary(),
                        progress,
                        path,
                    });
                }
                Err(reason) => {
                    log::warn!("the chosen file is not usable progress: {reason}");
                    self.notices.push(Notice::ImportRefused {
                        path,
                        newer: matches!(reason, store::DecodeError::Newer(_)),
                    });
                }
            },
            FileOutcome::Failed {
                purpose:
                    FilePurpose::ExportProgress
                    | FilePurpose::DraftText
                    | FilePurpose::ChecklistPdf
                    | FilePurpose::ChecklistText,
                path,
                error,
            } => {
                log::warn!("writing a file failed: {error}");
                self.notices.push(Notice::FileNotSaved { path });
            }
            FileOutcome::Failed {
                purpose: FilePurpose::ImportProgress,
                path,
                error,
            } => {
                log::warn!("import failed: {error}");
                self.notices
                    .push(Notice::ImportRefused { path, newer: false });
            }
        }
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.measure.frame(ctx);
        // Closing while changes cannot be saved would lose them: ask first.
        if ctx.input(|i| i.viewport().close_requested())
            && self.autosave.would_lose_changes()
            && !self.close_anyway
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm_close = true;
        }
        if self.title_shown != Some(self.texts.language()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(fl!(
                self.texts.ui(),
                "window-title"
            )));
            self.title_shown = Some(self.texts.language());
        }
        self.poll_check(ctx);
        for outcome in self.files.finished() {
            self.file_finished(outcome);
        }
        let (copies, wait) = self.autosave.tick(&self.progress);
        for copy in copies {
            let Some(pending) = self.pending_replacement.take_if(|p| p.copy_id == copy.id) else {
                continue;
            };
            match copy.result {
                Ok(backup) => {
                    self.change(Action::Replaced(Box::new(pending.with)));
                    self.notices.push(match pending.from {
                        Some(path) => Notice::Imported { path, backup },
                        None => Notice::StartedAfresh { backup },
                    });
                }
                Err(e) => {
                    log::error!("could not keep a copy before replacing: {e}");
                    self.notices.push(Notice::NotReplaced);
                }
            }
        }
        if let Some(wait) = wait {
            ctx.request_repaint_after(wait);
        }
        // Timers: look again exactly when the time left on screen changes, or one falls due.
        if let Some(next) = timers::next_change(&self.progress, self.clock.now()) {
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
            live_check: self.checker.as_ref().map(|(_, _, live)| live),
            check_hosts: &self.check_hosts,
            confirm_close: self.confirm_close,
        };
        let actions = self.screens.ui(ui, &shared);
        self.apply(actions);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let prefs = ViewPrefs {
            theme: self.ctx.options(|o| o.theme_preference),
            zoom: self.ctx.zoom_factor(),
        };
        eframe::set_value(storage, VIEW_KEY, &prefs);
    }

    fn persist_egui_memory(&self) -> bool {
        // egui's memory holds text-field state; only the explicit view settings are kept.
        false
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.autosave.flush(&self.progress);
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
        self.autosave.flush(&self.progress);
    }
}
