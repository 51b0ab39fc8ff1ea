//! Banners about the person's saved progress: what happened at start-up, and failing saves.

use std::path::PathBuf;

use crate::tr;
use egui::RichText;

use crate::files::{FilePurpose, WriteTrouble};
use crate::i18n::Texts;
use crate::store::{DecodeError, LoadEvent, StoreError, Trouble};
use crate::ui::command::Command;
use crate::ui::theme::{self, Tokens};
use crate::ui::widgets;
use crate::ui::{Shared, UiAction};

/// Something the person should know about their saved progress, shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The progress file was damaged or missing; the backup was used.
    RestoredFromBackup {
        /// Where the damaged file now is, if there was one.
        damaged: Option<PathBuf>,
        /// Why it could not be used.
        why: Why,
    },
    /// The progress file was damaged and no backup could be used.
    StartedOver {
        /// Where the damaged file now is.
        damaged: PathBuf,
        /// Why it could not be used.
        why: Why,
    },
    /// The progress file could not be read; nothing will be saved over it this session.
    Unreadable {
        /// The file.
        path: PathBuf,
    },
    /// A file was written where the person chose.
    FileSaved {
        /// What the file is.
        purpose: FilePurpose,
        /// Where it is.
        path: PathBuf,
    },
    /// No file dialog could open, so the file was written to the Documents (or data) folder.
    SavedWithoutDialog {
        /// What the file is.
        purpose: FilePurpose,
        /// Where it is.
        path: PathBuf,
        /// Whether that is the Documents folder (else the app's data folder).
        documents: bool,
    },
    /// No file dialog could open to choose a file to import.
    NoFileDialog,
    /// A file could not be written; nothing was changed where it was meant to go.
    FileNotSaved {
        /// Where it was meant to go.
        path: PathBuf,
        /// Why.
        trouble: WriteTrouble,
    },
    /// The chosen file is not a progress file this version can read; nothing was changed.
    ImportRefused {
        /// The file.
        path: PathBuf,
        /// Why it could not be used.
        why: Why,
    },
    /// The progress was replaced by an imported file; the old one was kept.
    Imported {
        /// The imported file.
        path: PathBuf,
        /// Where the replaced progress was kept.
        backup: PathBuf,
    },
    /// The person started afresh; the old progress was kept.
    StartedAfresh {
        /// Where the replaced progress was kept.
        backup: PathBuf,
    },
    /// A copy of the current progress could not be kept, so nothing was replaced.
    NotReplaced,
    /// The data folder could not be shown in the file manager.
    FolderNotOpened {
        /// The folder.
        path: PathBuf,
    },
    /// The system did not show a reminder for a wait that ended in the background.
    ReminderNotShown,
    /// The saved progress held more than the app keeps (a note over the limit); it was
    /// shortened, and the whole file kept.
    KeptWhole {
        /// Where the whole file is.
        path: PathBuf,
    },
    /// Another copy of the app saved progress here while this one could not take the folder;
    /// that progress was kept before this one saved over it.
    KeptOtherCopys {
        /// Where the other copy's progress is.
        path: PathBuf,
    },
}

/// Why a progress file could not be used, as far as the person needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Damaged, or not a progress file.
    Damaged,
    /// Made by a newer version of the app.
    Newer,
    /// Larger than any progress file ([`crate::store::MAX_FILE_BYTES`]).
    TooLarge,
    /// A pipe, a device or a folder, not a file.
    NotAFile,
}

impl Why {
    /// The person's view of a decoding failure.
    #[must_use]
    pub fn of(reason: &DecodeError) -> Self {
        match reason {
            DecodeError::Newer(_) => Self::Newer,
            DecodeError::TooLarge(_) => Self::TooLarge,
            DecodeError::NotAFile => Self::NotAFile,
            DecodeError::NotText | DecodeError::Damaged(..) | DecodeError::Unreadable(_) => {
                Self::Damaged
            }
        }
    }
}

/// The size limit in MiB, for messages.
fn limit() -> String {
    (crate::store::MAX_FILE_BYTES / (1024 * 1024)).to_string()
}

impl Notice {
    /// The notice for a load, if the person needs to hear about it.
    #[must_use]
    pub fn from_load_event(event: LoadEvent) -> Option<Self> {
        match event {
            LoadEvent::Fresh | LoadEvent::Loaded => None,
            LoadEvent::RestoredFromBackup { damaged, reason } => Some(Self::RestoredFromBackup {
                damaged,
                why: reason.as_ref().map_or(Why::Damaged, Why::of),
            }),
            LoadEvent::StartedOver { damaged, reason } => Some(Self::StartedOver {
                damaged,
                why: Why::of(&reason),
            }),
            LoadEvent::Unreadable(error) => Some(Self::Unreadable {
                path: error.path().to_owned(),
            }),
        }
    }

