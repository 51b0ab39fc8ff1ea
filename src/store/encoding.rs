//! The save file's text: encoding, decoding with migration of older formats, and the bounds
//! that keep a hostile or hand-edited file from growing without end.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::knowledge::KnowledgeBase;
use crate::progress::{CURRENT_VERSION, Progress};

/// Why a progress file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The bytes are not UTF-8 text.
    #[error("the file is not text")]
    NotText,
    /// The text is not a valid progress file (truncated, garbled or wrong types). Holds only
    /// where the damage starts: the parser's message could quote the person's own text.
    #[error("the file is damaged at line {0}, column {1}")]
    Damaged(usize, usize),
    /// The file was written by a newer version of the app.
    #[error("the file was written by a newer version (format {0})")]
    Newer(u32),
    /// The file exists but could not be read (the kind of I/O error).
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
    /// The file is larger than [`super::MAX_FILE_BYTES`].
    #[error("the file is too large ({0} bytes)")]
    TooLarge(u64),
    /// A pipe, a device or a folder stands where the file should be.
    #[error("not a regular file")]
    NotAFile,
}

/// Steps, signals and timers unknown to this build (from a newer version, or made up) that a
/// file may carry; more are dropped when it is read.
pub const MAX_UNKNOWN_ENTRIES: usize = 100;
/// The longest id (of a step, a signal, a wait) kept, in bytes; real ids are under 40.
pub const MAX_ID_BYTES: usize = 128;
/// The longest note on a step, in characters.
pub const MAX_NOTE_CHARS: usize = 4_000;
/// The longest answer in the recovery-form draft, in characters.
pub const MAX_FIELD_CHARS: usize = 10_000;
/// The most outcome changes remembered per step.
pub const MAX_HISTORY: usize = 50;
/// The most timers kept.
pub const MAX_TIMERS: usize = 50;
/// The most hosts kept from a connection check (the check contacts five).
pub const MAX_HOSTS: usize = 16;
/// The most stages per host (the check has three).
pub const MAX_STAGES: usize = 8;
/// The most code requests remembered.
pub const MAX_CODE_REQUESTS: usize = 50;

/// Turns progress into the text of a save file.
#[must_use]
pub fn encode(progress: &Progress) -> String {
    let config = ron::ser::PrettyConfig::new().depth_limit(4);
    match ron::ser::to_string_pretty(progress, config) {
        Ok(text) => text,
        // Progress holds only strings, numbers, maps and timestamps, which always serialise.
        Err(e) => unreachable!("progress always serialises: {e}"),
    }
}

/// Reads the text of a save file, migrating older formats and applying [`bound`].
///
/// # Errors
/// When the bytes are not a progress file this build can read.
pub fn decode(bytes: &[u8]) -> Result<Progress, DecodeError> {
    decode_bounded(bytes).map(|(progress, _)| progress)
}

/// Like [`decode`], and says whether [`bound`] had to cut something.
///
/// # Errors
/// As [`decode`].
pub fn decode_bounded(bytes: &[u8]) -> Result<(Progress, bool), DecodeError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        #[serde(default)]
        version: u32,
    }

    let text = std::str::from_utf8(bytes).map_err(|_| DecodeError::NotText)?;
    let damaged =
        |e: ron::error::SpannedError| DecodeError::Damaged(e.span.start.line, e.span.start.col);
    let probe: VersionOnly = ron::from_str(text).map_err(damaged)?;
    if probe.version > CURRENT_VERSION {
        return Err(DecodeError::Newer(probe.version));
    }
    // Versions 1 and 2 differ only by additions that serde fills with defaults, so both read
    // as they are; a format that changes meaning adds a migration step here.
    let mut progress: Progress = ron::from_str(text).map_err(damaged)?;
    progress.version = CURRENT_VERSION;
    let cut = bound(&mut progress);
    progress.normalize();
    bring_up_to_date(&mut progress);
    Ok((progress, cut))
}

/// Reports the signals that stand now for the retired ones an older build saved (see
/// [`Progress::migrate_reported`]). Every way of reading a save goes through [`decode`]:
/// the window at start, an import, the exports and `--explain`, so all of them see the same
/// progress.
fn bring_up_to_date(progress: &mut Progress) {
    let Some(kb) = knowledge() else {
        return;
    };
    for action in progress.migrate_reported(kb) {
        // Reporting a signal records no time, so any timestamp does.
        progress.apply(action, jiff::Timestamp::UNIX_EPOCH);
    }
}

fn knowledge() -> Option<&'static KnowledgeBase> {
    static KB: OnceLock<Option<KnowledgeBase>> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::embedded().ok()).as_ref()
}

fn known_step(id: &str) -> bool {
    knowledge().is_some_and(|kb| kb.step(id).is_some() || kb.aftercare_steps().any(|s| s.id == id))
}

fn known_signal(id: &str) -> bool {
    knowledge().is_some_and(|kb| kb.signal(id).is_some())
}

/// Cuts `text` to at most `max` characters; true when it did.
pub fn clip(text: &mut String, max: usize) -> bool {
    match text.char_indices().nth(max) {
        Some((at, _)) => {
            text.truncate(at);
            true
        }
        None => false,
    }
}

