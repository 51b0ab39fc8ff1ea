//! One window per person, with two real processes: a first copy that holds the data folder
//! (this test binary, re-run as a helper that uses the same lock and listener as the app) and
//! the real `signin-rescue` binary launched a second time on the same folder.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::{Duration, Instant};

use signin_rescue::instance;
use signin_rescue::store::DataLock;

const HELPER_DIR: &str = "SIGNIN_RESCUE_TEST_HOLDER_DIR";
const HELPER_MODE: &str = "SIGNIN_RESCUE_TEST_HOLDER_MODE";

/// The first copy, run by the tests below in its own process: holds the folder's lock, listens
/// like the app does, says "ready", and "raised" each time it is asked to come forward. In the
/// "hung" mode it takes 10 s to react, like a copy that does not respond.
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
    let hung = std::env::var(HELPER_MODE).as_deref() == Ok("hung");
    let dir = Path::new(&dir);
    let _lock = DataLock::acquire(dir).expect("the first copy takes the lock");
    let _listener = instance::Listener::start(dir, move || {
        if hung {
            std::thread::sleep(Duration::from_secs(10));
        }
        println!("holder: raised");
    })
    .expect("listens");
    println!("holder: ready");
    // Until the test ends it (or for at most 30 s).
    std::thread::sleep(Duration::from_secs(30));
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
    let listener = instance::Listener::start(dir.path(), || {}).expect("listens");
    assert!(instance::ask_running_copy(dir.path()), "answers while open");
    drop(listener);
    assert!(
        !instance::ask_running_copy(dir.path()),
        "nobody answers once closed"
    );
}
