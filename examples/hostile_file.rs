//! What the app does with a progress file at start and at its first change: load it, then
//! encode and save (with the backup) the way the saver thread does. For measuring a hostile
//! file's cost: `/usr/bin/time -v cargo run --example hostile_file -- DIR` (DIR holds the
//! `progress.ron` to try; it is changed). Prints the load event and the files' sizes after.

#![expect(
    clippy::print_stdout,
    reason = "a measuring tool reports its figures on standard output"
)]

use signin_rescue::progress::Action;
use signin_rescue::store::{self, Store};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        println!("usage: hostile_file DIR");
        return;
    };
    let store = Store::new(&dir);
    let now = jiff::Timestamp::now();
    let loaded = store.load(now);
    println!("event: {:?}", loaded.event);
    let last_saved =
        matches!(loaded.event, store::LoadEvent::Loaded).then(|| store::encode(&loaded.progress));
    let mut progress = loaded.progress;
    progress.apply(
        Action::SignalToggled {
            signal: "no-code".into(),
            reported: true,
        },
        now,
    );
    let text = store::encode(&progress);
    if let Err(e) = store.save(text.as_bytes(), last_saved.as_deref().map(str::as_bytes)) {
        println!("not saved: {e}");
    }
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        println!("{} {size}", entry.file_name().to_string_lossy());
    }
}
