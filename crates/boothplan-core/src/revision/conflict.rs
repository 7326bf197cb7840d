//! What a merge could not decide alone: listed on stderr, written beside the merged file for an
//! editor to offer ours or theirs, and always resolved to our side in the merged layout.

use serde::{Deserialize, Serialize};

use super::Subject;
use crate::model::{Booth, Column, Exit, Hall, Rect, Theme, Zone};

/// Why one object could not be merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictReason {
    /// Both sides changed the same property to different values.
    BothChanged,
    /// We changed it; they deleted it.
    ChangedHereDeletedThere,
    /// We deleted it; they changed it.
    DeletedHereChangedThere,
    /// Both sides added an object with this id, differently.
    BothAdded,
    /// One side deleted a hall or theme that objects of the merged layout still use; it is kept
    /// so that the layout still opens.
    DeletedButUsed,
    /// The combined layout would not open; ours is kept whole.
    Unmergeable,
    /// The merged plan has an error (rule check) that neither side had.
    NewError,
}

impl ConflictReason {
    /// The reason in a few plain words.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BothChanged => "changed differently on both sides",
            Self::ChangedHereDeletedThere => "changed on our side, deleted on theirs",
            Self::DeletedHereChangedThere => "deleted on our side, changed on theirs",
            Self::BothAdded => "added differently on both sides",
            Self::DeletedButUsed => "deleted on one side but still used, so kept",
            Self::Unmergeable => "the merged layout would not open",
            Self::NewError => "the merged plan has an error neither side had",
        }
    }
}

/// One side's version of the object in conflict, with every property.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Object {
    /// A theme.
    Theme(Theme),
    /// A hall.
    Hall(Hall),
    /// A column.
    Column(Column),
    /// An exit.
    Exit(Exit),
    /// A zone.
    Zone(Zone),
    /// A booth.
    Booth(Booth),
    /// A setting of the layout, in plain words.
    Setting(String),
}

/// One conflict of a merge. The merged layout holds `ours`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    /// What kind of thing.
    pub kind: Subject,
    /// Its id in the common ancestor (the added id for [`ConflictReason::BothAdded`]).
    pub id: String,
    /// Why.
    pub reason: ConflictReason,
    /// The properties both sides changed differently (`rect`, `status`, …), when any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
    /// Our version; `null` when we deleted it.
    pub ours: Option<Object>,
    /// Their version; `null` when they deleted it.
    pub theirs: Option<Object>,
    /// Where it is, for a view to show it.
    #[serde(skip)]
    pub place: Option<Rect>,
}

impl Conflict {
    /// One line for a terminal: `booth 1A-003: changed differently on both sides (rect); kept
    /// ours`. The id is given as it is: callers escape it for the terminal.
    #[must_use]
    pub fn summary(&self, shown_id: &str) -> String {
        let fields = if self.fields.is_empty() {
            String::new()
        } else {
            format!(" ({})", self.fields.join(", "))
        };
        let kept = match (self.reason, &self.ours) {
            (ConflictReason::DeletedButUsed | ConflictReason::NewError, _) => "",
            (ConflictReason::Unmergeable, _) => "; kept ours whole",
            (_, None) => "; kept ours (deleted)",
            (_, Some(_)) => "; kept ours",
        };
        format!("{} {shown_id}: {}{fields}{kept}", self.kind, self.reason.as_str())
    }
}
