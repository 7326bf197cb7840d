//! The grid of places a fill may use: rows of modules in blocks, main aisles between rows, cross
//! aisles between blocks, laid from the start corner. Obstacles come later ([`super::clear`]).
//!
//! Along the rows' depth the pattern is: an optional single row at the near edge, then aisles
//! with back-to-back double rows (or single rows) between them, then an optional single row at
//! the far edge. Every row therefore faces an aisle inside the area and never relies on space
//! outside it, which may belong to the next zone.

use super::{FillError, FillOptions, RowDirection};
use crate::check::AISLE_EPSILON_M;
use crate::model::Rect;

/// Most places one fill may consider: far more booths than any hall holds, small enough that
/// a mistyped size (a 1 mm module in a 1 km zone) is refused instead of filling memory.
pub const MAX_PLACES: u64 = 2_000_000;

/// One place for a booth: where it is, its row (counted from the start corner) and its
/// position in the row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Place {
    /// The booth's rectangle, venue metres.
    pub rect: Rect,
    /// Row, counted from the start corner.
    pub row: u32,
    /// Distance of the booth's near end from the row's start, metres.
    pub along_m: f64,
}

/// Every place of the pattern in `area`, row by row from the start corner.
///
/// # Errors
/// [`FillError::TooMany`] when the pattern would hold more than [`MAX_PLACES`].
pub(crate) fn places(area: &Rect, o: &FillOptions) -> Result<Vec<Place>, FillError> {
    let across = o.direction == RowDirection::Across;
    let (along_len, depth_len) =
        if across { (area.width_m, area.height_m) } else { (area.height_m, area.width_m) };
    let (module_along, module_depth) = if across {
        (o.module_width_m, o.module_depth_m)
    } else {
        (o.module_depth_m, o.module_width_m)
    };
    let plan = row_plan(depth_len, module_depth, o.main_aisle_m, o.back_to_back);
    let Some(plan) = plan else { return Ok(Vec::new()) };
    #[expect(clippy::cast_precision_loss, reason = "a small constant")]
    let max = MAX_PLACES as f64;
    let per_row = (along_len / module_along).floor();
    if !(plan.rows <= max && per_row <= max && plan.rows * per_row <= max) {
        return Err(FillError::TooMany(MAX_PLACES));
    }
    let rows = plan.offsets(module_depth, o.main_aisle_m);
    let along = along_offsets(along_len, module_along, o.block_modules, o.cross_aisle_m);
    let mut out = Vec::with_capacity(rows.len() * along.len());
    for (row, &v) in (0_u32..).zip(&rows) {
        for &u in &along {
            let (x_off, y_off, width, depth) = if across {
                (u, v, module_along, module_depth)
            } else {
                (v, u, module_depth, module_along)
            };
            let left = if o.start.from_right() {
                area.max_x_m() - x_off - width
            } else {
                area.x_m + x_off
            };
            let top = if o.start.from_bottom() {
                area.max_y_m() - y_off - depth
            } else {
                area.y_m + y_off
            };
            out.push(Place { rect: Rect::new(left, top, width, depth), row, along_m: u });
        }
    }
    Ok(out)
}

/// How the depth of an area is shared out: the most rows that fit with every row facing an
/// aisle inside the area. Counts are whole numbers held as `f64` (they come from divisions).
#[derive(Clone, Copy, Debug)]
struct RowPlan {
    /// Rows in all.
    rows: f64,
    /// 1 with a single row at the start edge, else 0.
    near: f64,
    /// 1 with a single row at the far edge, else 0.
    far: f64,
    /// Main aisles.
    aisles: f64,
    /// Rows between two aisles: 2 back to back, else 1.
    group: f64,
}

