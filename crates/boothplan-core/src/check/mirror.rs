//! [`LiveCheck`](super::LiveCheck)'s own copy of the zones or booths it has checked, with their
//! R-tree, so that an edit can be checked against neighbours without rebuilding anything.
//!
//! Objects live in numbered slots that never move while they exist (the layout's vectors shift
//! on every removal); findings refer to slots, and freed slots are reused.

use std::collections::{BTreeSet, HashMap};

use super::Spot;
use super::index::{self, RectTree};
use super::validity;
use crate::model::Rect;

/// The copy of one zone or booth: what the rules read of it.
#[derive(Clone, Debug)]
pub(crate) struct Copy {
    id: String,
    hall: Option<String>,
    theme: String,
    rect: Rect,
    /// Its position in the layout's list when last read: a hint only, the list shifts when an
    /// object before it is removed.
    at: usize,
}

impl Copy {
    /// What the rules read.
    pub(crate) fn spot(&self) -> Spot<'_> {
        Spot { id: &self.id, hall: self.hall.as_deref(), theme: &self.theme, rect: self.rect }
    }
}

/// Slots of copies, an index from id to slots, and an R-tree of the usable rectangles.
#[derive(Clone, Debug, Default)]
pub(crate) struct Mirror {
    slots: Vec<Option<Copy>>,
    free: Vec<u32>,
    by_id: HashMap<String, Vec<u32>>,
    /// Usable rectangles grown by `margin_m`, tagged with their slot.
    pub tree: RectTree,
    /// How much the rectangles in the tree are grown on every side.
    pub margin_m: f64,
}

impl Mirror {
    /// A mirror of `spots`, slot `i` holding the `i`-th; `tree` holds the usable ones grown by
    /// `margin_m` (as the full check built it).
    pub(crate) fn build<'a>(
        spots: impl Iterator<Item = Spot<'a>>,
        tree: RectTree,
        margin_m: f64,
    ) -> Self {
        let mut mirror = Self { tree, margin_m, ..Self::default() };
        for (i, s) in spots.enumerate() {
            mirror.by_id.entry(s.id.to_owned()).or_default().push(index::tag(i));
            mirror.slots.push(Some(copy(&s, i)));
        }
        mirror
    }

    /// The copy in `slot`. Slots handed out by this mirror and not yet taken always hold one.
    pub(crate) fn get(&self, slot: u32) -> Option<&Copy> {
        self.slots.get(slot as usize).and_then(Option::as_ref)
    }

    /// The slots of the objects carrying `id`.
    pub(crate) fn slots_of(&self, id: &str) -> &[u32] {
        self.by_id.get(id).map_or(&[], Vec::as_slice)
    }

    /// How many objects it holds.
    pub(crate) fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// How many objects carry `id`.
    pub(crate) fn count(&self, id: &str) -> usize {
        self.by_id.get(id).map_or(0, Vec::len)
    }

    /// The slots of the objects naming one of `halls`: their `outside-hall` depends on those
    /// halls. A scan, as cheap as the one over the layout every edit makes.
    pub(crate) fn naming_hall(&self, halls: &BTreeSet<String>) -> Vec<u32> {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.as_ref().and_then(|c| c.hall.as_ref()).is_some_and(|h| halls.contains(h))
            })
            .map(|(i, _)| index::tag(i))
            .collect()
    }

    /// Removes every object with `id`, returning the slots they held (free again).
    pub(crate) fn take(&mut self, id: &str) -> Vec<u32> {
        let slots = self.by_id.remove(id).unwrap_or_default();
        for &slot in &slots {
            if let Some(c) = self.slots.get_mut(slot as usize).and_then(Option::take) {
                if validity::rect_usable(&c.rect) {
                    self.tree.remove(&index::entry(&index::grown(&c.rect, self.margin_m), slot));
                }
                self.free.push(slot);
            }
        }
        slots
    }

    /// Where in the layout's list the objects carrying `ids` stood when last read, as hints for
    /// [`Self::find_touched`] (to be asked before their copies are taken).
    pub(crate) fn places_of(&self, ids: &BTreeSet<String>) -> Vec<usize> {
        let slots = ids.iter().flat_map(|id| self.slots_of(id));
        slots.filter_map(|&s| self.get(s)).map(|c| c.at).collect()
    }

    /// The positions in `objects` (the layout's list of this kind) of the objects carrying one
    /// of `ids`, in list order, once their copies were taken: every other object is as this
    /// mirror holds it, so the list holds exactly `objects.len() - self.len()` of them.
    ///
    /// When the `places` where they last stood account for all of them (a drag moves the same
    /// booth frame after frame), no other object is looked at; else the whole list is scanned.
    pub(crate) fn find_touched<T>(
        &self,
        objects: &[T],
        id_of: impl Fn(&T) -> &str,
        ids: &BTreeSet<String>,
        mut places: Vec<usize>,
    ) -> Vec<usize> {
        let expected = objects.len().checked_sub(self.len());
        places.sort_unstable();
        places.dedup();
        places.retain(|&i| objects.get(i).is_some_and(|o| ids.contains(id_of(o))));
        if Some(places.len()) == expected {
            return places;
        }
        // Length and last four bytes rule out nearly every object before any string compare.
        let quick: Vec<(usize, u32)> = ids.iter().map(|id| quick_key(id)).collect();
        let touched_one =
            |id: &str| (quick.len() > 8 || quick.contains(&quick_key(id))) && ids.contains(id);
        let all = objects.iter().enumerate();
        all.filter(|(_, o)| touched_one(id_of(o))).map(|(i, _)| i).collect()
    }

    /// Adds an object standing at position `at` of the layout's list, returning its slot.
    pub(crate) fn put(&mut self, spot: &Spot<'_>, at: usize) -> u32 {
        let taken = self.free.pop().unwrap_or_else(|| {
            self.slots.push(None);
            index::tag(self.slots.len() - 1)
        });
        if validity::rect_usable(&spot.rect) {
            self.tree.insert(index::entry(&index::grown(&spot.rect, self.margin_m), taken));
        }
        self.by_id.entry(spot.id.to_owned()).or_default().push(taken);
        self.slots[taken as usize] = Some(copy(spot, at));
        taken
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

fn copy(s: &Spot<'_>, at: usize) -> Copy {
    Copy {
        at,
        id: s.id.to_owned(),
        hall: s.hall.map(str::to_owned),
        theme: s.theme.to_owned(),
        rect: s.rect,
    }
}
