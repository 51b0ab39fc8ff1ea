//! The eframe application: owns the state, draws the screens, applies their actions and
//! schedules saves.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use i18n_embed_fl::fl;

use crate::clock::{Clock, SystemClock};
use crate::i18n::{Language, Texts};
use crate::knowledge::{KnowledgeBase, KnowledgeError};
use crate::progress::{Action, Progress};
use crate::store::{self, DataLock, LoadEvent, Saver, Store, StoreError};
use crate::ui::{self, Notice, Shared};

/// How long after the last change the app waits before saving, so typing a note saves once.
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// How long closing the window may wait for the last save.
const EXIT_SAVE_TIMEOUT: Duration = Duration::from_secs(3);
/// How soon a failed save is tried again.
const SAVE_RETRY: Duration = Duration::from_secs(15);

/// The app's id: the Linux `.desktop` file name and the Wayland app id.
pub const APP_ID: &str = "signin-rescue";

/// What the app needs to start: where the data is, and any choices made on the command line.
pub struct AppOptions {
    /// The data folder.
    pub data_dir: PathBuf,
    /// `--lang`: overrides the saved choice and the system language for this run.
    pub language: Option<Language>,
    /// The time source.
    pub clock: Arc<dyn Clock>,
}

impl AppOptions {
    /// Options for `data_dir` with the system clock and no language override.
    #[must_use]
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            data_dir: data_dir.into(),
            language: None,
            clock: Arc::new(SystemClock),
        }
    }
}

/// Why the app could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The data folder is unusable or already in use.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The built-in knowledge base is broken (a build defect; tests prevent it).
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
}

/// Everything prepared before the window opens: the lock, the loaded progress, the language.
pub struct Startup {
    lock: DataLock,
    store: Store,
    kb: KnowledgeBase,
    progress: Progress,
    event: LoadEvent,
    language: Language,
    clock: Arc<dyn Clock>,
}

impl Startup {
    /// Takes the data folder's lock and loads the progress.
    ///
    /// # Errors
    /// When another copy of the app uses the folder, or the folder cannot be created.
    pub fn prepare(options: AppOptions) -> Result<Self, StartError> {
        let kb = KnowledgeBase::embedded()?;
        let lock = DataLock::acquire(&options.data_dir)?;
        let store = Store::new(&options.data_dir);
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
        })
    }

    /// The language the window will open in.
    #[must_use]
    pub fn language(&self) -> Language {
        self.language
    }
}

/// Saving state: which revision of the progress is on disk, and what went wrong if not.
struct Persistence {
    saver: Option<Saver>,
    revision: u64,
    requested: u64,
    saved: u64,
    last_change: Instant,
    retry_at: Option<Instant>,
    error: Option<StoreError>,
}

impl Persistence {
    fn new(store: Store, event: &LoadEvent, last_saved: Option<String>) -> Self {
        // When the progress file exists but cannot be read, saving would overwrite it: do not.
        let saver = if matches!(event, LoadEvent::Unreadable(_)) {
            None
        } else {
            Saver::spawn(store, last_saved)
                .inspect_err(|e| log::error!("cannot start the saver thread: {e}"))
                .ok()
        };
        Self {
            saver,
            revision: 0,
            requested: 0,
            saved: 0,
            last_change: Instant::now(),
            retry_at: None,
            error: None,
        }
    }

    fn changed(&mut self) {
        self.revision += 1;
        self.last_change = Instant::now();
    }

    fn is_dirty(&self) -> bool {
        self.saved < self.revision
    }

    /// Collects finished saves, and sends a new one once changes have settled. Returns how
    /// soon the app should look again, if it should.
    fn tick(&mut self, progress: &Progress) -> Option<Duration> {
        let saver = self.saver.as_ref()?;
        for report in saver.finished() {
            match report.result {
                Ok(()) => {
                    self.saved = self.saved.max(report.revision);
                    self.error = None;
                    self.retry_at = None;
                }
                Err(e) => {
                    self.error = Some(e);
                    self.retry_at = Some(Instant::now() + SAVE_RETRY);
                    // Ask again: the next attempt resends the current state.
                    self.requested = self.saved;
                }
            }
        }
        if !self.is_dirty() {
            return None;
        }
        let now = Instant::now();
        let due = match self.retry_at {
            Some(retry) => retry.max(self.last_change + SAVE_DELAY),
            None => self.last_change + SAVE_DELAY,
        };
        if self.requested < self.revision && now >= due {
            saver.request(self.revision, store::encode(progress));
            self.requested = self.revision;
        }
        // Look again when the save is due, or soon to collect the report.
        Some(
            due.saturating_duration_since(now)
                .max(Duration::from_millis(50)),
        )
    }

