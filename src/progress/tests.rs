use super::*;
use crate::draft::{Field, Product};

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(seconds).expect("a valid test time")
}

fn mark(step: &str, outcome: StepOutcome) -> Action {
    Action::StepMarked {
        step: step.into(),
        outcome,
    }
}

#[test]
fn marking_a_step_stamps_the_time_and_keeps_history() {
    let mut p = Progress::default();
    assert!(p.apply(mark("a", StepOutcome::NoChange), at(100)));
    assert!(p.apply(mark("a", StepOutcome::Worked), at(200)));
    let record = p.record("a").expect("recorded");
    assert_eq!(record.outcome, StepOutcome::Worked);
    assert_eq!(record.changed_at, Some(at(200)));
    assert_eq!(
        record.history,
        [
            OutcomeChange {
                at: at(100),
                outcome: StepOutcome::NoChange
            },
            OutcomeChange {
                at: at(200),
                outcome: StepOutcome::Worked
            },
        ]
    );
}

#[test]
fn marking_the_same_outcome_again_changes_nothing() {
    let mut p = Progress::default();
    p.apply(mark("a", StepOutcome::Skipped), at(100));
    assert!(!p.apply(mark("a", StepOutcome::Skipped), at(300)));
    assert_eq!(p.record("a").and_then(|r| r.changed_at), Some(at(100)));
}

#[test]
fn history_is_bounded() {
    let mut p = Progress::default();
    for i in 0..(HISTORY_LIMIT as i64 + 10) {
        let outcome = if i % 2 == 0 {
            StepOutcome::Worked
        } else {
            StepOutcome::NoChange
        };
        p.apply(mark("a", outcome), at(i));
    }
    let history = &p.record("a").expect("recorded").history;
    assert_eq!(history.len(), HISTORY_LIMIT);
    assert_eq!(history[0].at, at(10), "the oldest changes were dropped");
}

#[test]
fn editing_a_note_keeps_the_outcome() {
    let mut p = Progress::default();
    p.apply(mark("a", StepOutcome::NoChange), at(1));
    assert!(p.apply(
        Action::NoteEdited {
            step: "a".into(),
            text: "モバイル回線でも同じエラー".into()
        },
        at(2)
    ));
    assert!(!p.apply(
        Action::NoteEdited {
            step: "a".into(),
            text: "モバイル回線でも同じエラー".into()
        },
        at(3)
    ));
    assert_eq!(p.note("a"), "モバイル回線でも同じエラー");
    assert_eq!(p.outcome("a"), StepOutcome::NoChange);
    assert_eq!(p.record("a").and_then(|r| r.note_changed_at), Some(at(2)));
}

#[test]
fn toggling_signals() {
    let mut p = Progress::default();
    let on = |s: &str| Action::SignalToggled {
        signal: s.into(),
        reported: true,
    };
    assert!(p.apply(on("temporary-problem"), at(1)));
    assert!(!p.apply(on("temporary-problem"), at(2)));
    assert!(p.apply(
        Action::SignalToggled {
            signal: "temporary-problem".into(),
            reported: false
        },
        at(3)
    ));
    assert!(p.reported.is_empty());
}

#[test]
fn choosing_a_language() {
    let mut p = Progress::default();
    assert!(p.apply(Action::LanguageChosen(Language::En), at(1)));
    assert!(!p.apply(Action::LanguageChosen(Language::En), at(2)));
    assert_eq!(p.language, Some(Language::En));
}

#[test]
fn replacing_keeps_the_language_choice() {
    let mut p = Progress::default();
    p.apply(Action::LanguageChosen(Language::Ja), at(1));
    p.apply(mark("a", StepOutcome::Worked), at(1));
    let mut imported = Progress::default();
    imported.apply(mark("b", StepOutcome::NoChange), at(5));
    imported.apply(Action::LanguageChosen(Language::En), at(5));
    assert!(p.apply(Action::Replaced(Box::new(imported)), at(9)));
    assert_eq!(p.outcome("a"), StepOutcome::NotTried);
    assert_eq!(p.outcome("b"), StepOutcome::NoChange);
    assert_eq!(p.language, Some(Language::Ja));
}

