//! What surrounds the steps: advice after a connectivity check, aftercare, safety facts,
//! routes to Microsoft, cautions and official links.

use serde::Deserialize;

use crate::i18n::TextId;
use crate::net::{verdict_detail_id, verdict_title_id};

use super::Step;

/// What to try after a connectivity check with this verdict.
#[derive(Debug, Clone, Deserialize)]
pub struct VerdictAdvice {
    /// The verdict's id (see [`crate::net::Verdict::id`]).
    pub id: String,
    /// Steps to try, in order.
    pub steps: Vec<String>,
}

impl VerdictAdvice {
    /// The id of the verdict's headline.
    #[must_use]
    pub fn title_id(&self) -> TextId {
        verdict_title_id(&self.id)
    }

    /// The id of what the verdict means.
    #[must_use]
    pub fn detail_id(&self) -> TextId {
        verdict_detail_id(&self.id)
    }
}

/// A group of things to do after signing in again.
#[derive(Debug, Clone, Deserialize)]
pub struct Aftercare {
    /// Stable id, also the stem of its heading's Fluent id.
    pub id: String,
    /// The things to do.
    pub steps: Vec<Step>,
}

impl Aftercare {
    /// The id of the group's heading.
    #[must_use]
    pub fn heading_id(&self) -> TextId {
        TextId::derived("aftercare", &self.id, None)
    }
}

/// A safety fact.
#[derive(Debug, Clone, Deserialize)]
pub struct SafetyFact {
    /// Stable id, also the stem of its Fluent id.
    pub id: String,
}

impl SafetyFact {
    /// The id of the fact's sentence.
    #[must_use]
    pub fn text_id(&self) -> TextId {
        TextId::derived("safety", &self.id, None)
    }
}

/// A way to reach Microsoft when the steps are not enough.
#[derive(Debug, Clone, Deserialize)]
pub struct Route {
    /// Stable id, also the stem of its Fluent ids.
    pub id: String,
    /// The official page to start from.
    #[serde(default)]
    pub link: Option<String>,
    /// How long an answer usually takes, if known.
    #[serde(default)]
    pub wait: Option<String>,
}

impl Route {
    /// The id of its name.
    #[must_use]
    pub fn name_id(&self) -> TextId {
        TextId::derived("route", &self.id, None)
    }

    /// The id of when to use it.
    #[must_use]
    pub fn when_id(&self) -> TextId {
        TextId::derived("route", &self.id, Some("when"))
    }
}

/// A warning that goes with some steps.
#[derive(Debug, Clone, Deserialize)]
pub struct Caution {
    /// Stable id.
    pub id: String,
}

impl Caution {
    /// The id of the warning's text.
    #[must_use]
    pub fn text_id(&self) -> TextId {
        TextId::derived("caution", &self.id, None)
    }
}

/// An official page.
#[derive(Debug, Clone, Deserialize)]
pub struct Link {
    /// Stable id.
    pub id: String,
    /// The address, always on an official Microsoft domain.
    pub url: String,
}

impl Link {
    /// The id of the link's label.
    #[must_use]
    pub fn label_id(&self) -> TextId {
        TextId::derived("link", &self.id, None)
    }
}
