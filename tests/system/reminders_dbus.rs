//! The real Linux reminder path (`src/reminders/desktop.rs`) against a private D-Bus session
//! bus: a `dbus-daemon` of this test's own, with a fake `org.freedesktop.Notifications`
//! served by the test.
//!
//! - A reminder reaches the notification service with its Japanese title and body unchanged,
//!   the app's name, a "default" action and the `desktop-entry` hint; when the service reports
//!   a click on it (`ActionInvoked(id, "default")`, as a real server does), `on_click` runs.
//! - On a bus without a notification service, `show` returns an error, so the app can tell the
//!   person that reminders do not work.
//!
//! `DesktopNotifier` finds the bus through `DBUS_SESSION_BUS_ADDRESS`. Setting it in this process
//! would need `unsafe` (forbidden here), so the notifier runs in a child process: this test
//! binary again, running only [`child_shows_a_reminder`] with the private bus's address.
//!
//! `dbus-daemon` must be installed (`.ci/run` installs it): without it the tests fail.

#![cfg(all(unix, not(target_os = "macos")))]

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use signin_rescue::app::APP_ID;
use signin_rescue::reminders::desktop::DesktopNotifier;
use signin_rescue::reminders::{Notifier as _, Reminder};
use zbus::object_server::SignalEmitter;

use fake::{FakeNotifications, FakeNotificationsSignals as _, Notification};

/// Set (to the child's name) in the child process only.
const CHILD: &str = "SIGNIN_RESCUE_DBUS_CHILD";
/// The child test: shows a reminder and waits for its click.
const CHILD_TEST: &str = "reminders_dbus::child_shows_a_reminder";
const SERVICE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
/// The id the fake service gives the reminder.
const ID: u32 = 7;
/// How long the child waits for the click.
const CLICK_WAIT: Duration = Duration::from_secs(10);
/// How long any one step of a test may take (more than the child's own wait).
const STEP: Duration = Duration::from_secs(20);

const TITLE: &str = "待ち時間が終わりました：時間をおいて再挑戦";
const BODY: &str = "もう一度コードを送ってください。次の手順：迷惑メールフォルダーを確認する";

// What the child says on standard output, which the tests read. The test harness may have
// printed the test's name on the same line before it.
const SHOWN: &str = "reminder: shown";
const NOT_SHOWN: &str = "reminder: not shown: ";
const CLICKED: &str = "reminder: clicked";

/// What follows `marker` on a line of the child, if the line has it.
fn said<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    line.find(marker).map(|at| &line[at + marker.len()..])
}

mod fake {
    //! A notification service that keeps what it is asked to show.

    use std::collections::HashMap;
    use std::sync::mpsc::Sender;

    use zbus::object_server::SignalEmitter;
    use zbus::zvariant::OwnedValue;

    /// What one `Notify` call carried.
    #[derive(Debug)]
    pub struct Notification {
        pub app_name: String,
        pub summary: String,
        pub body: String,
        pub actions: Vec<String>,
        /// The hints' keys, sorted.
        pub hint_keys: Vec<String>,
        /// The `desktop-entry` hint, when it is a string.
        pub desktop_entry: Option<String>,
    }

    /// `org.freedesktop.Notifications`, reduced to `Notify` and `ActionInvoked`.
    pub struct FakeNotifications {
        pub calls: Sender<Notification>,
    }

    #[zbus::interface(name = "org.freedesktop.Notifications")]
    impl FakeNotifications {
        /// Keeps the notification and answers with [`super::ID`].
        #[expect(
            clippy::too_many_arguments,
            reason = "the signature of org.freedesktop.Notifications.Notify"
        )]
        fn notify(
            &self,
            app_name: String,
            _replaces_id: u32,
            _app_icon: String,
            summary: String,
            body: String,
            actions: Vec<String>,
            hints: HashMap<String, OwnedValue>,
            _expire_timeout: i32,
        ) -> u32 {
            let desktop_entry = hints
                .get("desktop-entry")
                .and_then(|v| v.downcast_ref::<String>().ok());
            let mut hint_keys: Vec<String> = hints.into_keys().collect();
            hint_keys.sort();
            // The test may have given up already; the reply goes out anyway.
            let _ = self.calls.send(Notification {
                app_name,
                summary,
                body,
                actions,
                hint_keys,
                desktop_entry,
            });
            super::ID
        }

        /// The person clicked action `action_key` of notification `id`.
        #[zbus(signal)]
        async fn action_invoked(
            emitter: &SignalEmitter<'_>,
            id: u32,
            action_key: &str,
        ) -> zbus::Result<()>;
    }
}

