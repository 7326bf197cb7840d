//! The semantic diff: each object added, removed or changed between two layouts, one line per
//! changed property.

use serde::Serialize;

use super::matching::Matching;
use super::object::Versioned;
use super::{Change, ChangeKind, Totals, settings};
use crate::model::Layout;

/// Everything that differs between two layouts, and their totals.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LayoutDiff {
    /// One entry per changed property of each object, settings first, then themes, halls,
    /// columns, exits, zones and booths, each kind by id.
    pub changes: Vec<Change>,
    /// Booth count and area in both layouts.
    pub totals: Totals,
}

impl LayoutDiff {
    /// True when the two layouts hold the same objects with the same properties.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// What changed from `old` to `new`, object by object.
#[must_use]
pub fn diff_layouts(old: &Layout, new: &Layout) -> LayoutDiff {
    let mut changes = Vec::new();
    settings::changes(old, new, &mut changes);
    diff_list(&old.themes, &new.themes, &mut changes);
    diff_list(&old.halls, &new.halls, &mut changes);
    diff_list(&old.columns, &new.columns, &mut changes);
    diff_list(&old.exits, &new.exits, &mut changes);
    diff_list(&old.zones, &new.zones, &mut changes);
    diff_list(&old.booths, &new.booths, &mut changes);
    // Stable: several changes of one object keep the order its kind lists them in.
    changes.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
    LayoutDiff { changes, totals: Totals::of(old, new) }
}

fn diff_list<T: Versioned>(old: &[T], new: &[T], out: &mut Vec<Change>) {
    let matching = Matching::new(old, new);
    let whole = |item: &T, change| Change {
        id: item.id().to_owned(),
        kind: T::SUBJECT,
        change,
        from: None,
        to: None,
        place: item.place(),
    };
    let mut properties = Vec::new();
    for (j, item) in new.iter().enumerate() {
        match matching.old_of_new[j] {
            None => out.push(whole(item, ChangeKind::Added)),
            Some(i) if old[i] != *item => {
                properties.clear();
                T::changes(&old[i], item, &mut properties);
                out.extend(properties.drain(..).map(|(change, from, to)| Change {
                    from: Some(from),
                    to: Some(to),
                    ..whole(item, change)
                }));
            }
            Some(_) => {}
        }
    }
    for (i, item) in old.iter().enumerate() {
        if matching.new_of_old[i].is_none() {
            out.push(whole(item, ChangeKind::Removed));
        }
    }
}
