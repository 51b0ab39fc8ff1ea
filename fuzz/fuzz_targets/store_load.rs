//! Loading a progress file from disk: the input as the file's bytes (no backup), and the input
//! as the choices of the tests' generator (a file and a good, damaged or missing backup).

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use tempfile::TempDir;

#[path = "../../tests/common/fuzz_cases.rs"]
mod fuzz_cases;

fn dir() -> &'static TempDir {
    static DIR: OnceLock<TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"))
}

fuzz_target!(|data: &[u8]| {
    fuzz_cases::check_load(dir().path(), data, None);
    let mut u = Unstructured::new(data);
    if let (Ok(bytes), Ok(backup)) = (
        fuzz_cases::progress_bytes(&mut u),
        fuzz_cases::backup_bytes(&mut u),
    ) {
        fuzz_cases::check_load(dir().path(), &bytes, backup.as_deref());
    }
});