/// A process that is killed when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private session bus: a `dbus-daemon` with a socket in a folder of its own and no service
/// files, so nothing else can answer for `org.freedesktop.Notifications` (with `--session`,
/// the system's services could be started on it).
struct Bus {
    _daemon: Killed,
    address: String,
    _dir: tempfile::TempDir,
}

impl Bus {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("a folder for the bus");
        let config = dir.path().join("session.conf");
        std::fs::write(&config, bus_config(dir.path())).expect("the bus's configuration");
        let mut daemon = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            // Kept for a failure message; as root it warns that it cannot raise its fd limit.
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "this test needs dbus-daemon for a private session bus, and it did not \
                     start ({e}); install it with `apt-get install dbus-daemon` (.ci/run does)"
                )
            });
        let stdout = daemon.stdout.take().expect("dbus-daemon's stdout");
        let stderr = read_all(daemon.stderr.take().expect("dbus-daemon's stderr"));
        let daemon = Killed(daemon);
        // dbus-daemon prints the address once it listens, or exits (EOF) when it cannot.
        let mut address = String::new();
        BufReader::new(stdout)
            .read_line(&mut address)
            .expect("dbus-daemon's address");
        let address = address.trim().to_owned();
        if address.is_empty() {
            // It has exited: its standard error is complete.
            let stderr = stderr.join().unwrap_or_default();
            panic!("dbus-daemon printed no address:\n{stderr}");
        }
        Self {
            _daemon: daemon,
            address,
            _dir: dir,
        }
    }

    /// A connection that serves the fake notification service under its well-known name.
    fn serve_notifications(&self, calls: Sender<Notification>) -> zbus::Connection {
        pollster::block_on(async {
            zbus::connection::Builder::address(self.address.as_str())?
                .serve_at(PATH, FakeNotifications { calls })?
                .name(SERVICE)?
                .build()
                .await
        })
        .expect("the fake notification service is on the bus")
    }
}

/// A session bus's configuration, listening in `dir`, without `<servicedir>`.
fn bus_config(dir: &Path) -> String {
    format!(
        r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
        dir.display()
    )
}

/// [`child_shows_a_reminder`] in a process of its own, on the bus at `address`.
struct ShowingChild {
    process: Killed,
    /// Its standard output, line by line; disconnected when it exits.
    lines: Receiver<String>,
    /// Everything it printed so far, for failure messages.
    seen: Vec<String>,
    stderr: Option<JoinHandle<String>>,
}

impl ShowingChild {
    fn start(address: &str) -> Self {
        let mut child = Command::new(std::env::current_exe().expect("the test binary"))
            .args([
                "--exact",
                CHILD_TEST,
                "--include-ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, CHILD_TEST)
            .env("DBUS_SESSION_BUS_ADDRESS", address)
            .env("RUST_LOG", "off")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the child starts");
        let stdout = child.stdout.take().expect("the child's stdout");
        let stderr = child.stderr.take().expect("the child's stderr");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || forward_lines(stdout, &tx));
        let stderr = read_all(stderr);
        Self {
            process: Killed(child),
            lines,
            seen: Vec::new(),
            stderr: Some(stderr),
        }
    }

    /// Waits (up to [`STEP`]) for the child to print `line`.
    fn wait_for(&mut self, line: &str) {
        let deadline = Instant::now() + STEP;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => {
                    let found = said(&l, line).is_some();
                    self.seen.push(l);
                    if found {
                        return;
                    }
                }
                Err(e) => {
                    let why = match e {
                        RecvTimeoutError::Timeout => "has not said so in time",
                        RecvTimeoutError::Disconnected => "exited without saying so",
                    };
                    let output = self.finish();
                    panic!("the child {why}: {line:?}\n{output}");
                }
            }
        }
    }

    /// Waits (up to [`STEP`]) for the child to exit; kills it if it does not.
    fn finish(&mut self) -> Finished {
        let deadline = Instant::now() + STEP;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => self.seen.push(l),
                // Its standard output closed: it has exited.
                Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.process.0.kill();
                    break;
                }
            }
        }
        let status = self.process.0.wait().expect("the child's exit status");
        // Its standard error closed as it exited: this join does not wait.
        let stderr = self
            .stderr
            .take()
            .and_then(|reader| reader.join().ok())
            .unwrap_or_default();
        Finished {
            status,
            stdout: self.seen.clone(),
            stderr,
        }
    }
}

