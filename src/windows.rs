//! The few Windows calls the standard library does not make for us. This is the only module
//! with `unsafe` code (a test in `tests/data/` keeps it so); each call takes NUL-terminated
//! UTF-16 strings that live across the call, and reports failure through its return value.
//!
//! - [`replace_file`]: a save that survives a power cut. `std::fs::rename` replaces the file but
//!   may return before the new name is on disk; `MOVEFILE_WRITE_THROUGH` waits until it is.
//! - [`attach_parent_console`]: the release .exe is a window program, so `--help` or an export
//!   run from `cmd.exe` or PowerShell would print nothing without it.
//! - [`set_app_user_model_id`] and [`app_user_model_id_registered`]: reminders appear as toasts
//!   named after the app (not after PowerShell) when the installer has registered the id.

#![expect(
    unsafe_code,
    reason = "Win32 calls with no safe wrapper in std: MoveFileExW, AttachConsole, the app id"
)]

use std::ffi::OsStr;
use std::io;
use std::os::windows::ffi::OsStrExt as _;
use std::path::Path;

use windows_sys::Win32::Foundation::ERROR_SUCCESS;
use windows_sys::Win32::Storage::FileSystem::{
    MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH, MoveFileExW,
};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
};
use windows_sys::Win32::System::Registry::{HKEY_CURRENT_USER, RRF_RT_REG_SZ, RegGetValueW};
use windows_sys::Win32::UI::Shell::SetCurrentProcessExplicitAppUserModelID;

/// A NUL-terminated UTF-16 copy of `text`, as the W functions take.
fn wide(text: &OsStr) -> Vec<u16> {
    text.encode_wide().chain(Some(0)).collect()
}

/// Replaces `to` with `from` (both in the same folder) and returns only once the change is
/// written through to the disk, so that a power cut right after leaves the new file.
///
/// # Errors
/// The system's error, e.g. access denied when another program holds `to` open.
pub fn replace_file(from: &Path, to: &Path) -> io::Result<()> {
    let (from, to) = (wide(from.as_os_str()), wide(to.as_os_str()));
    // SAFETY: both pointers are NUL-terminated UTF-16 strings owned by this frame.
    let moved = unsafe {
        MoveFileExW(
            from.as_ptr(),
            to.as_ptr(),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH,
        )
    };
    if moved == 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// Lets a command-line run print to the console it was started from. Does nothing when the
/// output already goes somewhere (redirected to a file, or a console program started it).
pub fn attach_parent_console() {
    // SAFETY: GetStdHandle and AttachConsole take plain integers.
    unsafe {
        if GetStdHandle(STD_OUTPUT_HANDLE).is_null() {
            // Fails when started from Explorer (no console): then there is nowhere to print.
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

/// Makes `id` this process's `AppUserModelID`, the id Windows groups its windows and toasts by.
///
/// # Errors
/// The system's error code when Windows refuses the id.
pub fn set_app_user_model_id(id: &str) -> io::Result<()> {
    let id = wide(OsStr::new(id));
    // SAFETY: a NUL-terminated UTF-16 string owned by this frame; Windows copies it.
    let result = unsafe { SetCurrentProcessExplicitAppUserModelID(id.as_ptr()) };
    if result < 0 {
        Err(io::Error::other(format!("HRESULT {result:#010x}")))
    } else {
        Ok(())
    }
}

/// The registry key under `HKEY_CURRENT_USER` that names a toast sender: its `DisplayName` is
/// what a toast shows as its sender. The installer writes it; the uninstaller removes it.
#[must_use]
pub fn app_user_model_id_key(id: &str) -> String {
    format!(r"Software\Classes\AppUserModelId\{id}")
}

/// Whether Windows knows `id` as a toast sender (the installer registered it). Without that,
/// Windows drops toasts from the id in silence, so the app shows its own notice instead.
#[must_use]
pub fn app_user_model_id_registered(id: &str) -> bool {
    let key = wide(OsStr::new(&app_user_model_id_key(id)));
    let value = wide(OsStr::new("DisplayName"));
    let mut size = 0u32;
    // SAFETY: NUL-terminated UTF-16 strings owned by this frame; with no buffer, the call only
    // writes the value's size into `size`.
    let status = unsafe {
        RegGetValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            value.as_ptr(),
            RRF_RT_REG_SZ,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            &raw mut size,
        )
    };
    status == ERROR_SUCCESS && size > 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacing_a_file_keeps_the_new_content_and_only_one_name() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (temp, file) = (
            dir.path().join("進み具合.tmp"),
            dir.path().join("進み具合.ron"),
        );
        std::fs::write(&file, "old").expect("write");
        std::fs::write(&temp, "new").expect("write");
        replace_file(&temp, &file).expect("replaced");
        assert_eq!(std::fs::read_to_string(&file).expect("read"), "new");
        assert!(!temp.exists(), "the temporary name is gone");
    }

    #[test]
    fn a_replace_that_cannot_happen_says_why() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let error = replace_file(&dir.path().join("missing"), &dir.path().join("to"))
            .expect_err("nothing to move");
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn an_unregistered_sender_is_told_apart() {
        assert!(!app_user_model_id_registered(
            "SigninRescue.Test.NeverRegistered"
        ));
    }
}
