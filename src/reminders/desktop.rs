//! The system's own notifications: the freedesktop notification service over D-Bus on Linux
//! and the BSDs (with zbus, which the window's accessibility support already brings), toasts
//! on Windows and the notification centre on macOS (with notify-rust).
//!
//! Clicking a notification brings the window forward where the system tells the app about the
//! click (Linux and Windows); on macOS a click brings the app forward by itself.

use std::sync::Arc;

use super::{Notifier, NotifyError, Reminder};

/// Called when the person clicks a reminder: brings the window forward.
pub type OnClick = Arc<dyn Fn() + Send + Sync>;

/// The name the system shows as the sender of a reminder.
const APP_NAME: &str = "Sign-in Rescue";

/// Shows reminders with the system's notifications.
pub struct DesktopNotifier {
    on_click: OnClick,
}

impl DesktopNotifier {
    /// A notifier whose reminders call `on_click` when clicked.
    #[must_use]
    pub fn new(on_click: OnClick) -> Self {
        Self { on_click }
    }
}

impl Notifier for DesktopNotifier {
    fn show(&self, reminder: &Reminder) -> Result<(), NotifyError> {
        platform::show(reminder, Arc::clone(&self.on_click))
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
mod platform {
    //! `org.freedesktop.Notifications.Notify`, then a thread that waits for the click.

    use std::collections::HashMap;

    use futures_lite::StreamExt as _;
    use zbus::zvariant::Value;

    use super::{APP_NAME, OnClick};
    use crate::reminders::{NotifyError, Reminder};

    const SERVICE: &str = "org.freedesktop.Notifications";
    const PATH: &str = "/org/freedesktop/Notifications";
    /// The action a click on the notification's body invokes.
    const DEFAULT_ACTION: &str = "default";

    fn error(e: &zbus::Error) -> NotifyError {
        NotifyError(e.to_string())
    }

    pub(super) fn show(reminder: &Reminder, on_click: OnClick) -> Result<(), NotifyError> {
        pollster::block_on(async {
            let connection = zbus::Connection::session().await.map_err(|e| error(&e))?;
            // Listen before asking, so that a quick click is not missed.
            let rule = zbus::MatchRule::builder()
                .msg_type(zbus::message::Type::Signal)
                .interface(SERVICE)
                .and_then(|b| b.path(PATH))
                .map_err(|e| error(&e))?
                .build();
            let signals = zbus::MessageStream::for_match_rule(rule, &connection, Some(16))
                .await
                .map_err(|e| error(&e))?;
            let hints: HashMap<&str, Value<'_>> = HashMap::from([
                ("desktop-entry", Value::from(crate::assets::APP_ID)),
                // Normal urgency: the reminder is welcome, not an alarm.
                ("urgency", Value::from(1_u8)),
            ]);
            let reply = connection
                .call_method(
                    Some(SERVICE),
                    PATH,
                    Some(SERVICE),
                    "Notify",
                    &(
                        APP_NAME,
                        0_u32,
                        "",
                        reminder.title.as_str(),
                        reminder.body.as_str(),
                        vec![DEFAULT_ACTION, reminder.title.as_str()],
                        hints,
                        -1_i32,
                    ),
                )
                .await
                .map_err(|e| error(&e))?;
            let id: u32 = reply.body().deserialize().map_err(|e| error(&e))?;
            let waiting = std::thread::Builder::new()
                .name("reminder-click".into())
                .spawn(move || {
                    pollster::block_on(wait_for_click(connection, signals, id, on_click));
                });
            if let Err(e) = waiting {
                log::warn!("a click on the reminder will not bring the window forward: {e}");
            }
            Ok(())
        })
    }