    /// The message in the person's language.
    #[must_use]
    pub fn message(&self, texts: &Texts) -> String {
        match self {
            Self::RestoredFromBackup { damaged: None, .. } => {
                tr!(texts, "notice-restored-missing")
            }
            Self::RestoredFromBackup {
                damaged: Some(path),
                why,
            } => {
                let path = shown(path);
                match why {
                    Why::Damaged => tr!(texts, "notice-restored", path = path),
                    Why::Newer => tr!(texts, "notice-restored-newer", path = path),
                    Why::TooLarge => {
                        tr!(
                            texts,
                            "notice-restored-too-large",
                            path = path,
                            limit = limit()
                        )
                    }
                    Why::NotAFile => tr!(texts, "notice-restored-not-a-file", path = path),
                }
            }
            Self::StartedOver { damaged, why } => {
                let path = shown(damaged);
                match why {
                    Why::Damaged => tr!(texts, "notice-started-over", path = path),
                    Why::Newer => tr!(texts, "notice-started-over-newer", path = path),
                    Why::TooLarge => tr!(
                        texts,
                        "notice-started-over-too-large",
                        path = path,
                        limit = limit()
                    ),
                    Why::NotAFile => tr!(texts, "notice-started-over-not-a-file", path = path),
                }
            }
            Self::Unreadable { path } => tr!(texts, "notice-unreadable", path = shown(path)),
            Self::FileSaved {
                purpose: FilePurpose::ExportProgress,
                path,
            } => tr!(texts, "notice-exported", path = shown(path)),
            Self::FileSaved { path, .. } => tr!(texts, "notice-file-saved", path = shown(path)),
            Self::SavedWithoutDialog {
                path,
                documents: true,
                ..
            } => tr!(texts, "notice-saved-in-documents", path = shown(path)),
            Self::SavedWithoutDialog {
                path,
                documents: false,
                ..
            } => tr!(texts, "notice-saved-in-data-folder", path = shown(path)),
            Self::NoFileDialog => tr!(texts, "notice-no-file-dialog"),
            Self::FileNotSaved { path, trouble } => {
                let path = shown(path);
                match trouble {
                    WriteTrouble::NoPermission => {
                        tr!(texts, "notice-not-saved-permission", path = path)
                    }
                    WriteTrouble::DiskFull => tr!(texts, "notice-not-saved-disk-full", path = path),
                    WriteTrouble::NotMade => tr!(texts, "notice-not-saved-not-made", path = path),
                    WriteTrouble::Other(detail) => tr!(
                        texts,
                        "notice-not-saved-other",
                        path = path,
                        detail = detail.clone()
                    ),
                }
            }
            Self::ImportRefused { path, why } => {
                let path = shown(path);
                match why {
                    Why::Damaged => tr!(texts, "notice-import-refused", path = path),
                    Why::Newer => tr!(texts, "notice-import-newer", path = path),
                    Why::TooLarge => {
                        tr!(
                            texts,
                            "notice-import-too-large",
                            path = path,
                            limit = limit()
                        )
                    }
                    Why::NotAFile => tr!(texts, "notice-import-not-a-file", path = path),
                }
            }
            Self::Imported { path, backup } => tr!(
                texts,
                "notice-imported",
                path = shown(path),
                backup = shown(backup)
            ),
            Self::StartedAfresh { backup } => {
                tr!(texts, "notice-started-afresh", backup = shown(backup))
            }
            Self::NotReplaced => tr!(texts, "notice-not-replaced"),
            Self::FolderNotOpened { path } => {
                tr!(texts, "notice-folder-not-opened", path = shown(path))
            }
            Self::ReminderNotShown => tr!(texts, "notice-reminder-not-shown"),
            Self::KeptWhole { path } => tr!(
                texts,
                "notice-kept-whole",
                path = shown(path),
                limit = crate::store::encoding::MAX_NOTE_CHARS.to_string()
            ),
            Self::KeptOtherCopys { path } => {
                tr!(texts, "notice-kept-other-copys", path = shown(path))
            }
        }
    }

    /// Whether this is a problem (shown in the warning colour) rather than a confirmation.
    #[must_use]
    pub fn is_problem(&self) -> bool {
        !matches!(
            self,
            Self::FileSaved { .. }
                | Self::SavedWithoutDialog { .. }
                | Self::Imported { .. }
                | Self::StartedAfresh { .. }
        )
    }

    /// A file the app kept in the data folder that the notice names, to show in its folder.
    #[must_use]
    pub fn kept_file(&self) -> Option<&std::path::Path> {
        match self {
            Self::KeptWhole { path } | Self::KeptOtherCopys { path } => Some(path),
            _ => None,
        }
    }

