//! The printable checklist, read back from the PDF with poppler's tools (`pdftotext`,
//! `pdffonts`; Debian package poppler-utils, which .ci/run installs): everything the person
//! needs is there in order, the font is embedded as a subset, every word lies inside the
//! margins, and long notes wrap and flow onto new pages.

use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::Timestamp;
use signin_rescue::export::{self, pdf};
use signin_rescue::i18n::{Language, Texts};
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::{Action, Progress, StepOutcome};
use signin_rescue::tr;
use signin_rescue::triage;

fn now() -> Timestamp {
    "2026-11-25T03:00:00Z".parse().expect("valid")
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} is needed for this test (Debian package poppler-utils): {e}")
    });
    assert!(out.status.success(), "{name} {args:?} failed");
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Writes the checklist PDF for `progress` and returns its path (kept with the temp dir).
fn export_pdf(dir: &Path, progress: &Progress, language: Language) -> PathBuf {
    let kb = KnowledgeBase::embedded().expect("valid");
    let bytes = export::checklist_pdf(&kb, progress, &Texts::new(language), now()).expect("pdf");
    let path = dir.join(format!("checklist-{}.pdf", language.code()));
    std::fs::write(&path, bytes).expect("write");
    path
}

/// The text of the PDF (or of some pages), without the page numbers, so that text flowing
/// from one page to the next reads on without a break.
fn text_of(path: &Path, pages: Option<(usize, usize)>) -> String {
    let file = path.display().to_string();
    let text = match pages {
        Some((first, last)) => tool(
            "pdftotext",
            &[
                "-f",
                &first.to_string(),
                "-l",
                &last.to_string(),
                &file,
                "-",
            ],
        ),
        None => tool("pdftotext", &[&file, "-"]),
    };
    text.lines()
        .filter(|line| {
            let squashed = squash(line.trim_matches('\u{c}'));
            let parts: Vec<&str> = squashed.split('/').collect();
            !(parts.len() == 2 && parts.iter().all(|p| p.parse::<u32>().is_ok()))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text with all white space removed, so wrapped lines compare equal to the original.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn fixture() -> Progress {
    let mut p = Progress::default();
    let at: Timestamp = "2026-11-23T01:00:00Z".parse().expect("valid");
    p.apply(
        Action::SignalToggled {
            signal: "temporary-problem".into(),
            reported: true,
        },
        at,
    );
    for (step, outcome, note) in [
        (
            "outage-wait",
            StepOutcome::NoChange,
            "一晩待ったが、翌朝も同じエラー。",
        ),
        (
            "contact-which-one",
            StepOutcome::Worked,
            "Mobile data worked on the third try.",
        ),
        (
            "contact-junk-folder",
            StepOutcome::Skipped,
            "迷惑メールは確認済み",
        ),
    ] {
        p.apply(
            Action::StepMarked {
                step: step.into(),
                outcome,
            },
            at,
        );
        p.apply(
            Action::NoteEdited {
                step: step.into(),
                text: note.into(),
            },
            at,
        );
    }
    p
}

#[test]
fn every_cause_step_and_note_appears_in_ranked_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let kb = KnowledgeBase::embedded().expect("valid");
    let progress = fixture();
    for language in [Language::Ja, Language::En] {
        let texts = Texts::new(language);
        let path = export_pdf(dir.path(), &progress, language);
        let text = squash(&text_of(&path, None));
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "isolation marks"
        );
        let mut expected = Vec::new();
        for ranked in triage::rank(&kb, &progress.reported) {
            expected.push(tr!(&texts, ranked.cause.title_id()));
            // Steps for another situation (another carrier's, say) are left out unless marked.
            for step in ranked
                .cause
                .steps
                .iter()
                .filter(|s| s.applies(&progress.reported) || progress.record(&s.id).is_some())
            {
                expected.push(tr!(&texts, step.title_id()));
                let note = progress.note(&step.id);
                if !note.is_empty() {
                    expected.push(note.to_owned());
                }
            }
        }
        let mut from = 0;
        for piece in expected {
            let piece = squash(&piece);
            let found = text[from..].find(&piece).unwrap_or_else(|| {
                panic!("{}: {piece:?} missing or out of order", language.code())
            });
            from += found + piece.len();
        }
        // The waits and support routes with their official addresses follow.
        assert!(text[from..].contains("https://account.live.com/acsr"));
    }
}

#[test]
fn the_font_is_embedded_as_a_subset_and_metadata_is_set() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = export_pdf(dir.path(), &fixture(), Language::Ja);
    let fonts = tool("pdffonts", &[&path.display().to_string()]);
    let font_lines: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(font_lines.len(), 1, "{fonts}");
    let columns: Vec<&str> = font_lines[0].split_whitespace().collect();
    assert!(
        columns[0].contains("+BIZUDPGothic"),
        "subset tag in the name: {fonts}"
    );
    let n = columns.len();
    assert_eq!(
        &columns[n - 5..n - 2],
        ["yes", "yes", "yes"],
        "emb, sub, uni: {fonts}"
    );
    let info = tool("pdfinfo", &[&path.display().to_string()]);
    assert!(
        info.contains("サインイン レスキュー チェックリスト"),
        "{info}"
    );
    assert!(info.contains("A4"), "A4 for Japanese: {info}");
    let bytes = decoded(&path);
    assert!(bytes.windows(9).any(|w| w == b"/Lang(ja)"));

    let en = export_pdf(dir.path(), &fixture(), Language::En);
    let info = tool("pdfinfo", &[&en.display().to_string()]);
    assert!(info.contains("letter"), "Letter for English: {info}");
    let mut a4 = fixture();
    a4.apply(Action::PaperChosen(signin_rescue::i18n::Paper::A4), now());
    let switched = export_pdf(dir.path(), &a4, Language::En);
    assert!(tool("pdfinfo", &[&switched.display().to_string()]).contains("A4"));
}

