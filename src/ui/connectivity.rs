//! The connectivity check screen: what it does, start and stop, each host's stages with their
//! times, the verdict in plain words with the next steps, and the article's commands for
//! people who want them.

use crate::tr;
use egui::{RichText, Ui};

use crate::i18n::{TextId, Texts};
use crate::knowledge;
use crate::net::{HostReport, Report, Stage, StageResult, Verdict};
use crate::ui::command::Command;
use crate::ui::theme::{self, Tokens};
use crate::ui::{Navigation, Shared, UiAction, widgets};

/// A check in progress, as the screen shows it.
#[derive(Debug, Clone, Default)]
pub struct LiveCheck {
    /// Seconds since the start, for the progress line.
    pub seconds: u64,
    /// Each host's stages so far, in the order checked.
    pub hosts: Vec<HostReport>,
}

impl LiveCheck {
    /// A new check of `hosts` (the sign-in hosts, then the portal host).
    #[must_use]
    pub fn new(hosts: &[String]) -> Self {
        Self {
            seconds: 0,
            hosts: hosts
                .iter()
                .map(|host| HostReport {
                    host: host.clone(),
                    stages: Vec::new(),
                })
                .collect(),
        }
    }

    /// Records a finished stage.
    pub fn stage_done(&mut self, host: &str, result: StageResult) {
        if let Some(report) = self.hosts.iter_mut().find(|h| h.host == host) {
            report.stages.push(result);
        }
    }
}

/// The heading at the top of the connection check.
pub const HEADING: TextId = TextId::fixed("net-heading");

/// Draws the screen.
pub fn ui(ui: &mut Ui, shared: &Shared<'_>, nav: &mut Navigation, actions: &mut Vec<UiAction>) {
    let texts = shared.texts;
    egui::ScrollArea::vertical()
        .id_salt("connectivity-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(Tokens::of(ui).space.s);
            widgets::heading(ui, tr!(texts, HEADING), 2);
            widgets::label(ui, tr!(texts, "net-intro"));
            widgets::muted(
                ui,
                tr!(texts, "net-privacy", hosts = shared.check_hosts.join(", ")),
            );
            ui.add_space(Tokens::of(ui).space.m);

            match shared.live_check {
                Some(live) => {
                    ui.horizontal(|ui| {
                        let running = tr!(texts, "net-running", seconds = live.seconds);
                        // Progress by stages finished: it moves only when something happens.
                        let done: usize = live.hosts.iter().map(|h| h.stages.len()).sum();
                        let total = (live.hosts.len() * 3).max(1);
                        #[expect(clippy::cast_precision_loss, reason = "a few dozen stages")]
                        let fraction = done as f32 / total as f32;
                        stage_bar(ui, fraction, &running);
                        Command::StopCheck.button_ui(ui, shared, actions);
                    });
                    ui.add_space(Tokens::of(ui).space.m);
                    hosts_ui(ui, texts, &live.hosts);
                }
                None => {
                    Command::StartCheck.button_ui(ui, shared, actions);
                    if let Some(report) = &shared.progress.diagnostics {
                        ui.add_space(Tokens::of(ui).space.m);
                        verdict_ui(ui, shared, report, nav);
                        ui.add_space(Tokens::of(ui).space.m);
                        let all: Vec<HostReport> = report
                            .hosts
                            .iter()
                            .chain(std::iter::once(&report.portal))
                            .cloned()
                            .collect();
                        hosts_ui(ui, texts, &all);
                    }
                }
            }
            ui.add_space(Tokens::of(ui).space.m);
            commands_ui(ui, texts);
            ui.add_space(Tokens::of(ui).space.l);
        });
}

/// The verdict card: what it means and what to do next.
fn verdict_ui(ui: &mut Ui, shared: &Shared<'_>, report: &Report, nav: &mut Navigation) {
    let texts = shared.texts;
    let palette = &Tokens::of(ui).colors;
    let id = report.verdict.id();
    theme::highlight_card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::muted(
            ui,
            tr!(texts, "net-checked-at", when = texts.date_time(report.at)),
        );
        let color = match report.verdict {
            Verdict::AllClear => palette.success,
            Verdict::Cancelled | Verdict::Partial => palette.warning,
            _ => palette.danger,
        };
        widgets::label(
            ui,
            RichText::new(tr!(texts, report.verdict.title_id()))
                .size(Tokens::of(ui).text.title)
                .strong()
                .color(color),
        );
        widgets::label(ui, tr!(texts, report.verdict.detail_id()));
        let steps = shared.kb.verdict_steps(id);
        if !steps.is_empty() {
            widgets::label(ui, RichText::new(tr!(texts, "net-next-steps")).strong());
            for step in steps {
                let title = tr!(texts, knowledge::step_title_id(step));
                if ui.link(tr!(texts, "net-next-step", step = title)).clicked() {
                    nav.show_step(step);
                }
            }
        }
    });
}

