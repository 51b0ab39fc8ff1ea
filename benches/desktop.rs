//! The app as a desktop program, in a real window on a virtual X display (Xvfb): start to first
//! frame and peak memory, each against a bare eframe window built with the same settings
//! (`examples/bare_window.rs`); frames drawn while idle; the size of the stripped binary.
//!
//! Run with `cargo bench --bench desktop` (needs the Debian packages xvfb, libgl1-mesa-dri).
//! `BENCH_PROFILE=release-lto-s cargo bench --bench desktop` measures another Cargo profile
//! (both programs are built with it).
//! `BENCH_TARGET=windows cargo bench --bench desktop` builds both for Windows
//! (`scripts/windows-check build`) and runs them under Wine on the same display: the Windows row.
//! Wine's own start (a few hundred ms) is in both programs' times, so the ratio is the figure.
//! Goals: start-up time and memory at most 1.2 times the bare window's; 0 idle frames.

#![expect(
    clippy::print_stdout,
    reason = "a benchmark reports its figures on standard output"
)]

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use signin_rescue::app::measure::{COUNT_IDLE_FRAMES, EXIT_AFTER_FIRST_FRAME};

/// Starts per program (median); `BENCH_RUNS` sets another number.
fn runs() -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(7)
}

/// A virtual display for the benchmark's windows.
struct Display {
    name: String,
    server: Child,
}

