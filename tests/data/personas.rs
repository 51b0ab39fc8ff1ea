//! People as they arrive, each with the guided start's answers (or a message they paste) and
//! the first step a support expert would give them, written from the research
//! (shared/research/screens-and-wording.md and recovery-facts.md). The answers go through the
//! guide's answers → actions function and the recogniser, exactly as the screens use them.

use jiff::Timestamp;
use signin_rescue::guide::Answers;
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::{Action, Progress};
use signin_rescue::recognise::{Recogniser, Recognition};
use signin_rescue::triage::{self, Next};

/// One person: who, what they answer, what they paste, and the first step they should get.
struct Persona {
    who: &'static str,
    answers: &'static [(&'static str, &'static str)],
    pasted: Option<&'static str>,
    first: &'static str,
}

const PERSONAS: &[Persona] = &[
    Persona {
        who: "70, docomo, the text with the code never arrives",
        answers: &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "docomo"),
        ],
        pasted: None,
        first: "carrier-docomo",
    },
    Persona {
        who: "au customer, the text never arrives",
        answers: &[
            ("screen", "help-protect"),
            ("channel", "sms"),
            ("carrier", "au"),
        ],
        pasted: None,
        first: "carrier-au",
    },
    Persona {
        who: "SoftBank customer, the text never arrives, nothing on screen",
        answers: &[
            ("screen", "no-message"),
            ("channel", "sms"),
            ("carrier", "softbank"),
        ],
        pasted: None,
        first: "carrier-softbank",
    },
    Persona {
        who: "Rakuten Mobile customer, the text never arrives",
        answers: &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "rakuten"),
        ],
        pasted: None,
        first: "carrier-rakuten",
    },
    Persona {
        who: "docomo customer who already checked the carrier setting",
        answers: &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "docomo"),
            ("tried", "carrier-settings"),
        ],
        pasted: None,
        first: "carrier-phone-filter",
    },
    Persona {
        who: "the text never arrives, carrier unknown",
        answers: &[("channel", "sms"), ("carrier", "other")],
        pasted: None,
        first: "contact-which-one",
    },
    Persona {
        who: "the temporary problem after many retries",
        answers: &[
            ("screen", "temporary-problem"),
            ("channel", "sms"),
            ("carrier", "docomo"),
            ("tried", "asked-many"),
        ],
        pasted: None,
        first: "requests-stop",
    },
    Persona {
        who: "the temporary problem, pasted in Japanese",
        answers: &[],
        pasted: Some("サービスの一時的な問題が発生しました。しばらくしてから再度お試しください"),
        first: "requests-stop",
    },
    Persona {
        who: "too many codes requested today",
        answers: &[("screen", "too-many-codes")],
        pasted: None,
        first: "requests-stop",
    },
    Persona {
        who: "that code didn't work",
        answers: &[("screen", "code-didnt-work"), ("channel", "arrives")],
        pasted: None,
        first: "contact-newest-code",
    },
    Persona {
        who: "locked, with a Next button",
        answers: &[("screen", "account-locked"), ("lock-next", "yes")],
        pasted: None,
        first: "locked-sms-any-phone",
    },
    Persona {
        who: "locked, without a Next button",
        answers: &[("screen", "account-locked"), ("lock-next", "no")],
        pasted: None,
        first: "locked-reinstatement",
    },
    Persona {
        who: "temporarily blocked, pasted in English",
        answers: &[],
        pasted: Some("Your account has been temporarily blocked"),
        first: "locked-sms-any-phone",
    },
    Persona {
        who: "usage limit exceeded while unlocking",
        answers: &[("screen", "usage-limit")],
        pasted: None,
        first: "locked-other-number",
    },
    Persona {
        who: "pending change they made, old number gone",
        answers: &[
            ("screen", "security-info-pending"),
            ("pending-who", "me-no-old"),
        ],
        pasted: None,
        first: "pending-wait",
    },
    Persona {
        who: "pending change they made, old details still at hand",
        answers: &[
            ("screen", "security-info-pending"),
            ("pending-who", "me-old"),
        ],
        pasted: None,
        first: "pending-cancel",
    },
    Persona {
        who: "pending change they never asked for",
        answers: &[
            ("screen", "security-info-pending"),
            ("pending-who", "not-me"),
        ],
        pasted: None,
        first: "pending-report",
    },
    Persona {
        who: "two-step verification, phone lost, no recovery code",
        answers: &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "two-step"),
            ("situation", "phone-lost"),
            ("situation", "no-recovery-code"),
        ],
        pasted: None,
        first: "twostep-same-number",
    },
    Persona {
        who: "an expat whose old Japanese number is gone (contract ended on moving abroad)",
        answers: &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "number-gone"),
        ],
        pasted: None,
        first: "gone-other-method",
    },
    Persona {
        who: "an expat whose number is gone, who also ticked the lost phone",
        answers: &[
            ("screen", "no-message"),
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "phone-lost"),
            ("situation", "number-gone"),
        ],
        pasted: None,
        first: "gone-other-method",
    },
    Persona {
        who: "an expat whose number is gone, with two-step verification and no method left",
        answers: &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "two-step"),
            ("situation", "number-gone"),
        ],
        pasted: None,
        first: "gone-other-method",
    },
    Persona {
        who: "the code goes to a Hotmail alternate address",
        answers: &[
            ("screen", "verify-identity"),
            ("channel", "email"),
            ("situation", "alternate-microsoft"),
        ],
        pasted: None,
        first: "alternate-private-window",
    },
    Persona {
        who: "the email with the code never arrives",
        answers: &[("screen", "verify-identity"), ("channel", "email")],
        pasted: None,
        first: "contact-junk-folder",
    },
    Persona {
        who: "malware on the computer",
        answers: &[
            ("screen", "no-message"),
            ("channel", "arrives"),
            ("situation", "infected"),
        ],
        pasted: None,
        first: "malware-clean-device",
    },
    Persona {
        who: "hacked: sign-ins and emails they did not make",
        answers: &[("screen", "other"), ("situation", "someone-else")],
        pasted: None,
        first: "compromised-scan",
    },
    Persona {
        who: "hacked: Microsoft's “help us secure your account” screen",
        answers: &[("screen", "help-secure")],
        pasted: None,
        first: "compromised-scan",
    },
    Persona {
        who: "a typo in the address: the account doesn't exist",
        answers: &[
            ("screen", "account-doesnt-exist"),
            ("situation", "address-unsure"),
        ],
        pasted: None,
        first: "address-check-exact",
    },
    Persona {
        who: "Windows error 0x80190001, pasted",
        answers: &[],
        pasted: Some("Something went wrong. Error code: 0x80190001"),
        first: "network-run-check",
    },
    Persona {
        who: "an internet phone number on file",
        answers: &[
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "internet-phone"),
        ],
        pasted: None,
        first: "voip-other-contact",
    },
    Persona {
        who: "the contact shown on screen is not theirs any more",
        answers: &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "unfamiliar-contact"),
        ],
        pasted: None,
        first: "outdated-sign-in-helper",
    },
    Persona {
        who: "too many wrong passwords",
        answers: &[("screen", "password-too-many")],
        pasted: None,
        first: "hold-wait",
    },
    Persona {
        who: "unusual sign-in only, and the code arrives",
        answers: &[("screen", "help-protect"), ("channel", "arrives")],
        pasted: None,
        first: "contact-which-one",
    },
];

