//! Where a drag lands: the grid, or — nearer — an edge, centre or aisle gap of a neighbour
//! (see `editor/snapping.rs`) on a shown layer; Alt bypasses both. Also keeps the guides the
//! canvas draws.

use super::ToolController;
use crate::editor::snapping::{Guide, Moving, Neighbour, nearest_gaps, neighbours, snap_rect};
use crate::editor::{Document, Handle, Layer, ObjectRef};
use crate::model::{Point, Rect};

/// Selections larger than this move on the grid only: lining hundreds of objects up with one
/// neighbour means nothing, and the search would cost a frame.
const MAX_SNAPPING_SELECTION: usize = 500;

/// How a rectangle moves along one axis when the handle moves by `edge` (-1, 0 or 1).
fn moving_for(edge: i8) -> Moving {
    match edge {
        -1 => Moving::Low,
        1 => Moving::High,
        _ => Moving::None,
    }
}

impl ToolController {
    /// Whether drags snap to other objects now.
    fn snaps_to_objects(&self, doc: &Document) -> bool {
        doc.settings.snap_to_objects && !self.modifiers.alt
    }

    /// The top-left corner where a selection whose bounds were `start` lands when the
    /// pointer asks for `raw` (unsnapped); sets the guides.
    pub(super) fn snap_move(&mut self, doc: &Document, start: &Rect, raw: Point) -> Point {
        if doc.selection.len() > MAX_SNAPPING_SELECTION {
            self.guides.clear();
            return self.snap(doc, raw);
        }
        let selection = doc.selection.clone();
        let (w, h) = (start.width_m, start.height_m);
        let at = |p: Point| Rect::new(p.x_m, p.y_m, w, h);
        self.land(doc, raw, at, (Moving::All, Moving::All), |r| selection.contains(r))
    }

    /// Where the dragged `handle` of an object whose bounds were `start` lands when the
    /// pointer is at `raw`; sets the guides.
    pub(super) fn snap_resize(
        &mut self,
        doc: &Document,
        object: ObjectRef,
        start: &Rect,
        handle: Handle,
        raw: Point,
    ) -> Point {
        let (ex, ey) = handle.edges();
        let at = |p: Point| crate::editor::resized_rect(start, handle, p);
        self.land(doc, raw, at, (moving_for(ex), moving_for(ey)), |r| r == object)
    }

    /// Where a corner of a rectangle being drawn lands when the pointer is at `raw`; sets the
    /// guides.
    pub(super) fn snap_corner(&mut self, doc: &Document, raw: Point) -> Point {
        let at = |p: Point| Rect::new(p.x_m, p.y_m, 0.0, 0.0);
        self.land(doc, raw, at, (Moving::All, Moving::All), |_| false)
    }

    /// Where the pointer at `raw` puts things: the rectangle `at(point)` moving as `moving`
    /// snaps to the nearest shown neighbour not `dragged` within the radius on each axis, else
    /// to the grid. Sets the guides of where it landed.
    fn land(
        &mut self,
        doc: &Document,
        raw: Point,
        at: impl Fn(Point) -> Rect,
        (mx, my): (Moving, Moving),
        dragged: impl Fn(ObjectRef) -> bool,
    ) -> Point {
        self.guides.clear();
        let grid = self.snap(doc, raw);
        if !self.snaps_to_objects(doc) {
            return grid;
        }
        let layers = doc.layers;
        let skip = |r: ObjectRef| dragged(r) || !layers.is_visible(Layer::of(r.kind));
        let near = neighbours(&doc.layout, skip, &at(raw));
        let aisle = doc.layout.min_aisle_m;
        let (sx, sy, _) = snap_rect(&at(raw), mx, my, &near, aisle, doc.settings.snap_radius_m);
        let to =
            Point::new(sx.map_or(grid.x_m, |s| raw.x_m + s), sy.map_or(grid.y_m, |s| raw.y_m + s));
        self.guides = guides_at(&at(to), mx, my, &near, aisle);
        to
    }
}

/// The guides for `rect` where it landed: the alignments it now shares exactly with a
/// neighbour (whether snapped or put there by the grid) and the gap to the nearest booth on
/// each side.
fn guides_at(rect: &Rect, mx: Moving, my: Moving, near: &[Neighbour], aisle_m: f64) -> Vec<Guide> {
    const EXACT_M: f64 = 1e-6;
    let (_, _, mut guides) = snap_rect(rect, mx, my, near, aisle_m, EXACT_M);
    for gap in nearest_gaps(rect, near) {
        if !guides.iter().any(|g| g.gap_m.is_some() && g.from == gap.from && g.to == gap.to) {
            guides.push(gap);
        }
    }
    guides
}
