//! Every screen, in both languages, passes kittest's accessibility check (every control has an
//! accessible name), and those names are in the screen's language. The keyboard alone can
//! complete a step, switch the language and reach every screen.

use crate::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use signin_rescue::App;
use signin_rescue::i18n::Language;
use signin_rescue::progress::StepOutcome;
use signin_rescue::tr;

use common::{app, texts};

/// Roles a person operates: these must be named in the screen's language.
const CONTROLS: [Role; 7] = [
    Role::Button,
    Role::CheckBox,
    Role::RadioButton,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::PasswordInput,
    Role::Link,
];

/// Names that are the same in every language: the other language's own name, product
/// names, paper sizes and commands.
fn language_neutral(name: &str) -> bool {
    [
        "日本語",
        "English",
        "Outlook.com",
        "Skype",
        "Xbox",
        "A4",
        "ping ",
        "nslookup ",
        "tracert ",
    ]
    .iter()
    .any(|neutral| name.contains(neutral))
}

/// Checks that at least `least` controls are there and every one is named in `language`.
pub(crate) fn check_names(
    harness: &Harness<'static, App>,
    language: Language,
    screen: &str,
    least: usize,
) {
    let names: Vec<String> = harness
        .get_all_by(|node| CONTROLS.contains(&node.role()))
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert!(names.len() >= least, "{screen}: controls found");
    for name in names {
        if language_neutral(&name) {
            continue;
        }
        let japanese = name.chars().any(signin_rescue::text::is_cjk);
        match language {
            Language::Ja => assert!(japanese, "{screen}: {name:?} is not in Japanese"),
            Language::En => assert!(!japanese, "{screen}: {name:?} is not in English"),
        }
    }
}

/// Which screen to open, with everything folded on it unfolded.
#[derive(Debug, Clone, Copy)]
enum Screen {
    Checklist,
    Connectivity,
    Draft,
    Support,
    Aftercare,
    Menus,
}

/// Opens `screen` in `language` and checks it: kittest's accessibility check runs on every
/// frame (it fails on any control without a name), and `check_names` checks the language.
fn check_screen(screen: Screen, language: Language) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), language);
    let t = texts(language);
    let open = |harness: &mut Harness<'static, App>, label: &str| {
        harness.get_by_label(label).click();
        harness.run();
    };
    match screen {
        Screen::Checklist => {
            // The first two causes are open already: open the others.
            let headers: Vec<String> = harness
                .get_all_by(|node| {
                    node.label().is_some_and(|l| {
                        l.split_once(". ")
                            .is_some_and(|(n, _)| n.parse::<usize>().is_ok_and(|n| n > 2))
                    })
                })
                .filter_map(|node| node.accesskit_node().label())
                .collect();
            assert!(headers.len() >= 10, "{headers:?}");
            for header in headers {
                open(&mut harness, &header);
            }
        }
        Screen::Connectivity => {
            open(&mut harness, &tr!(&t, "command-show-connectivity"));
            open(&mut harness, &tr!(&t, "net-advanced"));
        }
        Screen::Draft => {
            open(&mut harness, &tr!(&t, "command-show-draft"));
            for product in ["Outlook.com", "Skype", "Xbox"] {
                open(&mut harness, product);
            }
            open(&mut harness, &tr!(&t, "draft-password-add"));
        }
        Screen::Support => open(&mut harness, &tr!(&t, "command-show-support")),
        Screen::Aftercare => open(&mut harness, &tr!(&t, "recovered-yes")),
        Screen::Menus => {
            for menu in [tr!(&t, "menu-progress"), tr!(&t, "menu-view")] {
                open(&mut harness, &menu);
                check_names(&harness, language, &menu, 6);
                harness.key_press(Key::Escape);
                harness.run();
            }
            return;
        }
    }
    check_names(&harness, language, &format!("{screen:?}"), 6);
}

#[test]
fn the_checklist_is_named_for_screen_readers() {
    for language in Language::ALL {
        check_screen(Screen::Checklist, language);
    }
}

#[test]
fn the_connection_check_is_named_for_screen_readers() {
    for language in Language::ALL {
        check_screen(Screen::Connectivity, language);
    }
}

#[test]
fn the_draft_is_named_for_screen_readers() {
    for language in Language::ALL {
        check_screen(Screen::Draft, language);
    }
}

#[test]
fn support_and_safety_is_named_for_screen_readers() {
    for language in Language::ALL {
        check_screen(Screen::Support, language);
    }
}

#[test]
fn after_recovery_is_named_for_screen_readers() {
    for language in Language::ALL {
        check_screen(Screen::Aftercare, language);
    }
}

#[test]
fn the_menus_are_named_for_screen_readers() {
    for language in Language::ALL {
        check_screen(Screen::Menus, language);
    }
}

