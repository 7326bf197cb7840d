//! The walking distance from every free cell of a hall to its nearest exit: a shortest-path
//! search over the cells (Dijkstra from all exits at once).
//!
//! Each cell steps to 16 neighbours: the 4 beside it (one cell), the 4 diagonal ones (√2) and
//! the 8 a knight's move away (√5), each only when every cell the straight step passes
//! through is free. In open floor the shortest chain of such steps is at most
//! [`STEP_RATIO`] times the straight line (the worst direction lies halfway between two step
//! directions, 13.3° off each); every step is a straight walk through free cells, so the
//! field never undercuts a real route from the cell's centre.

use super::grid::{FloorGrid, GridFrame};
use crate::model::Point;

/// The most a chain of steps can exceed the straight line in open floor: 1 / cos(13.28°).
pub const STEP_RATIO: f64 = 1.027_6;

/// A step of the search: cell offset, length in cells, and the cells it passes through.
struct Step {
    /// Columns and rows moved.
    dx: isize,
    /// Rows moved.
    dy: isize,
    /// Length, cells.
    len: f32,
    /// Offsets of the cells the straight step crosses on the way (must be free).
    via: [(isize, isize); 2],
}

/// The distance a blocked cell holds during the search.
const BLOCKED: f32 = -1.0;

/// The 16 steps. Axis steps pass through nothing else (their `via` repeats the target).
const fn steps() -> [Step; 16] {
    const D: f32 = std::f32::consts::SQRT_2;
    const K: f32 = 2.236_068;
    [
        Step { dx: 1, dy: 0, len: 1.0, via: [(1, 0), (1, 0)] },
        Step { dx: -1, dy: 0, len: 1.0, via: [(-1, 0), (-1, 0)] },
        Step { dx: 0, dy: 1, len: 1.0, via: [(0, 1), (0, 1)] },
        Step { dx: 0, dy: -1, len: 1.0, via: [(0, -1), (0, -1)] },
        Step { dx: 1, dy: 1, len: D, via: [(1, 0), (0, 1)] },
        Step { dx: 1, dy: -1, len: D, via: [(1, 0), (0, -1)] },
        Step { dx: -1, dy: 1, len: D, via: [(-1, 0), (0, 1)] },
        Step { dx: -1, dy: -1, len: D, via: [(-1, 0), (0, -1)] },
        Step { dx: 2, dy: 1, len: K, via: [(1, 0), (1, 1)] },
        Step { dx: 2, dy: -1, len: K, via: [(1, 0), (1, -1)] },
        Step { dx: -2, dy: 1, len: K, via: [(-1, 0), (-1, 1)] },
        Step { dx: -2, dy: -1, len: K, via: [(-1, 0), (-1, -1)] },
        Step { dx: 1, dy: 2, len: K, via: [(0, 1), (1, 1)] },
        Step { dx: -1, dy: 2, len: K, via: [(0, 1), (-1, 1)] },
        Step { dx: 1, dy: -2, len: K, via: [(0, -1), (1, -1)] },
        Step { dx: -1, dy: -2, len: K, via: [(0, -1), (-1, -1)] },
    ]
}

/// Walking distance to the nearest exit for every cell of a hall's grid, metres.
#[derive(Clone, Debug)]
pub struct DistanceField {
    /// Where the cells are.
    pub frame: GridFrame,
    /// Metres to the nearest exit, row-major; infinite for a blocked cell or one no exit can
    /// be reached from.
    metres: Vec<f32>,
}

impl DistanceField {
    /// The walking distance from cell (`col`, `row`), or `None` where it is blocked or cut off.
    #[must_use]
    pub fn at(&self, col: usize, row: usize) -> Option<f64> {
        if col >= self.frame.cols || row >= self.frame.rows {
            return None;
        }
        let d = self.metres[self.frame.index(col, row)];
        d.is_finite().then_some(f64::from(d))
    }

    /// Every cell's distance, row-major (infinite where none), for painting and contours.
    #[must_use]
    pub fn metres(&self) -> &[f32] {
        &self.metres
    }

    /// The farthest reachable cell's centre and its distance, if any cell reaches an exit.
    #[must_use]
    pub fn farthest_cell(&self) -> Option<(Point, f64)> {
        let (i, d) = self
            .metres
            .iter()
            .enumerate()
            .filter(|(_, d)| d.is_finite())
            .max_by(|a, b| a.1.total_cmp(b.1))?;
        let (col, row) = (i % self.frame.cols, i / self.frame.cols);
        Some((self.frame.centre(col, row), f64::from(*d)))
    }
}

