//! Progress is never lost: crashes mid-save, damaged and hostile files, a locked folder,
//! a folder that cannot be written, and every released save format.

use std::fs;
use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use signin_rescue::progress::StepOutcome;
use signin_rescue::store::{self, DataLock, LoadEvent, Store, StoreError};
use signin_rescue::{AppOptions, Startup, app::StartError};

use crate::numbered::{now, number_of, numbered};

/// Environment variable that turns an ignored test below into a child process's job.
const CHILD_DIR: &str = "SIGNIN_RESCUE_TEST_CHILD_DIR";

/// Runs one ignored test of this file as a child process, with `dir` handed over.
fn child(test: &str, dir: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("test binary"));
    command
        .args([
            "--exact",
            test,
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR, dir);
    command
}

fn child_dir() -> PathBuf {
    std::env::var_os(CHILD_DIR)
        .map(PathBuf::from)
        .expect("run only as a child of another test")
}

/// The child of the crash test: saves numbered states forever, announcing each one.
#[test]
#[ignore = "run as a child process by crash_at_any_moment_leaves_a_saved_state"]
fn child_saves_in_a_loop() {
    let dir = child_dir();
    let store = Store::new(&dir);
    let mut previous: Option<String> = None;
    let mut out = std::io::stdout().lock();
    for n in 1.. {
        let text = store::encode(&numbered(n));
        writeln!(out, "saving {n}").expect("parent listens");
        out.flush().expect("parent listens");
        store
            .save(text.as_bytes(), previous.as_deref().map(str::as_bytes))
            .expect("save");
        writeln!(out, "saved {n}").expect("parent listens");
        out.flush().expect("parent listens");
        previous = Some(text);
    }
}

/// A child process saving in a loop is killed at random moments (SIGKILL; on Windows
/// `TerminateProcess`); after every kill the file loads and holds the last state reported saved,
/// or the one being saved when killed.
#[test]
fn crash_at_any_moment_leaves_a_saved_state() {
    // A process start under Wine takes about half a second: fewer rounds there.
    const KILLS: usize = if cfg!(windows) { 60 } else { 200 };
    let mut rng = Rng(0x5eed_cafe);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut kills_mid_save = 0;
    for round in 0..KILLS {
        let mut process = child("store_faults::child_saves_in_a_loop", dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("child starts");
        let mut lines = BufReader::new(process.stdout.take().expect("stdout")).lines();
        // Let it save a random number of times (at least one), then kill it at once.
        let target = 1 + rng.below(8);
        let mut saved = 0;
        let mut saving = 0;
        while saved < target {
            let line = lines.next().expect("child alive").expect("utf-8");
            read_report(&line, &mut saving, &mut saved);
        }
        // Kill somewhere inside the next save: spin a random, short while first.
        let spin = Instant::now() + Duration::from_micros(rng.below(3000));
        while Instant::now() < spin {}
        process.kill().expect("killed at once");
        process.wait().expect("reaped");
        for line in lines.map_while(Result::ok) {
            read_report(&line, &mut saving, &mut saved);
        }
        if saving > saved {
            kills_mid_save += 1;
        }

        let loaded = Store::new(dir.path()).load(now());
        assert!(
            matches!(loaded.event, LoadEvent::Loaded),
            "round {round}: {:?}",
            loaded.event
        );
        let n = number_of(&loaded.progress).expect("a numbered state");
        assert!(
            n == saved || n == saving,
            "round {round}: file holds {n}, child had saved {saved} and was saving {saving}"
        );
        assert_eq!(loaded.progress, numbered(n), "round {round}: exact content");
        // Start the next round from a clean folder.
        for entry in fs::read_dir(dir.path()).expect("list") {
            fs::remove_file(entry.expect("entry").path()).expect("remove");
        }
    }
    eprintln!("{KILLS} kills, {kills_mid_save} of them between 'saving' and 'saved'");
    assert!(
        kills_mid_save > 0,
        "no kill landed inside a save; the test proved nothing"
    );
}

/// Reads one line of the saving child. The test harness may print its own words before the
/// first one, on the same line.
fn read_report(line: &str, saving: &mut u64, saved: &mut u64) {
    if let Some((_, n)) = line.rsplit_once("saving ") {
        *saving = n.trim().parse().expect("number");
    } else if let Some((_, n)) = line.rsplit_once("saved ") {
        *saved = n.trim().parse().expect("number");
    }
}

/// A tiny deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

#[test]
fn each_kind_of_damage_is_moved_aside_and_the_backup_used() {
    let good = store::encode(&numbered(5));
    let cases: [(&str, Vec<u8>); 5] = [
        ("truncated", good.as_bytes()[..good.len() / 2].to_vec()),
        ("garbage", b"\x00\x01binary garbage\x7f".to_vec()),
        ("invalid UTF-8", [good.as_bytes(), &[0xc3, 0x28]].concat()),
        ("wrong types", good.replace("Skipped", "42").into_bytes()),
        (
            "newer version",
            good.replacen("version: 2", "version: 7", 1).into_bytes(),
        ),
    ];
    for (name, bytes) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        fs::write(store.backup_path(), store::encode(&numbered(4))).expect("backup");
        fs::write(store.progress_path(), &bytes).expect("damaged");
        let result = store.load(now());
        let LoadEvent::RestoredFromBackup {
            damaged: Some(damaged),
            reason: Some(_),
        } = result.event
        else {
            panic!("{name}: {:?}", result.event);
        };
        assert_eq!(result.progress, numbered(4), "{name}");
        assert_eq!(fs::read(damaged).expect("kept"), bytes, "{name}");
    }
}

