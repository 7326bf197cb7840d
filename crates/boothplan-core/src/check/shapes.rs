//! Halls and columns prepared once per check: `geo` polygons, edges and boxes, so that each of
//! thousands of booths is tested against ready geometry.

use std::collections::HashMap;

use geo::coordinate_position::CoordPos;
use geo::kernels::RobustKernel;
use geo::{Coord, CoordinatePosition, Kernel, LineString, Orientation, Polygon};

use crate::model::{Point, Rect};

/// A polygon outline (hall or column) ready for exact tests against rectangles.
#[derive(Clone, Debug)]
pub(crate) struct Shape {
    /// Id of the hall or column.
    pub id: String,
    /// The outline as a `geo` polygon (closed ring).
    pub polygon: Polygon<f64>,
    /// Its bounding box.
    pub bounds: Rect,
    /// False when the outline is invalid geometry; such shapes take part in no other rule.
    pub valid: bool,
    /// The edges in an R-tree, for outlines of many vertices (a hall may have 100,000): a booth
    /// is then tested against the few edges near it, not all of them.
    edges: Option<EdgeIndex>,
    /// `[min x, min y, max x, max y]` exactly as written, when the outline is an axis-aligned
    /// rectangle (most halls): covering is then four comparisons.
    box_corners: Option<[f64; 4]>,
}

#[expect(
    clippy::float_cmp,
    reason = "a side is axis-aligned when its ends share a coordinate exactly"
)]
/// The corners of an outline that is an axis-aligned rectangle (four vertices, each sharing
/// one coordinate with each neighbour), else `None`.
fn box_corners(outline: &[Point]) -> Option<[f64; 4]> {
    let [first, second, third, fourth] = outline else { return None };
    let ring = [first, second, third, fourth, first];
    let axis_aligned = ring.windows(2).all(|side| {
        let (from, to) = (side[0], side[1]);
        (from.x_m == to.x_m) != (from.y_m == to.y_m)
    });
    let (min_x, max_x) = (first.x_m.min(third.x_m), first.x_m.max(third.x_m));
    let (min_y, max_y) = (first.y_m.min(third.y_m), first.y_m.max(third.y_m));
    (axis_aligned && min_x < max_x && min_y < max_y).then_some([min_x, min_y, max_x, max_y])
}

/// An outline's edges by their boxes, each tagged with its start vertex.
type EdgeIndex =
    rstar::RTree<rstar::primitives::GeomWithData<rstar::primitives::Line<[f64; 2]>, usize>>;

/// Outlines with more vertices than this get an edge index; below it a plain scan is quicker.
const EDGE_INDEX_FROM_VERTICES: usize = 32;

impl Shape {
    /// Prepares an outline; `valid` is decided by [`super::validity`].
    pub(crate) fn new(id: &str, outline: &[Point], valid: bool) -> Self {
        Self::with_edge_index_from(id, outline, valid, EDGE_INDEX_FROM_VERTICES)
    }

    /// [`Shape::new`], indexing the edges of outlines of more than `vertices` vertices;
    /// tests vary it to hold the indexed tests to the plain ones.
    pub(crate) fn with_edge_index_from(
        id: &str,
        outline: &[Point],
        valid: bool,
        vertices: usize,
    ) -> Self {
        let ring: Vec<Coord<f64>> = outline.iter().map(|p| Coord { x: p.x_m, y: p.y_m }).collect();
        let bounds =
            Rect::bounding(outline.iter().copied()).unwrap_or(Rect::new(0.0, 0.0, 0.0, 0.0));
        let polygon = Polygon::new(LineString::new(ring), vec![]);
        // Only a valid outline has finite coordinates, which the R-tree needs.
        let edges = (valid && outline.len() > vertices).then(|| {
            let lines = polygon.exterior().0.windows(2).enumerate().map(|(i, w)| {
                let line = rstar::primitives::Line::new([w[0].x, w[0].y], [w[1].x, w[1].y]);
                rstar::primitives::GeomWithData::new(line, i)
            });
            rstar::RTree::bulk_load(lines.collect())
        });
        let box_corners = box_corners(outline).filter(|_| valid);
        Self { id: id.to_owned(), polygon, bounds, valid, edges, box_corners }
    }

