//! Pairs of boxes that meet (borders included), found through a uniform grid: for a fair of
//! booths — many boxes of about one size — several times faster than bulk loading an R-tree and
//! walking it against itself (booth types of 100,000 booths within 50 ms). Boxes too uneven for
//! a grid are refused, and the caller walks its R-trees instead.

use rayon::prelude::*;

/// A box as `[min x, min y, max x, max y]`, with the tag the visitor is given.
pub(crate) type TaggedBox = ([f64; 4], u32);

/// At most this many grid entries a box on average; above it (boxes of very different sizes)
/// the grid would cost more than the tree, and [`pairs`] refuses.
const MAX_ENTRIES_PER_BOX: usize = 16;

/// Calls `visit(a, b)` once for every unordered pair of `boxes` that meet (borders included),
/// with their tags, in parallel. Returns false, having called nothing, when the boxes are not
/// all finite or too uneven for a grid.
pub(crate) fn pairs(boxes: &[TaggedBox], visit: impl Fn(u32, u32) + Sync) -> bool {
    let Some(grid) = Grid::new(boxes) else { return false };
    let Some(cells) = grid.fill(boxes) else { return false };
    (0..grid.rows).into_par_iter().for_each(|row| {
        for column in 0..grid.columns {
            let cell = row * grid.columns + column;
            let members = &cells.entries[cells.starts[cell]..cells.starts[cell + 1]];
            for (k, &i) in members.iter().enumerate() {
                let (a, tag_a) = &boxes[i as usize];
                for &j in &members[k + 1..] {
                    let (b, tag_b) = &boxes[j as usize];
                    let meet = a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
                    // Reported in the one cell holding the lower corner of the two boxes'
                    // common part: both boxes cover it, so both are listed there.
                    if meet
                        && grid.column_of(a[0].max(b[0])) == column
                        && grid.row_of(a[1].max(b[1])) == row
                    {
                        visit(*tag_a, *tag_b);
                    }
                }
            }
        }
    });
    true
}

/// A uniform grid over the boxes.
struct Grid {
    origin: [f64; 2],
    /// Cells per metre (one over the cell side).
    per_m: f64,
    columns: usize,
    rows: usize,
}

/// The boxes listed by cell: the members of cell `c` are `entries[starts[c]..starts[c + 1]]`.
struct Cells {
    starts: Vec<usize>,
    entries: Vec<u32>,
}