/// Every word's box, from `pdftotext -bbox`: (page width, page height, xMin, yMin, xMax, yMax, word).
fn word_boxes(path: &Path) -> Vec<(f32, f32, f32, f32, f32, f32, String)> {
    let html = tool("pdftotext", &["-bbox", &path.display().to_string(), "-"]);
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        line[start..]
            .split('"')
            .next()
            .and_then(|v| v.parse().ok())
            .expect("number")
    };
    let mut page = (0.0, 0.0);
    let mut words = Vec::new();
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page") {
            page = (attr(line, "width"), attr(line, "height"));
        } else if line.starts_with("<word") {
            let word = line
                .split('>')
                .nth(1)
                .and_then(|w| w.split('<').next())
                .unwrap_or_default()
                .to_owned();
            words.push((
                page.0,
                page.1,
                attr(line, "xMin"),
                attr(line, "yMin"),
                attr(line, "xMax"),
                attr(line, "yMax"),
                word,
            ));
        }
    }
    words
}

fn assert_inside_margins(path: &Path) {
    let words = word_boxes(path);
    assert!(words.len() > 100, "the PDF has text");
    for (width, height, x0, y0, x1, y1, word) in words {
        let m = pdf::MARGIN - 1.0;
        assert!(
            x0 >= m && x1 <= width - m && y0 >= m - 12.0 && y1 <= height - m + 4.0,
            "{word:?} at ({x0}, {y0})–({x1}, {y1}) leaves the margins of a {width}×{height} page"
        );
    }
}

#[test]
fn every_word_lies_inside_the_margins() {
    let dir = tempfile::tempdir().expect("temp dir");
    for language in [Language::Ja, Language::En] {
        assert_inside_margins(&export_pdf(dir.path(), &fixture(), language));
    }
}

