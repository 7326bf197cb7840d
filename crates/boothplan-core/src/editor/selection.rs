//! The set of selected objects, kept valid as objects are inserted and removed.

use std::collections::BTreeSet;

use super::ObjectRef;
use crate::model::{Layout, ObjectKind};

/// The objects the planner has selected, in layout order (halls, columns, zones, booths).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    objects: BTreeSet<ObjectRef>,
}

impl Selection {
    /// A selection of exactly these objects.
    pub fn of<I: IntoIterator<Item = ObjectRef>>(objects: I) -> Self {
        Self { objects: objects.into_iter().collect() }
    }

    /// True when nothing is selected.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    /// How many objects are selected.
    #[must_use]
    pub fn len(&self) -> usize {
        self.objects.len()
    }

    /// True when `object` is selected.
    #[must_use]
    pub fn contains(&self, object: ObjectRef) -> bool {
        self.objects.contains(&object)
    }

    /// The selected objects in layout order.
    pub fn iter(&self) -> impl Iterator<Item = ObjectRef> + '_ {
        self.objects.iter().copied()
    }

    /// The single selected object, when exactly one is selected (the inspector shows it).
    #[must_use]
    pub fn single(&self) -> Option<ObjectRef> {
        if self.objects.len() == 1 { self.objects.first().copied() } else { None }
    }

    /// The selected objects of one kind, as indices in ascending order.
    #[must_use]
    pub fn indices(&self, kind: ObjectKind) -> Vec<usize> {
        self.objects.iter().filter(|r| r.kind == kind).map(|r| r.index).collect()
    }

    /// Adds `object`.
    pub fn insert(&mut self, object: ObjectRef) {
        self.objects.insert(object);
    }

    /// Removes `object`.
    pub fn remove(&mut self, object: ObjectRef) {
        self.objects.remove(&object);
    }

    /// Adds `object` if absent, else removes it (Shift-click).
    pub fn toggle(&mut self, object: ObjectRef) {
        if !self.objects.remove(&object) {
            self.objects.insert(object);
        }
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        self.objects.clear();
    }

    /// Drops references to objects that `layout` does not have (a safety net after loading).
    pub fn retain_valid(&mut self, layout: &Layout) {
        self.objects.retain(|r| r.get_len(layout) > r.index);
    }

    /// Adjusts indices after objects of `kind` were inserted at `positions` (final indices,
    /// ascending), so each reference still names the same object.
    pub fn shift_for_insert(&mut self, kind: ObjectKind, positions: &[usize]) {
        if positions.is_empty() {
            return;
        }
        self.objects = std::mem::take(&mut self.objects)
            .into_iter()
            .map(|r| {
                if r.kind != kind {
                    return r;
                }
                // The k-th old index lands at old + (number of inserts at or before its new slot).
                let mut index = r.index;
                for &p in positions {
                    if p <= index {
                        index += 1;
                    } else {
                        break;
                    }
                }
                ObjectRef::new(kind, index)
            })
            .collect();
    }

    /// Adjusts indices after the objects of `kind` at `positions` (ascending, before removal)
    /// were removed: removed objects leave the selection, later ones move down.
    pub fn shift_for_remove(&mut self, kind: ObjectKind, positions: &[usize]) {
        if positions.is_empty() {
            return;
        }
        self.objects = std::mem::take(&mut self.objects)
            .into_iter()
            .filter_map(|r| {
                if r.kind != kind {
                    return Some(r);
                }
                match positions.binary_search(&r.index) {
                    Ok(_) => None,
                    Err(below) => Some(ObjectRef::new(kind, r.index - below)),
                }
            })
            .collect();
    }
}

impl ObjectRef {
    /// Length of the list this reference points into.
    fn get_len(self, layout: &Layout) -> usize {
        match self.kind {
            ObjectKind::Hall => layout.halls.len(),
            ObjectKind::Column => layout.columns.len(),
            ObjectKind::Zone => layout.zones.len(),
            ObjectKind::Booth => layout.booths.len(),
            ObjectKind::Exit => layout.exits.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_and_remove_keep_references_on_the_same_objects() {
        let mut s = Selection::of([ObjectRef::booth(0), ObjectRef::booth(2), ObjectRef::zone(1)]);
        // Old booths [a, b, c] become [a, X, b, c, Y]: c (old 2) is now at 3.
        s.shift_for_insert(ObjectKind::Booth, &[1, 4]);
        assert_eq!(
            s,
            Selection::of([ObjectRef::booth(0), ObjectRef::booth(3), ObjectRef::zone(1)])
        );
        s.shift_for_remove(ObjectKind::Booth, &[1, 4]);
        assert_eq!(
            s,
            Selection::of([ObjectRef::booth(0), ObjectRef::booth(2), ObjectRef::zone(1)])
        );
        s.shift_for_remove(ObjectKind::Booth, &[0]);
        assert_eq!(s, Selection::of([ObjectRef::booth(1), ObjectRef::zone(1)]));
    }
}
