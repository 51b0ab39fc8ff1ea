//! The printable checklist as a sequence of blocks, built once from the knowledge base and the
//! person's progress, then laid out as PDF pages or written as plain text.

use jiff::Timestamp;

use crate::i18n::{FluentValue, Texts};
use crate::knowledge::{self, KnowledgeBase};
use crate::progress::{Progress, StepOutcome};
use crate::triage;

/// One piece of the printed checklist.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// A cause: its rank and title, and the signs and reasons under it.
    Cause {
        /// "1. Your network or IP address".
        title: String,
        /// Secondary lines: the typical symptom, why it ranks here.
        lines: Vec<String>,
    },
    /// A step with its check box.
    Step {
        /// The box's state.
        outcome: StepOutcome,
        /// The step's title.
        title: String,
        /// How to do it.
        detail: String,
        /// "Tried: no change, Nov 24, 2026 09:10", when marked.
        marked: Option<String>,
        /// The person's note.
        note: Option<String>,
    },
    /// Ordinary text.
    Text(String),
    /// Secondary text.
    Muted(String),
    /// An item of a list.
    Item(String),
    /// An official address, printed in full.
    Address(String),
}

/// The whole printable checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct Checklist {
    /// The document's title.
    pub title: String,
    /// "Printed on …, language: …".
    pub subtitle: String,
    /// The legend of the check boxes: (state, label).
    pub legend: Vec<(StepOutcome, String)>,
    /// The content, in order.
    pub blocks: Vec<Block>,
    /// The mark before list items ("・" in Japanese, "• " in English).
    pub bullet: String,
}

/// Builds the checklist for `progress` in the language of `texts`, as of `now`.
#[must_use]
pub fn build(kb: &KnowledgeBase, progress: &Progress, texts: &Texts, now: Timestamp) -> Checklist {
    let t = |id: &str| texts.get_args(id, &[]);
    let mut blocks = Vec::new();

    blocks.push(Block::Heading(t("print-reported")));
    let reported: Vec<String> = kb
        .errors
        .iter()
        .chain(&kb.symptoms)
        .filter(|s| progress.reported.contains(&s.id))
        .map(|s| texts.get(&knowledge::signal_text_id(kb, &s.id)))
        .collect();
    if reported.is_empty() {
        blocks.push(Block::Muted(t("print-reported-none")));
    }
    blocks.extend(reported.into_iter().map(Block::Item));

    let counts = progress.counts(kb.steps().map(|(_, s)| s.id.as_str()));
    blocks.push(Block::Muted(texts.get_args(
        "overall-counts",
        &[
            ("done", FluentValue::from(counts.done)),
            ("total", FluentValue::from(counts.total)),
            ("worked", FluentValue::from(counts.worked)),
        ],
    )));

    blocks.push(Block::Heading(if progress.reported.is_empty() {
        t("causes-heading-unranked")
    } else {
        t("causes-heading")
    }));
    for (index, ranked) in triage::rank(kb, &progress.reported).iter().enumerate() {
        let cause = ranked.cause;
        let mut lines = vec![
            texts.get_args(
                "cause-typical",
                &[(
                    "symptom",
                    texts
                        .get(&knowledge::cause_symptom_text_id(&cause.id))
                        .into(),
                )],
            ),
        ];
        if !ranked.matches.is_empty() {
            let signals: Vec<String> = ranked
                .matches
                .iter()
                .map(|id| texts.get(&knowledge::signal_text_id(kb, id)))
                .collect();
            lines.push(texts.get_args("cause-matches", &[("signals", signals.join(" / ").into())]));
        }
        let checks_network = cause
            .steps
            .iter()
            .any(|s| s.tool == Some(knowledge::Tool::Connectivity));
        if let (true, Some(report)) = (checks_network, &progress.diagnostics) {
            lines.push(crate::net::summary(texts, report));
        }
        blocks.push(Block::Cause {
            title: format!(
                "{}. {}",
                index + 1,
                texts.get(&knowledge::cause_text_id(&cause.id))
            ),
            lines,
        });
        for step in &cause.steps {
            let record = progress.record(&step.id);
            let outcome = progress.outcome(&step.id);
            let marked = record.and_then(|r| r.changed_at).and_then(|at| {
                outcome.is_done().then(|| {
                    texts.get_args(
                        "step-changed",
                        &[
                            ("outcome", texts.get_args(outcome.text_id(), &[]).into()),
                            ("when", texts.date_time(at).into()),
                        ],
                    )
                })
            });
            let note = record
                .map(|r| r.note.trim())
                .filter(|n| !n.is_empty())
                .map(|n| texts.get_args("print-note", &[("note", n.into())]));
            blocks.push(Block::Step {
                outcome,
                title: texts.get(&knowledge::step_text_id(&step.id)),
                detail: texts.get(&knowledge::step_detail_text_id(&step.id)),
                marked,
                note,
            });
        }
    }

    blocks.push(Block::Heading(t("print-waits")));
    for wait in &kb.waits {
        blocks.push(Block::Item(texts.get_args(
            "print-wait",
            &[
                ("name", texts.get(&knowledge::wait_text_id(&wait.id)).into()),
                (
                    "length",
                    texts.get(&knowledge::wait_length_text_id(&wait.id)).into(),
                ),
            ],
        )));
    }

    blocks.push(Block::Heading(t("print-routes")));
    for route in &kb.routes {
        blocks.push(Block::Text(texts.get(&knowledge::route_text_id(&route.id))));
        blocks.push(Block::Muted(
            texts.get(&knowledge::route_when_text_id(&route.id)),
        ));
        if let Some(url) = route.link.as_deref().and_then(|id| kb.link_url(id)) {
            blocks.push(Block::Address(url.to_owned()));
        }
    }
    blocks.push(Block::Muted(t("print-safety")));

    Checklist {
        title: t("print-title"),
        subtitle: texts.get_args("print-subtitle", &[("date", texts.date(now).into())]),
        legend: StepOutcome::ALL
            .into_iter()
            .map(|o| (o, texts.get_args(o.text_id(), &[])))
            .collect(),
        blocks,
        bullet: t("print-bullet"),
    }
}
