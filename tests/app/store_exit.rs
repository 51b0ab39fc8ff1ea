//! Closing: the window's settings go through the saver (issue 23, point 11), and a copy that
//! closes removes its socket before it frees the folder, so that it never removes the socket
//! of a copy started the moment it closed (point 7).

use crate::common;

use std::time::{Duration, Instant};

use signin_rescue::app::WINDOW_FILE;
use signin_rescue::i18n::Language;

#[test]
fn closing_writes_the_window_settings_through_the_saver() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = common::app(dir.path(), Language::En);
    let started = Instant::now();
    eframe::App::on_exit(harness.state_mut(), None);
    drop(harness);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "closing is bounded"
    );
    let text = std::fs::read_to_string(dir.path().join(WINDOW_FILE)).expect("window.ron");
    assert!(!text.is_empty());
}

#[cfg(unix)]
#[test]
fn a_relaunch_at_the_moment_of_closing_keeps_its_socket() {
    use signin_rescue::instance;
    use signin_rescue::{AppOptions, Startup};
    for round in 0..20 {
        let dir = tempfile::tempdir().expect("temp dir");
        let options = || AppOptions {
            listen: true,
            ..AppOptions::new(dir.path())
        };
        let first = Startup::prepare(options()).expect("the first copy starts");
        assert!(first.is_listening());
        let folder = dir.path().to_owned();
        let relaunch = std::thread::spawn(move || {
            // Tries until the first copy has freed the folder, as a quick relaunch would.
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                if let Ok(second) = Startup::prepare(AppOptions {
                    listen: true,
                    ..AppOptions::new(&folder)
                }) {
                    // Gives the first copy time to finish closing.
                    std::thread::sleep(Duration::from_millis(20));
                    let socket = folder.join(instance::SOCKET_FILE).exists();
                    return Some((second.is_listening(), socket));
                }
                if Instant::now() > deadline {
                    return None;
                }
                std::thread::yield_now();
            }
        });
        drop(first);
        let (listening, socket) = relaunch
            .join()
            .expect("the relaunch ran")
            .expect("the relaunch took the folder");
        assert!(listening, "round {round}");
        assert!(
            socket,
            "round {round}: the relaunch's socket is still there"
        );
    }
}
