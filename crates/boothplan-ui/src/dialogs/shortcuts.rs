//! Help ▸ Shortcuts: every command with its keys, straight from the command list.

use crate::commands::UiCommand;

/// Closes the shortcuts window on Esc, before Esc reaches the canvas (where it cancels).
pub fn close_on_escape(ctx: &egui::Context, open: &mut bool) {
    if *open && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        *open = false;
    }
}

/// Shows the shortcuts window while `*open`.
pub fn shortcuts_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts").open(open).resizable(false).collapsible(false).show(
        ctx,
        |ui| {
            egui::Grid::new("shortcuts").num_columns(2).striped(true).show(ui, |ui| {
                for command in UiCommand::all() {
                    let keys: Vec<String> =
                        command.kb_shortcuts().iter().map(|s| ctx.format_shortcut(s)).collect();
                    if keys.is_empty() {
                        continue;
                    }
                    ui.label(command.text()).on_hover_text(command.tooltip());
                    ui.monospace(keys.join("  or  "));
                    ui.end_row();
                }
                ui.label("Pan");
                ui.monospace("Middle-drag  or  Space+drag");
                ui.end_row();
                ui.label("Bypass snapping");
                ui.monospace("hold Alt");
                ui.end_row();
            });
        },
    );
}
