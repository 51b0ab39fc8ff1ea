//! Files the person picks: native dialogs (behind a trait, so tests never open one) and the
//! work around them, all off the UI thread.
//!
//! A dialog is started on the UI thread (macOS wants that) and awaited on a `file-dialog`
//! thread, which then writes or reads the file and reports back through a channel.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};

use crate::store;

/// The largest file the app will read in an import (the store's limit): progress files are a
/// few kilobytes.
pub const MAX_IMPORT_BYTES: u64 = store::MAX_FILE_BYTES;

/// A dialog's answer: the path chosen, or `None` when cancelled.
pub type DialogFuture = Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>>;

/// What a dialog shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogRequest {
    /// The dialog's title.
    pub title: String,
    /// The file name offered when saving.
    pub file_name: String,
    /// The filter's name ("Progress files") and its extensions (without dots).
    pub filter: (String, Vec<String>),
}

/// Opens file dialogs. The app uses [`NativeDialogs`]; tests use a stand-in that answers at once.
pub trait FileDialogs {
    /// Starts a "save as" dialog.
    fn save(&self, request: &DialogRequest) -> DialogFuture;
    /// Starts an "open" dialog.
    fn open(&self, request: &DialogRequest) -> DialogFuture;
}

/// The system's own file dialogs (rfd: the desktop portal or zenity on Linux).
#[derive(Debug, Default, Clone, Copy)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn save(&self, request: &DialogRequest) -> DialogFuture {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(&request.title)
            .set_file_name(&request.file_name)
            .add_filter(&request.filter.0, &request.filter.1);
        let future = dialog.save_file();
        Box::pin(async move { future.await.map(|handle| handle.path().to_owned()) })
    }

    fn open(&self, request: &DialogRequest) -> DialogFuture {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(&request.title)
            .add_filter(&request.filter.0, &request.filter.1);
        let future = dialog.pick_file();
        Box::pin(async move { future.await.map(|handle| handle.path().to_owned()) })
    }
}

/// What the person is doing with a file, so the app knows what a result belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilePurpose {
    /// Exporting progress to move it to another computer.
    ExportProgress,
    /// Importing progress from another computer.
    ImportProgress,
    /// Saving the recovery-form draft as text.
    DraftText,
    /// Saving the printable checklist as PDF.
    ChecklistPdf,
    /// Saving the printable checklist as text.
    ChecklistText,
}

/// The result of a file task.
#[derive(Debug)]
pub enum FileOutcome {
    /// The person closed the dialog without choosing.
    Cancelled(FilePurpose),
    /// The file was written.
    Written {
        /// What it was for.
        purpose: FilePurpose,
        /// Where it is.
        path: PathBuf,
    },
    /// The file was read.
    Read {
        /// What it was for.
        purpose: FilePurpose,
        /// Where it was.
        path: PathBuf,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// Reading or writing failed.
    Failed {
        /// What it was for.
        purpose: FilePurpose,
        /// The file.
        path: PathBuf,
        /// What went wrong, for the log and the message.
        error: FileError,
    },
}

/// Why a chosen file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// An I/O error.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The file is larger than any file the app writes.
    #[error("the file is too large ({0} bytes)")]
    TooLarge(u64),
    /// Not a plain file (a folder, a device, a pipe).
    #[error("not a plain file")]
    NotAFile,
    /// The contents could not be made (a broken build; the reason is for the log).
    #[error("the file could not be made: {0}")]
    NotMade(String),
}

/// Runs file tasks on their own threads and collects the outcomes.
pub struct FileTasks {
    dialogs: Box<dyn FileDialogs>,
    sender: Sender<FileOutcome>,
    outcomes: Receiver<FileOutcome>,
    running: usize,
}

impl FileTasks {
    /// File tasks using `dialogs`.
    #[must_use]
    pub fn new(dialogs: Box<dyn FileDialogs>) -> Self {
        let (sender, outcomes) = mpsc::channel();
        Self {
            dialogs,
            sender,
            outcomes,
            running: 0,
        }
    }

