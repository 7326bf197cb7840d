//! File ▸ Compare with…: the open layout against another version of it (a colleague's copy, an
//! approved revision), as the semantic diff sees it, kept current while the planner edits.

pub mod conflicts;
mod conflicts_panel;
mod panel;

use std::collections::HashSet;
use std::path::Path;

pub use conflicts::{MergeConflicts, Standing};
pub use conflicts_panel::{ConflictAction, conflicts_panel_ui};
pub use panel::{CompareAction, compare_panel_ui};

use crate::editor::Document;
use crate::io::layout_file::open_layout;
use crate::io::ron_file::LoadError;
use crate::model::{Layout, Rect};
use crate::revision::{Change, ChangeKind, LayoutDiff, Subject, diff_layouts};
use crate::theme_tokens as tokens;

/// How a change is drawn: four classes, four colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeClass {
    /// New in the open layout.
    Added,
    /// Only in the other version.
    Removed,
    /// Moved, resized or reshaped.
    Moved,
    /// Another number, theme, hall, status, exhibitor, name or colour.
    Changed,
}

impl ChangeClass {
    /// The class of one change.
    #[must_use]
    pub fn of(kind: ChangeKind) -> Self {
        match kind {
            ChangeKind::Added => Self::Added,
            ChangeKind::Removed => Self::Removed,
            ChangeKind::Moved | ChangeKind::Resized | ChangeKind::Reshaped => Self::Moved,
            _ => Self::Changed,
        }
    }

    /// The outline it is drawn with (also the colour of its rows in the list).
    #[must_use]
    pub fn stroke(self) -> egui::Stroke {
        match self {
            Self::Added => tokens::COMPARE_ADDED,
            Self::Removed => tokens::COMPARE_REMOVED,
            Self::Moved => tokens::COMPARE_MOVED,
            Self::Changed => tokens::COMPARE_CHANGED,
        }
    }

    /// Its name in the legend.
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Moved => "moved",
            Self::Changed => "changed",
        }
    }
}

/// One object outlined on the plan: where, and in which class (the first of its changes').
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// Where it is (where it was, when removed), in venue metres.
    pub place: Rect,
    /// How it is drawn.
    pub class: ChangeClass,
}

/// The comparison on screen: the other version and what differs from it.
#[derive(Clone, Debug)]
pub struct Comparison {
    name: String,
    whence: String,
    other: Layout,
    diff: LayoutDiff,
    marks: Vec<Mark>,
    seen_revision: u64,
}

impl Comparison {
    /// Reads the other version from `path` and compares `doc` with it.
    pub fn open(path: &Path, doc: &Document) -> Result<Self, LoadError> {
        let other = open_layout(path)?;
        let name = path
            .file_name()
            .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        Ok(Self::with(other, name, path.display().to_string(), doc))
    }

    /// Compares `doc` with `other`, the version of `path` that git holds in `revision`.
    #[must_use]
    pub fn with_revision(other: Layout, revision: &str, path: &Path, doc: &Document) -> Self {
        let file = path
            .file_name()
            .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let name = format!("{file} in {revision}");
        let whence = format!("git revision {revision} of {}", path.display());
        Self::with(other, name, whence, doc)
    }

    fn with(other: Layout, name: String, whence: String, doc: &Document) -> Self {
        let mut comparison = Self {
            name,
            whence,
            other,
            diff: diff_layouts(&Layout::default(), &Layout::default()),
            marks: Vec::new(),
            seen_revision: 0,
        };
        comparison.recompute(doc);
        comparison
    }

    /// Compares again when the document changed since the last time (an edit, undo, open).
    pub fn refresh(&mut self, doc: &Document) {
        if doc.revision() != self.seen_revision {
            self.recompute(doc);
        }
    }

    fn recompute(&mut self, doc: &Document) {
        self.diff = diff_layouts(&self.other, doc.layout());
        self.marks = marks(&self.diff.changes);
        self.seen_revision = doc.revision();
    }

    /// What it is compared with, in a few words: `approved.ron`, `fair.ron in HEAD~1`.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where that is: the file's whole path, or the revision of which file.
    #[must_use]
    pub fn whence(&self) -> &str {
        &self.whence
    }

    /// Every change from the other version to the open layout.
    #[must_use]
    pub fn changes(&self) -> &[Change] {
        &self.diff.changes
    }

    /// The objects to outline on the plan.
    #[must_use]
    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }
}

/// One mark per changed object that has a place, in the class of its first change.
fn marks(changes: &[Change]) -> Vec<Mark> {
    let mut seen: HashSet<(Subject, &str)> = HashSet::new();
    changes
        .iter()
        .filter_map(|c| {
            let place = c.place?;
            seen.insert((c.kind, c.id.as_str()))
                .then(|| Mark { place, class: ChangeClass::of(c.change) })
        })
        .collect()
}
