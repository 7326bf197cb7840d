//! Checks kept current while a planner edits: only what an edit touched is checked again.
//!
//! [`LiveCheck`] keeps its own copy of the zones and booths with their R-trees, and every
//! finding with the objects it is about. An edit that touched some ids drops the findings of
//! the objects carrying those ids, re-reads just those objects from the layout, and checks them
//! against their neighbours in the trees — with the same rule kernels as [`check_layout`], so
//! the result is always what a fresh full check would give.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::ids::{self, KindCounts};
use super::mirror::Mirror;
use super::shapes::Venue;
use super::{Finding, Owner, Rule, Spot, aisle, containment, index, overlap, theme, validity};
use crate::model::{Layout, ObjectKind};

#[cfg(doc)]
use super::check_layout;

/// What one edit changed, so that [`LiveCheck::update`] can re-check just that.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Touched {
    /// Ids of objects (any kind) added, removed, moved, resized or given another hall, theme or
    /// id (a rename names both the old and the new id).
    pub ids: BTreeSet<String>,
    /// Set when halls, columns, themes or the minimum aisle changed: everything is re-checked.
    pub everything: bool,
}

impl Touched {
    /// An edit that touched these ids.
    #[must_use]
    pub fn ids<I: IntoIterator<Item = S>, S: Into<String>>(ids: I) -> Self {
        Self { ids: ids.into_iter().map(Into::into).collect(), everything: false }
    }

    /// An edit after which the whole layout must be checked again.
    #[must_use]
    pub fn everything() -> Self {
        Self { ids: BTreeSet::new(), everything: true }
    }
}

/// Slots whose objects were just re-read and need checking.
type Fresh = HashSet<u32>;

/// A few slots, looked up without hashing (an edit touches one booth or a handful).
struct SlotSet(Vec<u32>);

impl SlotSet {
    fn new(mut slots: Vec<u32>) -> Self {
        slots.sort_unstable();
        Self(slots)
    }

    fn contains(&self, slot: u32) -> bool {
        self.0.binary_search(&slot).is_ok()
    }
}

/// Length and last four bytes of an id: booth numbers differ mostly at the end, so this rules
/// out nearly every booth before comparing strings.
fn quick_key(id: &str) -> (usize, u32) {
    let bytes = id.as_bytes();
    let mut last = [0u8; 4];
    let tail = &bytes[bytes.len().saturating_sub(4)..];
    last[..tail.len()].copy_from_slice(tail);
    (bytes.len(), u32::from_le_bytes(last))
}

/// The findings of a layout being edited, kept equal to a fresh [`check_layout`].
#[derive(Clone, Debug)]
pub struct LiveCheck {
    venue: Venue,
    /// How many halls and columns carry each of their ids (for `duplicate-id`).
    venue_ids: HashMap<String, KindCounts>,
    booths: Mirror,
    zones: Mirror,
    /// In listing order.
    findings: Vec<Finding>,
    /// `owners[i]` is what `findings[i]` is about.
    owners: Vec<Owner>,
}

impl LiveCheck {
    /// Checks the whole layout once.
    #[must_use]
    pub fn new(layout: &Layout) -> Self {
        let venue = Venue::new(layout);
        let mut venue_ids: HashMap<String, KindCounts> = HashMap::new();
        for h in &layout.halls {
            venue_ids.entry(h.id.clone()).or_default()[ids::slot(ObjectKind::Hall)] += 1;
        }
        for c in &layout.columns {
            venue_ids.entry(c.id.clone()).or_default()[ids::slot(ObjectKind::Column)] += 1;
        }
        let (found, trees) = super::full::run(layout, &venue);
        let booths = Mirror::build(
            layout.booths.iter().map(Spot::booth),
            trees.booths,
            venue.booth_margin_m(),
        );
        let zones = Mirror::build(layout.zones.iter().map(Spot::zone), trees.zones, 0.0);
        let (findings, owners) = found.into_iter().unzip();
        Self { venue, venue_ids, booths, zones, findings, owners }
    }

