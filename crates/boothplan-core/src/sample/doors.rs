//! Doors for a generated hall: wherever the floor in front of a stretch of wall is clear.
//!
//! A real hall has doors on every side where its aisles meet the walls. Given the booths and
//! columns already set out, this walks each wall in whole metres and puts a door, centred,
//! in each clear stretch (one every 10 m or so of a long one): from 3 m up to 4 m wide. A stretch is clear when
//! the strip in front of it, as deep as the deepest clear zone any rule pack asks for, holds no
//! booth or column, so no door is ever blocked.

use crate::model::{Exit, Hall, Layout, Point, Rect, polygon_area_m2};

/// Depth of floor kept clear in front of a door: the deepest clear zone of the rule packs.
const CLEAR_DEPTH_M: f64 = 4.0;
/// No door this close to a corner of the hall.
const CORNER_M: f64 = 3.0;
/// Narrowest and widest door.
const DOOR_WIDTHS_M: (f64, f64) = (3.0, 4.0);

/// The doors of `hall` (an outline of axis-aligned walls) given what stands in `layout`,
/// numbered `{hall}-E1`, `{hall}-E2`, … around the outline.
pub(super) fn doors(layout: &Layout, hall: &Hall) -> Vec<Exit> {
    let outline = &hall.outline;
    // Which side of a wall the hall is on: left of its direction in a counter-clockwise ring
    // (positive area, x right and y down).
    let inward = if signed_area_m2(outline) > 0.0 { 1.0 } else { -1.0 };
    // Only what stands within the hall's box can block its walls: in a fair of many halls
    // (100,000 booths) the others need not be looked at for every metre of wall.
    let Some(bounds) = hall.bounds() else { return Vec::new() };
    let solid: Vec<Rect> = layout
        .booths
        .iter()
        .map(|b| b.rect)
        .chain(layout.columns.iter().filter_map(|c| Rect::bounding(c.outline.iter().copied())))
        .filter(|r| shared(r, &bounds))
        .collect();
    let blocked = |strip: &Rect| solid.iter().any(|r| shared(r, strip));
    let mut out = Vec::new();
    for (i, &from) in outline.iter().enumerate() {
        let to = outline[(i + 1) % outline.len()];
        let length = (to.x_m - from.x_m).hypot(to.y_m - from.y_m);
        let (ux, uy) = ((to.x_m - from.x_m) / length, (to.y_m - from.y_m) / length);
        let (nx, ny) = (-uy * inward, ux * inward);
        // The clear metres along the wall, then the runs they form.
        let metres = (length.floor()) as usize;
        let clear: Vec<bool> = (0..metres)
            .map(|m| {
                let a = m as f64;
                let corners = [
                    point(from, ux, uy, a),
                    point(from, ux, uy, a + 1.0),
                    offset(point(from, ux, uy, a), nx, ny, CLEAR_DEPTH_M),
                    offset(point(from, ux, uy, a + 1.0), nx, ny, CLEAR_DEPTH_M),
                ];
                a >= CORNER_M
                    && a + 1.0 <= length - CORNER_M
                    && Rect::bounding(corners).is_some_and(|strip| !blocked(&strip))
            })
            .collect();
        let mut m = 0;
        while m < metres {
            if !clear[m] {
                m += 1;
                continue;
            }
            let start = m;
            while m < metres && clear[m] {
                m += 1;
            }
            let run = (m - start) as f64;
            if run < DOOR_WIDTHS_M.0 {
                continue;
            }
            // A long clear run gets a door every 10 m or so.
            let count = ((run + 4.0) / 10.0).floor().max(1.0);
            let share = run / count;
            let width = share.min(DOOR_WIDTHS_M.1);
            for k in 0..count as usize {
                let a = start as f64 + k as f64 * share + (share - width) / 2.0;
                out.push(Exit {
                    id: format!("{}-E{}", hall.id, out.len() + 1),
                    hall: Some(hall.id.clone()),
                    from: point(from, ux, uy, a),
                    to: point(from, ux, uy, a + width),
                });
            }
        }
    }
    out
}

/// The point `along_m` from `from` in direction `(ux, uy)`, rounded to the millimetre so that
/// doors on axis-aligned walls have whole coordinates.
fn point(from: Point, ux: f64, uy: f64, along_m: f64) -> Point {
    let r = |v: f64| (v * 1000.0).round() / 1000.0;
    Point::new(r(from.x_m + ux * along_m), r(from.y_m + uy * along_m))
}

fn offset(p: Point, nx: f64, ny: f64, by_m: f64) -> Point {
    Point::new(p.x_m + nx * by_m, p.y_m + ny * by_m)
}

/// True when two rectangles share area.
fn shared(a: &Rect, b: &Rect) -> bool {
    a.max_x_m().min(b.max_x_m()) > a.x_m.max(b.x_m)
        && a.max_y_m().min(b.max_y_m()) > a.y_m.max(b.y_m)
}

/// The shoelace area with its sign: positive for a counter-clockwise ring with y down.
fn signed_area_m2(outline: &[Point]) -> f64 {
    let sum: f64 = (0..outline.len())
        .map(|i| {
            let (a, b) = (outline[i], outline[(i + 1) % outline.len()]);
            a.x_m * b.y_m - b.x_m * a.y_m
        })
        .sum();
    debug_assert!((sum.abs() / 2.0 - polygon_area_m2(outline)).abs() < 1e-6);
    sum / 2.0
}
