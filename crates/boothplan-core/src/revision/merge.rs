//! The three-way merge: each object by id (renumbered booths recognised), each property by
//! whichever side changed it; what both sides changed differently is a conflict and keeps ours.

use std::collections::HashMap;

use super::fields::Fields;
use super::matching::Matching;
use super::object::Versioned;
use super::{Conflict, ConflictReason, repair, settings};
use crate::model::Layout;

/// The result of a merge: a layout that always opens, and what could not be decided.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged layout; in each conflict it holds our side.
    pub layout: Layout,
    /// The conflicts, settings first, then themes, halls, columns, exits, zones and booths.
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// True when nothing was in conflict.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Merges the edits of `ours` and `theirs` since their common ancestor `base`.
///
/// Objects keep our order; objects only they added follow the object they follow in theirs.
#[must_use]
pub fn merge_layouts(base: &Layout, ours: &Layout, theirs: &Layout) -> Merged {
    let mut conflicts = Vec::new();
    let mut layout = Layout {
        themes: merge_list(&base.themes, &ours.themes, &theirs.themes, &mut conflicts),
        halls: merge_list(&base.halls, &ours.halls, &theirs.halls, &mut conflicts),
        columns: merge_list(&base.columns, &ours.columns, &theirs.columns, &mut conflicts),
        exits: merge_list(&base.exits, &ours.exits, &theirs.exits, &mut conflicts),
        zones: merge_list(&base.zones, &ours.zones, &theirs.zones, &mut conflicts),
        booths: merge_list(&base.booths, &ours.booths, &theirs.booths, &mut conflicts),
        ..settings::without_objects(ours)
    };
    let mut settings_conflicts = Vec::new();
    settings::merge(base, ours, theirs, &mut layout, &mut settings_conflicts);
    settings_conflicts.append(&mut conflicts);
    let mut conflicts = settings_conflicts;
    repair::restore_used(&mut layout, [ours, base, theirs], &mut conflicts);
    settings::drop_prices_of_missing_themes(&mut layout);
    if let Err(problem) = crate::io::ron_file::validate(&layout) {
        // Not expected: every object comes from a layout that opened. Still, never write a
        // layout that will not open; ours did.
        conflicts.push(repair::unmergeable(&problem.message));
        layout = ours.clone();
    }
    Merged { layout, conflicts }
}

fn conflict<T: Versioned>(
    id: &str,
    reason: ConflictReason,
    fields: Vec<&'static str>,
    ours: Option<&T>,
    theirs: Option<&T>,
) -> Conflict {
    Conflict {
        kind: T::SUBJECT,
        id: id.to_owned(),
        reason,
        fields,
        ours: ours.map(Versioned::to_object),
        theirs: theirs.map(Versioned::to_object),
        place: ours.or(theirs).and_then(Versioned::place),
    }
}

/// The merged list of one kind of object.
fn merge_list<T: Versioned>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    let by_ours = Matching::new(base, ours);
    let by_theirs = Matching::new(base, theirs);
    // What each of our objects becomes; `None` when the merge deletes it.
    let mut kept: Vec<Option<T>> = ours.iter().cloned().map(Some).collect();
    for (i, b) in base.iter().enumerate() {
        let o = by_ours.new_of_old[i];
        let t = by_theirs.new_of_old[i].map(|j| &theirs[j]);
        match (o, t) {
            (Some(oi), Some(t)) => {
                let o = &ours[oi];
                if o == t || t == b {
                    continue;
                }
                if o == b {
                    kept[oi] = Some(t.clone());
                    continue;
                }
                let mut fields = Fields::default();
                let merged = T::merge_fields(b, o, t, &mut fields);
                if fields.conflicting.is_empty() {
                    kept[oi] = Some(merged);
                } else {
                    let reason = ConflictReason::BothChanged;
                    conflicts.push(conflict(b.id(), reason, fields.conflicting, Some(o), Some(t)));
                }
            }
            (Some(oi), None) => {
                if ours[oi] == *b {
                    kept[oi] = None;
                } else {
                    let reason = ConflictReason::ChangedHereDeletedThere;
                    conflicts.push(conflict::<T>(b.id(), reason, vec![], Some(&ours[oi]), None));
                }
            }
            (None, Some(t)) if t != b => {
                let reason = ConflictReason::DeletedHereChangedThere;
                conflicts.push(conflict::<T>(b.id(), reason, vec![], None, Some(t)));
            }
            (None, _) => {}
        }
    }
    // Ids new on our side: objects we added, and booths we renumbered.
    let added_by_us: HashMap<&str, Vec<&T>> = ours
        .iter()
        .enumerate()
        .filter(|(j, item)| by_ours.old_of_new[*j].is_none_or(|i| base[i].id() != item.id()))
        .fold(HashMap::new(), |mut map, (_, item)| {
            map.entry(item.id()).or_default().push(item);
            map
        });
    // Their additions, each after the last object before it in theirs that we keep.
    let mut after: Vec<Vec<T>> = vec![Vec::new(); ours.len() + 1];
    let mut anchor = 0;
    for (j, item) in theirs.iter().enumerate() {
        match by_theirs.old_of_new[j] {
            Some(i) => {
                if let Some(oi) = by_ours.new_of_old[i]
                    && kept[oi].is_some()
                {
                    anchor = oi + 1;
                }
            }
            None => match added_by_us.get(item.id()) {
                Some(same) if same.contains(&item) => {}
                Some(same) => {
                    let reason = ConflictReason::BothAdded;
                    conflicts.push(conflict(
                        item.id(),
                        reason,
                        vec![],
                        same.first().copied(),
                        Some(item),
                    ));
                }
                None => after[anchor].push(item.clone()),
            },
        }
    }
    let mut after = after.into_iter();
    let mut merged: Vec<T> = after.next().unwrap_or_default();
    for (item, follow) in kept.into_iter().zip(after) {
        merged.extend(item);
        merged.extend(follow);
    }
    merged
}
