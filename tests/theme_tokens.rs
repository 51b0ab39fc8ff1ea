//! The design tokens: both theme files parse into the app's tokens, define the same keys, and
//! are the only source of colours and sizes in the screens' code.

use std::path::Path;

use signin_rescue::ui::theme::{DARK_RON, LIGHT_RON, Themes};

/// The key paths of a RON value: `colors.accent`, `space.s`, …
fn keys(value: &ron::Value, prefix: &str, out: &mut Vec<String>) {
    if let ron::Value::Map(map) = value {
        for (key, value) in map.iter() {
            let ron::Value::String(name) = key else {
                continue;
            };
            let path = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}.{name}")
            };
            keys(value, &path, out);
            out.push(path);
        }
    }
}

fn key_paths(text: &str) -> Vec<String> {
    let value: ron::Value = ron::from_str(text).expect("parses as RON");
    let mut out = Vec::new();
    keys(&value, "", &mut out);
    out.sort();
    out
}

#[test]
fn both_theme_files_parse_into_tokens() {
    let themes = Themes::from_ron(LIGHT_RON, DARK_RON).expect("the shipped themes parse");
    assert!(themes.light.text.body > 0.0 && themes.dark.text.body > 0.0);
    assert_ne!(
        themes.light.colors.background, themes.dark.colors.background,
        "the two themes differ"
    );
}

#[test]
fn both_themes_define_the_same_keys_with_the_required_ones() {
    let light = key_paths(LIGHT_RON);
    let dark = key_paths(DARK_RON);
    assert_eq!(light, dark, "light.ron and dark.ron define different keys");
    for required in [
        "colors.background",
        "colors.card",
        "colors.text",
        "colors.text_weak",
        "colors.control_border",
        "colors.accent",
    ] {
        assert!(light.iter().any(|k| k == required), "no {required}");
    }
}

/// Calls in the screens' code that take a size or a colour: their arguments must come from
/// the tokens, never be written as numbers.
const SIZED_CALLS: [&str; 16] = [
    "add_space(",
    ".size(",
    "vec2(",
    "expand(",
    "set_max_width(",
    "set_min_width(",
    "set_width(",
    "desired_width(",
    "Stroke::new(",
    "inner_margin(",
    "outer_margin(",
    "corner_radius(",
    "spacing([",
    "default_size(",
    "min_size(",
    "max_size(",
];

#[test]
fn the_screens_read_colours_and_sizes_only_from_the_tokens() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("ui");
    for entry in std::fs::read_dir(&ui).expect("src/ui") {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n == "theme.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let at = format!("{}:{}", path.display(), number + 1);
            for colour in [
                "Color32::from_",
                "Color32::WHITE",
                "Color32::BLACK",
                "Color32::GRAY",
            ] {
                assert!(!code.contains(colour), "{at}: a colour literal: {line}");
            }
            for call in SIZED_CALLS {
                for (start, _) in code.match_indices(call) {
                    let argument = code[start + call.len()..].trim_start();
                    assert!(
                        !argument.starts_with(|c: char| c.is_ascii_digit()),
                        "{at}: a size literal: {line}"
                    );
                }
            }
        }
    }
}
