//! Ranking the causes by what the person reported, and the one answer to "what next?" that
//! the next-step card, the timer banner, the printed checklist and the text export all show.
//!
//! A cause's score is the sum of the weights of its evidence that the person reported. Causes
//! keep the knowledge base's order among equal scores, so with nothing reported the list reads
//! "easiest to try first".

use std::collections::BTreeSet;

use jiff::Timestamp;

use crate::i18n::Texts;
use crate::knowledge::{Cause, Channel, KnowledgeBase, Step, StepKind, Wait};
use crate::progress::{Progress, STOP_WAIT, Timer};
use crate::tr;

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

/// Whether the checklist lists `step` for this person: it applies to what they reported
/// (another carrier's setting does not), or they already marked it.
#[must_use]
pub fn is_listed(step: &Step, progress: &Progress) -> bool {
    step.applies(&progress.reported) || progress.record(&step.id).is_some()
}

/// The steps the checklist counts, in the window and on paper alike: the listed steps of the
/// causes that match what was reported (of every cause while nothing matches).
#[must_use]
pub fn counted_steps<'kb>(kb: &'kb KnowledgeBase, progress: &Progress) -> Vec<&'kb Step> {
    let ranked = rank(kb, &progress.reported);
    let any_match = ranked.iter().any(|r| r.score > 0);
    ranked
        .iter()
        .filter(|r| !any_match || r.score > 0)
        .flat_map(|r| r.cause.steps.iter())
        .filter(|s| is_listed(s, progress))
        .collect()
}

/// The one answer to "what should I do now?".
#[derive(Debug, Clone, PartialEq)]
pub enum Next<'kb> {
    /// Nothing is reported yet: first say what the screen shows (the guided start, or the
    /// tick boxes), since the right first step depends on it.
    AskFirst,
    /// The person can sign in again: the after-recovery list, from its first step not done
    /// (`None` once every one is done).
    Recovered {
        /// The after-recovery step to do next.
        step: Option<&'kb Step>,
    },
    /// A wait is over: what to do now.
    WaitOver(AfterWait<'kb>),
    /// Codes were asked for too often: stop asking until then.
    StopRequesting {
        /// When the pause is over.
        until: Timestamp,
    },
    /// The step to try next is a wait that is running: nothing to do for it until then.
    Waiting {
        /// The cause the step belongs to.
        cause: &'kb Cause,
        /// The wait step.
        step: &'kb Step,
        /// When the wait is over.
        until: Timestamp,
    },
    /// The step to try next.
    Step {
        /// The cause it belongs to.
        cause: &'kb Cause,
        /// The step.
        step: &'kb Step,
    },
    /// Every step of every cause that matches what the person reported is done: Microsoft's
    /// Sign-in helper, then the recovery form, rather than unrelated causes.
    Exhausted,
}

/// What to do once a wait is over.
#[derive(Debug, Clone, PartialEq)]
pub struct AfterWait<'kb> {
    /// The timer that is over.
    pub timer: u64,
    /// Its wait.
    pub wait: &'kb Wait,
    /// The way the code comes, when the wait was one before asking for a new code and the
    /// person said (in the code-request log, or by what does not arrive).
    pub channel: Option<&'kb Channel>,
    /// The step to try after the wait: the next one of the same cause, or else the overall
    /// next step.
    pub then: Option<(&'kb Cause, &'kb Step)>,
}

/// The answer to "what next?" for `progress` at `now`, in this order: back in → the
/// after-recovery list; a wait just over → what to do now; too many code requests → stop;
/// otherwise the first step not done of the causes that match what was reported, strongest
/// first (or the wait it is in); when every matched cause is done, the Sign-in helper and the
/// recovery form; with nothing reported, ask what the screen shows.
#[must_use]
pub fn next<'kb>(kb: &'kb KnowledgeBase, progress: &Progress, now: Timestamp) -> Next<'kb> {
    if progress.recovered.is_some() {
        return Next::Recovered {
            step: aftercare_step(kb, progress),
        };
    }
    if let Some(timer) = progress.due_timers(now).last()
        && let Some(after) = after_wait(kb, progress, timer, now)
    {
        return Next::WaitOver(after);
    }
    if let Some(timer) = progress
        .running_timers(now)
        .into_iter()
        .filter(|t| t.wait == STOP_WAIT)
        .max_by_key(|t| t.due)
    {
        return Next::StopRequesting { until: timer.due };
    }
    let ranked = rank(kb, &progress.reported);
    if ranked.iter().all(|r| r.score == 0) {
        return Next::AskFirst;
    }
    match first_step(&ranked, progress, now) {
        Some((cause, step)) => match progress.running_timer(&step.id, now) {
            Some(timer) if step.kind == StepKind::Wait => Next::Waiting {
                cause,
                step,
                until: timer.due,
            },
            _ => Next::Step { cause, step },
        },
        None => Next::Exhausted,
    }
}

