//! The full check: every rule over a whole layout, in parallel where it pays.

use rayon::prelude::*;

use super::index::{self, RectTree};
use super::shapes::Venue;
use super::{Finding, Rule, Spot, aisle, containment, ids, overlap, theme, validity};
use crate::model::{Layout, ObjectKind};

/// Runs every rule over the whole layout; findings sorted by rule, then ids, then area.
#[must_use]
pub fn check_layout(layout: &Layout) -> Vec<Finding> {
    let venue = Venue::new(layout);
    let mut found = ids::duplicates(layout);
    found.extend(venue_findings(layout, &venue));

    let zones: Vec<Spot<'_>> = layout.zones.iter().map(Spot::zone).collect();
    let booths: Vec<Spot<'_>> = layout.booths.iter().map(Spot::booth).collect();
    let zone_tree = usable_tree(&zones);
    let booth_tree = usable_tree(&booths);

    for (i, zone) in zones.iter().enumerate() {
        match validity::rect_finding(ObjectKind::Zone, zone.id, &zone.rect) {
            Some(f) => found.push(f),
            None => found.extend(zone_findings(i, zone, &zones, &zone_tree, &venue)),
        }
    }
    let booth_found = (0..booths.len())
        .into_par_iter()
        .with_min_len(256)
        .fold(Vec::new, |mut acc, i| {
            let booth = &booths[i];
            match validity::rect_finding(ObjectKind::Booth, booth.id, &booth.rect) {
                Some(f) => acc.push(f),
                None => {
                    booth_findings(i, &booths, &booth_tree, &zones, &zone_tree, &venue, &mut acc)
                }
            }
            acc
        })
        .reduce(Vec::new, |mut a, mut b| {
            a.append(&mut b);
            a
        });
    found.extend(booth_found);
    found.par_sort_unstable_by(Finding::listing_order);
    found
}

/// Findings about halls and columns alone: their own geometry, and halls that overlap.
pub(crate) fn venue_findings(layout: &Layout, venue: &Venue) -> Vec<Finding> {
    let mut found = Vec::new();
    for hall in &layout.halls {
        if let Some(problem) = validity::outline_problem(&hall.outline) {
            found.push(validity::finding(ObjectKind::Hall, &hall.id, problem));
        }
    }
    for column in &layout.columns {
        if let Some(problem) = validity::outline_problem(&column.outline) {
            found.push(validity::finding(ObjectKind::Column, &column.id, problem));
        }
    }
    found.extend(overlap::hall_overlaps(&venue.halls));
    found
}

/// An R-tree of the usable rectangles among `spots`, tagged with their index.
fn usable_tree(spots: &[Spot<'_>]) -> RectTree {
    index::bulk(
        spots
            .iter()
            .enumerate()
            .filter(|(_, s)| validity::rect_usable(&s.rect))
            .map(|(i, s)| (s.rect, index::tag(i))),
    )
}

/// Findings of the usable zone `i`: outside its hall, overlapping a later zone.
fn zone_findings(
    i: usize,
    zone: &Spot<'_>,
    zones: &[Spot<'_>],
    zone_tree: &RectTree,
    venue: &Venue,
) -> Vec<Finding> {
    let mut found: Vec<Finding> =
        containment::outside_hall(ObjectKind::Zone, zone, venue).into_iter().collect();
    for other in zone_tree.locate_in_envelope_intersecting(&index::envelope(&zone.rect, 0.0)) {
        let j = other.data as usize;
        if j > i {
            found.extend(overlap::rect_pair(Rule::ZoneOverlap, zone, &zones[j]));
        }
    }
    found
}

/// Findings of the usable booth `i`: outside its hall, on a column, overlapping or too close
/// to a later booth, in a zone of another theme.
fn booth_findings(
    i: usize,
    booths: &[Spot<'_>],
    booth_tree: &RectTree,
    zones: &[Spot<'_>],
    zone_tree: &RectTree,
    venue: &Venue,
    found: &mut Vec<Finding>,
) {
    let booth = &booths[i];
    found.extend(containment::outside_hall(ObjectKind::Booth, booth, venue));
    let near = index::envelope(&booth.rect, venue.aisle_margin_m());
    for other in booth_tree.locate_in_envelope_intersecting(&near) {
        let j = other.data as usize;
        if j > i {
            let pair = overlap::rect_pair(Rule::BoothOverlap, booth, &booths[j])
                .or_else(|| aisle::narrow_aisle(booth, &booths[j], venue.min_aisle_m));
            found.extend(pair);
        }
    }
    let own = index::envelope(&booth.rect, 0.0);
    for column in venue.column_tree.locate_in_envelope_intersecting(&own) {
        found.extend(containment::on_column(booth, &venue.columns[column.data as usize]));
    }
    for zone in zone_tree.locate_in_envelope_intersecting(&own) {
        found.extend(theme::mismatch(booth, &zones[zone.data as usize]));
    }
}