/// The person's progress once their answers (and pasted message) are in.
fn progress_for(kb: &KnowledgeBase, recogniser: &Recogniser, persona: &Persona) -> Progress {
    let mut progress = Progress::default();
    let mut answers = Answers::default();
    for (question, answer) in persona.answers {
        assert!(
            kb.guide
                .question(question)
                .and_then(|q| q.answer(answer))
                .is_some(),
            "{}: the guide has no answer {question}/{answer}",
            persona.who
        );
        kb.guide.choose(&mut answers, question, answer);
    }
    let asked: Vec<String> = kb
        .guide
        .questions(&answers, &progress.reported)
        .iter()
        .map(|q| q.id.clone())
        .collect();
    for (question, _) in persona.answers {
        assert!(
            asked.iter().any(|q| q == question),
            "{}: the question {question} is not asked",
            persona.who
        );
    }
    let now = Timestamp::UNIX_EPOCH;
    for action in kb.guide.actions(&answers, &progress) {
        progress.apply(action, now);
    }
    if let Some(text) = persona.pasted {
        match recogniser.recognise(text) {
            Recognition::Recognised(found) => {
                progress.apply(found.action(), now);
            }
            other => panic!("{}: {text:?} is not recognised: {other:?}", persona.who),
        }
    }
    progress
}