/// The first step for a message the person has just recognised, before they confirm it: the
/// error code's own step when the code has one, or else the step the checklist would give
/// once the message is reported along with what `progress` already holds. The window's
/// recognised-message card and `--explain` both say this.
#[must_use]
pub fn first_step_once_reported<'kb>(
    kb: &'kb KnowledgeBase,
    progress: &Progress,
    signal: &str,
    code: Option<&str>,
    now: Timestamp,
) -> FirstStep<'kb> {
    let own = code
        .and_then(|c| kb.code(c))
        .and_then(|c| c.step.as_deref())
        .and_then(|id| kb.step(id));
    if let Some((_, step)) = own {
        return FirstStep::CodeStep(step);
    }
    let mut progress = progress.clone();
    progress.reported.insert(signal.to_owned());
    FirstStep::Next(next(kb, &progress, now))
}

/// What [`first_step_once_reported`] found.
#[derive(Debug)]
pub enum FirstStep<'kb> {
    /// The error code's own first step.
    CodeStep(&'kb Step),
    /// The checklist's answer once the message is reported.
    Next(Next<'kb>),
}

impl FirstStep<'_> {
    /// The step, when the answer is one.
    #[must_use]
    pub fn step(&self) -> Option<&Step> {
        match self {
            Self::CodeStep(step) => Some(step),
            Self::Next(next) => next.step(),
        }
    }

    /// The step's title, or else the checklist's answer in one line.
    #[must_use]
    pub fn title(&self, texts: &Texts) -> String {
        match self {
            Self::CodeStep(step) => tr!(texts, step.title_id()),
            Self::Next(next) => next
                .step()
                .map_or_else(|| next.line(texts), |step| tr!(texts, step.title_id())),
        }
    }
}

/// What to do once `timer` is over: the step after its own in the same cause, or else the
/// overall next step, and the person's channel for a wait before asking again. `None` when
/// the timer names a wait the knowledge base no longer has.
#[must_use]
pub fn after_wait<'kb>(
    kb: &'kb KnowledgeBase,
    progress: &Progress,
    timer: &Timer,
    now: Timestamp,
) -> Option<AfterWait<'kb>> {
    let wait = kb.wait(&timer.wait)?;
    let after_own = timer.step.as_deref().and_then(|own| {
        let (cause, _) = kb.step(own)?;
        cause
            .steps
            .iter()
            .skip_while(|s| s.id != own)
            .skip(1)
            .find(|s| s.applies(&progress.reported) && !is_done(progress, s, now))
            .map(|s| (cause, s))
    });
    let then = after_own.or_else(|| {
        let ranked = rank(kb, &progress.reported);
        first_step(&ranked, progress, now)
            .filter(|(_, step)| timer.step.as_deref() != Some(step.id.as_str()))
    });
    let channel = wait.resend.then(|| channel(kb, progress)).flatten();
    Some(AfterWait {
        timer: timer.id,
        wait,
        channel,
        then,
    })
}

/// The person's channel: the last one they asked a code on, or else the one whose code they
/// said does not arrive (the first, when they said several).
#[must_use]
pub fn channel<'kb>(kb: &'kb KnowledgeBase, progress: &Progress) -> Option<&'kb Channel> {
    progress
        .last_channel()
        .and_then(|c| kb.channel(c.id()))
        .or_else(|| {
            kb.channels
                .iter()
                .find(|c| progress.reported.contains(&c.signal))
        })
}

/// Whether a step counts as done: marked one way or another, or a wait that was waited out.
fn is_done(progress: &Progress, step: &Step, now: Timestamp) -> bool {
    progress.outcome(&step.id).is_done()
        || (step.kind == StepKind::Wait && progress.waited(&step.id, now))
}

/// The first step not done that fits what was reported, in the causes that match, strongest
/// first.
fn first_step<'kb>(
    ranked: &[RankedCause<'kb>],
    progress: &Progress,
    now: Timestamp,
) -> Option<(&'kb Cause, &'kb Step)> {
    ranked.iter().filter(|r| r.score > 0).find_map(|r| {
        r.cause
            .steps
            .iter()
            .find(|s| s.applies(&progress.reported) && !is_done(progress, s, now))
            .map(|s| (r.cause, s))
    })
}

/// The first after-recovery step not done; the "someone else got in" group comes first when
/// the person reported signs of it.
fn aftercare_step<'kb>(kb: &'kb KnowledgeBase, progress: &Progress) -> Option<&'kb Step> {
    let compromised = kb.cause("compromised").is_some_and(|cause| {
        cause
            .evidence
            .iter()
            .any(|e| progress.reported.contains(&e.signal))
    });
    let mut groups: Vec<_> = kb.aftercare.iter().collect();
    if compromised {
        groups.sort_by_key(|g| g.id != "hacked");
    }
    groups
        .into_iter()
        .flat_map(|g| &g.steps)
        .find(|s| !progress.outcome(&s.id).is_done())
}

