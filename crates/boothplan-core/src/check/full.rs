//! The full check: every rule over a whole layout, in parallel where it pays.

use std::sync::atomic::{AtomicU8, Ordering};

use rayon::prelude::*;

use super::index::{self, RectTree};
use super::shapes::Venue;
use super::{
    Finding, Owner, Rule, Spot, access, aisle, containment, egress, ids, join, overlap, theme,
    validity,
};
use crate::model::{Layout, ObjectKind};

/// Runs every rule over the whole layout; findings sorted by rule, then ids, then area.
#[must_use]
pub fn check_layout(layout: &Layout) -> Vec<Finding> {
    let venue = Venue::new(layout);
    let (found, _) = run(layout, &venue);
    found.into_iter().map(|(f, _)| f).collect()
}

/// The trees a full check builds, kept by [`super::LiveCheck`] for later edits.
pub(crate) struct Trees {
    /// Usable booths grown by half the aisle margin, tagged with their index in the layout.
    pub booths: RectTree,
    /// Usable zones, tagged with their index.
    pub zones: RectTree,
    /// Each booth's open-side mask (see [`access::open_sides`]), by index.
    pub access: Vec<Option<u8>>,
}

/// Every finding with what it is about, in listing order, and the trees used to find them.
pub(crate) fn run(layout: &Layout, venue: &Venue) -> (Vec<(Finding, Owner)>, Trees) {
    let depth_m = access::strip_depth_m(venue.min_aisle_m);
    let zones: Vec<Spot<'_>> = layout.zones.iter().map(Spot::zone).collect();
    let booths: Vec<Spot<'_>> = layout.booths.par_iter().map(Spot::booth).collect();
    let ((zone_tree, booth_tree), mut found) = rayon::join(
        || {
            rayon::join(
                || usable_tree(&zones, 0.0),
                || usable_tree(&booths, venue.booth_margin_m()),
            )
        },
        || {
            let mut found: Vec<(Finding, Owner)> =
                ids::duplicates(layout).into_iter().map(|f| (f, Owner::Id)).collect();
            found.extend(hall_findings(layout, venue).into_iter().map(|f| (f, Owner::Halls)));
            found.extend(column_findings(layout));
            found.extend(zone_singles(&zones, venue));
            found.extend(booth_singles(&booths, venue));
            found
        },
    );
    found.extend(zone_pairs(&zones, &zone_tree));
    let masks = hall_masks(&booths, venue, depth_m);
    found.extend(booth_pairs(&booths, &booth_tree, venue, &masks));
    let (booth_themes, zone_themes) = theme::codes(&booths, &zones);
    found.extend(join::between(&booth_tree, &zone_tree, |b, z, out| {
        let (b, z) = (b.data, z.data);
        // Equal codes are equal themes, for which the rule never fires: skip the string
        // compare, which reads every booth's theme from all over memory.
        if booth_themes[b as usize] == zone_themes[z as usize] {
            return;
        }
        let found = theme::mismatch(&booths[b as usize], &zones[z as usize]);
        out.extend(found.map(|f| (f, Owner::BoothInZone(b, z))));
    }));
    let access: Vec<Option<u8>> = masks.into_iter().map(|m| from_atomic(&m)).collect();
    let depth = egress::depth::DepthLimits::new(layout);
    found.extend(booths.iter().zip(&access).enumerate().flat_map(|(i, (b, &mask))| {
        let owner = Owner::Access(index::tag(i));
        access::finding(b, mask).into_iter().chain(depth.finding(b, mask)).map(move |f| (f, owner))
    }));
    found.extend(
        egress::all_findings(layout, venue)
            .into_iter()
            .map(|(f, h)| (f, Owner::Egress(index::tag(h)))),
    );
    found.par_sort_unstable_by(|a, b| a.0.listing_order(&b.0));
    (found, Trees { booths: booth_tree, zones: zone_tree, access })
}

/// The mask of a booth with no type, kept apart from any set of sides.
const NO_TYPE: u8 = 0x80;

/// A booth's open-side mask from its atomic cell.
fn from_atomic(mask: &AtomicU8) -> Option<u8> {
    let m = mask.load(Ordering::Relaxed);
    (m & NO_TYPE == 0).then_some(m)
}

