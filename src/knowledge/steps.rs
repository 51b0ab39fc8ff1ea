//! Causes and the steps that fix them: where the advice comes from, how strongly a signal
//! points to a cause, what a step asks, the app screen that does it and the waits it needs.

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::i18n::TextId;

/// Where a cause and its fixes come from, shown so the person can judge how firm it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Origin {
    /// The source article's table.
    Article,
    /// Microsoft's own support pages.
    Microsoft,
    /// Widely reported by users, not confirmed by Microsoft.
    Community,
}

impl Origin {
    /// Every origin.
    pub const ALL: [Self; 3] = [Self::Article, Self::Microsoft, Self::Community];

    /// The id of the words that say where the advice comes from.
    #[must_use]
    pub fn text_id(self) -> TextId {
        match self {
            Self::Article => TextId::fixed("origin-article"),
            Self::Microsoft => TextId::fixed("origin-microsoft"),
            Self::Community => TextId::fixed("origin-community"),
        }
    }
}

/// How strongly a reported signal points to a cause.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Evidence {
    /// The id of an error or symptom.
    pub signal: String,
    /// 5 = it names this cause, 4 = almost certain, 3 = strong, 2 = fair, 1 = weak.
    pub weight: u32,
}

/// What kind of thing a step asks of the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum StepKind {
    /// Change something and try again.
    Do,
    /// Look at something and find out.
    Check,
    /// Waiting is the fix.
    Wait,
}

impl StepKind {
    /// Every kind.
    pub const ALL: [Self; 3] = [Self::Do, Self::Check, Self::Wait];

    /// The id of the word for the kind, shown as a badge.
    #[must_use]
    pub fn text_id(self) -> TextId {
        match self {
            Self::Do => TextId::fixed("kind-do"),
            Self::Check => TextId::fixed("kind-check"),
            Self::Wait => TextId::fixed("kind-wait"),
        }
    }
}

/// One thing to try, in the order the cause lists them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Step {
    /// Stable id, also the key of the person's progress on it.
    pub id: String,
    /// Do, check or wait.
    pub kind: StepKind,
    /// An official page that helps with this step.
    #[serde(default)]
    pub link: Option<String>,
    /// A warning shown with the step.
    #[serde(default)]
    pub caution: Option<String>,
    /// For wait steps: how long to wait.
    #[serde(default)]
    pub wait: Option<String>,
    /// A screen of this app that does the step.
    #[serde(default)]
    pub tool: Option<Tool>,
    /// The step applies only when one of these signals is reported (empty: always).
    #[serde(default)]
    pub only_with: Vec<String>,
    /// The step applies only when none of these signals is reported.
    #[serde(default)]
    pub not_with: Vec<String>,
}

impl Step {
    /// Whether the step fits what the person reported (a carrier's own setting, for example,
    /// only fits that carrier's customers).
    #[must_use]
    pub fn applies(&self, reported: &BTreeSet<String>) -> bool {
        (self.only_with.is_empty() || self.only_with.iter().any(|s| reported.contains(s)))
            && !self.not_with.iter().any(|s| reported.contains(s))
    }

    /// The id of its short title.
    #[must_use]
    pub fn title_id(&self) -> TextId {
        step_title_id(&self.id)
    }

    /// The id of its explanation.
    #[must_use]
    pub fn detail_id(&self) -> TextId {
        TextId::derived("step", &self.id, Some("detail"))
    }
}

/// The id of the title of the step with this id (for records that keep only the id).
#[must_use]
pub fn step_title_id(id: &str) -> TextId {
    TextId::derived("step", id, None)
}

/// A screen of the app that carries out a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Tool {
    /// The connectivity check.
    Connectivity,
    /// The recovery-form draft.
    Draft,
}

impl Tool {
    /// Every tool.
    pub const ALL: [Self; 2] = [Self::Connectivity, Self::Draft];

    /// The id of the words on the button that opens it from a step.
    #[must_use]
    pub fn open_id(self) -> TextId {
        match self {
            Self::Connectivity => TextId::fixed("step-open-connectivity"),
            Self::Draft => TextId::fixed("step-open-draft"),
        }
    }
}

/// A likely reason for the trouble, with the signals that point to it and the fixes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Cause {
    /// Stable id, also the stem of its Fluent ids.
    pub id: String,
    /// Where this cause comes from.
    pub origin: Origin,
    /// Errors and symptoms that point to it.
    pub evidence: Vec<Evidence>,
    /// The fixes, in the order to try them.
    pub steps: Vec<Step>,
}

impl Cause {
    /// The id of its title.
    #[must_use]
    pub fn title_id(&self) -> TextId {
        TextId::derived("cause", &self.id, None)
    }

    /// The id of the symptom it typically shows.
    #[must_use]
    pub fn symptom_id(&self) -> TextId {
        TextId::derived("cause", &self.id, Some("symptom"))
    }
}

/// A period after which trying again makes sense.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Wait {
    /// Stable id.
    pub id: String,
    /// The usual length of the wait.
    pub minutes: u32,
    /// Other lengths a timer can be set to, when the advice is a range ("hours to days").
    #[serde(default)]
    pub choices: Vec<u32>,
    /// Whether, once it is over, the next thing is to ask for one new code.
    #[serde(default)]
    pub resend: bool,
}

impl Wait {
    /// The id of what to do once it is over.
    #[must_use]
    pub fn over_id(&self) -> TextId {
        TextId::derived("wait", &self.id, Some("over"))
    }

    /// The id of its name.
    #[must_use]
    pub fn name_id(&self) -> TextId {
        TextId::derived("wait", &self.id, None)
    }

    /// The id of how long it usually lasts ("a few hours to a few days").
    #[must_use]
    pub fn length_id(&self) -> TextId {
        TextId::derived("wait", &self.id, Some("length"))
    }

    /// The lengths a timer can be started with: the choices, or else the usual length.
    #[must_use]
    pub fn timer_choices(&self) -> Vec<u32> {
        if self.choices.is_empty() {
            vec![self.minutes]
        } else {
            self.choices.clone()
        }
    }
}
