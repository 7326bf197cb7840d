//! Booth types of a whole layout, for the summary, the exports and the command line.

use rayon::prelude::*;

use super::shapes::Venue;
use super::{Spot, access, grid_join, index, join, validity};
use crate::model::{BoothType, Layout};

/// The type of every booth, in layout order: how many of its sides face an aisle (see
/// docs/SPEC.md). `None` for a booth with no open side (the `no-aisle-access` error) and for
/// one that cannot be classified (no usable rectangle, no valid hall of its own).
///
/// Derived, never stored: moving a booth changes its type and its neighbours'.
#[must_use]
pub fn booth_types(layout: &Layout) -> Vec<Option<BoothType>> {
    types_of(layout, true)
}

/// [`booth_types`], pairing booths up through a grid when `grid` is set and the booths suit
/// one, else by walking R-trees.
fn types_of(layout: &Layout, grid: bool) -> Vec<Option<BoothType>> {
    let venue = Venue::new(layout);
    let booths: Vec<Spot<'_>> = layout.booths.par_iter().map(Spot::booth).collect();
    let margin_m = venue.booth_margin_m();
    let usable = || {
        booths
            .iter()
            .enumerate()
            .filter(|(_, b)| validity::rect_usable(&b.rect))
            .map(|(i, b)| (index::grown(&b.rect, margin_m), index::tag(i)))
    };
    let boxes: Vec<grid_join::TaggedBox> =
        usable().map(|(r, tag)| ([r.x_m, r.y_m, r.max_x_m(), r.max_y_m()], tag)).collect();
    super::full::access_masks(&booths, &venue, |visit| {
        if grid && grid_join::pairs(&boxes, visit) {
            return;
        }
        // Booths of very different sizes: two trees, one per half of the booth list, built
        // at once (a bulk load runs on one core); layouts list booths hall by hall, so the
        // halves seldom meet and the join between them is short.
        let half = booths.len() / 2;
        let tree_of = |from: usize, to: usize| {
            index::bulk(usable().filter(|(_, tag)| (from..to).contains(&(*tag as usize))))
        };
        let (first, second) = rayon::join(|| tree_of(0, half), || tree_of(half, booths.len()));
        let pair = |a: &index::Entry, b: &index::Entry, _: &mut Vec<()>| visit(a.data, b.data);
        join::within(&first, pair);
        join::within(&second, pair);
        join::between(&first, &second, pair);
    })
    .into_par_iter()
    .map(access::booth_type)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    /// The grid and the R-tree walk pair up the same booths, so they give the same types.
    #[test]
    fn the_grid_and_the_tree_walk_give_the_same_types() {
        for layout in [sample::synthetic(3_000, 5), sample::gdte_hangzhou()] {
            let by_grid = types_of(&layout, true);
            assert_eq!(by_grid, types_of(&layout, false));
            assert!(by_grid.iter().flatten().count() > layout.booths.len() / 2);
        }
    }
}
