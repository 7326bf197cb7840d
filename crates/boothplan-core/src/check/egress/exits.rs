//! A hall's exits, prepared for the rules: their segments in an R-tree for "distance to the
//! nearest exit", and the clear zone in front of each.

use geo::{Area, BooleanOps, Coord, LineString, MultiPolygon, Polygon};
use rstar::primitives::{GeomWithData, Line};
use rstar::{PointDistance, RTree};

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

    /// Straight-line distance from `(x, y)` to the nearest exit's segment, and that exit's
    /// index; `None` without exits.
    pub(crate) fn nearest(&self, x: f64, y: f64) -> Option<(f64, usize)> {
        let p = [x, y];
        let segment = self.tree.nearest_neighbor(&p)?;
        Some((segment.distance_2(&p).sqrt(), segment.data))
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
