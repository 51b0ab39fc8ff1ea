//! The command line: `signin-rescue [--lang ja|en] [--data-dir PATH]`, the exports, `--explain`,
//! `--help`, `--version`.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::tr;

use crate::export::ExportKind;
use crate::i18n::Paper;
use crate::i18n::{Language, Texts};
use crate::knowledge::KnowledgeBase;
use crate::progress::Progress;
use crate::recognise::{self, Recogniser, Recognition};
use crate::triage;

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Open the window.
    Run(Options),
    /// Print the usage.
    Help(Options),
    /// Print the version.
    Version,
    /// Say which known message a text is, what it means and what to do first (`--explain`).
    Explain {
        /// The text as the person typed or pasted it.
        text: String,
        /// Language and data folder.
        options: Options,
    },
    /// Write a file without opening the window.
    Export {
        /// What to write.
        kind: ExportKind,
        /// Where.
        file: PathBuf,
        /// Language and data folder.
        options: Options,
    },
}

/// Options shared by every command.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// `--lang`: the language to use instead of the saved or system one.
    pub language: Option<Language>,
    /// `--data-dir`: where progress is kept instead of the OS data folder.
    pub data_dir: Option<PathBuf>,
    /// `--paper`: the paper size for a PDF instead of the saved or usual one.
    pub paper: Option<Paper>,
}

/// A command line the app does not understand.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CliError {
    /// An option the app does not have.
    #[error("unknown option {0}")]
    UnknownOption(String),
    /// An option without its value.
    #[error("{0} needs a value")]
    MissingValue(String),
    /// `--lang` with something other than ja or en.
    #[error("unknown language {0}")]
    UnknownLanguage(String),
    /// `--paper` with something other than a4 or letter.
    #[error("unknown paper size {0}")]
    UnknownPaper(String),
    /// A stray argument.
    #[error("unexpected argument {0}")]
    Unexpected(String),
    /// Two export options at once.
    #[error("only one export at a time")]
    TwoExports,
}

/// Parses the arguments after the program name.
///
/// # Errors
/// When an option is unknown, lacks its value, or has a value the app does not accept.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, CliError> {
    use lexopt::prelude::*;

    let mut options = Options::default();
    let mut help = false;
    let mut export: Option<(ExportKind, PathBuf)> = None;
    let mut explain: Option<String> = None;
    let mut parser = lexopt::Parser::from_args(args);
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(e) => return Err(from_lexopt(e)),
        };
        match arg {
            Short('h') | Long("help") => help = true,
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("lang") => {
                let value = value_of(&mut parser, "--lang")?;
                let text = value.to_string_lossy().into_owned();
                options.language =
                    Some(Language::from_tag(&text).ok_or(CliError::UnknownLanguage(text))?);
            }
            Long("data-dir") => {
                options.data_dir = Some(PathBuf::from(value_of(&mut parser, "--data-dir")?));
            }
            Long("paper") => {
                let value = value_of(&mut parser, "--paper")?
                    .to_string_lossy()
                    .into_owned();
                options.paper = Some(match value.to_ascii_lowercase().as_str() {
                    "a4" => Paper::A4,
                    "letter" => Paper::Letter,
                    _ => return Err(CliError::UnknownPaper(value)),
                });
            }
            Long(name @ ("export-draft" | "export-pdf" | "export-text")) => {
                let kind = match name {
                    "export-draft" => ExportKind::DraftText,
                    "export-pdf" => ExportKind::ChecklistPdf,
                    _ => ExportKind::ChecklistText,
                };
                let option = format!("--{name}");
                let file = PathBuf::from(value_of(&mut parser, &option)?);
                if export.replace((kind, file)).is_some() {
                    return Err(CliError::TwoExports);
                }
            }
            Long("explain") => {
                let text = value_of(&mut parser, "--explain")?;
                explain = Some(text.to_string_lossy().into_owned());
            }
            Value(value) => {
                return Err(CliError::Unexpected(value.to_string_lossy().into_owned()));
            }
            other => return Err(from_lexopt(other.unexpected())),
        }
    }
    Ok(match (help, export, explain) {
        (true, _, _) => Command::Help(options),
        (false, Some(_), Some(_)) => return Err(CliError::TwoExports),
        (false, Some((kind, file)), None) => Command::Export {
            kind,
            file,
            options,
        },
        (false, None, Some(text)) => Command::Explain { text, options },
        (false, None, None) => Command::Run(options),
    })
}

