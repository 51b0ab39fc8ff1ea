//! Files the person picks: native dialogs (behind a trait, so tests never open one) and the
//! work around them, all off the UI thread.
//!
//! A dialog is started on the UI thread (macOS wants that) and awaited on a `file-dialog`
//! thread, which then writes or reads the file and reports back through a channel.
//!
//! When no dialog can open (on Linux: no desktop portal and no zenity), a save goes to the
//! [`SaveFolder`] instead (the Documents folder, else the data folder) and says so; it is never
//! a silent no-op.

mod native;
mod preset;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::mpsc::{self, Receiver, Sender};

use crate::store;

pub use native::NativeDialogs;
pub use preset::PresetDialogs;

/// The largest file the app will read in an import (the store's limit): progress files are a
/// few kilobytes.
pub const MAX_IMPORT_BYTES: u64 = store::MAX_FILE_BYTES;

/// A dialog's answer, once the person has answered it (or it could not open).
pub type DialogFuture = Pin<Box<dyn Future<Output = DialogAnswer> + Send>>;

/// What came of a file dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The person chose this path.
    Chosen(PathBuf),
    /// The person closed the dialog without choosing.
    Cancelled,
    /// No dialog could open on this computer; the reason is for the log.
    Unavailable(String),
}

/// Where a save goes when no file dialog can open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveFolder {
    /// The folder.
    pub path: PathBuf,
    /// Whether it is the person's Documents folder (else the app's data folder).
    pub documents: bool,
}

impl SaveFolder {
    /// The person's Documents folder, or `data_dir` when the system names none.
    #[must_use]
    pub fn system(data_dir: &Path) -> Self {
        match directories::UserDirs::new().and_then(|u| u.document_dir().map(Path::to_owned)) {
            Some(path) => Self {
                path,
                documents: true,
            },
            None => Self {
                path: data_dir.to_owned(),
                documents: false,
            },
        }
    }
}

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
        /// Whether it went to the [`SaveFolder`] because no dialog could open.
        without_dialog: bool,
    },
    /// No dialog could open to choose a file to read.
    NoDialog(FilePurpose),
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

/// What kind of trouble a failed write is, to tell the person why in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteTrouble {
    /// The folder cannot be written to (permissions, a read-only disk).
    NoPermission,
    /// The disk is full.
    DiskFull,
    /// The app could not make the contents (a defect in the app).
    NotMade,
    /// Anything else, with the system's own words.
    Other(String),
}

impl FileError {
    /// Why a write failed, for the message the person reads.
    #[must_use]
    pub fn trouble(&self) -> WriteTrouble {
        match self {
            Self::Io(e) => match e.kind() {
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                    WriteTrouble::NoPermission
                }
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                    WriteTrouble::DiskFull
                }
                _ => WriteTrouble::Other(e.to_string()),
            },
            Self::NotMade(_) => WriteTrouble::NotMade,
            Self::TooLarge(_) | Self::NotAFile => WriteTrouble::Other(self.to_string()),
        }
    }
}

/// Runs file tasks on their own threads and collects the outcomes.
pub struct FileTasks {
    dialogs: Box<dyn FileDialogs>,
    fallback: SaveFolder,
    sender: Sender<FileOutcome>,
    outcomes: Receiver<FileOutcome>,
    running: usize,
}

impl FileTasks {
    /// File tasks using `dialogs`; saves go to `fallback` when no dialog can open.
    #[must_use]
    pub fn new(dialogs: Box<dyn FileDialogs>, fallback: SaveFolder) -> Self {
        let (sender, outcomes) = mpsc::channel();
        Self {
            dialogs,
            fallback,
            sender,
            outcomes,
            running: 0,
        }
    }

    /// Where saves go when no dialog can open.
    #[must_use]
    pub fn save_folder(&self) -> &SaveFolder {
        &self.fallback
    }

