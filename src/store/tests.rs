use std::fs;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::*;
use crate::clock::ManualClock;
use crate::progress::{Action, StepOutcome};

fn now() -> Timestamp {
    crate::clock::test_start()
}

fn sample() -> Progress {
    let mut p = Progress::default();
    p.apply(
        Action::StepMarked {
            step: "network-mobile-data".into(),
            outcome: StepOutcome::NoChange,
        },
        now(),
    );
    p.apply(
        Action::NoteEdited {
            step: "network-mobile-data".into(),
            text: "docomo 回線でも同じ".into(),
        },
        now(),
    );
    p
}

fn clock() -> Arc<dyn crate::clock::Clock> {
    Arc::new(ManualClock::new(now()))
}

#[test]
fn save_then_load_round_trips_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let first = encode(&Progress::default());
    let second = encode(&sample());
    store.save(first.as_bytes(), None).expect("saved");
    store
        .save(second.as_bytes(), Some(first.as_bytes()))
        .expect("saved");
    let loaded = store.load(now());
    assert!(matches!(loaded.event, LoadEvent::Loaded));
    assert_eq!(loaded.progress, sample());
    assert_eq!(
        fs::read_to_string(store.backup_path()).expect("backup"),
        first
    );
}

/// A person's folder as Windows names it (`C:\Users\山田 太郎\AppData\Roaming\…`): Japanese
/// letters and spaces all along the path, folders made by the store itself.
#[test]
fn a_folder_with_japanese_letters_and_spaces_saves_and_loads() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root
        .path()
        .join("山田 太郎")
        .join("AppData Roaming")
        .join("signin-rescue");
    let store = Store::new(&dir);
    let first = encode(&Progress::default());
    let second = encode(&sample());
    store
        .save(first.as_bytes(), None)
        .expect("saved in a new folder");
    store
        .save(second.as_bytes(), Some(first.as_bytes()))
        .expect("saved again");
    assert!(store.progress_path().starts_with(&dir));
    let loaded = store.load(now());
    assert!(matches!(loaded.event, LoadEvent::Loaded));
    assert_eq!(loaded.progress, sample());
}

#[test]
fn damaged_file_is_moved_aside_and_the_backup_used() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let good = encode(&sample());
    store
        .save(good.as_bytes(), Some(good.as_bytes()))
        .expect("saved");
    const TRUNCATED: &[u8] = b"(version: 1, steps: {\"x\": (outc";
    fs::write(store.progress_path(), TRUNCATED).expect("write");
    let loaded = store.load(now());
    let LoadEvent::RestoredFromBackup {
        damaged: Some(damaged),
        reason: Some(_),
    } = loaded.event
    else {
        panic!("expected a restore from the backup, got {:?}", loaded.event);
    };
    assert_eq!(loaded.progress, sample());
    assert_eq!(fs::read(&damaged).expect("damaged copy kept"), TRUNCATED);
    assert!(
        damaged
            .file_name()
            .is_some_and(|n| n.to_string_lossy().contains("20261125"))
    );
}

#[test]
fn damaged_file_without_backup_starts_over_but_keeps_the_bytes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    fs::write(store.progress_path(), [0xff, 0xfe, 0x00]).expect("write");
    let loaded = store.load(now());
    let LoadEvent::StartedOver { damaged, reason } = loaded.event else {
        panic!("expected a fresh start, got {:?}", loaded.event);
    };
    assert_eq!(reason, DecodeError::NotText);
    assert_eq!(fs::read(damaged).expect("kept"), [0xff, 0xfe, 0x00]);
    assert!(!store.progress_path().exists());
}

#[test]
fn a_file_over_the_size_limit_is_kept_aside_unread() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let huge = vec![b' '; usize::try_from(MAX_FILE_BYTES).expect("fits") + 1];
    fs::write(store.progress_path(), &huge).expect("write");
    fs::write(store.backup_path(), encode(&sample())).expect("backup");
    let loaded = store.load(now());
    let LoadEvent::RestoredFromBackup {
        damaged: Some(damaged),
        reason: Some(DecodeError::TooLarge(_)),
    } = loaded.event
    else {
        panic!("expected a refusal, got {:?}", loaded.event);
    };
    assert_eq!(loaded.progress, sample());
    assert_eq!(
        fs::metadata(damaged).expect("kept").len(),
        MAX_FILE_BYTES + 1
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_the_progress_file_does_not_hang_loading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let made = std::process::Command::new("mkfifo")
        .arg(store.progress_path())
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let loaded = store.load(now());
    assert!(
        matches!(
            loaded.event,
            LoadEvent::StartedOver {
                reason: DecodeError::NotAFile,
                ..
            }
        ),
        "{:?}",
        loaded.event
    );
    assert!(!store.progress_path().exists(), "moved aside, not deleted");
}

