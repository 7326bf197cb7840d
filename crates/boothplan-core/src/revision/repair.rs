//! Keeping a merged layout loadable: a hall or theme one side deleted while the other side's
//! objects still use it is brought back, and the merge says so.

use std::collections::HashSet;

use super::object::Versioned;
use super::{Conflict, ConflictReason, Subject};
use crate::model::{Hall, Layout, Theme};

/// Brings back every hall and theme the merged objects name but `layout` lost, taking the first
/// version found in `sources` (ours, the ancestor, theirs), and records each as a conflict.
pub(crate) fn restore_used(
    layout: &mut Layout,
    sources: [&Layout; 3],
    conflicts: &mut Vec<Conflict>,
) {
    let used_halls: Vec<String> = {
        let known: HashSet<&str> = layout.halls.iter().map(|h| h.id.as_str()).collect();
        let named = layout.columns.iter().map(|c| c.hall.as_deref());
        let named = named.chain(layout.exits.iter().map(|e| e.hall.as_deref()));
        let named = named.chain(layout.zones.iter().map(|z| z.hall.as_deref()));
        let named = named.chain(layout.booths.iter().map(|b| b.hall.as_deref()));
        missing(named.flatten(), &known)
    };
    let used_themes: Vec<String> = {
        let known: HashSet<&str> = layout.themes.iter().map(|t| t.key.as_str()).collect();
        let named = layout.zones.iter().map(|z| z.theme.as_str());
        missing(named.chain(layout.booths.iter().map(|b| b.theme.as_str())), &known)
    };
    for id in used_halls {
        if let Some(hall) = find(sources, |l| l.hall(&id)) {
            conflicts.push(kept_conflict(&id, hall, sources));
            layout.halls.push(hall.clone());
        }
    }
    for key in used_themes {
        if let Some(theme) = find(sources, |l| l.theme(&key)) {
            conflicts.push(kept_conflict(&key, theme, sources));
            layout.themes.push(theme.clone());
        }
    }
}

/// The names in `named` not in `known`, each once, in the order first met.
fn missing<'a>(named: impl Iterator<Item = &'a str>, known: &HashSet<&str>) -> Vec<String> {
    let mut seen = HashSet::new();
    named.filter(|n| !known.contains(n) && seen.insert(*n)).map(str::to_owned).collect()
}

fn find<'a, T>(
    sources: [&'a Layout; 3],
    get: impl Fn(&'a Layout) -> Option<&'a T>,
) -> Option<&'a T> {
    sources.into_iter().find_map(get)
}

/// The conflict for a hall or theme kept because it is still used.
fn kept_conflict<T: Versioned + Lookup>(
    id: &str,
    kept: &T,
    [ours, _, theirs]: [&Layout; 3],
) -> Conflict {
    Conflict {
        kind: T::SUBJECT,
        id: id.to_owned(),
        reason: ConflictReason::DeletedButUsed,
        fields: Vec::new(),
        ours: T::lookup(ours, id).map(Versioned::to_object).or_else(|| Some(kept.to_object())),
        theirs: T::lookup(theirs, id).map(Versioned::to_object),
        place: kept.place(),
    }
}

/// Finding a hall or theme by id in a layout.
trait Lookup: Sized {
    fn lookup<'a>(layout: &'a Layout, id: &str) -> Option<&'a Self>;
}

impl Lookup for Hall {
    fn lookup<'a>(layout: &'a Layout, id: &str) -> Option<&'a Self> {
        layout.hall(id)
    }
}

impl Lookup for Theme {
    fn lookup<'a>(layout: &'a Layout, id: &str) -> Option<&'a Self> {
        layout.theme(id)
    }
}

/// The conflict for a merge whose result would not open, so that ours was kept whole.
pub(crate) fn unmergeable(why: &str) -> Conflict {
    Conflict {
        kind: Subject::Layout,
        id: String::new(),
        reason: ConflictReason::Unmergeable,
        fields: Vec::new(),
        ours: None,
        theirs: Some(super::Object::Setting(why.to_owned())),
        place: None,
    }
}
