//! The one way to look up a message: [`tr!`](crate::tr), over a [`Texts`].
//!
//! A message id is either a literal written in a `tr!` call (checked at compile time against the
//! English messages, the same way `fl!` checks them) or a [`TextId`] made by a typed helper: the
//! knowledge types (`step.title_id()`), enums with words of their own (`StepOutcome::text_id()`)
//! and the command table. Nothing else assembles ids, so a test can list every id the app can ask
//! for (`tests/data/text_ids.rs`). Each distinct message, with its arguments, is formatted once: the
//! screens ask for the same words every frame.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash as _, Hasher as _};

use fluent::{FluentArgs, FluentValue};
use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::FluentLanguageLoader;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rust_embed::RustEmbed;

use super::Language;

/// The Fluent files, embedded in every build (`debug-embed`).
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// The Fluent domain of the app's own messages.
pub const UI_DOMAIN: &str = "signin_rescue";
/// The Fluent domain of the knowledge base's text.
pub const KNOWLEDGE_DOMAIN: &str = "knowledge";

/// The id of a message that is not written literally in a `tr!` call: made only by the typed
/// helpers of the knowledge types, of enums with words of their own, and of the command table.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TextId(Cow<'static, str>);

impl TextId {
    /// A fixed id, e.g. an enum variant's.
    #[must_use]
    pub const fn fixed(id: &'static str) -> Self {
        Self(Cow::Borrowed(id))
    }

    /// `{prefix}-{id}`, or `{prefix}-{id}-{suffix}`: the one place ids are put together from data.
    #[must_use]
    pub fn derived(prefix: &str, id: &str, suffix: Option<&str>) -> Self {
        Self(Cow::Owned(match suffix {
            Some(suffix) => format!("{prefix}-{id}-{suffix}"),
            None => format!("{prefix}-{id}"),
        }))
    }

    /// The id as Fluent knows it.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TextId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A unit a duration is told in.
#[derive(Clone, Copy)]
enum Unit {
    Days,
    Hours,
    Minutes,
}

/// The messages of one language, with the time zone dates are shown in.
pub struct Texts {
    language: Language,
    ui: FluentLanguageLoader,
    knowledge: FluentLanguageLoader,
    time_zone: TimeZone,
    /// Formatted messages by a hash of the id and the arguments.
    formatted: RefCell<HashMap<u64, String>>,
}

/// How many formatted messages are kept before the cache starts afresh (dates and counts
/// change, so it would otherwise grow over a long session).
const FORMATTED_LIMIT: usize = 4096;

/// A message argument: its part in the cache key, and its Fluent value.
pub trait MemoArg {
    /// Feeds the argument to the hasher.
    fn feed(&self, hasher: &mut DefaultHasher);
    /// The value Fluent formats.
    fn value(&self) -> FluentValue<'_>;
}

impl MemoArg for String {
    fn feed(&self, hasher: &mut DefaultHasher) {
        self.as_str().hash(hasher);
    }
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl MemoArg for str {
    fn feed(&self, hasher: &mut DefaultHasher) {
        self.hash(hasher);
    }
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}

impl<T: MemoArg + ?Sized> MemoArg for &T {
    fn feed(&self, hasher: &mut DefaultHasher) {
        (**self).feed(hasher);
    }
    fn value(&self) -> FluentValue<'_> {
        (**self).value()
    }
}

macro_rules! memo_arg_numbers {
    ($($t:ty),*) => {$(
        impl MemoArg for $t {
            fn feed(&self, hasher: &mut DefaultHasher) {
                self.hash(hasher);
            }
            fn value(&self) -> FluentValue<'_> {
                FluentValue::from(*self)
            }
        }
    )*};
}
memo_arg_numbers!(usize, u32, u64, i64);

/// Looks up a message in a [`Texts`]: `tr!(texts, "id")`, `tr!(texts, "id", name = value)`, or
/// with a [`TextId`] from a typed helper, `tr!(texts, step.title_id())`. Literal ids and their
/// argument names are checked at compile time against the English messages. Each distinct message
/// is formatted once and then served from a cache.
#[macro_export]
macro_rules! tr {
    ($texts:expr, $id:literal $(,)?) => {{
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
            || i18n_embed_fl::fl!(texts.ui(), $id, $($name = $crate::i18n::MemoArg::value($name)),+),
        )
    }};
    ($texts:expr, $id:expr $(,)?) => {{
        let texts: &$crate::i18n::Texts = $texts;
        let id: &$crate::i18n::TextId = &$id;
        texts.memo(id.as_str(), |_| {}, || texts.format(id, &[]))
    }};
    ($texts:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let texts: &$crate::i18n::Texts = $texts;
        let id: &$crate::i18n::TextId = &$id;
        $(let $name = &$value;)+
        texts.memo(
            id.as_str(),
            |hasher| {
                $($crate::i18n::MemoArg::feed($name, hasher);)+
            },
            || texts.format(
                id,
                &[$((stringify!($name), $crate::i18n::MemoArg::value($name))),+],
            ),
        )
    }};
}

impl Texts {
    /// Loads the messages of `language`, showing dates in the system's time zone.
    #[must_use]
    pub fn new(language: Language) -> Self {
        let mut texts = Self {
            language,
            ui: FluentLanguageLoader::new(UI_DOMAIN, language.identifier()),
            knowledge: FluentLanguageLoader::new(KNOWLEDGE_DOMAIN, language.identifier()),
            time_zone: TimeZone::system(),
            formatted: RefCell::new(HashMap::new()),
        };
        texts.load(language);
        texts
    }

