//! How fast the printable checklist exports, and how large the PDF is, for the fullest case:
//! every cause, a note on every step, in Japanese and in English.
//!
//! Run with `cargo bench --bench export`. Targets: at most 100 ms and 100 KB per PDF.

#![expect(
    clippy::print_stdout,
    reason = "a benchmark reports its figures on standard output"
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use signin_rescue::export;
use signin_rescue::i18n::{Language, Texts};
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::{Action, Progress, StepOutcome};

/// Notes as people write them: dates, carriers, devices, what happened.
const NOTES_JA: &[&str] = &[
    "11月24日の夜、ドコモの回線に切り替えて試したが、同じエラーが出た。",
    "自宅の光回線から。ルーターを再起動してから五分後に再挑戦、変化なし。",
    "迷惑メールフォルダーも振り分けルールも確認。それらしいメールは見当たらない。",
    "翌朝七時にもう一度。今度は「不審なアクティビティ」と表示された。",
    "職場のパソコンでは試していない。家族の携帯番号で受け取れるか聞いてみる。",
    "サポートのチャットは混雑中で、一時間待っても順番が来なかった。",
    "ウイルス対策ソフトのフルスキャンは約二時間。何も検出されなかった。",
    "国際SMS拒否の設定を解除した。念のため明日また設定を戻すこと。",
    "古いiPhoneにAuthenticatorが残っていないか探したが、初期化済みだった。",
    "回復フォームを送信。受付番号は控えた。返事を待つ。",
];

const NOTES_EN: &[&str] = &[
    "Tried on Nov 24 evening over mobile data (docomo); same error again.",
    "Home fibre connection. Restarted the router, retried five minutes later: no change.",
    "Checked the junk folder and the inbox rules; nothing that looks like the code.",
    "Tried again at 7 the next morning; this time it said unusual activity.",
    "Asked my sister whether her phone could receive the unlock text.",
    "Support chat was busy; waited an hour without getting through.",
    "Full scan took about two hours; nothing found.",
];

fn full_progress(notes: &[&str]) -> Progress {
    let kb = KnowledgeBase::embedded().expect("valid");
    let mut progress = Progress::default();
    let at: Timestamp = "2026-11-24T12:00:00Z".parse().expect("valid");
    for signal in ["temporary-problem", "sms-email-missing", "no-code-at-all"] {
        progress.apply(
            Action::SignalToggled {
                signal: signal.into(),
                reported: true,
            },
            at,
        );
    }
    for (i, (_, step)) in kb.steps().enumerate() {
        let outcome = StepOutcome::ALL[i % 4];
        progress.apply(
            Action::StepMarked {
                step: step.id.clone(),
                outcome,
            },
            at,
        );
        progress.apply(
            Action::NoteEdited {
                step: step.id.clone(),
                text: notes[i % notes.len()].into(),
            },
            at,
        );
    }
    progress
}

fn main() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let now: Timestamp = "2026-11-25T12:00:00Z".parse().expect("valid");
    println!(
        "| language | pages | PDF size | PDF export (median of 30) | text export (median of 30) |"
    );
    println!("|---|---|---|---|---|");
    for (language, notes) in [(Language::Ja, NOTES_JA), (Language::En, NOTES_EN)] {
        let texts = Texts::new(language);
        let progress = full_progress(notes);
        let pdf = export::checklist_pdf(&kb, &progress, &texts, now).expect("renders");
        let pages = page_count(&pdf);
        // `EXPORT_PDF_DIR=/tmp/x cargo bench --bench export` keeps the files to look at.
        if let Some(dir) = std::env::var_os("EXPORT_PDF_DIR") {
            let file =
                std::path::Path::new(&dir).join(format!("checklist-{}.pdf", language.code()));
            std::fs::write(&file, &pdf).expect("the PDF is kept");
        }
        let pdf_time = median(|| {
            black_box(export::checklist_pdf(&kb, &progress, &texts, now).expect("renders"));
        });
        let text_time = median(|| {
            black_box(export::checklist_text(&kb, &progress, &texts, now));
        });
        println!(
            "| {} | {pages} | {:.1} KB | {:.1} ms | {:.2} ms |",
            language.code(),
            pdf.len() as f64 / 1024.0,
            pdf_time.as_secs_f64() * 1000.0,
            text_time.as_secs_f64() * 1000.0,
        );
    }
}

/// The number of pages, from poppler's `pdfinfo` (the page objects are in a compressed object
/// stream), or "?" without it.
fn page_count(pdf: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("signin-rescue-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("checklist.pdf");
    let pages = std::fs::write(&file, pdf)
        .ok()
        .and_then(|()| {
            std::process::Command::new("pdfinfo")
                .arg(&file)
                .output()
                .ok()
        })
        .and_then(|out| {
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().to_owned()))
        });
    let _ = std::fs::remove_dir_all(&dir);
    pages.unwrap_or_else(|| "?".to_owned())
}

fn median(mut run: impl FnMut()) -> Duration {
    run();
    let mut times: Vec<Duration> = (0..30)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}
