//! One window per person, with two real processes: a first copy that holds the data folder
//! (this test binary, re-run as a helper that uses the same lock and listener as the app) and
//! the real `signin-rescue` binary launched a second time on the same folder.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use signin_rescue::app::StartError;
use signin_rescue::instance;
use signin_rescue::store::StoreError;
use signin_rescue::{AppOptions, Startup};

const HELPER_DIR: &str = "SIGNIN_RESCUE_TEST_HOLDER_DIR";
const HELPER_MODE: &str = "SIGNIN_RESCUE_TEST_HOLDER_MODE";
const HELPER_START_AT: &str = "SIGNIN_RESCUE_TEST_START_AT_MS";

/// A copy of the app in its own process, started the way `main` starts one (the same
/// `Startup::prepare`, which takes the lock and opens the socket before loading), with a
/// stand-in for the window's thread that serves raises. Modes: "answering"; "hung" (the window's
/// thread never comes back); "slow-window" (the window opens 700 ms after start-up). When the
/// folder is taken, it asks the running copy like a second launch and says what it heard.
#[test]
#[ignore = "a helper process for the other tests, not a test by itself"]
#[expect(
    clippy::print_stdout,
    reason = "the helper talks to the test on standard output"
)]
fn holder_process() {
    let Ok(dir) = std::env::var(HELPER_DIR) else {
        return;
    };
    let mode = std::env::var(HELPER_MODE).unwrap_or_default();
    if let Some(at) = std::env::var(HELPER_START_AT)
        .ok()
        .and_then(|ms| ms.parse::<u128>().ok())
    {
        // Both launches start at the same moment.
        while std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(at, |d| d.as_millis())
            < at
        {
            std::hint::spin_loop();
        }
    }
    let startup = match Startup::prepare(AppOptions {
        listen: true,
        ..AppOptions::new(&dir)
    }) {
        Ok(startup) => startup,
        Err(StartError::Store(StoreError::AlreadyOpen(path))) => {
            let raised = instance::ask_running_copy(&path);
            println!("second: {}", if raised { "raised" } else { "not raised" });
            return;
        }
        Err(e) => panic!("cannot start: {e}"),
    };
    assert!(startup.is_listening(), "listens");
    println!("holder: ready");
    let raises = startup.raises();
    match mode.as_str() {
        "hung" => std::thread::sleep(Duration::from_secs(30)),
        "slow-window" => std::thread::sleep(Duration::from_millis(700)),
        _ => {}
    }
    let (wake, woken) = mpsc::channel::<()>();
    raises.on_request(move || {
        let _ = wake.send(());
    });
    let until = Instant::now() + Duration::from_secs(30);
    while let Ok(()) = woken.recv_timeout(until.saturating_duration_since(Instant::now())) {
        if raises.serve(|| println!("holder: raised")) {
            let _ = std::io::stdout().flush();
        }
    }
    drop(startup);
}

struct Holder {
    child: Child,
    lines: std::io::Lines<BufReader<ChildStdout>>,
}

impl Holder {
    fn start(dir: &Path, mode: &str) -> Self {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--ignored",
                "--exact",
                "instance::holder_process",
                "--nocapture",
            ])
            .env(HELPER_DIR, dir)
            .env(HELPER_MODE, mode)
            .env("RUST_LOG", "off")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the helper starts");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        assert!(
            lines
                .by_ref()
                .map_while(Result::ok)
                .any(|l| l.contains("holder: ready")),
            "the first copy started"
        );
        Self { child, lines }
    }

    /// Whether the first copy was asked to come forward (reads until it says so or ends).
    fn was_raised(mut self) -> bool {
        let _ = self.child.kill();
        self.lines
            .by_ref()
            .map_while(Result::ok)
            .any(|l| l.contains("holder: raised"))
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Launches the app a second time on `dir`, with no display, and how long it ran.
fn second_launch(dir: &Path) -> (Output, Duration) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_signin-rescue"))
        .args(["--lang", "en", "--data-dir", &dir.display().to_string()])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_LOG", "off")
        .output()
        .expect("the app runs");
    (out, started.elapsed())
}

#[test]
fn a_second_launch_brings_the_open_window_forward_and_exits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let holder = Holder::start(dir.path(), "answering");
    let (out, _) = second_launch(dir.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("its window was brought to the front"),
        "{stdout}"
    );
    assert!(
        holder.was_raised(),
        "the first copy was asked to come forward"
    );
    assert!(
        !dir.path().join("progress.ron").exists(),
        "nothing was written"
    );
}

#[test]
#[cfg_attr(
    windows,
    ignore = "under Wine the message window opens even without a display (Wine's null driver) and waits for its Close button"
)]
fn a_copy_that_does_not_answer_gets_the_message_instead() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _holder = Holder::start(dir.path(), "hung");
    let (out, took) = second_launch(dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    // It gave up waiting: the hung copy would only have answered after 10 s. (How fast a
    // second launch exits is measured on the release build; see the README.)
    assert!(
        took < Duration::from_secs(9),
        "waited for the hung copy: {took:?}"
    );
    // The message window cannot open without a display; its text goes to the terminal too.
    assert!(
        stderr.contains("Sign-in Rescue is already open with this data folder"),
        "{stderr}"
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("brought to the front"),
        "it did not claim success"
    );
}

