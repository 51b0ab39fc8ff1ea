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
    let bytes = std::fs::read(&path).expect("read");
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
