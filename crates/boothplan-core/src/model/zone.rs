//! Themed zones: the rectangles a hall is carved into, one per theme area.

use serde::{Deserialize, Serialize};

use super::Rect;

/// A rectangular theme area inside a hall; booths inside it should share its theme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    /// Unique id, e.g. `1A-Z1`.
    pub id: String,
    /// Id of the hall it lies in; `None` when drawn outside every hall.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::hall_ref")]
    pub hall: Option<String>,
    /// Key of its theme.
    pub theme: String,
    /// Name shown on plans, e.g. `Cloud & AI`.
    pub name: String,
    /// Where it is, in venue metres.
    pub rect: Rect,
}
