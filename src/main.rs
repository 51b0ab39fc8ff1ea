//! Starts Sign-in Rescue: reads the command line, prepares the data folder, opens the window.

// No console window behind the app in Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::Path;
use std::process::ExitCode;
use std::sync::{Arc, OnceLock};

use signin_rescue::app::{APP_ID, StartError, window_settings};
use signin_rescue::assets::ICON;
use signin_rescue::cli::{self, Command};
use signin_rescue::export::{self, ExportKind};
use signin_rescue::i18n::{Language, Texts};
use signin_rescue::instance;
use signin_rescue::reminders::desktop::DesktopNotifier;
use signin_rescue::store::{self, StoreError};
use signin_rescue::tr;
use signin_rescue::ui::theme;
use signin_rescue::{App, AppOptions, Startup};

/// The app's logger: `env_logger`, and every record shown to the file dialogs, which learn from
/// rfd's errors whether a dialog could open at all (see `files::observe_log`).
struct Logger(env_logger::Logger);

impl log::Log for Logger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Error || self.0.enabled(metadata)
    }

    fn log(&self, record: &log::Record<'_>) {
        signin_rescue::files::observe_log(record);
        if self.0.matches(record) {
            self.0.log(record);
        }
    }

    fn flush(&self) {
        self.0.flush();
    }
}

fn init_logging() {
    let inner =
        env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).build();
    // Errors always reach `observe_log`, even with RUST_LOG=off.
    let level = inner.filter().max(log::LevelFilter::Error);
    if log::set_boxed_logger(Box::new(Logger(inner))).is_ok() {
        log::set_max_level(level);
    }
}

fn main() -> ExitCode {
    init_logging();
    let command = cli::parse(std::env::args_os().skip(1));
    // The Windows release is a window program: a command-line run prints to the console it was
    // started from only once it attaches to it.
    #[cfg(windows)]
    if !matches!(command, Ok(Command::Run(_))) {
        signin_rescue::windows::attach_parent_console();
    }
    let command = match command {
        Ok(command) => command,
        Err(error) => {
            let texts = Texts::new(Language::from_system());
            eprintln!("{}", cli::error_message(&texts, &error));
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Version => {
            say(&format!("signin-rescue {}", env!("CARGO_PKG_VERSION")));
            ExitCode::SUCCESS
        }
        Command::Help(options) => {
            let texts = Texts::new(options.language.unwrap_or_else(Language::from_system));
            say(&cli::usage(&texts));
            ExitCode::SUCCESS
        }
        Command::Run(options) => run_window(&options),
        Command::Explain { text, options } => run_explain(&text, &options),
        Command::Export {
            kind,
            file,
            options,
        } => run_export(kind, &file, &options),
    }
}

/// Prints to standard output: the command line's answer to --help and --version.
#[expect(
    clippy::print_stdout,
    reason = "the command line answers on standard output"
)]
fn say(text: &str) {
    println!("{text}");
}

/// Says which known message `text` is, and what to do first: exit 0, or 3 when the text is
/// not recognised.
fn run_explain(text: &str, options: &cli::Options) -> ExitCode {
    let texts = Texts::new(options.language.unwrap_or_else(Language::from_system));
    let kb = match signin_rescue::knowledge::KnowledgeBase::embedded() {
        Ok(kb) => kb,
        Err(error) => {
            // A broken build: tests make sure this never ships.
            log::error!("{error}");
            eprintln!(
                "{}",
                tr!(&texts, "cli-export-broken", error = error.to_string())
            );
            return ExitCode::FAILURE;
        }
    };
    // The saved progress, read as the window and the exports read it; without one, the
    // answer is for the message alone.
    let progress = match options.data_dir.clone().or_else(store::default_data_dir) {
        Some(dir) => store::Store::new(dir).read_only().unwrap_or_else(|e| {
            log::warn!("the saved progress cannot be read, so it is left out: {e}");
            signin_rescue::progress::Progress::default()
        }),
        None => signin_rescue::progress::Progress::default(),
    };
    match cli::explain(&kb, &texts, &progress, text, jiff::Timestamp::now()) {
        Ok(answer) => {
            say(&answer);
            ExitCode::SUCCESS
        }
        Err(answer) => {
            say(&answer);
            ExitCode::from(3)
        }
    }
}

/// Writes an export without opening a window; says what happened on the terminal.
fn run_export(kind: ExportKind, file: &Path, options: &cli::Options) -> ExitCode {
    let texts = Texts::new(options.language.unwrap_or_else(Language::from_system));
    let Some(data_dir) = options
        .data_dir
        .as_deref()
        .map(store::paths::own_folder)
        .or_else(store::default_data_dir)
    else {
        eprintln!("{}", tr!(&texts, "cli-no-data-dir"));
        return ExitCode::FAILURE;
    };
    match export::export(
        kind,
        &data_dir,
        file,
        &texts,
        options.paper,
        jiff::Timestamp::now(),
    ) {
        Ok(()) => {
            say(&tr!(
                &texts,
                "cli-exported",
                path = file.display().to_string()
            ));
            ExitCode::SUCCESS
        }
        Err(error) => {
            // Said once, in the person's language; a log line would repeat it.
            eprintln!("{}", cli::export_error_message(&texts, &error));
            ExitCode::FAILURE
        }
    }
}

