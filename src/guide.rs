//! The guided start: a few plain questions, one per screen, whose answers land in the same
//! [`Progress`] state as the checklist's tick boxes.
//!
//! The questions and answers are data (`guide` in `assets/knowledge.ron`); this module only
//! says which questions to ask, keeps the answers consistent, and turns them into the
//! [`Action`]s to apply, so a screen has nothing to decide.
//!
//! An answer reports signals (what the person sees or notices) and may mark steps as tried.
//! "What have you tried?" lands as step outcomes, not as signals: a thing the person already
//! did and that left them still locked out is exactly what the checklist records as "tried: no
//! change", and recording it there keeps the triage from offering it again as the first step,
//! shows it ticked on the checklist, and lists it in the recovery-form draft and the support
//! summary with the rest of what was tried. Only "I asked for many codes" is a signal, because
//! it is evidence for a cause (too many requests), not a fix that failed.

use std::collections::{BTreeMap, BTreeSet};

pub use crate::knowledge::{Answer, Choice, Guide, Question};
use crate::progress::{Action, Progress, StepOutcome};

/// The person's answers so far, by question id. A question that is present was answered,
/// even if the person then unticked every answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    chosen: BTreeMap<String, BTreeSet<String>>,
}

impl Answers {
    /// Whether the person answered this question.
    #[must_use]
    pub fn is_answered(&self, question: &str) -> bool {
        self.chosen.contains_key(question)
    }

    /// Whether this answer is chosen.
    #[must_use]
    pub fn is_chosen(&self, question: &str, answer: &str) -> bool {
        self.chosen
            .get(question)
            .is_some_and(|chosen| chosen.contains(answer))
    }

    /// The chosen answers of a question.
    pub fn chosen(&self, question: &str) -> impl Iterator<Item = &str> {
        self.chosen
            .get(question)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }
}

