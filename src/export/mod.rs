//! What the app writes for the person: the printable checklist (PDF and plain text) and,
//! for the command line, every export made without a window.

pub mod checklist;
pub mod draft;
pub mod pdf;
pub mod text;

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::export::draft::{self as render, Passwords};
use crate::i18n::Texts;
use crate::knowledge::{KnowledgeBase, KnowledgeError};
use crate::store::{self, ReadError, Store};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The recovery-form draft as text (never with passwords).
    DraftText,
    /// The checklist as a PDF.
    ChecklistPdf,
    /// The checklist as plain text.
    ChecklistText,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The saved progress could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The output file could not be written.
    #[error("cannot write the file: {source}")]
    Write {
        /// The output file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The built-in knowledge base is broken (a build defect).
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
}

/// The checklist as PDF bytes, on the chosen or the language's usual paper.
///
/// # Errors
/// Only with a broken build (see [`pdf::PdfError`]).
pub fn checklist_pdf(
    kb: &KnowledgeBase,
    progress: &crate::progress::Progress,
    texts: &Texts,
    now: Timestamp,
) -> Result<Vec<u8>, pdf::PdfError> {
    let paper = progress
        .paper
        .unwrap_or_else(|| crate::i18n::Paper::for_language(texts.language()));
    pdf::render(&checklist::build(kb, progress, texts, now), texts, paper)
}

/// The checklist as plain text.
#[must_use]
pub fn checklist_text(
    kb: &KnowledgeBase,
    progress: &crate::progress::Progress,
    texts: &Texts,
    now: Timestamp,
) -> String {
    text::render(&checklist::build(kb, progress, texts, now), texts)
}

/// Writes `kind` for the progress in `data_dir` to `file`, in the language of `texts`, on
/// `paper` if given (PDF only).
///
/// # Errors
/// When the progress cannot be read or the file cannot be written.
pub fn export(
    kind: ExportKind,
    data_dir: &Path,
    file: &Path,
    texts: &Texts,
    paper: Option<crate::i18n::Paper>,
    now: Timestamp,
) -> Result<(), ExportError> {
    let kb = KnowledgeBase::embedded()?;
    let mut progress = Store::new(data_dir).read_only()?;
    if paper.is_some() {
        progress.paper = paper;
    }
    let bytes = match kind {
        ExportKind::DraftText => {
            render::draft_text(&kb, &progress, texts, Passwords::Omitted(0), now).into_bytes()
        }
        ExportKind::ChecklistPdf => checklist_pdf(&kb, &progress, texts, now)?,
        ExportKind::ChecklistText => checklist_text(&kb, &progress, texts, now).into_bytes(),
    };
    store::write_file(file, &bytes).map_err(|source| ExportError::Write {
        path: file.to_owned(),
        source,
    })
}