impl Display {
    fn start() -> Option<Self> {
        for number in 400..420 {
            if Path::new(&format!("/tmp/.X11-unix/X{number}")).exists() {
                continue;
            }
            let name = format!(":{number}");
            let server = Command::new("Xvfb")
                .args([
                    name.as_str(),
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .ok()?;
            for _ in 0..50 {
                if Path::new(&format!("/tmp/.X11-unix/X{number}")).exists() {
                    return Some(Self { name, server });
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        None
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether the programs are Windows .exe files run under Wine (`BENCH_TARGET=windows`).
fn windows() -> bool {
    std::env::var("BENCH_TARGET").is_ok_and(|t| t == "windows")
}

fn build() -> (PathBuf, PathBuf) {
    if windows() {
        let status = Command::new(workspace().join("scripts/windows-check"))
            .args([
                "build",
                "--bin",
                "signin-rescue",
                "--example",
                "bare_window",
            ])
            .current_dir(workspace())
            .stdout(Stdio::null())
            .status()
            .expect("scripts/windows-check runs");
        assert!(status.success(), "the Windows build failed");
        let release = workspace().join("target/windows/x86_64-pc-windows-gnu/release");
        return (
            release.join("signin-rescue.exe"),
            release.join("examples/bare_window.exe"),
        );
    }
    let profile = std::env::var("BENCH_PROFILE").unwrap_or_else(|_| "release".to_owned());
    // Two builds: the app alone, as `cargo build --release` makes it for people, and then the
    // example, whose build has the dev-dependencies and so eframe's wgpu too (see
    // `examples/bare_window.rs`: it still draws with glow, as the app does).
    for target in [["--bin", "signin-rescue"], ["--example", "bare_window"]] {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--profile", &profile])
            .args(target)
            .current_dir(workspace())
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the release build failed");
    }
    let release = workspace().join("target").join(&profile);
    (
        release.join("signin-rescue"),
        release.join("examples/bare_window"),
    )
}

/// The command that starts `program`: itself, or Wine running it, with the data folder as the
/// program sees it.
fn command(program: &Path, data: &Path) -> Command {
    if windows() {
        let mut command = Command::new("wine");
        command
            .arg(program)
            .arg("--data-dir")
            .arg(format!("Z:{}", data.display()).replace('/', "\\"))
            .env(
                "WINEPREFIX",
                std::env::var_os("WINEPREFIX").unwrap_or_else(|| {
                    let home = std::env::var_os("HOME").unwrap_or_default();
                    Path::new(&home).join(".cache/windows-check/wine").into()
                }),
            )
            .env("WINEDEBUG", "-all")
            // The program reads its peak memory from /proc/self/status, which Wine reaches
            // through drive Z: when the current folder is on it.
            .current_dir(workspace());
        command
    } else {
        let mut command = Command::new(program);
        command.arg("--data-dir").arg(data);
        command
    }
}

/// Starts `program` on the display with `env` set and waits for a line starting with `tag`.
fn measure(
    display: &Display,
    program: &Path,
    args: &[&str],
    env: (&str, &str),
    tag: &str,
) -> (Duration, String) {
    let data = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let mut child = command(program, data.path())
        .args(args)
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .env(env.0, env.1)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the program starts");
    let stdout = child.stdout.take().expect("stdout");
    let line = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .find(|line| line.starts_with(tag))
        .unwrap_or_default();
    let elapsed = started.elapsed();
    let _ = child.kill();
    let _ = child.wait();
    (elapsed, line)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// One start of `program` to its first frame: the wall time in ms and the peak memory in MB.
fn first_frame(display: &Display, program: &Path, args: &[&str]) -> (f64, f64) {
    let (elapsed, line) = measure(
        display,
        program,
        args,
        (EXIT_AFTER_FIRST_FRAME, "1"),
        "first-frame",
    );
    let kb: f64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("the program reported its first frame");
    (elapsed.as_secs_f64() * 1000.0, kb / 1024.0)
}

/// The medians of the bare window's and the app's first frames, started in turn (bare, app,
/// bare, app, …) so that a machine that slows down or speeds up weighs on both alike.
fn first_frames(display: &Display, bare: &Path, app: &Path) -> [(f64, f64); 2] {
    let mut samples = [(Vec::new(), Vec::new()), (Vec::new(), Vec::new())];
    for _ in 0..runs() {
        for (i, (program, args)) in [(bare, &[][..]), (app, &["--lang", "ja"][..])]
            .into_iter()
            .enumerate()
        {
            let (ms, mb) = first_frame(display, program, args);
            samples[i].0.push(ms);
            samples[i].1.push(mb);
        }
    }
    samples.map(|(times, memory)| (median(times), median(memory)))
}

fn main() {
    let (app, bare) = build();
    let Some(display) = Display::start() else {
        println!("Xvfb is not available: install the Debian package xvfb to run this benchmark.");
        return;
    };
    let [(bare_ms, bare_mb), (app_ms, app_mb)] = first_frames(&display, &bare, &app);
    let (_, idle) = measure(
        &display,
        &app,
        &["--lang", "ja"],
        (COUNT_IDLE_FRAMES, "10"),
        "idle-frames",
    );
    let idle_frames = idle.split_whitespace().nth(1).unwrap_or("?").to_owned();
    let size = std::fs::metadata(&app).map(|m| m.len()).unwrap_or(0);

    let runs = runs();
    println!("| measure | Sign-in Rescue | bare eframe window | ratio | goal |");
    println!("|---|---|---|---|---|");
    println!(
        "| start to first frame (median of {runs}) | {app_ms:.0} ms | {bare_ms:.0} ms | {:.2}× | ≤ 1.2× |",
        app_ms / bare_ms
    );
    println!(
        "| peak memory at first frame (median of {runs}) | {app_mb:.1} MB | {bare_mb:.1} MB | {:.2}× | ≤ 1.2× |",
        app_mb / bare_mb
    );
    println!("| frames drawn in 10 s with no input | {idle_frames} | | | 0 |");
    #[expect(clippy::cast_precision_loss, reason = "a file size in MB")]
    let megabytes = size as f64 / 1_048_576.0;
    let bare_size = std::fs::metadata(&bare).map(|m| m.len()).unwrap_or(0);
    #[expect(clippy::cast_precision_loss, reason = "a file size in MB")]
    let bare_megabytes = bare_size as f64 / 1_048_576.0;
    println!(
        "| stripped binary (the bare window's carries wgpu, see `build`) | {megabytes:.1} MB | {bare_megabytes:.1} MB | {:.2}× | ≤ 1.5× |",
        megabytes / bare_megabytes
    );
}
