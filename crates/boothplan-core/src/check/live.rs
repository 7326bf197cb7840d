//! Checks kept current while a planner edits: only what an edit touched is checked again.
//!
//! [`LiveCheck`] keeps its own copy of the zones and booths with their R-trees, and every
//! finding with the objects it is about. An edit that touched some ids drops the findings of
//! the objects carrying those ids, re-reads just those objects from the layout (halls and columns
//! included, in the kept [`Venue`]), and checks them against their neighbours in the trees — with the same rule kernels as [`check_layout`], so
//! the result is always what a fresh full check would give.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

use super::egress::{self, depth::DepthLimits};
use super::findings_by_owner::FindingsByOwner;
use super::ids::{self, KindCounts};
use super::live_walk::{WalkJob, WalkResult, Walker};
use super::mirror::Mirror;
use super::shapes::Venue;
use super::{
    Finding, Owner, Rule, Spot, access, aisle, containment, index, overlap, theme, validity,
};
use crate::model::{BoothType, Layout, ObjectKind};

#[cfg(doc)]
use super::check_layout;

/// What one edit changed, so that [`LiveCheck::update`] can re-check just that.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Touched {
    /// Ids of objects (any kind) added, removed, moved, resized or given another hall, theme or
    /// id (a rename names both the old and the new id).
    pub ids: BTreeSet<String>,
    /// Ids of the halls among them (old and new): their own findings, and `outside-hall` of the
    /// zones and booths naming those ids, are checked again.
    pub halls: BTreeSet<String>,
    /// Ids of the columns among them (old and new): their own findings, and `on-column` of the
    /// booths meeting their old or new box, are checked again.
    pub columns: BTreeSet<String>,
    /// Set when themes or the minimum aisle changed: everything is re-checked.
    pub everything: bool,
}

impl Touched {
    /// An edit that touched zones or booths carrying these ids.
    #[must_use]
    pub fn ids<I: IntoIterator<Item = S>, S: Into<String>>(ids: I) -> Self {
        Self { ids: ids.into_iter().map(Into::into).collect(), ..Self::default() }
    }

    /// An edit that touched halls carrying these ids (old and new ones).
    #[must_use]
    pub fn halls<I: IntoIterator<Item = S>, S: Into<String>>(ids: I) -> Self {
        let halls: BTreeSet<String> = ids.into_iter().map(Into::into).collect();
        Self { ids: halls.clone(), halls, ..Self::default() }
    }

    /// An edit that touched columns carrying these ids (old and new ones).
    #[must_use]
    pub fn columns<I: IntoIterator<Item = S>, S: Into<String>>(ids: I) -> Self {
        let columns: BTreeSet<String> = ids.into_iter().map(Into::into).collect();
        Self { ids: columns.clone(), columns, ..Self::default() }
    }