/// The field of `grid` from the exits `doors` (segments on the hall's wall, metres).
///
/// A free cell that a door passes within half a cell's diagonal of starts at its straight
/// distance to the door; every other cell gets the shortest chain of steps from those.
#[must_use]
pub fn distance_field(grid: &FloorGrid, doors: &[(Point, Point)]) -> DistanceField {
    let frame = grid.frame;
    // Blocked cells hold a negative distance, which no step improves on: one array serves as
    // both the obstacle map and the distances, and the inner loop reads nothing else.
    let mut metres: Vec<f32> =
        (0..frame.len()).map(|i| if grid.is_free(i) { f32::INFINITY } else { BLOCKED }).collect();
    let mut queue = Buckets::new(frame.cell_m as f32);
    for &(a, b) in doors {
        seed_door(grid, a, b, &mut metres, &mut queue);
    }
    let cell = frame.cell_m as f32;
    let cols = frame.cols.cast_signed();
    let offset = |(dx, dy): (isize, isize)| dy * cols + dx;
    let moves: Vec<(isize, [isize; 2], f32)> = steps()
        .iter()
        .map(|s| (offset((s.dx, s.dy)), [offset(s.via[0]), offset(s.via[1])], s.len * cell))
        .collect();
    while let Some((d, i)) = queue.pop() {
        if d > metres[i] {
            continue;
        }
        for &(to, via, len) in &moves {
            // Free cells lie at least two cells inside the frame (its border is blocked), so
            // every neighbour index is in range.
            let j = i.wrapping_add_signed(to);
            let nd = d + len;
            if nd < metres[j]
                && metres[i.wrapping_add_signed(via[0])] >= 0.0
                && metres[i.wrapping_add_signed(via[1])] >= 0.0
            {
                metres[j] = nd;
                queue.push(nd, j);
            }
        }
    }
    for d in &mut metres {
        if *d < 0.0 {
            *d = f32::INFINITY;
        }
    }
    DistanceField { frame, metres }
}

/// Starts the cells at door `a`–`b` at their straight distance to it.
fn seed_door(grid: &FloorGrid, a: Point, b: Point, metres: &mut [f32], queue: &mut Buckets) {
    let frame = grid.frame;
    let reach = frame.cell_m * std::f64::consts::FRAC_1_SQRT_2;
    let bounds = crate::model::Rect::from_corners(a, b);
    let around = crate::model::Rect::new(
        bounds.x_m - reach,
        bounds.y_m - reach,
        bounds.width_m + 2.0 * reach,
        bounds.height_m + 2.0 * reach,
    );
    let (cols, rows) = frame.cells_under(&around);
    for row in rows {
        for col in cols.clone() {
            let i = frame.index(col, row);
            if metres[i] < 0.0 {
                continue;
            }
            let d = crate::model::distance_to_segment_m(frame.centre(col, row), a, b);
            if d <= reach + 1e-9 && (d as f32) < metres[i] {
                metres[i] = d as f32;
                queue.push(d as f32, i);
            }
        }
    }
}

/// The search's queue: cells in buckets one cell-length wide (Dial's algorithm).
///
/// No step is shorter than a cell, so a cell in the lowest bucket can no longer be improved
/// by any other cell in it: taking them in any order gives exactly Dijkstra's distances, at a
/// constant cost per cell instead of a heap's logarithm. Steps are at most √5 cells, so a cell
/// is queued less than four buckets above the one being emptied, and a ring of four buckets
/// holds every waiting cell, each bucket of the ring one bucket number at a time.
struct Buckets {
    /// Bucket width, metres (one cell).
    width: f32,
    /// The ring of buckets, each a list of `(distance when queued, cell)`.
    ring: [Vec<(f32, u32)>; RING],
    /// The bucket being emptied.
    current: usize,
    /// Entries in the ring.
    waiting: usize,
}

/// Buckets in the ring: the longest step (√5 cells) rounded up, plus one.
const RING: usize = 4;

impl Buckets {
    /// An empty queue whose buckets are `width` metres wide.
    fn new(width: f32) -> Self {
        Self { width, ring: Default::default(), current: 0, waiting: 0 }
    }

    /// Queues cell `i` at distance `d`.
    fn push(&mut self, d: f32, i: usize) {
        let b = ((d / self.width) as usize).max(self.current);
        self.ring[b % RING].push((d, i as u32));
        self.waiting += 1;
    }

    /// The next cell to settle and its distance when queued, from the lowest bucket. A cell
    /// queued again after improving comes out again; the caller skips the stale entry.
    fn pop(&mut self) -> Option<(f32, usize)> {
        while self.waiting > 0 {
            if let Some((d, i)) = self.ring[self.current % RING].pop() {
                self.waiting -= 1;
                return Some((d, i as usize));
            }
            self.current += 1;
        }
        None
    }
}
