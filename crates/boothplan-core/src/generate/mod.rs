//! The booth generator: fill a zone (or any rectangle of one hall) with numbered booths that
//! raise no finding, and renumber booths with the same schemes.
//!
//! A fill lays a pattern of rows and aisles from a start corner ([`FillOptions`]), keeps every
//! place clear of walls, columns, booths already there and zones of other themes, makes sure
//! each booth has an open side (the strip of minimum-aisle width in front of it lies in the
//! hall and under no booth), and numbers the booths with a [`NumberingScheme`]. The window's
//! preview, its Apply and the `fill` command all call [`fill_area`].

mod access;
mod clear;
mod effects;
mod fill;
mod numbering;
mod options;
mod order;
mod pattern;
mod pattern_text;
mod renumber;

pub use access::side_strips;
pub use effects::RuleEffects;
pub use fill::{Fill, FillStats, fill_area, fill_zone, taken_ids};
pub use numbering::{NumberPlace, NumberingError, NumberingScheme, has_digit};
pub use options::{
    DEFAULT_BLOCK_MODULES, DEFAULT_COLUMN_CLEARANCE_M, FALLBACK_AISLE_M, FillArea, FillError,
    FillOptions, RowDirection, STANDARD_MODULE_M, StartCorner, parse_module_size,
};
pub use order::{AisleSides, aisles, reading_order};
pub use pattern::MAX_PLACES;
pub use pattern_text::{DEFAULT_PATTERN, NumberPattern, PatternError};
pub use renumber::{booths_in_hall, renumber};