impl Guide {
    /// The questions to ask, in order, for these answers and what is already `reported`: a
    /// follow-up question appears once an earlier answer calls for it ("Is there a Next
    /// button?" after "Your account has been locked").
    #[must_use]
    pub fn questions<'g>(
        &'g self,
        answers: &Answers,
        reported: &BTreeSet<String>,
    ) -> Vec<&'g Question> {
        self.walk(answers, reported).asked
    }

    /// Chooses `answer` of `question`: for a one-answer question it replaces the choice; for a
    /// many-answer question it ticks or unticks it, and "none of these" clears the others (and
    /// is cleared by them). Unknown ids change nothing.
    pub fn choose(&self, answers: &mut Answers, question: &str, answer: &str) {
        let Some(q) = self.question(question) else {
            return;
        };
        let Some(a) = q.answer(answer) else {
            return;
        };
        let chosen = answers.chosen.entry(q.id.clone()).or_default();
        match q.choice {
            Choice::One => {
                chosen.clear();
                chosen.insert(a.id.clone());
            }
            Choice::Many => {
                if chosen.remove(&a.id) {
                    return;
                }
                if a.exclusive {
                    chosen.clear();
                } else {
                    chosen.retain(|id| q.answer(id).is_some_and(|other| !other.exclusive));
                }
                chosen.insert(a.id.clone());
            }
        }
    }

    /// The actions that make `progress` say what the answers say. For every question answered,
    /// the signals its answers can report are set exactly as chosen (a question no longer asked
    /// counts as answered with nothing); steps of the "tried" answers not yet marked become
    /// "tried: no change". Nothing else changes, and applying the result twice changes nothing
    /// the second time.
    #[must_use]
    pub fn actions(&self, answers: &Answers, progress: &Progress) -> Vec<Action> {
        let walk = self.walk(answers, &progress.reported);
        let mut actions = Vec::new();
        for signal in walk.signals.difference(&progress.reported) {
            actions.push(Action::SignalToggled {
                signal: signal.clone(),
                reported: true,
            });
        }
        for signal in progress.reported.difference(&walk.signals) {
            actions.push(Action::SignalToggled {
                signal: signal.clone(),
                reported: false,
            });
        }
        let mut marked = BTreeSet::new();
        for question in &walk.asked {
            for answer in &question.answers {
                if !answers.is_chosen(&question.id, &answer.id) {
                    continue;
                }
                for step in &answer.tried {
                    if !progress.outcome(step).is_done() && marked.insert(step.clone()) {
                        actions.push(Action::StepMarked {
                            step: step.clone(),
                            outcome: StepOutcome::NoChange,
                        });
                    }
                }
            }
        }
        actions
    }

    /// The answers that `progress` already gives, for reopening the guide: an answer counts
    /// as chosen when everything it reports or marks is there. A one-answer question that more
    /// than one answer fits stays unanswered, so that reapplying never withdraws what the
    /// person ticked on the checklist.
    #[must_use]
    pub fn answers_from(&self, progress: &Progress) -> Answers {
        let mut answers = Answers::default();
        for question in &self.questions {
            let fits: BTreeSet<String> = question
                .answers
                .iter()
                .filter(|a| {
                    (!a.signals.is_empty() || !a.tried.is_empty())
                        && a.signals.iter().all(|s| progress.reported.contains(s))
                        && a.tried.iter().all(|s| progress.outcome(s).is_done())
                })
                .map(|a| a.id.clone())
                .collect();
            let keep = match question.choice {
                Choice::One => fits.len() == 1,
                Choice::Many => !fits.is_empty(),
            };
            if keep {
                answers.chosen.insert(question.id.clone(), fits);
            }
        }
        answers
    }

    /// Asks the questions in order, as the person would meet them, and collects the signals
    /// reported along the way.
    fn walk<'g>(&'g self, answers: &Answers, reported: &BTreeSet<String>) -> Walk<'g> {
        let mut signals = reported.clone();
        let mut asked = Vec::new();
        for question in &self.questions {
            let is_asked = question.asked(&signals);
            if is_asked {
                asked.push(question);
            }
            if !answers.is_answered(&question.id) {
                continue;
            }
            for signal in question.domain() {
                signals.remove(signal);
            }
            if is_asked {
                for answer in &question.answers {
                    if answers.is_chosen(&question.id, &answer.id) {
                        signals.extend(answer.signals.iter().cloned());
                    }
                }
            }
        }
        Walk { asked, signals }
    }
}