#[test]
fn every_released_format_still_loads() {
    let fixture = |version: u32| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/fixtures/progress-v{version}.ron"));
        store::decode(&fs::read(&path).expect("fixture"))
            .unwrap_or_else(|e| panic!("version {version} no longer loads: {e}"))
    };
    let v1 = fixture(1);
    assert_eq!(v1.version, signin_rescue::progress::CURRENT_VERSION);
    assert!(v1.reported.contains("temporary-problem"));
    assert_eq!(v1.outcome("outage-wait"), StepOutcome::NoChange);
    assert_eq!(
        v1.note("outage-wait"),
        "一晩待ってから試したが、同じエラー。"
    );
    assert_eq!(v1.outcome("outage-official-news"), StepOutcome::Skipped);

    let v2 = fixture(2);
    assert_eq!(v2.draft.first_name, "太郎");
    assert_eq!(v2.timers.len(), 1);
    assert!(v2.recovered.is_some() && v2.safety_seen);
    assert_eq!(
        v2.diagnostics.as_ref().map(|d| d.verdict),
        Some(signin_rescue::net::Verdict::ClockWrong)
    );
    assert_eq!(v2.outcome("after-recovery-code"), StepOutcome::Worked);
}

/// The child of the lock test: holds the folder's lock until its input closes.
#[test]
#[ignore = "run as a child process by a_second_copy_is_refused_while_the_first_runs"]
fn child_holds_the_lock() {
    let _lock = DataLock::acquire(&child_dir()).expect("lock");
    let mut out = std::io::stdout().lock();
    writeln!(out, "locked").expect("parent listens");
    out.flush().expect("parent listens");
    drop(out);
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
}

#[test]
fn a_second_copy_is_refused_while_the_first_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut holder = child("store_faults::child_holds_the_lock", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("child starts");
    let mut lines = BufReader::new(holder.stdout.take().expect("stdout")).lines();
    // The test harness may print its own words before ours on the same line.
    assert!(lines.any(|l| l.is_ok_and(|l| l.ends_with("locked"))));

    let refused = Startup::prepare(AppOptions::new(dir.path()));
    assert!(matches!(
        refused,
        Err(StartError::Store(StoreError::AlreadyOpen(_)))
    ));

    drop(holder.stdin.take());
    holder.wait().expect("child ends");
    Startup::prepare(AppOptions::new(dir.path())).expect("free after the first copy closed");
}

