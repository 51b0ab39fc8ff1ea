//! The recovery-form draft as text, section by section in the official form's order, and the short
//! "what to tell support" summary.

use jiff::Timestamp;

use crate::draft::{Draft, Field, Password, Product, Section};
use crate::i18n::Texts;
use crate::knowledge::{self, KnowledgeBase};
use crate::progress::{Progress, StepOutcome};
use crate::tr;

/// Whether previous passwords may appear in the text.
#[derive(Debug, Clone, Copy)]
pub enum Passwords<'a> {
    /// Never: files the app writes. Only the count is mentioned.
    Omitted(usize),
    /// The ones the person revealed one by one (for the clipboard only).
    Revealed(&'a [Password]),
}

fn heading(texts: &Texts, title: &str) -> String {
    tr!(texts, "draft-heading", title = title)
}

/// `label: value`, continuing lines indented; blanks say so.
fn answer_line(out: &mut String, texts: &Texts, label: &str, value: &str) {
    let value = value.trim();
    let shown = if value.is_empty() {
        tr!(texts, "draft-blank")
    } else {
        value.replace('\n', "\n    ")
    };
    out.push_str(&tr!(texts, "draft-answer", label = label, value = shown));
    out.push('\n');
}

/// A step the person tried, for the reviewer: what, when and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriedStep {
    /// The step id.
    pub step: String,
    /// When its outcome was last set.
    pub at: Option<Timestamp>,
    /// The outcome.
    pub outcome: StepOutcome,
    /// The person's note.
    pub note: String,
}

/// The steps the person tried or skipped, oldest first (the knowledge base's order for equal
/// times).
#[must_use]
pub fn tried_steps(kb: &KnowledgeBase, progress: &Progress) -> Vec<TriedStep> {
    let mut tried: Vec<TriedStep> = kb
        .steps()
        .filter_map(|(_, step)| {
            let record = progress.record(&step.id)?;
            record.outcome.is_done().then(|| TriedStep {
                step: step.id.clone(),
                at: record.changed_at,
                outcome: record.outcome,
                note: record.note.clone(),
            })
        })
        .collect();
    tried.sort_by_key(|t| t.at);
    tried
}

/// The error messages the person reported, as they saw them.
#[must_use]
pub fn reported_errors(kb: &KnowledgeBase, progress: &Progress, texts: &Texts) -> Vec<String> {
    kb.errors
        .iter()
        .filter(|e| progress.reported.contains(&e.id))
        .map(|e| e.quoted(texts, 0))
        .collect()
}

/// The whole draft as text, in the person's language.
#[must_use]
pub fn draft_text(
    kb: &KnowledgeBase,
    progress: &Progress,
    texts: &Texts,
    passwords: Passwords<'_>,
    now: Timestamp,
) -> String {
    let d = &progress.draft;
    let mut out = String::new();
    out.push_str(&tr!(texts, "draft-title"));
    out.push('\n');
    out.push_str(&tr!(texts, "draft-made-on", date = texts.date(now)));
    out.push('\n');
    out.push_str(&tr!(texts, "draft-intro-typing"));
    out.push('\n');
    out.push_str(&tr!(texts, "draft-intro-labels"));
    out.push('\n');

    // The official form's order: account, personal details, passwords and products, then
    // one section per product used, then what helps a reviewer.
    for section in [Section::Account, Section::Personal] {
        fields_section(&mut out, texts, d, section);
    }
    passwords_and_products(&mut out, texts, d, passwords);
    for product in Product::ALL {
        if d.products.contains(&product) {
            fields_section(&mut out, texts, d, Section::Product(product));
        }
    }

    out.push('\n');
    out.push_str(&heading(texts, &Section::Reviewer.title(texts)));
    out.push('\n');
    answer_line(
        &mut out,
        texts,
        &Field::ProblemStarted.label(texts),
        &d.problem_started,
    );
    let errors = reported_errors(kb, progress, texts);
    answer_line(
        &mut out,
        texts,
        &tr!(texts, "draft-errors-seen"),
        &errors.join("\n"),
    );
    answer_line(
        &mut out,
        texts,
        &Field::DevicesAndPlaces.label(texts),
        &d.devices_places,
    );
    if let Some(report) = &progress.diagnostics {
        answer_line(
            &mut out,
            texts,
            &tr!(texts, "draft-connectivity"),
            &crate::net::summary(texts, report),
        );
    }
    out.push_str(&tr!(texts, "draft-steps-tried-heading"));
    out.push('\n');
    let tried = tried_steps(kb, progress);
    if tried.is_empty() {
        out.push_str("  ");
        out.push_str(&tr!(texts, "draft-blank"));
        out.push('\n');
    }
    for step in &tried {
        out.push_str("  - ");
        out.push_str(&tried_step_line(texts, step));
        out.push('\n');
    }
    answer_line(
        &mut out,
        texts,
        &Field::OtherDetails.label(texts),
        &d.other_details,
    );
    out
}

