//! The edit commands a planner issues from menus, keys and the inspector. Each builds one
//! [`Command`] from the objects it touches and hands it to [`Document::execute`].

use super::clipboard::clear_offset;
use super::{Change, Command, Document, Handle, Object, ObjectRef, Selection};
use crate::model::{Booth, BoothStatus, Hall, ObjectKind, Point, Rect, Zone};

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
        let at = ObjectRef::new(object.kind(), self.kind_len(object.kind()));
        self.add_objects("Add", vec![object]);
        at
    }

    /// Appends `objects` (ids as given) as one step and selects them.
    pub(crate) fn add_objects(&mut self, verb: &str, objects: Vec<Object>) {
        self.add_objects_as(verb, None, objects);
    }

    /// Appends `objects` as one step and selects them; the step is called `label`, or `verb`
    /// and what was added when there is none.
    pub(crate) fn add_objects_as(
        &mut self,
        verb: &str,
        label: Option<String>,
        objects: Vec<Object>,
    ) {
        if objects.is_empty() {
            return;
        }
        let mut next: Vec<usize> = ObjectKind::ALL.iter().map(|&k| self.kind_len(k)).collect();
        let mut items: Vec<(ObjectRef, Object)> = objects
            .into_iter()
            .map(|o| {
                let slot = &mut next[kind_slot(o.kind())];
                *slot += 1;
                (ObjectRef::new(o.kind(), *slot - 1), o)
            })
            .collect();
        items.sort_by_key(|(r, _)| *r);
        let label = label.unwrap_or_else(|| describe(verb, items.iter().map(|(_, o)| o)));
        let selection_after = Selection::of(items.iter().map(|(r, _)| *r));
        self.execute(Command {
            label,
            changes: vec![Change::Insert(items)],
            selection_before: self.selection.clone(),
            selection_after,
        });
    }

    /// Whether a drag (or an inspector slider) is under way: the layout then shows a preview
    /// that is not a state of the history, and an edit made on top of it could not be undone
    /// exactly, so edits from keys and menus wait until the gesture ends (Esc cancels it).
    pub(crate) fn mid_gesture(&self) -> bool {
        self.is_mid_edit() || self.gesture_held
    }

    /// Removes the selected objects (Delete). A hall goes with the objects standing in it left
    /// in no hall, in the same undo step, so the file still opens.
    pub fn delete_selection(&mut self) {
        if self.mid_gesture() {
            return;
        }
        let items: Vec<(ObjectRef, Object)> =
            self.movable_selection().filter_map(|r| r.get(&self.layout).map(|o| (r, o))).collect();
        if items.is_empty() {
            return;
        }
        let label = describe("Delete", items.iter().map(|(_, o)| o));
        let orphans = self.left_in_no_hall(&items);
        let changes = if orphans.is_empty() {
            vec![Change::Remove(items)]
        } else {
            vec![Change::Replace(orphans), Change::Remove(items)]
        };
        self.execute(Command {
            label,
            changes,
            selection_before: self.selection.clone(),
            selection_after: Selection::default(),
        });
    }

    /// The objects that stand in a hall among `deleted` and are not deleted themselves, as
    /// `(where, before, after)` with no hall after.
    fn left_in_no_hall(&self, deleted: &[(ObjectRef, Object)]) -> Vec<(ObjectRef, Object, Object)> {
        let halls: Vec<&str> = deleted
            .iter()
            .filter_map(|(_, o)| if let Object::Hall(h) = o { Some(h.id.as_str()) } else { None })
            .collect();
        if halls.is_empty() {
            return Vec::new();
        }
        let gone: std::collections::HashSet<ObjectRef> = deleted.iter().map(|(r, _)| *r).collect();
        let in_gone_hall =
            |hall: &Option<String>| hall.as_deref().is_some_and(|h| halls.contains(&h));
        let layout = &self.layout;
        let columns = layout.columns.iter().enumerate().filter(|(_, c)| in_gone_hall(&c.hall)).map(
            |(i, c)| {
                let after = crate::model::Column { hall: None, ..c.clone() };
                (ObjectRef::column(i), Object::Column(c.clone()), Object::Column(after))
            },
        );
        let zones =
            layout.zones.iter().enumerate().filter(|(_, z)| in_gone_hall(&z.hall)).map(|(i, z)| {
                let after = Zone { hall: None, ..z.clone() };
                (ObjectRef::zone(i), Object::Zone(z.clone()), Object::Zone(after))
            });
        let booths = layout.booths.iter().enumerate().filter(|(_, b)| in_gone_hall(&b.hall)).map(
            |(i, b)| {
                let after = Booth { hall: None, ..b.clone() };
                (ObjectRef::booth(i), Object::Booth(b.clone()), Object::Booth(after))
            },
        );
        let exits =
            layout.exits.iter().enumerate().filter(|(_, e)| in_gone_hall(&e.hall)).map(|(i, e)| {
                let after = crate::model::Exit { hall: None, ..e.clone() };
                (ObjectRef::exit(i), Object::Exit(e.clone()), Object::Exit(after))
            });
        columns
            .chain(zones)
            .chain(booths)
            .chain(exits)
            .filter(|(r, _, _)| !gone.contains(r))
            .collect()
    }

    /// Copies of the selected objects one grid step away, with fresh ids, selected (Ctrl+D).
    /// Like a paste, the copies are new stands: available, with no exhibitor.
    pub fn duplicate_selection(&mut self) {
        if self.mid_gesture() {
            return;
        }
        let step = self.grid_step_m();
        let copies: Vec<Object> =
            self.selected_objects().iter().map(|o| unsold(o.translated(step, step))).collect();
        let fresh = self.with_fresh_ids(copies);
        self.add_objects("Duplicate", fresh);
    }

    /// Moves the selected objects by `(right_m, down_m)` as one step.
    pub fn move_selection(&mut self, right_m: f64, down_m: f64) {
        let no_move =
            !(right_m.is_finite() && down_m.is_finite()) || (right_m == 0.0 && down_m == 0.0);
        if no_move || self.mid_gesture() {
            return;
        }
        let mut items: Vec<(ObjectRef, Object)> = self
            .movable_selection()
            .filter_map(|r| r.get(&self.layout).map(|o| (r, o.translated(right_m, down_m))))
            .collect();
        self.rehome(&mut items, false);
        let label = describe("Move", items.iter().map(|(_, o)| o));
        self.replace(&label, items);
    }

    /// Moves the selection one grid step (ten with `big`) in `direction` (arrow keys).
    pub fn nudge(&mut self, direction: Nudge, big: bool) {
        let step = self.grid_step_m() * if big { 10.0 } else { 1.0 };
        let (dx, dy) = match direction {
            Nudge::Left => (-step, 0.0),
            Nudge::Right => (step, 0.0),
            Nudge::Up => (0.0, -step),
            Nudge::Down => (0.0, step),
        };
        self.move_selection(dx, dy);
    }

    /// Drags `handle` of `object` to `to`, keeping at least [`MIN_SIDE_M`] per side; one step.
    pub fn resize(&mut self, object: ObjectRef, handle: Handle, to: Point) {
        if self.mid_gesture() {
            return;
        }
        let Some(old) = object.get(&self.layout) else { return };
        let Some(start) = old.bounds() else { return };
        let mut items = vec![(object, with_bounds(&old, resized_rect(&start, handle, to)))];
        self.rehome(&mut items, false);
        let label = describe("Resize", items.iter().map(|(_, o)| o));
        self.replace(&label, items);
    }

    /// Turns the selected booths 90° about their centres (`R`).
    pub fn rotate_selection(&mut self) {
        if self.mid_gesture() {
            return;
        }
        let items: Vec<(ObjectRef, Object)> = self
            .movable_selection()
            .filter(|r| r.kind == ObjectKind::Booth)
            .filter_map(|r| {
                let i = r.index;
                let b = self.layout.booths.get(i)?;
                let booth = Booth { rect: rotated(&b.rect), ..b.clone() };
                Some((ObjectRef::booth(i), Object::Booth(booth)))
            })
            .collect();
        let label = describe("Rotate", items.iter().map(|(_, o)| o));
        self.replace(&label, items);
    }

    /// Moves vertex `vertex` of hall `hall` to `to`.
    pub fn move_hall_vertex(&mut self, hall: usize, vertex: usize, to: Point) {
        self.edit_hall(hall, "Move hall corner", |h| {
            if let Some(p) = h.outline.get_mut(vertex) {
                *p = to;
            }
        });
    }

    /// Inserts a vertex at `at` into hall `hall`'s outline after vertex `after`.
    pub fn insert_hall_vertex(&mut self, hall: usize, after: usize, at: Point) {
        self.edit_hall(hall, "Add hall corner", |h| {
            let i = (after + 1).min(h.outline.len());
            h.outline.insert(i, at);
        });
    }

    /// Removes vertex `vertex` of hall `hall`, unless that would leave fewer than three.
    pub fn remove_hall_vertex(&mut self, hall: usize, vertex: usize) {
        self.edit_hall(hall, "Remove hall corner", |h| {
            if h.outline.len() > 3 && vertex < h.outline.len() {
                h.outline.remove(vertex);
            }
        });
    }

    /// Copies the selected objects to the internal clipboard (Ctrl+C).
    pub fn copy(&mut self) {
        let objects = self.selected_objects();
        self.put_on_clipboard(objects);
    }

    /// Puts `objects` on the clipboard (nothing changes when there are none); returns whether
    /// it did.
    fn put_on_clipboard(&mut self, objects: Vec<Object>) -> bool {
        if objects.is_empty() {
            return false;
        }
        self.clipboard.objects = objects;
        self.clipboard.pastes = 0;
        true
    }

    /// Copies then deletes the selection (Ctrl+X).
    pub fn cut(&mut self) {
        if self.mid_gesture() {
            return;
        }
        // Only what Delete will remove goes to the clipboard: a locked object that stays put
        // must not come back as a copy on Paste.
        let objects: Vec<Object> =
            self.movable_selection().filter_map(|r| r.get(&self.layout)).collect();
        if self.put_on_clipboard(objects) {
            self.delete_selection();
        }
    }

    /// Pastes the clipboard with fresh ids: at `at` (its top-left corner there, snapped) or,
    /// with `None`, one grid step further than the last paste (Ctrl+V). Where its booths would
    /// cover other booths it moves, a grid step at a time, to the nearest floor where they do
    /// not. Pasted booths are new stands: available, with no exhibitor. They are selected.
    pub fn paste(&mut self, at: Option<Point>) {
        if self.mid_gesture() {
            return;
        }
        let Some(bounds) =
            self.clipboard.objects.iter().filter_map(Object::bounds).reduce(|a, b| a.union(&b))
        else {
            return;
        };
        let wanted = if let Some(p) = at {
            let p = self.snap_to_grid(p);
            (p.x_m - bounds.x_m, p.y_m - bounds.y_m)
        } else {
            self.clipboard.pastes += 1;
            let d = self.grid_step_m() * f64::from(self.clipboard.pastes);
            (d, d)
        };
        let pasted_booths: Vec<Rect> = self
            .clipboard
            .objects
            .iter()
            .filter_map(|o| match o {
                Object::Booth(b) => Some(b.rect),
                _ => None,
            })
            .collect();
        let others: Vec<Rect> = self.layout.booths.iter().map(|b| b.rect).collect();
        let (dx, dy) = clear_offset(&pasted_booths, &others, wanted, self.grid_step_m());
        let moved: Vec<Object> =
            self.clipboard.objects.iter().map(|o| unsold(o.translated(dx, dy))).collect();
        let fresh = self.with_fresh_ids(moved);
        self.add_objects("Paste", fresh);
    }

    /// True when there is something to paste.
    #[must_use]
    pub fn can_paste(&self) -> bool {
        !self.clipboard.objects.is_empty()
    }

    /// The selected objects, in layout order.
    pub(crate) fn selected_objects(&self) -> Vec<Object> {
        self.selection.iter().filter_map(|r| r.get(&self.layout)).collect()
    }

    /// How many objects of `kind` the layout has.
    pub(crate) fn kind_len(&self, kind: ObjectKind) -> usize {
        match kind {
            ObjectKind::Hall => self.layout.halls.len(),
            ObjectKind::Column => self.layout.columns.len(),
            ObjectKind::Zone => self.layout.zones.len(),
            ObjectKind::Booth => self.layout.booths.len(),
            ObjectKind::Exit => self.layout.exits.len(),
        }
    }

    /// One step replacing each `(where, new object)`; the selection stays.
    pub(super) fn replace(&mut self, label: &str, items: Vec<(ObjectRef, Object)>) {
        let items: Vec<_> = items
            .into_iter()
            .filter_map(|(r, after)| r.get(&self.layout).map(|before| (r, before, after)))
            .collect();
        self.execute(Command {
            label: label.to_owned(),
            changes: vec![Change::Replace(items)],
            selection_before: self.selection.clone(),
            selection_after: self.selection.clone(),
        });
    }

    fn edit_hall(&mut self, index: usize, label: &str, edit: impl FnOnce(&mut Hall)) {
        let Some(mut hall) = self.layout.halls.get(index).cloned() else { return };
        edit(&mut hall);
        self.replace(label, vec![(ObjectRef::hall(index), Object::Hall(hall))]);
    }
}

