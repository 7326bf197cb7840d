//! Snapping while dragging, held to a brute-force oracle: a dragged booth lands on the
//! nearest edge, centre line or one-aisle gap of a neighbour within the snap radius, or where
//! the pointer put it when nothing is that near; Alt lands it where the pointer put it.

mod editor_support;

use boothplan_core::editor::{Modifiers, Tool};
use boothplan_core::model::{Layout, Rect};
use editor_support::{drag_tool, pt, square_hall_with_booths};
use proptest::prelude::*;

/// Side of the square hall; every neighbour is within the snapping reach of any booth in it.
const HALL_M: f64 = 30.0;
const RADIUS_M: f64 = 0.5;

/// A 30 m hall with booths of 3 × 3 m, one per 6 m cell (never overlapping), moved by a jitter.
fn layout(jitters: &[(u8, u8, f64, f64)]) -> Layout {
    square_hall_with_booths(
        HALL_M,
        jitters.iter().map(|&(cx, cy, jx, jy)| {
            Rect::new(f64::from(cx) * 6.0 + jx, f64::from(cy) * 6.0 + jy, 3.0, 3.0)
        }),
    )
}

/// Every shift of the span `(lo, hi)` along one axis that snaps it to a neighbour span: edge
/// to edge, centre to centre, and (booths only) one aisle beyond a booth's edge.
fn candidate_shifts(lo: f64, hi: f64, others: &[((f64, f64), bool)], aisle: f64) -> Vec<f64> {
    let mut shifts = Vec::new();
    for &((olo, ohi), is_booth) in others {
        for edge in [lo, hi] {
            shifts.push(olo - edge);
            shifts.push(ohi - edge);
        }
        shifts.push(f64::midpoint(olo, ohi) - f64::midpoint(lo, hi));
        if is_booth {
            shifts.push(olo - aisle - hi);
            shifts.push(ohi + aisle - lo);
        }
    }
    shifts
}

/// The oracle's choice on one axis: the smallest snapping shifts within the radius (there may
/// be two of one size, left and right), or only 0 when none is that near.
fn nearest(shifts: &[f64]) -> Vec<f64> {
    let within: Vec<f64> = shifts.iter().copied().filter(|s| s.abs() <= RADIUS_M).collect();
    let Some(best) = within.iter().map(|s| s.abs()).min_by(f64::total_cmp) else {
        return vec![0.0];
    };
    within.into_iter().filter(|s| (s.abs() - best).abs() < 1e-9).collect()
}

fn cells() -> impl Strategy<Value = Vec<(u8, u8, f64, f64)>> {
    proptest::collection::btree_map((0u8..4, 0u8..4), (0.0f64..1.0, 0.0f64..1.0), 2..10)
        .prop_map(|m| m.into_iter().map(|((cx, cy), (jx, jy))| (cx, cy, jx, jy)).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_dragged_booth_lands_on_the_nearest_snap_or_where_the_pointer_put_it(
        jitters in cells(),
        dx in -6.0f64..6.0,
        dy in -6.0f64..6.0,
    ) {
        let layout = layout(&jitters);
        let moving = layout.booths[0].rect;
        // Kept inside the hall.
        let dx = dx.clamp(0.01 - moving.x_m, HALL_M - 0.01 - moving.max_x_m());
        let dy = dy.clamp(0.01 - moving.y_m, HALL_M - 0.01 - moving.max_y_m());
        prop_assume!(dx.hypot(dy) > 0.2, "a drag, not a click");
        let mut doc = editor_support::Editor::new(layout.clone());
        doc.settings.snap_to_grid = false;
        doc.settings.snap_radius_m = RADIUS_M;
        doc.settings.pick_radius_m = 0.1;
        doc.settings.drag_threshold_m = 0.05;
        let from = moving.centre();
        drag_tool(&mut doc, Tool::Select, from, pt(from.x_m + dx, from.y_m + dy), Modifiers::NONE);
        let landed = doc.layout().booths[0].rect;

        // The oracle: every other booth and the hall's four walls.
        let raw = Rect::new(moving.x_m + dx, moving.y_m + dy, 3.0, 3.0);
        let others = &layout.booths[1..];
        let mut xs: Vec<((f64, f64), bool)> =
            others.iter().map(|b| ((b.rect.x_m, b.rect.max_x_m()), true)).collect();
        let mut ys: Vec<((f64, f64), bool)> =
            others.iter().map(|b| ((b.rect.y_m, b.rect.max_y_m()), true)).collect();
        // Vertical walls at x = 0 and 30 span the whole height; horizontal ones likewise.
        for wall in [0.0, HALL_M] {
            xs.push(((wall, wall), false));
            ys.push(((wall, wall), false));
        }
        xs.push(((0.0, HALL_M), false)); // the horizontal walls, seen along x
        ys.push(((0.0, HALL_M), false)); // the vertical walls, seen along y
        let aisle = layout.min_aisle_m;
        let want_x = nearest(&candidate_shifts(raw.x_m, raw.max_x_m(), &xs, aisle));
        let want_y = nearest(&candidate_shifts(raw.y_m, raw.max_y_m(), &ys, aisle));
        let (got_x, got_y) = (landed.x_m - raw.x_m, landed.y_m - raw.y_m);
        prop_assert!(want_x.iter().any(|w| (w - got_x).abs() < 1e-6), "x shift {got_x}, oracle {want_x:?}");
        prop_assert!(want_y.iter().any(|w| (w - got_y).abs() < 1e-6), "y shift {got_y}, oracle {want_y:?}");

        // Alt: exactly where the pointer put it.
        let mut doc = editor_support::Editor::new(layout);
        doc.settings.snap_radius_m = RADIUS_M;
        doc.settings.pick_radius_m = 0.1;
        doc.settings.drag_threshold_m = 0.05;
        doc.tools.set_modifiers(Modifiers::ALT);
        drag_tool(&mut doc, Tool::Select, from, pt(from.x_m + dx, from.y_m + dy), Modifiers::ALT);
        let free = doc.layout().booths[0].rect;
        prop_assert!((free.x_m - raw.x_m).abs() < 1e-9 && (free.y_m - raw.y_m).abs() < 1e-9);
    }
}

/// A booth let go 0.3 m short of one aisle from its neighbour stops exactly one aisle away,
/// and while it is held the guides show the 3 m gap.
#[test]
fn a_booth_stops_one_aisle_from_its_neighbour_and_the_gap_is_shown() {
    let mut doc = editor_support::Editor::new(layout(&[(0, 0, 0.0, 0.0), (2, 0, 0.0, 0.0)]));
    doc.settings.snap_to_grid = false;
    doc.settings.snap_radius_m = RADIUS_M;
    doc.settings.pick_radius_m = 0.1;
    // 1A-001 stands at x 12..15; drag 1A-000 (0..3) so its right edge is at 8.7.
    let from = pt(1.5, 1.5);
    editor_support::drag_without_release(&mut doc, Tool::Select, from, pt(7.2, 1.5));
    let gaps: Vec<f64> = doc.feedback().guides.iter().filter_map(|g| g.gap_m).collect();
    assert!(gaps.iter().any(|g| (g - 3.0).abs() < 1e-9), "the 3 m aisle is shown: {gaps:?}");
    doc.pointer_released(pt(7.2, 1.5));
    assert!((doc.layout().booths[0].rect.max_x_m() - 9.0).abs() < 1e-9);
    assert!(doc.feedback().guides.is_empty(), "the guides go with the drag");
}