    /// Brings the findings up to date after an edit that touched `touched` of `layout`.
    ///
    /// `layout` must differ from the one last seen only in objects carrying the touched ids
    /// (or `touched.everything` must be set); then the findings equal `check_layout(layout)`.
    pub fn update(&mut self, layout: &Layout, touched: &Touched) {
        if touched.everything {
            *self = Self::new(layout);
            return;
        }
        let ids = &touched.ids;
        let gone_booths = SlotSet::new(ids.iter().flat_map(|id| self.booths.take(id)).collect());
        let gone_zones = SlotSet::new(ids.iter().flat_map(|id| self.zones.take(id)).collect());
        self.drop_findings(|f, owner| match *owner {
            Owner::Venue => false,
            Owner::Id => f.ids.first().is_some_and(|id| ids.contains(id)),
            Owner::Booth(b) => gone_booths.contains(b),
            Owner::Zone(z) => gone_zones.contains(z),
            Owner::Booths(a, b) => gone_booths.contains(a) || gone_booths.contains(b),
            Owner::Zones(a, b) => gone_zones.contains(a) || gone_zones.contains(b),
            Owner::BoothInZone(b, z) => gone_booths.contains(b) || gone_zones.contains(z),
        });

        // One pass over the layout (its vectors shift on removals, so positions are no help);
        // length and last four bytes rule out nearly every booth before any string compare.
        let quick: Vec<(usize, u32)> = ids.iter().map(|id| quick_key(id)).collect();
        let touched_one =
            |id: &str| (quick.len() > 8 || quick.contains(&quick_key(id))) && ids.contains(id);
        let booth_slots: Vec<u32> = layout
            .booths
            .iter()
            .filter(|b| touched_one(&b.id))
            .map(|b| self.booths.put(&Spot::booth(b)))
            .collect();
        let zone_slots: Vec<u32> = layout
            .zones
            .iter()
            .filter(|z| touched_one(&z.id))
            .map(|z| self.zones.put(&Spot::zone(z)))
            .collect();

        let mut found = Vec::new();
        let fresh_booths: Fresh = booth_slots.iter().copied().collect();
        let fresh_zones: Fresh = zone_slots.iter().copied().collect();
        for &s in &booth_slots {
            self.check_booth(s, &fresh_booths, &mut found);
        }
        for &z in &zone_slots {
            self.check_zone(z, &fresh_zones, &fresh_booths, &mut found);
        }
        for id in ids {
            let mut counts = self.venue_ids.get(id).copied().unwrap_or_default();
            counts[ids::slot(ObjectKind::Zone)] = self.zones.count(id);
            counts[ids::slot(ObjectKind::Booth)] = self.booths.count(id);
            found.extend(ids::finding(id, counts).map(|f| (f, Owner::Id)));
        }
        found.sort_unstable_by(|a, b| a.0.listing_order(&b.0));
        self.merge(found);
    }

    /// The current findings, sorted as [`check_layout`] sorts them.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Removes the findings for which `gone` is true, keeping the order of the rest.
    fn drop_findings(&mut self, gone: impl Fn(&Finding, &Owner) -> bool) {
        let mut kept = 0;
        for i in 0..self.findings.len() {
            if !gone(&self.findings[i], &self.owners[i]) {
                if kept != i {
                    self.findings.swap(kept, i);
                    self.owners.swap(kept, i);
                }
                kept += 1;
            }
        }
        self.findings.truncate(kept);
        self.owners.truncate(kept);
    }