fn value_of(parser: &mut lexopt::Parser, name: &str) -> Result<OsString, CliError> {
    parser
        .value()
        .map_err(|_| CliError::MissingValue(name.to_owned()))
}

fn from_lexopt(error: lexopt::Error) -> CliError {
    match error {
        lexopt::Error::MissingValue { option } => {
            CliError::MissingValue(option.unwrap_or_default())
        }
        lexopt::Error::UnexpectedOption(option) | lexopt::Error::UnexpectedValue { option, .. } => {
            CliError::UnknownOption(option)
        }
        lexopt::Error::UnexpectedArgument(value) => {
            CliError::Unexpected(value.to_string_lossy().into_owned())
        }
        other => CliError::Unexpected(other.to_string()),
    }
}

/// What `--explain` prints: the known message `text` is, what it means and the first step for
/// it (`Ok`), or that it is not recognised, with the closest known messages or, for an error
/// code the app does not know, the connection check (`Err`), in the language of `texts`.
///
/// The first step is the one the checklist gives once the message is reported along with
/// what `progress` (the saved progress, read as the window reads it) already holds, unless
/// the message was recognised by an error code that has a first step of its own
/// ([`triage::first_step_once_reported`]); `now` decides which waits are over.
#[must_use = "the caller prints the answer and exits with 0 or 3"]
pub fn explain(
    kb: &KnowledgeBase,
    texts: &Texts,
    progress: &Progress,
    text: &str,
    now: jiff::Timestamp,
) -> Result<String, String> {
    let recogniser = Recogniser::new(kb);
    let message = |m: &recognise::Match| {
        kb.signal(&m.signal)
            .map(|s| s.quoted(texts, m.wording))
            .unwrap_or_default()
    };
    let step_text = |step: &crate::knowledge::Step| {
        format!(
            "{}\n  {}",
            tr!(texts, step.title_id()),
            tr!(texts, step.detail_id())
        )
    };
    match recogniser.recognise(text) {
        Recognition::Recognised(found) => {
            let mut out = tr!(
                texts,
                "cli-explain-match",
                percent = found.percent(),
                message = message(&found)
            );
            out.push('\n');
            let code = found.code.as_deref().and_then(|c| kb.code(c));
            let meaning = code
                .map(crate::knowledge::ErrorCode::meaning_id)
                .or_else(|| {
                    kb.signal(&found.signal)
                        .and_then(crate::knowledge::Signal::meaning_id)
                })
                .map(|id| tr!(texts, id))
                .unwrap_or_default();
            out.push_str(&tr!(texts, "cli-explain-meaning", meaning = meaning));
            out.push('\n');
            let first = triage::first_step_once_reported(
                kb,
                progress,
                &found.signal,
                found.code.as_deref(),
                now,
            );
            let first = first.step().map_or_else(|| first.title(texts), step_text);
            out.push_str(&tr!(texts, "cli-explain-first-step", step = first));
            Ok(out)
        }
        Recognition::UnknownCode { code } => {
            let mut out = tr!(texts, "cli-explain-unknown-code", code = code.as_str());
            if code.starts_with("AADSTS") {
                out.push('\n');
                out.push_str(&tr!(texts, "cli-explain-work-school"));
            }
            if let Some((_, step)) = kb.step(recognise::UNKNOWN_CODE_STEP) {
                out.push('\n');
                out.push_str(&tr!(
                    texts,
                    "cli-explain-first-step",
                    step = step_text(step)
                ));
            }
            Err(out)
        }
        Recognition::NotRecognised { closest } => {
            let mut out = tr!(texts, "cli-explain-not-recognised");
            if !closest.is_empty() {
                out.push('\n');
                out.push_str(&tr!(texts, "cli-explain-closest"));
                for m in &closest {
                    out.push_str("\n  ");
                    out.push_str(&tr!(
                        texts,
                        "cli-explain-closest-line",
                        percent = m.percent(),
                        message = message(m)
                    ));
                }
            }
            Err(out)
        }
        Recognition::TooShort => Err(tr!(texts, "cli-explain-too-short")),
    }
}

/// The usage text, in the person's language.
#[must_use]
pub fn usage(texts: &Texts) -> String {
    tr!(texts, "cli-usage", version = env!("CARGO_PKG_VERSION"))
}

