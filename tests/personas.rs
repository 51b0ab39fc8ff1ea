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
