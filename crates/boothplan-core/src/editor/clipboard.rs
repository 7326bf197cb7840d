//! The internal clipboard: copies of objects, pasted with fresh ids where they cover no booth.

use rstar::primitives::Rectangle;
use rstar::{AABB, RTree, RTreeObject as _};

use super::Object;
use crate::model::Rect;

/// Objects copied with Ctrl+C, and how many times they were pasted (each paste lands one grid
/// step further away, so repeated pastes do not stack).
#[derive(Clone, Debug, Default)]
pub struct Clipboard {
    pub(crate) objects: Vec<Object>,
    pub(crate) pastes: u32,
}

/// How many grid steps a paste may be pushed away from where it was asked for, each way, to
/// find floor where its booths cover no other booth.
const SEARCH_STEPS: i32 = 40;

/// Shared area at or below this (m²) is no overlap: booths may touch.
const TOUCHING_M2: f64 = 1e-6;

/// The offset nearest `wanted` (right, down; metres), on a lattice of `step_m` around it, at
/// which every rectangle of `pasted` shares no area with any of `others`. When none within
/// [`SEARCH_STEPS`] steps is free, `wanted` itself: the checks then show the overlap.
#[must_use]
pub(crate) fn clear_offset(
    pasted: &[Rect],
    others: &[Rect],
    wanted: (f64, f64),
    step_m: f64,
) -> (f64, f64) {
    if pasted.is_empty() || others.is_empty() || !(step_m.is_finite() && step_m > 0.0) {
        return wanted;
    }
    let tree = RTree::bulk_load(
        others
            .iter()
            .filter(|r| r.is_valid())
            .map(|r| Rectangle::from_corners([r.x_m, r.y_m], [r.max_x_m(), r.max_y_m()]))
            .collect(),
    );
    let free = |(dx, dy): (f64, f64)| {
        pasted.iter().all(|r| {
            let moved = r.translated(dx, dy);
            let envelope =
                AABB::from_corners([moved.x_m, moved.y_m], [moved.max_x_m(), moved.max_y_m()]);
            tree.locate_in_envelope_intersecting(&envelope)
                .all(|o| shared_area_m2(&moved, &o.envelope()) <= TOUCHING_M2)
        })
    };
    for ring in 0..=SEARCH_STEPS {
        let mut cells: Vec<(i32, i32)> = (-ring..=ring)
            .flat_map(|i| (-ring..=ring).map(move |j| (i, j)))
            .filter(|(i, j)| i.abs().max(j.abs()) == ring)
            .collect();
        // Nearest first; on a tie to the right, then down, as planners read a plan.
        cells.sort_by_key(|&(i, j)| (i * i + j * j, -i, -j));
        for (i, j) in cells {
            let at = (wanted.0 + f64::from(i) * step_m, wanted.1 + f64::from(j) * step_m);
            if free(at) {
                return at;
            }
        }
    }
    wanted
}

/// The area two axis-aligned boxes share, m².
fn shared_area_m2(r: &Rect, other: &AABB<[f64; 2]>) -> f64 {
    let (lo, hi) = (other.lower(), other.upper());
    let w = r.max_x_m().min(hi[0]) - r.x_m.max(lo[0]);
    let h = r.max_y_m().min(hi[1]) - r.y_m.max(lo[1]);
    w.max(0.0) * h.max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_onto_a_booth_moves_to_the_nearest_free_floor() {
        let others = [Rect::new(0.0, 0.0, 3.0, 3.0), Rect::new(3.0, 0.0, 3.0, 3.0)];
        let pasted = [Rect::new(0.0, 0.0, 3.0, 3.0)];
        // Free already: stays.
        assert_eq!(clear_offset(&pasted, &others, (0.0, 10.0), 1.0), (0.0, 10.0));
        // On the first booth: the nearest free spot is just below it (3 m to the right would
        // land on the second booth).
        assert_eq!(clear_offset(&pasted, &others, (0.0, 0.0), 1.0), (0.0, 3.0));
        // Touching counts as free.
        assert_eq!(clear_offset(&pasted, &others, (6.0, 0.0), 1.0), (6.0, 0.0));
    }
}
