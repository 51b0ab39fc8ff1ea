//! Bringing an older save's reported signals up to date with the knowledge base.

use std::collections::BTreeSet;

use super::{Action, Progress};
use crate::knowledge::KnowledgeBase;

impl Progress {
    /// The actions that bring the reported signals up to date: each signal the knowledge base
    /// retired is withdrawn and the signals that stand for it now are reported instead. Apply
    /// them once after loading; with nothing retired reported, there are none.
    #[must_use]
    pub fn migrate_reported(&self, kb: &KnowledgeBase) -> Vec<Action> {
        let reported = &self.reported;
        let mut actions = Vec::new();
        let mut added = BTreeSet::new();
        for retired in kb.retired.iter().filter(|r| reported.contains(&r.id)) {
            actions.push(Action::SignalToggled {
                signal: retired.id.clone(),
                reported: false,
            });
            for now in &retired.now {
                if !reported.contains(now) && added.insert(now.clone()) {
                    actions.push(Action::SignalToggled {
                        signal: now.clone(),
                        reported: true,
                    });
                }
            }
        }
        actions
    }
}
