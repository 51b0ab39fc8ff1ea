//! One walk through every screen: the guided start and each view, in both languages, both
//! themes, and at the usual and the smallest supported window size. On each, a person must see
//! where they are (the screen's heading, at the top of the window), nothing may stick out past
//! the window's right edge, and every control must be named in the screen's language.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use signin_rescue::App;
use signin_rescue::i18n::Language;
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::tr;
use signin_rescue::ui::Tab;
use signin_rescue::ui::command::Command;
use signin_rescue::ui::views::Views;

use crate::common::{app_at_first_visit, texts};
use crate::ui_accessibility::check_names;

/// The window sizes: the usual one and the smallest the app supports.
const SIZES: [[f32; 2]; 2] = [[1280.0, 800.0], [800.0, 600.0]];

/// The themes, as the View menu offers them.
const THEMES: [Command; 2] = [Command::ThemeLight, Command::ThemeDark];

/// Checks the screen shown now: `heading` is on screen near the top, no node reaches past the
/// right edge, and the controls are named in `language`.
fn check(harness: &Harness<'static, App>, language: Language, heading: &str, screen: &str) {
    let [width, height] = harness_size(harness);
    let node =
        harness.get_by(|n| n.role() == Role::Heading && n.label().as_deref() == Some(heading));
    let bounds = node.rect();
    assert!(
        bounds.min.y >= 0.0 && bounds.max.y <= height / 2.0,
        "{screen}: the heading {heading:?} is in the top half of the window, at {bounds:?}"
    );
    let sticking_out: Vec<String> = harness
        .get_all_by(|n| n.role() != Role::Window)
        .filter(|n| {
            // Pixels per point is 1 in the harness, so the tree's pixels are points.
            n.accesskit_node()
                .bounding_box()
                .is_some_and(|b| b.x1 > f64::from(width) + 1.0 && b.x0 < f64::from(width))
        })
        .map(|n| {
            let node = n.accesskit_node();
            format!("{:?} {:?}", node.role(), node.label().unwrap_or_default())
        })
        .collect();
    assert!(
        sticking_out.is_empty(),
        "{screen}: past the right edge of a {width} px window: {sticking_out:?}"
    );
    // The tabs, the menus and the language switch at least.
    check_names(harness, language, screen, 4);
}

fn harness_size(harness: &Harness<'static, App>) -> [f32; 2] {
    let rect = harness.ctx.content_rect();
    [rect.width(), rect.height()]
}

/// Every screen, in ja/en × light/dark × 1280×800 and 800×600.
#[test]
fn every_screen_in_both_languages_themes_and_sizes() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let views = Views::default();
    for language in [Language::Ja, Language::En] {
        let t = texts(language);
        for theme in THEMES {
            for size in SIZES {
                let dir = tempfile::tempdir().expect("temp dir");
                let mut harness = app_at_first_visit(dir.path(), language);
                harness.set_size(egui::Vec2::from(size));
                harness.run();
                // The theme, chosen in the View menu as a person would.
                harness.get_by_label(&tr!(&t, "menu-view")).click();
                harness.run();
                harness.get_by_label(&theme.label(&t)).click();
                harness.run();
                let dark = harness.ctx.global_style().visuals.dark_mode;
                assert_eq!(dark, theme == Command::ThemeDark, "{theme:?} is used");
                let at = format!("{language:?} {theme:?} {}x{}", size[0], size[1]);

                let first = tr!(&t, kb.guide.questions[0].text_id());
                check(&harness, language, &first, &format!("guide, {at}"));
                harness.get_by_label(&tr!(&t, "guide-skip")).click();
                harness.run();

                for tab in Tab::ALL {
                    let view = views.get(tab);
                    if tab == Tab::Aftercare {
                        // Offered once the person says, on the checklist, that they can sign
                        // in again.
                        harness
                            .get_by_label(&Tab::Checklist.command().label(&t))
                            .click();
                        harness.run();
                        harness.get_by_label(&tr!(&t, "recovered-yes")).click();
                    } else {
                        harness.get_by_label(&tab.command().label(&t)).click();
                    }
                    harness.run();
                    let heading = tr!(&t, view.heading());
                    check(&harness, language, &heading, &format!("{tab:?}, {at}"));
                }
            }
        }
    }
}