/// Presses Tab until the control named `name` has the focus; false if it never does.
fn tab_to(harness: &mut Harness<'static, App>, name: &str) -> bool {
    for _ in 0..400 {
        harness.key_press(Key::Tab);
        harness.run();
        if harness
            .query_by(|node| node.is_focused() && node.label().as_deref() == Some(name))
            .is_some()
        {
            return true;
        }
    }
    false
}

#[test]
fn a_step_is_completed_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::En);
    let target = "Tried: no change: Check which contact the code goes to";
    assert!(
        tab_to(&mut harness, target),
        "Tab reaches the outcome button"
    );
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(
        harness.state().progress().outcome("contact-which-one"),
        StepOutcome::NoChange
    );

    // Shift+Tab goes back to the previous button; Enter presses it.
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    harness.run();
    harness.get_by(|node| {
        node.is_focused()
            && node.label().as_deref()
                == Some("Tried: it worked: Check which contact the code goes to")
    });
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().progress().outcome("contact-which-one"),
        StepOutcome::Worked
    );
}

#[test]
fn shortcuts_switch_language_and_screens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), Language::En);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run();
    assert_eq!(harness.state().language(), Language::Ja);
    harness.get_by_label("次に試すこと");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_label("接続をチェックする");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    harness.get_by(|n| {
        n.role() == Role::ProgressIndicator && n.label().is_some_and(|l| l.contains("完成度"))
    });
}

/// The real app in a window of ordinary height, where most steps are off screen.
fn short_app(dir: &std::path::Path) -> Harness<'static, App> {
    use std::sync::Arc;
    let dir = dir.to_owned();
    let mut harness = Harness::builder()
        .with_size([1280.0, 720.0])
        .build_eframe(move |cc| {
            let startup = signin_rescue::Startup::prepare(signin_rescue::AppOptions {
                language: Some(Language::En),
                clock: Arc::new(common::clock()),
                dialogs: Box::new(signin_rescue::files::PresetDialogs::default()),
                ..signin_rescue::AppOptions::new(dir)
            })
            .expect("starts");
            App::new(cc, startup)
        });
    harness.run();
    common::skip_guide(&mut harness, Language::En);
    harness
}

#[test]
fn steps_off_screen_are_still_there_for_screen_readers_and_the_keyboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = short_app(dir.path());
    // The second cause's last step is far below the window: its controls are still named.
    let name = "Tried: no change: Contact Microsoft support";
    let button = harness.get_by_label(name);
    assert!(button.rect().top() > 720.0, "the step is off screen");
    button.click_accesskit();
    harness.run();
    assert_eq!(
        harness.state().progress().outcome("hold-contact-support"),
        StepOutcome::NoChange
    );
    let note = "Note: Contact Microsoft support";
    harness.get_by_label(note);

    // Tab reaches that step's note from the top, scrolling it into view and keeping focus.
    assert!(tab_to(&mut harness, note), "Tab reaches the note far below");
    harness.run();
    #[expect(
        clippy::redundant_closure_for_method_calls,
        reason = "the method path does not satisfy the query's higher-ranked lifetime"
    )]
    let focused = harness.get_by(|node| node.is_focused());
    assert_eq!(focused.accesskit_node().label().as_deref(), Some(note));
    assert!(
        focused.rect().bottom() <= 720.0 && focused.rect().top() >= 0.0,
        "scrolled into view"
    );
    focused.type_text("typed after tabbing down");
    harness.run();
    assert_eq!(
        harness.state().progress().note("hold-contact-support"),
        "typed after tabbing down"
    );
}

#[test]
fn links_and_cautions_of_steps_off_screen_are_there_too() {
    use egui::accesskit::Role;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = short_app(dir.path());
    let link = "Contact Microsoft Support (support.microsoft.com)";
    let far_link = harness
        .get_all_by_label(link)
        .find(|node| node.rect().top() > 720.0)
        .expect("the last step's link is named while off screen");
    assert_eq!(far_link.accesskit_node().role(), Role::Link);
    assert!(
        harness
            .get_all_by_label_contains("Caution: ")
            .any(|node| node.rect().top() > 720.0),
        "cautions of steps off screen are read out too"
    );

    // A screen reader moves the focus straight to it: the list scrolls there, the step is
    // drawn in full and the real link takes over the focus.
    far_link.focus();
    harness.run();
    #[expect(
        clippy::redundant_closure_for_method_calls,
        reason = "the method path does not satisfy the query's higher-ranked lifetime"
    )]
    let focused = harness.get_by(|node| node.is_focused());
    assert_eq!(focused.accesskit_node().label().as_deref(), Some(link));
    assert_eq!(focused.accesskit_node().role(), Role::Link);
    assert!(
        focused.rect().bottom() <= 720.0 && focused.rect().top() >= 0.0,
        "scrolled into view"
    );
}

