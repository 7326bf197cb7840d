//! Applying the queued [`UiCommand`]s: once per frame, after the panels have had their say.

use super::app::{BoothplanApp, Intent, Modal};
use crate::canvas::KEY_ZOOM_FACTOR;
use crate::commands::UiCommand;
use crate::editor::{Align, Distribute, EditorKey, Modifiers, Nudge, Tool};

impl BoothplanApp {
    /// Runs every queued command in order and empties the queue.
    pub(crate) fn run_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.queue) {
            self.run_command(ctx, command);
        }
    }

    /// Ends any edit in progress before the layout leaves the window (Save, Export): a canvas
    /// gesture is called off as Undo does, a dragged inspector number kept as one step, so the
    /// file holds exactly what the window shows and the title's saved state is true.
    fn settle_edits(&mut self) {
        self.canvas.tools_mut().cancel(&mut self.doc);
        self.inspector.end_drag(&mut self.doc, false);
        self.background_layers.end_drag(&mut self.doc);
    }

    /// The window lost focus with the mouse button held (Alt+Tab, a system dialog): no release
    /// comes, so a dragged inspector number or opacity slider is put back as Esc puts it (the
    /// canvas's own gesture ends the same way in its input).
    pub(crate) fn call_off_edits_on_focus_lost(&mut self, ctx: &egui::Context) {
        let lost = |i: &egui::InputState| {
            i.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(false)))
        };
        if ctx.input(lost) {
            self.inspector.call_off_drag(&mut self.doc);
            self.background_layers.call_off_drag(&mut self.doc);
        }
    }

    #[expect(clippy::too_many_lines, reason = "one arm per command: a flat table reads best")]
    fn run_command(&mut self, ctx: &egui::Context, command: UiCommand) {
        let doc = &mut self.doc;
        match command {
            UiCommand::New => self.request(Intent::New),
            UiCommand::Open => self.request(Intent::Open),
            UiCommand::Save => {
                self.settle_edits();
                self.start_save(false, None);
            }
            UiCommand::SaveAs => {
                self.settle_edits();
                self.start_save(true, None);
            }
            UiCommand::Export => {
                self.settle_edits();
                if !self.exports.is_running() && self.modal.is_none() {
                    self.modal = Some(Modal::ExportOptions);
                }
            }
            UiCommand::CompareWith => self.ask_file(crate::FilePurpose::Compare, None),
            UiCommand::CompareWithRevision => self.ask_revision(),
            UiCommand::Quit => self.request(Intent::Quit),
            UiCommand::ImportDrawing => {
                if self.modal.is_none() && self.drawing_import.is_none() {
                    self.request(Intent::ImportDrawing);
                }
            }
            UiCommand::PlaceBackground => {
                if self.modal.is_none() {
                    self.ask_file(crate::FilePurpose::PlaceBackground, None);
                }
            }
            UiCommand::ImportExhibitors => {
                if self.modal.is_none() {
                    self.ask_file(crate::dialogs::file_dialog::FilePurpose::ImportExhibitors, None);
                }
            }
            UiCommand::LayoutSettings => {
                if self.modal.is_none() {
                    self.modal = Some(Modal::LayoutSettings);
                }
            }
            UiCommand::Undo => {
                self.canvas.tools_mut().cancel(doc);
                doc.undo();
            }
            UiCommand::Redo => {
                self.canvas.tools_mut().cancel(doc);
                doc.redo();
            }
            UiCommand::Cut | UiCommand::Copy => {
                let ids: Vec<&str> =
                    doc.selection().iter().filter_map(|r| r.id(doc.layout())).collect();
                if !ids.is_empty() {
                    ctx.copy_text(crate::shortcuts::clipboard_text(ids));
                }
                if command == UiCommand::Cut { doc.cut() } else { doc.copy() }
            }
            UiCommand::Paste => doc.paste(self.canvas.paste_point_m()),
            UiCommand::Duplicate => doc.duplicate_selection(),
            UiCommand::Delete => doc.delete_selection(),
            UiCommand::SelectAll => doc.select_all(),
            UiCommand::Rotate => doc.rotate_selection(),
            UiCommand::FillZone => self.open_fill_dialog(),
            UiCommand::Renumber => self.open_renumber_dialog(),
            UiCommand::AlignLeft => doc.align_selection(Align::Left),
            UiCommand::AlignCentre => doc.align_selection(Align::Centre),
            UiCommand::AlignRight => doc.align_selection(Align::Right),
            UiCommand::AlignTop => doc.align_selection(Align::Top),
            UiCommand::AlignMiddle => doc.align_selection(Align::Middle),
            UiCommand::AlignBottom => doc.align_selection(Align::Bottom),
            UiCommand::DistributeHorizontally => doc.distribute_selection(Distribute::Horizontally),
            UiCommand::DistributeVertically => doc.distribute_selection(Distribute::Vertically),
            UiCommand::NudgeLeft => doc.nudge(Nudge::Left, false),
            UiCommand::NudgeRight => doc.nudge(Nudge::Right, false),
            UiCommand::NudgeUp => doc.nudge(Nudge::Up, false),
            UiCommand::NudgeDown => doc.nudge(Nudge::Down, false),
            UiCommand::NudgeLeftFar => doc.nudge(Nudge::Left, true),
            UiCommand::NudgeRightFar => doc.nudge(Nudge::Right, true),
            UiCommand::NudgeUpFar => doc.nudge(Nudge::Up, true),
            UiCommand::NudgeDownFar => doc.nudge(Nudge::Down, true),
            UiCommand::Find => self.find.open(),
            UiCommand::Cancel => {
                self.inspector.call_off_drag(doc);
                self.background_layers.call_off_drag(doc);
                if !self.find.close() {
                    let _ = self.canvas.tools_mut().key(doc, EditorKey::Escape, Modifiers::NONE);
                }
            }
            UiCommand::FitAll => self.canvas.fit_all(doc),
            UiCommand::ZoomToSelection => self.canvas.zoom_to_selection(doc),
            UiCommand::ZoomIn => self.canvas.zoom_by(KEY_ZOOM_FACTOR),
            UiCommand::ZoomOut => self.canvas.zoom_by(1.0 / KEY_ZOOM_FACTOR),
            UiCommand::ToggleGrid => self.canvas.show_grid = !self.canvas.show_grid,
            UiCommand::ToggleLegend => self.canvas.show_legend = !self.canvas.show_legend,
            UiCommand::ToggleWalkingDistance => self.canvas.show_walk = !self.canvas.show_walk,
            UiCommand::ToggleSnap => doc.settings.snap_to_grid = !doc.settings.snap_to_grid,
            UiCommand::ToggleObjectSnap => {
                doc.settings.snap_to_objects = !doc.settings.snap_to_objects;
            }
            UiCommand::ToolSelect => self.canvas.tools_mut().set_tool(doc, Tool::Select),
            UiCommand::ToolHall => self.canvas.tools_mut().set_tool(doc, Tool::Hall),
            UiCommand::ToolColumn => self.canvas.tools_mut().set_tool(doc, Tool::Column),
            UiCommand::ToolZone => self.canvas.tools_mut().set_tool(doc, Tool::Zone),
            UiCommand::ToolBooth => self.canvas.tools_mut().set_tool(doc, Tool::Booth),
            UiCommand::ToolExit => self.canvas.tools_mut().set_tool(doc, Tool::Exit),
            UiCommand::ToolFill => self.canvas.tools_mut().set_tool(doc, Tool::Fill),
            UiCommand::Shortcuts => self.show_shortcuts = !self.show_shortcuts,
        }
        ctx.request_repaint();
    }
}
