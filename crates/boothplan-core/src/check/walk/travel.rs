//! A booth's travel distance: from its farthest point, straight across its own floor to the
//! aisle, then along the hall's distance field to the nearest exit.
//!
//! The aisle cells a booth opens onto are the free cells touching its rectangle grown by one
//! cell. For a point `p` of the booth the walk is `min over those cells c of |p − c| + field(c)`;
//! the booth's travel distance is the largest of that over points spaced at most one cell
//! apart across the booth (and its corners), so it misses the true largest by at most half a
//! cell's diagonal.

use super::field::DistanceField;
use crate::model::{Point, Rect};

/// How far the farthest point of a booth walks to an exit, and where that point is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Travel {
    /// Metres walked from the farthest point; `None` when no exit can be reached at all (the
    /// booth is walled in by other booths, columns or the hall).
    pub distance_m: Option<f64>,
    /// The booth's point farthest from an exit (its centre when none can be reached).
    pub farthest: Point,
}

/// The travel distance of the booth at `rect` over `field`.
#[must_use]
pub fn booth_travel(field: &DistanceField, rect: &Rect) -> Travel {
    let doors = aisle_cells(field, rect);
    if doors.is_empty() {
        return Travel { distance_m: None, farthest: rect.centre() };
    }
    let mut worst = (f64::NEG_INFINITY, rect.centre());
    for p in sample_points(rect, field.frame.cell_m) {
        let d = walk_from(&doors, p);
        if d > worst.0 {
            worst = (d, p);
        }
    }
    Travel { distance_m: Some(worst.0), farthest: worst.1 }
}

/// The free cells a booth opens onto with their distance, nearest exit first, leaving out any
/// cell that is reached no sooner through another of them (`d' + |c − c'| ≤ d`): such a cell
/// never gives the shortest walk from a point of the booth (by the triangle inequality), and
/// dropping it leaves a handful of cells where there were dozens.
fn aisle_cells(field: &DistanceField, rect: &Rect) -> Vec<(Point, f64)> {
    let frame = field.frame;
    let c = frame.cell_m;
    let grown =
        Rect::new(rect.x_m - c, rect.y_m - c, rect.width_m + 2.0 * c, rect.height_m + 2.0 * c);
    let (cols, rows) = frame.cells_under(&grown);
    let mut found = Vec::new();
    for row in rows {
        for col in cols.clone() {
            if let Some(d) = field.at(col, row) {
                found.push((frame.centre(col, row), d));
            }
        }
    }
    found.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut kept: Vec<(Point, f64)> = Vec::new();
    for (c, d) in found {
        if kept.iter().all(|&(k, dk)| dk + metres_between(c, k) > d) {
            kept.push((c, d));
        }
    }
    kept
}

/// Straight distance between two points, metres (without `hypot`'s care for overflow, which
/// floor coordinates never need, and which costs more than the rest of the walk).
fn metres_between(a: Point, b: Point) -> f64 {
    let (dx, dy) = (a.x_m - b.x_m, a.y_m - b.y_m);
    (dx * dx + dy * dy).sqrt()
}

/// The shortest walk from `p` through one of `doors` (sorted by distance).
fn walk_from(doors: &[(Point, f64)], p: Point) -> f64 {
    let mut best = f64::INFINITY;
    for &(c, d) in doors {
        if d >= best {
            break;
        }
        best = best.min(d + metres_between(p, c));
    }
    best
}

/// Most points along one side of a booth: a booth longer than this many cells is sampled
/// more coarsely (every side / 64), which bounds the work for a hall-sized stand.
const MOST_SAMPLES_PER_SIDE: f64 = 64.0;

/// Points across the booth at most `spacing_m` apart (or a 64th of its side), and its corners.
fn sample_points(rect: &Rect, spacing_m: f64) -> impl Iterator<Item = Point> + '_ {
    let nx = (rect.width_m / spacing_m).ceil().clamp(1.0, MOST_SAMPLES_PER_SIDE) as usize;
    let ny = (rect.height_m / spacing_m).ceil().clamp(1.0, MOST_SAMPLES_PER_SIDE) as usize;
    let (sx, sy) = (rect.width_m / nx as f64, rect.height_m / ny as f64);
    let inner = (0..ny).flat_map(move |j| {
        (0..nx).map(move |i| {
            Point::new(rect.x_m + (i as f64 + 0.5) * sx, rect.y_m + (j as f64 + 0.5) * sy)
        })
    });
    rect.corners().into_iter().chain(inner)
}
