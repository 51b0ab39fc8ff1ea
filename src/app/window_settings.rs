//! The window's own settings (theme, text size, size and position), kept in `window.ron` in the
//! data folder rather than in the person's progress: they belong to this computer, not to the
//! recovery. The file is written by the store's atomic writer (0600, never through a link to a
//! device), theme and text size as soon as they change, the window's size and position at exit.

use std::path::{Path, PathBuf};

use crate::store::{self, Fs as _};

use super::startup::WINDOW_FILE;

/// The smallest and largest text size the menu and the shortcuts allow.
pub const ZOOM_RANGE: (f32, f32) = (0.6, 2.5);

/// The largest `window.ron` read; the real one is under 200 bytes.
const MAX_WINDOW_FILE_BYTES: u64 = 64 * 1024;

/// The window's size and place, in points.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Geometry {
    /// The inner size.
    pub size: [f32; 2],
    /// The outer top-left corner, where the system tells it.
    pub position: Option<[f32; 2]>,
    /// Whether the window was maximised.
    pub maximized: bool,
}

/// Settings of the window rather than of the person's progress.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ViewPrefs {
    /// Light, dark or the system's.
    pub theme: egui::ThemePreference,
    /// The text size.
    pub zoom: f32,
    /// The window's size and place at the last exit.
    #[serde(default)]
    pub window: Option<Geometry>,
    /// Whether a wait that ends in the background brings a notification of the system (on
    /// unless turned off in View).
    #[serde(default = "on")]
    pub reminders: bool,
}

fn on() -> bool {
    true
}

impl ViewPrefs {
    /// Whether the settings the person chose (not the window's place) differ.
    fn choices_differ(&self, other: &Self) -> bool {
        self.theme != other.theme
            || self.zoom.to_bits() != other.zoom.to_bits()
            || self.reminders != other.reminders
    }
}

/// `window.ron` in `data_dir`.
#[must_use]
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(WINDOW_FILE)
}

/// The saved settings, if a usable file is there (a damaged one is simply not used: these are
/// settings of the window, and the next change writes a good file).
#[must_use]
pub fn load(data_dir: &Path) -> Option<ViewPrefs> {
    let bytes = store::RealFs
        .read(&path(data_dir), MAX_WINDOW_FILE_BYTES)
        .ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    let mut prefs: ViewPrefs = ron::from_str(text)
        .inspect_err(|e| log::warn!("window.ron is not usable: {e}"))
        .ok()?;
    prefs.zoom = if prefs.zoom.is_finite() {
        prefs.zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1)
    } else {
        1.0
    };
    let sane = |v: f32| v.is_finite() && v.abs() < 100_000.0;
    prefs.window = prefs.window.filter(|g| {
        g.size.iter().all(|&v| sane(v) && v >= 100.0)
            && g.position.is_none_or(|p| p.iter().all(|&v| sane(v)))
    });
    Some(prefs)
}

/// The text of `window.ron`.
#[must_use]
pub fn encode(prefs: &ViewPrefs) -> String {
    ron::ser::to_string_pretty(prefs, ron::ser::PrettyConfig::new()).unwrap_or_default()
}

/// The window's settings now.
#[must_use]
pub fn current(ctx: &egui::Context, window: Option<Geometry>, reminders: bool) -> ViewPrefs {
    ViewPrefs {
        theme: ctx.options(|o| o.theme_preference),
        zoom: ctx.zoom_factor(),
        window,
        reminders,
    }
}

/// The window's size and place now, if the system tells them.
#[must_use]
pub fn geometry(ctx: &egui::Context) -> Option<Geometry> {
    ctx.input(|i| {
        let viewport = i.viewport();
        let size = viewport.inner_rect?.size();
        Some(Geometry {
            size: [size.x, size.y],
            position: viewport.outer_rect.map(|r| [r.min.x, r.min.y]),
            maximized: viewport.maximized.unwrap_or(false),
        })
    })
}

/// Applies saved settings to the new window.
pub fn apply(ctx: &egui::Context, prefs: &ViewPrefs) {
    ctx.set_theme(prefs.theme);
    ctx.set_zoom_factor(prefs.zoom);
}

