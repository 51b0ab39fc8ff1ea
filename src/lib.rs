//! Sign-in Rescue: a calm, offline desktop companion for people who cannot sign in to their
//! Microsoft account because the verification code never arrives or an error stops them.
//!
//! # Data flow: one direction
//!
//! ```text
//! assets/knowledge.ron ─► KnowledgeBase (read-only, validated at start and in tests)
//!          │
//!          ├─► ui/* screens read &KnowledgeBase + &Progress and return UiActions
//!          ├─► guide: the guided start's answers → the Actions that report what was seen
//!          ├─► recognise: a pasted message → the known message it is
//!          ├─► triage: reported errors and symptoms → ranked causes, the one "what next?"
//!          │
//! app: UiAction → Command / background task (files, export, connection check)
//!          │
//! Progress::apply(Action, now) — the only place the person's state changes
//!          │
//!          ├─► autosave decides when; store saves atomically on the `progress-saver` thread
//!          └─► export: the checklist (PDF, text) and the draft, from the same state
//! ```
//!
//! # Layers
//!
//! Each module uses only its own layer and the ones below, and no two modules use each other;
//! `tests/data/source_rules.rs` reads the sources and fails on any import against this order.
//!
//! 1. Foundation: `i18n`, `clock`, `official`, `assets`, `text`, `windows`.
//! 2. Plain data: `knowledge` (with the guided start's questions), `net` (the check's
//!    configuration and report), `draft` (the recovery-form draft, its checks and completeness).
//! 3. The person's state: `progress`.
//! 4. Domain services: `guide` (which questions to ask, what the answers report), `triage`,
//!    `recognise`.
//! 5. Input and output: `store`, `autosave`, `instance`, `net::probe` and `net::run`, `export`,
//!    `files`, `reminders`.
//! 6. The shell: `app`, `ui`, `cli`.
//!
//! # Modules
//!
//! - `app/`: the eframe application: state (`mod`), start-up, commands, background tasks, the
//!   window's own settings.
//! - `assets`: files compiled into the binary (the font, the icon).
//! - `autosave`: when to save: after a pause in changes, again after a failure, at close.
//! - `cli`: the command line (`--lang`, `--data-dir`, the exports, `--explain`).
//! - `clock`: the injectable time source.
//! - `draft/`: the recovery-form draft: model, checks, completeness.
//! - `export/`: what the app writes: the printable checklist (PDF and text), the draft and the
//!   support summary as text.
//! - `files/`: file dialogs behind a trait (native, preset for tests), the file tasks, and the
//!   Documents folder a save falls back to when no dialog can open.
//! - `guide`: which of the guided start's questions to ask, and the actions its answers produce.
//! - `i18n`: languages, paper sizes and the one text API (`tr!`, typed `TextId`s).
//! - `knowledge/`: the knowledge base as data: signals, causes and steps, the guided start's
//!   questions, support, validation.
//! - `net/`: the connectivity check: its report (plain data), the probes and the run that
//!   combines them.
//! - `official`: the official Microsoft hosts, the only ones linked or contacted.
//! - `progress/`: the person's state: `Action` and `apply`, code requests, timers and when
//!   the window must look at the clock again.
//! - `recognise`: which known message a pasted text is.
//! - `reminders/`: when a wait ends in the background, a notification of the system (behind
//!   the `Notifier` trait).
//! - `store`: where progress lives on disk and how it is saved without loss.
//! - `text`: line breaking for Japanese and English, one set of rules for the window and the PDF.
//! - `triage`: causes ranked by what was reported, and the one "what next?".
//! - `ui/`: the screens, the command table, the status area (notices and waits), theme tokens and
//!   shared widgets.
//! - `windows` (Windows only): the few Win32 calls std lacks, the only code that calls the system directly.
//!
//! Every sentence a person reads lives in `i18n/<lang>/*.ftl`: `signin_rescue.ftl` for the app's
//! own words, `knowledge.ftl` for the knowledge base's text (ids made only by the typed helpers
//! on the knowledge types). Text is looked up only with `tr!` or typed `TextId`s;
//! `tests/data/text_ids.rs` checks every id exists in both languages and none is unused.
//!
//! # How failures surface
//!
//! Nothing fails in silence. Domain modules return typed errors (`thiserror`); the app shows
//! them to the person in their language with what to do next, and logs them with `log`.
//! A damaged save file is moved aside, never overwritten, and the backup is used; a failing
//! save keeps everything in memory, shows a banner and retries.
//!
//! Everything outside `ui/`, `app/` and `main.rs` is plain Rust with no egui types.

pub mod app;
pub mod assets;
pub mod autosave;
pub mod cli;
pub mod clock;
pub mod draft;
pub mod export;
pub mod files;
pub mod guide;
pub mod i18n;
pub mod instance;
pub mod knowledge;
pub mod net;
pub mod official;
pub mod progress;
pub mod recognise;
pub mod reminders;
pub mod store;
pub mod text;
pub mod triage;
pub mod ui;
#[cfg(windows)]
pub mod windows;

pub use app::{App, AppOptions, Startup};