/// The open-side mask of every booth, by index: [`access::hall_sides`] less what each pair of
/// booths within an aisle of each other closes, the pairs given by `pairs` (every pair of
/// usable booths whose boxes, grown by [`Venue::booth_margin_m`], meet; more do no harm), which
/// calls the visitor it is handed with the two booths' indices.
pub(crate) fn access_masks(
    booths: &[Spot<'_>],
    venue: &Venue,
    pairs: impl FnOnce(&(dyn Fn(u32, u32) + Sync)),
) -> Vec<Option<u8>> {
    let depth_m = access::strip_depth_m(venue.min_aisle_m);
    let masks = hall_masks(booths, venue, depth_m);
    pairs(&|a, b| close_sides(booths, &masks, a, b, depth_m));
    masks.iter().map(from_atomic).collect()
}

/// Each booth's sides its hall leaves open, to be narrowed down by the pairs of booths.
fn hall_masks(booths: &[Spot<'_>], venue: &Venue, depth_m: f64) -> Vec<AtomicU8> {
    booths
        .par_iter()
        .map(|b| AtomicU8::new(access::hall_sides(b, venue, depth_m).unwrap_or(NO_TYPE)))
        .collect()
}

/// Clears the sides that booths `a` and `b` close on each other.
fn close_sides(booths: &[Spot<'_>], masks: &[AtomicU8], a: u32, b: u32, depth_m: f64) {
    let (x, y) = (&booths[a as usize].rect, &booths[b as usize].rect);
    for (me, mine, other) in [(a, x, y), (b, y, x)] {
        let closed = access::closed_by(mine, other, depth_m);
        if closed != 0 {
            masks[me as usize].fetch_and(!closed, Ordering::Relaxed);
        }
    }
}

/// Findings about halls alone: their own geometry, and halls that overlap.
pub(crate) fn hall_findings(layout: &Layout, venue: &Venue) -> Vec<Finding> {
    let mut found = Vec::new();
    for hall in &layout.halls {
        if let Some(problem) = validity::outline_problem(&hall.outline) {
            found.push(validity::finding(ObjectKind::Hall, &hall.id, problem));
        }
    }
    found.extend(overlap::hall_overlaps(&venue.halls));
    found
}

/// The geometry findings of the columns, each about its column (slot = layout index).
fn column_findings(layout: &Layout) -> Vec<(Finding, Owner)> {
    let mut found = Vec::new();
    for (i, column) in layout.columns.iter().enumerate() {
        if let Some(f) = column_finding(column) {
            found.push((f, Owner::Column(index::tag(i))));
        }
    }
    found
}

/// The `invalid-geometry` finding of one column, if its outline is not usable, else its
/// `outside-hall` finding if it names no hall.
pub(crate) fn column_finding(column: &crate::model::Column) -> Option<Finding> {
    validity::outline_problem(&column.outline)
        .map(|problem| validity::finding(ObjectKind::Column, &column.id, problem))
        .or_else(|| {
            column.hall.is_none().then(|| containment::in_no_hall(ObjectKind::Column, &column.id))
        })
}

/// An R-tree of the usable rectangles among `spots`, grown by `margin_m`, tagged with their
/// index.
fn usable_tree(spots: &[Spot<'_>], margin_m: f64) -> RectTree {
    index::bulk(
        spots
            .iter()
            .enumerate()
            .filter(|(_, s)| validity::rect_usable(&s.rect))
            .map(|(i, s)| (index::grown(&s.rect, margin_m), index::tag(i))),
    )
}

/// Findings about one zone at a time: its shape and its hall.
fn zone_singles(zones: &[Spot<'_>], venue: &Venue) -> Vec<(Finding, Owner)> {
    let mut found = Vec::new();
    for (i, zone) in zones.iter().enumerate() {
        let f = validity::rect_finding(ObjectKind::Zone, zone.id, &zone.rect)
            .or_else(|| containment::outside_hall(ObjectKind::Zone, zone, venue));
        found.extend(f.map(|f| (f, Owner::Zone(index::tag(i)))));
    }
    found
}

/// Zones that overlap each other.
fn zone_pairs(zones: &[Spot<'_>], zone_tree: &RectTree) -> Vec<(Finding, Owner)> {
    join::within(zone_tree, |a, b, out| {
        let f =
            overlap::rect_pair(Rule::ZoneOverlap, &zones[a.data as usize], &zones[b.data as usize]);
        out.extend(f.map(|f| (f, Owner::Zones(a.data.min(b.data), a.data.max(b.data)))));
    })
}

/// Findings about one booth at a time: its shape and its hall. In parallel.
fn booth_singles(booths: &[Spot<'_>], venue: &Venue) -> Vec<(Finding, Owner)> {
    booths
        .par_iter()
        .enumerate()
        .with_min_len(1024)
        .filter_map(|(i, booth)| {
            validity::rect_finding(ObjectKind::Booth, booth.id, &booth.rect)
                .or_else(|| containment::outside_hall(ObjectKind::Booth, booth, venue))
                .map(|f| (f, Owner::Booth(index::tag(i))))
        })
        .collect()
}

/// Booths that overlap or face each other across a narrow aisle, and booths on columns; on the
/// way, the sides each pair closes on each other are cleared from `masks`.
fn booth_pairs(
    booths: &[Spot<'_>],
    booth_tree: &RectTree,
    venue: &Venue,
    masks: &[AtomicU8],
) -> Vec<(Finding, Owner)> {
    let depth_m = access::strip_depth_m(venue.min_aisle_m);
    let mut found = join::within(booth_tree, |a, b, out| {
        close_sides(booths, masks, a.data, b.data, depth_m);
        let (x, y) = (&booths[a.data as usize], &booths[b.data as usize]);
        let f = overlap::rect_pair(Rule::BoothOverlap, x, y).or_else(|| {
            aisle::narrow_aisle(x, y, venue.min_aisle_m, |gap| {
                aisle::gap_filled(booth_tree, gap, (a.data, b.data), |t| {
                    booths.get(t as usize).map(|s| s.rect)
                })
            })
        });
        out.extend(f.map(|f| (f, Owner::Booths(a.data.min(b.data), a.data.max(b.data)))));
    });
    found.extend(join::between(booth_tree, &venue.column_tree, |b, c, out| {
        let Some(column) = venue.column(c.data) else { return };
        let f = containment::on_column(&booths[b.data as usize], column);
        out.extend(f.map(|f| (f, Owner::BoothOnColumn(b.data, c.data))));
    }));
    found
}