    /// Saves now and waits (bounded) for it, for closing the window.
    fn flush(&mut self, progress: &Progress) {
        let Some(saver) = &self.saver else { return };
        if !self.is_dirty() {
            return;
        }
        saver.request(self.revision, store::encode(progress));
        match saver.wait_for(self.revision, EXIT_SAVE_TIMEOUT) {
            Some(report) if report.result.is_ok() => self.saved = report.revision,
            Some(report) => log::error!("the last save failed: {:?}", report.result),
            None => log::error!("the last save did not finish in time"),
        }
    }

    fn retry_now(&mut self) {
        self.retry_at = None;
        self.requested = self.saved;
        self.last_change = Instant::now()
            .checked_sub(SAVE_DELAY)
            .unwrap_or_else(Instant::now);
    }
}

/// The Sign-in Rescue window.
pub struct App {
    kb: KnowledgeBase,
    texts: Texts,
    progress: Progress,
    clock: Arc<dyn Clock>,
    persistence: Persistence,
    screens: ui::Screens,
    notices: Vec<Notice>,
    store_dir: PathBuf,
    title_shown: Option<Language>,
    _lock: DataLock,
}

impl App {
    /// Creates the app in the window eframe prepared.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        ui::theme::install(&cc.egui_ctx);
        Self::from_startup(startup)
    }

    fn from_startup(startup: Startup) -> Self {
        let Startup {
            lock,
            store,
            kb,
            progress,
            event,
            language,
            clock,
        } = startup;
        let last_saved = matches!(event, LoadEvent::Loaded).then(|| store::encode(&progress));
        let store_dir = store.dir().to_owned();
        let persistence = Persistence::new(store, &event, last_saved);
        let notices = Notice::from_load_event(event).into_iter().collect();
        Self {
            kb,
            texts: Texts::new(language),
            progress,
            clock,
            persistence,
            screens: ui::Screens::default(),
            notices,
            store_dir,
            title_shown: None,
            _lock: lock,
        }
    }

    /// The person's progress as it is now (for tests and the command line).
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
        !self.persistence.is_dirty()
    }

    /// Applies actions from the screens: the one path by which state changes.
    fn apply(&mut self, actions: Vec<ui::UiAction>) {
        let now = self.clock.now();
        for action in actions {
            match action {
                ui::UiAction::Progress(action) => {
                    if let Action::LanguageChosen(language) = &action {
                        self.texts.set_language(*language);
                    }
                    if self.progress.apply(action, now) {
                        self.persistence.changed();
                    }
                }
                ui::UiAction::DismissNotice(index) => {
                    if index < self.notices.len() {
                        self.notices.remove(index);
                    }
                }
                ui::UiAction::RetrySave => self.persistence.retry_now(),
            }
        }
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if self.title_shown != Some(self.texts.language()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(fl!(
                self.texts.ui(),
                "window-title"
            )));
            self.title_shown = Some(self.texts.language());
        }
        if let Some(delay) = self.persistence.tick(&self.progress) {
            ctx.request_repaint_after(delay);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let shared = Shared {
            kb: &self.kb,
            progress: &self.progress,
            texts: &self.texts,
            now: self.clock.now(),
            notices: &self.notices,
            save_error: self.persistence.error.as_ref(),
            data_dir: &self.store_dir,
        };
        let actions = self.screens.ui(ui, &shared);
        self.apply(actions);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.persistence.flush(&self.progress);
    }
}

impl Drop for App {
    fn drop(&mut self) {
        // eframe calls `on_exit`, but tests and crashes in `ui` do not: save whatever is left.
        self.persistence.flush(&self.progress);
    }
}