    /// Merges findings already in listing order into the current ones.
    fn merge(&mut self, new: Vec<(Finding, Owner)>) {
        if new.len() <= 16 {
            // The usual edit: a few findings, each put in place by binary search.
            for (f, o) in new {
                let at = self.findings.partition_point(|g| g.listing_order(&f).is_le());
                self.findings.insert(at, f);
                self.owners.insert(at, o);
            }
            return;
        }
        let total = self.findings.len() + new.len();
        let old =
            std::mem::take(&mut self.findings).into_iter().zip(std::mem::take(&mut self.owners));
        let (mut findings, mut owners) = (Vec::with_capacity(total), Vec::with_capacity(total));
        let (mut old, mut new) = (old.peekable(), new.into_iter().peekable());
        loop {
            let take_old = match (old.peek(), new.peek()) {
                (Some(a), Some(b)) => a.0.listing_order(&b.0).is_le(),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            let next = if take_old { old.next() } else { new.next() };
            if let Some((f, o)) = next {
                findings.push(f);
                owners.push(o);
            }
        }
        self.findings = findings;
        self.owners = owners;
    }

    /// Checks a fresh booth against everything near it. A pair of two fresh objects is
    /// checked from the one in the lower slot, so that it is found once.
    fn check_booth(&self, s: u32, fresh: &Fresh, found: &mut Vec<(Finding, Owner)>) {
        let Some(booth) = self.booths.get(s).map(super::mirror::Copy::spot) else { return };
        if let Some(f) = validity::rect_finding(ObjectKind::Booth, booth.id, &booth.rect) {
            found.push((f, Owner::Booth(s)));
            return;
        }
        let venue = &self.venue;
        found.extend(
            containment::outside_hall(ObjectKind::Booth, &booth, venue)
                .map(|f| (f, Owner::Booth(s))),
        );
        let own = index::envelope(&booth.rect, 0.0);
        let near = index::envelope(&booth.rect, 2.0 * self.booths.margin_m);
        for column in venue.column_tree.locate_in_envelope_intersecting(&own) {
            let f = containment::on_column(&booth, &venue.columns[column.data as usize]);
            found.extend(f.map(|f| (f, Owner::Booth(s))));
        }
        for other in self.booths.tree.locate_in_envelope_intersecting(&near) {
            let t = other.data;
            if t == s || (fresh.contains(&t) && t < s) {
                continue;
            }
            let Some(neighbour) = self.booths.get(t).map(super::mirror::Copy::spot) else {
                continue;
            };
            let pair = overlap::rect_pair(Rule::BoothOverlap, &booth, &neighbour)
                .or_else(|| aisle::narrow_aisle(&booth, &neighbour, venue.min_aisle_m));
            found.extend(pair.map(|f| (f, Owner::Booths(s.min(t), s.max(t)))));
        }
        for zone in self.zones.tree.locate_in_envelope_intersecting(&own) {
            let Some(z) = self.zones.get(zone.data).map(super::mirror::Copy::spot) else {
                continue;
            };
            found
                .extend(theme::mismatch(&booth, &z).map(|f| (f, Owner::BoothInZone(s, zone.data))));
        }
    }

    /// Checks a fresh zone against everything near it; booths checked in this round already
    /// met it from their side.
    fn check_zone(
        &self,
        z: u32,
        fresh: &Fresh,
        fresh_booths: &Fresh,
        found: &mut Vec<(Finding, Owner)>,
    ) {
        let Some(zone) = self.zones.get(z).map(super::mirror::Copy::spot) else { return };
        if let Some(f) = validity::rect_finding(ObjectKind::Zone, zone.id, &zone.rect) {
            found.push((f, Owner::Zone(z)));
            return;
        }
        found.extend(
            containment::outside_hall(ObjectKind::Zone, &zone, &self.venue)
                .map(|f| (f, Owner::Zone(z))),
        );
        let own = index::envelope(&zone.rect, 0.0);
        for other in self.zones.tree.locate_in_envelope_intersecting(&own) {
            let t = other.data;
            if t == z || (fresh.contains(&t) && t < z) {
                continue;
            }
            let Some(neighbour) = self.zones.get(t).map(super::mirror::Copy::spot) else {
                continue;
            };
            let pair = overlap::rect_pair(Rule::ZoneOverlap, &zone, &neighbour);
            found.extend(pair.map(|f| (f, Owner::Zones(z.min(t), z.max(t)))));
        }
        // Booths checked in this round already met this zone from their side.
        for booth in self.booths.tree.locate_in_envelope_intersecting(&own) {
            if fresh_booths.contains(&booth.data) {
                continue;
            }
            let Some(b) = self.booths.get(booth.data).map(super::mirror::Copy::spot) else {
                continue;
            };
            found
                .extend(theme::mismatch(&b, &zone).map(|f| (f, Owner::BoothInZone(booth.data, z))));
        }
    }
}
