//! [`LiveCheck`](super::LiveCheck)'s findings, kept by the objects they are about, so that an
//! edit drops and adds the findings of the few objects it touched in time independent of how
//! many findings the layout has (a fair of 100,000 booths may carry thousands).
//!
//! The sorted list the panels, the CLI and the tests read is derived from them only when someone
//! reads it after a change: one pass over the last list, leaving out what was dropped and
//! merging in what was added (see [`Listing`]).

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock, PoisonError};

use super::{Finding, Owner};

/// Which list of findings an entry is in, for good: entries are numbered in the order they are
/// added and a number is never given twice.
type Entry = u64;

/// Changes waiting to be merged into the listing beyond this many are merged at once, so that
/// a caller that never reads the list does not pile them up.
const MOST_WAITING: usize = 1_024;

/// The findings of a layout being edited, by owner, with their sorted listing.
#[derive(Debug, Default)]
pub(crate) struct FindingsByOwner {
    /// The entries of each owner's findings; `duplicate-id` findings are in `duplicates`.
    by_owner: HashMap<Owner, Vec<Entry>>,
    /// The entries of the `duplicate-id` finding of each shared id.
    duplicates: HashMap<String, Vec<Entry>>,
    /// The owners naming each booth slot (its own findings and the pairs it is in).
    booths: HashMap<u32, Vec<Owner>>,
    /// The owners naming each zone slot.
    zones: HashMap<u32, Vec<Owner>>,
    /// The owners naming each column slot.
    columns: HashMap<u32, Vec<Owner>>,
    /// The halls (by index tag) having fire and egress findings.
    egress: BTreeSet<u32>,
    /// How many findings there are.
    count: usize,
    listing: Listing,
}

impl Clone for FindingsByOwner {
    fn clone(&self) -> Self {
        Self {
            by_owner: self.by_owner.clone(),
            duplicates: self.duplicates.clone(),
            booths: self.booths.clone(),
            zones: self.zones.clone(),
            columns: self.columns.clone(),
            egress: self.egress.clone(),
            count: self.count,
            listing: self.listing.clone(),
        }
    }
}

impl FindingsByOwner {
    /// The findings of a full check, already in listing order.
    pub(crate) fn from_sorted(found: Vec<(Finding, Owner)>) -> Self {
        let mut kept = Self::default();
        let mut listed = Vec::with_capacity(found.len());
        let mut entries = Vec::with_capacity(found.len());
        for (entry, (finding, owner)) in (0..).zip(found) {
            kept.file(owner, duplicated_id(&finding, owner), entry);
            listed.push(finding);
            entries.push(entry);
        }
        let next_entry = entries.len() as Entry;
        let waiting =
            Waiting { entries, first_added: next_entry, next_entry, ..Waiting::default() };
        kept.listing = Listing { view: OnceLock::from(listed), waiting: Mutex::new(waiting) };
        kept
    }

    /// Every finding in listing order (by rule, then ids, area and message, as
    /// [`super::check_layout`] sorts them). Derived again only after a change.
    pub(crate) fn listed(&self) -> &[Finding] {
        self.listing.view()
    }

    /// How many findings there are (without deriving the listing).
    pub(crate) fn len(&self) -> usize {
        self.count
    }

    /// Adds a finding about `owner`.
    pub(crate) fn add(&mut self, finding: Finding, owner: Owner) {
        let duplicate = duplicated_id(&finding, owner);
        let entry = self.listing.add(finding);
        self.file(owner, duplicate, entry);
    }

    /// Files entry `entry` under `owner` and the slots it names, or under the id it is about
    /// for a `duplicate-id` finding.
    fn file(&mut self, owner: Owner, duplicate: Option<String>, entry: Entry) {
        self.count += 1;
        if let Some(id) = duplicate {
            self.duplicates.entry(id).or_default().push(entry);
            return;
        }
        let entries = self.by_owner.entry(owner).or_default();
        entries.push(entry);
        if entries.len() > 1 {
            return;
        }
        let (booths, zones, columns) = slots(owner);
        for b in booths.into_iter().flatten() {
            self.booths.entry(b).or_default().push(owner);
        }
        for z in zones.into_iter().flatten() {
            self.zones.entry(z).or_default().push(owner);
        }
        if let Some(c) = columns {
            self.columns.entry(c).or_default().push(owner);
        }
        if let Owner::Egress(tag) = owner {
            self.egress.insert(tag);
        }
    }

    /// Drops every finding about `owner`.
    pub(crate) fn drop_owner(&mut self, owner: Owner) {
        let Some(entries) = self.by_owner.remove(&owner) else { return };
        self.count -= entries.len();
        for entry in entries {
            self.listing.remove(entry);
        }
        let (booths, zones, columns) = slots(owner);
        for b in booths.into_iter().flatten() {
            unlink(&mut self.booths, b, owner);
        }
        for z in zones.into_iter().flatten() {
            unlink(&mut self.zones, z, owner);
        }
        if let Some(c) = columns {
            unlink(&mut self.columns, c, owner);
        }
        if let Owner::Egress(tag) = owner {
            self.egress.remove(&tag);
        }
    }

