//! Editing the background plans under the plan: placing one, showing, locking, fading,
//! moving it with the pointer, and calibrating it (in `tool/calibrate.rs`). Every edit is one
//! undoable command of the whole background list, which no rule reads.
//!
//! An unlocked, shown drawing is moved by dragging it where no object is under the pointer
//! (Select tool, no Shift); a locked or hidden one is never picked.

use super::tool::Calibration;
use super::{Change, Command, Document};
use crate::model::{Background, Placement, Point};

/// A gesture on the background plans in progress.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum BackgroundGesture {
    /// Clicking the two points of a calibration.
    Calibrating(Calibration),
    /// Dragging background plan `index`, pressed at `from` when it was at `start`.
    Moving { index: usize, from: Point, start: Placement },
}

/// What the background plans were before an edit shown live (a drag, the opacity slider), so
/// that its end records one undo step from there.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct BackgroundEdit {
    /// The gesture in progress.
    pub gesture: Option<BackgroundGesture>,
    /// The list before the live edit, while one is shown.
    pub before: Option<Vec<Background>>,
}

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

    /// Shows `background` in place of plan `index` without recording it (a drag or a slider
    /// in progress); [`Self::commit_background_edit`] makes all of it one undo step.
    pub fn preview_background(&mut self, index: usize, background: Background) {
        if index >= self.layout.backgrounds.len() {
            return;
        }
        if self.background_edit.before.is_none() {
            self.background_edit.before = Some(self.layout.backgrounds.clone());
        }
        self.layout.backgrounds[index] = background;
    }

    /// Records the edit shown by [`Self::preview_background`] as one undo step `label`.
    pub fn commit_background_edit(&mut self, label: &str) {
        if let Some(before) = self.background_edit.before.take() {
            let after = self.layout.backgrounds.clone();
            self.layout.backgrounds.clone_from(&before);
            self.execute_backgrounds(label, before, after);
        }
    }

    /// Puts back the background plans as they were before the edit being shown.
    pub(crate) fn cancel_background_edit(&mut self) {
        if let Some(before) = self.background_edit.before.take() {
            self.layout.backgrounds = before;
        }
        self.background_edit.gesture = None;
    }

    /// A press on the canvas: a calibration's click, or the start of dragging an unlocked
    /// drawing. True when the background plans took it.
    pub(crate) fn background_pressed(&mut self, at: Point) -> bool {
        if self.calibration().is_some() {
            self.calibration_click(at);
            return true;
        }
        if self.tool != super::Tool::Select || self.modifiers.shift || self.hover_at(at).is_some() {
            return false;
        }
        let Some(index) =
            self.layout.backgrounds.iter().rposition(|b| b.visible && !b.locked && b.contains(at))
        else {
            return false;
        };
        let start = self.layout.backgrounds[index].placement;
        self.background_edit.gesture = Some(BackgroundGesture::Moving { index, from: at, start });
        true
    }

    /// The pointer moved: follows a drag of a drawing. True when the background plans took it.
    pub(crate) fn background_moved(&mut self, to: Point) -> bool {
        match self.background_edit.gesture.clone() {
            Some(BackgroundGesture::Moving { index, from, start }) => {
                if let Some(b) = self.layout.backgrounds.get(index) {
                    let placement = start.translated(to.x_m - from.x_m, to.y_m - from.y_m);
                    let moved = Background { placement, ..b.clone() };
                    self.preview_background(index, moved);
                }
                true
            }
            Some(BackgroundGesture::Calibrating(_)) => true,
            None => false,
        }
    }

    /// The pointer went up: ends a drag of a drawing as one undo step. True when the
    /// background plans took it.
    pub(crate) fn background_released(&mut self, at: Point) -> bool {
        match self.background_edit.gesture {
            Some(BackgroundGesture::Moving { .. }) => {
                self.background_moved(at);
                self.background_edit.gesture = None;
                self.commit_background_edit("Move background plan");
                true
            }
            Some(BackgroundGesture::Calibrating(_)) => true,
            None => false,
        }
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
