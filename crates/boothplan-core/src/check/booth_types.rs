//! Booth types of a whole layout, for the summary, the exports and the command line.

use rayon::prelude::*;

use super::shapes::Venue;
use super::{Spot, access, index, validity};
use crate::model::{BoothType, Layout};

/// The type of every booth, in layout order: how many of its sides face an aisle (see
/// docs/SPEC.md). `None` for a booth with no open side (the `no-aisle-access` error) and for
/// one that cannot be classified (no usable rectangle, no valid hall of its own).
///
/// Derived, never stored: moving a booth changes its type and its neighbours'.
#[must_use]
pub fn booth_types(layout: &Layout) -> Vec<Option<BoothType>> {
    let venue = Venue::new(layout);
    let booths: Vec<Spot<'_>> = layout.booths.par_iter().map(Spot::booth).collect();
    let margin_m = venue.booth_margin_m();
    // Two trees, one per half of the booth list, built at once (a bulk load runs on one
    // core); layouts list booths hall by hall, so the halves seldom meet and the join
    // between them is short.
    let half = booths.len() / 2;
    let tree_of = |from: usize, to: usize| {
        index::bulk(
            booths[from..to]
                .iter()
                .enumerate()
                .filter(|(_, b)| validity::rect_usable(&b.rect))
                .map(|(i, b)| (index::grown(&b.rect, margin_m), index::tag(from + i))),
        )
    };
    let (first, second) = rayon::join(|| tree_of(0, half), || tree_of(half, booths.len()));
    super::full::access_masks(&booths, &[&first, &second], &venue)
        .into_par_iter()
        .map(access::booth_type)
        .collect()
}