#[test]
fn the_listener_removes_its_socket_when_the_copy_closes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let raises = instance::Raises::default();
    let (wake, woken) = mpsc::channel::<()>();
    raises.on_request(move || {
        let _ = wake.send(());
    });
    let served = raises.clone();
    std::thread::spawn(move || {
        while woken.recv().is_ok() {
            served.serve(|| {});
        }
    });
    let listener = instance::Listener::start(dir.path(), raises).expect("listens");
    assert!(instance::ask_running_copy(dir.path()), "answers while open");
    drop(listener);
    assert!(
        !dir.path().join(instance::SOCKET_FILE).exists(),
        "the socket is gone"
    );
    assert!(
        !instance::ask_running_copy(dir.path()),
        "nobody answers once closed"
    );
}

/// The resident memory of a process (kB) now and at its peak, from /proc.
#[cfg(target_os = "linux")]
fn memory_kb(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .expect("a memory figure")
    };
    (field("VmRSS:"), field("VmHWM:"))
}

#[cfg(target_os = "linux")]
#[test]
fn a_client_streaming_without_an_end_is_cut_off_and_a_second_launch_still_raises() {
    use std::os::unix::net::UnixStream;
    const STREAM: usize = 10 * 1024 * 1024;
    let dir = tempfile::tempdir().expect("temp dir");
    let holder = Holder::start(dir.path(), "answering");
    let pid = holder.child.id();
    let (before, _) = memory_kb(pid);
    // 10 MB without a newline, as fast as the socket takes it.
    let socket = dir.path().join(instance::SOCKET_FILE);
    let mut stream = UnixStream::connect(&socket).expect("connects");
    stream
        .set_write_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let chunk = vec![b'x'; 64 * 1024];
    let mut sent = 0;
    while sent < STREAM {
        match stream.write(&chunk) {
            Ok(n) => sent += n,
            Err(_) => break,
        }
    }
    // A second client trickles a byte every 300 ms, for longer than a request may take.
    let trickle_socket = socket.clone();
    let trickle = std::thread::spawn(move || {
        let Ok(mut slow) = UnixStream::connect(&trickle_socket) else {
            return 0;
        };
        let mut bytes = 0;
        for _ in 0..15 {
            if slow.write_all(b"r").is_err() {
                break;
            }
            bytes += 1;
            std::thread::sleep(Duration::from_millis(300));
        }
        bytes
    });
    std::thread::sleep(Duration::from_millis(100));
    let (out, took) = second_launch(dir.path());
    let (_, peak) = memory_kb(pid);
    let trickled = trickle.join().expect("the trickle ends");
    eprintln!(
        "streamed {sent} bytes before the listener hung up; the copy's memory peaked {} kB above \
         its {before} kB at start; the trickling client got {trickled} bytes in; the second \
         launch took {took:?}",
        peak.saturating_sub(before)
    );
    assert!(
        peak.saturating_sub(before) < 10 * 1024,
        "memory grew from {before} kB to a peak of {peak} kB"
    );
    assert!(
        trickled < 15,
        "the trickling client was cut off at the deadline"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("its window was brought to the front"),
        "{stdout}"
    );
    assert!(holder.was_raised(), "the first copy came forward");
}

#[test]
fn a_second_launch_waits_for_a_window_that_is_still_opening() {
    let dir = tempfile::tempdir().expect("temp dir");
    let holder = Holder::start(dir.path(), "slow-window");
    let (out, _) = second_launch(dir.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("its window was brought to the front"),
        "{stdout}"
    );
    assert!(holder.was_raised(), "the first copy came forward");
}

#[test]
fn two_launches_started_together_give_one_window_that_comes_forward() {
    for round in 0..5 {
        let dir = tempfile::tempdir().expect("temp dir");
        let at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after 1970")
            .as_millis()
            + 400;
        let launch = || {
            Command::new(std::env::current_exe().expect("test binary"))
                .args([
                    "--ignored",
                    "--exact",
                    "instance::holder_process",
                    "--nocapture",
                ])
                .env(HELPER_DIR, dir.path())
                .env(HELPER_MODE, "answering")
                .env(HELPER_START_AT, at.to_string())
                .env("RUST_LOG", "off")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("starts")
        };
        let children = [launch(), launch()];
        let mut said = Vec::new();
        for mut child in children {
            let lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
            let (tx, rx) = mpsc::channel();
            std::thread::spawn(move || {
                for line in lines.map_while(Result::ok) {
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
            said.push((child, rx));
        }
        // The second launch answers within its timeout; then both are ended.
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut lines: Vec<String> = Vec::new();
        while Instant::now() < deadline && !lines.iter().any(|l| l.contains("second:")) {
            for (_, rx) in &said {
                lines.extend(rx.try_iter());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(100));
        for (mut child, rx) in said {
            let _ = child.kill();
            let _ = child.wait();
            lines.extend(rx.try_iter());
        }
        let text = lines.join("\n");
        assert_eq!(
            lines.iter().filter(|l| l.contains("holder: ready")).count(),
            1,
            "round {round}: one copy holds the folder\n{text}"
        );
        assert!(
            lines.iter().any(|l| l.contains("second: raised")),
            "round {round}: the other brought it forward\n{text}"
        );
        assert!(
            lines.iter().any(|l| l.contains("holder: raised")),
            "round {round}: and it came forward\n{text}"
        );
    }
}