/// What asking the questions in order found.
struct Walk<'g> {
    /// The questions asked, in order.
    asked: Vec<&'g Question>,
    /// The signals reported once the answers are in.
    signals: BTreeSet<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeBase;

    fn kb() -> KnowledgeBase {
        KnowledgeBase::embedded().expect("the embedded knowledge base is valid")
    }

    fn apply(progress: &mut Progress, actions: Vec<Action>) {
        for action in actions {
            progress.apply(action, jiff::Timestamp::UNIX_EPOCH);
        }
    }

    fn asked(kb: &KnowledgeBase, answers: &Answers, progress: &Progress) -> Vec<String> {
        kb.guide
            .questions(answers, &progress.reported)
            .iter()
            .map(|q| q.id.clone())
            .collect()
    }

    #[test]
    fn follow_up_questions_appear_only_when_called_for() {
        let kb = kb();
        let guide = &kb.guide;
        let progress = Progress::default();
        let mut answers = Answers::default();
        let first = asked(&kb, &answers, &progress);
        assert_eq!(first, ["screen", "channel", "situation", "tried"]);

        guide.choose(&mut answers, "screen", "account-locked");
        assert_eq!(
            asked(&kb, &answers, &progress),
            ["screen", "lock-next", "situation", "tried"],
            "a lock is not a code that fails to arrive: no code-delivery question"
        );
        guide.choose(&mut answers, "lock-next", "no");
        assert_eq!(
            asked(&kb, &answers, &progress),
            ["screen", "lock-next", "situation", "tried"]
        );

        guide.choose(&mut answers, "screen", "windows-0x80190001");
        assert_eq!(
            asked(&kb, &answers, &progress),
            ["screen", "situation", "tried"],
            "an error code in an app asks nothing about codes that do not arrive"
        );

        guide.choose(&mut answers, "screen", "help-protect");
        guide.choose(&mut answers, "channel", "sms");
        assert_eq!(
            asked(&kb, &answers, &progress),
            ["screen", "channel", "carrier", "situation", "tried"]
        );
    }

    #[test]
    fn answers_become_signals_and_tried_steps() {
        let kb = kb();
        let guide = &kb.guide;
        let mut progress = Progress::default();
        let mut answers = Answers::default();
        guide.choose(&mut answers, "screen", "help-protect");
        guide.choose(&mut answers, "channel", "sms");
        guide.choose(&mut answers, "carrier", "au");
        guide.choose(&mut answers, "tried", "asked-many");
        guide.choose(&mut answers, "tried", "junk");
        let actions = guide.actions(&answers, &progress);
        apply(&mut progress, actions);
        let reported: Vec<&str> = progress.reported.iter().map(String::as_str).collect();
        assert_eq!(
            reported,
            ["carrier-au", "help-protect", "many-requests", "sms-missing"]
        );
        assert_eq!(
            progress.outcome("contact-junk-folder"),
            StepOutcome::NoChange
        );
        assert!(
            guide.actions(&answers, &progress).is_empty(),
            "applying the same answers again changes nothing"
        );
    }

    #[test]
    fn changing_an_answer_withdraws_what_the_old_one_reported() {
        let kb = kb();
        let guide = &kb.guide;
        let mut progress = Progress::default();
        let mut answers = Answers::default();
        guide.choose(&mut answers, "screen", "account-locked");
        guide.choose(&mut answers, "lock-next", "no");
        let actions = guide.actions(&answers, &progress);
        apply(&mut progress, actions);
        assert!(progress.reported.contains("locked-no-next"));

        guide.choose(&mut answers, "screen", "temporary-problem");
        let actions = guide.actions(&answers, &progress);
        apply(&mut progress, actions);
        let reported: Vec<&str> = progress.reported.iter().map(String::as_str).collect();
        assert_eq!(
            reported,
            ["temporary-problem"],
            "the lock and its follow-up are gone"
        );
    }

    #[test]
    fn none_of_these_clears_the_other_answers_and_the_reverse() {
        let kb = kb();
        let guide = &kb.guide;
        let mut answers = Answers::default();
        guide.choose(&mut answers, "situation", "phone-lost");
        guide.choose(&mut answers, "situation", "two-step");
        guide.choose(&mut answers, "situation", "none");
        assert_eq!(answers.chosen("situation").collect::<Vec<_>>(), ["none"]);
        guide.choose(&mut answers, "situation", "infected");
        assert_eq!(
            answers.chosen("situation").collect::<Vec<_>>(),
            ["infected"]
        );
        guide.choose(&mut answers, "situation", "infected");
        assert!(answers.is_answered("situation"));
        assert_eq!(answers.chosen("situation").count(), 0);
    }

    #[test]
    fn reopening_shows_what_the_progress_says_and_keeps_checklist_ticks() {
        let kb = kb();
        let guide = &kb.guide;
        let mut progress = Progress::default();
        for signal in ["too-many-codes", "temporary-problem", "email-missing"] {
            progress.apply(
                Action::SignalToggled {
                    signal: signal.into(),
                    reported: true,
                },
                jiff::Timestamp::UNIX_EPOCH,
            );
        }
        let answers = guide.answers_from(&progress);
        assert!(
            !answers.is_answered("screen"),
            "two messages fit: the question stays open"
        );
        assert!(answers.is_chosen("channel", "email"));
        assert!(guide.actions(&answers, &progress).is_empty());
    }

    #[test]
    fn an_unknown_question_or_answer_changes_nothing() {
        let kb = kb();
        let mut answers = Answers::default();
        kb.guide.choose(&mut answers, "nope", "x");
        kb.guide.choose(&mut answers, "screen", "nope");
        assert_eq!(answers, Answers::default());
    }
}
