//! Ranking the causes by what the person reported, and picking the step to try next.
//!
//! A cause's score is the sum of the weights of its evidence that the person reported. Causes
//! keep the knowledge base's order among equal scores, so with nothing reported the list reads
//! as the source article's "easiest first" order.

use std::collections::BTreeSet;

use crate::knowledge::{Cause, KnowledgeBase, Step};
use crate::progress::{Progress, StepOutcome};

/// A cause with its score and the reported signals that support it.
#[derive(Debug, Clone)]
pub struct RankedCause<'kb> {
    /// The cause.
    pub cause: &'kb Cause,
    /// Sum of the weights of the matching evidence; 0 when nothing reported points to it.
    pub score: u32,
    /// Ids of the reported errors and symptoms that point to this cause, strongest first.
    pub matches: Vec<&'kb str>,
}

/// The causes, most likely first, for the errors and symptoms in `reported`.
#[must_use]
pub fn rank<'kb>(kb: &'kb KnowledgeBase, reported: &BTreeSet<String>) -> Vec<RankedCause<'kb>> {
    let mut ranked: Vec<RankedCause<'kb>> = kb
        .causes
        .iter()
        .map(|cause| {
            let mut hits: Vec<_> = cause
                .evidence
                .iter()
                .filter(|e| reported.contains(&e.signal))
                .collect();
            // Strongest first; the sort is stable, so equal weights keep the data's order.
            hits.sort_by_key(|e| std::cmp::Reverse(e.weight));
            RankedCause {
                cause,
                score: hits.iter().map(|e| e.weight).sum(),
                matches: hits.iter().map(|e| e.signal.as_str()).collect(),
            }
        })
        .collect();
    // Stable: among equal scores the knowledge base's order stands.
    ranked.sort_by_key(|r| std::cmp::Reverse(r.score));
    ranked
}

/// The first step, in ranked order, that the person has not tried or skipped yet.
#[must_use]
pub fn next_step<'kb>(
    ranked: &[RankedCause<'kb>],
    progress: &Progress,
) -> Option<(&'kb Cause, &'kb Step)> {
    ranked.iter().find_map(|rc| {
        rc.cause
            .steps
            .iter()
            .find(|step| progress.outcome(&step.id) == StepOutcome::NotTried)
            .map(|step| (rc.cause, step))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Action;

    fn kb() -> KnowledgeBase {
        KnowledgeBase::embedded().expect("embedded knowledge base is valid")
    }

    fn reported(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    fn order<'a>(ranked: &'a [RankedCause<'_>]) -> Vec<&'a str> {
        ranked.iter().map(|r| r.cause.id.as_str()).collect()
    }

    #[test]
    fn nothing_reported_keeps_the_article_order() {
        let kb = kb();
        let ranked = rank(&kb, &BTreeSet::new());
        let expected: Vec<&str> = kb.causes.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(order(&ranked), expected);
        assert!(ranked.iter().all(|r| r.score == 0 && r.matches.is_empty()));
    }

    #[test]
    fn temporary_problem_that_comes_and_goes_points_to_an_outage() {
        let kb = kb();
        let ranked = rank(&kb, &reported(&["temporary-problem", "errors-come-and-go"]));
        assert_eq!(ranked[0].cause.id, "service-outage");
        assert_eq!(ranked[0].score, 6);
        assert_eq!(
            ranked[0].matches,
            ["errors-come-and-go", "temporary-problem"]
        );
    }

    #[test]
    fn terms_restriction_points_to_a_locked_account() {
        let kb = kb();
        let ranked = rank(&kb, &reported(&["terms-restricted"]));
        assert_eq!(ranked[0].cause.id, "locked-account");
        assert_eq!(ranked[0].matches, ["terms-restricted"]);
    }

    #[test]
    fn code_never_arriving_puts_the_network_first() {
        let kb = kb();
        let ranked = rank(&kb, &reported(&["no-code-at-all", "suspicious-activity"]));
        assert_eq!(ranked[0].cause.id, "network");
        assert_eq!(ranked[0].score, 5);
    }

    #[test]
    fn blocked_sms_points_to_the_carrier_before_the_article_causes() {
        let kb = kb();
        let ranked = rank(&kb, &reported(&["sms-email-missing", "other-sms-missing"]));
        assert_eq!(ranked[0].cause.id, "carrier-block");
        assert_eq!(ranked[1].cause.id, "contact-info");
    }

    #[test]
    fn unreported_causes_sink_below_matching_ones() {
        let kb = kb();
        let ranked = rank(&kb, &reported(&["many-requests"]));
        let first_zero = ranked
            .iter()
            .position(|r| r.score == 0)
            .expect("some causes do not match");
        assert!(ranked[first_zero..].iter().all(|r| r.score == 0));
        assert_eq!(ranked[0].cause.id, "too-many-requests");
    }

    #[test]
    fn next_step_skips_what_was_tried_or_skipped() {
        let kb = kb();
        let ranked = rank(&kb, &reported(&["terms-restricted"]));
        let mut progress = Progress::default();
        let (_, first) = next_step(&ranked, &progress).expect("a step to try");
        assert_eq!(first.id, "locked-sms-any-phone");

        let now = jiff::Timestamp::UNIX_EPOCH;
        progress.apply(
            Action::StepMarked {
                step: "locked-sms-any-phone".into(),
                outcome: StepOutcome::NoChange,
            },
            now,
        );
        progress.apply(
            Action::StepMarked {
                step: "locked-reinstatement".into(),
                outcome: StepOutcome::Skipped,
            },
            now,
        );
        let (_, next) = next_step(&ranked, &progress).expect("a step to try");
        assert_eq!(next.id, "locked-appeal-wait");
    }

    #[test]
    fn no_next_step_when_everything_was_tried() {
        let kb = kb();
        let ranked = rank(&kb, &BTreeSet::new());
        let mut progress = Progress::default();
        for (_, step) in kb.steps() {
            progress.apply(
                Action::StepMarked {
                    step: step.id.clone(),
                    outcome: StepOutcome::NoChange,
                },
                jiff::Timestamp::UNIX_EPOCH,
            );
        }
        assert!(next_step(&ranked, &progress).is_none());
    }
}
