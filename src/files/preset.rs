//! Dialogs that answer at once, for tests and scripted runs.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use super::{DialogAnswer, DialogFuture, DialogRequest, FileDialogs};

/// Dialogs that answer at once with paths set beforehand (or fail to open), and remember what
/// they were asked: for tests and scripted runs. Clones share their answers.
#[derive(Debug, Clone, Default)]
pub struct PresetDialogs {
    state: Arc<Mutex<PresetState>>,
}

#[derive(Debug, Default)]
struct PresetState {
    save_to: Option<PathBuf>,
    open_from: Option<PathBuf>,
    unavailable: bool,
    asked: Vec<DialogRequest>,
}

impl PresetState {
    fn answer(&self, path: Option<&PathBuf>) -> DialogAnswer {
        match path {
            _ if self.unavailable => {
                DialogAnswer::Unavailable("the preset dialogs are set to fail".into())
            }
            Some(path) => DialogAnswer::Chosen(path.clone()),
            None => DialogAnswer::Cancelled,
        }
    }
}

impl PresetDialogs {
    /// Sets the answer to the next "save as" dialogs; `None` behaves like Cancel.
    pub fn answer_save(&self, path: Option<PathBuf>) {
        self.lock().save_to = path;
    }

    /// Sets the answer to the next "open" dialogs; `None` behaves like Cancel.
    pub fn answer_open(&self, path: Option<PathBuf>) {
        self.lock().open_from = path;
    }

    /// Makes every dialog from now on fail to open, as on a computer without a file chooser.
    pub fn fail_to_open(&self) {
        self.lock().unavailable = true;
    }

    /// Every dialog shown so far.
    #[must_use]
    pub fn asked(&self) -> Vec<DialogRequest> {
        self.lock().asked.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, PresetState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl FileDialogs for PresetDialogs {
    fn save(&self, request: &DialogRequest) -> DialogFuture {
        let mut state = self.lock();
        state.asked.push(request.clone());
        Box::pin(std::future::ready(state.answer(state.save_to.as_ref())))
    }

    fn open(&self, request: &DialogRequest) -> DialogFuture {
        let mut state = self.lock();
        state.asked.push(request.clone());
        Box::pin(std::future::ready(state.answer(state.open_from.as_ref())))
    }
}
