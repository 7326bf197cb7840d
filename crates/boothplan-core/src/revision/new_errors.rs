//! Errors the merge itself made: two planners' new booths on one spot, one number given twice.
//! Each side was checked by its planner; a merged plan with an error neither side had must not
//! pass as clean, so the merge lists each one with its conflicts.

use std::collections::HashSet;

use super::{Conflict, ConflictReason, Object, Subject};
use crate::check::{Finding, Severity, check_layout};
use crate::model::Layout;

/// The errors of `merged` that none of `sides` had (same rule, same objects), in check order.
#[must_use]
pub fn new_errors(merged: &Layout, sides: &[&Layout]) -> Vec<Finding> {
    let errors = |l: &Layout| -> Vec<Finding> {
        check_layout(l).into_iter().filter(|f| f.severity == Severity::Error).collect()
    };
    let before: HashSet<_> =
        sides.iter().flat_map(|l| errors(l)).map(|f| (f.rule, f.ids)).collect();
    errors(merged).into_iter().filter(|f| !before.contains(&(f.rule, f.ids.clone()))).collect()
}

impl Conflict {
    /// A new error as an entry of the conflict list: kind `layout`, the ids involved, the rule as
    /// its one field and the check's sentence as `ours` (the merged plan holds it).
    #[must_use]
    pub fn new_error(finding: &Finding) -> Self {
        Self {
            kind: Subject::Layout,
            id: finding.ids.join(", "),
            reason: ConflictReason::NewError,
            fields: vec![finding.rule.as_str()],
            ours: Some(Object::Setting(finding.message.clone())),
            theirs: None,
            place: None,
        }
    }
}
