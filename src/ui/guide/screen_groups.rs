//! The first question's screens, grouped as a person tells them apart.

use crate::tr;

/// The question asked first ("what do you see?"), which also offers the message field.
pub(super) const FIRST_QUESTION: &str = "screen";

/// The answer to the first question for "no message: the code just does not arrive", shown
/// first with the message field, before the screens.
pub(super) const NO_MESSAGE: &str = "no-message";

/// The first question's screens, grouped as a person would tell them apart, look-alikes
/// next to each other.
pub(super) const SCREEN_GROUPS: [(ScreenGroup, &[&str]); 3] = [
    (
        ScreenGroup::Code,
        &[
            "verify-identity",
            "help-protect",
            "help-secure",
            "try-another-method",
            "too-many-codes",
            "code-didnt-work",
        ],
    ),
    (
        ScreenGroup::Locked,
        &[
            "account-locked",
            "temporarily-blocked",
            "usage-limit",
            "security-info-pending",
            "account-closing",
        ],
    ),
    (
        ScreenGroup::Error,
        &[
            "temporary-problem",
            "windows-0x80190001",
            "account-doesnt-exist",
            "wrong-password",
            "password-too-many",
        ],
    ),
];

/// A group of screens of the first question.
#[derive(Clone, Copy)]
pub(super) enum ScreenGroup {
    /// A screen that asks for a code.
    Code,
    /// Locked or blocked.
    Locked,
    /// An error message or an error code.
    Error,
}

impl ScreenGroup {
    pub(super) fn label(self, texts: &crate::i18n::Texts) -> String {
        match self {
            Self::Code => tr!(texts, "guide-group-code"),
            Self::Locked => tr!(texts, "guide-group-locked"),
            Self::Error => tr!(texts, "guide-group-error"),
        }
    }

    pub(super) fn key(self) -> &'static str {
        match self {
            Self::Code => "code",
            Self::Locked => "locked",
            Self::Error => "error",
        }
    }
}
