//! The app's background work, started from commands and collected every frame: file dialogs
//! and the files they write or read, the copies kept before the progress is replaced, the
//! saves, and the connection check.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::App;
use crate::export;
use crate::export::draft::{self as render, Passwords};
use crate::files::{DialogRequest, FileError, FileOutcome, FilePurpose};
use crate::i18n::{Paper, Texts};
use crate::net::Verdict;
use crate::net::run::{CheckEvent, Checker};
use crate::progress::{Action, Progress};
use crate::store::{self, CopyKind};
use crate::tr;
use crate::ui::connectivity::LiveCheck;
use crate::ui::{Notice, PendingImport, Why};

/// A replacement of the whole progress, waiting for the copy of the current one to be kept.
/// An imported file being decoded on a thread of its own (a large file takes a while).
pub(super) struct Decoding {
    path: PathBuf,
    result: std::sync::mpsc::Receiver<Result<Progress, store::DecodeError>>,
}

pub(super) struct PendingReplacement {
    copy_id: u64,
    with: Progress,
    /// The imported file, or `None` for a fresh start.
    from: Option<PathBuf>,
}

/// A connection check that runs, with what the screen shows of it.
pub(super) struct RunningCheck {
    checker: Checker,
    started: Instant,
    pub(super) live: LiveCheck,
}

/// How a file to save is offered in the dialog: its title, suggested name and type.
struct SaveAs {
    title: String,
    stem: String,
    extension: &'static str,
    filter: String,
}

impl App {
    /// Asks where to save, then writes what `make` returns on the file task's thread.
    fn save_file(
        &mut self,
        purpose: FilePurpose,
        save_as: SaveAs,
        make: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
    ) {
        let date = self.texts.file_date(self.clock.now());
        let request = DialogRequest {
            title: save_as.title,
            file_name: format!("{}-{date}.{}", save_as.stem, save_as.extension),
            filter: (save_as.filter, vec![save_as.extension.into()]),
        };
        self.files.save(purpose, &request, make);
    }

    pub(super) fn export_progress(&mut self) {
        let save_as = SaveAs {
            title: tr!(&self.texts, "dialog-export-title"),
            stem: "signin-rescue-progress".into(),
            extension: "ron",
            filter: tr!(&self.texts, "dialog-progress-filter"),
        };
        // Encoded on the file task's thread, not the window's.
        let progress = self.progress.clone();
        self.save_file(FilePurpose::ExportProgress, save_as, move || {
            Ok(store::encode(&progress).into_bytes())
        });
    }

    pub(super) fn import_progress(&mut self) {
        let request = DialogRequest {
            title: tr!(&self.texts, "dialog-import-title"),
            file_name: String::new(),
            filter: (
                tr!(&self.texts, "dialog-progress-filter"),
                vec!["ron".into()],
            ),
        };
        self.files.open(FilePurpose::ImportProgress, &request);
    }

    /// Saves the printable checklist; the PDF is drawn on the file task's thread.
    pub(super) fn save_checklist(&mut self, pdf: bool) {
        let checklist =
            export::checklist::build(&self.kb, &self.progress, &self.texts, self.clock.now());
        let stem = tr!(&self.texts, "checklist-file-stem");
        if pdf {
            let save_as = SaveAs {
                title: tr!(&self.texts, "dialog-pdf-title"),
                stem,
                extension: "pdf",
                filter: tr!(&self.texts, "dialog-pdf-filter"),
            };
            let language = self.texts.language();
            let paper = self
                .progress
                .paper
                .unwrap_or_else(|| Paper::for_language(language));
            self.save_file(FilePurpose::ChecklistPdf, save_as, move || {
                export::pdf::render(&checklist, &Texts::new(language), paper)
                    .map_err(|e| e.to_string())
            });
        } else {
            let save_as = SaveAs {
                title: tr!(&self.texts, "dialog-checklist-text-title"),
                stem,
                extension: "txt",
                filter: tr!(&self.texts, "dialog-text-filter"),
            };
            let text = export::text::render(&checklist, &self.texts);
            self.save_file(FilePurpose::ChecklistText, save_as, move || {
                Ok(text.into_bytes())
            });
        }
    }

    pub(super) fn save_draft_text(&mut self) {
        let save_as = SaveAs {
            title: tr!(&self.texts, "dialog-draft-title"),
            stem: tr!(&self.texts, "draft-file-stem"),
            extension: "txt",
            filter: tr!(&self.texts, "dialog-text-filter"),
        };
        // Files never hold passwords, revealed or not.
        let text = render::draft_text(
            &self.kb,
            &self.progress,
            &self.texts,
            Passwords::Omitted(self.screens.password_count()),
            self.clock.now(),
        );
        self.save_file(FilePurpose::DraftText, save_as, move || {
            Ok(text.into_bytes())
        });
    }