    /// An edit after which the whole layout must be checked again.
    #[must_use]
    pub fn everything() -> Self {
        Self { everything: true, ..Self::default() }
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

/// The findings of a layout being edited, kept equal to a fresh [`check_layout`].
#[derive(Clone, Debug)]
pub struct LiveCheck {
    venue: Venue,
    /// How many halls and columns carry each of their ids (for `duplicate-id`).
    venue_ids: HashMap<String, KindCounts>,
    booths: Mirror,
    zones: Mirror,
    /// Every finding, by what it is about, with their listing.
    findings: FindingsByOwner,
    /// Open-side mask of the booth in each slot (see [`access::open_sides`]).
    access: Vec<Option<u8>>,
    /// Each hall's `booth-depth` limit.
    depth: DepthLimits,
    /// Ids of the layout's exits: an edit touching one re-runs the egress rules of every hall.
    exit_ids: HashSet<String>,
    /// The thread walking halls for `travel-distance`, once the editor started one; without
    /// it the walk runs inside [`Self::update`].
    walker: Option<std::sync::Arc<Walker>>,
    /// What was asked of the walker and what is shown.
    walks: Walks,
    /// Counts changes of the findings, so views can tell when to derive them again.
    version: u64,
}

/// The bookkeeping of walks on the worker thread, by hall index tag.
#[derive(Clone, Debug, Default)]
struct Walks {
    /// The generation the next request gets.
    next: u64,
    /// Results older than this are dropped (the whole layout was checked again since).
    floor: u64,
    /// The generation of the latest request per hall.
    requested: HashMap<u32, u64>,
    /// The generation whose findings are shown per hall.
    shown: HashMap<u32, u64>,
    /// Hall ids by index when the latest requests were made.
    halls: Vec<String>,
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
        let findings = FindingsByOwner::from_sorted(found);
        let access = trees.access;
        let depth = DepthLimits::new(layout);
        let exit_ids = layout.exits.iter().map(|e| e.id.clone()).collect();
        Self {
            venue,
            venue_ids,
            booths,
            zones,
            findings,
            access,
            depth,
            exit_ids,
            walker: None,
            version: 0,
            walks: Walks {
                halls: layout.halls.iter().map(|h| h.id.clone()).collect(),
                ..Walks::default()
            },
        }
    }

    /// From now on walks halls for `travel-distance` on a worker thread: [`Self::update`]
    /// returns without the walk, whose findings replace the old ones when
    /// [`Self::take_walks`] finds them done; `notify` is called from the worker when it has
    /// some (the window asks for a repaint). Without a thread, the walk stays synchronous.
    pub fn walk_in_background(&mut self, notify: Box<dyn Fn() + Send + Sync>) {
        self.walker = Walker::start(notify).map(std::sync::Arc::new);
    }

    /// True while a hall's walk was asked for and its findings are not shown yet.
    #[must_use]
    pub fn walk_pending(&self) -> bool {
        self.walks.requested.iter().any(|(tag, g)| self.walks.shown.get(tag) < Some(g))
    }

    /// Puts in the walks the worker finished since the last call; true when findings changed.
    pub fn take_walks(&mut self) -> bool {
        let results = self.walker.as_ref().map(|w| w.take()).unwrap_or_default();
        self.show_walks(results)
    }

    /// Waits until the worker has walked every hall asked for and puts the findings in: then
    /// the findings equal a full check of the layout last given to [`Self::update`].
    pub fn wait_for_walks(&mut self) -> bool {
        let results = self.walker.as_ref().map(|w| w.wait()).unwrap_or_default();
        self.show_walks(results)
    }

    /// Shows each result newer than what its hall shows, for a hall still at its index.
    fn show_walks(&mut self, results: Vec<WalkResult>) -> bool {
        let mut changed = false;
        for result in results {
            let tag = result.tag;
            let same_hall = self.walks.halls.get(tag as usize) == Some(&result.hall_id);
            let newer = result.generation >= self.walks.floor
                && self.walks.shown.get(&tag).is_none_or(|&g| g < result.generation);
            if !(same_hall && newer) {
                continue;
            }
            self.walks.shown.insert(tag, result.generation);
            self.findings.drop_owner(Owner::Egress(tag));
            for f in result.findings {
                self.findings.add(f, Owner::Egress(tag));
            }
            changed = true;
        }
        self.version += u64::from(changed);
        changed
    }

    /// A number that changes whenever the findings do (after an update or a finished walk).
    #[must_use]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// True when a worker thread walks the halls (see [`Self::walk_in_background`]).
    #[must_use]
    pub fn walks_in_background(&self) -> bool {
        self.walker.is_some()
    }

    /// Brings the findings up to date after an edit that touched `touched` of `layout`.
    ///
    /// `layout` must differ from the one last seen only in objects carrying the touched ids,
    /// with the ids of touched halls and columns also in `touched.halls` and `touched.columns`
    /// (or `touched.everything` must be set); then the findings equal `check_layout(layout)`.
    /// A hall edit re-checks the halls' own findings and `outside-hall` of what names a touched
    /// hall id; a column edit re-checks that column and the booths under its old or new box.
    #[expect(
        clippy::too_many_lines,
        reason = "the steps of one update in the order they depend on each other"
    )]
    pub fn update(&mut self, layout: &Layout, touched: &Touched) {
        // The first exit drawn (or the last deleted) turns the egress rules on (or off).
        if touched.everything || egress::runs(layout) == self.exit_ids.is_empty() {
            let walker = self.walker.take();
            let (next, version) = (self.walks.next, self.version + 1);
            *self = Self::new(layout);
            self.version = version;
            // Walks still on the worker are older than these findings.
            self.walker = walker;
            let halls = std::mem::take(&mut self.walks.halls);
            self.walks = Walks { next, floor: next, halls, ..Walks::default() };
            return;
        }
        // Hall and column ids count for `duplicate-id` even if a caller left them out of `ids`.
        let all_ids: Cow<'_, BTreeSet<String>> = if touched.halls.is_subset(&touched.ids)
            && touched.columns.is_subset(&touched.ids)
        {
            Cow::Borrowed(&touched.ids)
        } else {
            Cow::Owned(
                touched.ids.iter().chain(&touched.halls).chain(&touched.columns).cloned().collect(),
            )
        };
        let ids = all_ids.as_ref();
        let halls_changed = !touched.halls.is_empty();
        let mut found = Vec::new();
        // The halls whose egress findings this edit may change: every hall when a hall, a
        // column or an exit changed, else the halls of the touched booths, old and new.
        let every_hall = halls_changed
            || !touched.columns.is_empty()
            || ids.iter().any(|id| self.exit_ids.contains(id))
            || layout.exits.iter().any(|e| ids.contains(&e.id));
        let mut egress_halls: BTreeSet<String> = BTreeSet::new();
        if every_hall {
            self.depth = DepthLimits::new(layout);
            self.exit_ids = layout.exits.iter().map(|e| e.id.clone()).collect();
        } else {
            for &slot in ids.iter().flat_map(|id| self.booths.slots_of(id)) {
                let hall = self.booths.get(slot).and_then(|c| c.spot().hall);
                egress_halls.extend(hall.map(str::to_owned));
            }
        }

        // The venue first: only the halls and columns carrying touched ids are read again.
        if halls_changed {
            self.venue.update_halls(layout, &touched.halls);
        }
        let gone_columns: Vec<u32> =
            touched.columns.iter().flat_map(|id| self.venue.take_columns(id)).collect();
        let mut column_slots = Vec::new();
        for column in layout.columns.iter().filter(|c| touched.columns.contains(&c.id)) {
            let slot = self.venue.put_column(column);
            found.extend(super::full::column_finding(column).map(|f| (f, Owner::Column(slot))));
            column_slots.push(slot);
        }
        if halls_changed || !touched.columns.is_empty() {
            self.count_venue_ids(layout, touched);
        }

        // Booths near the old place of a touched booth may gain an open side.
        let mut neighbours =
            self.booths_near_slots(ids.iter().flat_map(|id| self.booths.slots_of(id)));
        let (booth_places, zone_places) = (self.booths.places_of(ids), self.zones.places_of(ids));
        let gone_booths: Vec<u32> = ids.iter().flat_map(|id| self.booths.take(id)).collect();
        let gone_zones: Vec<u32> = ids.iter().flat_map(|id| self.zones.take(id)).collect();
        // Zones and booths not touched themselves whose `outside-hall` depends on a touched hall.
        let (hall_booths, hall_zones) = if halls_changed {
            (self.booths.naming_hall(&touched.halls), self.zones.naming_hall(&touched.halls))
        } else {
            (Vec::new(), Vec::new())
        };
        if halls_changed {
            self.findings.drop_owner(Owner::Halls);
        }
        for &c in &gone_columns {
            self.findings.drop_column(c);
        }
        for id in ids {
            self.findings.drop_duplicate(id);
        }
        // Access findings of the booths near the new places are dropped below, once known.
        for &b in &gone_booths {
            self.findings.drop_booth(b);
        }
        for &b in &hall_booths {
            self.findings.drop_owner(Owner::Booth(b));
        }
        for &z in &gone_zones {
            self.findings.drop_zone(z);
        }
        for &z in &hall_zones {
            self.findings.drop_owner(Owner::Zone(z));
        }
        // Egress findings are dropped with the halls they are about, below.

        // The touched objects as they are now, found where they stood last if still there.
        let at = self.booths.find_touched(&layout.booths, |b| &b.id, ids, booth_places);
        let booth_slots: Vec<u32> = (at.into_iter())
            .filter_map(|i| Some(self.booths.put(&Spot::booth(layout.booths.get(i)?), i)))
            .collect();
        let at = self.zones.find_touched(&layout.zones, |z| &z.id, ids, zone_places);
        let zone_slots: Vec<u32> = (at.into_iter())
            .filter_map(|i| Some(self.zones.put(&Spot::zone(layout.zones.get(i)?), i)))
            .collect();

        let fresh_booths: Fresh = booth_slots.iter().copied().collect();
        self.recheck_pairs_around(&neighbours, &booth_slots, &fresh_booths, &mut found);
        neighbours.extend(hall_booths.iter().copied());
        self.recheck_access_around(neighbours, &booth_slots, &mut found);
        let fresh_zones: Fresh = zone_slots.iter().copied().collect();
        for &s in &booth_slots {
            self.check_booth(s, &fresh_booths, &mut found);
        }
        for &z in &zone_slots {
            self.check_zone(z, &fresh_zones, &fresh_booths, &mut found);
        }
        for &c in &column_slots {
            self.check_column(c, &fresh_booths, &mut found);
        }
        // Slots freed by `take` are the only ones `put` reuses, so these are not fresh.
        for &s in &hall_booths {
            self.check_single(ObjectKind::Booth, &self.booths, s, &mut found, Owner::Booth);
        }
        for &z in &hall_zones {
            self.check_single(ObjectKind::Zone, &self.zones, z, &mut found, Owner::Zone);
        }
        if halls_changed {
            let halls = super::full::hall_findings(layout, &self.venue);
            found.extend(halls.into_iter().map(|f| (f, Owner::Halls)));
        }
        if !every_hall {
            for &slot in &booth_slots {
                let hall = self.booths.get(slot).and_then(|c| c.spot().hall);
                egress_halls.extend(hall.map(str::to_owned));
            }
        }
        self.recheck_egress(layout, every_hall, &egress_halls, &mut found);
        for id in ids {
            let mut counts = self.venue_ids.get(id).copied().unwrap_or_default();
            counts[ids::slot(ObjectKind::Zone)] = self.zones.count(id);
            counts[ids::slot(ObjectKind::Booth)] = self.booths.count(id);
            found.extend(ids::finding(id, counts).map(|f| (f, Owner::Id)));
        }
        for (f, owner) in found {
            self.findings.add(f, owner);
        }
        self.version += 1;
    }

    /// Runs the egress rules again in every hall, or in the halls with ids in `halls`,
    /// replacing their findings.
    fn recheck_egress(
        &mut self,
        layout: &Layout,
        every_hall: bool,
        halls: &BTreeSet<String>,
        found: &mut Vec<(Finding, Owner)>,
    ) {
        if !every_hall && halls.is_empty() {
            return;
        }
        let again: Vec<usize> = (0..layout.halls.len())
            .filter(|&h| every_hall || halls.contains(&layout.halls[h].id))
            .collect();
        let tags: Vec<u32> = again.iter().map(|&h| index::tag(h)).collect();
        if let Some(walker) = self.walker.clone() {
            self.request_egress(&walker, layout, every_hall, &again);
            return;
        }
        let dropped = if every_hall { self.findings.egress_tags() } else { tags };
        for tag in dropped {
            self.findings.drop_owner(Owner::Egress(tag));
        }
        if !egress::runs(layout) {
            return;
        }
        let booths = egress::booths_by_hall(layout, &again);
        for (&h, booths) in again.iter().zip(booths) {
            let owner = Owner::Egress(index::tag(h));
            let hall = egress::hall_findings(layout, &self.venue, h, booths);
            found.extend(hall.into_iter().map(|f| (f, owner)));
        }
    }

    /// Hands the egress rules of halls `again` to the worker: their findings stay until the
    /// worker's replace them; halls removed or renumbered (`every_hall`) lose theirs now.
    fn request_egress(
        &mut self,
        walker: &Walker,
        layout: &Layout,
        every_hall: bool,
        again: &[usize],
    ) {
        let ids: Vec<String> = layout.halls.iter().map(|h| h.id.clone()).collect();
        if every_hall || self.walks.halls.len() != ids.len() {
            let old = std::mem::replace(&mut self.walks.halls, ids);
            let now = &self.walks.halls;
            let gone: Vec<u32> = (0..old.len().max(now.len()))
                .filter(|&t| old.get(t) != now.get(t))
                .map(index::tag)
                .collect();
            for t in gone {
                self.findings.drop_owner(Owner::Egress(t));
            }
        }
        for &h in again {
            let tag = index::tag(h);
            let generation = self.walks.next;
            self.walks.next += 1;
            self.walks.requested.insert(tag, generation);
            // No rule runs before the layout has a door (see `egress::runs`).
            let snapshot = egress::runs(layout).then(|| egress::hall_snapshot(layout, h)).flatten();
            if let Some(snapshot) = snapshot {
                let hall_id = layout.halls[h].id.clone();
                walker.submit(WalkJob { tag, hall_id, generation, snapshot });
            } else {
                // Nothing to check: no finding, and an older job in flight must not land.
                self.walks.shown.insert(tag, generation);
                self.findings.drop_owner(Owner::Egress(tag));
            }
        }
    }

    /// The booths whose open sides may depend on the booths in `slots`: those within a strip's
    /// depth of them (the booths themselves included).
    fn booths_near_slots<'a>(&self, slots: impl Iterator<Item = &'a u32>) -> Vec<u32> {
        let depth_m = access::strip_depth_m(self.venue.min_aisle_m);
        let mut near = Vec::new();
        for &slot in slots {
            let Some(b) = self.booths.get(slot).map(super::mirror::Copy::spot) else { continue };
            if !validity::rect_usable(&b.rect) {
                continue;
            }
            let around = index::envelope(&b.rect, depth_m);
            near.extend(self.booths.tree.locate_in_envelope_intersecting(&around).map(|e| e.data));
        }
        near
    }

    /// Works out again the open sides of the fresh booths in `fresh_slots`, of the booths near
    /// their new places, and of `others` (near their old places, in a touched hall).
    fn recheck_access_around(
        &mut self,
        mut others: Vec<u32>,
        fresh_slots: &[u32],
        found: &mut Vec<(Finding, Owner)>,
    ) {
        others.extend(self.booths_near_slots(fresh_slots.iter()));
        others.extend(fresh_slots.iter().copied());
        others.retain(|&s| self.booths.get(s).is_some());
        others.sort_unstable();
        others.dedup();
        self.recheck_access(&others, found);
    }

    /// Works out again the open sides of the booths in `slots` (sorted, each once), replacing
    /// their `no-aisle-access` findings.
    fn recheck_access(&mut self, slots: &[u32], found: &mut Vec<(Finding, Owner)>) {
        for &slot in slots {
            self.findings.drop_owner(Owner::Access(slot));
        }
        for &slot in slots {
            let Some(booth) = self.booths.get(slot).map(super::mirror::Copy::spot) else {
                continue;
            };
            let mask = access::open_sides_in(&booth, slot, &self.venue, &self.booths.tree, |t| {
                self.booths.get(t).map(|c| c.spot().rect)
            });
            found.extend(access::finding(&booth, mask).map(|f| (f, Owner::Access(slot))));
            found.extend(self.depth.finding(&booth, mask).map(|f| (f, Owner::Access(slot))));
            let at = slot as usize;
            if self.access.len() <= at {
                self.access.resize(at + 1, None);
            }
            self.access[at] = mask;
        }
    }

    /// The type of the booth numbered `id` as the plan stands (the first one, if the number is
    /// taken twice): `None` when it has no open side or cannot be classified.
    #[must_use]
    pub fn booth_type(&self, id: &str) -> Option<BoothType> {
        let slot = *self.booths.slots_of(id).first()?;
        access::booth_type(self.access.get(slot as usize).copied().flatten())
    }

    /// Counts again, from `layout`, the halls and columns carrying the touched hall and column
    /// ids (an id may be both a hall's and a column's).
    fn count_venue_ids(&mut self, layout: &Layout, touched: &Touched) {
        let of_venue = |id: &String| touched.halls.contains(id) || touched.columns.contains(id);
        for id in touched.halls.iter().chain(&touched.columns) {
            self.venue_ids.remove(id);
        }
        for h in layout.halls.iter().filter(|h| of_venue(&h.id)) {
            self.venue_ids.entry(h.id.clone()).or_default()[ids::slot(ObjectKind::Hall)] += 1;
        }
        for c in layout.columns.iter().filter(|c| of_venue(&c.id)) {
            self.venue_ids.entry(c.id.clone()).or_default()[ids::slot(ObjectKind::Column)] += 1;
        }
    }

    /// Checks again what a zone or booth that did not change owes to its hall alone: its shape
    /// or, if usable, `outside-hall` (as the full check's singles do).
    fn check_single(
        &self,
        kind: ObjectKind,
        mirror: &Mirror,
        slot: u32,
        found: &mut Vec<(Finding, Owner)>,
        owner: fn(u32) -> Owner,
    ) {
        let Some(object) = mirror.get(slot).map(super::mirror::Copy::spot) else { return };
        let f = validity::rect_finding(kind, object.id, &object.rect)
            .or_else(|| containment::outside_hall(kind, &object, &self.venue));
        found.extend(f.map(|f| (f, owner(slot))));
    }

    /// Checks a fresh column against the booths under its box; fresh booths already met it
    /// from their side.
    fn check_column(&self, c: u32, fresh_booths: &Fresh, found: &mut Vec<(Finding, Owner)>) {
        let Some(column) = self.venue.column(c).filter(|c| c.valid) else { return };
        for booth in
            self.booths.tree.locate_in_envelope_intersecting(&index::envelope(&column.bounds, 0.0))
        {
            if fresh_booths.contains(&booth.data) {
                continue;
            }
            let Some(b) = self.booths.get(booth.data).map(super::mirror::Copy::spot) else {
                continue;
            };
            found.extend(
                containment::on_column(&b, column)
                    .map(|f| (f, Owner::BoothOnColumn(booth.data, c))),
            );
        }
    }

    /// The current findings, sorted as [`check_layout`] sorts them.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        self.findings.listed()
    }

    /// How many findings there are: what [`Self::findings`] would list, without sorting them.
    #[must_use]
    pub fn finding_count(&self) -> usize {
        self.findings.len()
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
            let Some(shape) = venue.column(column.data) else { continue };
            let f = containment::on_column(&booth, shape);
            found.extend(f.map(|f| (f, Owner::BoothOnColumn(s, column.data))));
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
                .or_else(|| self.narrow_aisle(&booth, &neighbour, (s, t)));
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

    /// The `narrow-aisle` finding of the booths in slots `s` and `t`, as the full check gives it.
    fn narrow_aisle(&self, a: &Spot<'_>, b: &Spot<'_>, (s, t): (u32, u32)) -> Option<Finding> {
        aisle::narrow_aisle(a, b, self.venue.min_aisle_m, |gap| {
            aisle::gap_filled(&self.booths.tree, gap, (s, t), |u| {
                self.booths.get(u).map(|c| c.spot().rect)
            })
        })
    }

    /// Checks again the pairs of untouched booths whose gap a touched booth left or entered:
    /// those near the old places (`old_near`) or the new ones (`fresh_slots`).
    fn recheck_pairs_around(
        &mut self,
        old_near: &[u32],
        fresh_slots: &[u32],
        fresh: &Fresh,
        found: &mut Vec<(Finding, Owner)>,
    ) {
        let mut slots = old_near.to_vec();
        slots.extend(self.booths_near_slots(fresh_slots.iter()));
        slots.retain(|s| !fresh.contains(s) && self.booths.get(*s).is_some());
        slots.sort_unstable();
        slots.dedup();
        self.recheck_pairs(&slots, found);
    }

    /// Checks again the pairs of booths not touched themselves (`slots`, sorted, each once;
    /// none fresh) that may face each other across a gap a touched booth entered or left:
    /// whether their gap is empty decides `narrow-aisle`.
    fn recheck_pairs(&mut self, slots: &[u32], found: &mut Vec<(Finding, Owner)>) {
        self.findings.drop_booth_pairs_among(slots);
        let again = SlotSet::new(slots.to_vec());
        for &s in slots {
            let Some(booth) = self.booths.get(s).map(super::mirror::Copy::spot) else { continue };
            if !validity::rect_usable(&booth.rect) {
                continue;
            }
            let near = index::envelope(&booth.rect, 2.0 * self.booths.margin_m);
            for other in self.booths.tree.locate_in_envelope_intersecting(&near) {
                let t = other.data;
                if t <= s || !again.contains(t) {
                    continue;
                }
                let Some(neighbour) = self.booths.get(t).map(super::mirror::Copy::spot) else {
                    continue;
                };
                let pair = overlap::rect_pair(Rule::BoothOverlap, &booth, &neighbour)
                    .or_else(|| self.narrow_aisle(&booth, &neighbour, (s, t)));
                found.extend(pair.map(|f| (f, Owner::Booths(s, t))));
            }
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
