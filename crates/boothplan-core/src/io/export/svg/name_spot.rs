//! Where a name goes on the plan: a free spot that hides no booth, column or other name.
//!
//! A free box can always be slid up and then left until it touches the area's edge or an
//! obstacle, so the only heights worth trying are the area's top and each obstacle's bottom;
//! along each such strip a sweep over the obstacles finds the first gap wide enough.

use super::sheet::PaperBox;

/// The most strips tried in one search (each is a pass over the obstacles).
const MAX_TOPS: usize = 128;

/// The top-most, then left-most spot (its top-left corner) for a `w` × `h` box inside `area`
/// that overlaps none of `obstacles`; `None` when there is none.
#[must_use]
pub fn free_spot(area: PaperBox, w: f64, h: f64, obstacles: &[PaperBox]) -> Option<(f64, f64)> {
    if w > area.w || h > area.h {
        return None;
    }
    // Sorted by left edge once, so every strip below comes out in order without sorting.
    let mut near: Vec<&PaperBox> = obstacles.iter().filter(|o| overlaps(o, &area)).collect();
    near.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut tops: Vec<f64> = std::iter::once(area.y)
        .chain(near.iter().map(|o| o.bottom()))
        .filter(|y| *y >= area.y && y + h <= area.bottom())
        .collect();
    tops.sort_by(f64::total_cmp);
    tops.dedup();
    if tops.len() > MAX_TOPS {
        // Booths off any grid (thousands of different bottoms): try an even sample of heights,
        // so a crowded sheet stays quick; grid-aligned rows never come near this many.
        let stride = tops.len().div_ceil(MAX_TOPS);
        tops = tops.into_iter().step_by(stride).collect();
    }
    let mut row: Vec<(f64, f64)> = Vec::new();
    for y in tops {
        row.clear();
        row.extend(near.iter().filter(|o| o.y < y + h && y < o.bottom()).map(|o| (o.x, o.right())));
        let mut cursor = area.x;
        for &(left, right) in &row {
            if left - cursor >= w {
                break;
            }
            cursor = cursor.max(right);
        }
        if area.right() - cursor >= w {
            return Some((cursor, y));
        }
    }
    None
}

/// True when two paper boxes share area (touching edges do not).
#[must_use]
pub fn overlaps(a: &PaperBox, b: &PaperBox) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bx(x: f64, y: f64, w: f64, h: f64) -> PaperBox {
        PaperBox { x, y, w, h }
    }

    #[test]
    fn a_name_goes_in_the_aisle_not_on_the_first_row() {
        let zone = bx(0.0, 0.0, 100.0, 60.0);
        // Two rows of booths with a 10 mm aisle between them.
        let booths: Vec<PaperBox> = (0..10)
            .flat_map(|i| {
                [
                    bx(f64::from(i) * 10.0, 0.0, 10.0, 20.0),
                    bx(f64::from(i) * 10.0, 30.0, 10.0, 30.0),
                ]
            })
            .collect();
        assert_eq!(free_spot(zone, 40.0, 8.0, &booths), Some((0.0, 20.0)));
        assert_eq!(free_spot(zone, 40.0, 12.0, &booths), None);
    }

    proptest::proptest! {
        /// Checked against a brute-force search over a fine grid: whatever the sweep returns
        /// is free and inside, and when the grid finds a free spot, so does the sweep.
        #[test]
        fn the_spot_is_free_inside_and_found_whenever_one_exists(
            boxes in proptest::collection::vec((0u8..20, 0u8..20, 1u8..8, 1u8..8), 0..25),
            w in 1u8..12, h in 1u8..6,
        ) {
            let area = bx(0.0, 0.0, 20.0, 20.0);
            let obstacles: Vec<PaperBox> = boxes
                .iter()
                .map(|&(x, y, bw, bh)| bx(f64::from(x), f64::from(y), f64::from(bw), f64::from(bh)))
                .collect();
            let (w, h) = (f64::from(w), f64::from(h));
            let found = free_spot(area, w, h, &obstacles);
            if let Some((x, y)) = found {
                let label = bx(x, y, w, h);
                proptest::prop_assert!(x >= 0.0 && y >= 0.0 && label.right() <= 20.0 && label.bottom() <= 20.0);
                proptest::prop_assert!(!obstacles.iter().any(|o| overlaps(o, &label)));
            }
            let grid = (0..=20).flat_map(|y| (0..=20).map(move |x| (f64::from(x), f64::from(y))));
            let exists = grid
                .filter(|(x, y)| x + w <= 20.0 && y + h <= 20.0)
                .any(|(x, y)| !obstacles.iter().any(|o| overlaps(o, &bx(x, y, w, h))));
            proptest::prop_assert_eq!(found.is_some(), exists);
        }
    }
}
