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
#[cfg_attr(
    windows,
    ignore = "under Wine the message window opens even without a display (Wine's null driver) and waits for its Close button"
)]
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

#[test]
fn export_draft_writes_the_draft_without_a_window() {
    let data = tempfile::tempdir().expect("temp dir");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress-v1.ron");
    std::fs::copy(&fixture, data.path().join("progress.ron")).expect("fixture");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out_file = out_dir.path().join("draft.txt");
    let out = run(&[
        "--export-draft",
        &out_file.display().to_string(),
        "--lang",
        "ja",
        "--data-dir",
        &data.path().display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("書き出しました"));
    let draft = std::fs::read_to_string(&out_file).expect("written");
    assert!(draft.starts_with("Microsoft アカウント回復フォームの下書き"));
    assert!(
        draft.contains("一晩待ってから試したが、同じエラー。"),
        "notes from the fixture"
    );
}

#[test]
fn export_to_an_unwritable_place_fails_with_a_clear_message() {
    let data = tempfile::tempdir().expect("temp dir");
    let out = run(&[
        "--export-draft",
        "/nonexistent-folder/draft.txt",
        "--lang",
        "en",
        "--data-dir",
        &data.path().display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Could not write /nonexistent-folder/draft.txt"));
}

#[test]
fn export_pdf_and_text_from_the_command_line() {
    let data = tempfile::tempdir().expect("temp dir");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress-v1.ron");
    std::fs::copy(&fixture, data.path().join("progress.ron")).expect("fixture");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let pdf = out_dir.path().join("checklist.pdf");
    let dir = data.path().display().to_string();
    let out = run(&[
        "--export-pdf",
        &pdf.display().to_string(),
        "--lang",
        "en",
        "--paper",
        "a4",
        "--data-dir",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read(&pdf).expect("written").starts_with(b"%PDF-"));

    let txt = out_dir.path().join("checklist.txt");
    let out = run(&[
        "--export-text",
        &txt.display().to_string(),
        "--lang",
        "en",
        "--data-dir",
        &dir,
    ]);
    assert!(out.status.success());
    let written = std::fs::read_to_string(&txt).expect("written");
    assert!(written.contains("[×] Wait a few hours to a few days, then try again"));
    assert!(written.contains("[-] Check Microsoft's official service news"));

    let out = run(&[
        "--export-pdf",
        "/nonexistent-folder/c.pdf",
        "--lang",
        "ja",
        "--data-dir",
        &dir,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("/nonexistent-folder/c.pdf に書き込めませんでした"));
}

/// `--explain` with an empty data folder, so that no saved progress on this machine counts.
fn explain(language: &str, text: &str) -> Output {
    let data = tempfile::tempdir().expect("temp dir");
    run(&[
        "--lang",
        language,
        "--data-dir",
        &data.path().display().to_string(),
        "--explain",
        text,
    ])
}

#[test]
fn explain_names_the_message_its_meaning_and_the_first_step() {
    let out = explain("en", "Your account has been locked");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Recognised (100% alike): “Your account has been locked”"),
        "{said}"
    );
    assert!(
        said.contains("What it means: The account is locked"),
        "{said}"
    );
    assert!(
        said.contains("First step: Unlock with a text code, as the screen asks"),
        "{said}"
    );

    // Pasted in Japanese, with a line break and full-width digits, answered in Japanese.
    let out = explain("ja", "エラー コード:\n０ｘ８０１９０００１");
    assert_eq!(out.status.code(), Some(0));
    let said = text(&out.stdout);
    assert!(said.contains("判定"), "{said}");
    assert!(
        said.contains("最初の手順：このアプリで接続をチェックする"),
        "{said}"
    );
}

#[test]
fn explain_says_honestly_when_it_does_not_know_the_text() {
    let out = explain("ja", "今日はいい天気なので散歩に行きます");
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stdout);
    assert!(said.contains("どのメッセージとも一致しません"), "{said}");
    assert!(said.contains("近いメッセージ："), "{said}");
    assert_eq!(said.matches("% 一致：").count(), 3, "{said}");

    let out = explain("en", "ab");
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stdout).contains("too short"));
}

/// Every code in research screens-and-wording.md §1.5, inside a sentence as a person would
/// paste it, with what it means.
#[test]
fn explain_recognises_each_error_code_inside_a_sentence() {
    let codes = [
        ("0x80190001", "HTTP_E_STATUS_UNEXPECTED"),
        ("0x800704CF", "ERROR_NETWORK_UNREACHABLE"),
        ("0x800704D4", "cut off"),
        ("0x800704D0", "could not reach Microsoft's sign-in server"),
        ("0x8007003B", "did not expect"),
        ("0x80072F17", "certificate"),
        ("80041002", "too many sign-in attempts"),
    ];
    for (code, meaning) in codes {
        let sentence = format!("Something went wrong. Error code {code}. Please try again.");
        let out = explain("en", &sentence);
        let said = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{code}: {said}");
        assert!(said.contains(meaning), "{code}: {said}");
        let out = explain(
            "ja",
            &format!("サインインしようとしたら、エラー{code}と出ました"),
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{code} in Japanese: {}",
            text(&out.stdout)
        );
    }
    // A certificate error leads to the clock check that the connection check also makes.
    let said = text(&explain("en", "I get 0x80072f17 when I sign in").stdout);
    assert!(
        said.contains("First step: Check the computer's date and time"),
        "{said}"
    );
    // The throttle's own code goes to the sign-in throttle, not to the code limit.
    let said = text(&explain("en", "sErrorCode 80041002 Try again later").stdout);
    assert!(
        said.contains("“The Microsoft account login server"),
        "{said}"
    );
}

#[test]
fn explain_says_an_unknown_code_is_unknown_and_offers_the_connection_check() {
    for text_with_code in [
        "Something went wrong 0x80190002",
        "Windows Updateでエラー 0x80070005 が出る",
    ] {
        let out = explain("en", text_with_code);
        assert_eq!(out.status.code(), Some(3), "{text_with_code}");
        let said = text(&out.stdout);
        assert!(said.contains("is not one this app knows"), "{said}");
        assert!(
            said.contains("First step: Let this app check the connection"),
            "{said}"
        );
        assert!(!said.contains("0x80190001"), "no look-alike: {said}");
    }
    // 1001 has no known meaning for Microsoft accounts (research §1.5): said so, honestly.
    let said = text(&explain("en", "It says Error 1001 and nothing else").stdout);
    assert!(
        said.contains("The error code 1001 is not one this app knows"),
        "{said}"
    );
    let said = text(&explain("ja", "AADSTS90072 と表示された").stdout);
    assert!(said.contains("このアプリが知らないコード"), "{said}");
    assert!(said.contains("職場や学校のアカウント"), "{said}");
}

/// An old save with retired signals: the exports and `--explain` read it as the window does,
/// with the signals that replace them.
#[test]
fn exports_and_explain_read_an_old_save_as_the_window_does() {
    let data = tempfile::tempdir().expect("temp dir");
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/progress-retired-signals.ron");
    std::fs::copy(&fixture, data.path().join("progress.ron")).expect("fixture");
    let dir = data.path().display().to_string();
    let out_dir = tempfile::tempdir().expect("temp dir");

    // What the window sees.
    let store = signin_rescue::store::Store::new(data.path());
    let window = store.load(jiff::Timestamp::now()).progress;
    let expected: Vec<&str> = vec!["account-locked", "help-protect"];
    assert_eq!(
        window
            .reported
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        expected
    );

    let txt = out_dir.path().join("checklist.txt");
    let out = run(&[
        "--export-text",
        &txt.display().to_string(),
        "--lang",
        "en",
        "--data-dir",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&txt).expect("written");
    assert!(!written.contains("None selected yet"), "{written}");
    assert!(
        written.contains("“Your account has been locked”"),
        "{written}"
    );
    assert!(
        written.contains("“Help us protect your account”"),
        "{written}"
    );

    let draft = out_dir.path().join("draft.txt");
    let out = run(&[
        "--export-draft",
        &draft.display().to_string(),
        "--lang",
        "en",
        "--data-dir",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    // --explain counts the old save's signals too: with the lock already reported, the
    // first step for an unusual sign-in is the lock's, as the window's checklist gives it.
    let with_save = run(&[
        "--lang",
        "en",
        "--data-dir",
        &dir,
        "--explain",
        "Help us protect your account",
    ]);
    let alone = explain("en", "Help us protect your account");
    assert_eq!(with_save.status.code(), Some(0));
    assert!(
        text(&with_save.stdout).contains("First step: Unlock with a text code"),
        "{}",
        text(&with_save.stdout)
    );
    assert_ne!(text(&with_save.stdout), text(&alone.stdout));
    assert!(
        std::fs::read_to_string(data.path().join("progress.ron"))
            .expect("still there")
            .contains("terms-restricted"),
        "reading never writes"
    );
}

/// Runs the binary with the log at its shipped level (no `RUST_LOG`) and `LANG`/`LC_ALL` set.
fn run_with_locale(locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_signin-rescue"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("RUST_LOG")
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .env("LC_ALL", locale)
        .output()
        .expect("the binary runs")
}

#[test]
#[cfg_attr(
    windows,
    ignore = "Windows takes the language from the user's settings (GetUserDefaultLocaleName), not from LANG"
)]
fn a_c_or_unparsable_locale_falls_back_to_english_without_an_error_line() {
    for locale in ["C", "POSIX", "C.UTF-8", "not a locale!"] {
        let out = run_with_locale(locale, &["--help"]);
        assert!(out.status.success(), "{locale}");
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains("Usage: signin-rescue [OPTIONS]"),
            "{locale}: not English:\n{stdout}"
        );
        assert!(
            stdout.ends_with('\n'),
            "{locale}: --help must end with a newline"
        );
        assert_eq!(text(&out.stderr), "", "{locale}: something was logged");
    }
    let out = run_with_locale("ja_JP.UTF-8", &["--help"]);
    assert!(text(&out.stdout).contains("使い方"));
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn an_export_error_is_said_once() {
    let data = tempfile::tempdir().expect("temp dir");
    let target = data.path().join("no such folder").join("checklist.pdf");
    let out = run_with_locale(
        "en_US.UTF-8",
        &[
            "--data-dir",
            &data.path().display().to_string(),
            "--export-pdf",
            &target.display().to_string(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "said more than once:\n{stderr}");
    assert!(stderr.contains("Could not write"), "{stderr}");
}

#[test]
fn export_refuses_when_the_only_copy_is_a_damaged_backup() {
    // No progress file and a damaged backup: a blank checklist and success would hide that
    // the person's progress cannot be read.
    let data = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        data.path().join("progress.backup.ron"),
        "(version: 2, steps: {",
    )
    .expect("write");
    let out_file = data.path().join("checklist.txt");
    let out = run(&[
        "--export-text",
        &out_file.display().to_string(),
        "--lang",
        "en",
        "--data-dir",
        &data.path().display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(!out_file.exists(), "no blank checklist");
    assert!(text(&out.stderr).contains("progress.backup.ron"));
}

#[cfg(unix)]
#[test]
fn a_data_folder_others_can_write_to_is_refused_with_a_message() {
    use std::os::unix::fs::PermissionsExt as _;
    let root = tempfile::tempdir().expect("temp dir");
    let shared = root.path().join("shared");
    std::fs::create_dir(&shared).expect("mkdir");
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let out = run(&["--lang", "en", "--data-dir", &shared.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("Other users can write to this folder"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_dir(&shared).expect("list").count(),
        0,
        "nothing written there"
    );
}
