//! Walking distance to the exits: how far a visitor at the back of a booth walks, around other
//! booths and columns, to the nearest door of the hall.
//!
//! Per hall, the floor is a grid of [`CELL_M`] cells ([`grid`]); a shortest-path search from
//! every exit at once gives each free cell its walking distance ([`field`]); each booth then
//! adds the straight walk across its own floor from its farthest point ([`travel`]). A booth is
//! crossed only by its own floor: for the search every booth is an obstacle.
//!
//! How close it is to the exact shortest route (the one a visibility graph over the corners
//! of booths and columns would give), for a booth point `p` with exact walk `e`:
//! - never more than one cell shorter: every step of the search is a straight walk through
//!   free cells, and only the last stretch into the aisle may clip a neighbour's corner by up
//!   to half a cell;
//! - at most [`field::STEP_RATIO`] × `e` (2.76 % longer in the worst direction) plus about a
//!   cell for each corner the exact route turns at, because the search walks cell centres,
//!   which keep half a cell off booths and walls. An aisle narrower than a cell may be shut.
//!
//! At [`CELL_M`] = 0.5 m that is 61 m measured as at most about 62.7 m plus half a metre a
//! turn. A hall so large that its box needs more than [`MOST_CELLS`] cells is searched with
//! cells twice (four times…) as large, and the bounds grow with the cell.

pub mod contours;
pub mod field;
pub mod grid;
pub mod travel;

use rayon::prelude::*;

pub use contours::{ContourPiece, contour_pieces};
pub use field::{DistanceField, STEP_RATIO, distance_field};
pub use grid::{FloorGrid, GridFrame};
pub use travel::{Travel, booth_travel};

use super::validity;
use crate::model::{Hall, Layout, Point, Rect};

/// Side of a grid cell, metres: fine enough for 3 m aisles to hold six cells across.
pub const CELL_M: f64 = 0.5;

/// Most cells in one hall's grid (about 160 MB of search state at most): a larger hall is
/// searched with coarser cells rather than without bound.
pub const MOST_CELLS: usize = 16_000_000;

/// One hall's walking distances: its field and each of its booths' travel.
#[derive(Clone, Debug)]
pub struct HallWalk {
    /// Index of the hall in the layout.
    pub hall: usize,
    /// Whether the hall has at least one exit (with none, nothing can be measured).
    pub has_exits: bool,
    /// The distance from every free cell to the nearest exit.
    pub field: DistanceField,
    /// `(booth index in the layout, its travel)` for each usable booth naming this hall.
    pub booths: Vec<(usize, Travel)>,
}

impl HallWalk {
    /// The booth whose farthest point walks farthest, with that walk; `None` when no booth of
    /// the hall reaches an exit.
    #[must_use]
    pub fn worst_booth(&self) -> Option<(usize, Travel)> {
        self.booths
            .iter()
            .filter(|(_, t)| t.distance_m.is_some())
            .max_by(|a, b| {
                a.1.distance_m.partial_cmp(&b.1.distance_m).unwrap_or(std::cmp::Ordering::Equal)
            })
            .copied()
    }
}

/// The walking distances of every hall with a usable outline, in hall order, halls in parallel.
#[must_use]
pub fn walk_layout(layout: &Layout) -> Vec<HallWalk> {
    (0..layout.halls.len()).into_par_iter().filter_map(|i| walk_hall(layout, i)).collect()
}

/// The walking distances of hall `index`, or `None` when it has no usable outline.
#[must_use]
pub fn walk_hall(layout: &Layout, index: usize) -> Option<HallWalk> {
    let hall = layout.halls.get(index)?;
    let grid = floor_grid(layout, hall)?;
    let doors: Vec<(Point, Point)> = layout
        .exits
        .iter()
        .filter(|e| e.hall.as_deref() == Some(hall.id.as_str()))
        .map(|e| (e.from, e.to))
        .filter(|(a, b)| [a.x_m, a.y_m, b.x_m, b.y_m].iter().all(|v| v.is_finite()))
        .collect();
    let field = distance_field(&grid, &doors);
    let booths = layout
        .booths
        .par_iter()
        .enumerate()
        .with_min_len(256)
        .filter(|(_, b)| b.hall.as_deref() == Some(hall.id.as_str()))
        .filter(|(_, b)| validity::rect_usable(&b.rect))
        .map(|(i, b)| (i, booth_travel(&field, &b.rect)))
        .collect();
    Some(HallWalk { hall: index, has_exits: !doors.is_empty(), field, booths })
}

/// The free floor of `hall`: inside its outline, off every booth and column standing on it.
fn floor_grid(layout: &Layout, hall: &Hall) -> Option<FloorGrid> {
    if validity::outline_problem(&hall.outline).is_some() {
        return None;
    }
    let bounds = hall.bounds()?;
    let mut cell_m = CELL_M;
    let mut frame = GridFrame::covering(&bounds, cell_m);
    while frame.len() > MOST_CELLS {
        cell_m *= 2.0;
        frame = GridFrame::covering(&bounds, cell_m);
    }
    let mut grid = FloorGrid::inside(&hall.outline, frame);
    let near = |r: &Rect| overlaps(r, &bounds);
    for booth in &layout.booths {
        if validity::rect_usable(&booth.rect) && near(&booth.rect) {
            grid.block_rect(&booth.rect);
        }
    }
    for column in &layout.columns {
        if let Some(r) = column.bounds().filter(|r| r.x_m.is_finite() && near(r)) {
            grid.block_rect(&r);
        }
    }
    Some(grid)
}

/// Whether two rectangles share area or touch.
fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x_m <= b.max_x_m() && b.x_m <= a.max_x_m() && a.y_m <= b.max_y_m() && b.y_m <= a.max_y_m()
}
