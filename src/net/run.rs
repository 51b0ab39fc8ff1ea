//! Running a check on the `net-check` thread: all hosts side by side, progress reported as each
//! stage finishes, an overall deadline, and cancellation that answers within a tenth of a second.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use crate::clock::Clock;
use crate::net::{
    CheckConfig, Failure, HostReport, Report, Stage, StageResult, Verdict, probe, verdict,
};

/// How often the coordinator looks at the cancel flag.
const POLL: Duration = Duration::from_millis(25);

/// What a running check tells the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckEvent {
    /// One stage of one host finished.
    Stage {
        /// The host.
        host: String,
        /// The stage's result.
        result: StageResult,
    },
    /// The check is over (also when cancelled).
    Finished(Report),
}

/// A check running in the background.
pub struct Checker {
    events: Receiver<CheckEvent>,
    cancel: Arc<AtomicBool>,
}

impl Checker {
    /// Starts a check on its own thread.
    ///
    /// # Errors
    /// When the OS refuses to start a thread.
    pub fn start(config: CheckConfig, clock: Arc<dyn Clock>) -> std::io::Result<Self> {
        let (sender, events) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        std::thread::Builder::new()
            .name("net-check".into())
            .spawn(move || {
                let report = coordinate(&config, &flag, &sender, clock.as_ref());
                let _ = sender.send(CheckEvent::Finished(report));
            })?;
        Ok(Self { events, cancel })
    }

    /// Asks the check to stop; it reports [`Verdict::Cancelled`] promptly.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Events since the last call, without waiting.
    pub fn events(&self) -> Vec<CheckEvent> {
        self.events.try_iter().collect()
    }

    /// Waits up to `timeout` for the next event (for tests and the command line).
    pub fn next_event(&self, timeout: Duration) -> Option<CheckEvent> {
        self.events.recv_timeout(timeout).ok()
    }
}

/// A message from one host's pipeline to the coordinator.
enum Pipeline {
    Stage(usize, StageResult),
    Done(usize, HostReport),
    /// The pipeline failed unexpectedly (a bug in a probe): its next stage counts as failed.
    Broke(usize),
}

/// The stage a host's check was in when it stopped without finishing.
fn stage_in_progress(report: &HostReport, portal: bool) -> Stage {
    match report.stages.last().map(|s| s.stage) {
        None => Stage::Dns,
        Some(Stage::Dns) => Stage::Tcp,
        Some(_) if portal => Stage::Http,
        Some(_) => Stage::Tls,
    }
}

fn coordinate(
    config: &CheckConfig,
    cancel: &AtomicBool,
    events: &Sender<CheckEvent>,
    clock: &dyn Clock,
) -> Report {
    let started = Instant::now();
    let has_route = (config.has_route)();
    let names: Vec<(String, bool)> = config
        .hosts
        .iter()
        .map(|h| (h.clone(), false))
        .chain(std::iter::once((config.portal_host.clone(), true)))
        .collect();
    let mut reports: Vec<HostReport> = names
        .iter()
        .map(|(host, _)| HostReport {
            host: host.clone(),
            stages: Vec::new(),
        })
        .collect();
    let mut done = vec![false; names.len()];
    let finish = |reports: Vec<HostReport>, verdict_override: Option<Verdict>| {
        let mut hosts = reports;
        let portal = hosts.pop().unwrap_or_else(|| HostReport {
            host: config.portal_host.clone(),
            stages: Vec::new(),
        });
        Report {
            at: clock.now(),
            verdict: verdict_override.unwrap_or_else(|| verdict(has_route, &hosts, &portal)),
            has_route,
            hosts,
            portal,
        }
    };
    if !has_route {
        return finish(reports, Some(Verdict::NoInternet));
    }

    let (sender, receiver) = mpsc::channel();
    for (index, (host, portal)) in names.iter().enumerate() {
        let sender: Sender<Pipeline> = sender.clone();
        let config = config.clone();
        let host = host.clone();
        let portal = *portal;
        let spawned = std::thread::Builder::new()
            .name("net-host".into())
            .spawn(move || {
                let stage_sender = sender.clone();
                // A probe that panics must not turn into a verdict: report it as a failure.
                let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    probe::check_host(&config, &host, portal, |result| {
                        let _ = stage_sender.send(Pipeline::Stage(index, result));
                    })
                }));
                let _ = sender.send(match checked {
                    Ok(report) => Pipeline::Done(index, report),
                    Err(_) => Pipeline::Broke(index),
                });
            });
        if spawned.is_err() {
            done[index] = true;
            reports[index].stages.push(StageResult {
                stage: Stage::Dns,
                failure: Some(Failure::Other),
                millis: 0,
            });
        }
    }
    drop(sender);

    while done.iter().any(|d| !d) {
        if cancel.load(Ordering::Relaxed) {
            return finish(reports, Some(Verdict::Cancelled));
        }
        if started.elapsed() >= config.total_timeout {
            // Whatever has not finished counts as timed out at the stage it was in.
            for (index, report) in reports.iter_mut().enumerate() {
                if !done[index] {
                    let next = stage_in_progress(report, names[index].1);
                    report.stages.push(StageResult {
                        stage: next,
                        failure: Some(Failure::TimedOut),
                        millis: u64::try_from(config.stage_timeout.as_millis()).unwrap_or(u64::MAX),
                    });
                }
            }
            break;
        }
        match receiver.recv_timeout(POLL) {
            Ok(Pipeline::Stage(index, result)) => {
                let _ = events.send(CheckEvent::Stage {
                    host: names[index].0.clone(),
                    result,
                });
                reports[index].stages.push(result);
            }
            Ok(Pipeline::Done(index, report)) => {
                reports[index] = report;
                done[index] = true;
            }
            Ok(Pipeline::Broke(index)) => {
                log::error!("a connectivity probe failed unexpectedly");
                let stage = stage_in_progress(&reports[index], names[index].1);
                reports[index].stages.push(StageResult {
                    stage,
                    failure: Some(Failure::Other),
                    millis: 0,
                });
                done[index] = true;
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    finish(reports, None)
}