#[test]
fn every_persona_gets_the_first_step_an_expert_would_give() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let recogniser = Recogniser::new(&kb);
    assert!(PERSONAS.len() >= 20);
    let mut wrong = Vec::new();
    for persona in PERSONAS {
        let progress = progress_for(&kb, &recogniser, persona);
        let got = match triage::next(&kb, &progress, Timestamp::UNIX_EPOCH) {
            Next::Step { step, .. } => step.id.clone(),
            other => format!("{other:?}"),
        };
        if got != persona.first {
            wrong.push(format!(
                "{}: expected {}, got {got}",
                persona.who, persona.first
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn skipping_the_questions_asks_what_the_screen_says_first() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let recogniser = Recogniser::new(&kb);
    let nobody = Persona {
        who: "skipped every question",
        answers: &[("screen", "no-message"), ("channel", "arrives")],
        pasted: None,
        first: "",
    };
    let progress = progress_for(&kb, &recogniser, &nobody);
    assert_eq!(
        triage::next(&kb, &progress, Timestamp::UNIX_EPOCH),
        Next::AskFirst
    );
}

#[test]
fn back_in_after_a_hack_starts_the_after_recovery_list_with_the_scan() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let mut progress = Progress::default();
    let mut answers = Answers::default();
    kb.guide.choose(&mut answers, "situation", "someone-else");
    let now = Timestamp::UNIX_EPOCH;
    for action in kb.guide.actions(&answers, &progress) {
        progress.apply(action, now);
    }
    progress.apply(Action::RecoveredMarked(true), now);
    assert_eq!(
        triage::next(&kb, &progress, now)
            .step()
            .map(|s| s.id.as_str()),
        Some("hacked-scan-first")
    );
}

/// Every step the person is offered, in order: the answer to "what next?" each time the one
/// before it is marked "tried: no change", as the next-step card walks them.
fn route(kb: &KnowledgeBase, mut progress: Progress) -> Vec<String> {
    let now = Timestamp::UNIX_EPOCH;
    let mut steps = Vec::new();
    for _ in 0..80 {
        let Some(step) = triage::next(kb, &progress, now)
            .step()
            .map(|s| s.id.clone())
        else {
            break;
        };
        assert!(!steps.contains(&step), "{step} is offered twice");
        progress.apply(
            Action::StepMarked {
                step: step.clone(),
                outcome: signin_rescue::progress::StepOutcome::NoChange,
            },
            now,
        );
        steps.push(step);
    }
    steps
}

/// The route of someone who answers the guided start with `answers` (and pastes `pasted`).
fn route_for(
    answers: &'static [(&'static str, &'static str)],
    pasted: Option<&'static str>,
) -> Vec<String> {
    let kb = KnowledgeBase::embedded().expect("valid");
    let recogniser = Recogniser::new(&kb);
    let persona = Persona {
        who: "route",
        answers,
        pasted,
        first: "",
    };
    let progress = progress_for(&kb, &recogniser, &persona);
    route(&kb, progress)
}

fn position(route: &[String], step: &str) -> usize {
    route
        .iter()
        .position(|s| s == step)
        .unwrap_or_else(|| panic!("{step} is not offered: {route:?}"))
}

/// The text of a knowledge id in one language.
fn text(language: signin_rescue::i18n::Language, id: &signin_rescue::i18n::TextId) -> String {
    let texts = signin_rescue::i18n::Texts::new(language);
    signin_rescue::tr!(&texts, *id)
}

fn step_texts(kb: &KnowledgeBase, step: &str) -> Vec<String> {
    let step = kb
        .step(step)
        .map(|(_, s)| s)
        .or_else(|| kb.aftercare_steps().find(|s| s.id == step))
        .expect("the step");
    signin_rescue::i18n::Language::ALL
        .into_iter()
        .flat_map(|language| {
            [
                text(language, &step.title_id()),
                text(language, &step.detail_id()),
            ]
        })
        .collect()
}

// Unsafe point 1: a change of security info that someone else started is never waited out.
#[test]
fn a_security_info_change_someone_else_started_is_reported_cancelled_then_treated_as_a_hack() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let steps = route_for(
        &[
            ("screen", "security-info-pending"),
            ("pending-who", "not-me"),
        ],
        None,
    );
    assert_eq!(
        steps[..3],
        ["pending-report", "pending-cancel", "compromised-scan"],
        "{steps:?}"
    );
    for step in &steps {
        let (_, step) = kb.step(step).expect("a cause's step");
        assert!(
            step.wait.as_deref() != Some("security-info-change"),
            "{} lets the attacker's change go through: {steps:?}",
            step.id
        );
    }
    // The person's own change, without the old details, still gets the 30 days.
    let own = route_for(
        &[
            ("screen", "security-info-pending"),
            ("pending-who", "me-no-old"),
        ],
        None,
    );
    assert_eq!(own[0], "pending-wait");
}

// Unsafe point 2: only the automated call, only right after asking, and blocking back on.
#[test]
fn a_code_by_phone_call_means_answering_only_the_automated_call_then_blocking_again() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let steps = route_for(&[("channel", "call"), ("carrier", "other")], None);
    assert!(position(&steps, "contact-call-unknown") < position(&steps, "contact-new-code"));
    let call = step_texts(&kb, "contact-call-unknown");
    let resend = [
        text(
            signin_rescue::i18n::Language::Ja,
            &kb.channel("call").expect("call").resend_id(),
        ),
        text(
            signin_rescue::i18n::Language::En,
            &kb.channel("call").expect("call").resend_id(),
        ),
    ];
    let all = call
        .iter()
        .chain(&resend)
        .cloned()
        .collect::<Vec<_>>()
        .join("\n");
    for must in [
        "自動音声",
        "切ります",
        "元に戻します",
        "automated",
        "hang up",
    ] {
        assert!(all.contains(must), "the call advice lacks “{must}”: {all}");
    }
    assert!(call[1].contains("数分") && call[3].contains("few minutes"));
    assert!(
        call.iter()
            .any(|t| t.contains("Microsoft never calls you unless you asked"))
    );
    for wrong in ["for a while", "しばらくは知らない番号"] {
        assert!(!all.contains(wrong), "“{wrong}”: {all}");
    }
}

