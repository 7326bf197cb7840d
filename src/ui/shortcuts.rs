//! Reading the keyboard: which commands' shortcuts were pressed this frame.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::commands::UiCommand;

impl UiCommand {
    /// Whether a shortcut without Ctrl/Cmd would steal a key a text field needs.
    fn is_plain_key(shortcut: KeyboardShortcut) -> bool {
        !shortcut.modifiers.command
            && !shortcut.modifiers.ctrl
            && shortcut.logical_key != Key::Escape
    }

    /// The commands whose shortcuts were pressed this frame, consuming those key presses.
    ///
    /// Shortcuts with more modifiers are tried first, since egui ignores extra Shift when
    /// matching (Ctrl+Shift+Z must not also run Undo). Plain keys are left alone while a text
    /// field has the keyboard, so typing an exhibitor name never rotates a booth.
    #[must_use]
    pub fn consume_pressed(ctx: &egui::Context) -> Vec<UiCommand> {
        let typing = ctx.egui_wants_keyboard_input();
        let mut candidates: Vec<(UiCommand, KeyboardShortcut)> = Self::ALL
            .into_iter()
            .flat_map(|c| c.kb_shortcuts().into_iter().map(move |s| (c, s)))
            .filter(|(_, s)| !(typing && Self::is_plain_key(*s)))
            .collect();
        candidates.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            for (command, shortcut) in &candidates {
                while input.consume_shortcut(shortcut) {
                    pressed.push(*command);
                }
            }
        });
        pressed
    }
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl || m.mac_cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_shift_z_redoes_without_undoing() {
        let ctx = egui::Context::default();
        let mut input = egui::RawInput::default();
        input.events.push(egui::Event::Key {
            key: Key::Z,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::COMMAND.plus(Modifiers::SHIFT),
        });
        let mut pressed = Vec::new();
        let mut output = ctx.run_ui(input, |ui| pressed = UiCommand::consume_pressed(ui.ctx()));
        output.textures_delta.clear();
        assert_eq!(pressed, vec![UiCommand::Redo]);
    }
}
