//! The system's own file dialogs, and how the app tells a cancel from a dialog that could not
//! open.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::{DialogAnswer, DialogFuture, DialogRequest, FileDialogs};

/// The system's own file dialogs (rfd: the desktop portal or zenity on Linux).
#[derive(Debug, Default, Clone, Copy)]
pub struct NativeDialogs;

/// rfd answers "no file" both when the person cancels and when no dialog could open (it only
/// logs the failure). An answer sooner than this after the dialog was asked for cannot be a
/// person's: nobody reads a file dialog and presses Cancel within a quarter of a second.
const FASTEST_CANCEL: Duration = Duration::from_millis(250);

impl FileDialogs for NativeDialogs {
    fn save(&self, request: &DialogRequest) -> DialogFuture {
        if let Err(reason) = native_dialog_available() {
            return Box::pin(std::future::ready(DialogAnswer::Unavailable(reason)));
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(&request.title)
            .set_file_name(&request.file_name)
            .add_filter(&request.filter.0, &request.filter.1);
        let future = dialog.save_file();
        let asked = Instant::now();
        Box::pin(async move { native_answer(future.await.map(|h| h.path().to_owned()), asked) })
    }

    fn open(&self, request: &DialogRequest) -> DialogFuture {
        if let Err(reason) = native_dialog_available() {
            return Box::pin(std::future::ready(DialogAnswer::Unavailable(reason)));
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(&request.title)
            .add_filter(&request.filter.0, &request.filter.1);
        let future = dialog.pick_file();
        let asked = Instant::now();
        Box::pin(async move { native_answer(future.await.map(|h| h.path().to_owned()), asked) })
    }
}

fn native_answer(chosen: Option<PathBuf>, asked: Instant) -> DialogAnswer {
    match chosen {
        Some(path) => DialogAnswer::Chosen(path),
        None if asked.elapsed() < FASTEST_CANCEL => DialogAnswer::Unavailable(format!(
            "the file dialog answered in {:?}, too soon for a person",
            asked.elapsed()
        )),
        None => DialogAnswer::Cancelled,
    }
}

/// Whether rfd can show a dialog here. On Linux it needs the desktop portal's file chooser or
/// zenity; elsewhere the system's own dialogs are always there.
fn native_dialog_available() -> Result<(), String> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        use std::env;
        use std::path::Path;
        let on_path = |program: &str| {
            env::var_os("PATH").is_some_and(|paths| {
                env::split_paths(&paths).any(|dir| dir.join(program).is_file())
            })
        };
        if on_path("zenity") || Path::new("/.flatpak-info").exists() {
            return Ok(());
        }
        let bus = env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        let data_dirs = env::var_os("XDG_DATA_DIRS")
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
        let user_data = env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")));
        let portal = env::split_paths(&data_dirs).chain(user_data).any(|dir| {
            dir.join("dbus-1/services/org.freedesktop.portal.Desktop.service")
                .is_file()
        });
        if !(bus && portal) {
            return Err(format!(
                "no file dialog: zenity is not installed, session bus {bus}, desktop portal {portal}"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instant_no_is_a_dialog_that_could_not_open_and_a_slow_one_a_cancel() {
        let now = Instant::now();
        assert!(matches!(
            native_answer(None, now),
            DialogAnswer::Unavailable(_)
        ));
        let earlier = now
            .checked_sub(Duration::from_secs(2))
            .expect("a past instant");
        assert_eq!(native_answer(None, earlier), DialogAnswer::Cancelled);
        let path = PathBuf::from("/home/taro/checklist.pdf");
        assert_eq!(
            native_answer(Some(path.clone()), now),
            DialogAnswer::Chosen(path)
        );
    }
}
