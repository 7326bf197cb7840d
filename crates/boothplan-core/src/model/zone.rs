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

impl Zone {
    /// Whether this zone holds `booth`: it names the booth's hall and its rectangle contains
    /// the booth's. The one rule for "which zone is a booth in", so that a `{zone}` in a booth
    /// number and the zone column of an export never disagree.
    #[must_use]
    pub fn holds(&self, booth: &super::Booth) -> bool {
        self.hall == booth.hall && self.rect.contains_rect(&booth.rect)
    }
}

/// The zone among `zones` that holds `booth` (see [`Zone::holds`]): the first one, if zones
/// overlap.
#[must_use]
pub fn zone_holding<'a>(
    zones: impl IntoIterator<Item = &'a Zone>,
    booth: &super::Booth,
) -> Option<&'a Zone> {
    zones.into_iter().find(|z| z.holds(booth))
}