impl RowPlan {
    /// Offsets of the rows from the start edge.
    fn offsets(&self, module: f64, aisle: f64) -> Vec<f64> {
        let mut out = Vec::new();
        let mut v = 0.0;
        if self.near > 0.0 {
            out.push(v);
            v += module;
        }
        let mut k = 0.0;
        while k < self.aisles {
            v += aisle;
            if k + 1.0 < self.aisles {
                let mut g = 0.0;
                while g < self.group {
                    out.push(v);
                    v += module;
                    g += 1.0;
                }
            }
            k += 1.0;
        }
        if self.far > 0.0 {
            out.push(v);
        }
        out
    }
}

/// The best [`RowPlan`] for a depth, or `None` when not one row and its aisle fit.
fn row_plan(depth_len: f64, module: f64, aisle: f64, back_to_back: bool) -> Option<RowPlan> {
    let group = if back_to_back { 2.0 } else { 1.0 };
    let mut best: Option<RowPlan> = None;
    for near in [1.0, 0.0] {
        for far in [1.0, 0.0] {
            // aisles·a + (near + far + (aisles − 1)·group)·module ≤ depth
            let room = depth_len + AISLE_EPSILON_M - (near + far - group) * module;
            let aisles = (room / (aisle + group * module)).floor();
            if aisles < 1.0 {
                continue;
            }
            let rows = near + far + (aisles - 1.0) * group;
            if rows > 0.0 && best.is_none_or(|b| rows > b.rows) {
                best = Some(RowPlan { rows, near, far, aisles, group });
            }
        }
    }
    best
}

/// How many modules of `module` metres a row `len` metres long holds, before cross aisles.
pub(super) fn modules_along(len: f64, module: f64) -> u32 {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a count of modules, saturating; the pattern refuses more than MAX_PLACES"
    )]
    let n = ((len + AISLE_EPSILON_M) / module).floor().max(0.0) as u32;
    n
}

/// Whether an area `depth_len` metres deep holds back-to-back pairs of rows (not only the
/// single rows at its edges) when the rows go back to back.
pub(super) fn has_double_rows(depth_len: f64, module: f64, aisle: f64) -> bool {
    row_plan(depth_len, module, aisle, true).is_some_and(|p| p.aisles >= 2.0)
}

/// Offsets of the modules along a row: blocks of `block` modules with a cross aisle between.
fn along_offsets(len: f64, module: f64, block: u32, cross: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let block_len = f64::from(block) * module + cross;
    let mut start = 0.0;
    'blocks: loop {
        let mut i = 0.0;
        while i < f64::from(block) {
            let u = start + i * module;
            if u + module > len + AISLE_EPSILON_M {
                break 'blocks;
            }
            out.push(u);
            i += 1.0;
        }
        start += block_len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row_offsets(depth: f64, module: f64, aisle: f64, back_to_back: bool) -> Vec<f64> {
        row_plan(depth, module, aisle, back_to_back)
            .map(|p| p.offsets(module, aisle))
            .unwrap_or_default()
    }

    #[test]
    fn eighteen_metres_hold_a_single_a_double_and_a_single_row() {
        // Row | aisle | row row | aisle | row: 3 + 3 + 6 + 3 + 3 = 18.
        assert_eq!(row_offsets(18.0, 3.0, 3.0, true), vec![0.0, 6.0, 9.0, 15.0]);
        // Too shallow for a row and an aisle: nothing.
        assert!(row_offsets(5.9, 3.0, 3.0, true).is_empty());
        // Single rows: row | aisle | row | aisle | row.
        assert_eq!(row_offsets(15.0, 3.0, 3.0, false), vec![0.0, 6.0, 12.0]);
    }

    #[test]
    fn blocks_leave_cross_aisles() {
        assert_eq!(along_offsets(15.0, 3.0, 2, 3.0), vec![0.0, 3.0, 9.0, 12.0]);
        assert_eq!(along_offsets(30.0, 3.0, 10, 3.0).len(), 10);
        assert!(along_offsets(2.0, 3.0, 10, 3.0).is_empty());
    }
}