/// A copy of an object as a new stand: a booth is available, with no exhibitor, whatever the
/// original's sale (sold, reserved or blocked); a copy never copies a sale.
fn unsold(object: Object) -> Object {
    match object {
        Object::Booth(b) => {
            Object::Booth(Booth { status: BoothStatus::Available, exhibitor: String::new(), ..b })
        }
        other => other,
    }
}

/// Position of `kind` in [`ObjectKind::ALL`].
fn kind_slot(kind: ObjectKind) -> usize {
    kind as usize
}

/// "Move booth 1A-012" for one object, "Move 3 objects" for several.
pub(super) fn describe<'a>(verb: &str, mut objects: impl Iterator<Item = &'a Object>) -> String {
    match (objects.next(), objects.next()) {
        (Some(o), None) => format!("{verb} {} {}", o.kind().as_str(), o.id()),
        (Some(_), Some(_)) => format!("{verb} {} objects", 2 + objects.count()),
        (None, _) => verb.to_owned(),
    }
}

/// `start` with the edges that `handle` moves brought to `to`, each side at least
/// [`MIN_SIDE_M`] (the opposite edge stays put).
#[must_use]
pub fn resized_rect(start: &Rect, handle: Handle, to: Point) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (start.x_m, start.y_m, start.max_x_m(), start.max_y_m());
    let (ex, ey) = handle.edges();
    match ex {
        -1 => x0 = to.x_m.min(x1 - MIN_SIDE_M),
        1 => x1 = to.x_m.max(x0 + MIN_SIDE_M),
        _ => {}
    }
    match ey {
        -1 => y0 = to.y_m.min(y1 - MIN_SIDE_M),
        1 => y1 = to.y_m.max(y0 + MIN_SIDE_M),
        _ => {}
    }
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// `rect` turned 90° about its centre: width and depth swap.
#[must_use]
pub fn rotated(rect: &Rect) -> Rect {
    let c = rect.centre();
    Rect::new(c.x_m - rect.height_m / 2.0, c.y_m - rect.width_m / 2.0, rect.height_m, rect.width_m)
}

