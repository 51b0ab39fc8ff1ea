//! What a person reports: error messages and symptoms, their wordings, the channels a code
//! travels by, and retired signals of older versions.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::i18n::{Language, TextId, Texts};
use crate::tr;

/// Something the person can report: an error message they saw or a symptom that fits.
#[derive(Debug, Clone, Deserialize)]
pub struct Signal {
    /// Stable id, also the stem of its Fluent ids.
    pub id: String,
    /// Whether it is an error message or a symptom (from the list it is in).
    #[serde(skip)]
    pub kind: SignalKind,
    /// For an on-screen message, its known wordings (the first is the main one), each with how
    /// it relates to Microsoft's own text per language code; empty for a symptom.
    #[serde(default)]
    pub wordings: Vec<BTreeMap<String, Wording>>,
    /// For an on-screen message, what it is about, for the recogniser: each key is a set of
    /// concepts (see `vocabulary`) that together say this message in a person's own words.
    #[serde(default)]
    pub keys: Vec<Vec<String>>,
    /// A message that names where something came from rather than a screen (the label of the
    /// text message a code comes in): when the recogniser also finds another message from
    /// what the text is about, that one comes first.
    #[serde(default)]
    pub secondary: bool,
}

/// Whether a message's text in one language is Microsoft's own or the app's paraphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Wording {
    /// Microsoft's words, from an official page or a verbatim copy of the screen: show it in
    /// quotation marks, as the person sees it.
    Microsoft,
    /// The app's wording: the exact words on screen in this language are not confirmed.
    Paraphrase,
}

/// A signal an older version offered, and the signals that stand for it now.
#[derive(Debug, Clone, Deserialize)]
pub struct Retired {
    /// The old id, as a saved progress may still report it.
    pub id: String,
    /// The current signals to report instead.
    pub now: Vec<String>,
}

/// A way the code can reach the person, with the symptom that says it does not.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Channel {
    /// Stable id, as `progress::Channel::id` gives it; also the stem of its text ids.
    pub id: String,
    /// The symptom "the code does not arrive this way".
    pub signal: String,
}

impl Channel {
    /// The id of its name ("Text message (SMS)").
    #[must_use]
    pub fn name_id(&self) -> TextId {
        TextId::derived("channel", &self.id, None)
    }

    /// The id of what to do on this channel once a wait before asking again is over.
    #[must_use]
    pub fn resend_id(&self) -> TextId {
        TextId::derived("channel", &self.id, Some("resend"))
    }
}

/// The two kinds of things a person reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SignalKind {
    /// An error message they saw on screen.
    #[default]
    Error,
    /// A symptom that fits their situation.
    Symptom,
}

impl Signal {
    /// The id of its text: the error message as the person saw it, or the symptom.
    #[must_use]
    pub fn text_id(&self) -> TextId {
        match self.kind {
            SignalKind::Error => TextId::derived("error", &self.id, None),
            SignalKind::Symptom => TextId::derived("symptom", &self.id, None),
        }
    }

    /// The id of what an error message usually means; symptoms explain themselves.
    #[must_use]
    pub fn meaning_id(&self) -> Option<TextId> {
        (self.kind == SignalKind::Error)
            .then(|| TextId::derived("error", &self.id, Some("meaning")))
    }

    /// The id of a one-line plain description of the screen that shows an error message.
    #[must_use]
    pub fn screen_id(&self) -> Option<TextId> {
        (self.kind == SignalKind::Error).then(|| TextId::derived("error", &self.id, Some("screen")))
    }

    /// The id of wording `index` of an error message: the main one (0) is [`Signal::text_id`],
    /// the others `error-<id>-alt-<index>`.
    #[must_use]
    pub fn wording_id(&self, index: usize) -> TextId {
        if index == 0 {
            self.text_id()
        } else {
            TextId::derived("error", &self.id, Some(&format!("alt-{index}")))
        }
    }

    /// How the wording `index` of this message relates to Microsoft's text in `language`.
    #[must_use]
    pub fn wording(&self, index: usize, language: Language) -> Option<Wording> {
        self.wordings.get(index)?.get(language.code()).copied()
    }

    /// The main wording as a short label (a large answer in the guided start): in quotation
    /// marks when they are Microsoft's words, plain otherwise, without the paraphrase note.
    #[must_use]
    pub fn short_label(&self, texts: &Texts) -> String {
        let text = tr!(texts, self.wording_id(0));
        match self.wording(0, texts.language()) {
            Some(Wording::Microsoft) => tr!(texts, "message-quoted", text = text),
            _ => text,
        }
    }

    /// Wording `index` of this message as the person reads it in the language of `texts`: in
    /// quotation marks when they are Microsoft's words, marked as a paraphrase otherwise.
    #[must_use]
    pub fn quoted(&self, texts: &Texts, index: usize) -> String {
        let text = tr!(texts, self.wording_id(index));
        match self.wording(index, texts.language()) {
            Some(Wording::Microsoft) => tr!(texts, "message-quoted", text = text),
            _ => tr!(texts, "message-paraphrased", text = text),
        }
    }

    /// The text the person reads for this signal in lists: a message quoted or marked as a
    /// paraphrase (see [`Signal::quoted`]), a symptom as it is.
    #[must_use]
    pub fn label(&self, texts: &Texts) -> String {
        match self.kind {
            SignalKind::Error => self.quoted(texts, 0),
            SignalKind::Symptom => tr!(texts, self.text_id()),
        }
    }
}