#[test]
fn summary_counts_what_an_import_would_bring() {
    let mut p = Progress::default();
    p.apply(mark("a", StepOutcome::Worked), at(3));
    p.apply(
        Action::NoteEdited {
            step: "b".into(),
            text: "メモ".into(),
        },
        at(7),
    );
    p.apply(
        Action::NoteEdited {
            step: "c".into(),
            text: "  ".into(),
        },
        at(4),
    );
    p.apply(
        Action::SignalToggled {
            signal: "x".into(),
            reported: true,
        },
        at(1),
    );
    assert_eq!(
        p.summary(),
        Summary {
            steps_marked: 1,
            notes: 1,
            reported: 1,
            draft_fields: 0,
            last_change: Some(at(7))
        }
    );
}

#[test]
fn draft_answers_and_products() {
    let mut p = Progress::default();
    let edit = |value: &str| Action::DraftEdited {
        field: Field::FirstName,
        value: value.into(),
    };
    assert!(p.apply(edit("太郎"), at(1)));
    assert!(!p.apply(edit("太郎"), at(2)));
    assert_eq!(p.draft.first_name, "太郎");
    assert!(p.apply(
        Action::ProductToggled {
            product: Product::Xbox,
            used: true
        },
        at(3)
    ));
    assert!(p.draft.products.contains(&Product::Xbox));
    assert!(p.apply(
        Action::ProductToggled {
            product: Product::Xbox,
            used: false
        },
        at(4)
    ));
    assert!(p.draft.products.is_empty());
    assert_eq!(p.summary().draft_fields, 1);
}

#[test]
fn timers_run_fall_due_and_are_dismissed() {
    let mut p = Progress::default();
    let start = Action::TimerStarted {
        wait: "retry-later".into(),
        step: Some("hold-wait".into()),
        minutes: 60,
    };
    assert!(p.apply(start.clone(), at(0)));
    assert_eq!(p.running_timers(at(3599)).len(), 1);
    assert_eq!(p.due_timers(at(3599)).count(), 0);
    assert_eq!(p.due_timers(at(3600)).count(), 1);
    // Starting the same wait again replaces the running timer.
    assert!(p.apply(start, at(10)));
    assert_eq!(p.running_timers(at(20)).len(), 1);
    let id = p.running_timers(at(20))[0].id;
    assert!(p.apply(Action::TimerDismissed(id), at(30)));
    assert!(!p.apply(Action::TimerDismissed(id), at(31)));
    assert!(p.running_timers(at(40)).is_empty());
    assert_eq!(p.due_timers(at(99_999)).count(), 0);
}

#[test]
fn recovery_is_remembered_with_its_first_time() {
    let mut p = Progress::default();
    assert!(p.apply(Action::RecoveredMarked(true), at(5)));
    assert!(!p.apply(Action::RecoveredMarked(true), at(9)));
    assert_eq!(p.recovered, Some(at(5)));
    assert!(p.apply(Action::RecoveredMarked(false), at(10)));
    assert_eq!(p.recovered, None);
}

fn request(p: &mut Progress, minute: i64) -> bool {
    p.apply(
        Action::CodeRequested {
            channel: Channel::Sms,
        },
        at(minute * 60),
    )
}

#[test]
fn code_requests_are_logged_with_time_and_channel_and_bounded() {
    let mut p = Progress::default();
    assert!(p.apply(
        Action::CodeRequested {
            channel: Channel::Email
        },
        at(60)
    ));
    assert_eq!(
        p.code_requests,
        [CodeRequest {
            at: at(60),
            channel: Channel::Email
        }]
    );
    assert_eq!(p.last_channel(), Some(Channel::Email));
    // One a day for a long while: never a burst, and only the last ones are kept.
    for day in 1..=(REQUEST_LIMIT as i64 + 5) {
        request(&mut p, day * 24 * 60);
    }
    assert_eq!(p.code_requests.len(), REQUEST_LIMIT);
    assert!(p.timers.is_empty(), "one a day is no burst");
}