impl Next<'_> {
    /// The answer in one line, in the language of `texts`, for the printed checklist, the text
    /// export and the command line.
    #[must_use]
    pub fn line(&self, texts: &Texts) -> String {
        let title = |step: &Step| tr!(texts, step.title_id());
        match self {
            Self::AskFirst => tr!(texts, "next-ask-first"),
            Self::Recovered { step: Some(step) } => {
                tr!(texts, "next-recovered", step = title(step))
            }
            Self::Recovered { step: None } => tr!(texts, "next-recovered-done"),
            Self::WaitOver(after) => {
                let todo = after.todo(texts);
                match after.then {
                    Some((_, step)) => tr!(
                        texts,
                        "next-wait-over-then",
                        wait = tr!(texts, after.wait.name_id()),
                        todo = todo,
                        step = title(step)
                    ),
                    None => tr!(
                        texts,
                        "next-wait-over",
                        wait = tr!(texts, after.wait.name_id()),
                        todo = todo
                    ),
                }
            }
            Self::StopRequesting { until } => {
                tr!(
                    texts,
                    "next-stop-requesting",
                    until = texts.date_time(*until)
                )
            }
            Self::Waiting { step, until, .. } => tr!(
                texts,
                "next-waiting",
                step = title(step),
                until = texts.date_time(*until)
            ),
            Self::Step { cause, step } => tr!(
                texts,
                "next-step-line",
                step = title(step),
                cause = tr!(texts, cause.title_id())
            ),
            Self::Exhausted => tr!(texts, "next-exhausted"),
        }
    }

    /// The step this answer points to, if it points to one: a cause's step, the running wait,
    /// the step after a wait, or the after-recovery step.
    #[must_use]
    pub fn step(&self) -> Option<&Step> {
        match self {
            Self::Step { step, .. } | Self::Waiting { step, .. } => Some(step),
            Self::WaitOver(after) => after.then.map(|(_, step)| step),
            Self::Recovered { step } => *step,
            Self::AskFirst | Self::StopRequesting { .. } | Self::Exhausted => None,
        }
    }
}