/// One row per host: name, then each stage's result and time.
fn hosts_ui(ui: &mut Ui, texts: &Texts, hosts: &[HostReport]) {
    let palette = &Tokens::of(ui).colors;
    egui::Grid::new("net-hosts")
        .striped(true)
        .spacing([
            Tokens::of(ui).size.grid_gap_x,
            Tokens::of(ui).size.grid_gap_y,
        ])
        .show(ui, |ui| {
            widgets::label(ui, RichText::new(tr!(texts, "net-column-host")).strong());
            for stage in [Stage::Dns, Stage::Tcp, Stage::Tls] {
                widgets::label(ui, RichText::new(tr!(texts, stage.text_id())).strong());
            }
            ui.end_row();
            for host in hosts {
                widgets::label(ui, RichText::new(&host.host).monospace());
                let is_portal = host.stages.iter().any(|s| s.stage == Stage::Http)
                    || host.host == crate::net::PORTAL_HOST;
                let columns = if is_portal {
                    [Stage::Dns, Stage::Tcp, Stage::Http]
                } else {
                    [Stage::Dns, Stage::Tcp, Stage::Tls]
                };
                let mut stopped = false;
                for stage in columns {
                    match host.stages.iter().find(|s| s.stage == stage) {
                        Some(result) => {
                            stopped |= result.failure.is_some();
                            let (text, color) = match result.failure {
                                None => (tr!(texts, "net-ok", ms = result.millis), palette.success),
                                Some(failure) => (
                                    tr!(texts, failure.text_id(), ms = result.millis),
                                    palette.danger,
                                ),
                            };
                            let label = if stage == Stage::Http {
                                widgets::control_name(texts, &tr!(texts, stage.text_id()), &text)
                            } else {
                                text
                            };
                            widgets::label(ui, RichText::new(label).color(color));
                        }
                        None if stopped => {
                            widgets::label(
                                ui,
                                RichText::new(tr!(texts, "net-not-reached"))
                                    .color(palette.text_weak),
                            );
                        }
                        None => {
                            widgets::label(
                                ui,
                                RichText::new(tr!(texts, "net-waiting")).color(palette.text_weak),
                            );
                        }
                    }
                }
                ui.end_row();
            }
        });
}

/// The article's commands, folded away, with what each one tells.
fn commands_ui(ui: &mut Ui, texts: &Texts) {
    egui::CollapsingHeader::new(tr!(texts, "net-advanced"))
        .id_salt("net-advanced")
        .show(ui, |ui| {
            widgets::label(ui, tr!(texts, "net-advanced-intro"));
            for (command, explain) in [
                ("ping www.microsoft.com", tr!(texts, "net-advanced-ping")),
                (
                    "nslookup microsoft.com",
                    tr!(texts, "net-advanced-nslookup"),
                ),
                (
                    "tracert www.microsoft.com",
                    tr!(texts, "net-advanced-tracert"),
                ),
            ] {
                ui.add_space(Tokens::of(ui).space.s);
                ui.horizontal(|ui| {
                    widgets::label(ui, RichText::new(command).monospace().strong());
                    widgets::copy_button(ui, texts, command, command);
                });
                widgets::label(ui, explain);
            }
            widgets::muted(ui, tr!(texts, "net-advanced-note"));
        });
}

