//! The knowledge base and its translations fit together: every id has text in every language,
//! the languages define the same messages with the same variables, every file parses, and every
//! link stays on Microsoft's official domains.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use signin_rescue::i18n::Language;
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::official;

/// The Fluent files of one domain in one language: message id → variables it uses.
fn messages(language: Language, domain: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(language.code())
        .join(format!("{domain}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} has syntax errors: {errors:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect_variables(pattern, &mut variables);
            }
            let id = message.id.name.to_owned();
            assert!(
                out.insert(id.clone(), variables).is_none(),
                "{} defines {id} twice",
                path.display()
            );
        }
    }
    out
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_from_expression(expression, out);
        }
    }
}

fn collect_from_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_from_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            collect_from_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
    }
}

fn collect_from_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_from_expression(expression, out),
        _ => {}
    }
}

#[test]
fn every_knowledge_id_has_text_in_every_language() {
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    let needed: BTreeSet<String> = kb
        .text_ids()
        .iter()
        .map(|id| id.as_str().to_owned())
        .collect();
    for language in Language::ALL {
        let defined: BTreeSet<String> = messages(language, "knowledge").into_keys().collect();
        let missing: Vec<_> = needed.difference(&defined).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.code());
        let unused: Vec<_> = defined.difference(&needed).collect();
        assert!(
            unused.is_empty(),
            "{} has text for no id: {unused:?}",
            language.code()
        );
    }
}

#[test]
fn languages_define_the_same_messages_with_the_same_variables() {
    for domain in ["knowledge", "signin_rescue"] {
        let ja = messages(Language::Ja, domain);
        let en = messages(Language::En, domain);
        let ja_ids: BTreeSet<_> = ja.keys().collect();
        let en_ids: BTreeSet<_> = en.keys().collect();
        assert_eq!(ja_ids, en_ids, "{domain}: ja and en define different ids");
        for (id, variables) in &en {
            assert_eq!(
                &ja[id], variables,
                "{domain}: {id} uses different variables in ja and en"
            );
        }
    }
}

#[test]
fn the_real_screens_and_the_expert_causes_are_there() {
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    // Microsoft's real screens and messages (research: screens-and-wording.md §1).
    for message in [
        "help-protect",
        "verify-identity",
        "temporary-problem",
        "too-many-codes",
        "code-didnt-work",
        "try-another-method",
        "account-locked",
        "temporarily-blocked",
        "security-info-pending",
        "account-doesnt-exist",
        "password-too-many",
        "help-secure",
        "windows-0x80190001",
        "account-closing",
    ] {
        assert!(kb.is_error(message), "missing the message {message}");
    }
    // One signal per channel, and the symptoms the issue names.
    for channel in &kb.channels {
        assert!(kb.signal(&channel.signal).is_some());
    }
    for symptom in [
        "sms-missing",
        "email-missing",
        "app-missing",
        "call-missing",
        "many-requests",
        "device-infected",
        "someone-else-in",
        "locked-no-next",
        "same-number-many-accounts",
    ] {
        assert!(
            kb.symptoms.iter().any(|s| s.id == symptom),
            "missing symptom {symptom}"
        );
    }
    for retired in ["no-code-at-all", "sms-email-missing"] {
        assert!(
            kb.signal(retired).is_none(),
            "the near-duplicate {retired} is gone"
        );
    }
    for cause in [
        "network",
        "account-hold",
        "malware",
        "contact-info",
        "service-outage",
        "carrier-block",
        "internet-phone",
        "alternate-microsoft-address",
        "too-many-requests",
        "sms-phase-out",
        "two-step-dead-end",
        "locked-account",
        "compromised",
        "security-info-pending",
        "wrong-address",
    ] {
        assert!(kb.cause(cause).is_some(), "missing the cause {cause}");
    }
    let vpn = kb.step("network-vpn").expect("the VPN tip").1;
    assert_eq!(vpn.caution.as_deref(), Some("familiar-place"));
}

#[test]
fn every_signal_points_to_a_cause() {
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    for signal in kb.errors.iter().chain(&kb.symptoms) {
        assert!(
            kb.causes
                .iter()
                .any(|c| c.evidence.iter().any(|e| e.signal == signal.id)),
            "{} is evidence for no cause, so reporting it could not change the first step",
            signal.id
        );
    }
}

#[test]
fn the_order_microsoft_gives_is_kept() {
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    let order = |cause: &str| -> Vec<String> {
        kb.cause(cause)
            .expect("cause")
            .steps
            .iter()
            .map(|s| s.id.clone())
            .collect()
    };
    // Hacked account: scan every device, the Sign-in helper, the password, then mail rules
    // and recent activity (research: screens-and-wording.md §6).
    assert_eq!(
        order("compromised")[..5],
        [
            "compromised-scan",
            "compromised-sign-in-helper",
            "compromised-password",
            "compromised-mail-rules",
            "compromised-activity"
        ]
    );
    // Malware: the clean device comes before any password is typed.
    let malware = order("malware");
    assert_eq!(malware[0], "malware-clean-device");
    assert_eq!(
        malware.last().map(String::as_str),
        Some("malware-reset-after-cleaning")
    );
    // The recovery form is the last resort: wherever a cause offers it, nothing comes after it
    // (research: recovery-facts.md §1).
    for cause in &kb.causes {
        if let Some(form) = cause
            .steps
            .iter()
            .position(|s| s.link.as_deref() == Some("recovery-form"))
        {
            assert_eq!(
                form + 1,
                cause.steps.len(),
                "{}: the form is not last",
                cause.id
            );
        }
    }
    // After recovery: contact methods and a recovery code before two-step verification
    // (research: screens-and-wording.md §5).
    let secure: Vec<&str> = kb
        .aftercare
        .iter()
        .find(|a| a.id == "secure")
        .expect("the secure group")
        .steps
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        secure[..3],
        [
            "after-security-info",
            "after-recovery-code",
            "after-authenticator"
        ]
    );
    // Every Sign-in helper step links Microsoft's article, not a guessed address.
    for (_, step) in kb.steps().filter(|(_, s)| s.id.ends_with("sign-in-helper")) {
        assert_eq!(step.link.as_deref(), Some("sign-in-helper"), "{}", step.id);
    }
}