#[test]
fn read_only_refuses_a_damaged_backup_when_the_main_file_is_missing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    fs::write(store.backup_path(), b"(version: 1, steps: {").expect("write");
    assert!(matches!(
        store.read_only(),
        Err(ReadError::Damaged { path, .. }) if path == store.backup_path()
    ));
    fs::remove_file(store.backup_path()).expect("remove");
    assert_eq!(store.read_only().expect("nothing yet"), Progress::default());
}

#[test]
fn leftovers_of_other_programs_are_not_removed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    fs::write(dir.path().join(".bashrc.tmp"), "theirs").expect("write");
    fs::write(
        dir.path().join(".signin-rescue-progress.ron.1.0.tmp"),
        "ours",
    )
    .expect("write");
    store.remove_leftovers();
    assert!(dir.path().join(".bashrc.tmp").exists());
    assert!(
        !dir.path()
            .join(".signin-rescue-progress.ron.1.0.tmp")
            .exists()
    );
}

#[cfg(unix)]
#[test]
fn saved_files_and_a_new_folder_are_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let root = tempfile::tempdir().expect("temp dir");
    let store = Store::new(root.path().join("data"));
    store
        .save(b"(version: 1)", Some(b"(version: 1)"))
        .expect("saved");
    for path in [store.progress_path(), store.backup_path()] {
        let mode = fs::metadata(&path).expect("exists").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", path.display());
    }
    let mode = fs::metadata(store.dir())
        .expect("exists")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);
}

/// The computer's file system, except that writing a new name can be made to fail (a full disk
/// while keeping a copy) and a folder sync can be made to fail.
#[derive(Debug, Default)]
struct Flaky {
    fail_link: AtomicBool,
    fail_sync_dir: AtomicBool,
    /// No hard links at all, as on FAT and exFAT (Linux answers EPERM).
    no_links: AtomicBool,
}

impl Fs for Flaky {
    fn create_dir(&self, dir: &Path) -> io::Result<()> {
        RealFs.create_dir(dir)
    }
    fn create_new(&self, path: &Path) -> io::Result<()> {
        RealFs.create_new(path)
    }
    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        RealFs.append(path, bytes)
    }
    fn fsync(&self, path: &Path) -> io::Result<()> {
        RealFs.fsync(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealFs.rename(from, to)
    }
    fn link(&self, from: &Path, to: &Path) -> io::Result<()> {
        if self.fail_link.load(Ordering::SeqCst) {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        if self.no_links.load(Ordering::SeqCst) {
            return Err(io::Error::from(io::ErrorKind::PermissionDenied));
        }
        RealFs.link(from, to)
    }
    fn remove(&self, path: &Path) -> io::Result<()> {
        RealFs.remove(path)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        if self.fail_sync_dir.load(Ordering::SeqCst) {
            return Err(io::Error::from(io::ErrorKind::Other));
        }
        RealFs.sync_dir(dir)
    }
    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadFault> {
        RealFs.read(path, limit)
    }
    fn kind(&self, path: &Path) -> io::Result<Option<atomic::Kind>> {
        RealFs.kind(path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        RealFs.list(dir)
    }
}

#[test]
fn a_failed_folder_sync_is_a_failed_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let flaky = Arc::new(Flaky::default());
    let store = Store::with_fs(dir.path(), flaky.clone());
    flaky.fail_sync_dir.store(true, Ordering::SeqCst);
    assert!(store.save(encode(&sample()).as_bytes(), None).is_err());
}

/// Another copy saved while this one could not lock the folder; keeping that copy fails the
/// first time (a full disk). The next save must still keep it and back it up, not overwrite it.
#[test]
fn a_late_lock_keeps_the_other_copys_save_even_after_a_failed_attempt() {
    let dir = tempfile::tempdir().expect("temp dir");
    let flaky = Arc::new(Flaky::default());
    let store = Store::with_fs(dir.path(), flaky.clone());
    let ours = encode(&Progress::default());
    let theirs = encode(&sample());
    fs::write(store.progress_path(), &theirs).expect("the other copy's save");
    let saver = Saver::spawn(store.clone(), None, Some(ours), clock()).expect("thread");
    flaky.fail_link.store(true, Ordering::SeqCst);
    let mut mine = Progress::default();
    mine.apply(
        Action::SignalToggled {
            signal: "no-code".into(),
            reported: true,
        },
        now(),
    );
    saver.request(1, mine.clone());
    let (result, _) = saver.wait_for(1, Duration::from_secs(10));
    assert!(matches!(result, Some(Err(_))), "{result:?}");
    assert_eq!(
        fs::read_to_string(store.progress_path()).expect("untouched"),
        theirs
    );

    flaky.fail_link.store(false, Ordering::SeqCst);
    mine.apply(
        Action::SignalToggled {
            signal: "wrong-password".into(),
            reported: true,
        },
        now(),
    );
    saver.request(2, mine.clone());
    let (result, _) = saver.wait_for(2, Duration::from_secs(10));
    assert!(matches!(result, Some(Ok(()))), "{result:?}");
    let kept: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.before-overwrite")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the other copy's save was kept");
    assert_eq!(fs::read_to_string(kept[0].path()).expect("kept"), theirs);
    // And the window hears of it, to tell the person where.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut told = Vec::new();
    while told.is_empty() && std::time::Instant::now() < deadline {
        told.extend(saver.finished().into_iter().filter_map(|r| match r {
            SaveReport::KeptOtherCopys(path) => Some(path),
            _ => None,
        }));
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(told, vec![kept[0].path()], "reported once, with its name");
    assert_eq!(
        fs::read_to_string(store.backup_path()).expect("backup"),
        theirs
    );
    assert_eq!(store.load(now()).progress, mine);
}

#[test]
fn saver_thread_saves_the_newest_progress() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let saver = Saver::spawn(store.clone(), None, None, clock()).expect("thread");
    saver.request(1, Progress::default());
    saver.request(2, sample());
    let (result, _) = saver.wait_for(2, Duration::from_secs(10));
    assert!(matches!(result, Some(Ok(()))));
    assert_eq!(store.load(now()).progress, sample());
}

