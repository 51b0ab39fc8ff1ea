//! Headless frame time of the busiest screen: the checklist with every cause open, every
//! error and symptom reported and a note on every step. Layout and tessellation, as eframe
//! does them each frame, without a GPU.
//!
//! Run with `cargo bench --bench frame`. Goals: at most 0.3 ms per steady frame and 10 ms for
//! the first frame.

#![expect(
    clippy::print_stdout,
    reason = "a benchmark reports its figures on standard output"
)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::App as _;
use signin_rescue::clock::ManualClock;
use signin_rescue::i18n::Language;
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::progress::{Action, Progress, StepOutcome};
use signin_rescue::{App, AppOptions, Startup, store};

fn busiest_progress() -> Progress {
    let kb = KnowledgeBase::embedded().expect("valid");
    let mut p = Progress::default();
    let at = "2026-11-24T12:00:00Z".parse().expect("valid");
    for signal in kb.errors.iter().chain(&kb.symptoms) {
        p.apply(
            Action::SignalToggled {
                signal: signal.id.clone(),
                reported: true,
            },
            at,
        );
    }
    for (i, (_, step)) in kb.steps().enumerate() {
        p.apply(
            Action::StepMarked {
                step: step.id.clone(),
                outcome: StepOutcome::ALL[i % 4],
            },
            at,
        );
        p.apply(
            Action::NoteEdited {
                step: step.id.clone(),
                text: "11月24日の夜、モバイル回線で試したが同じエラー。翌朝もう一度。".into(),
            },
            at,
        );
    }
    p.apply(Action::SafetySeen, at);
    p
}

fn new_app(dir: &std::path::Path, ctx: &egui::Context) -> App {
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let startup = Startup::prepare(AppOptions {
        language: Some(Language::Ja),
        clock: Arc::new(ManualClock::new(
            "2026-11-25T12:00:00Z".parse().expect("valid"),
        )),
        ..AppOptions::new(dir)
    })
    .expect("starts");
    App::new(&cc, startup)
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 900.0),
        )),
        ..Default::default()
    }
}

/// One frame as eframe draws it: logic, ui, then tessellation.
fn frame(ctx: &egui::Context, app: &mut App, frame: &mut eframe::Frame) -> Duration {
    let start = Instant::now();
    let output = ctx.run_ui(input(), |ui| {
        app.logic(ui.ctx(), frame);
        app.ui(ui, frame);
    });
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    std::hint::black_box(primitives);
    start.elapsed()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join(store::PROGRESS_FILE),
        store::encode(&busiest_progress()),
    )
    .expect("write progress");

    // First frames: each in a fresh context, as when the window opens.
    let mut firsts = Vec::new();
    for _ in 0..7 {
        let ctx = egui::Context::default();
        let mut app = new_app(dir.path(), &ctx);
        let mut eframe_frame = eframe::Frame::_new_kittest();
        firsts.push(frame(&ctx, &mut app, &mut eframe_frame));
    }

    // Steady frames: the same screen again and again.
    let ctx = egui::Context::default();
    let mut app = new_app(dir.path(), &ctx);
    let mut eframe_frame = eframe::Frame::_new_kittest();
    for _ in 0..20 {
        frame(&ctx, &mut app, &mut eframe_frame);
    }
    let steady_runs = std::env::var("FRAME_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let steady: Vec<Duration> = (0..steady_runs)
        .map(|_| frame(&ctx, &mut app, &mut eframe_frame))
        .collect();
    let shapes = ctx
        .run_ui(input(), |ui| app.ui(ui, &mut eframe_frame))
        .shapes
        .len();

    println!("| measure | result | goal |");
    println!("|---|---|---|");
    println!(
        "| first frame (median of 7) | {:.2} ms | ≤ 10 ms |",
        median(firsts).as_secs_f64() * 1000.0
    );
    println!(
        "| steady frame (median of 1000) | {:.3} ms | ≤ 0.3 ms |",
        median(steady).as_secs_f64() * 1000.0
    );
    println!("| shapes per frame | {shapes} | |");
}
