//! The list of a merge's conflicts beside the plan: each with its state and the two sides to
//! pick from, and the button that deletes the list once all are settled.

use super::conflicts::MergeConflicts;
use crate::editor::Side;
use crate::io::shown;
use crate::model::Layout;

/// What the planner asked for in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictAction {
    /// Put this side of conflict `usize` in the layout.
    Pick(usize, Side),
    /// Delete the conflict list (all are settled).
    DeleteList,
}

/// The panel's contents. Returns what was clicked.
pub fn conflicts_panel_ui(
    ui: &mut egui::Ui,
    conflicts: &MergeConflicts,
    layout: &Layout,
) -> Option<ConflictAction> {
    let mut action = None;
    ui.heading("Merge conflicts");
    let resolved = conflicts.resolved(layout);
    let name = conflicts.list_path().file_name().map(|n| n.to_string_lossy().into_owned());
    ui.label(format!(
        "git merged this file with {} listed in {}; the file holds our side of each.",
        match conflicts.len() {
            1 => "1 conflict".to_owned(),
            n => format!("{n} conflicts"),
        },
        shown(name.as_deref().unwrap_or_default())
    ));
    ui.label(format!("{resolved} of {} resolved", conflicts.len()));
    let all = resolved == conflicts.len();
    let delete = ui
        .add_enabled(all, egui::Button::new("Delete the conflict list"))
        .on_hover_text("Then save, and `git add` the file: git sees the merge as done")
        .on_disabled_hover_text("Keep ours or take theirs for every conflict first");
    if delete.clicked() {
        action = Some(ConflictAction::DeleteList);
    }
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for i in 0..conflicts.len() {
            let standing = conflicts.standing(i, layout);
            ui.label(conflicts.summary(i));
            ui.horizontal(|ui| {
                let colour = if standing.is_resolved() {
                    ui.visuals().text_color()
                } else {
                    ui.visuals().warn_fg_color
                };
                ui.colored_label(colour, standing.words());
                if ui.button("Keep ours").clicked() {
                    action = Some(ConflictAction::Pick(i, Side::Ours));
                }
                let theirs = ui
                    .add_enabled(conflicts.can_take_theirs(i), egui::Button::new("Take theirs"))
                    .on_disabled_hover_text("A theme or a setting: change it by hand if needed");
                if theirs.clicked() {
                    action = Some(ConflictAction::Pick(i, Side::Theirs));
                }
            });
            ui.add_space(4.0);
        }
    });
    action
}
