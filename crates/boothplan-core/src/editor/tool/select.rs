//! The Select tool: click picks, Shift-click toggles, drag moves the selection, a handle
//! resizes, a hall vertex moves, and a drag from empty floor draws a rubber band that picks up
//! zones and booths (never the building: halls and columns).

use super::ToolState;
use crate::editor::hit::{edge_at, handle_at, vertex_at};
use crate::editor::{Document, Hover, ObjectRef, Selection};
use crate::model::{ObjectKind, Point, Rect};

impl Document {
    /// What a press at `pos` would grab: the single selection's handles first, then a selected
    /// hall's vertices and edges, then the top-most object.
    pub(crate) fn hover_at(&self, pos: Point) -> Option<Hover> {
        let radius = self.settings.pick_radius_m;
        if let Some((object, rect)) = self.resizable()
            && let Some(handle) = handle_at(&rect, pos, radius)
        {
            return Some(Hover::Handle(object, handle));
        }
        for hall in self.editable_halls() {
            let Some(h) = self.layout.halls.get(hall) else { continue };
            if let Some(vertex) = vertex_at(&h.outline, pos, radius) {
                return Some(Hover::Vertex { hall, vertex });
            }
        }
        let object = self.pick(pos);
        if object.is_none_or(|o| o.kind == ObjectKind::Hall) {
            for hall in self.editable_halls() {
                let Some(h) = self.layout.halls.get(hall) else { continue };
                if let Some(after) = edge_at(&h.outline, pos, radius) {
                    return Some(Hover::Edge { hall, after });
                }
            }
        }
        object.map(Hover::Object)
    }

    /// The drag a press on `on` starts. Booths and columns are grabbed and moved at once;
    /// zones and halls, which cover the floor, move only when already selected — otherwise a
    /// drag over them draws a rubber band, so booths inside can be band-selected.
    pub(crate) fn select_start_drag(&mut self, at: Point, on: Option<Hover>) -> ToolState {
        let additive = self.modifiers.shift;
        // Undo returns to the selection from before the press, even when the press grabbed more.
        let selection_before = self.selection.clone();
        let grab = match on {
            Some(Hover::Handle(object, handle)) => {
                let Some(start) = object.bounds(&self.layout) else { return ToolState::Ready };
                self.begin_transaction(&format!("Resize {}", describe_ref(self, object)), [object]);
                return ToolState::Resizing { object, handle, start };
            }
            Some(Hover::Vertex { hall, vertex }) => {
                self.begin_transaction("Move hall corner", [ObjectRef::hall(hall)]);
                return ToolState::MovingVertex { hall, vertex };
            }
            Some(Hover::Edge { hall, .. }) => Some(ObjectRef::hall(hall)),
            Some(Hover::Object(object)) => Some(object),
            None => None,
        };
        match grab {
            Some(object) if self.selection.contains(object) => {}
            Some(object) if matches!(object.kind, ObjectKind::Booth | ObjectKind::Column) => {
                if !additive {
                    self.selection.clear();
                }
                self.selection.insert(object);
            }
            _ => return ToolState::RubberBand { from: at, to: at, additive },
        }
        let objects: Vec<ObjectRef> = self.movable_selection().collect();
        let Some(bounds) =
            objects.iter().filter_map(|r| r.bounds(&self.layout)).reduce(|a, b| a.union(&b))
        else {
            return ToolState::Ready;
        };
        let label = match objects.as_slice() {
            [one] => format!("Move {}", describe_ref(self, *one)),
            many => format!("Move {} objects", many.len()),
        };
        self.begin_transaction(&label, objects);
        if let Some(tx) = &mut self.transaction {
            tx.selection_before = selection_before;
        }
        ToolState::MovingSelection { from: at, start: bounds }
    }

    /// The selected halls whose corners and edges may be dragged (the Halls layer unlocked).
    fn editable_halls(&self) -> Vec<usize> {
        if self.layers.can_pick(ObjectKind::Hall) {
            self.selection.indices(ObjectKind::Hall)
        } else {
            Vec::new()
        }
    }

    /// A click (press and release without a drag) on `on`.
    pub(crate) fn select_click(&mut self, on: Option<Hover>) {
        let shift = self.modifiers.shift;
        match on {
            Some(Hover::Object(object)) => {
                if shift {
                    self.selection.toggle(object);
                } else {
                    self.selection = Selection::of([object]);
                }
            }
            Some(Hover::Handle(..) | Hover::Vertex { .. } | Hover::Edge { .. }) => {}
            None => {
                if !shift {
                    self.selection.clear();
                }
            }
        }
    }

    /// Double-click with the Select tool: on a selected hall's vertex removes it, on its edge
    /// adds one there.
    pub(crate) fn select_double_click(&mut self, pos: Point) {
        match self.hover_at(pos) {
            Some(Hover::Vertex { hall, vertex }) => self.remove_hall_vertex(hall, vertex),
            Some(Hover::Edge { hall, after }) => {
                let at = self.snap(pos);
                self.insert_hall_vertex(hall, after, at);
            }
            _ => {}
        }
    }

    /// Selects the zones and booths that lie wholly inside `band` (added to the selection when
    /// `additive`). Halls and columns are the building: a band drawn over a floor never picks
    /// them up, so moving what it selected never moves a wall or a column.
    pub(crate) fn rubber_band_select(&mut self, band: Rect, additive: bool) {
        let l = &self.layout;
        let inside = |r: Option<Rect>| r.is_some_and(|r| band.contains_rect(&r));
        let layers = self.layers;
        let covered = (0..l.zones.len())
            .map(ObjectRef::zone)
            .chain((0..l.booths.len()).map(ObjectRef::booth))
            .filter(|r| layers.can_pick(r.kind) && inside(r.bounds(l)));
        if additive {
            let covered: Vec<ObjectRef> = covered.collect();
            for r in covered {
                self.selection.insert(r);
            }
        } else {
            self.selection = Selection::of(covered);
        }
    }
}

/// "booth 1A-012", for undo labels.
fn describe_ref(doc: &Document, object: ObjectRef) -> String {
    format!("{} {}", object.kind.as_str(), object.id(doc.layout()).unwrap_or_default())
}
