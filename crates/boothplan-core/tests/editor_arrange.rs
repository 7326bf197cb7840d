//! Align and distribute, held to what a planner checks with a ruler: after Align left every
//! selected left edge is on the leftmost one and nothing moved up or down; after Distribute
//! the gaps are equal, the row spans what it spanned and keeps its order; one undo step each.

mod editor_support;

use boothplan_core::editor::{Align, Distribute, Document, ObjectRef, Selection};
use boothplan_core::model::{Layout, Rect};
use editor_support::square_hall_with_booths;
use proptest::prelude::*;

/// A booth's 10 m cell and its offset, width and depth in it.
type Cell = ((u8, u8), (f64, f64, f64, f64));

/// Booths of random sizes, one per 10 m cell of a 60 m hall, never overlapping.
fn layout(cells: &[Cell]) -> Layout {
    square_hall_with_booths(
        60.0,
        cells.iter().map(|&((cx, cy), (jx, jy, w, h))| {
            Rect::new(f64::from(cx) * 10.0 + jx, f64::from(cy) * 10.0 + jy, w, h)
        }),
    )
}

fn cells() -> impl Strategy<Value = Vec<Cell>> {
    proptest::collection::btree_map(
        (0u8..6, 0u8..6),
        (0.0f64..3.0, 0.0f64..3.0, 1.0f64..6.0, 1.0f64..6.0),
        3..12,
    )
    .prop_map(|m| m.into_iter().collect())
}

/// Booths in one row of cells, left to right: what Distribute is for (no two share a column,
/// so the gaps it makes are never negative).
fn row_cells() -> impl Strategy<Value = Vec<Cell>> {
    proptest::collection::btree_map(
        0u8..6,
        (0.0f64..3.0, 0.0f64..3.0, 1.0f64..6.0, 1.0f64..6.0),
        3..6,
    )
    .prop_map(|m| m.into_iter().map(|(cx, j)| ((cx, 0), j)).collect())
}

