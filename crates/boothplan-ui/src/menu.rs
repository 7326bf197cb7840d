//! The menu bar, built from the one command list: text, shortcut, tooltip and whether the
//! command can run now.

use super::app::{BoothplanApp, Intent};
use crate::commands::UiCommand;

impl BoothplanApp {
    /// The menu bar: File, Edit, View, Tools and Help, all from the command list.
    pub(crate) fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        use crate::commands::MenuGroup;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for command in UiCommand::in_group(MenuGroup::File) {
                    if command == UiCommand::Export {
                        self.open_recent_ui(ui);
                        ui.separator();
                    }
                    self.menu_item_ui(ui, command);
                    if command == UiCommand::Export {
                        ui.separator();
                    }
                }
            });
            for (title, group) in [
                ("Edit", MenuGroup::Edit),
                ("View", MenuGroup::View),
                ("Arrange", MenuGroup::Arrange),
                ("Tools", MenuGroup::Tools),
                ("Help", MenuGroup::Help),
            ] {
                ui.menu_button(title, |ui| {
                    for command in UiCommand::in_group(group) {
                        self.menu_item_ui(ui, command);
                    }
                });
            }
        });
    }

    fn open_recent_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button("Open Recent", |ui| {
            if self.files.recent().is_empty() {
                ui.weak("No recent files");
            }
            let mut chosen = None;
            for path in self.files.recent() {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                    chosen = Some(path.clone());
                }
            }
            if let Some(path) = chosen {
                self.request(Intent::OpenPath(path));
            }
        });
    }

    /// One menu item: text, shortcut, tooltip, a tick for toggles, greyed out when it cannot run.
    pub(crate) fn menu_item_ui(&mut self, ui: &mut egui::Ui, command: UiCommand) {
        let text = match command {
            UiCommand::Undo => self.doc.undo_label().map(|l| format!("Undo {l}")),
            UiCommand::Redo => self.doc.redo_label().map(|l| format!("Redo {l}")),
            _ => None,
        }
        .unwrap_or_else(|| command.text().to_owned());
        let checked = match command {
            UiCommand::ToggleGrid => Some(self.canvas.show_grid),
            UiCommand::ToggleLegend => Some(self.canvas.show_legend),
            UiCommand::ToggleWalkingDistance => Some(self.canvas.show_walk),
            UiCommand::ToggleSnap => Some(self.doc.settings.snap_to_grid),
            UiCommand::ToggleObjectSnap => Some(self.doc.settings.snap_to_objects),
            _ => None,
        };
        let mut button = match checked {
            Some(on) => egui::Button::selectable(on, text),
            None => egui::Button::new(text),
        };
        if let Some(shortcut) = command.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        let response =
            ui.add_enabled(self.can_run(command), button).on_hover_text(command.tooltip());
        if response.clicked() {
            self.queue.push(command);
            ui.close();
        }
    }

    /// The canvas's right-click menu: the common actions on what was clicked (a right-click on
    /// an unselected object selects it first, as in Figma and Inkscape).
    pub(crate) fn context_menu_ui(&mut self, response: &egui::Response) {
        if response.secondary_clicked()
            && let Some(at) = self.canvas.cursor_m()
        {
            match self.doc.pick(at) {
                Some(object) if !self.doc.selection().contains(object) => {
                    self.doc.set_selection(crate::editor::Selection::of([object]));
                }
                _ => {}
            }
        }
        response.context_menu(|ui| {
            use crate::commands::MenuGroup;
            for command in [
                UiCommand::Cut,
                UiCommand::Copy,
                UiCommand::Paste,
                UiCommand::Duplicate,
                UiCommand::Delete,
                UiCommand::Rotate,
            ] {
                self.menu_item_ui(ui, command);
            }
            ui.separator();
            self.menu_item_ui(ui, UiCommand::FillZone);
            self.menu_item_ui(ui, UiCommand::Renumber);
            ui.separator();
            ui.menu_button("Arrange", |ui| {
                for command in UiCommand::in_group(MenuGroup::Arrange) {
                    self.menu_item_ui(ui, command);
                }
            });
            self.menu_item_ui(ui, UiCommand::ZoomToSelection);
        });
    }

    /// Whether `command` can do anything now (menus grey out the others).
    fn can_run(&self, command: UiCommand) -> bool {
        match command {
            UiCommand::Export => !self.exports.is_running(),
            _ => command.is_enabled(&self.doc),
        }
    }
}
