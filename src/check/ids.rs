//! `duplicate-id`: ids are how planners, files and findings name objects, so two objects with
//! one id (of any kinds) make every other message ambiguous.

use std::collections::HashMap;

use super::{Finding, Rule};
use crate::model::{Layout, ObjectKind};

/// How many objects of each kind carry one id: hall, column, zone, booth.
pub(crate) type KindCounts = [usize; 4];

/// Position of a kind in [`KindCounts`].
#[must_use]
pub(crate) fn slot(kind: ObjectKind) -> usize {
    match kind {
        ObjectKind::Hall => 0,
        ObjectKind::Column => 1,
        ObjectKind::Zone => 2,
        ObjectKind::Booth => 3,
    }
}

/// The finding for `id` if more than one object carries it.
#[must_use]
pub(crate) fn finding(id: &str, counts: KindCounts) -> Option<Finding> {
    let total: usize = counts.iter().sum();
    if total < 2 {
        return None;
    }
    let words = [("hall", "halls"), ("column", "columns"), ("zone", "zones"), ("booth", "booths")];
    let parts: Vec<String> = counts
        .iter()
        .zip(words)
        .filter(|(n, _)| **n > 0)
        .map(|(&n, (one, many))| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
    let message = format!("Id {id} is used by {total} objects ({}).", parts.join(", "));
    Some(Finding::new(Rule::DuplicateId, vec![id.to_owned()], None, message))
}

/// Every `duplicate-id` finding of a layout.
#[must_use]
pub(crate) fn duplicates(layout: &Layout) -> Vec<Finding> {
    let total =
        layout.halls.len() + layout.columns.len() + layout.zones.len() + layout.booths.len();
    let mut counts: HashMap<&str, KindCounts> = HashMap::with_capacity(total);
    let ids = layout
        .halls
        .iter()
        .map(|h| (h.id.as_str(), ObjectKind::Hall))
        .chain(layout.columns.iter().map(|c| (c.id.as_str(), ObjectKind::Column)))
        .chain(layout.zones.iter().map(|z| (z.id.as_str(), ObjectKind::Zone)))
        .chain(layout.booths.iter().map(|b| (b.id.as_str(), ObjectKind::Booth)));
    for (id, kind) in ids {
        counts.entry(id).or_default()[slot(kind)] += 1;
    }
    counts.into_iter().filter_map(|(id, c)| finding(id, c)).collect()
}
