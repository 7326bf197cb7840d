//! One line of a diff: one property of one object, from what it was to what it is.

use serde::Serialize;

use super::Subject;
use crate::model::Rect;

/// What happened to an object, in the planner's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ChangeKind {
    /// New in the newer layout.
    #[serde(rename = "added")]
    Added,
    /// Gone from the newer layout.
    #[serde(rename = "removed")]
    Removed,
    /// Same booth (place, theme and hall), new number.
    #[serde(rename = "renumbered")]
    Renumbered,
    /// Its position changed (for outlines: every vertex shifted alike).
    #[serde(rename = "moved")]
    Moved,
    /// Its width or depth changed.
    #[serde(rename = "resized")]
    Resized,
    /// Its outline changed shape.
    #[serde(rename = "reshaped")]
    Reshaped,
    /// It belongs to another theme now.
    #[serde(rename = "re-themed")]
    Rethemed,
    /// It stands in another hall now (or in none).
    #[serde(rename = "hall")]
    Hall,
    /// Its sales status changed.
    #[serde(rename = "status")]
    Status,
    /// Another exhibitor has it (or none now).
    #[serde(rename = "exhibitor")]
    Exhibitor,
    /// Its name changed (a hall, zone, theme or the fair itself).
    #[serde(rename = "renamed")]
    Renamed,
    /// A theme's colour changed.
    #[serde(rename = "recoloured")]
    Recoloured,
    /// A setting of the layout (grid step, minimum aisle) changed.
    #[serde(rename = "setting")]
    Setting,
}

impl ChangeKind {
    /// The word shown in tables and JSON (`re-themed`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Renumbered => "renumbered",
            Self::Moved => "moved",
            Self::Resized => "resized",
            Self::Reshaped => "reshaped",
            Self::Rethemed => "re-themed",
            Self::Hall => "hall",
            Self::Status => "status",
            Self::Exhibitor => "exhibitor",
            Self::Renamed => "renamed",
            Self::Recoloured => "recoloured",
            Self::Setting => "setting",
        }
    }
}

/// One change of one object: what changed and, when it is a property, from what to what.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The object's id (its new number when renumbered; the setting's field name for the layout).
    pub id: String,
    /// What kind of thing it is.
    pub kind: Subject,
    /// What happened to it.
    pub change: ChangeKind,
    /// The old value in plain words, when a property changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The new value in plain words, when a property changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Where the object is now (where it was, when removed), for a view to show it.
    #[serde(skip)]
    pub place: Option<Rect>,
}
