//! Rules about the app's own sources that the compiler cannot keep by itself.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("readable source folder") {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("readable source");
                found.push((path, text));
            }
        }
    }
    found
}

/// `unsafe_code` is denied for the whole crate; `src/windows.rs` alone lifts it, for the Win32
/// calls std lacks. Any other file that mentions `unsafe` (an `unsafe` block, or an attribute
/// that lets one in) fails here, so the exception cannot spread.
#[test]
fn only_the_windows_module_has_unsafe_code() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed = src.join("windows.rs");
    let offenders: Vec<String> = sources(&src)
        .into_iter()
        .filter(|(path, text)| *path != allowed && text.contains("unsafe"))
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "unsafe outside src/windows.rs: {offenders:?}"
    );
    let windows = std::fs::read_to_string(&allowed).expect("src/windows.rs");
    assert!(
        windows.contains("SAFETY:"),
        "each unsafe block says why it is sound"
    );
}