    /// Brings the window forward if reminder `id` is clicked; returns once it is closed.
    async fn wait_for_click(
        _connection: zbus::Connection,
        mut signals: zbus::MessageStream,
        id: u32,
        on_click: OnClick,
    ) {
        while let Some(Ok(message)) = signals.next().await {
            let header = message.header();
            match header.member().map(zbus::names::MemberName::as_str) {
                Some("ActionInvoked") => {
                    if let Ok((of, action)) = message.body().deserialize::<(u32, String)>()
                        && of == id
                        && action == DEFAULT_ACTION
                    {
                        on_click();
                        return;
                    }
                }
                Some("NotificationClosed") => {
                    if let Ok((of, _reason)) = message.body().deserialize::<(u32, u32)>()
                        && of == id
                    {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(windows)]
mod platform {
    //! A toast sent as the app's `AppUserModelID`, so that Windows names it after the app (the
    //! `DisplayName` the installer registered: 「サインイン レスキュー」 on Japanese Windows) and
    //! not after PowerShell.

    use super::{APP_NAME, OnClick};
    use crate::assets::WINDOWS_APP_USER_MODEL_ID;
    use crate::reminders::{NotifyError, Reminder};

    /// The toast for `reminder`: what is sent, as the app.
    pub(super) fn toast(reminder: &Reminder) -> notify_rust::Notification {
        let mut toast = notify_rust::Notification::new();
        toast
            .appname(APP_NAME)
            .app_id(WINDOWS_APP_USER_MODEL_ID)
            .summary(&reminder.title)
            .body(&reminder.body);
        toast
    }

    pub(super) fn show(reminder: &Reminder, on_click: OnClick) -> Result<(), NotifyError> {
        // Windows drops toasts from an id it does not know without a word: say so instead, and
        // the window's own notice takes over.
        if !crate::windows::app_user_model_id_registered(WINDOWS_APP_USER_MODEL_ID) {
            return Err(NotifyError(format!(
                "the toast sender {WINDOWS_APP_USER_MODEL_ID} is not registered (the app was not installed with its installer)"
            )));
        }
        let handle = toast(reminder)
            .show()
            .map_err(|e| NotifyError(e.to_string()))?;
        let waiting = std::thread::Builder::new()
            .name("reminder-click".into())
            .spawn(move || {
                let _ = handle.wait_for_response(|response: &notify_rust::NotificationResponse| {
                    if response.is_default_action() {
                        on_click();
                    }
                });
            });
        if let Err(e) = waiting {
            log::warn!("a click on the reminder will not bring the window forward: {e}");
        }
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn reminder() -> Reminder {
            Reminder {
                title: "待ち時間が終わりました".into(),
                body: "次の手順: 別の確認方法を選ぶ".into(),
            }
        }

        #[test]
        fn a_toast_is_sent_as_the_app_with_the_reminder_words() {
            let toast = toast(&reminder());
            // notify-rust keeps the id private; its Debug form shows it.
            let sent = format!("{toast:?}");
            assert!(
                sent.contains(&format!("app_id: Some({WINDOWS_APP_USER_MODEL_ID:?})")),
                "{sent}"
            );
            assert_eq!(toast.summary, "待ち時間が終わりました");
            assert_eq!(toast.body, "次の手順: 別の確認方法を選ぶ");
        }

        #[test]
        fn without_the_installer_the_reminder_fails_so_the_window_tells_instead() {
            // The test machine's registry has no entry for the app (nothing installed it).
            let error = show(&reminder(), std::sync::Arc::new(|| {}))
                .expect_err("an unregistered sender cannot show toasts");
            assert!(error.0.contains(WINDOWS_APP_USER_MODEL_ID), "{error}");
        }
    }
}

#[cfg(target_os = "macos")]
mod platform {
    //! notify-rust: the notification centre. A click brings the app forward by itself.

    use super::{APP_NAME, OnClick};
    use crate::reminders::{NotifyError, Reminder};

    pub(super) fn show(reminder: &Reminder, on_click: OnClick) -> Result<(), NotifyError> {
        let handle = notify_rust::Notification::new()
            .appname(APP_NAME)
            .summary(&reminder.title)
            .body(&reminder.body)
            .show()
            .map_err(|e| NotifyError(e.to_string()))?;
        // The notification goes out when its handle is dropped.
        drop(handle);
        drop(on_click);
        Ok(())
    }
}

#[cfg(not(any(unix, windows)))]
mod platform {
    use super::OnClick;
    use crate::reminders::{NotifyError, Reminder};

    pub(super) fn show(_reminder: &Reminder, _on_click: OnClick) -> Result<(), NotifyError> {
        Err(NotifyError(
            "this system has no notifications the app knows".into(),
        ))
    }
}
