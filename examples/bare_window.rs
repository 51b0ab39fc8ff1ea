//! A bare eframe window with the app's window settings and nothing else: the baseline for the
//! start-up time and memory in `benches/desktop.rs`.

use signin_rescue::app::measure::Measure;

struct Bare {
    measure: Measure,
}

impl eframe::App for Bare {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.measure.frame(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Bare window");
        });
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare window")
            .with_app_id("bare-window")
            .with_inner_size([1180.0, 780.0])
            .with_min_inner_size([640.0, 480.0]),
        persist_window: false,
        // As the app: glow, also when an example build carries eframe's wgpu (the tests' image
        // snapshots turn it on for every build that has the dev-dependencies).
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(|_cc| {
            Ok(Box::new(Bare {
                measure: Measure::from_env(),
            }))
        }),
    )
}
