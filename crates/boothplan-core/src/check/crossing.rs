//! Whether a hall or column outline crosses or touches itself, in O(n log n) for an outline of
//! n vertices: its edges go into an R-tree, and each edge is tested only against the edges
//! whose boxes meet its own. The verdict is exactly that of `geo`'s polygon validation (the
//! independent oracle of the tests), which compares every edge with every other: a hall of
//! 100,000 vertices took minutes that way.

use geo::{Coord, Intersects as _, Line};
use rstar::{AABB, RTree, RTreeObject};

/// One edge of the closed ring and its place in it.
struct Edge {
    index: usize,
    line: Line<f64>,
}

impl RTreeObject for Edge {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        let (a, b) = (self.line.start, self.line.end);
        AABB::from_corners([a.x.min(b.x), a.y.min(b.y)], [a.x.max(b.x), a.y.max(b.y)])
    }
}

/// True when the outline, closed, is not a simple ring: fewer than three distinct vertices, or
/// two edges that meet other than end to start (a crossing, a touch, a fold back). Coordinates
/// must be finite.
#[must_use]
pub(crate) fn crosses_itself(outline: &[crate::model::Point]) -> bool {
    let mut ring: Vec<Coord<f64>> = outline.iter().map(|p| Coord { x: p.x_m, y: p.y_m }).collect();
    if let (Some(&first), Some(&last)) = (ring.first(), ring.last())
        && first != last
    {
        ring.push(first);
    }
    let mut distinct = ring.clone();
    distinct.dedup();
    if distinct.len() < 4 {
        return true;
    }
    let edges: Vec<Edge> = ring
        .windows(2)
        .enumerate()
        .map(|(index, w)| Edge { index, line: Line::new(w[0], w[1]) })
        .collect();
    let tree = RTree::bulk_load(edges);
    tree.iter().any(|edge| {
        tree.locate_in_envelope_intersecting(&edge.envelope()).any(|other| {
            other.index > edge.index
                && edge.line.start != other.line.end
                && edge.line.end != other.line.start
                && edge.line.intersects(&other.line)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Point;
    use geo::{LineString, Polygon, Validation as _};
    use proptest::prelude::*;

    fn outline(points: &[(f64, f64)]) -> Vec<Point> {
        points.iter().map(|&(x, y)| Point::new(x, y)).collect()
    }

    /// The oracle: `geo`'s own validation, every edge against every other.
    fn geo_says_invalid(points: &[Point]) -> bool {
        let ring: Vec<Coord<f64>> = points.iter().map(|p| Coord { x: p.x_m, y: p.y_m }).collect();
        !Polygon::new(LineString::new(ring), vec![]).is_valid()
    }

    #[test]
    fn the_plain_cases() {
        let square = outline(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]);
        assert!(!crosses_itself(&square));
        let bow_tie = outline(&[(0.0, 0.0), (10.0, 10.0), (10.0, 0.0), (0.0, 10.0)]);
        assert!(crosses_itself(&bow_tie));
        let pinched =
            outline(&[(0.0, 0.0), (10.0, 0.0), (5.0, 5.0), (10.0, 10.0), (0.0, 10.0), (5.0, 5.0)]);
        assert!(crosses_itself(&pinched));
        assert!(crosses_itself(&outline(&[(0.0, 0.0), (1.0, 1.0), (0.0, 0.0)])));
    }

    #[test]
    fn a_saw_tooth_of_many_vertices_is_simple_and_one_crossing_is_found() {
        let mut points = vec![(0.0, -10.0)];
        for i in 0..20_000 {
            let x = f64::from(i);
            points.extend([(x, 0.0), (x + 0.5, 5.0)]);
        }
        points.push((20_000.0, -10.0));
        assert!(!crosses_itself(&outline(&points)));
        // A tooth leaning over its neighbour.
        points[5_001].0 += 1.2;
        assert!(crosses_itself(&outline(&points)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Small grids give many touching, collinear and repeated vertices.
        #[test]
        fn agrees_with_geo(points in prop::collection::vec((0i8..4, 0i8..4), 3..9)) {
            let points: Vec<Point> =
                points.iter().map(|&(x, y)| Point::new(f64::from(x), f64::from(y))).collect();
            prop_assert_eq!(crosses_itself(&points), geo_says_invalid(&points), "{:?}", points);
        }
    }
}
