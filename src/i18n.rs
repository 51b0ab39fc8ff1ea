//! Languages and the local conventions that go with them (paper size), and the messages.
//!
//! Two Fluent domains: `signin_rescue` for the app's own words and `knowledge` for the knowledge
//! base's text. Every lookup goes through [`tr!`](crate::tr) (see [`texts`]). Each [`Texts`] owns
//! its loaders, so two windows or two tests can use different languages at once.

mod texts;

use i18n_embed::unic_langid::LanguageIdentifier;
use serde::{Deserialize, Serialize};

pub use fluent::FluentValue;
pub use texts::{KNOWLEDGE_DOMAIN, MemoArg, TextId, Texts, UI_DOMAIN};

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Language {
    /// Japanese, the first language of most people the app is for.
    Ja,
    /// English.
    En,
}

impl Language {
    /// Every supported language, in the order the language switch shows them.
    pub const ALL: [Self; 2] = [Self::Ja, Self::En];

    /// The BCP 47 code, also the folder name under `i18n/`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Ja => "ja",
            Self::En => "en",
        }
    }

    /// Parses a language tag such as `ja`, `ja-JP`, `ja_JP.UTF-8` or `en-US`.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "ja" => Some(Self::Ja),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// Japanese when the system's preferred language is Japanese, English otherwise.
    #[must_use]
    pub fn from_system() -> Self {
        let requested = i18n_embed::DesktopLanguageRequester::requested_languages();
        Self::from_preferences(requested.iter().map(ToString::to_string))
    }

    /// The language for a list of preferred language tags, most preferred first.
    #[must_use]
    pub fn from_preferences(tags: impl IntoIterator<Item = String>) -> Self {
        match tags.into_iter().next().as_deref().and_then(Self::from_tag) {
            Some(Self::Ja) => Self::Ja,
            _ => Self::En,
        }
    }

    /// The id of the language's own name ("日本語", "English").
    #[must_use]
    pub fn name_id(self) -> TextId {
        match self {
            Self::Ja => TextId::fixed("language-ja"),
            Self::En => TextId::fixed("language-en"),
        }
    }

    /// Whether forms in this language ask the family name before the given name (姓, then 名).
    #[must_use]
    pub fn family_name_first(self) -> bool {
        match self {
            Self::Ja => true,
            Self::En => false,
        }
    }

    /// The other language, for the language switch's shortcut.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::Ja => Self::En,
            Self::En => Self::Ja,
        }
    }

    fn identifier(self) -> LanguageIdentifier {
        match self {
            Self::Ja => LanguageIdentifier::from_bytes(b"ja"),
            Self::En => LanguageIdentifier::from_bytes(b"en"),
        }
        .unwrap_or_default()
    }
}

/// A paper size for printing, a local convention like the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm: the usual size in Japan.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Both sizes, in the order the setting lists them.
    pub const ALL: [Self; 2] = [Self::A4, Self::Letter];

    /// The usual paper for a language: A4 for Japanese, Letter for English.
    #[must_use]
    pub fn for_language(language: Language) -> Self {
        match language {
            Language::Ja => Self::A4,
            Language::En => Self::Letter,
        }
    }

    /// Width and height in points.
    #[must_use]
    pub fn size(self) -> (f32, f32) {
        match self {
            Self::A4 => (595.28, 841.89),
            Self::Letter => (612.0, 792.0),
        }
    }

    /// The id of its name.
    #[must_use]
    pub fn text_id(self) -> TextId {
        match self {
            Self::A4 => TextId::fixed("paper-a4"),
            Self::Letter => TextId::fixed("paper-letter"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_languages() {
        assert_eq!(Language::from_tag("ja-JP"), Some(Language::Ja));
        assert_eq!(Language::from_tag("ja_JP.UTF-8"), Some(Language::Ja));
        assert_eq!(Language::from_tag("EN-us"), Some(Language::En));
        assert_eq!(Language::from_tag("fr-FR"), None);
    }

    #[test]
    fn japanese_only_when_it_comes_first() {
        let prefs =
            |tags: &[&str]| Language::from_preferences(tags.iter().map(|s| (*s).to_owned()));
        assert_eq!(prefs(&["ja-JP", "en-US"]), Language::Ja);
        assert_eq!(prefs(&["en-US", "ja-JP"]), Language::En);
        assert_eq!(prefs(&["de-DE"]), Language::En);
        assert_eq!(prefs(&[]), Language::En);
    }

    #[test]
    fn paper_follows_the_language() {
        assert_eq!(Paper::for_language(Language::Ja), Paper::A4);
        assert_eq!(Paper::for_language(Language::En), Paper::Letter);
    }
}
