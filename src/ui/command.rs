//! The app's commands, each defined once: its label, its keyboard shortcut, where its menu entry
//! is, and (in `app::commands`) what it does. Menus, buttons, tabs, the shortcut handler and the
//! shortcut list in the View menu all read this table, in the manner of rerun's `UICommand`.
//!
//! Adding a command is one variant here (label id, shortcut, menu), one arm in
//! `App::run_command`, and one message in each language.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{TextId, Texts};
use crate::tr;
use crate::ui::{Shared, UiAction};

/// Declares [`Command`] and [`Command::ALL`] from one list, in the order menus and the shortcut
/// list show them, so that no command can be missing from `ALL`.
macro_rules! commands {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Something the person can ask the app to do from a menu, a button or the keyboard.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Command {
            $($(#[doc = $doc])* $name,)*
        }

        impl Command {
            /// Every command, in the order menus and the shortcut list show them.
            pub const ALL: [Self; [$(stringify!($name)),*].len()] = [$(Self::$name),*];
        }
    };
}

commands! {
    /// Open the guided start's questions again.
    OpenGuide,
    /// Save the progress to a file of the person's choice.
    ExportProgress,
    /// Read a progress file of the person's choice, to replace the current one.
    ImportProgress,
    /// Ask whether to start with empty progress.
    StartOver,
    /// Save the printable checklist as PDF.
    SavePdf,
    /// Save the printable checklist as plain text.
    SaveText,
    /// Show the data folder in the file manager.
    OpenDataFolder,
    /// Save the recovery-form draft as a text file (never with passwords).
    SaveDraft,
    /// Switch between Japanese and English.
    SwitchLanguage,
    /// Show the checklist.
    ShowChecklist,
    /// Show the connection check.
    ShowConnectivity,
    /// Show the recovery-form draft.
    ShowDraft,
    /// Show support and safety.
    ShowSupport,
    /// Show what to do after signing in again.
    ShowAftercare,
    /// Follow the system's light or dark theme.
    ThemeSystem,
    /// The light theme.
    ThemeLight,
    /// The dark theme.
    ThemeDark,
    /// Make the text larger.
    TextLarger,
    /// Make the text smaller.
    TextSmaller,
    /// Back to the normal text size.
    TextReset,
    /// Turn the system notification at the end of a wait on or off.
    ToggleReminders,
    /// Start the connection check.
    StartCheck,
    /// Stop the running connection check.
    StopCheck,
    /// Try the failed save again now.
    RetrySave,
}

/// The menus of the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    /// Export, import, start over, printing, the data folder.
    Progress,
    /// Theme and text size.
    View,
}

impl Command {
    /// The id of the command's label.
    #[must_use]
    pub fn label_id(self) -> TextId {
        TextId::fixed(match self {
            Self::SavePdf => "command-save-pdf",
            Self::SaveText => "command-save-text",
            Self::ExportProgress => "command-export",
            Self::ImportProgress => "command-import",
            Self::StartOver => "command-start-over",
            Self::OpenGuide => "command-open-guide",
            Self::OpenDataFolder => "command-open-folder",
            Self::SaveDraft => "command-save-draft",
            Self::SwitchLanguage => "command-switch-language",
            Self::ShowChecklist => "command-show-checklist",
            Self::ShowConnectivity => "command-show-connectivity",
            Self::ShowDraft => "command-show-draft",
            Self::ShowSupport => "command-show-support",
            Self::ShowAftercare => "command-show-aftercare",
            Self::TextLarger => "command-text-larger",
            Self::TextSmaller => "command-text-smaller",
            Self::TextReset => "command-text-reset",
            Self::ThemeSystem => "command-theme-system",
            Self::ThemeLight => "command-theme-light",
            Self::ThemeDark => "command-theme-dark",
            Self::ToggleReminders => "command-reminders",
            Self::StartCheck => "command-start-check",
            Self::StopCheck => "command-stop-check",
            Self::RetrySave => "command-retry-save",
        })
    }

    /// The command's label in the person's language.
    #[must_use]
    pub fn label(self, texts: &Texts) -> String {
        tr!(texts, self.label_id())
    }

