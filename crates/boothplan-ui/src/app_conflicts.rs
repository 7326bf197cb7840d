//! A merge's conflicts in the window: found beside the file when it is opened, listed beside
//! the plan, each settled by an undoable edit, and the list deleted once all are settled.

use std::path::Path;

use super::app::{BoothplanApp, Modal};
use crate::compare::{ConflictAction, MergeConflicts, conflicts_panel_ui};
use crate::editor::Side;
use crate::revision::is_conflict_list;

impl BoothplanApp {
    /// The merge conflicts listed beside the open file, if any (tests read them).
    #[must_use]
    pub fn merge_conflicts(&self) -> Option<&MergeConflicts> {
        self.merge_conflicts.as_ref()
    }

    /// Looks for a conflict list beside the document's file whenever that file changes (at
    /// start, after Open and Save As).
    pub(crate) fn look_for_conflicts(&mut self) {
        let path = self.doc.path().map(Path::to_path_buf);
        if path == self.conflicts_looked_for {
            return;
        }
        self.conflicts_looked_for.clone_from(&path);
        self.merge_conflicts = None;
        let Some(found) = path.as_deref().and_then(MergeConflicts::beside) else { return };
        match found {
            Ok(conflicts) => {
                self.message =
                    Some(format!("This file has {} merge conflicts to resolve", conflicts.len()));
                self.merge_conflicts = Some(conflicts);
            }
            Err(error) => {
                self.modal = Some(Modal::Error {
                    title: "Cannot read the merge's conflict list".to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }

    /// The list on the left while there are conflicts; acts on the planner's picks.
    pub(crate) fn conflicts_panel(&mut self, ui: &mut egui::Ui) {
        let Some(conflicts) = &self.merge_conflicts else { return };
        let layout = self.doc.layout();
        let action = egui::Panel::left("merge_conflicts")
            .resizable(true)
            .default_size(340.0)
            .show(ui, |ui| conflicts_panel_ui(ui, conflicts, layout))
            .inner;
        match action {
            Some(ConflictAction::Pick(i, side)) => self.pick_side(i, side),
            Some(ConflictAction::DeleteList) => {
                let list = conflicts.list_path().to_path_buf();
                self.delete_conflict_list(&list);
            }
            None => {}
        }
    }

    /// Puts `side` of conflict `i` in the layout (one undoable edit) and records the pick.
    pub fn pick_side(&mut self, i: usize, side: Side) {
        let Some(conflicts) = &mut self.merge_conflicts else { return };
        if let Some((ours, theirs)) = conflicts.sides(i) {
            let (ours, theirs) = (ours.cloned(), theirs.cloned());
            self.doc.take_side(side, ours.as_ref(), theirs.as_ref());
        }
        conflicts.pick(i, side);
    }

    /// Deletes the conflict list (only a file that is one), so that git sees the merge done.
    fn delete_conflict_list(&mut self, list: &Path) {
        let result = if is_conflict_list(list) {
            std::fs::remove_file(list).map_err(|e| e.to_string())
        } else {
            Err("the file is no longer a conflict list; it was left alone".to_owned())
        };
        match result {
            Ok(()) => {
                self.merge_conflicts = None;
                self.message = Some(format!(
                    "Deleted {}: save the layout, then git add it to finish the merge",
                    list.display()
                ));
            }
            Err(why) => {
                self.modal = Some(Modal::Error {
                    title: "Cannot delete the conflict list".to_owned(),
                    message: format!("{}: {why}", list.display()),
                });
            }
        }
    }
}
