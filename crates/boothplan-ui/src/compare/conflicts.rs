//! The conflicts a `boothplan merge` left beside the open file, for the planner to settle one
//! by one: keep ours (what the merged file holds) or take theirs, each an undoable edit; once
//! all are settled the list can be deleted, so git sees the merge as done.

use std::path::{Path, PathBuf};

use crate::editor::{Object, Side, side_held};
use crate::io::ron_file::LoadError;
use crate::model::Layout;
use crate::revision::{ListedConflict, conflicts_path, read_conflicts};

/// Where a conflict stands now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// No side picked yet (or the pick was undone).
    Open,
    /// The planner picked this side, and the layout holds it.
    Picked(Side),
    /// The planner picked this side, and has edited the object since.
    EditedSince(Side),
}

impl Standing {
    /// True once the planner has settled it.
    #[must_use]
    pub fn is_resolved(self) -> bool {
        self != Self::Open
    }

    /// A few words for the list.
    #[must_use]
    pub fn words(self) -> &'static str {
        match self {
            Self::Open => "unresolved",
            Self::Picked(Side::Ours) => "kept ours",
            Self::Picked(Side::Theirs) => "took theirs",
            Self::EditedSince(Side::Ours) => "kept ours, edited since",
            Self::EditedSince(Side::Theirs) => "took theirs, edited since",
        }
    }
}

/// One conflict of the list, its two sides and the planner's pick.
#[derive(Clone, Debug)]
struct Entry {
    conflict: ListedConflict,
    sides: Option<(Option<Object>, Option<Object>)>,
    picked: Option<Side>,
}

/// The open file's merge conflicts and what the planner picked.
#[derive(Clone, Debug)]
pub struct MergeConflicts {
    list: PathBuf,
    entries: Vec<Entry>,
}

impl MergeConflicts {
    /// The conflict list beside `layout_path`, if there is one (an empty list is none).
    #[must_use]
    pub fn beside(layout_path: &Path) -> Option<Result<Self, LoadError>> {
        let list = conflicts_path(layout_path);
        if !list.is_file() {
            return None;
        }
        let conflicts = match read_conflicts(&list) {
            Ok(conflicts) => conflicts,
            Err(error) => return Some(Err(error)),
        };
        if conflicts.is_empty() {
            return None;
        }
        let entries = conflicts
            .into_iter()
            .map(|conflict| Entry { sides: conflict.sides(), conflict, picked: None })
            .collect();
        Some(Ok(Self { list, entries }))
    }

    /// The list's file.
    #[must_use]
    pub fn list_path(&self) -> &Path {
        &self.list
    }

    /// How many conflicts there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Never true: a list with no conflicts is not offered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Conflict `i`'s line: `booth 1A-003: changed differently on both sides (status)`.
    #[must_use]
    pub fn summary(&self, i: usize) -> String {
        self.entries.get(i).map(|e| e.conflict.summary()).unwrap_or_default()
    }

    /// True when the planner can take their side of conflict `i` (an object, not a theme or
    /// a setting, which are changed by hand).
    #[must_use]
    pub fn can_take_theirs(&self, i: usize) -> bool {
        self.entries.get(i).is_some_and(|e| e.sides.is_some())
    }

    /// Where conflict `i` stands in `layout`.
    #[must_use]
    pub fn standing(&self, i: usize, layout: &Layout) -> Standing {
        let Some(entry) = self.entries.get(i) else { return Standing::Open };
        let Some(picked) = entry.picked else { return Standing::Open };
        let Some((ours, theirs)) = &entry.sides else { return Standing::Picked(picked) };
        match side_held(layout, ours.as_ref(), theirs.as_ref()) {
            Some(held) if held == picked => Standing::Picked(picked),
            Some(_) => Standing::Open,
            None => Standing::EditedSince(picked),
        }
    }

    /// How many are settled in `layout`.
    #[must_use]
    pub fn resolved(&self, layout: &Layout) -> usize {
        (0..self.len()).filter(|&i| self.standing(i, layout).is_resolved()).count()
    }

    /// Both sides of conflict `i` as objects, when it has them.
    #[must_use]
    pub fn sides(&self, i: usize) -> Option<(Option<&Object>, Option<&Object>)> {
        let (ours, theirs) = self.entries.get(i)?.sides.as_ref()?;
        Some((ours.as_ref(), theirs.as_ref()))
    }

    /// Records that the planner picked `side` for conflict `i`.
    pub fn pick(&mut self, i: usize, side: Side) {
        if let Some(entry) = self.entries.get_mut(i) {
            entry.picked = Some(side);
        }
    }
}
