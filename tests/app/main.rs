//! The whole app, headless: every screen driven through kittest as a person or a screen reader
//! would, by visible labels and roles, on a temporary data folder with a clock and file dialogs
//! the tests control. One test binary, so the app is linked once (also for Windows under Wine).

#[path = "../common/mod.rs"]
mod common;

mod password_privacy;
mod reminders;
mod snapshots;
mod store_exit;
mod store_limits;
mod ui_accessibility;
mod ui_checklist;
mod ui_connectivity;
mod ui_draft;
mod ui_guide;
mod ui_progress_files;
mod ui_save_feedback;
mod ui_waits_support;
mod walk;
mod window_settings;