fn run_window(options: &cli::Options) -> ExitCode {
    let fallback_texts = || Texts::new(options.language.unwrap_or_else(Language::from_system));
    let Some(data_dir) = options
        .data_dir
        .as_deref()
        .map(store::paths::own_folder)
        .or_else(store::default_data_dir)
    else {
        eprintln!("{}", tr!(&fallback_texts(), "cli-no-data-dir"));
        return ExitCode::FAILURE;
    };
    // Windows groups the window and sends its reminders under the id the installer registered.
    #[cfg(windows)]
    if let Err(e) = signin_rescue::windows::set_app_user_model_id(
        signin_rescue::assets::WINDOWS_APP_USER_MODEL_ID,
    ) {
        log::warn!("the window keeps Windows' default app id: {e}");
    }
    // The window's context, once it exists: a second launch and a click on a reminder bring
    // the window to the front through it.
    let window_ctx: Arc<OnceLock<egui::Context>> = Arc::default();
    let reminder_ctx = Arc::clone(&window_ctx);
    let notifier = DesktopNotifier::new(Arc::new(move || {
        if let Some(ctx) = reminder_ctx.get() {
            bring_to_front(ctx);
        }
    }));
    let startup = match Startup::prepare(AppOptions {
        language: options.language,
        notifier: Arc::new(notifier),
        listen: true,
        ..AppOptions::new(data_dir.clone())
    }) {
        Ok(startup) => startup,
        Err(StartError::Store(StoreError::AlreadyOpen(path))) => {
            let texts = fallback_texts();
            // The open copy comes to the front; a second window would only confuse.
            if instance::ask_running_copy(&path) {
                say(&tr!(
                    &texts,
                    "cli-raised",
                    path = path.display().to_string()
                ));
                return ExitCode::SUCCESS;
            }
            let message = tr!(
                &texts,
                "cli-already-open",
                path = path.display().to_string()
            );
            log::warn!("another copy is already open");
            eprintln!("{message}");
            show_message_window(&texts, &tr!(&texts, "already-open-title"), message);
            return ExitCode::SUCCESS;
        }
        Err(StartError::Store(
            error @ (StoreError::OthersCanWrite(_) | StoreError::NotYours(_)),
        )) => {
            let texts = fallback_texts();
            let path = error.path().display().to_string();
            let message = if matches!(error, StoreError::NotYours(_)) {
                tr!(&texts, "cli-data-dir-not-yours", path = path)
            } else {
                tr!(&texts, "cli-data-dir-shared", path = path)
            };
            log::error!("the data folder is writable by other users");
            eprintln!("{message}");
            show_message_window(&texts, &tr!(&texts, "app-title"), message);
            return ExitCode::FAILURE;
        }
        Err(StartError::Store(error)) => {
            log::error!("cannot use the data folder: {error}");
            let texts = fallback_texts();
            let message = tr!(
                &texts,
                "cli-data-dir-error",
                path = error.path().display().to_string()
            );
            eprintln!("{message}");
            show_message_window(&texts, &tr!(&texts, "app-title"), message);
            return ExitCode::FAILURE;
        }
        Err(StartError::Knowledge(error)) => {
            // A broken build: tests make sure this never ships.
            log::error!("{error}");
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let title = tr!(&Texts::new(startup.language()), "window-title");
    let mut window = native_options(&title, [1180.0, 780.0], [640.0, 480.0]);
    // The window opens where it was; `window.ron` is the app's own file (see `app::window_settings`).
    window.viewport =
        window_settings::place(window.viewport, window_settings::load(&data_dir).as_ref());
    // A second launch on this folder brings this window to the front (see `instance`): the
    // window's thread acts on it at the start of a frame, and only then is it told "raised".
    let raises = startup.raises();
    let result = eframe::run_native(
        APP_ID,
        window,
        Box::new(|cc| {
            let _ = window_ctx.set(cc.egui_ctx.clone());
            let repaint = cc.egui_ctx.clone();
            raises.on_request(move || repaint.request_repaint());
            cc.egui_ctx.on_begin_pass(
                "raise",
                Arc::new(move |ui| {
                    raises.serve(|| bring_to_front(ui.ctx()));
                }),
            );
            Ok(Box::new(App::new(cc, startup)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let texts = fallback_texts();
            eprintln!(
                "{}",
                tr!(&texts, "cli-window-error", error = error.to_string())
            );
            ExitCode::FAILURE
        }
    }
}

/// Shows the window again if it was minimised and asks for the focus; where the system does not
/// let an app take the focus (Wayland), the window asks for attention instead.
fn bring_to_front(ctx: &egui::Context) {
    ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
    ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
    ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
        egui::UserAttentionType::Informational,
    ));
    ctx.request_repaint();
}

fn native_options(title: &str, size: [f32; 2], min_size: [f32; 2]) -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id(APP_ID)
        .with_inner_size(size)
        .with_min_inner_size(min_size);
    match eframe::icon_data::from_png_bytes(ICON) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => log::warn!("the window icon cannot be read: {e}"),
    }
    eframe::NativeOptions {
        viewport,
        // eframe writes nothing: the window's settings go through the store's atomic writer.
        persist_window: false,
        // Always glow: eframe picks wgpu when both are built, and the tests' egui_kittest turns
        // on eframe's wgpu for its image snapshots, which would change the binary
        // `cargo test` builds (the one tests/atspi/run.sh reads).
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    }
}

/// A small window with one message and a Close button, for when the app cannot start.
fn show_message_window(texts: &Texts, title: &str, message: String) {
    struct MessageWindow {
        message: String,
        close: String,
    }

    impl eframe::App for MessageWindow {
        fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.add_space(12.0);
                ui.label(self.message.as_str());
                ui.add_space(12.0);
                if ui.button(self.close.as_str()).clicked() {
                    ui.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
        }
    }

    let close = tr!(&texts, "already-open-close");
    let result = eframe::run_native(
        APP_ID,
        native_options(title, [520.0, 220.0], [360.0, 160.0]),
        Box::new(|cc| {
            theme::install(&cc.egui_ctx);
            Ok(Box::new(MessageWindow { message, close }))
        }),
    );
    if let Err(error) = result {
        log::error!("could not show the message window: {error}");
    }
}
