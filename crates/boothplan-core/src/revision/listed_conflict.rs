//! The conflict list of a merge read back, for the editor to offer each object's two sides:
//! what `boothplan merge` wrote beside the merged layout.

use std::path::Path;

use serde::Deserialize;

use super::{ConflictReason, Subject};
use crate::editor::Object;
use crate::io::layout_file::read_text;
use crate::io::ron_file::LoadError;

/// One conflict as the list holds it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ListedConflict {
    /// What kind of thing.
    pub kind: Subject,
    /// Its id in the common ancestor.
    pub id: String,
    /// Why it could not be merged.
    pub reason: ConflictReason,
    /// The properties both sides changed differently, when any.
    #[serde(default)]
    pub fields: Vec<String>,
    /// Our version as written (what the merged layout holds); `null` when we deleted it.
    #[serde(default)]
    ours: Option<serde_json::Value>,
    /// Their version as written; `null` when they deleted it.
    #[serde(default)]
    theirs: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct ConflictList {
    conflicts: Vec<ListedConflict>,
}

impl ListedConflict {
    /// Both sides as objects of the plan, `(ours, theirs)`, when the planner can pick one: an
    /// object (not a theme or a setting) changed or deleted differently on the two sides.
    /// `None` for what can only be looked at and fixed by hand.
    #[must_use]
    pub fn sides(&self) -> Option<(Option<Object>, Option<Object>)> {
        let pickable = matches!(
            self.reason,
            ConflictReason::BothChanged
                | ConflictReason::ChangedHereDeletedThere
                | ConflictReason::DeletedHereChangedThere
                | ConflictReason::BothAdded
        );
        if !pickable {
            return None;
        }
        let ours = self.object(self.ours.as_ref()).ok()?;
        let theirs = self.object(self.theirs.as_ref()).ok()?;
        (ours.is_some() || theirs.is_some()).then_some((ours, theirs))
    }

    /// `None` for a deleted side, the object for one that reads as this kind of object, an
    /// error when it does not (a damaged list).
    fn object(&self, side: Option<&serde_json::Value>) -> serde_json::Result<Option<Object>> {
        let Some(value) = side.filter(|v| !v.is_null()) else { return Ok(None) };
        let value = value.clone();
        Ok(Some(match self.kind {
            Subject::Hall => Object::Hall(serde_json::from_value(value)?),
            Subject::Column => Object::Column(serde_json::from_value(value)?),
            Subject::Exit => Object::Exit(serde_json::from_value(value)?),
            Subject::Zone => Object::Zone(serde_json::from_value(value)?),
            Subject::Booth => Object::Booth(serde_json::from_value(value)?),
            Subject::Layout | Subject::Theme => {
                return Err(serde::de::Error::custom(
                    "a theme or a setting is no object of the plan",
                ));
            }
        }))
    }

    /// One line for the list: `booth 1A-003: changed differently on both sides (status)`.
    #[must_use]
    pub fn summary(&self) -> String {
        let fields = if self.fields.is_empty() {
            String::new()
        } else {
            format!(" ({})", self.fields.join(", "))
        };
        format!("{} {}: {}{fields}", self.kind, crate::io::shown(&self.id), self.reason.as_str())
    }
}

/// Reads the conflict list at `path` (as large as a layout may be, at most), refusing one that
/// is not a list at `FILE:LINE:COL`.
pub fn read_conflicts(path: &Path) -> Result<Vec<ListedConflict>, LoadError> {
    let text = read_text(path)?;
    serde_json::from_str::<ConflictList>(&text).map(|list| list.conflicts).map_err(|e| LoadError {
        path: path.to_owned(),
        line: e.line().max(1),
        column: e.column().max(1),
        message: crate::io::shown(&format!("expected a conflict list: {e}")),
    })
}
