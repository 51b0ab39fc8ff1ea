//! Languages, Fluent messages and the formatting of dates and durations.
//!
//! Two Fluent domains: `signin_rescue` for the app's own words (ids checked at compile time by
//! `fl!`) and `knowledge` for the knowledge base's text (ids derived from data, checked by tests).
//! Each [`Texts`] owns its loaders, so two windows or two tests can use different languages at once.

use std::cell::RefCell;
use std::collections::HashMap;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{LanguageLoader as _, unic_langid::LanguageIdentifier};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};

pub use fluent::FluentValue;

/// The Fluent files, embedded in release builds.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// The Fluent domain of the app's own messages.
pub const UI_DOMAIN: &str = "signin_rescue";
/// The Fluent domain of the knowledge base's text.
pub const KNOWLEDGE_DOMAIN: &str = "knowledge";

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

    fn identifier(self) -> LanguageIdentifier {
        match self {
            Self::Ja => LanguageIdentifier::from_bytes(b"ja"),
            Self::En => LanguageIdentifier::from_bytes(b"en"),
        }
        .unwrap_or_default()
    }
}

/// The messages of one language, with the time zone dates are shown in.
pub struct Texts {
    language: Language,
    ui: FluentLanguageLoader,
    knowledge: FluentLanguageLoader,
    time_zone: TimeZone,
    /// Messages without arguments, once formatted: the screens ask for the same ones every
    /// frame.
    plain: RefCell<HashMap<String, String>>,
    /// Messages with arguments, once formatted, by a hash of the id and the arguments (see
    /// [`tr!`](crate::tr)).
    formatted: RefCell<HashMap<u64, String>>,
}

/// How many formatted messages are kept before the cache starts afresh (dates and counts
/// change, so it would otherwise grow over a long session).
const FORMATTED_LIMIT: usize = 4096;

/// A message argument's part in the cache key.
pub trait MemoArg {
    /// Feeds the argument to the hasher.
    fn feed(&self, hasher: &mut std::collections::hash_map::DefaultHasher);
}

impl MemoArg for String {
    fn feed(&self, hasher: &mut std::collections::hash_map::DefaultHasher) {
        std::hash::Hash::hash(self.as_str(), hasher);
    }
}

impl MemoArg for str {
    fn feed(&self, hasher: &mut std::collections::hash_map::DefaultHasher) {
        std::hash::Hash::hash(self, hasher);
    }
}

impl<T: MemoArg + ?Sized> MemoArg for &T {
    fn feed(&self, hasher: &mut std::collections::hash_map::DefaultHasher) {
        (**self).feed(hasher);
    }
}

macro_rules! memo_arg_numbers {
    ($($t:ty),*) => {$(
        impl MemoArg for $t {
            fn feed(&self, hasher: &mut std::collections::hash_map::DefaultHasher) {
                std::hash::Hash::hash(self, hasher);
            }
        }
    )*};
}
memo_arg_numbers!(usize, u32, u64, i64);

/// Like `fl!` (the ids and argument names are checked at compile time the same way), but each
/// distinct message is formatted once: the screens ask for the same words every frame.
#[macro_export]
macro_rules! tr {
    ($texts:expr, $id:literal) => {{
        let texts: &$crate::i18n::Texts = $texts;
        texts.memo($id, |_| {}, || i18n_embed_fl::fl!(texts.ui(), $id))
    }};
    ($texts:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let texts: &$crate::i18n::Texts = $texts;
        // Each argument is evaluated once, here; `fl!` below runs only on a cache miss.
        $(let $name = &$value;)+
        texts.memo(
            $id,
            |hasher| {
                $($crate::i18n::MemoArg::feed($name, hasher);)+
            },
            || i18n_embed_fl::fl!(texts.ui(), $id, $($name = (*$name).clone()),+),
        )
    }};
}