    /// The same messages, showing dates in `time_zone` (tests use UTC for stable output).
    #[must_use]
    pub fn with_time_zone(mut self, time_zone: TimeZone) -> Self {
        self.time_zone = time_zone;
        self.formatted.get_mut().clear();
        self
    }

    /// Switches to another language.
    pub fn set_language(&mut self, language: Language) {
        if language != self.language {
            self.load(language);
        }
    }

    /// Builds the bundles of `language` alone: every message exists in both languages
    /// (`tests/data/text_ids.rs`), so no fallback bundle is needed, and start-up parses half as
    /// much.
    fn load(&mut self, language: Language) {
        self.language = language;
        self.formatted.get_mut().clear();
        self.ui = FluentLanguageLoader::new(UI_DOMAIN, language.identifier());
        self.knowledge = FluentLanguageLoader::new(KNOWLEDGE_DOMAIN, language.identifier());
        for loader in [&self.ui, &self.knowledge] {
            if let Err(e) = loader.load_languages(&Localizations, &[language.identifier()]) {
                // Only possible with a broken build (the tests load both languages).
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

    /// The time zone dates are shown in.
    #[must_use]
    pub fn time_zone(&self) -> &TimeZone {
        &self.time_zone
    }

    /// The loader of the app's own messages, for the compile-time checked arms of [`tr!`](crate::tr).
    #[doc(hidden)]
    #[must_use]
    pub fn ui(&self) -> &FluentLanguageLoader {
        &self.ui
    }

    /// Whether a message with this id exists in either domain.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.knowledge.has(id) || self.ui.has(id)
    }

    /// Formats a message by a typed id, from either domain; for [`tr!`](crate::tr).
    #[doc(hidden)]
    #[must_use]
    pub fn format(&self, id: &TextId, args: &[(&str, FluentValue<'_>)]) -> String {
        let loader = if self.knowledge.has(id.as_str()) {
            &self.knowledge
        } else {
            &self.ui
        };
        if args.is_empty() {
            return loader.get(id.as_str());
        }
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        loader.get_args_fluent(id.as_str(), Some(&fluent_args))
    }

    /// A message formatted by `format` once per id and arguments (`key` feeds the arguments
    /// to the hasher); for [`tr!`](crate::tr).
    #[doc(hidden)]
    pub fn memo(
        &self,
        id: &str,
        key: impl FnOnce(&mut DefaultHasher),
        format: impl FnOnce() -> String,
    ) -> String {
        let mut hasher = DefaultHasher::new();
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

    /// The person's calendar day as `YYYY-MM-DD`, for suggested file names: in their time
    /// zone, so that a file saved in Japan at 08:00 is named for that day, not the day before.
    #[must_use]
    pub fn file_date(&self, at: Timestamp) -> String {
        self.today(at).strftime("%Y-%m-%d").to_string()
    }

    /// `n` of a unit of time, e.g. "3 hours".
    fn units(&self, n: i64, unit: Unit) -> String {
        match unit {
            Unit::Days => crate::tr!(self, "duration-days", n = n),
            Unit::Hours => crate::tr!(self, "duration-hours", n = n),
            Unit::Minutes => crate::tr!(self, "duration-minutes", n = n),
        }
    }

    /// A duration in the largest whole units that fit, e.g. "2 days 3 hours" or "15 minutes".
    #[must_use]
    pub fn duration(&self, duration: SignedDuration) -> String {
        let minutes = (duration.as_secs().max(0) + 59) / 60;
        let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
        let pair = if days > 0 {
            [(days, Unit::Days), (hours, Unit::Hours)]
        } else if hours > 0 {
            [(hours, Unit::Hours), (mins, Unit::Minutes)]
        } else {
            return self.units(mins, Unit::Minutes);
        };
        let parts: Vec<String> = pair
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, unit)| self.units(n, unit))
            .collect();
        // "1 day 3 hours" / 「1 日 3 時間」: both languages put a space between the parts.
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn file_names_are_dated_in_the_persons_time_zone() {
        // 07:30 in Tokyo on 26 November is still 25 November in UTC.
        let at: Timestamp = "2026-11-25T22:30:00Z".parse().expect("valid");
        let tokyo = TimeZone::posix("JST-9").expect("a valid POSIX time zone");
        let texts = Texts::new(Language::Ja).with_time_zone(tokyo);
        assert_eq!(texts.file_date(at), "2026-11-26");
        let utc = Texts::new(Language::Ja).with_time_zone(TimeZone::UTC);
        assert_eq!(utc.file_date(at), "2026-11-25");
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
    fn typed_ids_reach_both_domains_with_arguments() {
        let texts = Texts::new(Language::En);
        // A knowledge-base text and an app text, by typed id.
        let step = TextId::derived("step", "hold-wait", None);
        assert!(!crate::tr!(&texts, step).contains("No localization"));
        let counts = TextId::fixed("cause-counts");
        assert_eq!(
            crate::tr!(&texts, counts, done = 3_usize, total = 5_usize),
            "3/5 done"
        );
        assert_eq!(
            crate::tr!(&texts, "cause-counts", done = 3_usize, total = 5_usize),
            "3/5 done",
            "a literal and a typed id give the same text"
        );
    }

    #[test]
    fn switching_language_changes_the_messages() {
        let mut texts = Texts::new(Language::En);
        let english = crate::tr!(&texts, "app-title");
        texts.set_language(Language::Ja);
        let japanese = crate::tr!(&texts, "app-title");
        assert_ne!(english, japanese);
        assert!(japanese.contains("サインイン"));
    }
}