impl AfterWait<'_> {
    /// What to do now that the wait is over: ask for one new code on the person's channel, or
    /// what the wait itself calls for.
    #[must_use]
    pub fn todo(&self, texts: &Texts) -> String {
        match self.channel {
            Some(channel) => tr!(texts, channel.resend_id()),
            None => tr!(texts, self.wait.over_id()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Action, StepOutcome};

    fn kb() -> KnowledgeBase {
        KnowledgeBase::embedded().expect("embedded knowledge base is valid")
    }

    fn at(minutes: i64) -> Timestamp {
        Timestamp::from_second(minutes * 60).expect("a valid test time")
    }

    fn reporting(ids: &[&str]) -> Progress {
        let mut progress = Progress::default();
        for id in ids {
            progress.apply(
                Action::SignalToggled {
                    signal: (*id).into(),
                    reported: true,
                },
                at(0),
            );
        }
        progress
    }

    fn mark(progress: &mut Progress, step: &str, outcome: StepOutcome) {
        progress.apply(
            Action::StepMarked {
                step: step.into(),
                outcome,
            },
            at(0),
        );
    }

    fn next_step_id(kb: &KnowledgeBase, progress: &Progress, now: Timestamp) -> Option<String> {
        match next(kb, progress, now) {
            Next::Step { step, .. } => Some(step.id.clone()),
            _ => None,
        }
    }

    #[test]
    fn nothing_reported_keeps_the_data_order_and_asks_first() {
        let kb = kb();
        let ranked = rank(&kb, &BTreeSet::new());
        let expected: Vec<&str> = kb.causes.iter().map(|c| c.id.as_str()).collect();
        let order: Vec<&str> = ranked.iter().map(|r| r.cause.id.as_str()).collect();
        assert_eq!(order, expected);
        assert!(ranked.iter().all(|r| r.score == 0 && r.matches.is_empty()));
        assert_eq!(next(&kb, &Progress::default(), at(0)), Next::AskFirst);
    }

    #[test]
    fn a_code_that_never_comes_does_not_start_with_the_network() {
        let kb = kb();
        let progress = reporting(&["sms-missing"]);
        assert_eq!(
            next_step_id(&kb, &progress, at(0)).as_deref(),
            Some("contact-which-one")
        );
        let ranked = rank(&kb, &progress.reported);
        assert!(
            ranked
                .iter()
                .all(|r| r.cause.id != "network" || r.score == 0)
        );
    }

    #[test]
    fn carrier_steps_follow_the_carrier() {
        let kb = kb();
        let progress = reporting(&["sms-missing", "carrier-softbank"]);
        assert_eq!(
            next_step_id(&kb, &progress, at(0)).as_deref(),
            Some("carrier-softbank")
        );
        let mut progress = progress;
        mark(&mut progress, "carrier-softbank", StepOutcome::NoChange);
        assert_eq!(
            next_step_id(&kb, &progress, at(0)).as_deref(),
            Some("carrier-phone-filter"),
            "another carrier's setting, and the generic one, do not apply"
        );
    }

    #[test]
    fn a_lock_without_next_goes_straight_to_the_form_on_that_screen() {
        let kb = kb();
        let with_next = reporting(&["account-locked"]);
        assert_eq!(
            next_step_id(&kb, &with_next, at(0)).as_deref(),
            Some("locked-sms-any-phone")
        );
        let without = reporting(&["account-locked", "locked-no-next"]);
        assert_eq!(
            next_step_id(&kb, &without, at(0)).as_deref(),
            Some("locked-reinstatement")
        );
    }

    #[test]
    fn when_every_matched_cause_is_done_the_answer_is_the_helper_and_the_form() {
        let kb = kb();
        let mut progress = reporting(&["windows-0x80190001"]);
        for step in &kb.cause("network").expect("network").steps {
            mark(&mut progress, &step.id, StepOutcome::NoChange);
        }
        assert_eq!(next(&kb, &progress, at(0)), Next::Exhausted);
    }

    #[test]
    fn a_burst_of_requests_says_stop_until_the_pause_is_over() {
        let kb = kb();
        let mut progress = reporting(&["sms-missing"]);
        for minute in [0, 2, 4] {
            progress.apply(
                Action::CodeRequested {
                    channel: crate::progress::Channel::Sms,
                },
                at(minute),
            );
        }
        assert_eq!(
            next(&kb, &progress, at(5)),
            Next::StopRequesting {
                until: at(4 + 1440)
            }
        );
        // When the pause is over, the banner says to ask once, by text message.
        match next(&kb, &progress, at(4 + 1440)) {
            Next::WaitOver(after) => {
                assert_eq!(after.channel.map(|c| c.id.as_str()), Some("sms"));
                assert_eq!(
                    after.then.map(|(_, s)| s.id.as_str()),
                    Some("requests-one-at-a-time")
                );
            }
            other => panic!("expected the wait to be over, got {other:?}"),
        }
    }

    #[test]
    fn a_wait_waited_out_counts_as_done() {
        let kb = kb();
        let mut progress = reporting(&["too-many-codes"]);
        assert_eq!(
            next_step_id(&kb, &progress, at(0)).as_deref(),
            Some("requests-stop")
        );
        progress.apply(
            Action::TimerStarted {
                wait: "too-many-requests".into(),
                step: Some("requests-stop".into()),
                minutes: 60,
            },
            at(0),
        );
        assert!(matches!(
            next(&kb, &progress, at(10)),
            Next::StopRequesting { .. }
        ));
        let id = progress.timers[0].id;
        progress.apply(Action::TimerDismissed(id), at(61));
        assert_eq!(
            next_step_id(&kb, &progress, at(62)).as_deref(),
            Some("requests-one-at-a-time")
        );
    }

    #[test]
    fn an_email_wait_says_what_to_do_by_email() {
        let kb = kb();
        let mut progress = reporting(&["email-missing"]);
        progress.apply(
            Action::TimerStarted {
                wait: "new-code".into(),
                step: Some("contact-new-code".into()),
                minutes: 15,
            },
            at(0),
        );
        let Next::WaitOver(after) = next(&kb, &progress, at(15)) else {
            panic!("the wait is over");
        };
        assert_eq!(after.channel.map(|c| c.id.as_str()), Some("email"));
        assert_eq!(
            after.then.map(|(_, s)| s.id.as_str()),
            Some("contact-other-method")
        );
    }

    #[test]
    fn back_in_means_the_after_recovery_list_first_for_a_hacked_account() {
        let kb = kb();
        let mut progress = reporting(&["sms-missing"]);
        progress.apply(Action::RecoveredMarked(true), at(1));
        assert_eq!(
            next(&kb, &progress, at(2)).step().map(|s| s.id.as_str()),
            Some("after-security-info"),
            "ways back in come before two-step verification"
        );
        let mut hacked = reporting(&["someone-else-in"]);
        hacked.apply(Action::RecoveredMarked(true), at(1));
        assert_eq!(
            next(&kb, &hacked, at(2)).step().map(|s| s.id.as_str()),
            Some("hacked-scan-first")
        );
    }
}