    /// Drops every finding naming the booth in `slot`: its own and the pairs it is in.
    pub(crate) fn drop_booth(&mut self, slot: u32) {
        for owner in self.booths.get(&slot).cloned().unwrap_or_default() {
            self.drop_owner(owner);
        }
    }

    /// Drops every finding naming the zone in `slot`.
    pub(crate) fn drop_zone(&mut self, slot: u32) {
        for owner in self.zones.get(&slot).cloned().unwrap_or_default() {
            self.drop_owner(owner);
        }
    }

    /// Drops every finding naming the column in `slot`.
    pub(crate) fn drop_column(&mut self, slot: u32) {
        for owner in self.columns.get(&slot).cloned().unwrap_or_default() {
            self.drop_owner(owner);
        }
    }

    /// Drops the `duplicate-id` finding of `id`.
    pub(crate) fn drop_duplicate(&mut self, id: &str) {
        let Some(entries) = self.duplicates.remove(id) else { return };
        self.count -= entries.len();
        for entry in entries {
            self.listing.remove(entry);
        }
    }

    /// Drops the findings about two booths both in `slots` (sorted).
    pub(crate) fn drop_booth_pairs_among(&mut self, slots: &[u32]) {
        let among = |s: u32| slots.binary_search(&s).is_ok();
        let mut gone = Vec::new();
        for &s in slots {
            let Some(owners) = self.booths.get(&s) else { continue };
            gone.extend(
                owners.iter().filter(|o| matches!(**o, Owner::Booths(a, b) if a == s && among(b))),
            );
        }
        for owner in gone {
            self.drop_owner(owner);
        }
    }

    /// The halls (by index tag) having fire and egress findings.
    pub(crate) fn egress_tags(&self) -> Vec<u32> {
        self.egress.iter().copied().collect()
    }
}

/// The id a `duplicate-id` finding (owned by [`Owner::Id`]) is about; `None` for the others.
fn duplicated_id(finding: &Finding, owner: Owner) -> Option<String> {
    (owner == Owner::Id).then(|| finding.ids.first().cloned().unwrap_or_default())
}

/// The booth, zone and column slots `owner` names.
fn slots(owner: Owner) -> ([Option<u32>; 2], [Option<u32>; 2], Option<u32>) {
    match owner {
        Owner::Booth(b) | Owner::Access(b) => ([Some(b), None], [None; 2], None),
        Owner::Booths(a, b) => ([Some(a), (a != b).then_some(b)], [None; 2], None),
        Owner::BoothOnColumn(b, c) => ([Some(b), None], [None; 2], Some(c)),
        Owner::BoothInZone(b, z) => ([Some(b), None], [Some(z), None], None),
        Owner::Zone(z) => ([None; 2], [Some(z), None], None),
        Owner::Zones(a, b) => ([None; 2], [Some(a), (a != b).then_some(b)], None),
        Owner::Column(c) => ([None; 2], [None; 2], Some(c)),
        Owner::Halls | Owner::Id | Owner::Egress(_) => ([None; 2], [None; 2], None),
    }
}

/// Takes `owner` off the owners naming `slot`.
fn unlink(owners: &mut HashMap<u32, Vec<Owner>>, slot: u32, owner: Owner) {
    let Some(list) = owners.get_mut(&slot) else { return };
    if let Some(at) = list.iter().position(|o| *o == owner) {
        list.swap_remove(at);
    }
    if list.is_empty() {
        owners.remove(&slot);
    }
}

/// The findings in listing order, derived from the last listing and the changes since.
///
/// While current, the list sits in `view`, where readers borrow it; the first change after
/// moves it back into `waiting` (without copying), and the next read merges.
#[derive(Debug, Default)]
struct Listing {
    view: OnceLock<Vec<Finding>>,
    waiting: Mutex<Waiting>,
}

impl Clone for Listing {
    fn clone(&self) -> Self {
        let waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        Self { view: self.view.clone(), waiting: Mutex::new(waiting.clone()) }
    }
}

/// The last listing and what changed since.
#[derive(Clone, Debug, Default)]
struct Waiting {
    /// The last listing, while `view` does not hold it.
    listed: Vec<Finding>,
    /// The entry of each finding of the last listing (also while `view` holds it).
    entries: Vec<Entry>,
    /// Entries of the last listing dropped since.
    gone: Vec<Entry>,
    /// Findings added since, in the order they came, with their entries.
    added: Vec<(Entry, Finding)>,
    /// The buffers of the listing before the last, which the next merge fills (a listing of
    /// thousands of findings is not allocated afresh every frame).
    spare: (Vec<Finding>, Vec<Entry>),
    /// Entries from this one on were added since the last listing.
    first_added: Entry,
    /// The entry the next finding gets.
    next_entry: Entry,
}

