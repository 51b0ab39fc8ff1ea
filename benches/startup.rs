//! What start-up spends before the first frame, part by part, in one process: the knowledge
//! base, the messages of one language, reading a saved progress, the app's own set-up, and the
//! first frame (the fonts' first use and the first layout). `benches/desktop.rs` measures the
//! whole program against a bare window; this says where the difference goes.
//!
//! Run with `cargo bench --bench startup`. Each figure is the median of 15 fresh starts.

#![expect(
    clippy::print_stdout,
    reason = "a benchmark reports its figures on standard output"
)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::App as _;
use signin_rescue::clock::ManualClock;
use signin_rescue::i18n::{Language, Texts};
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::Action;
use signin_rescue::{App, AppOptions, Startup, store};

const RUNS: usize = 15;

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

/// The app on `dir`, in Japanese, at the tests' fixed time.
fn prepare_app(dir: &std::path::Path) -> Startup {
    Startup::prepare(AppOptions {
        language: Some(Language::Ja),
        clock: Arc::new(ManualClock::new(signin_rescue::clock::test_start())),
        ..AppOptions::new(dir)
    })
    .expect("starts")
}

/// One frame of the app as eframe draws it (logic, ui, tessellation), timed.
fn app_frame(ctx: &egui::Context, app: &mut App, frame: &mut eframe::Frame) -> Duration {
    timed(|| {
        let output = ctx.run_ui(input(), |ui| {
            app.logic(ui.ctx(), frame);
            app.ui(ui, frame);
        });
        std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
    })
    .1
}

fn main() {
    // A person's saved progress: an error and a symptom reported, as on a second start.
    let dir = tempfile::tempdir().expect("temp dir");
    let kb = KnowledgeBase::embedded().expect("valid");
    let mut progress = signin_rescue::progress::Progress::default();
    for signal in kb.errors.iter().take(1).chain(kb.symptoms.iter().take(1)) {
        progress.apply(
            Action::SignalToggled {
                signal: signal.id.clone(),
                reported: true,
            },
            "2026-11-24T12:00:00Z".parse().expect("valid"),
        );
    }
    let saved = store::encode(&progress);

    let mut parts: Vec<(&str, Vec<Duration>)> = [
        "knowledge base (a copy of the one parsed at the first call)",
        "knowledge base parsed and checked (the first call)",
        "messages of one language (Japanese)",
        "saved progress (read and decode)",
        "Startup::prepare (all of the above, lock, socket)",
        "App::new (theme, fonts handed to egui)",
        "first frame (fonts' first use, layout, tessellation)",
        "an empty first frame with the app's fonts",
        "an empty first frame with egui's own fonts",
        "the app's first frame when its glyphs are already drawn",
    ]
    .into_iter()
    .map(|name| (name, Vec::new()))
    .collect();
    for run in 0..RUNS {
        parts[0]
            .1
            .push(timed(|| KnowledgeBase::embedded().expect("valid")).1);
        parts[1].1.push(
            timed(|| {
                KnowledgeBase::from_ron(include_str!("../assets/knowledge.ron")).expect("valid")
            })
            .1,
        );
        parts[2].1.push(timed(|| Texts::new(Language::Ja)).1);
        let run_dir = dir.path().join(run.to_string());
        std::fs::create_dir_all(&run_dir).expect("folder");
        std::fs::write(run_dir.join(store::PROGRESS_FILE), &saved).expect("write");
        parts[3]
            .1
            .push(timed(|| store::Store::new(&run_dir).read_only()).1);

        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let (startup, prepare) = timed(|| prepare_app(&run_dir));
        parts[4].1.push(prepare);
        let (mut app, new) = timed(|| App::new(&cc, startup));
        parts[5].1.push(new);
        let mut frame = eframe::Frame::_new_kittest();
        let first = app_frame(&ctx, &mut app, &mut frame);
        parts[6].1.push(first);
        drop(app);

        // The same again on the same context: glyphs already drawn into the font atlas.
        let mut app = App::new(&cc, prepare_app(&run_dir));
        for _ in 0..3 {
            std::hint::black_box(ctx.run_ui(input(), |ui| {
                ui.label(format!("{run}"));
            }));
        }
        let again = app_frame(&ctx, &mut app, &mut frame);
        parts[9].1.push(again);
        drop(app);

        // The first frame split: an empty frame with the app's fonts, then the app's layout.
        let ctx = egui::Context::default();
        signin_rescue::ui::theme::install(&ctx);
        parts[7].1.push(
            timed(|| {
                ctx.run_ui(input(), |ui| {
                    ui.label("a");
                })
            })
            .1,
        );
        let ctx = egui::Context::default();
        parts[8].1.push(
            timed(|| {
                ctx.run_ui(input(), |ui| {
                    ui.label("a");
                })
            })
            .1,
        );
    }

    println!("| part of start-up | median of {RUNS} |");
    println!("|---|---|");
    for (name, times) in parts {
        println!("| {name} | {:.2} ms |", median(times));
    }
}