    /// Whether a task is still running (the app then looks again soon).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.running > 0
    }

    /// Asks where to save, then makes the file with `contents` (which may take a while, as a
    /// PDF does) and writes it, off the UI thread. When no dialog can open, the file goes to
    /// the [`SaveFolder`] under the suggested name, never over an existing file.
    pub fn save(
        &mut self,
        purpose: FilePurpose,
        request: &DialogRequest,
        contents: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
    ) {
        let chosen = self.dialogs.save(request);
        let fallback = self.fallback.path.clone();
        let file_name = request.file_name.clone();
        self.spawn(move || {
            let (path, without_dialog) = match pollster::block_on(chosen) {
                DialogAnswer::Chosen(path) => (path, false),
                DialogAnswer::Cancelled => return FileOutcome::Cancelled(purpose),
                DialogAnswer::Unavailable(reason) => {
                    log::warn!("{reason}; saving in {} instead", fallback.display());
                    if let Err(error) = std::fs::create_dir_all(&fallback) {
                        return FileOutcome::Failed {
                            purpose,
                            path: fallback.join(&file_name),
                            error: error.into(),
                        };
                    }
                    (unused_path(&fallback, &file_name), true)
                }
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
            // Without a dialog the name was only checked as unused: write it as a new name, so
            // a file made there meanwhile is never replaced.
            let written = if without_dialog {
                store::atomic::write_new(&store::RealFs, &path, &bytes)
            } else {
                store::write_file(&path, &bytes)
            };
            match written {
                Ok(()) => FileOutcome::Written {
                    purpose,
                    path,
                    without_dialog,
                },
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
            let path = match pollster::block_on(chosen) {
                DialogAnswer::Chosen(path) => path,
                DialogAnswer::Cancelled => return FileOutcome::Cancelled(purpose),
                DialogAnswer::Unavailable(reason) => {
                    log::warn!("{reason}; no file can be chosen");
                    return FileOutcome::NoDialog(purpose);
                }
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

/// `name` in `dir`, or `stem-2.ext`, `stem-3.ext`, … when that is taken.
fn unused_path(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, Some(extension)),
        _ => (name, None),
    };
    let mut path = first;
    let mut n = 2;
    while path.exists() {
        let numbered = match extension {
            Some(extension) => format!("{stem}-{n}.{extension}"),
            None => format!("{stem}-{n}"),
        };
        path = dir.join(numbered);
        n += 1;
    }
    path
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

#[cfg(test)]
mod tests {
    use std::io;

    use super::*;

    /// With no dialog, Windows saves go to the Known Folder "Documents" in the person's profile.
    #[cfg(windows)]
    #[test]
    fn on_windows_the_fallback_is_the_known_documents_folder() {
        let folder = SaveFolder::system(Path::new(r"C:\unused"));
        assert!(folder.documents, "{folder:?}");
        let profile = std::env::var_os("USERPROFILE").expect("Windows sets USERPROFILE");
        assert!(
            folder.path.starts_with(&profile),
            "{folder:?} not in {profile:?}"
        );
        assert_eq!(
            folder.path.file_name().and_then(|n| n.to_str()),
            Some("Documents")
        );
    }

    #[test]
    fn a_failed_write_is_told_by_its_kind() {
        let io = |kind| FileError::Io(io::Error::from(kind));
        assert_eq!(
            io(io::ErrorKind::PermissionDenied).trouble(),
            WriteTrouble::NoPermission
        );
        assert_eq!(
            io(io::ErrorKind::StorageFull).trouble(),
            WriteTrouble::DiskFull
        );
        assert_eq!(
            FileError::NotMade("font missing".into()).trouble(),
            WriteTrouble::NotMade
        );
        assert!(matches!(
            io(io::ErrorKind::IsADirectory).trouble(),
            WriteTrouble::Other(detail) if !detail.is_empty()
        ));
    }

    #[test]
    fn a_name_already_taken_gets_a_number() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(
            unused_path(dir.path(), "list.txt"),
            dir.path().join("list.txt")
        );
        std::fs::write(dir.path().join("list.txt"), "first").expect("write");
        assert_eq!(
            unused_path(dir.path(), "list.txt"),
            dir.path().join("list-2.txt")
        );
        std::fs::write(dir.path().join("list-2.txt"), "second").expect("write");
        assert_eq!(
            unused_path(dir.path(), "list.txt"),
            dir.path().join("list-3.txt")
        );
    }
}
