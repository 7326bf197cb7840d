//! Booths: the rectangles that are sold to exhibitors.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Rect;

/// Where a booth stands in the sales process.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
pub enum BoothStatus {
    /// Nobody has it yet.
    #[default]
    Available,
    /// Held for an exhibitor, not yet paid.
    Reserved,
    /// Contract signed.
    Sold,
    /// Not for sale: kept by the organiser (sponsor lounge, technical room, office).
    Blocked,
}

impl BoothStatus {
    /// Every status, in sales order, for menus and legends.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// Lower-case word used in CSV, GeoJSON and JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Available => "available",
            Self::Reserved => "reserved",
            Self::Sold => "sold",
            Self::Blocked => "blocked",
        }
    }

    /// Whether the booth is on sale at all: every status but [`Self::Blocked`] counts in the
    /// list revenue.
    #[must_use]
    pub fn for_sale(self) -> bool {
        self != Self::Blocked
    }

    /// The status named by `s` (as written by [`Self::as_str`], any case).
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|st| st.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for BoothStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One booth: its number, place, theme and who has bought it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Booth {
    /// The booth number, e.g. `1A-012`; unique in a layout.
    pub id: String,
    /// Id of the hall it stands in; `None` when drawn outside every hall.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::hall_ref")]
    pub hall: Option<String>,
    /// Key of its theme.
    pub theme: String,
    /// Where it is, in venue metres.
    pub rect: Rect,
    /// Sales status.
    #[serde(default)]
    pub status: BoothStatus,
    /// Exhibitor name; empty while none is assigned.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exhibitor: String,
}