impl Texts {
    /// Loads the messages of `language`, showing dates in the system's time zone.
    #[must_use]
    pub fn new(language: Language) -> Self {
        let fallback = Language::En.identifier();
        let mut texts = Self {
            language,
            ui: FluentLanguageLoader::new(UI_DOMAIN, fallback.clone()),
            knowledge: FluentLanguageLoader::new(KNOWLEDGE_DOMAIN, fallback),
            time_zone: TimeZone::system(),
            plain: RefCell::new(HashMap::new()),
            formatted: RefCell::new(HashMap::new()),
        };
        texts.load(language);
        texts
    }

    /// The same messages, showing dates in `time_zone` (tests use UTC for stable output).
    #[must_use]
    pub fn with_time_zone(mut self, time_zone: TimeZone) -> Self {
        self.time_zone = time_zone;
        self
    }

    /// Switches to another language.
    pub fn set_language(&mut self, language: Language) {
        if language != self.language {
            self.load(language);
        }
    }

    fn load(&mut self, language: Language) {
        self.language = language;
        self.plain.get_mut().clear();
        self.formatted.get_mut().clear();
        for loader in [&self.ui, &self.knowledge] {
            if let Err(e) = loader.load_languages(&Localizations, &[language.identifier()]) {
                // Only possible with a broken build; the English fallback is still shown.
                log::error!("could not load the {} messages: {e}", language.code());
            }
            // Isolation marks (U+2068/U+2069) have no glyph in the fonts and no use here.
            loader.set_use_isolating(false);
        }
    }

    /// The current language.
    #[must_use]
    pub fn language(&self) -> Language {
        self.language
    }

    /// The loader of the app's own messages, for `fl!`.
    #[must_use]
    pub fn ui(&self) -> &FluentLanguageLoader {
        &self.ui
    }

    /// A message formatted by `format` once per id and arguments (`key` feeds the arguments
    /// to the hasher); for [`tr!`](crate::tr).
    pub fn memo(
        &self,
        id: &str,
        key: impl FnOnce(&mut std::collections::hash_map::DefaultHasher),
        format: impl FnOnce() -> String,
    ) -> String {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        id.hash(&mut hasher);
        key(&mut hasher);
        let key = hasher.finish();
        if let Some(text) = self.formatted.borrow().get(&key) {
            return text.clone();
        }
        let text = format();
        let mut formatted = self.formatted.borrow_mut();
        if formatted.len() >= FORMATTED_LIMIT {
            formatted.clear();
        }
        formatted.insert(key, text.clone());
        text
    }