    /// The file a notice says was saved, with what it is.
    #[must_use]
    pub fn saved_file(&self) -> Option<(FilePurpose, &std::path::Path)> {
        match self {
            Self::FileSaved { purpose, path } | Self::SavedWithoutDialog { purpose, path, .. } => {
                Some((*purpose, path))
            }
            _ => None,
        }
    }
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// The message for a failing save: what went wrong and what to do.
#[must_use]
pub fn save_error_message(texts: &Texts, error: &StoreError) -> String {
    let folder = error.path().display().to_string();
    match error.trouble() {
        Trouble::NoPermission => tr!(texts, "save-error-permission", path = folder),
        Trouble::DiskFull => tr!(texts, "save-error-disk-full", path = folder),
        Trouble::TooLarge => tr!(
            texts,
            "save-error-too-large",
            path = folder,
            limit = limit()
        ),
        Trouble::NotAFile => tr!(texts, "save-error-not-a-file", path = folder),
        Trouble::OthersCanWrite => tr!(texts, "save-error-others-can-write", path = folder),
        Trouble::LockLost => tr!(texts, "save-error-lock-lost", path = folder),
        Trouble::AlreadyOpen | Trouble::Other => tr!(texts, "save-error-other", path = folder),
    }
}

/// Draws the banners.
pub fn ui(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let palette = &Tokens::of(ui).colors;
    ui.add_space(Tokens::of(ui).space.xs);
    if let Some(error) = shared.save_error {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            widgets::label(
                ui,
                RichText::new(save_error_message(texts, error)).color(palette.danger),
            );
            // Once the folder's lock is lost, saving again would not help.
            if error.trouble() != Trouble::LockLost {
                Command::RetrySave.button_ui(ui, shared, actions);
            }
        });
    }
    for (index, notice) in shared.notices.iter().enumerate() {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let color = if notice.is_problem() {
                palette.warning
            } else {
                palette.success
            };
            widgets::label(ui, RichText::new(notice.message(texts)).color(color));
            ui.horizontal(|ui| {
                if let Some((purpose, path)) = notice.saved_file() {
                    if matches!(
                        purpose,
                        FilePurpose::ChecklistPdf | FilePurpose::ChecklistText
                    ) && ui.button(tr!(texts, "notice-open-file")).clicked()
                    {
                        actions.push(UiAction::OpenFile(path.to_owned()));
                    }
                    if let Some(folder) = path.parent()
                        && ui.button(tr!(texts, "notice-open-folder")).clicked()
                    {
                        actions.push(UiAction::OpenFile(folder.to_owned()));
                    }
                }
                if let Some(folder) = notice.kept_file().and_then(std::path::Path::parent)
                    && ui.button(tr!(texts, "notice-open-folder")).clicked()
                {
                    actions.push(UiAction::OpenFile(folder.to_owned()));
                }
                if ui.button(tr!(texts, "notice-dismiss")).clicked() {
                    actions.push(UiAction::DismissNotice(index));
                }
            });
        });
    }
    ui.add_space(Tokens::of(ui).space.xs);
}

/// Asks what to do when the window is closed while changes cannot be saved.
pub fn confirm_close_ui(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let modal = egui::Modal::new(egui::Id::unique("confirm-close")).show(ui.ctx(), |ui| {
        ui.set_max_width(Tokens::of(ui).size.dialog);
        widgets::heading(ui, tr!(texts, "close-heading"), 2);
        widgets::label(ui, tr!(texts, "close-explain"));
        ui.horizontal_wrapped(|ui| {
            for command in [Command::ExportProgress, Command::RetrySave] {
                if command.button_ui(ui, shared, actions).clicked() {
                    actions.push(UiAction::KeepOpen);
                }
            }
            if ui.button(tr!(texts, "close-anyway")).clicked() {
                actions.push(UiAction::CloseAnyway);
            }
        });
    });
    if modal.should_close() {
        actions.push(UiAction::KeepOpen);
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use egui_kittest::kittest::Queryable as _;

    use super::Notice;
    use crate::files::FilePurpose;
    use crate::i18n::Language;
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::fixture::{Fixture, harness};

    #[test]
    fn a_saved_file_can_be_opened_and_the_notice_dismissed() {
        let mut fixture = Fixture::new(Language::En);
        // A folder as the person's system names it: Japanese letters and a space.
        let folder_path = if cfg!(windows) {
            PathBuf::from(r"C:\Users\山田 太郎\Documents")
        } else {
            PathBuf::from("/home/山田 太郎")
        };
        let path = folder_path.join("checklist.pdf");
        fixture.notices.push(Notice::FileSaved {
            purpose: FilePurpose::ChecklistPdf,
            path: path.clone(),
        });
        let mut harness = harness(fixture, Box::new(super::ui));
        harness.run();
        harness.get_by_label_contains(&path.display().to_string());
        let texts = &harness.state().texts;
        let open = tr!(texts, "notice-open-file");
        let folder = tr!(texts, "notice-open-folder");
        let dismiss = tr!(texts, "notice-dismiss");
        harness.get_by_label(&open).click();
        harness.run();
        harness.get_by_label(&folder).click();
        harness.run();
        harness.get_by_label(&dismiss).click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [
                UiAction::OpenFile(path),
                UiAction::OpenFile(folder_path),
                UiAction::DismissNotice(0)
            ]
        );
    }
}
