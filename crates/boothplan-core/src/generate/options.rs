//! What a planner chooses before filling an area with booths: module size, blocks, aisles, the
//! corner to start from and the way rows run.

use crate::model::{Layout, Rect, Zone};

/// The standard booth module, metres: 3 m × 3 m (shell-scheme booths are sold in these).
pub const STANDARD_MODULE_M: (f64, f64) = (3.0, 3.0);

/// Modules in a row between two cross aisles, unless the planner says otherwise: ten 3 m
/// modules make a 30 m run, the longest run fire codes accept without a cross aisle.
pub const DEFAULT_BLOCK_MODULES: u32 = 10;

/// Aisle width used when the layout's minimum is zero (the aisle rule is off), metres.
pub const FALLBACK_AISLE_M: f64 = 3.0;

/// Distance booths keep from the face of a column by default, metres: room for the builder to
/// close a booth wall beside it.
pub const DEFAULT_COLUMN_CLEARANCE_M: f64 = 0.5;

/// The corner of the area where the first row and booth number start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray)]
pub enum StartCorner {
    /// Top-left on the page (smallest x and y).
    #[default]
    TopLeft,
    /// Top-right.
    TopRight,
    /// Bottom-left.
    BottomLeft,
    /// Bottom-right.
    BottomRight,
}

impl StartCorner {
    /// Every corner, for menus.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The planner's words for it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::TopLeft => "top left",
            Self::TopRight => "top right",
            Self::BottomLeft => "bottom left",
            Self::BottomRight => "bottom right",
        }
    }

    /// True when counting starts at the right edge (x runs backwards).
    #[must_use]
    pub fn from_right(self) -> bool {
        matches!(self, Self::TopRight | Self::BottomRight)
    }

    /// True when counting starts at the bottom edge (y runs backwards).
    #[must_use]
    pub fn from_bottom(self) -> bool {
        matches!(self, Self::BottomLeft | Self::BottomRight)
    }
}

/// Which way the rows of booths (and the main aisles between them) run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray)]
pub enum RowDirection {
    /// Rows run left to right (along x); main aisles are horizontal on the plan.
    #[default]
    Across,
    /// Rows run down the page (along y); main aisles are vertical on the plan.
    Down,
}

impl RowDirection {
    /// Both directions, for menus.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The planner's words for it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Across => "rows left to right",
            Self::Down => "rows top to bottom",
        }
    }
}

/// How to cut an area into booths.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FillOptions {
    /// Module width along x, metres (3 m by default; any size, e.g. 6 m for a double module).
    pub module_width_m: f64,
    /// Module depth along y, metres.
    pub module_depth_m: f64,
    /// Modules in one row of a block, between cross aisles.
    pub block_modules: u32,
    /// Rows back to back (double rows sharing a back wall) rather than single rows. Double rows
    /// of blocks of one or two modules are islands ringed by aisles.
    pub back_to_back: bool,
    /// Width of the main aisles between rows, metres.
    pub main_aisle_m: f64,
    /// Width of the cross aisles between blocks, metres.
    pub cross_aisle_m: f64,
    /// Clearance booths keep from columns, metres.
    pub column_clearance_m: f64,
    /// Where the first row starts.
    pub start: StartCorner,
    /// Which way rows run.
    pub direction: RowDirection,
}

impl FillOptions {
    /// The defaults for `layout`: 3 × 3 m modules in back-to-back blocks of ten, aisles of the
    /// layout's minimum width, starting top left with rows left to right.
    #[must_use]
    pub fn for_layout(layout: &Layout) -> Self {
        let aisle = if layout.min_aisle_m > 0.0 && layout.min_aisle_m.is_finite() {
            layout.min_aisle_m
        } else {
            FALLBACK_AISLE_M
        };
        Self {
            module_width_m: STANDARD_MODULE_M.0,
            module_depth_m: STANDARD_MODULE_M.1,
            block_modules: DEFAULT_BLOCK_MODULES,
            back_to_back: true,
            main_aisle_m: aisle,
            cross_aisle_m: aisle,
            column_clearance_m: DEFAULT_COLUMN_CLEARANCE_M,
            start: StartCorner::TopLeft,
            direction: RowDirection::Across,
        }
    }
}

/// The rectangle to fill and what its booths carry: a zone, or any area of one hall.
#[derive(Clone, Debug, PartialEq)]
pub struct FillArea {
    /// Hall the booths stand in.
    pub hall: String,
    /// Theme key the booths get.
    pub theme: String,
    /// The zone's id when filling a zone (for `{zone}` in numbers).
    pub zone: Option<String>,
    /// Where to put booths, venue metres.
    pub rect: Rect,
}

impl FillArea {
    /// The whole of `zone`, its hall and theme; `None` for a zone in no hall.
    #[must_use]
    pub fn of_zone(zone: &Zone) -> Option<Self> {
        Some(Self {
            hall: zone.hall.clone()?,
            theme: zone.theme.clone(),
            zone: Some(zone.id.clone()),
            rect: zone.rect,
        })
    }
}

