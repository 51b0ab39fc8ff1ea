//! Banners about the person's saved progress: what happened at start-up, and failing saves.

use std::path::PathBuf;

use egui::RichText;
use i18n_embed_fl::fl;

use crate::files::FilePurpose;
use crate::i18n::Texts;
use crate::store::{DecodeError, LoadEvent, StoreError, Trouble};
use crate::ui::theme::{self, Palette};
use crate::ui::{Shared, UiAction};

/// Something the person should know about their saved progress, shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The progress file was damaged or missing; the backup was used.
    RestoredFromBackup {
        /// Where the damaged file now is, if there was one.
        damaged: Option<PathBuf>,
        /// Whether it came from a newer version of the app rather than being damaged.
        newer: bool,
    },
    /// The progress file was damaged and no backup could be used.
    StartedOver {
        /// Where the damaged file now is.
        damaged: PathBuf,
        /// Whether it came from a newer version of the app rather than being damaged.
        newer: bool,
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
    /// A file could not be written where the person chose.
    FileNotSaved {
        /// Where it was meant to go.
        path: PathBuf,
    },
    /// The chosen file is not a progress file this version can read; nothing was changed.
    ImportRefused {
        /// The file.
        path: PathBuf,
        /// Whether it came from a newer version.
        newer: bool,
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
}

impl Notice {
    /// The notice for a load, if the person needs to hear about it.
    #[must_use]
    pub fn from_load_event(event: LoadEvent) -> Option<Self> {
        let newer = |reason: Option<&DecodeError>| matches!(reason, Some(DecodeError::Newer(_)));
        match event {
            LoadEvent::Fresh | LoadEvent::Loaded => None,
            LoadEvent::RestoredFromBackup { damaged, reason } => Some(Self::RestoredFromBackup {
                damaged,
                newer: newer(reason.as_ref()),
            }),
            LoadEvent::StartedOver { damaged, reason } => Some(Self::StartedOver {
                damaged,
                newer: newer(Some(&reason)),
            }),
            LoadEvent::Unreadable(error) => Some(Self::Unreadable {
                path: error.path().to_owned(),
            }),
        }
    }

    /// The message in the person's language.
    #[must_use]
    pub fn message(&self, texts: &Texts) -> String {
        let loader = texts.ui();
        match self {
            Self::RestoredFromBackup { damaged: None, .. } => {
                fl!(loader, "notice-restored-missing")
            }
            Self::RestoredFromBackup {
                damaged: Some(path),
                newer: false,
            } => fl!(loader, "notice-restored", path = shown(path)),
            Self::RestoredFromBackup {
                damaged: Some(path),
                newer: true,
            } => fl!(loader, "notice-restored-newer", path = shown(path)),
            Self::StartedOver {
                damaged,
                newer: false,
            } => fl!(loader, "notice-started-over", path = shown(damaged)),
            Self::StartedOver {
                damaged,
                newer: true,
            } => fl!(loader, "notice-started-over-newer", path = shown(damaged)),
            Self::Unreadable { path } => fl!(loader, "notice-unreadable", path = shown(path)),
            Self::FileSaved {
                purpose: FilePurpose::ExportProgress,
                path,
            } => fl!(loader, "notice-exported", path = shown(path)),
            Self::FileSaved { path, .. } => fl!(loader, "notice-file-saved", path = shown(path)),
            Self::FileNotSaved { path } => fl!(loader, "notice-export-failed", path = shown(path)),
            Self::ImportRefused { path, newer: false } => {
                fl!(loader, "notice-import-refused", path = shown(path))
            }
            Self::ImportRefused { path, newer: true } => {
                fl!(loader, "notice-import-newer", path = shown(path))
            }
            Self::Imported { path, backup } => fl!(
                loader,
                "notice-imported",
                path = shown(path),
                backup = shown(backup)
            ),
            Self::StartedAfresh { backup } => {
                fl!(loader, "notice-started-afresh", backup = shown(backup))
            }
            Self::NotReplaced => fl!(loader, "notice-not-replaced"),
            Self::FolderNotOpened { path } => {
                fl!(loader, "notice-folder-not-opened", path = shown(path))
            }
        }
    }

    /// Whether this is a problem (shown in the warning colour) rather than a confirmation.
    #[must_use]
    pub fn is_problem(&self) -> bool {
        !matches!(
            self,
            Self::FileSaved { .. } | Self::Imported { .. } | Self::StartedAfresh { .. }
        )
    }
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// The message for a failing save: what went wrong and what to do.
#[must_use]
pub fn save_error_message(texts: &Texts, error: &StoreError) -> String {
    let loader = texts.ui();
    let folder = error.path().display().to_string();
    match error.trouble() {
        Trouble::NoPermission => fl!(loader, "save-error-permission", path = folder),
        Trouble::DiskFull => fl!(loader, "save-error-disk-full", path = folder),
        Trouble::AlreadyOpen | Trouble::Other => fl!(loader, "save-error-other", path = folder),
    }
}

/// Draws the banners.
pub fn ui(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let palette = Palette::of(ui);
    ui.add_space(4.0);
    if let Some(error) = shared.save_error {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(save_error_message(texts, error)).color(palette.danger));
            if ui.button(fl!(texts.ui(), "save-retry")).clicked() {
                actions.push(UiAction::RetrySave);
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
            ui.label(RichText::new(notice.message(texts)).color(color));
            ui.horizontal(|ui| {
                if let Notice::FileSaved {
                    purpose: FilePurpose::ChecklistPdf | FilePurpose::ChecklistText,
                    path,
                } = notice
                    && ui.button(fl!(texts.ui(), "notice-open-file")).clicked()
                {
                    actions.push(UiAction::OpenFile(path.clone()));
                }
                if ui.button(fl!(texts.ui(), "notice-dismiss")).clicked() {
                    actions.push(UiAction::DismissNotice(index));
                }
            });
        });
    }
    ui.add_space(4.0);
}

/// Asks what to do when the window is closed while changes cannot be saved.
pub fn confirm_close_ui(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let modal = egui::Modal::new(egui::Id::unique("confirm-close")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(fl!(texts.ui(), "close-heading"));
        ui.label(fl!(texts.ui(), "close-explain"));
        ui.horizontal_wrapped(|ui| {
            if ui.button(fl!(texts.ui(), "close-export")).clicked() {
                actions.push(UiAction::ExportProgress);
                actions.push(UiAction::KeepOpen);
            }
            if ui.button(fl!(texts.ui(), "save-retry")).clicked() {
                actions.push(UiAction::RetrySave);
                actions.push(UiAction::KeepOpen);
            }
            if ui.button(fl!(texts.ui(), "close-anyway")).clicked() {
                actions.push(UiAction::CloseAnyway);
            }
        });
    });
    if modal.should_close() {
        actions.push(UiAction::KeepOpen);
    }
}