/// The app in a plain egui context, as a window without a screen reader runs it (kittest always
/// turns AccessKit on, which offers every step in full outline).
struct PlainWindow {
    ctx: egui::Context,
    app: App,
    frame: eframe::Frame,
    time: f64,
}

impl PlainWindow {
    fn new(dir: &std::path::Path) -> Self {
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let startup = signin_rescue::Startup::prepare(signin_rescue::AppOptions {
            language: Some(Language::En),
            clock: std::sync::Arc::new(common::clock()),
            dialogs: Box::new(signin_rescue::files::PresetDialogs::default()),
            ..signin_rescue::AppOptions::new(dir)
        })
        .expect("starts");
        let app = App::new(&cc, startup);
        Self {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            time: 0.0,
        }
    }

    /// One frame, a 60th of a second after the last, with `events`.
    fn frame(&mut self, events: Vec<egui::Event>) {
        use eframe::App as _;
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 720.0),
            )),
            time: Some(self.time),
            events,
            ..Default::default()
        };
        let (app, frame) = (&mut self.app, &mut self.frame);
        let mut output = self.ctx.run_ui(input, |ui| {
            app.logic(ui.ctx(), frame);
            app.ui(ui, frame);
        });
        // No GPU takes the font texture here.
        output.textures_delta.clear();
    }

    /// Frames with no input for half a second (scrolling settles).
    fn settle(&mut self) {
        for _ in 0..30 {
            self.frame(Vec::new());
        }
    }
}

#[test]
fn without_a_screen_reader_tab_still_walks_into_steps_off_screen() {
    use signin_rescue::progress::{Action, Progress};
    use signin_rescue::ui::step::note_id;
    let dir = tempfile::tempdir().expect("temp dir");
    // Not a first visit: a note is written, so the checklist shows rather than the questions.
    let mut progress = Progress::default();
    progress.apply(
        Action::NoteEdited {
            step: "hold-wait".into(),
            text: "waited a day".into(),
        },
        common::START.parse().expect("valid"),
    );
    std::fs::write(
        dir.path().join(signin_rescue::store::PROGRESS_FILE),
        signin_rescue::store::encode(&progress),
    )
    .expect("written");
    let mut window = PlainWindow::new(dir.path());
    window.settle();
    assert!(!window.app.is_guiding());
    let tab = egui::Event::Key {
        key: Key::Tab,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    };
    let note = note_id("hold-contact-support");
    let mut reached = false;
    for _ in 0..400 {
        window.frame(vec![tab.clone()]);
        window.frame(Vec::new());
        if window.ctx.memory(egui::Memory::focused) == Some(note) {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the note far below the window");
    window.settle();
    assert_eq!(
        window.ctx.memory(egui::Memory::focused),
        Some(note),
        "the focus stays"
    );
    let rect = window.ctx.read_response(note).expect("drawn").rect;
    assert!(
        rect.top() >= 0.0 && rect.bottom() <= 720.0,
        "scrolled into view: {rect:?}"
    );
    window.frame(vec![egui::Event::Text("typed by keyboard".into())]);
    window.frame(Vec::new());
    assert_eq!(
        window.app.progress().note("hold-contact-support"),
        "typed by keyboard"
    );
}

/// Checks that no node's description says its name again: a screen reader reads the name,
/// then the description, and would say the same words twice.
fn check_descriptions(harness: &Harness<'static, App>, screen: &str) -> usize {
    let mut described = 0;
    for node in harness.get_all_by(|node| node.description().is_some()) {
        let node = node.accesskit_node();
        let description = node.description().unwrap_or_default();
        let name = node.label().unwrap_or_default();
        described += 1;
        assert!(
            !description.trim().is_empty(),
            "{screen}: {name:?} has an empty description"
        );
        if name.trim().is_empty() {
            continue;
        }
        assert!(
            !description.contains(name.trim()) && !name.contains(description.trim()),
            "{screen}: {name:?} is described as {description:?}"
        );
    }
    described
}

#[test]
fn no_description_repeats_its_name_on_the_main_screens() {
    for language in Language::ALL {
        let t = texts(language);
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = common::app_at_first_visit(dir.path(), language);
        assert!(harness.state().is_guiding());
        let mut described = check_descriptions(&harness, &format!("{language:?} guide"));
        common::skip_guide(&mut harness, language);
        described += check_descriptions(&harness, &format!("{language:?} checklist"));
        for screen in [
            "command-show-connectivity",
            "command-show-draft",
            "command-show-support",
        ] {
            harness
                .get_by_label(&tr!(&t, signin_rescue::i18n::TextId::fixed(screen)))
                .click();
            harness.run();
            described += check_descriptions(&harness, &format!("{language:?} {screen}"));
        }
        // The tabs and the language switch say what they do and their shortcut.
        assert!(described >= 5, "{language:?}: {described} described");
    }
}
