//! Aisle access and aisle widths among the new booths: every booth needs one open side, and no
//! two booths of a row may face each other across a gap narrower than the minimum aisle (what a
//! column or wall leaves when it takes a module out of a row).

use super::clear::Surroundings;
use super::pattern::Place;
use crate::check::AISLE_EPSILON_M;
use crate::check::aisle::facing_gap_m;
use crate::check::index;
use crate::check::overlap::shared_area_m2;
use crate::model::Rect;

/// The four strips of `width_m` in front of the sides of `rect`: the same strips the
/// `no-aisle-access` rule looks at (one definition of an open side for the rule and the fill).
#[must_use]
pub fn side_strips(rect: &Rect, width_m: f64) -> [Rect; 4] {
    crate::check::access::strips(rect, width_m)
}

/// Drops places until every kept one has an open side and no row has a narrow gap. Both
/// steps only remove booths, and removing a booth never closes a side, so the loop ends.
pub(crate) fn settle(places: &mut Vec<Place>, around: &Surroundings) {
    loop {
        let before = places.len();
        drop_narrow_gaps(places, around.min_aisle_m);
        drop_closed(places, around);
        if places.len() == before {
            return;
        }
    }
}

/// Within each row (places come row by row, in order along it), drops any booth that would
/// face the nearest kept booth of its row across a gap wider than nothing but narrower than the
/// minimum aisle. Booths further back face it across that nearest one, which stands in the gap,
/// so the rule does not measure them.
fn drop_narrow_gaps(places: &mut Vec<Place>, min_aisle_m: f64) {
    let mut kept: Vec<Place> = Vec::with_capacity(places.len());
    let mut row_start = 0;
    for p in places.drain(..) {
        if kept.get(row_start).is_some_and(|first| first.row != p.row) {
            row_start = kept.len();
        }
        let narrow = kept[row_start..].last().is_some_and(|k| {
            facing_gap_m(&k.rect, &p.rect)
                .is_some_and(|g| g > AISLE_EPSILON_M && g < min_aisle_m - AISLE_EPSILON_M)
        });
        if !narrow {
            kept.push(p);
        }
    }
    *places = kept;
}

/// Drops every booth none of whose sides is open.
fn drop_closed(places: &mut Vec<Place>, around: &Surroundings) {
    let tree = index::bulk(places.iter().enumerate().map(|(i, p)| (p.rect, index::tag(i))));
    let open = |strip: &Rect| {
        let env = index::envelope(strip, 0.0);
        around.strip_free(strip)
            && !tree.locate_in_envelope_intersecting(&env).any(|b| {
                shared_area_m2(strip, &places[b.data as usize].rect) > crate::check::AREA_EPSILON_M2
            })
    };
    let keep: Vec<bool> =
        places.iter().map(|p| side_strips(&p.rect, around.access_m).iter().any(open)).collect();
    let mut flags = keep.into_iter();
    places.retain(|_| flags.next().unwrap_or(true));
}