    /// Keeps a copy of the current progress, then (when the copy is safe) replaces it.
    pub(super) fn replace(&mut self, with: Progress, from: Option<PathBuf>) {
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

    /// Sends a save when changes have settled and collects the saver's reports: a kept copy
    /// lets a waiting replacement go ahead. Returns how soon to look again.
    pub(super) fn collect_saves(&mut self) -> Option<Duration> {
        let (copies, wait) = self.autosave.tick(&self.progress);
        for path in self.autosave.take_kept_others() {
            self.notices.push(Notice::KeptOtherCopys { path });
        }
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
        wait
    }

    /// Handles the outcome of a file task.
    pub(super) fn file_finished(&mut self, outcome: FileOutcome) {
        match outcome {
            FileOutcome::Cancelled(_) => {}
            FileOutcome::Written {
                purpose,
                path,
                without_dialog: false,
            } => self.notices.push(Notice::FileSaved { purpose, path }),
            FileOutcome::Written {
                purpose,
                path,
                without_dialog: true,
            } => self.notices.push(Notice::SavedWithoutDialog {
                purpose,
                path,
                documents: self.files.save_folder().documents,
            }),
            FileOutcome::NoDialog(_) => self.notices.push(Notice::NoFileDialog),
            FileOutcome::Read { path, bytes, .. } => {
                let (send, result) = std::sync::mpsc::channel();
                let spawned = std::thread::Builder::new()
                    .name("import-decode".into())
                    .spawn(move || {
                        let _ = send.send(store::decode(&bytes));
                    });
                match spawned {
                    Ok(_) => self.decoding = Some(Decoding { path, result }),
                    Err(e) => {
                        log::error!("cannot start decoding the chosen file: {e}");
                        self.notices.push(Notice::ImportRefused {
                            path,
                            why: Why::Damaged,
                        });
                    }
                }
            }
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
                self.notices.push(Notice::FileNotSaved {
                    path,
                    trouble: error.trouble(),
                });
            }
            FileOutcome::Failed {
                purpose: FilePurpose::ImportProgress,
                path,
                error,
            } => {
                log::warn!("import failed: {error}");
                self.notices.push(Notice::ImportRefused {
                    path,
                    why: match error {
                        FileError::TooLarge(_) => Why::TooLarge,
                        FileError::NotAFile => Why::NotAFile,
                        FileError::Io(_) | FileError::NotMade(_) => Why::Damaged,
                    },
                });
            }
        }
    }

    /// Looks for the decoded import, waiting up to `wait`; handles it when it is there.
    pub(super) fn poll_decoding(&mut self, wait: Duration) {
        let Some(decoding) = &self.decoding else {
            return;
        };
        let decoded = match decoding.result.recv_timeout(wait) {
            Ok(decoded) => decoded,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => return,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(
                store::DecodeError::Unreadable("the decoding thread ended".into()),
            ),
        };
        let Some(Decoding { path, .. }) = self.decoding.take() else {
            return;
        };
        match decoded {
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
                    why: Why::of(&reason),
                });
            }
        }
    }

    pub(super) fn start_check(&mut self) {
        if self.checker.is_some() {
            return;
        }
        match Checker::start(self.check_config.clone(), Arc::clone(&self.clock)) {
            Ok(checker) => {
                log::info!("connectivity check started");
                self.checker = Some(RunningCheck {
                    checker,
                    started: Instant::now(),
                    live: LiveCheck::new(&self.check_hosts),
                });
            }
            Err(e) => log::error!("cannot start the connectivity check: {e}"),
        }
    }

    pub(super) fn stop_check(&self) {
        if let Some(check) = &self.checker {
            check.checker.cancel();
        }
    }

    /// Collects the running check's progress; keeps its report when it ends.
    pub(super) fn poll_check(&mut self, ctx: &egui::Context) {
        let Some(check) = &mut self.checker else {
            return;
        };
        check.live.seconds = check.started.elapsed().as_secs();
        let mut finished = None;
        for event in check.checker.events() {
            match event {
                CheckEvent::Stage { host, result } => check.live.stage_done(&host, result),
                CheckEvent::Finished(report) => finished = Some(report),
            }
        }
        match finished {
            Some(report) if report.verdict == Verdict::Cancelled => {
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
            None => ctx.request_repaint_after(Duration::from_millis(100)),
        }
    }
}
