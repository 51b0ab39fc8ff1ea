//! The checklist as plain text, for people who print from an editor.

use crate::export::checklist::{Block, Checklist};
use crate::i18n::Texts;
use crate::progress::StepOutcome;

/// The box written before a step, in plain characters.
#[must_use]
pub fn check_box(outcome: StepOutcome) -> &'static str {
    match outcome {
        StepOutcome::NotTried => "[ ]",
        StepOutcome::Worked => "[✓]",
        StepOutcome::NoChange => "[×]",
        StepOutcome::Skipped => "[-]",
    }
}

/// The checklist as text; every paragraph on one line (editors wrap it).
#[must_use]
pub fn render(checklist: &Checklist, texts: &Texts) -> String {
    let mut out = String::new();
    out.push_str(&checklist.title);
    out.push('\n');
    out.push_str(&checklist.subtitle);
    out.push('\n');
    let legend: Vec<String> = checklist
        .legend
        .iter()
        .map(|(outcome, label)| format!("{} {label}", check_box(*outcome)))
        .collect();
    out.push_str(&legend.join("   "));
    out.push('\n');
    for block in &checklist.blocks {
        match block {
            Block::Heading(text) => {
                out.push('\n');
                out.push_str(&crate::tr!(texts, "draft-heading", title = text.as_str()));
                out.push('\n');
            }
            Block::Cause { title, lines } => {
                out.push('\n');
                out.push_str(title);
                out.push('\n');
                for line in lines {
                    out.push_str(&format!("   {}\n", flat(line)));
                }
            }
            Block::Step {
                outcome,
                title,
                detail,
                marked,
                note,
            } => {
                out.push_str(&format!("  {} {title}\n", check_box(*outcome)));
                out.push_str(&format!("      {}\n", flat(detail)));
                if let Some(marked) = marked {
                    out.push_str(&format!("      {marked}\n"));
                }
                if let Some(note) = note {
                    out.push_str(&format!("      {}\n", note.replace('\n', "\n      ")));
                }
            }
            Block::Text(text) => {
                out.push_str(text);
                out.push('\n');
            }
            Block::Muted(text) | Block::Item(text) => {
                let bullet = if matches!(block, Block::Item(_)) {
                    "・"
                } else {
                    ""
                };
                out.push_str(&format!("{bullet}{}\n", flat(text)));
            }
            Block::Address(url) => out.push_str(&format!("   {url}\n")),
        }
    }
    out
}

fn flat(text: &str) -> String {
    text.replace('\n', " ")
}
