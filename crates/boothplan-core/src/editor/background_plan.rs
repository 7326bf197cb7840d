//! Editing the background plans under the plan: placing one, showing, locking, fading,
//! moving it with the pointer, and calibrating it (in `tool/calibrate.rs`). Every edit is one
//! undoable command of the whole background list, which no rule reads.
//!
//! The pointer's gestures on them (calibrating, dragging) are the tool controller's, in
//! `tool/calibrate.rs` and `tool/background_drag.rs`; a drag or a held opacity slider previews
//! through a [`super::Transaction`] like every other edit in progress.

use super::{Change, Command, Document};
use crate::model::Background;

impl Document {
    /// Puts `background` under the plan as one undoable command.
    pub fn place_background(&mut self, background: Background) {
        let before = self.layout.backgrounds.clone();
        let mut after = before.clone();
        after.push(background);
        self.execute_backgrounds("Place background plan", before, after);
    }

    /// Takes background plan `index` out of the layout (its image file stays where it is).
    pub fn remove_background(&mut self, index: usize) {
        let before = self.layout.backgrounds.clone();
        let mut after = before.clone();
        if index < after.len() {
            after.remove(index);
            self.execute_backgrounds("Remove background plan", before, after);
        }
    }

    /// Replaces background plan `index` with `background` as one undoable command `label`.
    pub fn replace_background(&mut self, index: usize, background: Background, label: &str) {
        let before = self.layout.backgrounds.clone();
        let mut after = before.clone();
        let Some(slot) = after.get_mut(index) else { return };
        *slot = background;
        self.execute_backgrounds(label, before, after);
    }

    /// Records the change of the whole background list from `before` to `after` as one step.
    pub(crate) fn execute_backgrounds(
        &mut self,
        label: &str,
        before: Vec<Background>,
        after: Vec<Background>,
    ) {
        self.execute(Command {
            label: label.to_owned(),
            changes: vec![Change::Backgrounds(Box::new((before, after)))],
            selection_before: self.selection.clone(),
            selection_after: self.selection.clone(),
        });
    }
}
