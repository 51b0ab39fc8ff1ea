//! Exports made without a window, from the command line: the same files the app saves.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::draft::render::{self, Passwords};
use crate::i18n::Texts;
use crate::knowledge::{KnowledgeBase, KnowledgeError};
use crate::store::{self, ReadError, Store};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The recovery-form draft as text (never with passwords).
    DraftText,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The saved progress could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The output file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The output file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The built-in knowledge base is broken (a build defect).
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
}

/// Writes `kind` for the progress in `data_dir` to `file`, in the language of `texts`.
///
/// # Errors
/// When the progress cannot be read or the file cannot be written.
pub fn export(
    kind: ExportKind,
    data_dir: &Path,
    file: &Path,
    texts: &Texts,
    now: Timestamp,
) -> Result<(), ExportError> {
    let kb = KnowledgeBase::embedded()?;
    let progress = Store::new(data_dir).read_only()?;
    let bytes = match kind {
        ExportKind::DraftText => {
            render::draft_text(&kb, &progress, texts, Passwords::Omitted(0), now).into_bytes()
        }
    };
    store::write_atomically(file, &bytes).map_err(|source| ExportError::Write {
        path: file.to_owned(),
        source,
    })
}