#[test]
fn very_long_notes_wrap_and_flow_onto_new_pages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let japanese: String =
        "確認コードが届かないので、モバイル回線とWi-Fiを切り替えて何度も試した。"
            .chars()
            .cycle()
            .take(3000)
            .collect();
    let latin = "x".repeat(150) + &"y".repeat(150);
    let mut progress = Progress::default();
    let at = now();
    for (step, note) in [
        ("contact-which-one", &japanese),
        ("contact-sms-plan", &latin),
    ] {
        progress.apply(
            Action::StepMarked {
                step: step.into(),
                outcome: StepOutcome::NoChange,
            },
            at,
        );
        progress.apply(
            Action::NoteEdited {
                step: step.into(),
                text: note.clone(),
            },
            at,
        );
    }
    let path = export_pdf(dir.path(), &progress, Language::Ja);
    assert_inside_margins(&path);
    let all = squash(&text_of(&path, None));
    assert!(
        all.contains(&squash(&japanese)),
        "the whole Japanese note is there"
    );
    assert!(all.contains(&latin), "the whole unbroken string is there");

    // The Japanese note starts on page 1 and carries on onto page 2.
    let first = squash(&text_of(&path, Some((1, 1))));
    let second = squash(&text_of(&path, Some((2, 2))));
    let head: String = japanese.chars().take(20).collect();
    assert!(first.contains(&squash(&head)), "the note starts on page 1");
    assert!(
        second.contains("モバイル回線とWi-Fiを切り替えて"),
        "it continues on page 2"
    );

    // The 300-character string was cut into lines no wider than the text area.
    let lines = text_of(&path, None);
    let longest = lines
        .lines()
        .filter(|l| l.contains("xxx") || l.contains("yyy"))
        .map(|l| l.trim().chars().count())
        .max()
        .expect("the string is printed");
    assert!(longest < 300, "wrapped into several lines");
}

/// The PDF's bytes followed by every Flate stream decompressed (page content, and the object
/// stream that holds the catalog and the structure tree).
fn decoded(path: &Path) -> Vec<u8> {
    use std::io::Read as _;
    let bytes = std::fs::read(path).expect("read");
    let mut all = bytes.clone();
    let marker = b">>\nstream\n";
    let key = b"/Length ";
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(marker.len()).position(|w| w == marker) {
        let dict_end = at + found;
        let start = dict_end + marker.len();
        at = start;
        let window = &bytes[dict_end.saturating_sub(300)..dict_end];
        let Some(key_at) = window.windows(key.len()).rposition(|w| w == key) else {
            continue;
        };
        let digits: String = window[key_at + key.len()..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .map(|b| char::from(*b))
            .collect();
        let Ok(length) = digits.parse::<usize>() else {
            continue;
        };
        let mut out = Vec::new();
        if flate2::read::ZlibDecoder::new(&bytes[start..start + length])
            .read_to_end(&mut out)
            .is_ok()
        {
            all.extend_from_slice(&out);
        }
    }
    all
}

/// The `/ActualText` of every marked piece of content, in drawing order (a literal string
/// when it is ASCII, UTF-16 in hex otherwise).
fn actual_texts(bytes: &[u8]) -> Vec<String> {
    let key = b"/ActualText";
    let mut texts = Vec::new();
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(key.len()).position(|w| w == key) {
        let start = at + found + key.len() + 1;
        let close = if bytes[start - 1] == b'<' { b'>' } else { b')' };
        let end = start
            + bytes[start..]
                .iter()
                .position(|b| *b == close)
                .expect("string end");
        let raw = std::str::from_utf8(&bytes[start..end]).expect("ASCII");
        texts.push(if close == b'>' {
            let units: Vec<u16> = (0..raw.len() / 4)
                .map(|i| u16::from_str_radix(&raw[i * 4..i * 4 + 4], 16).expect("hex digits"))
                .collect();
            String::from_utf16_lossy(&units)
                .trim_start_matches('\u{feff}')
                .to_owned()
        } else {
            raw.to_owned()
        });
        at = end;
    }
    texts
}

#[test]
fn the_pdf_is_tagged_for_screen_readers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let kb = KnowledgeBase::embedded().expect("valid");
    let progress = fixture();
    for language in [Language::Ja, Language::En] {
        let texts = Texts::new(language);
        let path = export_pdf(dir.path(), &progress, language);
        let file = path.display().to_string();
        let info = tool("pdfinfo", &[&file]);
        assert!(info.contains("Tagged:          yes"), "{info}");

        // The structure tree: the title as H1, each section as H2, each cause as H3, lists of
        // steps whose items have a label (the box) and a body.
        let out = Command::new("pdfinfo")
            .args(["-struct-text", &file])
            .output()
            .expect("pdfinfo runs");
        // poppler prints heading titles as raw UTF-16: look at the text under each heading.
        let tree = String::from_utf8_lossy(&out.stdout).into_owned();
        let lines: Vec<&str> = tree.lines().map(str::trim).collect();
        let heading = |level: &str, text: &str| {
            lines.windows(2).any(|pair| {
                pair[0].starts_with(&format!("{level} ")) && pair[1] == format!("\"{text}\"")
            })
        };
        assert!(heading("H1", &tr!(&texts, "print-title")), "{tree}");
        for text in [
            tr!(&texts, "print-next"),
            tr!(&texts, "print-reported"),
            tr!(&texts, "print-waits"),
            tr!(&texts, "print-routes"),
        ] {
            assert!(
                heading("H2", &text),
                "{}: heading {text} missing:\n{tree}",
                language.code()
            );
        }
        let first_cause = triage::rank(&kb, &progress.reported)[0].cause;
        assert!(
            heading("H3", &format!("1. {}", tr!(&texts, first_cause.title_id()))),
            "{tree}"
        );
        for element in ["L (block)", "LI (block)", "Lbl (block)", "LBody (block)"] {
            assert!(tree.contains(element), "{element} missing:\n{tree}");
        }
        // Reading order: the title, the legend, then the sections with their causes.
        let position = |needle: &str| tree.find(needle).unwrap_or(usize::MAX);
        assert!(position("H1") < position("L (block)"));
        assert!(position("L (block)") < position("H2") && position("H2") < position("H3"));

        // Each box says its state as text: the legend's four, then each step's, in order.
        let mut expected: Vec<String> = StepOutcome::ALL
            .into_iter()
            .map(|o| tr!(&texts, o.text_id()))
            .collect();
        for ranked in triage::rank(&kb, &progress.reported) {
            for step in ranked
                .cause
                .steps
                .iter()
                .filter(|s| s.applies(&progress.reported) || progress.record(&s.id).is_some())
            {
                expected.push(tr!(&texts, progress.outcome(&step.id).text_id()));
            }
        }
        let bytes = decoded(&path);
        assert_eq!(actual_texts(&bytes), expected, "{}", language.code());
        assert!(
            expected.contains(&tr!(&texts, StepOutcome::Worked.text_id()))
                && expected.contains(&tr!(&texts, StepOutcome::NotTried.text_id())),
            "the fixture has ticked and unticked boxes"
        );
        // Conformance is declared (krilla validated it as PDF/UA-1 while writing).
        assert!(
            String::from_utf8_lossy(&bytes).contains("<pdfuaid:part>1</pdfuaid:part>"),
            "PDF/UA-1 identification"
        );
    }
}

