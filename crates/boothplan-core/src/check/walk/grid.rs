//! The floor of one hall as a grid of square cells: which cells a person can stand in.
//!
//! A cell is free when its whole square lies inside the hall and shares no area with a booth
//! or a column (a column blocks its bounding box). Blocking is conservative: a cell half
//! covered by a booth is blocked, so a route through free cells is a route on the real floor.
//! The grid has a border of [`BORDER`] blocked cells on every side, so the search can step to
//! any neighbour of a free cell without checking the edges.

use crate::model::{Point, Rect};

/// Blocked cells around the hall's box: as far as the longest step of the search (two cells).
pub const BORDER: usize = 2;

/// Coordinates that miss a cell line by less than this (in cells) are on it: float noise in
/// a booth at `2.9999999999` must not block a whole extra row.
const SNAP_CELLS: f64 = 1e-6;

/// Where the cells are: the corner of cell (0, 0), the cell size and how many there are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridFrame {
    /// The top-left corner of cell (0, 0), a multiple of the cell size, so that booths on a
    /// round-metre grid fill whole cells.
    pub origin: Point,
    /// Side of a cell, metres.
    pub cell_m: f64,
    /// Cells across.
    pub cols: usize,
    /// Cells down.
    pub rows: usize,
}

impl GridFrame {
    /// The frame covering `bounds` with cells of `cell_m`, plus the blocked border.
    #[must_use]
    pub fn covering(bounds: &Rect, cell_m: f64) -> Self {
        let border = BORDER as f64;
        let x0 = (bounds.x_m / cell_m).floor() - border;
        let y0 = (bounds.y_m / cell_m).floor() - border;
        let x1 = (bounds.max_x_m() / cell_m).ceil() + border;
        let y1 = (bounds.max_y_m() / cell_m).ceil() + border;
        Self {
            origin: Point::new(x0 * cell_m, y0 * cell_m),
            cell_m,
            cols: (x1 - x0).max(1.0) as usize,
            rows: (y1 - y0).max(1.0) as usize,
        }
    }

    /// Number of cells.
    #[must_use]
    pub fn len(&self) -> usize {
        self.cols * self.rows
    }

    /// True for a frame of no cells.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index of cell (`col`, `row`) in row-major order.
    #[must_use]
    pub fn index(&self, col: usize, row: usize) -> usize {
        row * self.cols + col
    }

    /// The middle of cell (`col`, `row`), metres.
    #[must_use]
    pub fn centre(&self, col: usize, row: usize) -> Point {
        Point::new(
            self.origin.x_m + (col as f64 + 0.5) * self.cell_m,
            self.origin.y_m + (row as f64 + 0.5) * self.cell_m,
        )
    }

    /// Where `p` lies in cell units from the origin (not rounded).
    #[must_use]
    pub fn to_cells(&self, p: Point) -> (f64, f64) {
        ((p.x_m - self.origin.x_m) / self.cell_m, (p.y_m - self.origin.y_m) / self.cell_m)
    }

    /// The columns and rows of the cells whose open square meets the open rectangle `r`,
    /// clamped to the frame: `(c0..c1, r0..r1)`.
    #[must_use]
    pub fn cells_under(&self, r: &Rect) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let (x0, y0) = self.to_cells(Point::new(r.x_m, r.y_m));
        let (x1, y1) = self.to_cells(Point::new(r.max_x_m(), r.max_y_m()));
        (span(x0, x1, self.cols), span(y0, y1, self.rows))
    }
}

/// The whole cells an open interval `(a, b)` in cell units meets, clamped to `0..n`.
fn span(a: f64, b: f64, n: usize) -> std::ops::Range<usize> {
    let lo = (a + SNAP_CELLS).floor().max(0.0);
    let hi = (b - SNAP_CELLS).ceil().min(n as f64);
    if hi <= lo || lo.is_nan() || hi.is_nan() {
        return 0..0;
    }
    lo as usize..hi as usize
}

/// Where the walls cross the horizontal line at `y`, left to right, into `out`.
fn wall_crossings(outline: &[Point], y_m: f64, out: &mut Vec<f64>) {
    out.clear();
    let n = outline.len();
    for i in 0..n {
        let (a, b) = (outline[i], outline[(i + 1) % n]);
        if (a.y_m <= y_m) != (b.y_m <= y_m) {
            let t = (y_m - a.y_m) / (b.y_m - a.y_m);
            out.push(a.x_m + t * (b.x_m - a.x_m));
        }
    }
    out.sort_by(f64::total_cmp);
}

/// Which cells of a hall a person can stand in.
#[derive(Clone, Debug)]
pub struct FloorGrid {
    /// Where the cells are.
    pub frame: GridFrame,
    /// `true` for a free cell, row-major.
    free: Vec<bool>,
}