// Unsafe point 3: one filter off for one code, then on again; no docomo filter nothing blames.
#[test]
fn a_carrier_filter_goes_off_for_one_code_and_straight_back_on() {
    let kb = KnowledgeBase::embedded().expect("valid");
    for (carrier, step) in [
        ("docomo", "carrier-docomo"),
        ("au", "carrier-au"),
        ("softbank", "carrier-softbank"),
        ("rakuten", "carrier-rakuten"),
        ("other", "carrier-settings"),
    ] {
        let answers: &'static [(&'static str, &'static str)] = match carrier {
            "docomo" => &[("channel", "sms"), ("carrier", "docomo")],
            "au" => &[("channel", "sms"), ("carrier", "au")],
            "softbank" => &[("channel", "sms"), ("carrier", "softbank")],
            "rakuten" => &[("channel", "sms"), ("carrier", "rakuten")],
            _ => &[("channel", "sms"), ("carrier", "other")],
        };
        let steps = route_for(answers, None);
        let off = position(&steps, step);
        let new_code = position(&steps, "carrier-new-code");
        let back_on = position(&steps, "carrier-turn-back-on");
        assert!(
            off < new_code && new_code == back_on - 1,
            "{carrier}: {steps:?}"
        );
        let texts = step_texts(&kb, step);
        assert!(
            texts[1].contains("1 回") && texts[1].contains("戻し"),
            "{carrier}: {}",
            texts[1]
        );
        assert!(texts[3].contains("one code"), "{carrier}: {}", texts[3]);
    }
    for text in step_texts(&kb, "carrier-docomo")
        .iter()
        .chain(&step_texts(&kb, "carrier-settings"))
    {
        assert!(!text.contains("危険SMS拒否"), "{text}");
    }
}

