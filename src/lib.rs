//! Sign-in Rescue: a calm, offline desktop companion for people who cannot sign in to their
//! Microsoft account because the verification code never arrives or an error stops them.
//!
//! # Data flow: one direction
//!
//! ```text
//! assets/knowledge.ron ─► KnowledgeBase (read-only, validated at start and in tests)
//!          │
//!          ├─► ui/* screens read &KnowledgeBase + &Progress and return Actions
//!          ├─► guide: the guided start's answers → the Actions that report what was seen
//!          ├─► recognise: a pasted message → the known message it is
//!          ├─► triage: reported errors and symptoms → ranked causes, the one "what next?"
//!          │
//! Progress::apply(Action, now) — the only place the person's state changes
//!          │
//!          └─► store: debounced, atomic save on the `progress-saver` thread
//! ```
//!
//! Every sentence a person reads lives in `i18n/<lang>/*.ftl`: `signin_rescue.ftl` for the app's
//! own words (checked at compile time by `fl!`), `knowledge.ftl` for the knowledge base's text
//! (ids derived from the data, checked by `tests/knowledge_integrity.rs`).
//!
//! # How failures surface
//!
//! Nothing fails in silence. Domain modules return typed errors (`thiserror`); the app shows
//! them to the person in their language with what to do next, and logs them with `log`.
//! A damaged save file is moved aside, never overwritten, and the backup is used; a failing
//! save keeps everything in memory, shows a banner and retries.
//!
//! Everything outside `ui/` and `app.rs` is plain Rust with no egui types.

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
pub mod store;
pub mod timers;
pub mod triage;
pub mod ui;

pub use app::{App, AppOptions, Startup};