    /// Whether a task is still running (the app then looks again soon).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.running > 0
    }

    /// Asks where to save, then makes the file with `contents` (which may take a while, as a
    /// PDF does) and writes it, off the UI thread.
    pub fn save(
        &mut self,
        purpose: FilePurpose,
        request: &DialogRequest,
        contents: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
    ) {
        let chosen = self.dialogs.save(request);
        self.spawn(move || {
            let Some(path) = pollster::block_on(chosen) else {
                return FileOutcome::Cancelled(purpose);
            };
            let bytes = match contents() {
                Ok(bytes) => bytes,
                Err(reason) => {
                    return FileOutcome::Failed {
                        purpose,
                        path,
                        error: FileError::NotMade(reason),
                    };
                }
            };
            match store::write_file(&path, &bytes) {
                Ok(()) => FileOutcome::Written { purpose, path },
                Err(error) => FileOutcome::Failed {
                    purpose,
                    path,
                    error: error.into(),
                },
            }
        });
    }

    /// Asks which file to open, then reads it, off the UI thread.
    pub fn open(&mut self, purpose: FilePurpose, request: &DialogRequest) {
        let chosen = self.dialogs.open(request);
        self.spawn(move || {
            let Some(path) = pollster::block_on(chosen) else {
                return FileOutcome::Cancelled(purpose);
            };
            match read_bounded(&path) {
                Ok(bytes) => FileOutcome::Read {
                    purpose,
                    path,
                    bytes,
                },
                Err(error) => FileOutcome::Failed {
                    purpose,
                    path,
                    error,
                },
            }
        });
    }

    fn spawn(&mut self, task: impl FnOnce() -> FileOutcome + Send + 'static) {
        let sender = self.sender.clone();
        let started = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                // The app may have closed meanwhile; then nobody needs the answer.
                let _ = sender.send(task());
            });
        match started {
            Ok(_) => self.running += 1,
            Err(e) => log::error!("cannot start the file dialog thread: {e}"),
        }
    }

    /// Waits up to `timeout` for running tasks to end (an export chosen just before closing
    /// the window); returns their outcomes.
    pub fn wait_idle(&mut self, timeout: std::time::Duration) -> Vec<FileOutcome> {
        let deadline = std::time::Instant::now() + timeout;
        let mut done = Vec::new();
        while self.running > 0 {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.outcomes.recv_timeout(left) {
                Ok(outcome) => {
                    self.running -= 1;
                    done.push(outcome);
                }
                Err(_) => break,
            }
        }
        done
    }

    /// Outcomes of finished tasks, without waiting.
    pub fn finished(&mut self) -> Vec<FileOutcome> {
        let done: Vec<_> = self.outcomes.try_iter().collect();
        self.running = self.running.saturating_sub(done.len());
        done
    }
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, FileError> {
    use store::{Fs as _, ReadFault};
    // A device or a pipe could be endless or never answer: only plain files are read, and the
    // check is made on the opened file without waiting for a pipe's writer.
    match store::RealFs.read(path, MAX_IMPORT_BYTES) {
        Ok(bytes) => Ok(bytes),
        Err(ReadFault::TooLarge(size)) => Err(FileError::TooLarge(size)),
        Err(ReadFault::NotAFile) => Err(FileError::NotAFile),
        Err(ReadFault::Missing) => Err(FileError::Io(std::io::ErrorKind::NotFound.into())),
        Err(ReadFault::Io(e)) => Err(FileError::Io(e)),
    }
}

/// Dialogs that answer at once with paths set beforehand, and remember what they were asked:
/// for tests and scripted runs. Clones share their answers.
#[derive(Debug, Clone, Default)]
pub struct PresetDialogs {
    state: Arc<Mutex<PresetState>>,
}

#[derive(Debug, Default)]
struct PresetState {
    save_to: Option<PathBuf>,
    open_from: Option<PathBuf>,
    asked: Vec<DialogRequest>,
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
        Box::pin(std::future::ready(state.save_to.clone()))
    }

    fn open(&self, request: &DialogRequest) -> DialogFuture {
        let mut state = self.lock();
        state.asked.push(request.clone());
        Box::pin(std::future::ready(state.open_from.clone()))
    }
}
