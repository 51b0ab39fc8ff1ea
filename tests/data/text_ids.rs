//! Every message the app can ask for exists in both languages, and every message in the Fluent
//! files is asked for somewhere.
//!
//! The ids the code can ask for are derived, not listed by hand: the literal ids of every
//! `tr!(texts, "id")` call and every `TextId::fixed("id")` in `src/` (enums and the command table
//! name their ids this way), plus the ids made from data by the typed helpers (the knowledge
//! base's `text_ids`, the draft's fields, products and tips). And there is one way to look text
//! up: no `fl!` and no loader calls outside the `tr!` macro itself.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use signin_rescue::draft::{Field, Product, Tip};
use signin_rescue::i18n::Language;
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::ui::command::Command;

/// The ids defined in the Fluent files of one language, both domains.
fn defined(language: Language) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for domain in ["signin_rescue", "knowledge"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("i18n")
            .join(language.code())
            .join(format!("{domain}.ftl"));
        let text = std::fs::read_to_string(&path).expect("readable");
        let resource = fluent_syntax::parser::parse(text.as_str()).expect("parses");
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                ids.insert(message.id.name.to_owned());
            }
        }
    }
    ids
}

/// Every `.rs` file under `src/`.
fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut pending = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read");
                // Comments may show examples of calls; only code asks for messages.
                let code: String = text
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .map(|line| format!("{line}\n"))
                    .collect();
                files.push((path, code));
            }
        }
    }
    files
}

/// The string literal that starts `text` (after white space), if one does.
fn leading_literal(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix('"')?;
    rest.split('"').next()
}

/// Where the first argument of a macro call that starts at `text` ends (its top-level comma).
fn after_first_argument(text: &str) -> Option<&str> {
    let mut depth = 0_i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            ',' if depth == 0 => return Some(&text[i + 1..]),
            _ => {}
        }
    }
    None
}

/// The arguments of a call whose opening parenthesis is just before `text`.
fn call_arguments(text: &str) -> &str {
    let mut depth = 0_i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return &text[..i],
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    text
}

/// The literal ids the code asks for: `tr!(texts, "id", ...)` and `TextId::fixed("id")`.
fn literal_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (_, code) in sources() {
        for (start, _) in code.match_indices("tr!(") {
            if let Some(id) = after_first_argument(&code[start + 4..]).and_then(leading_literal) {
                ids.insert(id.to_owned());
            }
        }
        // `TextId::fixed("id")`, or `TextId::fixed(match self { A => "a", B => "b" })`.
        for (start, _) in code.match_indices("TextId::fixed(") {
            let argument = call_arguments(&code[start + "TextId::fixed(".len()..]);
            ids.extend(argument.split('"').skip(1).step_by(2).map(str::to_owned));
        }
    }
    ids
}

/// Every id the app can ask for.
fn asked() -> BTreeSet<String> {
    let kb = KnowledgeBase::embedded().expect("valid knowledge base");
    let mut ids = literal_ids();
    ids.extend(kb.text_ids().iter().map(|id| id.as_str().to_owned()));
    for field in Field::ALL {
        ids.insert(field.label_id().as_str().to_owned());
        ids.insert(field.hint_id().as_str().to_owned());
    }
    ids.extend(Product::ALL.iter().map(|p| p.name_id().as_str().to_owned()));
    ids.extend(Tip::all().iter().map(|t| t.text_id().as_str().to_owned()));
    ids.extend(
        Command::ALL
            .iter()
            .map(|c| c.label_id().as_str().to_owned()),
    );
    ids
}

#[test]
fn the_scan_finds_the_literal_ids() {
    let ids = literal_ids();
    // A few known ones, of each way of naming: a plain call, a call with arguments spread
    // over lines, an enum's fixed id.
    for id in ["app-title", "overall-counts", "outcome-worked", "paper-a4"] {
        assert!(ids.contains(id), "the scan missed {id}");
    }
    assert!(ids.len() > 200, "only {} literal ids found", ids.len());
}

#[test]
fn every_id_the_app_asks_for_exists_in_both_languages() {
    let asked = asked();
    for language in Language::ALL {
        let defined = defined(language);
        let missing: Vec<_> = asked.difference(&defined).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.code());
    }
}

#[test]
fn every_message_in_the_fluent_files_is_used() {
    let asked = asked();
    for language in Language::ALL {
        let unused: Vec<_> = defined(language).difference(&asked).cloned().collect();
        assert!(
            unused.is_empty(),
            "{} defines messages nothing asks for: {unused:?}",
            language.code()
        );
    }
}

#[test]
fn there_is_one_way_to_look_up_text() {
    for (path, code) in sources() {
        if path.ends_with("i18n/texts.rs") {
            continue;
        }
        for forbidden in ["fl!(", ".get_args(", "texts.ui()", ".ui().get("] {
            assert!(
                !code.contains(forbidden),
                "{} looks up text with {forbidden}; use tr!",
                path.display()
            );
        }
        // Ids are made from data only by the typed helpers in the domain modules.
        // Within the crate: the folder the crate sits in may itself be called `ui`.
        let inner = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(&path);
        if inner
            .components()
            .any(|c| c.as_os_str() == "ui" || c.as_os_str() == "app")
        {
            assert!(
                !code.contains("TextId::derived("),
                "{} puts an id together; add a typed helper instead",
                path.display()
            );
        }
    }
}