    /// The knowledge-base text with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> String {
        self.plain(id, || self.knowledge.get(id))
    }

    fn plain(&self, id: &str, format: impl FnOnce() -> String) -> String {
        if let Some(text) = self.plain.borrow().get(id) {
            return text.clone();
        }
        let text = format();
        self.plain.borrow_mut().insert(id.to_owned(), text.clone());
        text
    }

    /// Whether a message with this id exists in either domain.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.knowledge.has(id) || self.ui.has(id)
    }

    /// A message from either domain by a computed id, with arguments.
    #[must_use]
    pub fn get_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        if args.is_empty() {
            return self.plain(id, || {
                if self.knowledge.has(id) {
                    self.knowledge.get(id)
                } else {
                    self.ui.get(id)
                }
            });
        }
        let map: HashMap<&str, FluentValue<'_>> =
            args.iter().map(|(k, v)| (*k, v.clone())).collect();
        if self.knowledge.has(id) {
            self.knowledge.get_args(id, map)
        } else {
            self.ui.get_args(id, map)
        }
    }

    /// A date and time in the person's time zone, written the way their language writes it.
    #[must_use]
    pub fn date_time(&self, at: Timestamp) -> String {
        let zoned = at.to_zoned(self.time_zone.clone());
        match self.language {
            Language::Ja => zoned.strftime("%Y年%-m月%-d日 %H:%M").to_string(),
            Language::En => zoned.strftime("%b %-d, %Y %H:%M").to_string(),
        }
    }

    /// The calendar day `at` falls on in the person's time zone.
    #[must_use]
    pub fn today(&self, at: Timestamp) -> jiff::civil::Date {
        at.to_zoned(self.time_zone.clone()).date()
    }

    /// A calendar date in the person's time zone.
    #[must_use]
    pub fn date(&self, at: Timestamp) -> String {
        let zoned = at.to_zoned(self.time_zone.clone());
        match self.language {
            Language::Ja => zoned.strftime("%Y年%-m月%-d日").to_string(),
            Language::En => zoned.strftime("%b %-d, %Y").to_string(),
        }
    }

    /// A duration in the largest whole units that fit, e.g. "2 days 3 hours" or "15 minutes".
    #[must_use]
    pub fn duration(&self, duration: SignedDuration) -> String {
        let minutes = (duration.as_secs().max(0) + 59) / 60;
        let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
        let part = |id: &str, n: i64| self.get_args(id, &[("n", FluentValue::from(n))]);
        let parts: Vec<String> = if days > 0 {
            [(days, "duration-days"), (hours, "duration-hours")]
                .into_iter()
                .filter(|(n, _)| *n > 0)
                .map(|(n, id)| part(id, n))
                .collect()
        } else if hours > 0 {
            [(hours, "duration-hours"), (mins, "duration-minutes")]
                .into_iter()
                .filter(|(n, _)| *n > 0)
                .map(|(n, id)| part(id, n))
                .collect()
        } else {
            vec![part("duration-minutes", mins)]
        };
        // "1 day 3 hours" / 「1 日 3 時間」: both languages put a space between the parts.
        parts.join(" ")
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
    fn dates_read_naturally_in_each_language() {
        let at: Timestamp = "2026-11-25T08:05:00Z".parse().expect("valid");
        let ja = Texts::new(Language::Ja).with_time_zone(TimeZone::UTC);
        let en = Texts::new(Language::En).with_time_zone(TimeZone::UTC);
        assert_eq!(ja.date_time(at), "2026年11月25日 08:05");
        assert_eq!(en.date_time(at), "Nov 25, 2026 08:05");
        assert_eq!(ja.date(at), "2026年11月25日");
    }

    #[test]
    fn durations_use_the_largest_units() {
        let ja = Texts::new(Language::Ja);
        let en = Texts::new(Language::En);
        let d = |mins: i64| SignedDuration::from_mins(mins);
        assert_eq!(en.duration(d(15)), "15 minutes");
        assert_eq!(en.duration(d(60)), "1 hour");
        assert_eq!(en.duration(d(61)), "1 hour 1 minute");
        assert_eq!(en.duration(d(1440 * 14)), "14 days");
        assert_eq!(en.duration(d(1440 + 180)), "1 day 3 hours");
        assert_eq!(ja.duration(d(1440 + 180)), "1 日 3 時間");
        assert_eq!(ja.duration(d(15)), "15 分");
    }

    #[test]
    fn formatted_messages_are_kept_per_arguments_and_language() {
        let mut texts = Texts::new(Language::En);
        let one = crate::tr!(&texts, "cause-counts", done = 1_usize, total = 4_usize);
        let two = crate::tr!(&texts, "cause-counts", done = 2_usize, total = 4_usize);
        assert_eq!(one, "1/4 done");
        assert_eq!(two, "2/4 done");
        assert_eq!(
            crate::tr!(&texts, "cause-counts", done = 1_usize, total = 4_usize),
            one,
            "the cached text is the same"
        );
        texts.set_language(Language::Ja);
        assert_eq!(
            crate::tr!(&texts, "cause-counts", done = 1_usize, total = 4_usize),
            "1/4 済み",
            "switching language starts the cache afresh"
        );
    }

    #[test]
    fn switching_language_changes_the_messages() {
        let mut texts = Texts::new(Language::En);
        let english = i18n_embed_fl::fl!(texts.ui(), "app-title");
        texts.set_language(Language::Ja);
        let japanese = i18n_embed_fl::fl!(texts.ui(), "app-title");
        assert_ne!(english, japanese);
        assert!(japanese.contains("サインイン"));
    }
}
