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
    // Every file under src/ui, its folders (widgets/, guide/) included.
    let mut files = Vec::new();
    let mut folders = vec![ui];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/ui") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    for path in files {
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

/// WCAG 2.2's relative luminance of an sRGB colour.
fn luminance(color: egui::Color32) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// WCAG 2.2's contrast ratio of two colours, from 1 to 21.
fn contrast(a: egui::Color32, b: egui::Color32) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn contrast_ratio_is_computed_as_wcag_defines_it() {
    use egui::Color32;
    assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
    assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
    // #767676 on white is the well-known 4.54:1.
    let grey = Color32::from_rgb(0x76, 0x76, 0x76);
    assert!((contrast(grey, Color32::WHITE) - 4.54).abs() < 0.01);
}

#[test]
fn text_and_controls_stand_out_in_both_themes() {
    let themes = Themes::from_ron(LIGHT_RON, DARK_RON).expect("the shipped themes parse");
    for (name, tokens) in [("light", &themes.light), ("dark", &themes.dark)] {
        let c = &tokens.colors;
        // Everything text or a control sits on.
        let surfaces = [
            ("background", c.background.0),
            ("card", c.card.0),
            ("highlight", c.highlight.0),
        ];
        let mut checks = vec![
            // WCAG 1.4.6 (AAA): body text 7:1 where it sits, and in fields and on buttons.
            ("text on a field", c.text.0, c.control_fill.0, 7.0),
            ("text on a button", c.text.0, c.button.0, 7.0),
            ("text on a hovered button", c.text.0, c.button_hover.0, 7.0),
            // Text and the tick on a ticked box or the accent button.
            ("on_accent on accent", c.on_accent.0, c.accent.0, 7.0),
        ];
        for (_, color) in surfaces {
            checks.push(("text", c.text.0, color, 7.0));
            // WCAG 1.4.3 (AA): secondary and coloured text 4.5:1.
            checks.push(("text_weak", c.text_weak.0, color, 4.5));
            checks.push(("accent (links)", c.accent.0, color, 4.5));
            checks.push(("success", c.success.0, color, 4.5));
            checks.push(("warning", c.warning.0, color, 4.5));
            checks.push(("danger", c.danger.0, color, 4.5));
            // WCAG 1.4.11: the edge of a box or field, and a ticked box's fill, 3:1.
            checks.push(("control_border", c.control_border.0, color, 3.0));
            checks.push(("a ticked box (accent)", c.accent.0, color, 3.0));
        }
        for (what, fg, bg, least) in checks {
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= least,
                "{name} theme: {what} is {ratio:.2}:1 against {bg:?}, needs {least}:1"
            );
        }
    }
}

#[test]
fn body_text_is_at_least_16_points_with_airy_lines() {
    let themes = Themes::from_ron(LIGHT_RON, DARK_RON).expect("the shipped themes parse");
    for tokens in [&themes.light, &themes.dark] {
        let t = &tokens.text;
        assert!(t.body >= 16.0 && t.button >= 16.0, "body and buttons ≥ 16");
        assert!(t.small >= 14.0, "even secondary text stays readable");
        assert!(
            (1.55..=1.7).contains(&t.line_height_ja),
            "about 1.6 for Japanese"
        );
        assert!(
            (1.45..=1.6).contains(&t.line_height_en),
            "about 1.5 for English"
        );
    }
}
