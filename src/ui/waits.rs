//! Waits as timers: start buttons on wait steps, what is still running, and the message when a
//! wait is over, with the step to try next.

use crate::tr;
use egui::{RichText, Ui};
use jiff::Timestamp;

use crate::i18n::Texts;
use crate::knowledge::{self, KnowledgeBase, Wait};
use crate::progress::{Action, Timer};
use crate::triage;
use crate::ui::theme::{self, Tokens};
use crate::ui::widgets;
use crate::ui::{Navigation, Shared, UiAction};

/// The name of a timer's wait.
fn wait_name(kb: &KnowledgeBase, texts: &Texts, timer: &Timer) -> String {
    kb.wait(&timer.wait)
        .map(|wait| tr!(texts, wait.name_id()))
        .unwrap_or_default()
}

/// Time left, rounded up to the minute, e.g. "2 hours 5 minutes".
#[must_use]
pub fn time_left(texts: &Texts, timer: &Timer, now: Timestamp) -> String {
    texts.duration(timer.due.duration_since(now))
}

/// A button a step's wait offers: stop the running timer, or start one of a given length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerControl {
    /// Stop the running timer with this id.
    Stop(u64),
    /// Start a timer of this many minutes.
    Start(u32),
}

impl TimerControl {
    /// The controls `step` offers for `wait` now, with the running timer if there is one.
    #[must_use]
    pub fn of<'p>(shared: &Shared<'p>, step: &str, wait: &Wait) -> (Option<&'p Timer>, Vec<Self>) {
        let running = shared
            .progress
            .timers
            .iter()
            .filter(|t| t.step.as_deref() == Some(step) && t.is_running(shared.now))
            .min_by_key(|t| t.due);
        match running {
            Some(timer) => (Some(timer), vec![Self::Stop(timer.id)]),
            None => (
                None,
                wait.timer_choices().into_iter().map(Self::Start).collect(),
            ),
        }
    }

    /// A key that tells this control apart from the step's others.
    #[must_use]
    pub fn key(self) -> String {
        match self {
            Self::Stop(_) => "timer-stop".to_owned(),
            Self::Start(minutes) => format!("timer-{minutes}"),
        }
    }

    /// The button's name for screen readers: its text and the wait it belongs to (several
    /// steps offer the same lengths).
    #[must_use]
    pub fn name(self, texts: &Texts, context: &str) -> String {
        widgets::control_name(texts, &self.label(texts), context)
    }

    /// The button's text.
    #[must_use]
    pub fn label(self, texts: &Texts) -> String {
        match self {
            Self::Stop(_) => tr!(texts, "timer-stop"),
            Self::Start(minutes) => {
                let length = texts.duration(jiff::SignedDuration::from_mins(i64::from(minutes)));
                tr!(texts, "timer-start", length = length)
            }
        }
    }

    /// What pressing it does.
    #[must_use]
    pub fn action(self, step: &str, wait: &Wait) -> UiAction {
        match self {
            Self::Stop(id) => Action::TimerDismissed(id).into(),
            Self::Start(minutes) => Action::TimerStarted {
                wait: wait.id.clone(),
                step: Some(step.to_owned()),
                minutes,
            }
            .into(),
        }
    }
}

/// What a running timer says: time left and when it is over.
#[must_use]
pub fn running_text(texts: &Texts, timer: &Timer, now: Timestamp) -> String {
    tr!(
        texts,
        "timer-running",
        left = time_left(texts, timer, now),
        when = texts.date_time(timer.due)
    )
}

/// Buttons to start a timer for `wait`, or the running timer with its time left. `context`
/// (the step's or route's title) completes the buttons' accessible names: several steps offer
/// the same lengths, and the name says which wait.
pub fn step_timer_ui(
    ui: &mut Ui,
    shared: &Shared<'_>,
    step: &str,
    context: &str,
    wait: &Wait,
    actions: &mut Vec<UiAction>,
) {
    let texts = shared.texts;
    let (running, controls) = TimerControl::of(shared, step, wait);
    // The row keeps the most room it has taken, so when a click swaps the start buttons for
    // the running timer (or back), the step's other buttons stay where they were.
    let room_id = egui::Id::unique(("timer-row", step));
    let room = ui.data(|d| d.get_temp::<f32>(room_id)).unwrap_or(0.0);
    let row = ui.horizontal_wrapped(|ui| {
        if let Some(timer) = running {
            let color = Tokens::of(ui).colors.warning;
            widgets::label(
                ui,
                RichText::new(running_text(texts, timer, shared.now)).color(color),
            );
        }
        for control in controls {
            let button = ui
                .button(control.label(texts))
                .accessible_name(control.name(texts, context));
            widgets::inherit_focus(ui, &button, step, &control.key());
            if button.clicked() {
                actions.push(control.action(step, wait));
            }
        }
    });
    let height = row.response.rect.height();
    if height > room + 0.5 {
        ui.data_mut(|d| d.insert_temp(room_id, height));
    } else if height < room {
        ui.add_space(room - height);
    }
}