/// The check's progress bar: an outlined track, filled by the share of stages finished, with
/// `text` on it. egui's own bar draws a round blob at 0% (its fill is never narrower than its
/// height); here nothing is filled until a stage has finished.
fn stage_bar(ui: &mut Ui, fraction: f32, text: &str) -> egui::Response {
    let tokens = Tokens::of(ui);
    let colors = &tokens.colors;
    let fraction = fraction.clamp(0.0, 1.0);
    let size = egui::vec2(tokens.size.progress_bar, tokens.space.control_height);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(
            egui::accesskit::Role::ProgressIndicator,
            ui.is_enabled(),
            text,
        );
        info.value = Some(f64::from(fraction * 100.0).floor());
        info
    });
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let painter = ui.painter();
    let radius = tokens.radius.control;
    painter.rect_filled(rect, radius, colors.control_fill.0);
    let filled =
        egui::Rect::from_min_size(rect.min, egui::vec2(rect.width() * fraction, rect.height()));
    if filled.width() > 0.0 {
        painter.rect_filled(filled, radius.min(filled.width() / 2.0), colors.accent.0);
    }
    painter.rect_stroke(
        rect,
        radius,
        egui::Stroke::new(tokens.size.border, colors.control_border.0),
        egui::StrokeKind::Inside,
    );
    // The words keep their contrast across the edge of the fill: on-accent over the filled
    // part, body text over the rest.
    let galley = painter.layout_no_wrap(
        text.to_owned(),
        egui::TextStyle::Button.resolve(ui.style()),
        colors.text.0,
    );
    let at = egui::pos2(
        rect.left() + tokens.space.item_x,
        rect.center().y - galley.size().y / 2.0,
    );
    let empty = egui::Rect::from_min_max(egui::pos2(filled.right(), rect.top()), rect.max);
    painter
        .with_clip_rect(empty.intersect(painter.clip_rect()))
        .galley(at, galley.clone(), colors.text.0);
    painter
        .with_clip_rect(filled.intersect(painter.clip_rect()))
        .galley_with_override_text_color(at, galley, colors.on_accent.0);
    response
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::i18n::Language;
    use crate::net::{Report, Verdict};
    use crate::progress::Action;
    use crate::tr;
    use crate::ui::UiAction;
    use crate::ui::command::Command;
    use crate::ui::fixture::{Fixture, harness};
    use crate::ui::{Navigation, Shared};

    fn draw(ui: &mut egui::Ui, shared: &Shared<'_>, actions: &mut Vec<UiAction>) {
        super::ui(ui, shared, &mut Navigation::default(), actions);
    }

    /// The rectangles the check's bar paints at `fraction`: (filled in the accent colour,
    /// outlined in the control-border colour), and the bar's own rect.
    fn bar_shapes(
        theme: egui::Theme,
        fraction: f32,
    ) -> (Vec<egui::Rect>, Vec<egui::Rect>, egui::Rect) {
        let mut harness = egui_kittest::Harness::builder()
            .with_theme(theme)
            .with_context_setup(crate::ui::theme::install)
            .build_ui(move |ui| {
                super::stage_bar(ui, fraction, "Checking… 0 s");
            });
        harness.run();
        let bar = harness.get_by_label("Checking… 0 s").rect();
        let colors = &crate::ui::theme::Tokens::for_dark_mode(theme == egui::Theme::Dark).colors;
        let (mut filled, mut outlined) = (Vec::new(), Vec::new());
        for clipped in &harness.output().shapes {
            if let egui::Shape::Rect(rect) = &clipped.shape {
                if rect.fill == colors.accent.0 && rect.rect.area() > 0.0 {
                    filled.push(rect.rect);
                }
                if rect.stroke.width > 0.0 && rect.stroke.color == colors.control_border.0 {
                    outlined.push(rect.rect);
                }
            }
        }
        (filled, outlined, bar)
    }

    #[test]
    fn at_nought_percent_the_bar_is_an_empty_outlined_track() {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let (filled, outlined, bar) = bar_shapes(theme, 0.0);
            assert!(
                filled.is_empty(),
                "{theme:?}: nothing filled at 0%: {filled:?}"
            );
            assert_eq!(outlined, [bar], "{theme:?}: the whole track has a border");

            let (filled, outlined, bar) = bar_shapes(theme, 0.5);
            assert_eq!(filled.len(), 1, "{theme:?}: {filled:?}");
            assert!((filled[0].width() - bar.width() / 2.0).abs() < 0.5);
            assert_eq!(outlined, [bar]);
        }
    }

    #[test]
    fn the_check_starts_from_its_button() {
        let mut harness = harness(Fixture::new(Language::Ja), Box::new(draw));
        harness.run();
        let start = Command::StartCheck.label(&harness.state().texts);
        harness.get_by_label(&start).click();
        harness.run();
        assert_eq!(
            harness.state().actions,
            [UiAction::Command(Command::StartCheck)]
        );
    }

    #[test]
    fn a_finished_check_shows_its_verdict_and_the_steps_to_try() {
        let fixture = Fixture::new(Language::En);
        let report = Report {
            at: fixture.now,
            verdict: Verdict::CaptivePortal,
            has_route: true,
            hosts: Vec::new(),
            portal: crate::net::HostReport {
                host: crate::net::PORTAL_HOST.into(),
                stages: Vec::new(),
            },
        };
        let fixture = fixture.with([Action::DiagnosticsFinished(Box::new(report))]);
        let mut harness = harness(fixture, Box::new(draw));
        harness.run();
        let texts = &harness.state().texts;
        harness.get_by_label(&tr!(texts, Verdict::CaptivePortal.title_id()));
        for step in harness
            .state()
            .kb
            .verdict_steps(Verdict::CaptivePortal.id())
        {
            let title = tr!(texts, crate::knowledge::step_title_id(step));
            harness.get_by_label(&tr!(texts, "net-next-step", step = title));
        }
    }
}