fn all_selected(layout: Layout) -> Document {
    let n = layout.booths.len();
    let mut doc = Document::new(layout, None);
    doc.set_selection(Selection::of((0..n).map(ObjectRef::booth)));
    doc
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn align_puts_every_edge_on_the_outermost_and_moves_nothing_across(c in cells()) {
        let before = layout(&c);
        for (align, edge, across) in [
            (Align::Left, (|r: &Rect| r.x_m) as fn(&Rect) -> f64, (|r: &Rect| r.y_m) as fn(&Rect) -> f64),
            (Align::Right, |r: &Rect| r.max_x_m(), |r: &Rect| r.y_m),
            (Align::Top, |r: &Rect| r.y_m, |r: &Rect| r.x_m),
            (Align::Bottom, |r: &Rect| r.max_y_m(), |r: &Rect| r.x_m),
            (Align::Centre, |r: &Rect| r.centre().x_m, |r: &Rect| r.y_m),
            (Align::Middle, |r: &Rect| r.centre().y_m, |r: &Rect| r.x_m),
        ] {
            let mut doc = all_selected(before.clone());
            doc.align_selection(align);
            let rects: Vec<Rect> = doc.layout().booths.iter().map(|b| b.rect).collect();
            let old: Vec<Rect> = before.booths.iter().map(|b| b.rect).collect();
            // The target line by brute force from the old rectangles.
            let target = match align {
                Align::Left => old.iter().map(|r| r.x_m).fold(f64::INFINITY, f64::min),
                Align::Top => old.iter().map(|r| r.y_m).fold(f64::INFINITY, f64::min),
                Align::Right => old.iter().map(Rect::max_x_m).fold(f64::NEG_INFINITY, f64::max),
                Align::Bottom => old.iter().map(Rect::max_y_m).fold(f64::NEG_INFINITY, f64::max),
                Align::Centre => {
                    let lo = old.iter().map(|r| r.x_m).fold(f64::INFINITY, f64::min);
                    let hi = old.iter().map(Rect::max_x_m).fold(f64::NEG_INFINITY, f64::max);
                    f64::midpoint(lo, hi)
                }
                Align::Middle => {
                    let lo = old.iter().map(|r| r.y_m).fold(f64::INFINITY, f64::min);
                    let hi = old.iter().map(Rect::max_y_m).fold(f64::NEG_INFINITY, f64::max);
                    f64::midpoint(lo, hi)
                }
            };
            for (new, old) in rects.iter().zip(&old) {
                prop_assert!((edge(new) - target).abs() < 1e-9, "{align:?}: {new:?}");
                prop_assert!((across(new) - across(old)).abs() < 1e-12, "{align:?} moved across");
                prop_assert!((new.width_m - old.width_m).abs() < 1e-12);
            }
            doc.undo();
            prop_assert_eq!(doc.layout(), &before, "one undo step");
        }
    }

    #[test]
    fn distribute_makes_the_gaps_equal_over_the_same_extent_in_the_same_order(c in row_cells()) {
        let before = layout(&c);
        let mut doc = all_selected(before.clone());
        doc.distribute_selection(Distribute::Horizontally);
        let mut pairs: Vec<(Rect, Rect)> = before
            .booths
            .iter()
            .zip(&doc.layout().booths)
            .map(|(o, n)| (o.rect, n.rect))
            .collect();
        pairs.sort_by(|a, b| a.0.centre().x_m.total_cmp(&b.0.centre().x_m));
        let new: Vec<Rect> = pairs.iter().map(|p| p.1).collect();
        let gaps: Vec<f64> = new.windows(2).map(|w| w[1].x_m - w[0].max_x_m()).collect();
        for g in &gaps {
            prop_assert!((g - gaps[0]).abs() < 1e-9, "gaps {gaps:?}");
        }
        let lo = |rs: &mut dyn Iterator<Item = Rect>| rs.map(|r| r.x_m).fold(f64::INFINITY, f64::min);
        prop_assert!((lo(&mut new.iter().copied()) - lo(&mut pairs.iter().map(|p| p.0))).abs() < 1e-9);
        for (old, new) in &pairs {
            prop_assert!((old.y_m - new.y_m).abs() < 1e-12, "nothing moved vertically");
        }
        doc.undo();
        prop_assert_eq!(doc.layout(), &before, "one undo step");
    }
}

#[test]
fn three_booths_drawn_by_hand_end_in_one_row_evenly_spaced() {
    let mut doc = all_selected(layout(&[
        ((0, 0), (0.0, 0.4, 3.0, 3.0)),
        ((1, 0), (2.0, 0.0, 3.0, 3.0)),
        ((3, 0), (0.0, 1.1, 3.0, 3.0)),
    ]));
    doc.align_selection(Align::Top);
    doc.distribute_selection(Distribute::Horizontally);
    let xs: Vec<(f64, f64)> =
        doc.layout().booths.iter().map(|b| (b.rect.x_m, b.rect.y_m)).collect();
    // Left edges 0, 12 and 30 span 0..33 with 9 m of booths: two gaps of 12 m.
    assert_eq!(xs, [(0.0, 0.0), (15.0, 0.0), (30.0, 0.0)]);
    assert_eq!(doc.undo_label(), Some("Distribute 3 objects"));
    doc.undo();
    doc.undo();
    assert!(!doc.can_undo());
}

#[test]
fn fewer_than_two_or_three_objects_change_nothing() {
    let mut doc =
        all_selected(layout(&[((0, 0), (0.0, 0.0, 3.0, 3.0)), ((1, 1), (0.0, 0.0, 3.0, 3.0))]));
    doc.distribute_selection(Distribute::Vertically);
    assert!(!doc.can_undo(), "distributing two objects does nothing");
    doc.set_selection(Selection::of([ObjectRef::booth(0)]));
    doc.align_selection(Align::Right);
    assert!(!doc.can_undo(), "aligning one object does nothing");
}
