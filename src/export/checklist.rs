//! The printable checklist as a sequence of blocks, built once from the knowledge base and the
//! person's progress, then laid out as PDF pages or written as plain text.

use jiff::Timestamp;

use crate::i18n::Texts;
use crate::knowledge::{self, KnowledgeBase};
use crate::progress::{Progress, StepOutcome};
use crate::tr;
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
    let mut blocks = Vec::new();

    // The one answer to "what next?", first, on a line of its own.
    blocks.push(Block::Heading(tr!(texts, "print-next")));
    blocks.push(Block::Text(triage::next(kb, progress, now).line(texts)));

    blocks.push(Block::Heading(tr!(texts, "print-reported")));
    let reported: Vec<String> = kb
        .errors
        .iter()
        .chain(&kb.symptoms)
        .filter(|s| progress.reported.contains(&s.id))
        .map(|s| s.label(texts))
        .collect();
    if reported.is_empty() {
        blocks.push(Block::Muted(tr!(texts, "print-reported-none")));
    }
    blocks.extend(reported.into_iter().map(Block::Item));

    let counts = progress.counts(
        triage::counted_steps(kb, progress)
            .into_iter()
            .map(|s| s.id.as_str()),
    );
    blocks.push(Block::Muted(tr!(
        texts,
        "overall-counts",
        done = counts.done,
        total = counts.total,
        worked = counts.worked
    )));

    blocks.push(Block::Heading(if progress.reported.is_empty() {
        tr!(texts, "causes-heading-unranked")
    } else {
        tr!(texts, "causes-heading")
    }));
    for (index, ranked) in triage::rank(kb, &progress.reported).iter().enumerate() {
        let cause = ranked.cause;
        let mut lines = vec![tr!(
            texts,
            "cause-typical",
            symptom = tr!(texts, cause.symptom_id())
        )];
        if !ranked.matches.is_empty() {
            let signals: Vec<String> = ranked
                .matches
                .iter()
                .filter_map(|id| kb.signal(id))
                .map(|signal| tr!(texts, signal.text_id()))
                .collect();
            lines.push(tr!(texts, "cause-matches", signals = signals.join(" / ")));
        }
        let checks_network = cause
            .steps
            .iter()
            .any(|s| s.tool == Some(knowledge::Tool::Connectivity));
        if let (true, Some(report)) = (checks_network, &progress.diagnostics) {
            lines.push(crate::net::summary(texts, report));
        }
        blocks.push(Block::Cause {
            title: format!("{}. {}", index + 1, tr!(texts, cause.title_id())),
            lines,
        });
        // Steps for another situation (another carrier's setting, say) are left out, unless
        // the person marked them.
        for step in cause
            .steps
            .iter()
            .filter(|s| triage::is_listed(s, progress))
        {
            let record = progress.record(&step.id);
            let outcome = progress.outcome(&step.id);
            let marked = record.and_then(|r| r.changed_at).and_then(|at| {
                outcome.is_done().then(|| {
                    tr!(
                        texts,
                        "step-changed",
                        outcome = tr!(texts, outcome.text_id()),
                        when = texts.date_time(at)
                    )
                })
            });
            let note = record
                .map(|r| r.note.trim())
                .filter(|n| !n.is_empty())
                .map(|n| tr!(texts, "print-note", note = n));
            blocks.push(Block::Step {
                outcome,
                title: tr!(texts, step.title_id()),
                detail: tr!(texts, step.detail_id()),
                marked,
                note,
            });
        }
    }

    blocks.push(Block::Heading(tr!(texts, "print-waits")));
    for wait in &kb.waits {
        blocks.push(Block::Item(tr!(
            texts,
            "print-wait",
            name = tr!(texts, wait.name_id()),
            length = tr!(texts, wait.length_id())
        )));
    }

    blocks.push(Block::Heading(tr!(texts, "print-routes")));
    for route in &kb.routes {
        blocks.push(Block::Text(tr!(texts, route.name_id())));
        blocks.push(Block::Muted(tr!(texts, route.when_id())));
        if let Some(url) = route.link.as_deref().and_then(|id| kb.link_url(id)) {
            blocks.push(Block::Address(url.to_owned()));
        }
    }
    blocks.push(Block::Muted(tr!(texts, "print-safety")));

    Checklist {
        title: tr!(texts, "print-title"),
        subtitle: tr!(texts, "print-subtitle", date = texts.date(now)),
        legend: StepOutcome::ALL
            .into_iter()
            .map(|o| (o, tr!(texts, o.text_id())))
            .collect(),
        blocks,
        bullet: tr!(texts, "print-bullet"),
    }
}
