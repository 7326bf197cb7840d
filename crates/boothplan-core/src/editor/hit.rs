//! Hit-testing in world metres: which object, handle or hall vertex lies under the pointer.

use super::{Handle, ObjectRef};
pub use crate::model::point_in_polygon;
use crate::model::{Layout, ObjectKind, Point, Rect, distance_to_segment_m};

/// What the pointer is over, for hover feedback and for deciding what a press starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hover {
    /// An object's body.
    Object(ObjectRef),
    /// A resize handle of the single selected object.
    Handle(ObjectRef, Handle),
    /// A vertex of a selected hall's outline.
    Vertex {
        /// Index of the hall.
        hall: usize,
        /// Index of the vertex in its outline.
        vertex: usize,
    },
    /// An edge of a selected hall's outline (double-click adds a vertex there).
    Edge {
        /// Index of the hall.
        hall: usize,
        /// Index of the edge's first vertex.
        after: usize,
    },
}

/// The object at `pos` among the kinds `pickable` allows: first a door within `radius_m` (a
/// thin line on a wall, drawn over everything), then the top-most one under the pointer
/// (booths over zones over columns, within one kind the one drawn last); only when the
/// pointer is on none of them, the nearest
/// within `radius_m` (a thin booth edge is easy to grab); then the hall under or near it.
///
/// The pointer's own object always wins: at a fitted zoom the radius spans metres, and a
/// click inside one booth must never pick its neighbour.
#[must_use]
pub fn object_at(
    layout: &Layout,
    pos: Point,
    radius_m: f64,
    pickable: impl Fn(ObjectKind) -> bool,
) -> Option<ObjectRef> {
    let (booths, zones, columns, halls) = (
        pickable(ObjectKind::Booth),
        pickable(ObjectKind::Zone),
        pickable(ObjectKind::Column),
        pickable(ObjectKind::Hall),
    );
    if pickable(ObjectKind::Exit) {
        let door = layout
            .exits
            .iter()
            .enumerate()
            .map(|(i, e)| (i, distance_to_segment_m(pos, e.from, e.to)))
            .filter(|(_, d)| *d <= radius_m)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, _)) = door {
            return Some(ObjectRef::exit(i));
        }
    }
    if booths && let Some(i) = layout.booths.iter().rposition(|b| b.rect.contains_point(pos)) {
        return Some(ObjectRef::booth(i));
    }
    if zones && let Some(i) = layout.zones.iter().rposition(|z| z.rect.contains_point(pos)) {
        return Some(ObjectRef::zone(i));
    }
    if columns
        && let Some(i) = layout.columns.iter().rposition(|c| point_in_polygon(pos, &c.outline))
    {
        return Some(ObjectRef::column(i));
    }
    let nearest = layout
        .booths
        .iter()
        .enumerate()
        .filter(|_| booths)
        .map(|(i, b)| (ObjectRef::booth(i), distance_to_rect(pos, &b.rect)))
        .chain(
            layout
                .columns
                .iter()
                .enumerate()
                .filter(|_| columns)
                .map(|(i, c)| (ObjectRef::column(i), distance_to_outline(pos, &c.outline))),
        )
        .chain(
            layout
                .zones
                .iter()
                .enumerate()
                .filter(|_| zones)
                .map(|(i, z)| (ObjectRef::zone(i), distance_to_rect(pos, &z.rect))),
        )
        .filter(|(_, d)| *d <= radius_m)
        // The nearest; on a tie the first listed (booths before columns before zones).
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((object, _)) = nearest {
        return Some(object);
    }
    let in_polygon = |outline: &[Point]| {
        point_in_polygon(pos, outline) || distance_to_outline(pos, outline) <= radius_m
    };
    if !halls {
        return None;
    }
    layout.halls.iter().rposition(|h| in_polygon(&h.outline)).map(ObjectRef::hall)
}

/// Distance from `p` to the rectangle `r` (0 inside it).
fn distance_to_rect(p: Point, r: &Rect) -> f64 {
    let dx = (r.x_m - p.x_m).max(p.x_m - r.max_x_m()).max(0.0);
    let dy = (r.y_m - p.y_m).max(p.y_m - r.max_y_m()).max(0.0);
    dx.hypot(dy)
}

