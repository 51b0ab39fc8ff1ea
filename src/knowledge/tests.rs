use super::*;
use std::collections::BTreeSet;

const MINIMAL: &str = r#"(
    errors: [(id: "e", wordings: [{"en": Microsoft, "ja": Paraphrase}])],
    symptoms: [(id: "s")],
    channels: [(id: "sms", signal: "e")],
    causes: [(id: "c", origin: Article, evidence: [(signal: "s", weight: 2)],
              steps: [(id: "c-1", kind: Wait, wait: Some("w"), link: Some("l"))])],
    waits: [(id: "w", minutes: 10)],
    routes: [(id: "r", link: Some("l"), wait: Some("w"))],
    verdicts: [(id: "v", steps: ["c-1"])],
    aftercare: [(id: "a", steps: [(id: "a-1", kind: Do, link: Some("l"))])],
    guide: [(id: "q", choice: One, answers: [(id: "yes", signals: ["e"], tried: ["c-1"])])],
    safety: [(id: "s")],
    cautions: [],
    links: [(id: "l", url: "https://account.live.com/acsr")],
)"#;

#[test]
fn embedded_knowledge_base_is_valid() {
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base validates");
    assert!(kb.errors.len() >= 10, "Microsoft's real screens");
    assert!(kb.causes.len() >= 5);
}

#[test]
fn minimal_knowledge_base_loads() {
    let kb = KnowledgeBase::from_ron(MINIMAL).expect("valid");
    assert_eq!(kb.step("c-1").map(|(c, _)| c.id.as_str()), Some("c"));
    assert_eq!(kb.link_url("l"), Some("https://account.live.com/acsr"));
}

#[test]
fn duplicate_step_id_is_named() {
    let text = MINIMAL.replace(
        r#"steps: [(id: "c-1""#,
        r#"steps: [(id: "c-1", kind: Do), (id: "c-1""#,
    );
    assert_eq!(
        KnowledgeBase::from_ron(&text).map(|_| ()),
        Err(KnowledgeError::DuplicateId {
            kind: "steps",
            id: "c-1".into()
        })
    );
}

#[test]
fn unknown_signal_is_named() {
    let text = MINIMAL.replace(r#"signal: "s""#, r#"signal: "nope""#);
    assert_eq!(
        KnowledgeBase::from_ron(&text).map(|_| ()),
        Err(KnowledgeError::UnknownReference {
            from: "c".into(),
            kind: "signal",
            id: "nope".into()
        })
    );
}

#[test]
fn unofficial_link_is_refused() {
    // Plain HTTP is not official even on Microsoft's host (look-alike hosts are tested in
    // tests/data/official_links.rs, so that no such address sits in the app's sources).
    let text = MINIMAL.replace(
        "https://account.live.com/acsr",
        "http://account.live.com/acsr",
    );
    assert!(matches!(
        KnowledgeBase::from_ron(&text),
        Err(KnowledgeError::UnofficialLink { id, .. }) if id == "l"
    ));
}

#[test]
fn a_message_without_a_mark_for_every_language_is_incomplete() {
    let text = MINIMAL.replace(
        r#"{"en": Microsoft, "ja": Paraphrase}"#,
        r#"{"en": Microsoft}"#,
    );
    assert!(matches!(
        KnowledgeBase::from_ron(&text),
        Err(KnowledgeError::Incomplete { id, .. }) if id == "e"
    ));
}

#[test]
fn a_guide_answer_naming_an_unknown_step_is_named() {
    let text = MINIMAL.replace(r#"tried: ["c-1"]"#, r#"tried: ["c-9"]"#);
    assert_eq!(
        KnowledgeBase::from_ron(&text).map(|_| ()),
        Err(KnowledgeError::UnknownReference {
            from: "q/yes".into(),
            kind: "step",
            id: "c-9".into()
        })
    );
}

#[test]
fn steps_apply_by_what_is_reported() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let reported = |ids: &[&str]| ids.iter().map(|s| (*s).to_owned()).collect::<BTreeSet<_>>();
    let (_, docomo) = kb.step("carrier-docomo").expect("docomo's step");
    let (_, generic) = kb.step("carrier-settings").expect("the generic step");
    assert!(!docomo.applies(&reported(&["sms-missing"])));
    assert!(generic.applies(&reported(&["sms-missing"])));
    assert!(docomo.applies(&reported(&["carrier-docomo"])));
    assert!(!generic.applies(&reported(&["carrier-docomo"])));
}

#[test]
fn wait_step_without_wait_is_incomplete() {
    let text = MINIMAL.replace(r#"wait: Some("w"), "#, "");
    assert!(matches!(
        KnowledgeBase::from_ron(&text),
        Err(KnowledgeError::Incomplete { id, .. }) if id == "c-1"
    ));
}
