//! Renumbering booths already placed (a selection, or a whole hall) with a scheme: the same
//! order and rules as a fill, and numbers that stay unique in the layout.

use std::collections::HashSet;

use super::NumberingScheme;
use super::numbering::{NumberPlace, NumberingError};
use crate::model::Layout;

/// New numbers for the booths at `indices` of `layout` (same order as `indices`). Each booth's
/// `{hall}` is its own hall and `{zone}` the zone holding it; the numbers avoid every id of
/// the layout except those of the booths being renumbered.
///
/// # Errors
/// See [`NumberingError`].
pub fn renumber(
    layout: &Layout,
    indices: &[usize],
    scheme: &NumberingScheme,
) -> Result<Vec<String>, NumberingError> {
    let chosen: HashSet<usize> = indices.iter().copied().collect();
    // The ids the renumbered booths give up, unless an object that stays carries one too.
    let staying: HashSet<&str> = layout
        .booths
        .iter()
        .enumerate()
        .filter(|(i, _)| !chosen.contains(i))
        .map(|(_, b)| b.id.as_str())
        .chain(layout.halls.iter().map(|h| h.id.as_str()))
        .chain(layout.columns.iter().map(|c| c.id.as_str()))
        .chain(layout.zones.iter().map(|z| z.id.as_str()))
        .collect();
    let taken = staying;
    let places: Vec<NumberPlace<'_>> = indices
        .iter()
        .filter_map(|&i| layout.booths.get(i))
        .map(|b| NumberPlace {
            rect: b.rect,
            hall: b.hall.as_deref().unwrap_or_default(),
            zone: crate::model::zone_holding(&layout.zones, b).map(|z| z.id.as_str()),
        })
        .collect();
    scheme.number(&places, &taken)
}

/// The indices of every booth in hall `hall_id`, for "renumber this hall".
#[must_use]
pub fn booths_in_hall(layout: &Layout, hall_id: &str) -> Vec<usize> {
    (0..layout.booths.len())
        .filter(|&i| layout.booths[i].hall.as_deref() == Some(hall_id))
        .collect()
}
