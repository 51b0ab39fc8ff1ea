//! The recovery-form draft: the answers the person gathers for Microsoft's account recovery
//! form ([`model`]), the checks on them ([`checks`]), and how complete they are
//! ([`completeness`]). The draft as text is `crate::export::draft`.
//!
//! The app never sends anything: the person types the draft into the official page. Previous
//! passwords are not part of [`Draft`] at all; they live only in the screen's memory
//! ([`Password`]) and reach the text only when the person reveals one on purpose.

pub mod checks;
pub mod completeness;
pub mod model;

pub use checks::{Check, Finding, Severity, check, is_email, is_japan, is_phone, parse_date};
pub use completeness::{Completeness, Suggestion, Tip, completeness};
pub use model::{Draft, Field, Password, Product, Section};
