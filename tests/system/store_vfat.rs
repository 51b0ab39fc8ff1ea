//! A data folder on FAT (a USB stick), which has no hard links (issue 23, point 9): saving,
//! keeping a copy before an import or a fresh start, and moving a damaged file aside all
//! work, on a real FAT32 image mounted through FUSE (`mkfs.vfat` from dosfstools and
//! `fusefat`). Where those cannot run (no tools, no /dev/fuse), the test says so and stops;
//! `store::tests` covers the same paths through an `Fs` whose links fail.

#![cfg(target_os = "linux")]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use jiff::Timestamp;
use signin_rescue::progress::{Action, Progress};
use signin_rescue::store::{self, CopyKind, DataLock, LoadEvent, Store};
use signin_rescue::{AppOptions, Startup};

fn now() -> Timestamp {
    signin_rescue::clock::test_start()
}

fn progress(note: &str) -> Progress {
    let mut p = Progress::default();
    p.apply(
        Action::NoteEdited {
            step: "network-mobile-data".into(),
            text: note.into(),
        },
        now(),
    );
    p
}

/// A FAT32 image mounted with fusefat; unmounted when dropped.
struct Fat {
    mount: PathBuf,
    _dir: tempfile::TempDir,
}

impl Fat {
    fn mount() -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let image = dir.path().join("stick.img");
        let mount = dir.path().join("stick");
        fs::create_dir(&mount).expect("mount point");
        fs::File::create(&image)
            .and_then(|f| f.set_len(40 * 1024 * 1024))
            .expect("image");
        let run = |program: &str, args: &[&std::ffi::OsStr]| {
            Command::new(program)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        if !run(
            "mkfs.vfat",
            &["-F".as_ref(), "32".as_ref(), image.as_os_str()],
        ) {
            return None;
        }
        if !run(
            "fusefat",
            &[
                "-o".as_ref(),
                "rw+".as_ref(),
                image.as_os_str(),
                mount.as_os_str(),
            ],
        ) {
            return None;
        }
        // fusefat returns once mounted; make sure it is FAT that answers.
        let mounted = fs::read_to_string("/proc/self/mounts")
            .is_ok_and(|m| m.contains(&*mount.to_string_lossy()));
        mounted.then_some(Self { mount, _dir: dir })
    }
}

impl Drop for Fat {
    fn drop(&mut self) {
        let _ = Command::new("fusermount")
            .arg("-u")
            .arg(&self.mount)
            .status()
            .or_else(|_| Command::new("umount").arg(&self.mount).status());
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn on_a_fat_stick_saving_keeping_copies_and_moving_aside_work() {
    let Some(fat) = Fat::mount() else {
        eprintln!("skipped: cannot make and mount a FAT image here (mkfs.vfat, fusefat)");
        return;
    };
    let data = fat.mount.join("rescue");
    // Hard links really are missing here.
    fs::create_dir(&data).expect("folder");
    fs::write(data.join("probe"), "x").expect("probe");
    assert!(
        fs::hard_link(data.join("probe"), data.join("probe2")).is_err(),
        "this FAT has no hard links"
    );
    fs::remove_file(data.join("probe")).expect("probe removed");

    let startup = Startup::prepare(AppOptions::new(&data)).expect("the app starts on FAT");
    drop(startup);
    let _lock = DataLock::acquire(&data).expect("the lock works on FAT");
    let store = Store::new(&data);
    let first = store::encode(&progress("one"));
    store.save(first.as_bytes(), None).expect("saved");
    // An import or a fresh start keeps a copy first: twice in the same second.
    let copy = store
        .keep_copy(CopyKind::BeforeImport, first.as_bytes(), now())
        .expect("a copy before an import");
    let again = store
        .keep_copy(CopyKind::BeforeStartOver, first.as_bytes(), now())
        .expect("a copy before starting over");
    assert_eq!(fs::read_to_string(&copy).expect("kept"), first);
    assert_eq!(fs::read_to_string(&again).expect("kept"), first);
    let second = store::encode(&progress("two"));
    store
        .save(second.as_bytes(), Some(first.as_bytes()))
        .expect("saved over, with a backup");
    // A damaged file is moved aside and the backup used. (Written as a new file: fusefat
    // does not truncate a file opened for writing; the app itself always writes new files.)
    fs::remove_file(store.progress_path()).expect("removed");
    fs::write(store.progress_path(), "damaged (").expect("damage");
    let loaded = store.load(now());
    let LoadEvent::RestoredFromBackup {
        damaged: Some(damaged),
        ..
    } = loaded.event
    else {
        panic!("restored from the backup: {:?}", loaded.event);
    };
    assert_eq!(loaded.progress, progress("one"));
    assert_eq!(fs::read_to_string(&damaged).expect("moved"), "damaged (");
    let left = names(&data);
    assert!(
        left.iter().all(|n| !store::paths::is_leftover(n)),
        "no temporary files: {left:?}"
    );
    eprintln!("on FAT: {left:?}");
}