/// A section heading and the answers of its fields.
fn fields_section(out: &mut String, texts: &Texts, d: &Draft, section: Section) {
    out.push('\n');
    out.push_str(&heading(texts, &section.title(texts)));
    out.push('\n');
    let order = Field::in_order(texts.language());
    for field in order.into_iter().filter(|f| f.section() == section) {
        answer_line(out, texts, &field.label(texts), d.get(field));
    }
}

/// The passwords and products section, which comes after the personal details.
fn passwords_and_products(out: &mut String, texts: &Texts, d: &Draft, passwords: Passwords<'_>) {
    out.push('\n');
    out.push_str(&heading(texts, &tr!(texts, "draft-section-passwords")));
    out.push('\n');
    match passwords {
        Passwords::Omitted(count) => {
            out.push_str(&tr!(texts, "draft-passwords-omitted", count = count));
            out.push('\n');
        }
        Passwords::Revealed(list) => {
            let revealed: Vec<&Password> = list.iter().filter(|p| p.revealed).collect();
            let hidden = list.len() - revealed.len();
            for (i, password) in revealed.iter().enumerate() {
                out.push_str(&format!("  {}. {}\n", i + 1, password.text));
            }
            if hidden > 0 || revealed.is_empty() {
                out.push_str(&tr!(texts, "draft-passwords-omitted", count = hidden));
                out.push('\n');
            }
        }
    }
    let products: Vec<String> = Product::ALL
        .iter()
        .filter(|p| d.products.contains(p))
        .map(|p| p.name(texts))
        .collect();
    answer_line(
        out,
        texts,
        &tr!(texts, "draft-products"),
        &products.join(tr!(texts, "list-separator").as_str()),
    );
}

/// "Nov 24, 2026 09:10 — step: outcome (note: …)", as the person's language writes it.
#[must_use]
pub fn tried_step_line(texts: &Texts, step: &TriedStep) -> String {
    let title = tr!(texts, knowledge::step_title_id(&step.step));
    let outcome = tr!(texts, step.outcome.text_id());
    let when = step.at.map(|at| texts.date_time(at)).unwrap_or_default();
    let mut line = tr!(
        texts,
        "draft-tried-line",
        when = when,
        step = title,
        outcome = outcome
    );
    if !step.note.trim().is_empty() {
        line.push_str(&tr!(
            texts,
            "draft-tried-note",
            note = step.note.trim().replace('\n', " ")
        ));
    }
    line
}

/// A short summary to read out or paste to Microsoft support.
#[must_use]
pub fn support_summary(kb: &KnowledgeBase, progress: &Progress, texts: &Texts) -> String {
    let d = &progress.draft;
    let blank = tr!(texts, "draft-blank");
    let or_blank = |s: &str| {
        if s.trim().is_empty() {
            blank.clone()
        } else {
            s.trim().to_owned()
        }
    };
    let errors = reported_errors(kb, progress, texts);
    // What the person notices, in their words: the real problem, which is not always a code
    // that does not arrive.
    let symptoms: Vec<String> = kb
        .symptoms
        .iter()
        .filter(|s| progress.reported.contains(&s.id))
        .map(|s| tr!(texts, s.text_id()))
        .collect();
    let tried = tried_steps(kb, progress);
    let tried_titles: Vec<String> = tried
        .iter()
        .filter(|t| t.outcome != StepOutcome::Skipped)
        .map(|t| tr!(texts, knowledge::step_title_id(&t.step)))
        .collect();
    let mut out = tr!(texts, "summary-title");
    out.push('\n');
    for (label, value) in [
        (tr!(texts, "summary-account"), or_blank(&d.account)),
        (tr!(texts, "summary-started"), or_blank(&d.problem_started)),
        (
            tr!(texts, "draft-errors-seen"),
            or_blank(&errors.join(" / ")),
        ),
        (
            tr!(texts, "summary-problem"),
            or_blank(&symptoms.join(" / ")),
        ),
        (
            tr!(texts, "summary-tried", count = tried_titles.len()),
            or_blank(&tried_titles.join(tr!(texts, "list-separator").as_str())),
        ),
        (tr!(texts, "summary-contact"), or_blank(&d.contact_email)),
    ] {
        out.push_str("- ");
        out.push_str(&tr!(texts, "draft-answer", label = label, value = value));
        out.push('\n');
    }
    out.push_str(&tr!(texts, "summary-closing"));
    out.push('\n');
    out
}