/// Keeps what a file holds within the limits above: every step and signal this build knows,
/// up to [`MAX_UNKNOWN_ENTRIES`] unknown ones (kept for a newer version), and bounded notes,
/// answers, histories, timers and check results. Returns whether anything was cut.
pub fn bound(progress: &mut Progress) -> bool {
    let before = (
        progress.steps.len(),
        progress.reported.len(),
        progress.timers.len(),
        progress.code_requests.len(),
    );
    let mut cut = false;
    let mut unknown = 0;
    progress.steps.retain(|id, _| {
        if id.len() > MAX_ID_BYTES {
            return false;
        }
        if known_step(id) {
            return true;
        }
        unknown += 1;
        unknown <= MAX_UNKNOWN_ENTRIES
    });
    for record in progress.steps.values_mut() {
        cut |= clip(&mut record.note, MAX_NOTE_CHARS);
        let extra = record.history.len().saturating_sub(MAX_HISTORY);
        cut |= extra > 0;
        record.history.drain(..extra);
    }
    let mut unknown = 0;
    progress.reported.retain(|id| {
        if id.len() > MAX_ID_BYTES {
            return false;
        }
        if known_signal(id) {
            return true;
        }
        unknown += 1;
        unknown <= MAX_UNKNOWN_ENTRIES
    });
    progress.timers.retain(|t| {
        t.wait.len() <= MAX_ID_BYTES && t.step.as_ref().is_none_or(|s| s.len() <= MAX_ID_BYTES)
    });
    let extra = progress.timers.len().saturating_sub(MAX_TIMERS);
    progress.timers.drain(..extra);
    let extra = progress
        .code_requests
        .len()
        .saturating_sub(MAX_CODE_REQUESTS);
    progress.code_requests.drain(..extra);
    if let Some(report) = &mut progress.diagnostics {
        cut |= report.hosts.len() > MAX_HOSTS;
        report.hosts.truncate(MAX_HOSTS);
        for host in report
            .hosts
            .iter_mut()
            .chain(std::iter::once(&mut report.portal))
        {
            cut |= clip(&mut host.host, 253) || host.stages.len() > MAX_STAGES;
            host.stages.truncate(MAX_STAGES);
        }
    }
    let draft = &mut progress.draft;
    for field in [
        &mut draft.account,
        &mut draft.contact_email,
        &mut draft.first_name,
        &mut draft.last_name,
        &mut draft.birth_date,
        &mut draft.country,
        &mut draft.region,
        &mut draft.postal_code,
        &mut draft.outlook_contacts,
        &mut draft.outlook_subjects,
        &mut draft.skype_name,
        &mut draft.skype_email,
        &mut draft.xbox_console,
        &mut draft.xbox_gamertag,
        &mut draft.problem_started,
        &mut draft.devices_places,
        &mut draft.other_details,
    ] {
        cut |= clip(field, MAX_FIELD_CHARS);
    }
    let after = (
        progress.steps.len(),
        progress.reported.len(),
        progress.timers.len(),
        progress.code_requests.len(),
    );
    cut || before != after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Action, StepOutcome};

    fn now() -> jiff::Timestamp {
        crate::clock::test_start()
    }

    #[test]
    fn encode_then_decode_gives_the_same_progress() {
        let mut p = Progress::default();
        p.apply(
            Action::NoteEdited {
                step: "network-mobile-data".into(),
                text: "docomo 回線でも同じ".into(),
            },
            now(),
        );
        assert_eq!(decode(encode(&p).as_bytes()), Ok(p));
    }

    #[test]
    fn newer_format_is_refused() {
        let text = encode(&Progress::default()).replacen("version: 2", "version: 99", 1);
        assert_eq!(decode(text.as_bytes()), Err(DecodeError::Newer(99)));
    }

    #[test]
    fn unknown_steps_are_bounded_and_known_ones_all_kept() {
        let mut p = Progress::default();
        for n in 0..1000 {
            p.apply(
                Action::StepMarked {
                    step: format!("from-a-newer-version-{n:04}"),
                    outcome: StepOutcome::Skipped,
                },
                now(),
            );
        }
        let kb = KnowledgeBase::embedded().expect("kb");
        let known: Vec<String> = kb.steps().map(|(_, s)| s.id.clone()).collect();
        for id in &known {
            p.apply(
                Action::StepMarked {
                    step: id.clone(),
                    outcome: StepOutcome::NoChange,
                },
                now(),
            );
        }
        p.apply(
            Action::NoteEdited {
                step: known[0].clone(),
                text: "長".repeat(MAX_NOTE_CHARS + 10),
            },
            now(),
        );
        let back = decode(encode(&p).as_bytes()).expect("decodes");
        assert_eq!(back.steps.len(), known.len() + MAX_UNKNOWN_ENTRIES);
        assert!(
            known
                .iter()
                .all(|id| back.outcome(id) == StepOutcome::NoChange)
        );
        assert_eq!(back.note(&known[0]).chars().count(), MAX_NOTE_CHARS);
    }
}