    /// The edges whose boxes meet the box from `(x0, y0)` to `(x1, y1)`: all of them without
    /// an index.
    fn edges_near(
        &self,
        (x0, y0): (f64, f64),
        (x1, y1): (f64, f64),
    ) -> Box<dyn Iterator<Item = (Coord<f64>, Coord<f64>)> + '_> {
        match &self.edges {
            Some(tree) => {
                let near = rstar::AABB::from_corners([x0, y0], [x1, y1]);
                Box::new(tree.locate_in_envelope_intersecting(&near).map(|e| {
                    let (from, to) = (e.geom().from, e.geom().to);
                    (Coord { x: from[0], y: from[1] }, Coord { x: to[0], y: to[1] })
                }))
            }
            None => Box::new(self.edges()),
        }
    }

    /// The closed ring's edges.
    fn edges(&self) -> impl Iterator<Item = (Coord<f64>, Coord<f64>)> + '_ {
        self.polygon.exterior().0.windows(2).map(|w| (w[0], w[1]))
    }

    /// True when the rectangle lies wholly inside the outline; lying on it counts as inside
    /// (GEOS `covers`). Exact: robust orientation tests, no tolerance.
    ///
    /// A rectangle is covered by a simple polygon exactly when no edge of the polygon enters
    /// the rectangle's open interior (then that interior is wholly in or wholly out) and the
    /// rectangle's centre is inside. Corners alone are not enough: an L-shaped hall's inner
    /// corner can poke into a booth whose four corners are all in the hall.
    #[must_use]
    pub(crate) fn covers(&self, rect: &Rect) -> bool {
        if let Some([x0, y0, x1, y1]) = self.box_corners {
            return rect.x_m >= x0
                && rect.y_m >= y0
                && rect.max_x_m() <= x1
                && rect.max_y_m() <= y1;
        }
        if !self.bounds.contains_rect(rect) {
            return false;
        }
        let corners = ((rect.x_m, rect.y_m), (rect.max_x_m(), rect.max_y_m()));
        if self.edges_near(corners.0, corners.1).any(|(p, q)| edge_enters_open_rect(p, q, rect)) {
            return false;
        }
        let centre = rect.centre();
        let c = Coord { x: centre.x_m, y: centre.y_m };
        if self.edges.is_none() {
            return self.polygon.coordinate_position(&c) == CoordPos::Inside;
        }
        // No edge meets the rectangle's open interior, so none passes through its centre: the
        // centre is strictly inside or outside, and the parity of the edges a ray from it to
        // the right crosses says which. Only edges near the ray are looked at.
        let ray = self.edges_near((c.x, c.y), (self.bounds.max_x_m(), c.y));
        let crossings = ray.filter(|&(p, q)| crosses_ray_right_of(p, q, c)).count();
        crossings % 2 == 1
    }

    /// Area in m² that the outline and the rectangle have in common.
    #[must_use]
    pub(crate) fn shared_area_m2(&self, rect: &Rect) -> f64 {
        clipped_area_m2(&self.polygon.exterior().0, rect)
    }
}

/// True when edge `p`–`q` crosses the ray from `c` to the right (half-open in y, so that a
/// vertex on the ray is counted once). Exact: a robust orientation test, no division.
fn crosses_ray_right_of(p: Coord<f64>, q: Coord<f64>, c: Coord<f64>) -> bool {
    if (p.y > c.y) == (q.y > c.y) {
        return false;
    }
    let turn = RobustKernel::orient2d(p, q, c);
    // Going up (q above), the edge is right of `c` when `c` is on its left, and going down
    // when `c` is on its right.
    if q.y > c.y { turn == Orientation::CounterClockwise } else { turn == Orientation::Clockwise }
}