#[test]
fn saver_thread_keeps_copies_under_new_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let saver = Saver::spawn(store, None, None, clock()).expect("thread");
    for id in [1, 2] {
        saver.keep_copy(id, CopyKind::BeforeStartOver, sample(), now());
    }
    saver.request(3, sample());
    let (_, reports) = saver.wait_for(3, Duration::from_secs(10));
    let paths: Vec<PathBuf> = reports
        .into_iter()
        .filter_map(|r| match r {
            SaveReport::Copied { result, .. } => Some(result.expect("copied")),
            SaveReport::Saved { .. } | SaveReport::KeptOtherCopys(_) => None,
        })
        .collect();
    assert_eq!(paths.len(), 2);
    assert_ne!(paths[0], paths[1], "a second copy never replaces the first");
    for path in paths {
        assert_eq!(
            decode(&fs::read(path).expect("kept")).expect("valid"),
            sample()
        );
    }
}

#[test]
fn a_file_over_the_content_limits_is_kept_whole_before_it_is_bounded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let mut text = String::from("(version: 2, steps: {");
    for n in 0..(encoding::MAX_UNKNOWN_ENTRIES + 50) {
        text.push_str(&format!(
            "\"from-a-newer-version-{n}\": (outcome: Skipped),"
        ));
    }
    text.push_str("})");
    fs::write(store.progress_path(), &text).expect("write");
    let loaded = store.load(now());
    assert!(matches!(loaded.event, LoadEvent::Loaded));
    assert_eq!(loaded.progress.steps.len(), encoding::MAX_UNKNOWN_ENTRIES);
    let kept: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.over-limits")
        })
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(fs::read_to_string(kept[0].path()).expect("kept"), text);
    // Reading for an export changes nothing on disk.
    fs::remove_file(kept[0].path()).expect("remove");
    store.read_only().expect("reads");
    assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1);
}

/// On FAT or exFAT (no hard links): copies are kept, a damaged file is moved aside, and a name
/// already taken is never replaced.
#[test]
fn without_hard_links_copies_are_kept_and_damaged_files_moved_aside() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fat = Arc::new(Flaky::default());
    fat.no_links.store(true, Ordering::SeqCst);
    let store = Store::with_fs(dir.path(), fat.clone());
    let text = encode(&sample());
    let first = store
        .keep_copy(CopyKind::BeforeImport, text.as_bytes(), now())
        .expect("a copy before an import");
    let second = store
        .keep_copy(CopyKind::BeforeImport, b"second", now())
        .expect("a second copy, same second");
    assert_ne!(first, second);
    assert_eq!(fs::read_to_string(&first).expect("kept"), text);
    assert_eq!(fs::read_to_string(&second).expect("kept"), "second");
    fs::write(store.progress_path(), "not a progress file").expect("damage");
    store
        .save(text.as_bytes(), None)
        .expect("the backup is written");
    fs::write(store.progress_path(), "not a progress file").expect("damage");
    fs::write(store.backup_path(), &text).expect("a good backup");
    let loaded = store.load(now());
    let LoadEvent::RestoredFromBackup {
        damaged: Some(damaged),
        ..
    } = loaded.event
    else {
        panic!("restored from the backup: {:?}", loaded.event);
    };
    assert_eq!(
        fs::read_to_string(&damaged).expect("moved aside"),
        "not a progress file"
    );
    assert!(!store.progress_path().exists(), "moved, not copied");
    let names = RealFs.list(dir.path()).expect("list");
    assert!(
        names.iter().all(|n| !paths::is_leftover(n)),
        "no temporary file left: {names:?}"
    );
}
