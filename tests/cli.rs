//! The command line, run as a person would run it.

use std::process::{Command, Output};

use signin_rescue::store::DataLock;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_signin-rescue"))
        .args(args)
        // No display: a window can never open in this test.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_LOG", "off")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_in_each_language() {
    let en = run(&["--help", "--lang", "en"]);
    assert!(en.status.success());
    assert!(text(&en.stdout).contains("--data-dir PATH"));
    assert!(text(&en.stdout).contains("Usage: signin-rescue [OPTIONS]"));
    let ja = run(&["--lang", "ja", "--help"]);
    assert!(ja.status.success());
    assert!(text(&ja.stdout).contains("使い方: signin-rescue [オプション]"));
}

#[test]
fn version() {
    let out = run(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("signin-rescue {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn wrong_arguments_get_a_clear_message_and_exit_code_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_signin-rescue"))
        .args(["--frobnicate"])
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("Unknown option: --frobnicate"));

    let out = run(&["--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("fr"));
}

#[test]
fn a_second_copy_on_the_same_folder_refuses_politely() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _first = DataLock::acquire(dir.path()).expect("the first copy holds the lock");
    let out = run(&[
        "--lang",
        "en",
        "--data-dir",
        &dir.path().display().to_string(),
    ]);
    assert!(out.status.success(), "exits cleanly");
    assert!(text(&out.stderr).contains("Sign-in Rescue is already open with this data folder"));
    assert!(
        !dir.path().join("progress.ron").exists(),
        "nothing was written"
    );
}