impl Grid {
    /// A grid whose cells are as wide as the median box's longer side, with no more cells than
    /// a few per box; `None` for no boxes or a box that is not finite.
    fn new(boxes: &[TaggedBox]) -> Option<Self> {
        let mut lo = [f64::INFINITY; 2];
        let mut hi = [f64::NEG_INFINITY; 2];
        let mut sides = Vec::with_capacity(boxes.len());
        for (b, _) in boxes {
            if !b.iter().all(|v| v.is_finite()) {
                return None;
            }
            lo = [lo[0].min(b[0]), lo[1].min(b[1])];
            hi = [hi[0].max(b[2]), hi[1].max(b[3])];
            sides.push((b[2] - b[0]).max(b[3] - b[1]));
        }
        if sides.is_empty() {
            return None;
        }
        let middle = sides.len() / 2;
        let (_, median, _) = sides.select_nth_unstable_by(middle, f64::total_cmp);
        let (width, height) = (hi[0] - lo[0], hi[1] - lo[1]);
        // No more than about four cells a box, however small the boxes are.
        #[expect(clippy::cast_precision_loss, reason = "a count of boxes, far below 2^52")]
        let fewest = (width * height / (4.0 * boxes.len() as f64)).sqrt();
        let side = median.max(fewest);
        if !(side.is_finite() && side > 0.0) {
            return None;
        }
        let per_m = 1.0 / side;
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "positive, and at most a few times the number of boxes by the choice of side"
        )]
        let count = |extent: f64| (extent * per_m) as usize + 1;
        let (columns, rows) = (count(width), count(height));
        columns.checked_mul(rows).filter(|&c| c <= 8 * boxes.len() + 64)?;
        Some(Self { origin: lo, per_m, columns, rows })
    }

    fn column_of(&self, x: f64) -> usize {
        Self::cell_of(x, self.origin[0], self.per_m, self.columns)
    }

    fn row_of(&self, y: f64) -> usize {
        Self::cell_of(y, self.origin[1], self.per_m, self.rows)
    }

    /// The cell holding `v` along one axis, clamped to the grid (monotone in `v`, so a point
    /// inside a box always falls within the box's range of cells).
    fn cell_of(v: f64, origin: f64, per_m: f64, count: usize) -> usize {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to the grid; `as` saturates"
        )]
        let cell = ((v - origin) * per_m).max(0.0) as usize;
        cell.min(count - 1)
    }

    /// Each box listed in every cell it covers (a counting sort by cell); `None` when that
    /// would make too many entries.
    fn fill(&self, boxes: &[TaggedBox]) -> Option<Cells> {
        let range = |b: &[f64; 4]| {
            (self.column_of(b[0])..=self.column_of(b[2]), self.row_of(b[1])..=self.row_of(b[3]))
        };
        let mut starts = vec![0usize; self.columns * self.rows + 1];
        let mut total = 0usize;
        for (b, _) in boxes {
            let (columns, rows) = range(b);
            // Counted before any cell is touched: one huge box must not walk a huge range.
            let span = |r: &std::ops::RangeInclusive<usize>| r.end().saturating_sub(*r.start()) + 1;
            total += span(&columns) * span(&rows);
            if total > MAX_ENTRIES_PER_BOX * boxes.len() {
                return None;
            }
            for row in rows {
                for column in columns.clone() {
                    starts[row * self.columns + column + 1] += 1;
                }
            }
        }
        for c in 1..starts.len() {
            starts[c] += starts[c - 1];
        }
        let mut next = starts.clone();
        let mut entries = vec![0u32; total];
        for (i, (b, _)) in boxes.iter().enumerate() {
            let (columns, rows) = range(b);
            let i = super::index::tag(i);
            for row in rows {
                for column in columns.clone() {
                    let slot = &mut next[row * self.columns + column];
                    entries[*slot] = i;
                    *slot += 1;
                }
            }
        }
        Some(Cells { starts, entries })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::sync::Mutex;

    use proptest::prelude::*;

    use super::*;

    fn found(boxes: &[TaggedBox]) -> Option<BTreeSet<(u32, u32)>> {
        let seen = Mutex::new(Vec::new());
        let done = pairs(boxes, |a, b| seen.lock().unwrap().push((a.min(b), a.max(b))));
        let seen = seen.into_inner().unwrap();
        let unique: BTreeSet<(u32, u32)> = seen.iter().copied().collect();
        assert_eq!(unique.len(), seen.len(), "a pair was reported twice");
        done.then_some(unique)
    }

    fn every_pair(boxes: &[TaggedBox]) -> BTreeSet<(u32, u32)> {
        let mut out = BTreeSet::new();
        for (i, (a, ta)) in boxes.iter().enumerate() {
            for (b, tb) in &boxes[i + 1..] {
                if a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3] {
                    out.insert(((*ta).min(*tb), (*ta).max(*tb)));
                }
            }
        }
        out
    }

    fn boxes(raw: &[(i32, i32, i32, i32)]) -> Vec<TaggedBox> {
        raw.iter()
            .enumerate()
            .map(|(i, &(x, y, w, h))| {
                let (x, y) = (f64::from(x) / 2.0, f64::from(y) / 2.0);
                ([x, y, x + f64::from(w) / 2.0, y + f64::from(h) / 2.0], index_tag(i))
            })
            .collect()
    }

    fn index_tag(i: usize) -> u32 {
        u32::try_from(i).unwrap()
    }

    proptest! {
        /// Boxes on a half-metre lattice (so many touch exactly): the grid finds every pair
        /// that meets, borders included, once, and nothing else.
        #[test]
        fn the_grid_finds_exactly_the_pairs_that_meet(
            raw in proptest::collection::vec((0..120i32, 0..80i32, 1..12i32, 1..12i32), 0..120)
        ) {
            let boxes = boxes(&raw);
            if let Some(found) = found(&boxes) {
                prop_assert_eq!(found, every_pair(&boxes));
            } else {
                prop_assert!(boxes.is_empty());
            }
        }
    }

    #[test]
    fn boxes_too_uneven_for_a_grid_are_refused() {
        // Small booths spread over a big floor, and a tenth as many boxes covering it all.
        let mut raw: Vec<(i32, i32, i32, i32)> =
            (0..300).map(|i| (i * 37 % 4000, i * 53 % 4000, 4, 4)).collect();
        raw.extend((0..30).map(|i| (i, i, 4000, 4000)));
        assert_eq!(found(&boxes(&raw)), None);
        let not_finite = [([0.0, 0.0, f64::INFINITY, 1.0], 0), ([0.0, 0.0, 1.0, 1.0], 1)];
        assert_eq!(found(&not_finite), None);
    }
}
