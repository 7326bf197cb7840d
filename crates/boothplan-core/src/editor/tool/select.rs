//! The Select tool: click picks, Shift-click toggles, drag moves the selection, a handle
//! resizes, a hall vertex moves, and a drag from empty floor draws a rubber band that picks up
//! zones and booths (never the building: halls and columns).

use super::{ToolController, ToolState};
use crate::editor::edit::{resized_rect, with_bounds};
use crate::editor::hit::{edge_at, handle_at, vertex_at};
use crate::editor::{Document, Handle, Hover, Object, ObjectRef, Selection, Transaction};
use crate::model::{ObjectKind, Point, Rect};

/// Where the Select tool is in its gesture; a drag that edits holds its transaction.
#[derive(Debug, Default)]
pub(super) enum SelectGesture {
    /// Waiting for a press.
    #[default]
    Ready,
    /// Pressed at `at` on `on`, not yet moved far enough to be a drag.
    Pressed {
        /// Where the press happened (unsnapped).
        at: Point,
        /// What was under the pointer.
        on: Option<Hover>,
    },
    /// Dragging the selection.
    MovingSelection {
        /// Where the drag started (unsnapped).
        from: Point,
        /// The selection's bounds at the start; their top-left corner snaps to the grid or to
        /// a neighbour.
        start: Rect,
        /// The move, previewed in the layout.
        tx: Transaction,
    },
    /// Dragging a resize handle of one object.
    Resizing {
        /// The object being resized.
        object: ObjectRef,
        /// The handle being dragged.
        handle: Handle,
        /// The object's bounds when the drag started.
        start: Rect,
        /// The resize, previewed in the layout.
        tx: Transaction,
    },
    /// Dragging one vertex of a hall outline.
    MovingVertex {
        /// Index of the hall.
        hall: usize,
        /// Index of the vertex.
        vertex: usize,
        /// The reshaping, previewed in the layout.
        tx: Transaction,
    },
    /// Dragging a selection rectangle over empty space.
    RubberBand {
        /// Where the drag started.
        from: Point,
        /// Where the pointer is.
        to: Point,
        /// Shift held: add to the selection instead of replacing it.
        additive: bool,
    },
}

impl SelectGesture {
    pub(super) fn state(&self) -> ToolState {
        match self {
            Self::Ready => ToolState::Ready,
            Self::Pressed { .. } => ToolState::Pressed,
            Self::MovingSelection { .. } => ToolState::MovingSelection,
            Self::Resizing { handle, .. } => ToolState::Resizing { handle: *handle },
            Self::MovingVertex { .. } => ToolState::MovingVertex,
            Self::RubberBand { .. } => ToolState::RubberBand,
        }
    }

    /// The gesture's transaction, if it is a drag that edits.
    pub(super) fn into_transaction(self) -> Option<Transaction> {
        match self {
            Self::MovingSelection { tx, .. }
            | Self::Resizing { tx, .. }
            | Self::MovingVertex { tx, .. } => Some(tx),
            Self::Ready | Self::Pressed { .. } | Self::RubberBand { .. } => None,
        }
    }

    /// The pointer went up: a click selects, a drag that edits becomes one undo step, a rubber
    /// band selects what it covers.
    pub(super) fn release(self, doc: &mut Document, shift: bool) {
        match self {
            Self::Ready => {}
            Self::Pressed { on, .. } => doc.select_click(on, shift),
            Self::MovingSelection { tx, .. }
            | Self::Resizing { tx, .. }
            | Self::MovingVertex { tx, .. } => tx.commit(doc),
            Self::RubberBand { from, to, additive } => {
                doc.rubber_band_select(Rect::from_corners(from, to), additive);
            }
        }
    }
}