    /// The keyboard shortcut, if the command has one (Ctrl on Windows and Linux, ⌘ on a Mac).
    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let key = match self {
            Self::SavePdf => Key::P,
            Self::ExportProgress => Key::E,
            Self::SwitchLanguage => Key::L,
            Self::ShowChecklist => Key::Num1,
            Self::ShowConnectivity => Key::Num2,
            Self::ShowDraft => Key::Num3,
            Self::ShowSupport => Key::Num4,
            Self::ShowAftercare => Key::Num5,
            Self::TextLarger => Key::Plus,
            Self::TextSmaller => Key::Minus,
            Self::TextReset => Key::Num0,
            Self::SaveText
            | Self::ImportProgress
            | Self::StartOver
            | Self::OpenGuide
            | Self::OpenDataFolder
            | Self::SaveDraft
            | Self::ThemeSystem
            | Self::ThemeLight
            | Self::ThemeDark
            | Self::ToggleReminders
            | Self::StartCheck
            | Self::StopCheck
            | Self::RetrySave => return None,
        };
        Some(KeyboardShortcut::new(Modifiers::COMMAND, key))
    }

    /// Other keys that do the same: Ctrl+= for larger text, as on keyboards where + needs Shift.
    fn extra_shortcuts(self) -> &'static [KeyboardShortcut] {
        const LARGER: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)];
        if self == Self::TextLarger {
            &LARGER
        } else {
            &[]
        }
    }

    /// The menu the command is an entry of, and its group there (groups are set apart by a
    /// line); `None` for commands offered only as buttons or keys.
    #[must_use]
    pub fn menu(self) -> Option<(Menu, u8)> {
        match self {
            Self::OpenGuide => Some((Menu::Progress, 0)),
            Self::ExportProgress | Self::ImportProgress | Self::StartOver => {
                Some((Menu::Progress, 1))
            }
            Self::SavePdf | Self::SaveText => Some((Menu::Progress, 2)),
            Self::OpenDataFolder => Some((Menu::Progress, 3)),
            Self::ThemeSystem | Self::ThemeLight | Self::ThemeDark => Some((Menu::View, 0)),
            Self::TextLarger | Self::TextSmaller | Self::TextReset => Some((Menu::View, 1)),
            Self::ToggleReminders => Some((Menu::View, 2)),
            Self::SaveDraft
            | Self::SwitchLanguage
            | Self::ShowChecklist
            | Self::ShowConnectivity
            | Self::ShowDraft
            | Self::ShowSupport
            | Self::ShowAftercare
            | Self::StartCheck
            | Self::StopCheck
            | Self::RetrySave => None,
        }
    }

    /// Whether the command can run now.
    #[must_use]
    pub fn is_enabled(self, shared: &Shared<'_>) -> bool {
        match self {
            Self::ImportProgress | Self::StartOver => shared.can_replace,
            Self::ShowAftercare => shared.progress.recovered.is_some(),
            Self::StartCheck => shared.live_check.is_none(),
            Self::StopCheck => shared.live_check.is_some(),
            Self::SavePdf
            | Self::SaveText
            | Self::ExportProgress
            | Self::OpenGuide
            | Self::OpenDataFolder
            | Self::SaveDraft
            | Self::SwitchLanguage
            | Self::ShowChecklist
            | Self::ShowConnectivity
            | Self::ShowDraft
            | Self::ShowSupport
            | Self::TextLarger
            | Self::TextSmaller
            | Self::TextReset
            | Self::ThemeSystem
            | Self::ThemeLight
            | Self::ThemeDark
            | Self::ToggleReminders
            | Self::RetrySave => true,
        }
    }

    /// The shortcut as the platform writes it ("Ctrl+P", "Cmd+P"), its key named in the
    /// screen's language ("Ctrl+プラス"), or empty.
    #[must_use]
    pub fn shortcut_text(self, texts: &Texts, ctx: &egui::Context) -> String {
        self.shortcut()
            .map(|shortcut| shortcut_name(texts, ctx, &shortcut))
            .unwrap_or_default()
    }

    /// "Label (Ctrl+P)", for tooltips and the shortcut list; just the label without a shortcut.
    #[must_use]
    pub fn with_shortcut(self, texts: &Texts, ctx: &egui::Context) -> String {
        match self.shortcut() {
            Some(shortcut) => tr!(
                texts,
                "command-with-shortcut",
                command = self.label(texts),
                shortcut = shortcut_name(texts, ctx, &shortcut)
            ),
            None => self.label(texts),
        }
    }

    /// A longer explanation of the command, shown when the pointer rests on its entry.
    #[must_use]
    pub fn hint_id(self) -> Option<TextId> {
        (self == Self::ToggleReminders).then(|| TextId::fixed("command-reminders-hint"))
    }

    /// Whether a setting that is on or off (reminders) is on; `None` for other commands.
    #[must_use]
    pub fn is_on(self, shared: &Shared<'_>) -> Option<bool> {
        (self == Self::ToggleReminders).then_some(shared.reminders_on)
    }

    /// Whether a choice-like command is the current choice (the themes); `None` for actions.
    #[must_use]
    pub fn is_checked(self, ctx: &egui::Context) -> Option<bool> {
        self.theme()
            .map(|preference| ctx.options(|o| o.theme_preference) == preference)
    }

    /// The theme a theme command chooses; `None` for other commands.
    #[must_use]
    pub fn theme(self) -> Option<egui::ThemePreference> {
        const THEMES: [(Command, egui::ThemePreference); 3] = [
            (Command::ThemeSystem, egui::ThemePreference::System),
            (Command::ThemeLight, egui::ThemePreference::Light),
            (Command::ThemeDark, egui::ThemePreference::Dark),
        ];
        THEMES
            .iter()
            .find(|(command, _)| *command == self)
            .map(|(_, preference)| *preference)
    }

    /// The commands whose shortcut was pressed this frame (each consumed, so that no widget
    /// also acts on it).
    pub fn pressed(ui: &egui::Ui, shared: &Shared<'_>) -> Vec<Self> {
        ui.input_mut(|input| {
            Self::ALL
                .into_iter()
                .filter(|command| {
                    let mut hit = false;
                    for shortcut in command.shortcut().iter().chain(command.extra_shortcuts()) {
                        hit |= input.consume_shortcut(shortcut);
                    }
                    hit
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .filter(|command| command.is_enabled(shared))
        .collect()
    }

    /// A button for the command; pressing it asks for the command.
    pub fn button_ui(
        self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        actions: &mut Vec<UiAction>,
    ) -> egui::Response {
        let response = ui.add_enabled(
            self.is_enabled(shared),
            egui::Button::new(self.label(shared.texts)),
        );
        if response.clicked() {
            actions.push(UiAction::Command(self));
        }
        response
    }

    /// The command's entry in a menu, with its shortcut; a choice (a theme) as a radio button,
    /// a setting that is on or off as a tick box.
    pub fn menu_entry_ui(
        self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        actions: &mut Vec<UiAction>,
    ) {
        let label = self.label(shared.texts);
        let response = match (self.is_checked(ui.ctx()), self.is_on(shared)) {
            (Some(checked), _) => ui.add_enabled(
                self.is_enabled(shared),
                egui::RadioButton::new(checked, label),
            ),
            (None, Some(on)) => {
                let mut shown = on;
                crate::ui::widgets::checkbox(ui, &mut shown, &label)
            }
            (None, None) => {
                let mut button = egui::Button::new(label);
                if let Some(shortcut) = self.shortcut() {
                    button = button.shortcut_text(shortcut_name(shared.texts, ui.ctx(), &shortcut));
                }
                ui.add_enabled(self.is_enabled(shared), button)
            }
        };
        let response = match self.hint_id() {
            Some(hint) => response.on_hover_text(tr!(shared.texts, hint)),
            None => response,
        };
        if response.clicked() {
            actions.push(UiAction::Command(self));
        }
    }

    /// Every command that has a shortcut, as "label (shortcut)" lines, for the View menu.
    #[must_use]
    pub fn shortcut_list(texts: &Texts, ctx: &egui::Context) -> Vec<String> {
        Self::ALL
            .into_iter()
            .filter(|command| command.shortcut().is_some())
            .map(|command| command.with_shortcut(texts, ctx))
            .collect()
    }

    /// Every entry of `menu`, in groups set apart by a line.
    pub fn menu_entries_ui(
        menu: Menu,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        actions: &mut Vec<UiAction>,
    ) {
        let mut last_group = None;
        for command in Self::ALL {
            let Some((in_menu, group)) = command.menu() else {
                continue;
            };
            if in_menu != menu {
                continue;
            }
            if last_group.is_some_and(|last| last != group) {
                ui.separator();
            }
            last_group = Some(group);
            command.menu_entry_ui(ui, shared, actions);
        }
    }
}

/// A shortcut as the platform writes it: the modifiers as egui names them (Ctrl, Shift, Alt, Cmd
/// on a Mac, as a Japanese Windows menu shows them too), then the key: a letter or digit as it
/// is, a sign by its name in the screen's language, never egui's English name ("Plus").
fn shortcut_name(texts: &Texts, ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    let key = shortcut.logical_key;
    let key_name = match key {
        Key::Plus | Key::Equals => tr!(texts, "key-plus"),
        Key::Minus => tr!(texts, "key-minus"),
        _ => key.symbol_or_name().to_owned(),
    };
    let is_mac = ctx.os().is_mac();
    let names = &egui::ModifierNames::NAMES;
    let modifiers = names.format(&shortcut.modifiers, is_mac);
    if modifiers.is_empty() {
        key_name
    } else {
        format!("{modifiers}{}{key_name}", names.concat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ALL` is written by hand; every command label in the Fluent file must belong to a
    /// command in it, so a new command cannot be left out of the menus and the shortcut list.
    /// (Every match on `Command` is exhaustive, so a new one also needs its menu, shortcut and
    /// enabled state decided before it compiles.)
    #[test]
    fn every_command_with_a_label_is_in_the_list() {
        let listed: Vec<String> = Command::ALL
            .iter()
            .map(|c| c.label_id().as_str().to_owned())
            .collect();
        let ftl = include_str!("../../i18n/en/signin_rescue.ftl");
        let labels: Vec<&str> = ftl
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
            .filter(|id| {
                id.starts_with("command-")
                    && !id.ends_with("-hint")
                    && *id != "command-with-shortcut"
            })
            .collect();
        assert_eq!(labels.len(), Command::ALL.len(), "{labels:?}");
        for label in labels {
            assert!(
                listed.iter().any(|l| l == label),
                "{label} is not in Command::ALL"
            );
        }
    }

    /// The keys a text field needs (select all, copy, paste, cut, undo, redo) stay free.
    #[test]
    fn no_shortcut_takes_a_text_editing_key() {
        for command in Command::ALL {
            for shortcut in command.shortcut().iter().chain(command.extra_shortcuts()) {
                assert!(
                    ![Key::A, Key::C, Key::V, Key::X, Key::Z, Key::Y]
                        .contains(&shortcut.logical_key),
                    "{command:?} takes {shortcut:?}"
                );
            }
        }
    }

    #[test]
    fn shortcuts_name_their_keys_in_the_screens_language() {
        let ctx = egui::Context::default();
        for language in crate::i18n::Language::ALL {
            let texts = Texts::new(language);
            for command in Command::ALL {
                let text = command.shortcut_text(&texts, &ctx);
                // In Japanese only the modifiers and a letter or digit are in Latin letters.
                if language != crate::i18n::Language::Ja {
                    continue;
                }
                for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
                    assert!(
                        word.len() <= 1 || ["Ctrl", "Shift", "Alt", "Cmd"].contains(&word),
                        "{language:?} {command:?}: {text}"
                    );
                }
            }
            let larger = Command::TextLarger.shortcut_text(&texts, &ctx);
            assert_eq!(
                larger,
                format!("Ctrl+{}", tr!(&texts, "key-plus")),
                "{language:?}"
            );
        }
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = Vec::new();
        for command in Command::ALL {
            for shortcut in command.shortcut().iter().chain(command.extra_shortcuts()) {
                assert!(!seen.contains(shortcut), "{command:?} reuses {shortcut:?}");
                seen.push(*shortcut);
            }
        }
    }
}