#[test]
fn the_automatic_stop_names_what_the_knowledge_base_has() {
    use signin_rescue::progress::{Channel, STOP_MINUTES, STOP_SIGNAL, STOP_STEP, STOP_WAIT};
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    let wait = kb.wait(STOP_WAIT).expect("the stop's wait");
    assert_eq!(wait.minutes, STOP_MINUTES);
    let (_, step) = kb.step(STOP_STEP).expect("the stop's step");
    assert_eq!(step.wait.as_deref(), Some(STOP_WAIT));
    assert!(kb.signal(STOP_SIGNAL).is_some());
    for channel in Channel::ALL {
        assert!(kb.channel(channel.id()).is_some(), "{}", channel.id());
    }
}

/// No technical word before the first step: the signals and the guided start's questions and
/// answers are what a person reads before any advice.
#[test]
fn no_technical_word_in_what_a_person_reports() {
    const WORDS: [&str; 7] = ["dns", "ip", "vpn", "ping", "proxy", "プロキシ", "ｉｐ"];
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    let mut ids = Vec::new();
    for signal in kb.errors.iter().chain(&kb.symptoms) {
        ids.push(signal.text_id());
        ids.extend(signal.screen_id());
    }
    ids.extend(kb.guide.text_ids());
    for language in Language::ALL {
        let texts = signin_rescue::i18n::Texts::new(language);
        for id in &ids {
            let text = signin_rescue::tr!(&texts, id.clone()).to_lowercase();
            let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphanumeric()).collect();
            for word in WORDS {
                let found = if word.is_ascii() {
                    words.iter().any(|w| w == &word)
                } else {
                    text.contains(word)
                };
                assert!(!found, "{}: {id} says “{word}”: {text}", language.code());
            }
        }
    }
}

#[test]
fn every_link_is_on_the_official_allowlist() {
    // The list in research/recovery-facts.md §3, written out again so that a change to the
    // app's own list cannot silently widen it.
    const ALLOWED: [&str; 9] = [
        "login.live.com",
        "account.live.com",
        "account.microsoft.com",
        "signup.live.com",
        "support.microsoft.com",
        "learn.microsoft.com",
        "www.microsoft.com",
        "go.microsoft.com",
        "aka.ms",
    ];
    // The carriers' own pages on their SMS filters (research/screens-and-wording.md §3): these
    // pages only, not the rest of their sites.
    const CARRIER_PAGES: [&str; 3] = [
        "https://www.au.com/mobile/service/sms/filter/",
        "https://www.softbank.jp/mobile/support/mail/antispam/spammailfilter/",
        "https://network.mobile.rakuten.co.jp/service/sms-filter/",
    ];
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    for link in &kb.links {
        let host = official::host_of(&link.url).expect("a URL with a host");
        assert!(link.url.starts_with("https://"), "{} is not https", link.id);
        assert!(
            ALLOWED.contains(&host.as_str()) || CARRIER_PAGES.contains(&link.url.as_str()),
            "{} points to {host}",
            link.id
        );
    }
    for host in official::LINK_HOSTS {
        assert!(
            ALLOWED.contains(host),
            "the app allows {host}, which is not official"
        );
    }
    for page in official::CARRIER_PAGES {
        assert!(
            CARRIER_PAGES.contains(page),
            "the app allows {page}, which the research does not name"
        );
    }
}

#[test]
fn translations_contain_no_links_outside_the_allowlist() {
    for language in Language::ALL {
        for domain in ["knowledge", "signin_rescue"] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("i18n")
                .join(language.code())
                .join(format!("{domain}.ftl"));
            let text = std::fs::read_to_string(&path).expect("readable");
            for (start, _) in text.match_indices("http") {
                let url: String = text[start..]
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !"）)」”\"".contains(*c))
                    .collect();
                if url.starts_with("http://") || url.starts_with("https://") {
                    assert!(
                        official::is_official_link(&url),
                        "{}: {url}",
                        path.display()
                    );
                }
            }
        }
    }
}

#[test]
fn every_connectivity_verdict_has_advice_and_text() {
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    for verdict in signin_rescue::net::Verdict::ALL {
        assert!(
            kb.verdicts.iter().any(|v| v.id == verdict.id()),
            "no advice for {}",
            verdict.id()
        );
    }
    assert_eq!(kb.verdicts.len(), signin_rescue::net::Verdict::ALL.len());
}