impl ToolController {
    /// Follows the pointer during a Select-tool drag, previewing the edit in the layout.
    pub(super) fn select_drag_to(&mut self, doc: &mut Document, g: &mut SelectGesture, pos: Point) {
        let exact = self.modifiers.alt;
        match g {
            SelectGesture::MovingSelection { from, start, tx } => {
                let raw =
                    Point::new(start.x_m + pos.x_m - from.x_m, start.y_m + pos.y_m - from.y_m);
                let target = self.snap_move(doc, start, raw);
                let (dx, dy) = (target.x_m - start.x_m, target.y_m - start.y_m);
                let mut moved: Vec<(ObjectRef, Object)> =
                    tx.before(doc).iter().map(|(r, o)| (*r, o.translated(dx, dy))).collect();
                doc.rehome(&mut moved, exact);
                tx.preview_many(doc, moved);
            }
            SelectGesture::Resizing { object, handle, start, tx } => {
                let (object, handle) = (*object, *handle);
                let rect =
                    resized_rect(start, handle, self.snap_resize(doc, object, start, handle, pos));
                let first = tx.before(doc).first().map(|(_, before)| with_bounds(before, rect));
                if let Some(resized) = first {
                    let mut resized = [(object, resized)];
                    doc.rehome(&mut resized, exact);
                    let [(_, resized)] = resized;
                    tx.preview(doc, object, resized);
                }
            }
            SelectGesture::MovingVertex { hall, vertex, tx } => {
                let to = self.snap(doc, pos);
                if let Some(mut h) = doc.layout.halls.get(*hall).cloned() {
                    if let Some(p) = h.outline.get_mut(*vertex) {
                        *p = to;
                    }
                    tx.preview(doc, ObjectRef::hall(*hall), Object::Hall(h));
                }
            }
            SelectGesture::RubberBand { to, .. } => *to = pos,
            SelectGesture::Ready | SelectGesture::Pressed { .. } => {}
        }
    }
}

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
    pub(super) fn select_start_drag(
        &mut self,
        at: Point,
        on: Option<Hover>,
        additive: bool,
    ) -> SelectGesture {
        // Undo returns to the selection from before the press, even when the press grabbed more.
        let selection_before = self.selection.clone();
        let grab = match on {
            Some(Hover::Handle(object, handle)) => {
                let Some(start) = object.bounds(&self.layout) else { return SelectGesture::Ready };
                let tx = self
                    .begin_transaction(&format!("Resize {}", describe_ref(self, object)), [object]);
                return SelectGesture::Resizing { object, handle, start, tx };
            }
            Some(Hover::Vertex { hall, vertex }) => {
                let tx = self.begin_transaction("Move hall corner", [ObjectRef::hall(hall)]);
                return SelectGesture::MovingVertex { hall, vertex, tx };
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
            _ => return SelectGesture::RubberBand { from: at, to: at, additive },
        }
        let objects: Vec<ObjectRef> = self.movable_selection().collect();
        let Some(bounds) =
            objects.iter().filter_map(|r| r.bounds(&self.layout)).reduce(|a, b| a.union(&b))
        else {
            return SelectGesture::Ready;
        };
        let label = match objects.as_slice() {
            [one] => format!("Move {}", describe_ref(self, *one)),
            many => format!("Move {} objects", many.len()),
        };
        let tx = self.begin_transaction(&label, objects);
        tx.undo_to_selection(self, selection_before);
        SelectGesture::MovingSelection { from: at, start: bounds, tx }
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
    fn select_click(&mut self, on: Option<Hover>, shift: bool) {
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

    /// Double-click with the Select tool at `pos`: on a selected hall's vertex removes it, on
    /// its edge adds one at `snapped` (the pointer on the grid).
    pub(super) fn select_double_click(&mut self, pos: Point, snapped: Point) {
        match self.hover_at(pos) {
            Some(Hover::Vertex { hall, vertex }) => self.remove_hall_vertex(hall, vertex),
            Some(Hover::Edge { hall, after }) => self.insert_hall_vertex(hall, after, snapped),
            _ => {}
        }
    }

    /// Selects the zones and booths that lie wholly inside `band` (added to the selection when
    /// `additive`). Halls and columns are the building: a band drawn over a floor never picks
    /// them up, so moving what it selected never moves a wall or a column.
    fn rubber_band_select(&mut self, band: Rect, additive: bool) {
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
