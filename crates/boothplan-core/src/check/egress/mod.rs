//! The fire and egress rules: exits measured against booths, columns and hall areas, with the
//! limits of the layout's rule pack (see [`limits`]).
//!
//! Every finding here carries a [`super::Measure`]: what was measured, the limit and the clause
//! or approval it comes from, and its sentence names all three. The rules run one hall at a
//! time ([`hall_findings`]): what a hall's exits, booths and columns are is all they read, so
//! the live check re-runs only the halls an edit touched. `booth-depth` is the exception: it
//! follows a booth's open sides, and runs wherever those are worked out ([`depth`]).
//!
//! Decisions the contract leaves open, taken here:
//! - A rule runs in a hall when it has a limit there ([`Limits`]); an exit belongs to the hall
//!   it names; a booth or column takes part when it names the hall and has usable geometry.
//! - The rules run once the layout has an exit ([`runs`]); before that, no hall is planned for
//!   egress and a file checks as it did before exits existed.
//! - A hall with no exit gets one `exit-capacity` finding and no `exit-distance`,
//!   `exit-blocked` or walking-distance finding.
//! - "Some point of a booth" is searched exactly enough to say the farthest distance to the
//!   centimetre (see [`distance`]); with several exits that point need not be a corner.

mod blocked;
mod capacity;
pub(crate) mod depth;
pub(crate) mod distance;
pub(crate) mod exits;
pub mod limits;
mod long_row;
mod travel;

use rayon::prelude::*;

pub use limits::{Capacity, LAYOUT_LIMIT, Limit, Limits, pack_limit};

use super::shapes::Venue;
use super::{Finding, validity};
use crate::model::{Booth, Hall, Layout};

/// What the rules of one hall read: the hall, its limits, exits and booths.
pub(crate) struct HallInput<'a> {
    /// The hall.
    pub hall: &'a Hall,
    /// Its limits under the layout's rules.
    pub limits: Limits,
    /// Its exits, prepared.
    pub exits: exits::Exits<'a>,
    /// The usable booths naming it, in layout order.
    pub booths: Vec<&'a Booth>,
}

/// True when the fire and egress rules run on the layout: once it has an exit. A plan nobody
/// has drawn a door on has not been planned for egress yet (every file from before exits
/// existed), and would otherwise fail `check` in every hall.
#[must_use]
pub(crate) fn runs(layout: &Layout) -> bool {
    !layout.exits.is_empty()
}

/// Every egress finding of the layout (but `booth-depth`), each with the index of the hall it
/// is about, hall by hall in parallel.
pub(crate) fn all_findings(layout: &Layout, venue: &Venue) -> Vec<(Finding, usize)> {
    if !runs(layout) {
        return Vec::new();
    }
    let halls: Vec<usize> = (0..layout.halls.len()).collect();
    let booths = booths_by_hall(layout, &halls);
    halls
        .par_iter()
        .zip(booths)
        .flat_map_iter(|(&h, booths)| {
            hall_findings(layout, venue, h, booths).into_iter().map(move |f| (f, h))
        })
        .collect()
}

/// The usable booths of each of `halls` (indices into the layout's halls), in one pass over
/// the booths.
pub(crate) fn booths_by_hall<'a>(layout: &'a Layout, halls: &[usize]) -> Vec<Vec<&'a Booth>> {
    let mut by_id: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, &h) in halls.iter().enumerate() {
        by_id.entry(layout.halls[h].id.as_str()).or_insert(i);
    }
    let mut out = vec![Vec::new(); halls.len()];
    for booth in &layout.booths {
        let Some(&i) = booth.hall.as_deref().and_then(|id| by_id.get(id)) else { continue };
        if validity::rect_usable(&booth.rect) {
            out[i].push(booth);
        }
    }
    out
}

/// The egress findings of hall `h` of the layout (its usable `booths` given), but
/// `booth-depth`; none for a hall that is not the first with its id or has no usable outline.
pub(crate) fn hall_findings(
    layout: &Layout,
    venue: &Venue,
    h: usize,
    booths: Vec<&Booth>,
) -> Vec<Finding> {
    let hall = &layout.halls[h];
    let Some(shape) = venue.hall(&hall.id).filter(|s| s.valid) else { return Vec::new() };
    if layout.halls.iter().position(|other| other.id == hall.id) != Some(h) {
        return Vec::new();
    }
    let input = HallInput {
        hall,
        limits: Limits::for_hall(layout, hall),
        exits: exits::Exits::of_hall(layout, &hall.id, shape),
        booths,
    };
    let mut found = Vec::new();
    found.extend(capacity::finding(&input));
    if !input.exits.is_empty() {
        found.extend(distance::findings(&input));
        found.extend(blocked::findings(&input, venue));
        found.extend(travel::findings(layout, h, &input.limits));
    }
    found.extend(long_row::findings(&input));
    found
}

/// What the egress rules of hall `h` read, as a layout of its own to hand to another thread:
/// the hall (alone, so index 0), its doors, the booths and columns on its floor (booths keep
/// only what the rules read: id, hall and place) and the layout's rules. Only when hall `h` is
/// the first with its id (the others get no egress finding).
pub(crate) fn hall_snapshot(layout: &Layout, h: usize) -> Option<Layout> {
    let hall = layout.halls.get(h)?;
    if layout.halls.iter().position(|other| other.id == hall.id) != Some(h) {
        return None;
    }
    let bounds = hall.bounds()?;
    let near = |r: &crate::model::Rect| {
        r.x_m <= bounds.max_x_m()
            && bounds.x_m <= r.max_x_m()
            && r.y_m <= bounds.max_y_m()
            && bounds.y_m <= r.max_y_m()
    };
    let names_hall = |of: Option<&str>| of == Some(hall.id.as_str());
    let booths = layout
        .booths
        .iter()
        .filter(|b| names_hall(b.hall.as_deref()) || near(&b.rect))
        .map(|b| Booth { theme: String::new(), exhibitor: String::new(), ..b.clone() })
        .collect();
    let columns =
        layout.columns.iter().filter(|c| c.bounds().is_some_and(|r| near(&r))).cloned().collect();
    let exits = layout.exits.iter().filter(|e| names_hall(e.hall.as_deref())).cloned().collect();
    Some(Layout {
        halls: vec![hall.clone()],
        booths,
        columns,
        exits,
        rules: layout.rules.clone(),
        themes: Vec::new(),
        ..Layout::default()
    })
}

/// The egress findings (but `booth-depth`) of the hall of a [`hall_snapshot`]: what
/// [`hall_findings`] gives for it on the whole layout.
pub(crate) fn snapshot_findings(snapshot: &Layout) -> Vec<Finding> {
    let venue = Venue::new(snapshot);
    let booths = booths_by_hall(snapshot, &[0]).pop().unwrap_or_default();
    hall_findings(snapshot, &venue, 0, booths)
}