#[test]
fn three_requests_in_half_an_hour_start_the_pause_by_themselves() {
    let mut p = Progress::default();
    request(&mut p, 0);
    request(&mut p, 20);
    assert!(p.timers.is_empty(), "two requests are fine");
    request(&mut p, 29);
    assert!(p.reported.contains(STOP_SIGNAL));
    let running = p.running_timers(at(30 * 60));
    assert_eq!(running.len(), 1);
    assert_eq!(running[0].wait, STOP_WAIT);
    assert_eq!(running[0].step.as_deref(), Some(STOP_STEP));
    assert_eq!(
        running[0].due,
        at(29 * 60 + i64::from(STOP_MINUTES) * 60),
        "a day from the last request"
    );
    // Asking again during the pause does not push it further.
    request(&mut p, 40);
    assert_eq!(p.timers.len(), 1);
}

#[test]
fn five_requests_in_a_day_are_too_many_too() {
    let mut p = Progress::default();
    for minute in [0, 60, 120, 180] {
        request(&mut p, minute);
    }
    assert!(!p.too_many_requests(at(180 * 60)));
    request(&mut p, 240);
    assert!(p.too_many_requests(at(240 * 60)));
    assert_eq!(p.running_timers(at(241 * 60)).len(), 1);
}

#[test]
fn a_timer_waited_out_is_told_from_one_stopped_early() {
    let mut p = Progress::default();
    let start = |p: &mut Progress, step: &str| {
        p.apply(
            Action::TimerStarted {
                wait: "new-code".into(),
                step: Some(step.into()),
                minutes: 15,
            },
            at(0),
        )
    };
    start(&mut p, "a");
    start(&mut p, "b");
    p.apply(Action::TimerDismissed(2), at(60));
    assert!(!p.waited("b", at(20 * 60)), "stopped after one minute");
    assert!(p.waited("a", at(15 * 60)));
    assert!(!p.waited("a", at(14 * 60)));
    assert_eq!(
        p.running_timer("a", at(60)).map(|t| t.id),
        Some(1),
        "still running"
    );
}

#[test]
fn fields_this_build_does_not_know_are_skipped() {
    // Older builds read newer files the same way: the code-request log is a field they
    // do not know, and serde skips it.
    let text = r#"(version: 2, code_requests: [(at: "2026-11-24T09:00:00Z", channel: Sms)],
        a_field_from_the_future: [1, 2, 3])"#;
    let p: Progress = ron::from_str(text).expect("unknown fields are skipped");
    assert_eq!(p.last_channel(), Some(Channel::Sms));
}

#[test]
fn counts_per_set_of_steps() {
    let mut p = Progress::default();
    p.apply(mark("a", StepOutcome::Worked), at(1));
    p.apply(mark("b", StepOutcome::NoChange), at(1));
    p.apply(mark("c", StepOutcome::Skipped), at(1));
    p.apply(mark("c", StepOutcome::NotTried), at(2));
    assert_eq!(
        p.counts(["a", "b", "c", "d"]),
        Counts {
            done: 2,
            worked: 1,
            total: 4
        }
    );
}

#[test]
fn retired_signals_are_replaced_once() {
    let kb = crate::knowledge::KnowledgeBase::embedded().expect("valid");
    let reported: BTreeSet<String> = ["no-code-at-all", "sms-email-missing", "sms-missing"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let mut progress = Progress {
        reported,
        ..Default::default()
    };
    for action in progress.migrate_reported(&kb) {
        progress.apply(action, jiff::Timestamp::UNIX_EPOCH);
    }
    let now: Vec<&str> = progress.reported.iter().map(String::as_str).collect();
    assert_eq!(now, ["email-missing", "sms-missing"]);
    assert!(progress.migrate_reported(&kb).is_empty());
}
