//! Booth types: how many sides of a booth face an aisle, which is what exhibitors pay for.

use std::fmt;

/// A booth's type, derived from the plan (never stored): the number of its open sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray)]
pub enum BoothType {
    /// One open side: a booth in a row.
    Inline,
    /// Two open sides: the end of a row.
    Corner,
    /// Three open sides: the end of a block of back-to-back rows.
    Peninsula,
    /// Four open sides: a booth standing alone.
    Island,
}

impl BoothType {
    /// Every type, from fewest open sides to most, for legends and tables.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The type of a booth with this many open sides; `None` for a booth with none (which the
    /// `no-aisle-access` rule reports).
    #[must_use]
    pub fn from_open_sides(open_sides: u8) -> Option<Self> {
        match open_sides {
            1 => Some(Self::Inline),
            2 => Some(Self::Corner),
            3 => Some(Self::Peninsula),
            4.. => Some(Self::Island),
            0 => None,
        }
    }

    /// Lower-case word used in CSV, GeoJSON, JSON and the window.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Inline => "inline",
            Self::Corner => "corner",
            Self::Peninsula => "peninsula",
            Self::Island => "island",
        }
    }
}

impl fmt::Display for BoothType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
