//! Reading the keyboard: which commands' shortcuts were pressed this frame.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::commands::UiCommand;

impl UiCommand {
    /// Whether a text field with the keyboard needs this key for itself: a key without
    /// Ctrl/Cmd (typing), or the editing keys every text field has (undo and redo of the
    /// typing, select all, copy, cut, paste).
    fn text_field_owns(shortcut: KeyboardShortcut) -> bool {
        let with_command = shortcut.modifiers.command || shortcut.modifiers.ctrl;
        if !with_command {
            return shortcut.logical_key != Key::Escape;
        }
        matches!(shortcut.logical_key, Key::Z | Key::Y | Key::A | Key::C | Key::X | Key::V)
    }

    /// The commands whose shortcuts were pressed this frame, consuming those key presses.
    ///
    /// Shortcuts with more modifiers are tried first, since egui ignores extra Shift when
    /// matching (Ctrl+Shift+Z must not also run Undo). While a text field has the keyboard,
    /// the keys it needs are left to it, so typing an exhibitor name never rotates a booth and
    /// Ctrl+Z undoes the typing, not the last move on the floor plan.
    #[must_use]
    pub fn consume_pressed(ctx: &egui::Context) -> Vec<UiCommand> {
        let typing = ctx.egui_wants_keyboard_input();
        let mut candidates: Vec<(UiCommand, KeyboardShortcut)> = Self::all()
            .flat_map(|c| c.kb_shortcuts().into_iter().map(move |s| (c, s)))
            .filter(|(_, s)| !(typing && Self::text_field_owns(*s)))
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

impl UiCommand {
    /// Cut, Copy and Paste asked for this frame, consuming them. egui's window integration
    /// turns Ctrl/Cmd+X, C and V (and the dedicated keys) into clipboard events instead of key
    /// presses; a Paste only comes when the system clipboard holds text, which is why Copy
    /// puts a line there (see [`clipboard_text`]). While a text field has the keyboard the
    /// events are its own.
    #[must_use]
    pub fn consume_clipboard_events(ctx: &egui::Context) -> Vec<UiCommand> {
        if ctx.egui_wants_keyboard_input() {
            return Vec::new();
        }
        let mut asked = Vec::new();
        ctx.input_mut(|input| {
            input.events.retain(|event| {
                let command = match event {
                    egui::Event::Cut => UiCommand::Cut,
                    egui::Event::Copy => UiCommand::Copy,
                    egui::Event::Paste(_) => UiCommand::Paste,
                    _ => return true,
                };
                asked.push(command);
                false
            });
        });
        asked
    }
}

/// The text Copy and Cut put on the system clipboard: what was copied, in a line a planner can
/// read if they paste it elsewhere. The objects themselves stay on boothplan's own clipboard.
#[must_use]
pub fn clipboard_text<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.into_iter().collect();
    format!("boothplan: {}", ids.join(", "))
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