// Unsafe point 4: contact methods and a recovery code before two-step verification.
#[test]
fn after_recovery_the_ways_back_in_come_before_two_step_verification() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let mut progress = Progress::default();
    progress.apply(
        Action::SignalToggled {
            signal: "sms-missing".into(),
            reported: true,
        },
        Timestamp::UNIX_EPOCH,
    );
    progress.apply(Action::RecoveredMarked(true), Timestamp::UNIX_EPOCH);
    let steps = route(&kb, progress);
    assert_eq!(
        steps[..3],
        [
            "after-security-info",
            "after-recovery-code",
            "after-authenticator"
        ],
        "{steps:?}"
    );
    // After a hack too: the recovery code is written down before two-step verification.
    let hacked = step_texts(&kb, "hacked-stronger-protection");
    let en = &hacked[3];
    assert!(
        en.find("recovery code") < en.find("two-step verification"),
        "{en}"
    );
}

// Wrong route 1: the hacked-account prompt is not the ordinary identity check.
#[test]
fn verify_your_identity_and_change_your_password_is_the_hacked_account_prompt() {
    for pasted in [
        "Verify your identity and change your password",
        "本人確認とパスワードの変更",
    ] {
        let kb = KnowledgeBase::embedded().expect("valid");
        let recogniser = Recogniser::new(&kb);
        match recogniser.recognise(pasted) {
            Recognition::Recognised(found) => assert_eq!(found.signal, "help-secure", "{pasted}"),
            other => panic!("{pasted}: {other:?}"),
        }
        let steps = match pasted {
            "本人確認とパスワードの変更" => {
                route_for(&[], Some("本人確認とパスワードの変更"))
            }
            _ => route_for(&[], Some("Verify your identity and change your password")),
        };
        assert_eq!(
            steps[..3],
            [
                "compromised-scan",
                "compromised-sign-in-helper",
                "compromised-password"
            ],
            "{steps:?}"
        );
    }
}

// Wrong route 2: a lost phone gets the number back first, and the form comes last.
#[test]
fn a_lost_phone_gets_the_number_back_first_and_the_form_last() {
    let steps = route_for(
        &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "phone-lost"),
        ],
        None,
    );
    assert_eq!(
        steps[..4],
        [
            "twostep-same-number",
            "lost-other-method",
            "lost-sign-in-helper",
            "lost-recovery-form"
        ],
        "{steps:?}"
    );
    // Two-step verification on: the SIM first, and no form that cannot help.
    let two_step = route_for(
        &[
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "two-step"),
            ("situation", "phone-lost"),
        ],
        None,
    );
    assert_eq!(two_step[0], "twostep-same-number", "{two_step:?}");
    assert!(!two_step.iter().any(|s| s == "lost-recovery-form"));
}

// Wrong route 3: the seed's error alone means one pause, the status check, then the helper.
#[test]
fn the_temporary_problem_alone_means_one_pause_then_the_status_check_then_the_helper() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let steps = route_for(
        &[("screen", "temporary-problem"), ("channel", "arrives")],
        None,
    );
    assert_eq!(steps[0], "requests-stop", "{steps:?}");
    let helper = steps
        .iter()
        .position(|s| s.ends_with("sign-in-helper"))
        .expect("a Sign-in helper step");
    let news = position(&steps, "outage-official-news");
    assert!(news < helper, "{steps:?}");
    let waits: Vec<&String> = steps[..helper]
        .iter()
        .filter(|s| kb.step(s).is_some_and(|(_, s)| s.wait.is_some()))
        .collect();
    assert_eq!(waits, ["requests-stop"], "{steps:?}");
    let wait = kb.wait("too-many-requests").expect("the pause");
    assert_eq!(wait.minutes, 1440, "about a day");
}