impl FloorGrid {
    /// The cells wholly inside the hall `outline`, nothing blocked yet.
    #[must_use]
    pub fn inside(outline: &[Point], frame: GridFrame) -> Self {
        let mut grid = Self { frame, free: vec![false; frame.len()] };
        grid.fill_inside(outline);
        grid.block_walls(outline);
        grid
    }

    /// Whether cell `i` (row-major index) is free.
    #[must_use]
    pub fn is_free(&self, i: usize) -> bool {
        self.free.get(i).copied().unwrap_or(false)
    }

    /// Blocks every cell that shares area with `r` (a booth or a column's box).
    pub fn block_rect(&mut self, r: &Rect) {
        let (cols, rows) = self.frame.cells_under(r);
        for row in rows {
            let start = self.frame.index(cols.start, row);
            let end = self.frame.index(cols.end, row);
            self.free[start..end].fill(false);
        }
    }

    /// Frees the cells whose centre is inside the outline (even-odd rule, row by row).
    fn fill_inside(&mut self, outline: &[Point]) {
        let mut crossings = Vec::new();
        for row in BORDER..self.frame.rows.saturating_sub(BORDER) {
            let y = self.frame.centre(0, row).y_m;
            wall_crossings(outline, y, &mut crossings);
            for pair in crossings.chunks_exact(2) {
                let (x0, _) = self.frame.to_cells(Point::new(pair[0], y));
                let (x1, _) = self.frame.to_cells(Point::new(pair[1], y));
                // Cells whose centre (col + 0.5) lies in [x0, x1].
                let c0 = (x0 - 0.5).ceil().max(0.0) as usize;
                let c1 = ((x1 - 0.5).floor() + 1.0).clamp(0.0, self.frame.cols as f64) as usize;
                if c0 < c1 {
                    let start = self.frame.index(c0, row);
                    self.free[start..start + (c1 - c0)].fill(true);
                }
            }
        }
    }

    /// Blocks the cells a wall passes through, so that a free cell is wholly inside the hall.
    fn block_walls(&mut self, outline: &[Point]) {
        let n = outline.len();
        for i in 0..n {
            let (a, b) =
                (self.frame.to_cells(outline[i]), self.frame.to_cells(outline[(i + 1) % n]));
            self.block_segment(a, b);
        }
    }

    /// Blocks the cells whose open square meets the segment `a`–`b` (in cell units).
    fn block_segment(&mut self, a: (f64, f64), b: (f64, f64)) {
        let ((ax, ay), (bx, by)) = if a.0 <= b.0 { (a, b) } else { (b, a) };
        if !(ax.is_finite() && ay.is_finite() && bx.is_finite() && by.is_finite()) {
            return;
        }
        let cols = self.frame.cols;
        if bx - ax < SNAP_CELLS {
            // A vertical wall: it meets open squares only if it is not on a cell line.
            let c = ax.floor();
            if ax - c > SNAP_CELLS && c + 1.0 - ax > SNAP_CELLS {
                self.block_column_span(c, ay.min(by), ay.max(by));
            }
            return;
        }
        let c_end = (bx - SNAP_CELLS).ceil().min(cols as f64);
        let mut c = (ax + SNAP_CELLS).floor().max(0.0);
        while c < c_end {
            let xa = c.max(ax);
            let xb = (c + 1.0).min(bx);
            let ya = ay + (xa - ax) / (bx - ax) * (by - ay);
            let yb = ay + (xb - ax) / (bx - ax) * (by - ay);
            let (lo, hi) = (ya.min(yb), ya.max(yb));
            if hi - lo < SNAP_CELLS {
                // A horizontal stretch: only if it is not on a cell line.
                let r = lo.floor();
                if lo - r > SNAP_CELLS && r + 1.0 - lo > SNAP_CELLS {
                    self.block_column_span(c, lo, hi);
                }
            } else {
                self.block_column_span(c, lo, hi);
            }
            c += 1.0;
        }
    }

    /// Blocks the cells of column `c` whose rows meet `[lo, hi]` (cell units).
    fn block_column_span(&mut self, c: f64, lo: f64, hi: f64) {
        if c < 0.0 || c >= self.frame.cols as f64 {
            return;
        }
        let r0 = lo.floor().max(0.0) as usize;
        let r1 = ((hi - SNAP_CELLS).ceil().max(lo.floor() + 1.0)).min(self.frame.rows as f64);
        for row in r0..r1.max(0.0) as usize {
            let i = self.frame.index(c as usize, row);
            self.free[i] = false;
        }
    }
}
