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

/// The layers of the app, lowest first, as `lib.rs` describes them. A module may use its own
/// layer and the ones below, never one above. A name with `::` places a submodule apart from
/// its parent (the connectivity check's report is plain data; its probes do I/O).
const LAYERS: &[(&str, &[&str])] = &[
    (
        "foundation",
        &["i18n", "clock", "official", "assets", "text", "windows"],
    ),
    ("plain data", &["knowledge", "net", "draft"]),
    ("the person's state", &["progress"]),
    ("domain services", &["guide", "triage", "recognise"]),
    (
        "input and output",
        &[
            "store",
            "autosave",
            "instance",
            "net::probe",
            "net::run",
            "export",
            "files",
            "reminders",
        ],
    ),
    ("the shell", &["app", "ui", "cli"]),
];

/// Crate-root macros and the module that defines them.
const MACROS: &[(&str, &str)] = &[("tr", "i18n")];

/// The module path of a source file: `src/net/probe.rs` → `net::probe`, `src/ui/mod.rs` → `ui`.
fn module_path(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).expect("a file under src");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("::")
}

/// The entry of [`LAYERS`] a module path falls under (the longest that is a prefix of it, at
/// a `::`), with its layer's index.
fn placed(path: &str) -> Option<(&'static str, usize)> {
    LAYERS
        .iter()
        .enumerate()
        .flat_map(|(layer, (_, names))| names.iter().map(move |name| (*name, layer)))
        .filter(|(name, _)| {
            path == *name
                || path
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with("::"))
        })
        .max_by_key(|(name, _)| name.len())
}

/// The code of a file without its comments and its unit tests (a `#[cfg(test)] mod tests { … }`
/// at the end, or a whole `tests.rs`).
fn code_of(path: &Path, text: &str) -> String {
    if path.file_name().is_some_and(|n| n == "tests.rs") {
        return String::new();
    }
    let end = text.find("#[cfg(test)]\nmod tests {").unwrap_or(text.len());
    text[..end]
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every module path this code names through `crate::`, including each item of a
/// `use crate::{a::…, b}` group, cut to two segments (`crate::net::probe::X` → `net::probe`).
fn crate_paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Items at depth 0 of the group, up to its closing brace.
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.push(std::mem::take(&mut item));
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 && c != '}' {
                    item.push(c);
                }
            }
            found.push(item);
        } else {
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            found.push(path);
        }
    }
    found
        .iter()
        .map(|p| {
            p.split("::")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .take(2)
                .collect::<Vec<_>>()
                .join("::")
        })
        .filter(|p| !p.is_empty() && p != "self")
        .collect()
}

/// The modules a module path's own `use child::…` lines reach, when that child is placed apart
/// (e.g. `net` re-exporting from `net::run`).
fn child_uses(module: &str, code: &str) -> Vec<String> {
    code.lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let line = line.strip_prefix("pub ").unwrap_or(line);
            let used = line.strip_prefix("use ")?;
            let used = used.strip_prefix("self::").unwrap_or(used);
            let child: String = used
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            Some(format!("{module}::{child}"))
        })
        .filter(|path| placed(path).is_some_and(|(name, _)| name == path))
        .collect()
}

/// Every import between modules placed in [`LAYERS`]: (from, to, where).
fn imports() -> Vec<(&'static str, &'static str, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for (file, text) in sources(&src) {
        let module = module_path(&src, &file);
        if module == "lib" || module == "main" {
            continue;
        }
        let (from, _) =
            placed(&module).unwrap_or_else(|| panic!("{module} is in no layer of LAYERS"));
        let code = code_of(&file, &text);
        let mut targets = crate_paths(&code);
        targets.extend(child_uses(&module, &code));
        for target in targets {
            let first = target.split("::").next().unwrap_or_default();
            let target = MACROS
                .iter()
                .find(|(name, _)| *name == first)
                .map_or(target.clone(), |(_, module)| (*module).to_owned());
            let (to, _) = placed(&target)
                .unwrap_or_else(|| panic!("{module} uses crate::{target}, which is in no layer"));
            if to != from {
                let shown = file
                    .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap_or(&file);
                found.push((from, to, shown.display().to_string()));
            }
        }
    }
    found
}

fn layer_of(name: &str) -> usize {
    placed(name).expect("a placed name").1
}

/// No module uses one of a higher layer: the knowledge base never reaches for the person's
/// progress, the progress never for the draft's rendering, and nothing below the shell for
/// the window.
#[test]
fn modules_use_only_their_own_layer_and_those_below() {
    let against: Vec<String> = imports()
        .into_iter()
        .filter(|(from, to, _)| layer_of(to) > layer_of(from))
        .map(|(from, to, file)| {
            format!(
                "{from} ({}) uses {to} ({}) in {file}",
                LAYERS[layer_of(from)].0,
                LAYERS[layer_of(to)].0
            )
        })
        .collect();
    assert!(
        against.is_empty(),
        "imports against the layers:\n{}",
        against.join("\n")
    );
}

/// Within a layer, modules may use each other, but never in a cycle.
#[test]
fn no_two_modules_use_each_other() {
    let edges: std::collections::BTreeSet<(&str, &str)> = imports()
        .into_iter()
        .map(|(from, to, _)| (from, to))
        .collect();
    // Depth-first search from every module; a module met again on the current path is a cycle.
    fn visit<'a>(
        node: &'a str,
        edges: &std::collections::BTreeSet<(&'a str, &'a str)>,
        path: &mut Vec<&'a str>,
        done: &mut std::collections::BTreeSet<&'a str>,
    ) -> Option<Vec<&'a str>> {
        if let Some(start) = path.iter().position(|n| *n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node);
            return Some(cycle);
        }
        if !done.insert(node) {
            return None;
        }
        path.push(node);
        for (_, to) in edges.iter().filter(|(from, _)| *from == node) {
            if let Some(cycle) = visit(to, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = std::collections::BTreeSet::new();
    for (from, _) in &edges {
        let cycle = visit(from, &edges, &mut Vec::new(), &mut done);
        assert!(
            cycle.is_none(),
            "modules in a cycle: {}",
            cycle.unwrap_or_default().join(" → ")
        );
    }
}

/// The layer test reads what it should: it finds the imports it must judge, and it would see
/// an upward one.
#[test]
fn the_layer_reader_sees_grouped_and_nested_imports() {
    let code = "use crate::{\n    guide::Answers,\n    knowledge::{self, Cause},\n};\nfn f() { crate::ui::theme::x(); }";
    assert_eq!(
        crate_paths(code),
        ["guide::Answers", "knowledge", "ui::theme"]
    );
    assert_eq!(placed("net::probe::check_host"), Some(("net::probe", 4)));
    assert_eq!(placed("text"), Some(("text", 0)));
    assert_eq!(placed("net::Verdict"), Some(("net", 1)));
    assert_eq!(
        child_uses("net", "pub use run::Checker;\nuse std::x;"),
        ["net::run"]
    );
    let found = imports();
    assert!(
        found
            .iter()
            .any(|(from, to, _)| *from == "ui" && *to == "knowledge"),
        "the screens read the knowledge base: {found:?}"
    );
}