impl Listing {
    /// The changes since the last listing, which is moved out of `view` if there.
    fn waiting(&mut self) -> &mut Waiting {
        let waiting = self.waiting.get_mut().unwrap_or_else(PoisonError::into_inner);
        if let Some(listed) = self.view.take() {
            waiting.listed = listed;
        }
        waiting
    }

    /// Adds a finding, returning its entry.
    fn add(&mut self, finding: Finding) -> Entry {
        let waiting = self.waiting();
        let entry = waiting.next_entry;
        waiting.next_entry += 1;
        waiting.added.push((entry, finding));
        waiting.merge_if_many();
        entry
    }

    /// Takes out the finding of `entry`.
    fn remove(&mut self, entry: Entry) {
        let waiting = self.waiting();
        if entry >= waiting.first_added {
            if let Some(at) = waiting.added.iter().position(|(e, _)| *e == entry) {
                waiting.added.remove(at);
            }
        } else {
            waiting.gone.push(entry);
            waiting.merge_if_many();
        }
    }

    /// The listing, merged first if anything changed since the last one.
    fn view(&self) -> &[Finding] {
        self.view.get_or_init(|| {
            let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
            waiting.merge();
            std::mem::take(&mut waiting.listed)
        })
    }
}

impl Waiting {
    /// Merges now when many changes wait.
    fn merge_if_many(&mut self) {
        if self.added.len() + self.gone.len() > MOST_WAITING {
            self.merge();
        }
    }

    /// Makes `listed` the current listing: the last one without what was dropped, with what
    /// was added put in its place (after the findings listed equal to it, as they came).
    fn merge(&mut self) {
        if self.gone.is_empty() && self.added.is_empty() {
            return;
        }
        self.gone.sort_unstable();
        self.added.sort_by(|a, b| a.1.listing_order(&b.1));
        let gone = &self.gone;
        let is_gone = |e: &Entry| {
            if gone.len() <= 8 { gone.contains(e) } else { gone.binary_search(e).is_ok() }
        };
        let (mut listed, mut entries) = std::mem::take(&mut self.spare);
        let total = self.listed.len() + self.added.len();
        listed.clear();
        entries.clear();
        listed.reserve(total);
        entries.reserve(total);
        // Each added finding goes after the listed ones up to it: found by binary search, so
        // the pass below compares nothing.
        let old = &self.listed;
        let places: Vec<usize> = (self.added.iter())
            .map(|(_, f)| old.partition_point(|g| g.listing_order(f).is_le()))
            .collect();
        let mut new = places.into_iter().zip(self.added.drain(..)).peekable();
        for (i, (finding, entry)) in self.listed.drain(..).zip(self.entries.drain(..)).enumerate() {
            while let Some((_, (e, f))) = new.next_if(|(place, _)| *place <= i) {
                listed.push(f);
                entries.push(e);
            }
            if is_gone(&entry) {
                continue;
            }
            listed.push(finding);
            entries.push(entry);
        }
        for (_, (e, f)) in new {
            listed.push(f);
            entries.push(e);
        }
        self.spare = (
            std::mem::replace(&mut self.listed, listed),
            std::mem::replace(&mut self.entries, entries),
        );
        self.gone.clear();
        self.first_added = self.next_entry;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Rule;

    fn about(booth: u32) -> (Finding, Owner) {
        let id = format!("B{:04}", (booth * 7919) % 3000);
        let f = Finding::new(Rule::OutsideHall, vec![id], None, format!("booth {booth}"));
        (f, Owner::Booth(booth))
    }

    /// More changes than wait for a read are merged as they come, and the listing after them
    /// still holds exactly the findings kept, in listing order.
    #[test]
    fn thousands_of_changes_without_a_read_list_what_is_kept() {
        let mut kept = FindingsByOwner::from_sorted(Vec::new());
        for b in 0..3000 {
            let (f, o) = about(b);
            kept.add(f, o);
        }
        for b in (0..3000).step_by(3) {
            kept.drop_booth(b);
        }
        for b in (0..3000).step_by(6) {
            let (f, o) = about(b);
            kept.add(f, o);
        }
        let mut want: Vec<Finding> =
            (0..3000).filter(|b| b % 3 != 0 || b % 6 == 0).map(|b| about(b).0).collect();
        want.sort_by(Finding::listing_order);
        assert_eq!(kept.len(), want.len());
        assert_eq!(kept.listed(), want.as_slice());
        kept.drop_booth(6);
        want.retain(|f| f != &about(6).0);
        assert_eq!(kept.listed(), want.as_slice());
    }
}