/// `object` stretched so its bounding box becomes `to` (polygons scale their vertices).
#[must_use]
pub fn with_bounds(object: &Object, to: Rect) -> Object {
    let scale = |outline: &[Point], from: Option<Rect>| -> Vec<Point> {
        let Some(from) = from.filter(|f| f.width_m > 0.0 && f.height_m > 0.0) else {
            return outline.to_vec();
        };
        let (sx, sy) = (to.width_m / from.width_m, to.height_m / from.height_m);
        outline
            .iter()
            .map(|p| Point::new(to.x_m + (p.x_m - from.x_m) * sx, to.y_m + (p.y_m - from.y_m) * sy))
            .collect()
    };
    match object {
        Object::Booth(b) => Object::Booth(Booth { rect: to, ..b.clone() }),
        Object::Zone(z) => Object::Zone(Zone { rect: to, ..z.clone() }),
        Object::Hall(h) => {
            Object::Hall(Hall { outline: scale(&h.outline, h.bounds()), ..h.clone() })
        }
        Object::Column(c) => Object::Column(crate::model::Column {
            outline: scale(&c.outline, c.bounds()),
            ..c.clone()
        }),
        Object::Exit(e) => {
            let [from, to] = match scale(&[e.from, e.to], Some(e.bounds())).as_slice() {
                &[from, to] => [from, to],
                _ => [e.from, e.to],
            };
            Object::Exit(crate::model::Exit { from, to, ..e.clone() })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resize_keeps_the_opposite_edge_and_a_minimum_side() {
        let r = Rect::new(10.0, 10.0, 6.0, 3.0);
        assert_eq!(
            resized_rect(&r, Handle::BottomRight, Point::new(19.0, 15.0)),
            Rect::new(10.0, 10.0, 9.0, 5.0)
        );
        assert_eq!(
            resized_rect(&r, Handle::Left, Point::new(8.0, 99.0)),
            Rect::new(8.0, 10.0, 8.0, 3.0)
        );
        // Dragging the left edge past the right one stops at the minimum side.
        assert_eq!(
            resized_rect(&r, Handle::TopLeft, Point::new(30.0, 30.0)),
            Rect::new(15.0, 12.0, 1.0, 1.0)
        );
    }

    #[test]
    fn rotation_swaps_sides_about_the_centre() {
        let r = Rect::new(0.0, 0.0, 6.0, 3.0);
        assert_eq!(rotated(&r), Rect::new(1.5, -1.5, 3.0, 6.0));
        assert_eq!(rotated(&rotated(&r)), r);
    }
}