/// The resize handle of `rect` within `radius_m` of `pos`, corners first.
#[must_use]
pub fn handle_at(rect: &Rect, pos: Point, radius_m: f64) -> Option<Handle> {
    let corners_first = [0, 2, 4, 6, 1, 3, 5, 7].map(|i| Handle::ALL[i]);
    corners_first.into_iter().find(|h| distance(h.position(rect), pos) <= radius_m)
}

/// The vertex of `outline` within `radius_m` of `pos`, the nearest if several.
#[must_use]
pub fn vertex_at(outline: &[Point], pos: Point, radius_m: f64) -> Option<usize> {
    outline
        .iter()
        .enumerate()
        .map(|(i, p)| (i, distance(*p, pos)))
        .filter(|(_, d)| *d <= radius_m)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The edge of the closed `outline` within `radius_m` of `pos`, as the index of its first vertex.
#[must_use]
pub fn edge_at(outline: &[Point], pos: Point, radius_m: f64) -> Option<usize> {
    let n = outline.len();
    (0..n)
        .map(|i| (i, distance_to_segment_m(pos, outline[i], outline[(i + 1) % n])))
        .filter(|(_, d)| *d <= radius_m)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// Distance from `p` to the nearest edge of the closed `outline`.
fn distance_to_outline(p: Point, outline: &[Point]) -> f64 {
    let n = outline.len();
    (0..n)
        .map(|i| distance_to_segment_m(p, outline[i], outline[(i + 1) % n]))
        .fold(f64::INFINITY, f64::min)
}

fn distance(a: Point, b: Point) -> f64 {
    (a.x_m - b.x_m).hypot(a.y_m - b.y_m)
}

/// The index of the hall whose outline contains `p` (the last drawn, if several).
#[must_use]
pub fn hall_containing(layout: &Layout, p: Point) -> Option<usize> {
    layout.halls.iter().rposition(|h| point_in_polygon(p, &h.outline))
}

impl super::Document {
    /// The resize handles to paint: those of the single selected zone, booth or column.
    #[must_use]
    pub fn handles(&self) -> Vec<(ObjectRef, Handle, Point)> {
        let Some((object, rect)) = self.resizable() else { return Vec::new() };
        Handle::ALL.iter().map(|h| (object, *h, h.position(&rect))).collect()
    }

    /// The vertex handles to paint: the outline vertices of each selected hall, as
    /// `(hall index, vertex index, position)`.
    #[must_use]
    pub fn vertex_handles(&self) -> Vec<(usize, usize, Point)> {
        if !self.layers.can_pick(crate::model::ObjectKind::Hall) {
            return Vec::new();
        }
        self.selection
            .indices(crate::model::ObjectKind::Hall)
            .into_iter()
            .filter_map(|h| self.layout.halls.get(h).map(|hall| (h, hall)))
            .flat_map(|(h, hall)| hall.outline.iter().enumerate().map(move |(v, p)| (h, v, *p)))
            .collect()
    }

    /// The single selected object that has resize handles, with its bounds.
    pub(crate) fn resizable(&self) -> Option<(ObjectRef, Rect)> {
        let object = self.selection.single()?;
        // Halls are reshaped by their corners; a door is a line along a wall, moved along it.
        let shaped_otherwise =
            matches!(object.kind, crate::model::ObjectKind::Hall | crate::model::ObjectKind::Exit);
        if shaped_otherwise || !self.layers.can_pick(object.kind) {
            return None;
        }
        Some((object, object.bounds(&self.layout)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l_shaped_outline_has_a_hole_in_its_corner() {
        let l = [(0.0, 0.0), (10.0, 0.0), (10.0, 4.0), (6.0, 4.0), (6.0, 6.0), (0.0, 6.0)]
            .map(Point::from);
        assert!(point_in_polygon(Point::new(2.0, 5.0), &l));
        assert!(point_in_polygon(Point::new(9.0, 1.0), &l));
        assert!(!point_in_polygon(Point::new(8.0, 5.0), &l));
        assert_eq!(edge_at(&l, Point::new(8.0, 4.1), 0.2), Some(2));
        assert_eq!(vertex_at(&l, Point::new(6.1, 3.9), 0.5), Some(3));
    }
}
