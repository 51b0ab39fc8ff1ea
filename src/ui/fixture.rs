//! A screen alone, for its own tests: a fixture state instead of the whole app, driven
//! headless with kittest the way `egui_demo_lib` tests its demos. No files, no threads, no
//! real-time waits: the screen returns its actions, and the test applies them to the fixture's
//! progress as the app would.

use std::path::PathBuf;

use egui_kittest::Harness;
use jiff::Timestamp;

use crate::i18n::{Language, Texts};
use crate::knowledge::KnowledgeBase;
use crate::progress::{Action, Progress};
use crate::ui::{Notice, Shared, UiAction, theme};

/// The time the fixtures' clock shows.
pub const NOW: &str = crate::clock::TEST_START;

/// What a screen reads, owned by the test.
pub struct Fixture {
    /// The knowledge base.
    pub kb: KnowledgeBase,
    /// The person's progress.
    pub progress: Progress,
    /// Messages in the fixture's language, dates in UTC.
    pub texts: Texts,
    /// The current time.
    pub now: Timestamp,
    /// Start-up notices.
    pub notices: Vec<Notice>,
    /// Everything the screen asked for so far.
    pub actions: Vec<UiAction>,
    data_dir: PathBuf,
    check_hosts: Vec<String>,
}

impl Fixture {
    /// Empty progress in `language`.
    #[must_use]
    pub fn new(language: Language) -> Self {
        Self {
            kb: KnowledgeBase::embedded().expect("the embedded knowledge base is valid"),
            progress: Progress::default(),
            texts: Texts::new(language).with_time_zone(jiff::tz::TimeZone::UTC),
            now: NOW.parse().expect("a valid time"),
            notices: Vec::new(),
            actions: Vec::new(),
            data_dir: PathBuf::from("/home/taro/.local/share/signin-rescue"),
            check_hosts: vec!["login.live.com".into()],
        }
    }

    /// The same, after `actions` were applied to the progress.
    #[must_use]
    pub fn with(mut self, actions: impl IntoIterator<Item = Action>) -> Self {
        for action in actions {
            self.progress.apply(action, self.now);
        }
        self
    }

    /// What the screens read.
    #[must_use]
    pub fn shared(&self) -> Shared<'_> {
        Shared {
            kb: &self.kb,
            progress: &self.progress,
            texts: &self.texts,
            now: self.now,
            notices: &self.notices,
            save_error: None,
            data_dir: &self.data_dir,
            pending_import: None,
            can_replace: true,
            live_check: None,
            check_hosts: &self.check_hosts,
            confirm_close: false,
            reminders_on: true,
        }
    }

    /// Applies the progress changes among the actions asked for so far, as the app does, and
    /// returns the others.
    pub fn apply_actions(&mut self) -> Vec<UiAction> {
        let mut others = Vec::new();
        for action in std::mem::take(&mut self.actions) {
            match action {
                UiAction::Progress(action) => {
                    self.progress.apply(action, self.now);
                }
                other => others.push(other),
            }
        }
        others
    }
}

/// Draws one screen each frame.
pub type Draw<'a> = Box<dyn FnMut(&mut egui::Ui, &Shared<'_>, &mut Vec<UiAction>) + 'a>;

/// A headless window showing `draw` over `fixture`, with the app's fonts and theme.
pub fn harness<'a>(fixture: Fixture, mut draw: Draw<'a>) -> Harness<'a, Fixture> {
    Harness::builder()
        .with_size([900.0, 3000.0])
        .with_context_setup(theme::install)
        .build_ui_state(
            move |ui, fixture: &mut Fixture| {
                let mut actions = Vec::new();
                egui::CentralPanel::default().show(ui, |ui| {
                    draw(ui, &fixture.shared(), &mut actions);
                });
                fixture.actions.extend(actions);
            },
            fixture,
        )
}