/// True when segment `p`–`q` meets the open interior of `rect`.
///
/// Separating axes of a segment and a box are the two box axes and the segment's normal: the
/// segment misses the open box exactly when its extent misses along x or y, or when no two
/// corners of the box lie strictly on opposite sides of its line.
fn edge_enters_open_rect(p: Coord<f64>, q: Coord<f64>, rect: &Rect) -> bool {
    let (x0, y0, x1, y1) = (rect.x_m, rect.y_m, rect.max_x_m(), rect.max_y_m());
    if p.x.max(q.x) <= x0 || p.x.min(q.x) >= x1 || p.y.max(q.y) <= y0 || p.y.min(q.y) >= y1 {
        return false;
    }
    if p.x == q.x || p.y == q.y {
        // An axis-aligned edge (or a repeated vertex): the extent test above was exact.
        return true;
    }
    let (mut left, mut right) = (false, false);
    for c in [(x0, y0), (x1, y0), (x1, y1), (x0, y1)] {
        match RobustKernel::orient2d(p, q, Coord { x: c.0, y: c.1 }) {
            Orientation::CounterClockwise => left = true,
            Orientation::Clockwise => right = true,
            Orientation::Collinear => {}
        }
    }
    left && right
}

/// Area of the part of a simple polygon (closed ring) inside an axis-aligned rectangle.
///
/// Sutherland–Hodgman against the rectangle's four sides: the rectangle is convex, so the
/// clipped ring's area is the exact intersection area even for concave polygons (the thin
/// bridges it may leave along the rectangle's sides have no area).
#[must_use]
pub(crate) fn clipped_area_m2(ring: &[Coord<f64>], rect: &Rect) -> f64 {
    let open = match ring.split_last() {
        Some((closing, open)) if open.first() == Some(closing) => open,
        _ => ring,
    };
    let mut poly: Vec<Coord<f64>> = open.to_vec();
    let mut next = Vec::with_capacity(poly.len() + 4);
    let sides: [(usize, bool, f64); 4] = [
        (0, true, rect.x_m),
        (0, false, rect.max_x_m()),
        (1, true, rect.y_m),
        (1, false, rect.max_y_m()),
    ];
    for (axis, keep_above, limit) in sides {
        next.clear();
        let value = |c: &Coord<f64>| if axis == 0 { c.x } else { c.y };
        let inside =
            |c: &Coord<f64>| if keep_above { value(c) >= limit } else { value(c) <= limit };
        for (i, cur) in poly.iter().enumerate() {
            let prev = poly[(i + poly.len() - 1) % poly.len()];
            let (cur_in, prev_in) = (inside(cur), inside(&prev));
            if cur_in != prev_in {
                let t = (limit - value(&prev)) / (value(cur) - value(&prev));
                let mut c =
                    Coord { x: prev.x + t * (cur.x - prev.x), y: prev.y + t * (cur.y - prev.y) };
                if axis == 0 {
                    c.x = limit;
                } else {
                    c.y = limit;
                }
                next.push(c);
            }
            if cur_in {
                next.push(*cur);
            }
        }
        std::mem::swap(&mut poly, &mut next);
        if poly.is_empty() {
            return 0.0;
        }
    }
    let n = poly.len();
    let twice: f64 = (0..n)
        .map(|i| {
            let (a, b) = (poly[i], poly[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum();
    (twice / 2.0).abs()
}

/// Everything the rules need besides zones and booths. A full check builds it once;
/// [`super::LiveCheck`] re-reads only the halls and columns an edit touched.
#[derive(Clone, Debug)]
pub(crate) struct Venue {
    /// Every hall, in layout order (which decides which of two halls sharing an id counts).
    pub halls: Vec<Shape>,
    /// Hall id → index of the first hall with that id (a duplicate is reported, not used).
    pub hall_by_id: HashMap<String, usize>,
    /// Columns in numbered slots that never move while the column exists (slot `i` is the
    /// `i`-th column after a full build); `None` is a freed slot. Column order matters to no
    /// rule, so an edit can free and fill slots without shifting the others.
    pub columns: Vec<Option<Shape>>,
    /// Freed column slots, reused first.
    column_free: Vec<u32>,
    /// Column id → the slots of the columns carrying it.
    column_slots: HashMap<String, Vec<u32>>,
    /// R-tree of valid columns' boxes, tagged with their slot.
    pub column_tree: super::index::RectTree,
    /// The layout's minimum aisle; not finite or ≤ 0 turns the aisle rule off.
    pub min_aisle_m: f64,
}

/// The prepared shape of an outline, valid when [`super::validity`] finds no problem.
fn prepare(id: &str, outline: &[Point]) -> Shape {
    Shape::new(id, outline, super::validity::outline_problem(outline).is_none())
}

impl Venue {
    /// Prepares the halls and columns of `layout`.
    pub(crate) fn new(layout: &crate::model::Layout) -> Self {
        let halls: Vec<Shape> = layout.halls.iter().map(|h| prepare(&h.id, &h.outline)).collect();
        let columns: Vec<Option<Shape>> =
            layout.columns.iter().map(|c| Some(prepare(&c.id, &c.outline))).collect();
        let mut column_slots: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, c) in layout.columns.iter().enumerate() {
            column_slots.entry(c.id.clone()).or_default().push(super::index::tag(i));
        }
        let column_tree = super::index::bulk(
            columns
                .iter()
                .enumerate()
                .filter_map(|(i, c)| c.as_ref().filter(|c| c.valid).map(|c| (c.bounds, i)))
                .map(|(bounds, i)| (bounds, super::index::tag(i))),
        );
        let mut venue = Self {
            halls,
            hall_by_id: HashMap::new(),
            columns,
            column_free: Vec::new(),
            column_slots,
            column_tree,
            min_aisle_m: layout.min_aisle_m,
        };
        venue.index_halls();
        venue
    }

    /// Rebuilds `hall_by_id` from `halls` (a handful of entries).
    fn index_halls(&mut self) {
        self.hall_by_id.clear();
        for (i, h) in self.halls.iter().enumerate() {
            self.hall_by_id.entry(h.id.clone()).or_insert(i);
        }
    }

    /// Re-reads the halls of `layout` carrying one of `touched` ids; the other halls keep their
    /// prepared shapes (an edit neither adds, removes nor reorders halls with untouched ids).
    pub(crate) fn update_halls(
        &mut self,
        layout: &crate::model::Layout,
        touched: &std::collections::BTreeSet<String>,
    ) {
        let mut kept: HashMap<String, std::collections::VecDeque<Shape>> = HashMap::new();
        for shape in std::mem::take(&mut self.halls) {
            if !touched.contains(&shape.id) {
                kept.entry(shape.id.clone()).or_default().push_back(shape);
            }
        }
        self.halls = layout
            .halls
            .iter()
            .map(|h| {
                let reused = if touched.contains(&h.id) {
                    None
                } else {
                    kept.get_mut(&h.id).and_then(std::collections::VecDeque::pop_front)
                };
                reused.unwrap_or_else(|| prepare(&h.id, &h.outline))
            })
            .collect();
        self.index_halls();
    }

    /// The column in `slot`, if the slot holds one.
    #[must_use]
    pub(crate) fn column(&self, slot: u32) -> Option<&Shape> {
        self.columns.get(slot as usize).and_then(Option::as_ref)
    }

    /// Removes every column carrying `id`, returning the slots they held (free again).
    pub(crate) fn take_columns(&mut self, id: &str) -> Vec<u32> {
        let slots = self.column_slots.remove(id).unwrap_or_default();
        for &slot in &slots {
            if let Some(c) = self.columns.get_mut(slot as usize).and_then(Option::take) {
                if c.valid {
                    self.column_tree.remove(&super::index::entry(&c.bounds, slot));
                }
                self.column_free.push(slot);
            }
        }
        slots
    }

    /// Adds a column, returning its slot.
    pub(crate) fn put_column(&mut self, column: &crate::model::Column) -> u32 {
        let shape = prepare(&column.id, &column.outline);
        let slot = self.column_free.pop().unwrap_or_else(|| {
            self.columns.push(None);
            super::index::tag(self.columns.len() - 1)
        });
        if shape.valid {
            self.column_tree.insert(super::index::entry(&shape.bounds, slot));
        }
        self.column_slots.entry(column.id.clone()).or_default().push(slot);
        if let Some(place) = self.columns.get_mut(slot as usize) {
            *place = Some(shape);
        }
        slot
    }

    /// The hall a zone or booth names, if a hall with that id exists.
    #[must_use]
    pub(crate) fn hall(&self, id: &str) -> Option<&Shape> {
        self.hall_by_id.get(id).map(|&i| &self.halls[i])
    }

    /// How much booths are grown in their R-tree: half the minimum aisle (or of the aisle
    /// strip, see [`super::access`]) and a little more, so that two grown booths meet whenever
    /// the booths overlap, touch or stand less than an aisle apart (the exact tests come after).
    #[must_use]
    pub(crate) fn booth_margin_m(&self) -> f64 {
        // At least half an aisle strip deep, so that the same pairs serve aisle access.
        super::access::strip_depth_m(self.min_aisle_m) / 2.0 + 1e-6
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(outline: &[(f64, f64)]) -> Shape {
        let points: Vec<Point> = outline.iter().map(|&p| p.into()).collect();
        Shape::new("X", &points, true)
    }

    /// A 100 × 60 hall with its 40 × 20 bottom-right corner cut away.
    fn l_hall() -> Shape {
        shape(&[(0.0, 0.0), (100.0, 0.0), (100.0, 40.0), (60.0, 40.0), (60.0, 60.0), (0.0, 60.0)])
    }

    #[test]
    fn an_l_shaped_hall_covers_what_is_in_it_walls_included() {
        let hall = l_hall();
        assert!(hall.covers(&Rect::new(0.0, 0.0, 100.0, 40.0)), "the whole top bar, on its walls");
        assert!(hall.covers(&Rect::new(0.0, 0.0, 60.0, 60.0)), "the whole left bar");
        assert!(!hall.covers(&Rect::new(55.0, 35.0, 10.0, 10.0)), "across the inner corner");
        assert!(!hall.covers(&Rect::new(60.0, 40.0, 40.0, 20.0)), "the notch itself");
        assert!(!hall.covers(&Rect::new(-1.0, 10.0, 3.0, 3.0)), "through the outer wall");
    }

    #[test]
    fn the_edge_index_decides_as_the_plain_scan_does() {
        use proptest::prelude::*;
        // Star-shaped outlines (simple by construction) of 40 vertices, indexed and not.
        let outline = prop::collection::vec(5.0..50.0f64, 40).prop_map(|radii| {
            let n = radii.len() as f64;
            radii
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let a = std::f64::consts::TAU * i as f64 / n;
                    Point::new((50.0 + r * a.cos()).round(), (50.0 + r * a.sin()).round())
                })
                .collect::<Vec<Point>>()
        });
        let rect = (0i32..100, 0i32..100, 1i32..30, 1i32..30)
            .prop_map(|(x, y, w, h)| Rect::new(x.into(), y.into(), w.into(), h.into()));
        let mut runner = proptest::test_runner::TestRunner::default();
        runner
            .run(&(outline, prop::collection::vec(rect, 20)), |(outline, rects)| {
                let plain = Shape::with_edge_index_from("X", &outline, true, usize::MAX);
                let indexed = Shape::with_edge_index_from("X", &outline, true, 0);
                prop_assume!(!super::super::crossing::crosses_itself(&outline));
                for r in &rects {
                    prop_assert_eq!(indexed.covers(r), plain.covers(r), "{:?}", r);
                }
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn a_diagonal_wall_is_decided_exactly() {
        let triangle = shape(&[(0.0, 0.0), (100.0, 0.0), (0.0, 100.0)]);
        assert!(triangle.covers(&Rect::new(10.0, 10.0, 40.0, 40.0)), "corner on the wall");
        assert!(!triangle.covers(&Rect::new(10.0, 10.0, 40.0 + 1e-9, 40.0)), "a nanometre past");
    }

    #[test]
    fn clipping_gives_the_shared_area_of_concave_polygons() {
        let hall = l_hall();
        assert_eq!(hall.shared_area_m2(&Rect::new(55.0, 35.0, 10.0, 10.0)), 75.0);
        assert_eq!(hall.shared_area_m2(&Rect::new(60.0, 40.0, 40.0, 20.0)), 0.0);
        assert_eq!(hall.shared_area_m2(&Rect::new(-10.0, -10.0, 200.0, 200.0)), 5200.0);
        assert_eq!(hall.shared_area_m2(&Rect::new(200.0, 0.0, 10.0, 10.0)), 0.0);
        // A U-shaped polygon whose clip leaves a zero-width bridge along the rectangle's side.
        let u = shape(&[
            (0.0, 0.0),
            (10.0, 0.0),
            (10.0, 10.0),
            (7.0, 10.0),
            (7.0, 3.0),
            (3.0, 3.0),
            (3.0, 10.0),
            (0.0, 10.0),
        ]);
        assert_eq!(u.shared_area_m2(&Rect::new(0.0, 5.0, 10.0, 5.0)), 30.0);
    }
}
