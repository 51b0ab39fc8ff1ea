//! Hooks for the desktop benchmark (`benches/desktop.rs`), switched on only by environment
//! variables and otherwise inert: they let the benchmark see when the first frame was drawn,
//! how much memory the process used, and how many frames an idle window draws.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Set to `1`: print `first-frame <VmHWM kB>` after the first frame, then close the window.
pub const EXIT_AFTER_FIRST_FRAME: &str = "SIGNIN_RESCUE_BENCH_FIRST_FRAME";
/// Set to a number of seconds: after a 2-second settle, count the frames drawn in that many
/// seconds with no input, print `idle-frames <n>`, and exit.
pub const COUNT_IDLE_FRAMES: &str = "SIGNIN_RESCUE_BENCH_IDLE_SECONDS";

/// The benchmark hooks of one window.
#[derive(Debug, Default)]
pub struct Measure {
    first_frame: bool,
    frames: Arc<AtomicU64>,
    reported: bool,
}

impl Measure {
    /// Reads the environment; starts the idle counter's thread if asked to.
    #[must_use]
    pub fn from_env() -> Self {
        let measure = Self {
            first_frame: std::env::var_os(EXIT_AFTER_FIRST_FRAME).is_some(),
            frames: Arc::new(AtomicU64::new(0)),
            reported: false,
        };
        if let Some(seconds) = std::env::var(COUNT_IDLE_FRAMES)
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
        {
            let frames = Arc::clone(&measure.frames);
            let spawned = std::thread::Builder::new()
                .name("bench-idle".into())
                .spawn(move || {
                    std::thread::sleep(Duration::from_secs(2));
                    let before = frames.load(Ordering::Relaxed);
                    std::thread::sleep(Duration::from_secs(seconds));
                    let after = frames.load(Ordering::Relaxed);
                    report(&format!("idle-frames {}", after - before));
                    std::process::exit(0);
                });
            if let Err(e) = spawned {
                log::warn!("cannot start the idle counter: {e}");
            }
        }
        measure
    }

    /// Call once per drawn frame (from `logic`, which runs before each frame).
    pub fn frame(&mut self, ctx: &egui::Context) {
        let count = self.frames.fetch_add(1, Ordering::Relaxed) + 1;
        // The second call comes after the first frame was drawn and shown.
        if self.first_frame && count == 2 && !self.reported {
            self.reported = true;
            report(&format!("first-frame {}", peak_memory_kb().unwrap_or(0)));
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.first_frame && count == 1 {
            ctx.request_repaint();
        }
    }
}

/// The process's peak resident memory in kB (Linux), for the benchmark.
#[must_use]
pub fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

#[expect(
    clippy::print_stdout,
    reason = "the benchmark reads the hooks' answers on stdout"
)]
fn report(line: &str) {
    use std::io::Write as _;
    println!("{line}");
    let _ = std::io::stdout().flush();
}
