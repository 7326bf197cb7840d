//! The order booths are numbered in: rows counted from the start corner, each row along its
//! length, and rows facing each other across an aisle paired (for odd/even numbering).
//! Worked out from the rectangles alone, so a fill and a later renumber agree.

use super::{RowDirection, StartCorner};
use crate::check::AISLE_EPSILON_M;
use crate::model::Rect;

/// One aisle's two sides: booth indices on the near side and on the far side, each in order
/// along the aisle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AisleSides {
    /// The row before the aisle (nearer the start corner).
    pub near: Vec<usize>,
    /// The row across the aisle; empty when none faces it.
    pub far: Vec<usize>,
}

/// Where a rectangle lies in the start corner's frame: across (from, to) and along (from).
fn local(rect: &Rect, start: StartCorner, direction: RowDirection) -> (f64, f64, f64) {
    let x = if start.from_right() { -rect.max_x_m() } else { rect.x_m };
    let y = if start.from_bottom() { -rect.max_y_m() } else { rect.y_m };
    match direction {
        RowDirection::Across => (y, y + rect.height_m, x),
        RowDirection::Down => (x, x + rect.width_m, y),
    }
}

/// The rows of `rects` from the start corner, each a list of indices in order along the row,
/// with the row's extent across. A booth joins a row when it overlaps it across.
fn rows(
    rects: &[Rect],
    start: StartCorner,
    direction: RowDirection,
) -> Vec<(Vec<usize>, f64, f64)> {
    let spots: Vec<(f64, f64, f64)> = rects.iter().map(|r| local(r, start, direction)).collect();
    let mut by_across: Vec<usize> = (0..rects.len()).collect();
    by_across.sort_by(|&a, &b| {
        spots[a].0.total_cmp(&spots[b].0).then(spots[a].2.total_cmp(&spots[b].2))
    });
    let mut out: Vec<(Vec<usize>, f64, f64)> = Vec::new();
    for i in by_across {
        let (from, to, _) = spots[i];
        match out.last_mut() {
            Some((members, _, row_to)) if from < *row_to - AISLE_EPSILON_M => {
                members.push(i);
                *row_to = row_to.max(to);
            }
            _ => out.push((vec![i], from, to)),
        }
    }
    for (members, ..) in &mut out {
        members.sort_by(|&a, &b| spots[a].2.total_cmp(&spots[b].2));
    }
    out
}

/// Indices of `rects` in reading order from the start corner: row by row, along each row.
#[must_use]
pub fn reading_order(rects: &[Rect], start: StartCorner, direction: RowDirection) -> Vec<usize> {
    rows(rects, start, direction).into_iter().flat_map(|(m, ..)| m).collect()
}

/// The aisles of `rects`: two rows with a gap between them face each other across it; a row
/// with its back to the next (or with no next) faces an aisle alone.
#[must_use]
pub fn aisles(rects: &[Rect], start: StartCorner, direction: RowDirection) -> Vec<AisleSides> {
    let rows = rows(rects, start, direction);
    let mut out = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let near = rows[i].0.clone();
        match rows.get(i + 1) {
            Some(next) if next.1 - rows[i].2 > AISLE_EPSILON_M => {
                out.push(AisleSides { near, far: next.0.clone() });
                i += 2;
            }
            _ => {
                out.push(AisleSides { near, far: Vec::new() });
                i += 1;
            }
        }
    }
    out
}
