//! The edit commands a planner issues from menus, keys and the inspector.

use super::{Document, Handle, Object, ObjectRef};
use crate::model::{BoothStatus, Point, Rect};

/// Smallest side a resize leaves an object, metres.
pub const MIN_SIDE_M: f64 = 1.0;

/// A direction for arrow-key nudges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Nudge {
    /// Towards smaller x.
    Left,
    /// Towards larger x.
    Right,
    /// Up the page (smaller y).
    Up,
    /// Down the page (larger y).
    Down,
}

impl Document {
    /// Adds `object` (ids and halls as given) and selects it; returns where it went.
    pub fn add_object(&mut self, object: Object) -> ObjectRef {
        let _ = object;
        ObjectRef::booth(0)
    }

    /// Removes the selected objects (Delete).
    pub fn delete_selection(&mut self) {}

    /// Copies of the selected objects one grid step away, with fresh ids, selected (Ctrl+D).
    pub fn duplicate_selection(&mut self) {}

    /// Moves the selected objects by `(right_m, down_m)` as one step.
    pub fn move_selection(&mut self, right_m: f64, down_m: f64) {
        let _ = (right_m, down_m);
    }

    /// Moves the selection one grid step (ten with `big`) in `direction` (arrow keys).
    pub fn nudge(&mut self, direction: Nudge, big: bool) {
        let _ = (direction, big);
    }

    /// Drags `handle` of `object` to `to`, keeping at least [`MIN_SIDE_M`] per side; one step.
    pub fn resize(&mut self, object: ObjectRef, handle: Handle, to: Point) {
        let _ = (object, handle, to);
    }

    /// Turns the selected booths 90° about their centres (`R`).
    pub fn rotate_selection(&mut self) {}

    /// Renumbers booth `index`.
    pub fn set_booth_id(&mut self, index: usize, id: &str) {
        let _ = (index, id);
    }

    /// Gives booth `index` another theme.
    pub fn set_booth_theme(&mut self, index: usize, theme: &str) {
        let _ = (index, theme);
    }

    /// Assigns booth `index` to an exhibitor (empty for none).
    pub fn set_booth_exhibitor(&mut self, index: usize, exhibitor: &str) {
        let _ = (index, exhibitor);
    }

    /// Sets the sales status of booth `index`.
    pub fn set_booth_status(&mut self, index: usize, status: BoothStatus) {
        let _ = (index, status);
    }

    /// Places booth `index` exactly at `rect` (the inspector's x/y/width/height).
    pub fn set_booth_rect(&mut self, index: usize, rect: Rect) {
        let _ = (index, rect);
    }

    /// Renames zone `index`.
    pub fn set_zone_name(&mut self, index: usize, name: &str) {
        let _ = (index, name);
    }

    /// Gives zone `index` another theme.
    pub fn set_zone_theme(&mut self, index: usize, theme: &str) {
        let _ = (index, theme);
    }

    /// Places zone `index` exactly at `rect`.
    pub fn set_zone_rect(&mut self, index: usize, rect: Rect) {
        let _ = (index, rect);
    }

    /// Renames hall `index` (its id stays: zones and booths refer to it).
    pub fn set_hall_name(&mut self, index: usize, name: &str) {
        let _ = (index, name);
    }

    /// Moves vertex `vertex` of hall `hall` to `to`.
    pub fn move_hall_vertex(&mut self, hall: usize, vertex: usize, to: Point) {
        let _ = (hall, vertex, to);
    }

    /// Inserts a vertex at `at` into hall `hall`'s outline after vertex `after`.
    pub fn insert_hall_vertex(&mut self, hall: usize, after: usize, at: Point) {
        let _ = (hall, after, at);
    }

    /// Removes vertex `vertex` of hall `hall`, unless that would leave fewer than three.
    pub fn remove_hall_vertex(&mut self, hall: usize, vertex: usize) {
        let _ = (hall, vertex);
    }

    /// Copies the selected objects to the internal clipboard (Ctrl+C).
    pub fn copy(&mut self) {}

    /// Copies then deletes the selection (Ctrl+X).
    pub fn cut(&mut self) {
        self.copy();
        self.delete_selection();
    }

    /// Pastes the clipboard with fresh ids: at `at` (its top-left corner there) or, with `None`,
    /// one grid step further than the last paste (Ctrl+V). The pasted objects are selected.
    pub fn paste(&mut self, at: Option<Point>) {
        let _ = at;
    }

    /// True when there is something to paste.
    #[must_use]
    pub fn can_paste(&self) -> bool {
        !self.clipboard.objects.is_empty()
    }
}
