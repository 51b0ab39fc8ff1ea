//! What the app needs before its window opens: the data folder's lock, the loaded progress,
//! the language, and the parts a test can replace (clock, file dialogs, connection-check
//! targets, the reminders' notifier).

use std::path::PathBuf;
use std::sync::Arc;

use jiff::tz::TimeZone;

use crate::clock::{Clock, SystemClock};
use crate::files::{FileDialogs, NativeDialogs, SaveFolder};
use crate::i18n::Language;
use crate::knowledge::{KnowledgeBase, KnowledgeError};
use crate::net::CheckConfig;
use crate::progress::Progress;
use crate::reminders::{NoNotifier, Notifier};
use crate::store::{DataLock, LoadEvent, Store, StoreError};

pub use crate::assets::APP_ID;

/// The window's own settings file in the data folder (size, position, theme, text size).
pub const WINDOW_FILE: &str = "window.ron";

/// What the app needs to start: where the data is, and any choices made on the command line.
pub struct AppOptions {
    /// The data folder.
    pub data_dir: PathBuf,
    /// `--lang`: overrides the saved choice and the system language for this run.
    pub language: Option<Language>,
    /// The time source.
    pub clock: Arc<dyn Clock>,
    /// The time zone dates and file names are shown in (the system's; tests choose one).
    pub time_zone: TimeZone,
    /// The file dialogs.
    pub dialogs: Box<dyn FileDialogs>,
    /// Where saves go when no file dialog can open (the Documents folder, else the data folder).
    pub save_folder: SaveFolder,
    /// What the connectivity check contacts (Microsoft's hosts; local servers in tests).
    pub check_config: CheckConfig,
    /// What shows a reminder when a wait ends in the background (the system's notifications
    /// in the window `main` opens; nothing unless chosen, so that tests and scripts stay quiet).
    pub notifier: Arc<dyn Notifier>,
}

impl AppOptions {
    /// Options for `data_dir` with the system clock and time zone, native dialogs and no
    /// language override.
    #[must_use]
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        let data_dir = data_dir.into();
        Self {
            save_folder: SaveFolder::system(&data_dir),
            data_dir,
            language: None,
            clock: Arc::new(SystemClock),
            time_zone: TimeZone::system(),
            dialogs: Box::new(NativeDialogs),
            check_config: CheckConfig::production(),
            notifier: Arc::new(NoNotifier),
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
    pub(super) lock: Option<DataLock>,
    pub(super) store: Store,
    pub(super) kb: KnowledgeBase,
    pub(super) progress: Progress,
    pub(super) event: LoadEvent,
    pub(super) language: Language,
    pub(super) clock: Arc<dyn Clock>,
    pub(super) time_zone: TimeZone,
    pub(super) dialogs: Box<dyn FileDialogs>,
    pub(super) save_folder: SaveFolder,
    pub(super) check_config: CheckConfig,
    pub(super) notifier: Arc<dyn Notifier>,
}

impl Startup {
    /// Takes the data folder's lock and loads the progress. A folder that cannot be written
    /// does not stop the app: the person can still work, and a banner says saving fails.
    ///
    /// # Errors
    /// When another copy of the app uses the folder, or another user can write to it.
    pub fn prepare(options: AppOptions) -> Result<Self, StartError> {
        let kb = KnowledgeBase::embedded()?;
        let lock = match DataLock::acquire(&options.data_dir) {
            Ok(lock) => Some(lock),
            Err(e @ (StoreError::AlreadyOpen(_) | StoreError::OthersCanWrite(_))) => {
                return Err(e.into());
            }
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
            time_zone: options.time_zone,
            dialogs: options.dialogs,
            save_folder: options.save_folder,
            check_config: options.check_config,
            notifier: options.notifier,
        })
    }

    /// The language the window will open in.
    #[must_use]
    pub fn language(&self) -> Language {
        self.language
    }
}