/// Unix only: Windows cannot delete a folder while a file in it is open (the lock).
#[cfg(unix)]
#[test]
fn deleting_the_folder_under_a_running_copy_stops_its_saves_with_a_message() {
    use signin_rescue::clock::SystemClock;
    use signin_rescue::i18n::{Language, Texts};
    use signin_rescue::store::Saver;
    use std::sync::Arc;
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("data");
    let lock = DataLock::acquire(&dir).expect("copy A takes the lock");
    let saver = Saver::spawn(Store::new(&dir), Some(lock), None, Arc::new(SystemClock))
        .expect("the saver starts");
    saver.request(1, numbered(1));
    let (first, _) = saver.wait_for(1, Duration::from_secs(10));
    first.expect("answered").expect("the first save works");
    fs::remove_dir_all(&dir).expect("the folder is deleted");
    saver.request(2, numbered(2));
    let (second, _) = saver.wait_for(2, Duration::from_secs(10));
    let error = second.expect("answered").expect_err("saving stops");
    assert!(matches!(error, StoreError::LockLost(_)), "{error:?}");
    assert!(!dir.exists(), "the folder is not made again");
    // Copy B starts on the folder and saves; A never writes over it.
    let b_lock = DataLock::acquire(&dir).expect("copy B takes a fresh lock");
    Store::new(&dir)
        .save(store::encode(&numbered(7)).as_bytes(), None)
        .expect("B saves");
    saver.request(3, numbered(3));
    let (third, _) = saver.wait_for(3, Duration::from_secs(10));
    assert!(matches!(third, Some(Err(StoreError::LockLost(_)))));
    let loaded = Store::new(&dir).load(now());
    assert_eq!(number_of(&loaded.progress), Some(7), "B's save is intact");
    drop(b_lock);
    // The person is told, in both languages, where and what to do.
    for language in [Language::En, Language::Ja] {
        let message = signin_rescue::ui::notices::save_error_message(&Texts::new(language), &error);
        assert!(message.contains(&dir.display().to_string()), "{message}");
        assert!(
            !message.contains("save-error"),
            "a real sentence: {message}"
        );
    }
}

/// A folder made beforehand by another user, with a planted progress file: refused, and
/// nothing in it is read or changed. (Needs root to give the folder away; skipped otherwise.)
#[cfg(unix)]
#[test]
fn a_data_dir_owned_by_another_user_is_refused() {
    use std::os::unix::fs::MetadataExt as _;
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("planted");
    fs::create_dir(&dir).expect("made");
    let planted = store::encode(&numbered(666));
    fs::write(dir.join("progress.ron"), &planted).expect("planted");
    let given = Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(&dir)
        .status()
        .is_ok_and(|s| s.success());
    if !given || fs::metadata(&dir).expect("exists").uid() != 65534 {
        eprintln!("skipped: cannot make a folder owned by another user here");
        return;
    }
    let refused = Startup::prepare(AppOptions::new(&dir));
    assert!(
        matches!(
            refused,
            Err(StartError::Store(StoreError::NotYours(ref path))) if path.ends_with("planted")
        ),
        "{:?}",
        refused.as_ref().err()
    );
    let out = Command::new(env!("CARGO_BIN_EXE_signin-rescue"))
        .args(["--lang", "en", "--data-dir"])
        .arg(&dir)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_LOG", "off")
        .output()
        .expect("the app runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("belongs to another user"), "{stderr}");
    assert_eq!(
        fs::read_to_string(dir.join("progress.ron")).expect("untouched"),
        planted
    );
    let names: Vec<_> = fs::read_dir(&dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec!["progress.ron"], "nothing written there");
}

/// Without the folder's lock, start-up changes nothing on disk: a damaged progress file is not
/// moved aside (another copy may be using the folder), and nothing is saved over it.
#[test]
fn without_the_lock_start_up_moves_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The lock's name is taken by a folder: the lock cannot be taken, for a reason other than
    // another copy holding it.
    fs::create_dir(dir.path().join(store::LOCK_FILE)).expect("in the way");
    fs::write(dir.path().join("progress.ron"), "damaged (").expect("damaged");
    let startup = Startup::prepare(AppOptions::new(dir.path())).expect("starts anyway");
    drop(startup);
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, vec!["progress.ron", store::LOCK_FILE]);
    assert_eq!(
        fs::read_to_string(dir.path().join("progress.ron")).expect("kept"),
        "damaged ("
    );
}
