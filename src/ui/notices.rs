//! Banners about the person's saved progress: what happened at start-up, and failing saves.

use std::path::PathBuf;

use egui::RichText;
use i18n_embed_fl::fl;

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
            } => fl!(loader, "notice-restored", path = path.display().to_string()),
            Self::RestoredFromBackup {
                damaged: Some(path),
                newer: true,
            } => fl!(
                loader,
                "notice-restored-newer",
                path = path.display().to_string()
            ),
            Self::StartedOver {
                damaged,
                newer: false,
            } => fl!(
                loader,
                "notice-started-over",
                path = damaged.display().to_string()
            ),
            Self::StartedOver {
                damaged,
                newer: true,
            } => fl!(
                loader,
                "notice-started-over-newer",
                path = damaged.display().to_string()
            ),
            Self::Unreadable { path } => {
                fl!(
                    loader,
                    "notice-unreadable",
                    path = path.display().to_string()
                )
            }
        }
    }
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
            ui.label(RichText::new(notice.message(texts)).color(palette.warning));
            if ui.button(fl!(texts.ui(), "notice-dismiss")).clicked() {
                actions.push(UiAction::DismissNotice(index));
            }
        });
    }
    ui.add_space(4.0);
}
