//! The system's own file dialogs, and how the app tells a cancel from a dialog that could not
//! open.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use super::{DialogAnswer, DialogFuture, DialogRequest, FileDialogs};

/// The system's own file dialogs (rfd: the desktop portal or zenity on Linux).
#[derive(Debug, Default, Clone, Copy)]
pub struct NativeDialogs;

/// rfd answers "no file" both when the person cancels and when no dialog could open; it tells
/// them apart only in its log: when the portal fails it falls back to zenity, and when zenity
/// fails too it logs an error naming zenity. The app's logger hands every record to
/// [`observe_log`], which counts those; a "no file" with no new failure is a cancel, however
/// fast. (Time cannot tell: a person may press Esc at once, and the recovery-form draft must
/// then stay unwritten.)
static DIALOG_FAILURES: AtomicU64 = AtomicU64::new(0);

/// Looks at one log record for rfd saying that no file dialog could open at all. The app's
/// logger calls this for every record (see `main.rs`).
pub fn observe_log(record: &log::Record<'_>) {
    if record.level() == log::Level::Error
        && record.target().starts_with("rfd")
        && record.args().to_string().contains("zenity")
    {
        DIALOG_FAILURES.fetch_add(1, Ordering::SeqCst);
    }
}

fn dialog_failures() -> u64 {
    DIALOG_FAILURES.load(Ordering::SeqCst)
}

impl FileDialogs for NativeDialogs {
    fn save(&self, request: &DialogRequest) -> DialogFuture {
        if let Err(reason) = native_dialog_available() {
            return Box::pin(std::future::ready(DialogAnswer::Unavailable(reason)));
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(&request.title)
            .set_file_name(&request.file_name)
            .add_filter(&request.filter.0, &request.filter.1);
        let failures = dialog_failures();
        let future = dialog.save_file();
        Box::pin(async move { native_answer(future.await.map(|h| h.path().to_owned()), failures) })
    }

    fn open(&self, request: &DialogRequest) -> DialogFuture {
        if let Err(reason) = native_dialog_available() {
            return Box::pin(std::future::ready(DialogAnswer::Unavailable(reason)));
        }
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(&request.title)
            .add_filter(&request.filter.0, &request.filter.1);
        let failures = dialog_failures();
        let future = dialog.pick_file();
        Box::pin(async move { native_answer(future.await.map(|h| h.path().to_owned()), failures) })
    }
}

/// The answer, from what rfd returned and the failure count before the dialog was asked for.
fn native_answer(chosen: Option<PathBuf>, failures_before: u64) -> DialogAnswer {
    match chosen {
        Some(path) => DialogAnswer::Chosen(path),
        None if dialog_failures() != failures_before => {
            DialogAnswer::Unavailable("no file dialog could open (rfd logged the failure)".into())
        }
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

    fn rfd_error(message: &str) {
        observe_log(
            &log::Record::builder()
                .level(log::Level::Error)
                .target("rfd::backend::xdg_desktop_portal")
                .args(format_args!("{message}"))
                .build(),
        );
    }

    #[test]
    fn an_instant_cancel_is_a_cancel_and_only_a_failed_dialog_falls_back() {
        // Esc at once: nothing failed, so nothing may be written anywhere.
        let before = dialog_failures();
        assert_eq!(native_answer(None, before), DialogAnswer::Cancelled);
        // The portal failed but zenity opened, and the person cancelled: still a cancel.
        rfd_error("OpenFile failed: org.freedesktop.DBus.Error.ServiceUnknown");
        assert_eq!(native_answer(None, before), DialogAnswer::Cancelled);
        // zenity failed too: no dialog ever showed.
        rfd_error("Failed to save file with zenity: No such file or directory");
        assert!(matches!(
            native_answer(None, before),
            DialogAnswer::Unavailable(_)
        ));
        let path = PathBuf::from("/home/taro/checklist.pdf");
        assert_eq!(
            native_answer(Some(path.clone()), before),
            DialogAnswer::Chosen(path)
        );
    }
}
