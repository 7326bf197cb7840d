//! A hall's exits, prepared for the rules: their segments in an R-tree for "distance to the
//! nearest exit", and the clear zone in front of each.

use geo::{Area, BooleanOps, Coord, LineString, MultiPolygon, Polygon};
use rstar::RTree;
use rstar::primitives::{GeomWithData, Line};

use super::super::shapes::Shape;
use crate::model::{Exit, Layout};

/// An exit's segment, tagged with its index among the hall's exits.
type Segment = GeomWithData<Line<[f64; 2]>, usize>;

/// The exits of one hall.
pub(crate) struct Exits<'a> {
    /// The exits naming the hall, in layout order.
    pub list: Vec<&'a Exit>,
    /// Their segments.
    tree: RTree<Segment>,
    /// The hall's outline, for the clear zones.
    hall: &'a Shape,
}

impl<'a> Exits<'a> {
    /// The exits of the hall `hall_id` in `layout`, whose outline is `hall`.
    pub(crate) fn of_hall(layout: &'a Layout, hall_id: &str, hall: &'a Shape) -> Self {
        let list: Vec<&Exit> = layout
            .exits
            .iter()
            .filter(|e| e.hall.as_deref() == Some(hall_id) && e.width_m() > 0.0)
            .collect();
        let segments = list
            .iter()
            .enumerate()
            .map(|(i, e)| {
                GeomWithData::new(Line::new([e.from.x_m, e.from.y_m], [e.to.x_m, e.to.y_m]), i)
            })
            .collect();
        Self { list, tree: RTree::bulk_load(segments), hall }
    }

    /// True when the hall has no exit.
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The total clear width of the exits, metres.
    pub(crate) fn total_width_m(&self) -> f64 {
        self.list.iter().fold(0.0, |sum, e| sum + e.width_m())
    }

    /// The exits that can be the nearest one from some point of `rect`, as `[x0, y0, x1, y1]`
    /// segments with their index: those no farther from the rectangle than the nearest exit
    /// of its centre is from its farthest corner. A handful, where a hall has dozens: finding
    /// the farthest point of a booth asks for the nearest exit many times, and a look through
    /// these is much cheaper than a search of the tree.
    pub(crate) fn near(&self, rect: &crate::model::Rect) -> Vec<([f64; 4], usize)> {
        let c = rect.centre();
        let Some(nearest) = self.tree.nearest_neighbor(&[c.x_m, c.y_m]) else { return Vec::new() };
        let seg = |s: &Segment| {
            let (a, b) = (s.geom().from, s.geom().to);
            [a[0], a[1], b[0], b[1]]
        };
        let first = seg(nearest);
        // Every point of the rectangle is within `reach` of that exit (the distance to one
        // segment is convex, so largest at a corner).
        let reach = rect
            .corners()
            .iter()
            .map(|p| segment_distance(p.x_m, p.y_m, first))
            .fold(0.0, f64::max);
        let area = rstar::AABB::from_corners(
            [rect.x_m - reach, rect.y_m - reach],
            [rect.max_x_m() + reach, rect.max_y_m() + reach],
        );
        let mut out: Vec<([f64; 4], usize)> = self
            .tree
            .locate_in_envelope_intersecting(&area)
            .map(|s| (seg(s), s.data))
            .filter(|(s, _)| box_gap(rect, s) <= reach)
            .collect();
        out.sort_unstable_by_key(|&(_, i)| i);
        out
    }

    /// The clear zone in front of exit `i`: the exit's width by `depth_m`, on the side of the
    /// wall the hall is on, cut to the hall.
    pub(crate) fn clear_zone(&self, i: usize, depth_m: f64) -> MultiPolygon<f64> {
        let e = self.list[i];
        let (dx, dy) = (e.to.x_m - e.from.x_m, e.to.y_m - e.from.y_m);
        let width = dx.hypot(dy);
        let (nx, ny) = (-dy / width * depth_m, dx / width * depth_m);
        let hall = &self.hall.polygon;
        // The side of the wall with more hall in it is the inside (exact for a door on a wall;
        // a door drawn off the wall still gets the side that is more inside).
        [1.0, -1.0]
            .into_iter()
            .map(|s| {
                let ring = vec![
                    Coord { x: e.from.x_m, y: e.from.y_m },
                    Coord { x: e.to.x_m, y: e.to.y_m },
                    Coord { x: e.to.x_m + s * nx, y: e.to.y_m + s * ny },
                    Coord { x: e.from.x_m + s * nx, y: e.from.y_m + s * ny },
                ];
                Polygon::new(LineString::new(ring), vec![]).intersection(hall)
            })
            .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))
            .unwrap_or_else(|| MultiPolygon::new(vec![]))
    }
}

/// Straight distance from `(x, y)` to the segment `[x0, y0, x1, y1]` (a plain square root:
/// `hypot`'s care for overflow is not needed on a floor and costs more than the rest).
pub(crate) fn segment_distance(x: f64, y: f64, [x0, y0, x1, y1]: [f64; 4]) -> f64 {
    let (dx, dy) = (x1 - x0, y1 - y0);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((x - x0) * dx + (y - y0) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    let (ex, ey) = (x - (x0 + t * dx), y - (y0 + t * dy));
    (ex * ex + ey * ey).sqrt()
}

/// The gap between a rectangle and a segment's box: no more than the distance between the
/// rectangle and the segment.
fn box_gap(rect: &crate::model::Rect, [x0, y0, x1, y1]: &[f64; 4]) -> f64 {
    let gx = (x0.min(*x1) - rect.max_x_m()).max(rect.x_m - x0.max(*x1)).max(0.0);
    let gy = (y0.min(*y1) - rect.max_y_m()).max(rect.y_m - y0.max(*y1)).max(0.0);
    (gx * gx + gy * gy).sqrt()
}