/// Why an area cannot be filled; each message says what to change.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FillError {
    /// A size that is not a positive number.
    #[error("{what} must be a number of metres above 0 (got {value})")]
    NotPositive {
        /// Which setting.
        what: &'static str,
        /// What was given.
        value: f64,
    },
    /// A negative or non-finite clearance.
    #[error("column clearance must be 0 m or more (got {0})")]
    BadClearance(f64),
    /// An aisle narrower than the layout allows.
    #[error("the {what} of {value} m is narrower than the layout's {min} m minimum aisle")]
    AisleTooNarrow {
        /// Which aisle.
        what: &'static str,
        /// What was given.
        value: f64,
        /// The layout's minimum.
        min: f64,
    },
    /// Zero modules per block.
    #[error("a block needs at least one module")]
    EmptyBlock,
    /// The area is not a usable rectangle.
    #[error("the area to fill is not a rectangle of positive size")]
    BadArea,
    /// The hall does not exist or its outline is broken.
    #[error("hall {0} does not exist or its outline is not a valid polygon")]
    NoHall(String),
    /// No zone has this id.
    #[error("there is no zone {0} in this layout")]
    NoZone(String),
    /// The zone names no hall.
    #[error("zone {0} lies in no hall, so there is no floor to fill")]
    ZoneInNoHall(String),
    /// A dragged area whose middle is on no hall's floor.
    #[error("the area lies in no hall: drag it on a hall's floor")]
    AreaInNoHall,
    /// The theme does not exist.
    #[error("theme {0} does not exist in this layout")]
    NoTheme(String),
    /// The pattern would hold more booths than one fill may make.
    #[error("the module size is too small for this area: more than {0} booths")]
    TooMany(u64),
    /// The numbering could not be applied.
    #[error(transparent)]
    Numbering(#[from] super::NumberingError),
}

impl FillOptions {
    /// Checks every setting against `min_aisle_m` (the layout's minimum).
    ///
    /// # Errors
    /// The first setting that is out of range.
    pub fn validate(&self, min_aisle_m: f64) -> Result<(), FillError> {
        let sizes = [
            ("module width", self.module_width_m),
            ("module depth", self.module_depth_m),
            ("main aisle", self.main_aisle_m),
            ("cross aisle", self.cross_aisle_m),
        ];
        for (what, value) in sizes {
            if !(value.is_finite() && value > 0.0 && value <= 1.0e6) {
                return Err(FillError::NotPositive { what, value });
            }
        }
        let c = self.column_clearance_m;
        if !(c.is_finite() && (0.0..=1.0e6).contains(&c)) {
            return Err(FillError::BadClearance(c));
        }
        if self.block_modules == 0 {
            return Err(FillError::EmptyBlock);
        }
        let min = if min_aisle_m.is_finite() { min_aisle_m } else { 0.0 };
        for (what, value) in
            [("main aisle", self.main_aisle_m), ("cross aisle", self.cross_aisle_m)]
        {
            if value < min - crate::check::AISLE_EPSILON_M {
                return Err(FillError::AisleTooNarrow { what, value, min });
            }
        }
        Ok(())
    }
}

/// Reads a module size as planners write it: `3x3`, `6 x 3`, `6×3` (width along x first) or
/// one number for a square; metres, each side above 0.
///
/// # Errors
/// A sentence saying what was expected, for the command line and the dialog alike.
pub fn parse_module_size(text: &str) -> Result<(f64, f64), String> {
    let expected = || {
        format!("`{text}` is not a module size: expected WIDTHxDEPTH in metres, such as 3x3 or 6x3")
    };
    let lower = text.trim().to_lowercase();
    let mut parts = lower.split(['x', '×', '*']).map(str::trim);
    let width = parts.next().unwrap_or_default();
    let depth = parts.next().unwrap_or(width);
    if parts.next().is_some() {
        return Err(expected());
    }
    let side = |s: &str| s.parse::<f64>().ok().filter(|v| v.is_finite() && *v > 0.0 && *v <= 1.0e4);
    match (side(width), side(depth)) {
        (Some(w), Some(d)) => Ok((w, d)),
        _ => Err(expected()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_sizes_as_planners_write_them() {
        assert_eq!(parse_module_size("3x3"), Ok((3.0, 3.0)));
        assert_eq!(parse_module_size(" 6 × 3 "), Ok((6.0, 3.0)));
        assert_eq!(parse_module_size("4.5X3"), Ok((4.5, 3.0)));
        assert_eq!(parse_module_size("4"), Ok((4.0, 4.0)));
        for bad in ["", "x3", "3x", "3x3x3", "0x3", "-3x3", "NaNx3", "abc"] {
            assert!(parse_module_size(bad).unwrap_err().contains("expected WIDTHxDEPTH"), "{bad}");
        }
    }
}