/// The banners for waits that are over: shown at start-up and as soon as one falls due.
pub fn due_ui(ui: &mut Ui, shared: &Shared<'_>, nav: &mut Navigation, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let palette = &Tokens::of(ui).colors;
    for timer in shared.progress.due_timers(shared.now) {
        theme::highlight_card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            widgets::label(
                ui,
                RichText::new(tr!(
                    texts,
                    "timer-due",
                    wait = wait_name(shared.kb, texts, timer),
                    when = texts.date_time(timer.due)
                ))
                .strong()
                .color(palette.success),
            );
            // The step to try and the buttons before the longer advice, so that they stay in
            // sight when the status area is short.
            let after = triage::after_wait(shared.kb, shared.progress, timer, shared.now);
            let next = after
                .as_ref()
                .and_then(|a| a.then)
                .map(|(_, step)| step.id.as_str());
            if let Some(step) = next {
                widgets::label(
                    ui,
                    tr!(
                        texts,
                        "timer-due-next",
                        step = tr!(texts, knowledge::step_title_id(step))
                    ),
                );
            }
            ui.horizontal(|ui| {
                if let Some(step) = next
                    && ui.button(tr!(texts, "next-show")).clicked()
                {
                    nav.show_step(step);
                }
                if ui.button(tr!(texts, "timer-dismiss")).clicked() {
                    actions.push(Action::TimerDismissed(timer.id).into());
                }
            });
            if let Some(after) = &after {
                widgets::label(ui, after.todo(texts));
            }
        });
    }
}

/// The waits still running, with their time left.
pub fn running_ui(ui: &mut Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    let running = shared.progress.running_timers(shared.now);
    if running.is_empty() {
        return;
    }
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::label(ui, RichText::new(tr!(texts, "timers-heading")).strong());
        for timer in running {
            ui.horizontal_wrapped(|ui| {
                widgets::label(
                    ui,
                    tr!(
                        texts,
                        "timer-line",
                        wait = wait_name(shared.kb, texts, timer),
                        left = time_left(texts, timer, shared.now),
                        when = texts.date_time(timer.due)
                    ),
                );
                let stop = tr!(texts, "timer-stop");
                if ui
                    .small_button(&stop)
                    .accessible_name(widgets::control_name(
                        texts,
                        &stop,
                        &wait_name(shared.kb, texts, timer),
                    ))
                    .clicked()
                {
                    actions.push(Action::TimerDismissed(timer.id).into());
                }
            });
        }
        crate::ui::widgets::muted(ui, tr!(texts, "timers-note"));
    });
}

/// "I asked for a code just now", one button per way a code can come, with the last request.
/// After too many requests in a short time the progress starts the pause by itself, and the
/// next-step card says to stop.
pub fn code_request_ui(ui: &mut Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    widgets::label(ui, tr!(texts, "code-request-intro"));
    ui.horizontal_wrapped(|ui| {
        for channel in crate::progress::Channel::ALL {
            let Some(known) = shared.kb.channel(channel.id()) else {
                continue;
            };
            let name = tr!(texts, known.name_id());
            if ui
                .button(tr!(texts, "code-request-button", channel = name))
                .clicked()
            {
                actions.push(Action::CodeRequested { channel }.into());
            }
        }
    });
    if let Some(last) = shared.progress.code_requests.last() {
        let channel = shared
            .kb
            .channel(last.channel.id())
            .map(|c| tr!(texts, c.name_id()))
            .unwrap_or_default();
        widgets::muted(
            ui,
            tr!(
                texts,
                "code-request-last",
                time = texts.date_time(last.at),
                channel = channel,
                count = shared.progress.code_requests.len()
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::i18n::Language;
    use crate::progress::Action;
    use crate::tr;
    use crate::ui::fixture::{Fixture, harness};
    use crate::ui::{Navigation, Shared, UiAction};

    fn draw(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
        super::due_ui(ui, shared, &mut Navigation::default(), actions);
        super::running_ui(ui, shared, actions);
    }

    #[test]
    fn a_wait_runs_then_says_it_is_over_and_can_be_closed() {
        let fixture = Fixture::new(Language::En).with([Action::TimerStarted {
            wait: "retry-later".into(),
            step: Some("hold-wait".into()),
            minutes: 60,
        }]);
        let mut harness = harness(fixture, Box::new(draw));
        harness.run();
        harness.get_by_label_contains("1 hour");
        let due = tr!(&harness.state().texts, "timer-dismiss");
        assert!(harness.query_by_label(&due).is_none(), "not over yet");

        harness.state_mut().now = harness
            .state()
            .now
            .saturating_add(jiff::SignedDuration::from_mins(61))
            .expect("a valid time");
        harness.run();
        harness.get_by_label(&due).click();
        harness.run();
        harness.state_mut().apply_actions();
        assert!(
            harness
                .state()
                .progress
                .due_timers(harness.state().now)
                .next()
                .is_none()
        );
    }
}