/// A command-line error in the person's language, with a pointer to `--help`.
#[must_use]
pub fn error_message(texts: &Texts, error: &CliError) -> String {
    match error {
        CliError::UnknownOption(option) => {
            tr!(texts, "cli-unknown-option", option = option.as_str())
        }
        CliError::MissingValue(option) => {
            tr!(texts, "cli-missing-value", option = option.as_str())
        }
        CliError::UnknownLanguage(value) => {
            tr!(texts, "cli-unknown-language", value = value.as_str())
        }
        CliError::Unexpected(value) => tr!(texts, "cli-unexpected", value = value.as_str()),
        CliError::TwoExports => tr!(texts, "cli-two-exports"),
        CliError::UnknownPaper(value) => tr!(texts, "cli-unknown-paper", value = value.as_str()),
    }
}

/// Why an export failed, in the person's language, with what to do.
#[must_use]
pub fn export_error_message(texts: &Texts, error: &crate::export::ExportError) -> String {
    use crate::export::ExportError;
    use crate::store::ReadError;
    match error {
        ExportError::Write { path, source } => tr!(
            texts,
            "cli-export-write-failed",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        ExportError::Read(ReadError::Damaged { path, .. }) => {
            tr!(
                texts,
                "cli-export-damaged",
                path = path.display().to_string()
            )
        }
        ExportError::Read(ReadError::Io(e)) => tr!(
            texts,
            "cli-export-read-failed",
            path = e.path().display().to_string()
        ),
        ExportError::Knowledge(e) => tr!(texts, "cli-export-broken", error = e.to_string()),
        ExportError::Pdf(e) => tr!(texts, "cli-export-broken", error = e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, CliError> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn no_arguments_opens_the_window() {
        assert_eq!(parse_strs(&[]), Ok(Command::Run(Options::default())));
    }

    #[test]
    fn language_and_data_dir() {
        assert_eq!(
            parse_strs(&["--lang", "ja", "--data-dir", "/tmp/x"]),
            Ok(Command::Run(Options {
                language: Some(Language::Ja),
                data_dir: Some("/tmp/x".into()),
                paper: None,
            }))
        );
        assert_eq!(
            parse_strs(&["--lang=en"]),
            Ok(Command::Run(Options {
                language: Some(Language::En),
                ..Options::default()
            }))
        );
    }

    #[test]
    fn wrong_arguments_are_named() {
        assert_eq!(
            parse_strs(&["--lang", "fr"]),
            Err(CliError::UnknownLanguage("fr".into()))
        );
        assert_eq!(
            parse_strs(&["--data-dir"]),
            Err(CliError::MissingValue("--data-dir".into()))
        );
        assert_eq!(
            parse_strs(&["--colour"]),
            Err(CliError::UnknownOption("--colour".into()))
        );
        assert_eq!(
            parse_strs(&["extra"]),
            Err(CliError::Unexpected("extra".into()))
        );
    }

    #[test]
    fn export_options() {
        assert_eq!(
            parse_strs(&["--export-draft", "out.txt", "--lang", "en"]),
            Ok(Command::Export {
                kind: ExportKind::DraftText,
                file: "out.txt".into(),
                options: Options {
                    language: Some(Language::En),
                    ..Options::default()
                },
            })
        );
        assert_eq!(
            parse_strs(&["--export-pdf", "a.pdf", "--paper", "letter"]),
            Ok(Command::Export {
                kind: ExportKind::ChecklistPdf,
                file: "a.pdf".into(),
                options: Options {
                    paper: Some(Paper::Letter),
                    ..Options::default()
                },
            })
        );
        assert_eq!(
            parse_strs(&["--export-draft", "a.txt", "--export-pdf", "b.pdf"]),
            Err(CliError::TwoExports)
        );
        assert_eq!(
            parse_strs(&["--paper", "b5"]),
            Err(CliError::UnknownPaper("b5".into()))
        );
    }

    #[test]
    fn explain_takes_the_text() {
        assert_eq!(
            parse_strs(&["--explain", "Your account has been locked", "--lang", "en"]),
            Ok(Command::Explain {
                text: "Your account has been locked".into(),
                options: Options {
                    language: Some(Language::En),
                    ..Options::default()
                },
            })
        );
        assert_eq!(
            parse_strs(&["--explain"]),
            Err(CliError::MissingValue("--explain".into()))
        );
        assert_eq!(
            parse_strs(&["--explain", "x", "--export-pdf", "a.pdf"]),
            Err(CliError::TwoExports)
        );
    }

    #[test]
    fn help_and_version() {
        assert_eq!(
            parse_strs(&["--help"]),
            Ok(Command::Help(Options::default()))
        );
        assert_eq!(parse_strs(&["-V"]), Ok(Command::Version));
    }
}
