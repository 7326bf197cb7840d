//! Two or three revisions of one layout, compared object by object: what git shows a planner
//! (`diff`) and how git combines two planners' work (`merge`).
//!
//! A line-based diff of two layout files says "line 212 changed"; a planner wants "booth 1A-012
//! moved 3 m east" or "1A-014 is now 1A-015". A line-based merge refuses two edits of one line and
//! happily combines two edits that put two booths on one spot. Here objects are matched by kind,
//! booths first by their place, theme and hall (a renumbered booth is the same booth), the rest by
//! id, and merged property by property; errors the merge itself makes are named.

mod at_revision;
mod change;
mod conflict;
mod conflicts_file;
mod diff;
mod fields;
mod listed_conflict;
mod matching;
mod merge;
mod new_errors;
mod object;
mod repair;
mod settings;
mod site;
mod subject;
mod totals;
mod words;

pub use at_revision::{RevisionError, layout_at_revision, layout_at_revision_with};
pub use change::{Change, ChangeKind};
pub use conflict::{Conflict, ConflictReason, Object};
pub use conflicts_file::{conflicts_json, conflicts_path, is_conflict_list};
pub use diff::{LayoutDiff, diff_layouts};
pub use listed_conflict::{ListedConflict, read_conflicts};
pub use merge::{Merged, merge_layouts};
pub use new_errors::new_errors;
pub use settings::without_objects;
pub use subject::Subject;
pub use totals::{Compared, Totals};