#[test]
fn support_addresses_are_never_broken_inside_their_id() {
    let dir = tempfile::tempdir().expect("temp dir");
    let kb = KnowledgeBase::embedded().expect("valid");
    let texts = Texts::new(Language::En);
    let checklist = export::checklist::build(&kb, &fixture(), &texts, now());
    let addresses: Vec<&str> = checklist
        .blocks
        .iter()
        .filter_map(|b| match b {
            export::checklist::Block::Address(url) => Some(url.as_str()),
            _ => None,
        })
        .collect();
    for language in [Language::Ja, Language::En] {
        let text = text_of(&export_pdf(dir.path(), &fixture(), language), None);
        // pdftotext joins a line that ends in "-" with the next and drops the "-".
        let squashed = squash(&text).replace('-', "");
        for address in &addresses {
            assert!(
                squashed.contains(&address.replace('-', "")),
                "{address} is printed whole"
            );
            // The last part of a long support address is its ID: always on one line.
            let last = address.rsplit('/').next().unwrap_or_default();
            let id: Vec<&str> = last.rsplit('-').take(5).collect();
            if id.len() == 5 && id.iter().all(|g| g.chars().all(|c| c.is_ascii_hexdigit())) {
                let id: Vec<&str> = id.into_iter().rev().collect();
                let id = id.join("-");
                assert!(
                    text.lines().any(|line| line.contains(&id)),
                    "{}: {id} broken across lines",
                    language.code()
                );
            }
        }
    }
    assert!(
        addresses.iter().any(|a| a.len() > 90),
        "the fixture prints a long address"
    );
}
