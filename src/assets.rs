//! Files compiled into the binary, so the app needs nothing installed beside it.

/// `BIZ UDPGothic` Regular (SIL Open Font License 1.1, see `assets/fonts/OFL.txt`): a
/// universal-design Japanese face with Latin glyphs, used for every screen and the PDF so that
/// Japanese renders the same on machines with no Japanese fonts.
pub const FONT: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Regular.ttf");

/// The name the font is registered under in egui.
pub const FONT_NAME: &str = "biz-udp-gothic";

/// The app's icon (256×256 PNG), for the window and the taskbar.
pub const ICON: &[u8] = include_bytes!("../assets/icon.png");

/// The app's id: the Linux `.desktop` file name and the Wayland app id.
pub const APP_ID: &str = "signin-rescue";

/// The app's `AppUserModelID` on Windows: the id its windows are grouped by and its reminders are
/// sent as. The installer registers it under `HKEY_CURRENT_USER\Software\Classes\AppUserModelId`
/// with the app's name in the person's language (`packaging/windows/installer.nsi`).
pub const WINDOWS_APP_USER_MODEL_ID: &str = "SigninRescue.App";
