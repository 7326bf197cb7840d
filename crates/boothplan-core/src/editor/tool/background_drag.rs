//! The pointer on background plans, before the active tool: a calibration's clicks, and the
//! drag of an unlocked drawing. An unlocked, shown drawing is dragged where no object is under
//! the pointer (Select tool, no Shift), the whole drag one undo step through a transaction
//! (Esc puts it back); a locked or hidden one is never picked.

use super::calibrate::Calibration;
use super::{Tool, ToolController};
use crate::editor::{Document, Modifiers, Transaction};
use crate::model::{Background, Placement, Point};

/// A gesture on the background plans in progress.
#[derive(Debug, PartialEq)]
pub(crate) enum BackgroundGesture {
    /// Clicking the two points of a calibration.
    Calibrating(Calibration),
    /// Dragging background plan `index`, pressed at `from` when it was at `start`; the move is
    /// previewed through `tx`.
    Moving { index: usize, from: Point, start: Placement, tx: Transaction },
}

impl ToolController {
    /// A press: a calibration's click, or the start of dragging an unlocked drawing. True
    /// when the background plans took it.
    pub(super) fn background_pressed(
        &mut self,
        doc: &mut Document,
        at: Point,
        modifiers: Modifiers,
    ) -> bool {
        if self.calibration().is_some() {
            self.calibration_click(at);
            return true;
        }
        if self.tool() != Tool::Select || modifiers.shift || doc.hover_at(at).is_some() {
            return false;
        }
        let layout = doc.layout();
        let Some(index) =
            layout.backgrounds.iter().rposition(|b| b.visible && !b.locked && b.contains(at))
        else {
            return false;
        };
        let start = layout.backgrounds[index].placement;
        let tx = doc.begin_transaction("Move background plan", []);
        self.background = Some(BackgroundGesture::Moving { index, from: at, start, tx });
        true
    }

    /// The pointer moved: follows a drag of a drawing. True when the background plans took it.
    pub(super) fn background_moved(&mut self, doc: &mut Document, to: Point) -> bool {
        match &self.background {
            Some(BackgroundGesture::Moving { index, from, start, tx }) => {
                if let Some(b) = doc.layout().backgrounds.get(*index) {
                    let placement = start.translated(to.x_m - from.x_m, to.y_m - from.y_m);
                    let moved = Background { placement, ..b.clone() };
                    tx.preview_background(doc, *index, moved);
                }
                true
            }
            Some(BackgroundGesture::Calibrating(_)) | None => false,
        }
    }

    /// The pointer went up: ends a drag of a drawing as one undo step. True when the
    /// background plans took it.
    pub(super) fn background_released(&mut self, doc: &mut Document, at: Point) -> bool {
        match &self.background {
            Some(BackgroundGesture::Moving { .. }) => {
                self.background_moved(doc, at);
                if let Some(BackgroundGesture::Moving { tx, .. }) = self.background.take() {
                    tx.commit(doc);
                }
                true
            }
            Some(BackgroundGesture::Calibrating(_)) => true,
            None => false,
        }
    }

    /// Whether a drawing is being dragged (keys and menus wait, as during any drag).
    pub(super) fn is_moving_background(&self) -> bool {
        matches!(self.background, Some(BackgroundGesture::Moving { .. }))
    }

    /// Abandons a calibration or a drag of a drawing, putting the drawing back.
    pub(super) fn cancel_background(&mut self, doc: &mut Document) {
        if let Some(BackgroundGesture::Moving { tx, .. }) = self.background.take() {
            tx.cancel(doc);
        }
    }
}