/// Reads `pipe` to its end on a thread of its own, so that the process never blocks on it.
fn read_all(mut pipe: impl std::io::Read + Send + 'static) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    })
}

fn forward_lines(stdout: ChildStdout, to: &Sender<String>) {
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        if to.send(line).is_err() {
            return;
        }
    }
}

/// How the child ended.
struct Finished {
    status: ExitStatus,
    stdout: Vec<String>,
    stderr: String,
}

impl std::fmt::Display for Finished {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "child: {}", self.status)?;
        writeln!(f, "--- stdout\n{}", self.stdout.join("\n"))?;
        write!(f, "--- stderr\n{}", self.stderr)
    }
}

/// The child: shows a reminder with the real notifier on the session bus it was given and
/// says what happened; once shown, fails unless the reminder is clicked within [`CLICK_WAIT`].
#[test]
#[ignore = "run as a child process by the other tests of this file"]
#[expect(
    clippy::print_stdout,
    reason = "the child tells the parent test on standard output"
)]
fn child_shows_a_reminder() {
    if std::env::var(CHILD).as_deref() != Ok(CHILD_TEST) {
        return;
    }
    let (clicked, click) = mpsc::channel();
    let clicked = Mutex::new(clicked);
    let notifier = DesktopNotifier::new(Arc::new(move || {
        let _ = clicked
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .send(());
    }));
    let reminder = Reminder {
        title: TITLE.into(),
        body: BODY.into(),
    };
    if let Err(e) = notifier.show(&reminder) {
        println!("{NOT_SHOWN}{e}");
        return;
    }
    println!("{SHOWN}");
    click
        .recv_timeout(CLICK_WAIT)
        .expect("the click on the reminder reaches on_click");
    println!("{CLICKED}");
}

#[test]
fn a_reminder_reaches_the_notification_service_and_its_click_reaches_the_app() {
    let bus = Bus::start();
    let (calls, notified) = mpsc::channel();
    let server = bus.serve_notifications(calls);
    let mut child = ShowingChild::start(&bus.address);

    // `show` returns once the service has answered with the id: then the person clicks.
    child.wait_for(SHOWN);
    let notification = notified
        .recv_timeout(STEP)
        .expect("the service was asked to show the reminder");
    pollster::block_on(async {
        SignalEmitter::new(&server, PATH)?
            .action_invoked(ID, "default")
            .await
    })
    .expect("the click is announced on the bus");
    let finished = child.finish();

    assert!(
        finished.status.success() && finished.stdout.iter().any(|l| said(l, CLICKED).is_some()),
        "the click reached on_click\n{finished}"
    );
    assert_eq!(notification.app_name, "Sign-in Rescue");
    assert_eq!(notification.summary, TITLE, "the title, unchanged");
    assert_eq!(notification.body, BODY, "the body, unchanged");
    // Actions come as (key, label) pairs: "default" is a click on the notification itself.
    assert!(
        notification
            .actions
            .iter()
            .step_by(2)
            .any(|key| key == "default"),
        "a default action: {:?}",
        notification.actions
    );
    assert!(
        notification.hint_keys.iter().any(|k| k == "desktop-entry"),
        "the desktop-entry hint: {:?}",
        notification.hint_keys
    );
    assert_eq!(notification.desktop_entry.as_deref(), Some(APP_ID));
}

#[test]
fn without_a_notification_service_show_reports_an_error() {
    let bus = Bus::start();
    let mut child = ShowingChild::start(&bus.address);
    let finished = child.finish();

    assert!(finished.status.success(), "the child ran\n{finished}");
    let error = finished.stdout.iter().find_map(|l| said(l, NOT_SHOWN));
    let error = error.unwrap_or_else(|| panic!("show returned an error\n{finished}"));
    assert!(
        error.contains(SERVICE),
        "the error names the missing service: {error}"
    );
}