// Wrong route 4: "Try another verification method" means another method first, then a wait.
#[test]
fn try_another_verification_method_first_tries_another_method() {
    let steps = route_for(
        &[("screen", "try-another-method"), ("channel", "arrives")],
        None,
    );
    assert_eq!(
        steps[..2],
        ["requests-another-method", "requests-stop"],
        "{steps:?}"
    );
}

// Wrong route 5: the VPN step turns a VPN off, it never suggests one.
#[test]
fn the_vpn_step_says_turn_it_off() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let steps = route_for(&[], Some("0x80190001"));
    assert!(steps.iter().any(|s| s == "network-vpn"), "{steps:?}");
    let texts = step_texts(&kb, "network-vpn");
    assert_eq!(texts[2], "If you use a VPN, turn it off and try again");
    assert!(texts[0].contains("オフ"));
    for text in &texts {
        assert!(!text.contains("IP"), "{text}");
    }
}

// Wrong route 6: no wait without a step, and the waits' texts match their timers.
#[test]
fn every_wait_belongs_to_a_step_and_the_texts_match_the_timer() {
    let kb = KnowledgeBase::embedded().expect("valid");
    for wait in &kb.waits {
        let used = kb
            .steps()
            .any(|(_, s)| s.wait.as_deref() == Some(wait.id.as_str()))
            || kb
                .routes
                .iter()
                .any(|r| r.wait.as_deref() == Some(wait.id.as_str()));
        assert!(used, "the wait {} belongs to no step or route", wait.id);
    }
    let length = text(
        signin_rescue::i18n::Language::En,
        &kb.wait("retry-later").expect("wait").length_id(),
    );
    assert!(length.starts_with("a few hours to a few days"), "{length}");
    for step in ["hold-wait", "locked-other-number"] {
        let texts = step_texts(&kb, step);
        assert!(texts[1].contains("数時間から数日"), "{}", texts[1]);
        assert!(
            texts[3].contains("a few hours to a few days"),
            "{}",
            texts[3]
        );
    }
}

#[test]
fn an_account_going_to_be_closed_is_recognised_and_has_its_own_steps() {
    let steps = route_for(
        &[],
        Some("You're trying to sign in to an account that's going to be closed."),
    );
    assert_eq!(
        steps[..4],
        [
            "closing-read-screen",
            "closing-not-me",
            "closing-two-years",
            "closing-sign-in-helper"
        ],
        "{steps:?}"
    );
    let ja = route_for(
        &[],
        Some("削除予定のアカウントにサインインしようとしている"),
    );
    assert_eq!(ja[0], "closing-read-screen");
}

#[test]
fn one_number_on_many_accounts_has_a_step_of_its_own() {
    let steps = route_for(
        &[("channel", "arrives"), ("situation", "same-number")],
        None,
    );
    assert_eq!(steps[0], "hold-one-account-at-a-time", "{steps:?}");
}

// The expat whose old number is gone: no SIM brings the number back, so the route never sends
// them to the carrier for it; another method on the account comes first, then the Sign-in
// helper, and the recovery form last. With two-step verification on, the helper and the form
// (which Microsoft says cannot help then) give way to the two-step steps.
#[test]
fn a_number_that_is_gone_goes_to_the_other_methods_then_the_helper_then_the_form() {
    let steps = route_for(
        &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "number-gone"),
        ],
        None,
    );
    assert_eq!(
        steps[..2],
        ["gone-other-method", "gone-sign-in-helper"],
        "{steps:?}"
    );
    assert!(
        position(&steps, "gone-sign-in-helper") < position(&steps, "gone-recovery-form"),
        "{steps:?}"
    );
    assert!(
        !steps.iter().any(|s| s == "twostep-same-number"),
        "{steps:?}"
    );

    let steps = route_for(
        &[
            ("screen", "verify-identity"),
            ("channel", "sms"),
            ("carrier", "other"),
            ("situation", "two-step"),
            ("situation", "number-gone"),
        ],
        None,
    );
    assert_eq!(
        steps[..2],
        ["gone-other-method", "twostep-find-method"],
        "{steps:?}"
    );
    for step in [
        "gone-sign-in-helper",
        "gone-recovery-form",
        "twostep-same-number",
    ] {
        assert!(!steps.iter().any(|s| s == step), "{step}: {steps:?}");
    }
}