/// Opens the window where it was, at the size it had.
#[must_use]
pub fn place(
    mut viewport: egui::ViewportBuilder,
    prefs: Option<&ViewPrefs>,
) -> egui::ViewportBuilder {
    let Some(window) = prefs.and_then(|p| p.window) else {
        return viewport;
    };
    viewport = viewport
        .with_inner_size(window.size)
        .with_maximized(window.maximized);
    if let Some(position) = window.position {
        viewport = viewport.with_position(position);
    }
    viewport
}

/// Remembers what `window.ron` holds and says when it must be written again.
#[derive(Debug)]
pub struct ViewFile {
    written: Option<ViewPrefs>,
}

impl ViewFile {
    /// Starts from the settings read at start.
    #[must_use]
    pub fn new(loaded: Option<ViewPrefs>) -> Self {
        Self { written: loaded }
    }

    /// The text to write when the person's choices changed since the last write.
    pub fn changed(&mut self, now: ViewPrefs) -> Option<String> {
        let differ = self.written.is_none_or(|w| w.choices_differ(&now));
        if !differ {
            return None;
        }
        // The place is kept from before until the exit writes the current one.
        let kept = ViewPrefs {
            window: self.written.and_then(|w| w.window).or(now.window),
            ..now
        };
        self.written = Some(kept);
        Some(encode(&kept))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs(zoom: f32) -> ViewPrefs {
        ViewPrefs {
            theme: egui::ThemePreference::Dark,
            zoom,
            window: Some(Geometry {
                size: [900.0, 700.0],
                position: Some([10.0, 20.0]),
                maximized: false,
            }),
            reminders: true,
        }
    }

    #[test]
    fn settings_round_trip_and_bad_values_are_tamed() {
        let dir = tempfile::tempdir().expect("temp dir");
        store::write_file(&path(dir.path()), encode(&prefs(1.3)).as_bytes()).expect("written");
        assert_eq!(load(dir.path()), Some(prefs(1.3)));
        let hostile = encode(&prefs(1.3))
            .replace("1.3", "1e30")
            .replace("900.0", "-5.0");
        store::write_file(&path(dir.path()), hostile.as_bytes()).expect("written");
        let loaded = load(dir.path()).expect("usable");
        assert!((loaded.zoom - ZOOM_RANGE.1).abs() < f32::EPSILON);
        assert_eq!(loaded.window, None);
        std::fs::write(path(dir.path()), "(garbage").expect("write");
        assert_eq!(load(dir.path()), None);
    }

    #[test]
    fn a_change_of_text_size_or_theme_is_written_at_once_the_place_at_exit() {
        let mut file = ViewFile::new(Some(prefs(1.0)));
        let mut moved = prefs(1.0);
        moved.window = Some(Geometry {
            size: [1000.0, 800.0],
            position: None,
            maximized: true,
        });
        assert_eq!(
            file.changed(moved),
            None,
            "moving the window writes nothing yet"
        );
        let written = file.changed(prefs(1.2)).expect("the text size changed");
        assert!(written.contains("1.2"));
        assert_eq!(file.changed(prefs(1.2)), None, "written once");
        let quiet = ViewPrefs {
            reminders: false,
            ..prefs(1.2)
        };
        let written = file.changed(quiet).expect("reminders were turned off");
        assert!(written.contains("reminders: false"));
    }

    #[test]
    fn reminders_are_on_in_a_window_file_from_before_they_existed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let old = encode(&prefs(1.0)).replace("reminders: true,", "");
        assert!(!old.contains("reminders"));
        store::write_file(&path(dir.path()), old.as_bytes()).expect("written");
        assert!(load(dir.path()).expect("usable").reminders);
    }

    #[cfg(unix)]
    #[test]
    fn window_ron_is_private_and_never_written_through_a_link_to_a_device() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("temp dir");
        store::write_file(&path(dir.path()), encode(&prefs(1.0)).as_bytes()).expect("written");
        let mode = std::fs::metadata(path(dir.path()))
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        std::fs::remove_file(path(dir.path())).expect("remove");
        std::os::unix::fs::symlink("/dev/null", path(dir.path())).expect("link");
        assert!(store::write_file(&path(dir.path()), b"x").is_err());
        assert_eq!(load(dir.path()), None);
    }
}
