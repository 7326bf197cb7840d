//! The layout checks of docs/SPEC.md §3: pure functions from a layout to a list of findings.
//!
//! Exact predicates and areas come from closed forms on axis-aligned rectangles (zones and
//! booths) and from `geo` where polygons are involved (halls, columns); candidate pairs come
//! from `rstar` R-trees, never from all pairs. Each rule family is one file of small kernels
//! (one object, or one pair → maybe a finding) that both the full check ([`check_layout`]) and
//! the incremental one ([`LiveCheck`]) call, so the two cannot drift apart.
//!
//! Decisions the spec leaves open, taken here:
//! - "Shares area" is an intersection above [`AREA_EPSILON_M2`]; touching never counts.
//! - `outside-hall` follows GEOS `covers` exactly (lying on a wall is inside, a nanometre past
//!   it is not); `area_m2` is the area outside. A zone or booth naming a hall that does not
//!   exist is outside with no area, and so is one (or a column) that names no hall: it was
//!   drawn outside every hall. When two halls share an id, the first one counts.
//! - `on-column` counts every column, whatever hall it names: concrete is where it stands.
//! - `narrow-aisle` compares with a tolerance of [`AISLE_EPSILON_M`] (see [`aisle`]); it only
//!   pairs booths naming the same hall.
//! - `duplicate-id` gives one finding per shared id (ids: that id once), counting objects of
//!   every kind; the message says how many of each.
//! - Objects with `invalid-geometry` take part in no other geometric rule, and neither do
//!   zones or booths in a hall whose outline is invalid (`outside-hall` is skipped for them).
//! - `no-aisle-access` and booth types: see [`access`]; a strip in front of a side is as deep
//!   as the minimum aisle (a centimetre when that is zero), and a booth without a usable
//!   rectangle or a valid hall of its own has no type and no such finding.
//! - `theme-mismatch` pairs a booth with every zone of another theme that wholly holds it,
//!   whatever hall the zone names.

pub(crate) mod access;
pub mod aisle;
mod booth_types;
mod containment;
mod crossing;
pub mod egress;
mod finding;
mod findings_by_owner;
mod full;
mod grid_join;
mod ids;
pub(crate) mod index;
mod join;
mod live;
mod live_walk;
mod mirror;
pub(crate) mod overlap;
pub mod rule_table;
pub(crate) mod shapes;
mod text;
mod theme;
pub(crate) mod validity;
pub mod walk;

pub use aisle::AISLE_EPSILON_M;
pub use booth_types::booth_types;
pub use finding::{Finding, Measure, Rule, Severity};
pub use full::check_layout;
pub use live::{LiveCheck, Touched};
pub use rule_table::{RuleRow, rule_table, rules_not_in_pack};

use crate::model::{Booth, Rect, Zone};

/// Shared area at or below this (m²) is no overlap: edges that touch, float noise.
pub const AREA_EPSILON_M2: f64 = 1e-6;

/// Which objects a finding is about, by index in the layout (full check) or slot
/// ([`LiveCheck`]), so that it can be dropped when one of them changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Owner {
    /// About halls only (their geometry, two halls overlapping): re-checked whenever a hall
    /// changes (a fair has a handful of halls).
    Halls,
    /// About one column's own geometry, by its slot in the venue.
    Column(u32),
    /// `duplicate-id`: about whatever carries the finding's id.
    Id,
    /// About one booth (its shape, its hall).
    Booth(u32),
    /// `no-aisle-access`: about one booth and whatever stands around it, re-checked when it or
    /// a booth near it changes.
    Access(u32),
    /// `on-column`: about a booth and a column (by its slot in the venue).
    BoothOnColumn(u32, u32),
    /// About one zone.
    Zone(u32),
    /// About two booths, lower slot first.
    Booths(u32, u32),
    /// About two zones, lower slot first.
    Zones(u32, u32),
    /// About a booth and a zone holding it.
    BoothInZone(u32, u32),
    /// A fire and egress finding about a hall's exits, booths and columns (but `booth-depth`,
    /// which is [`Owner::Access`]), by the hall's index in the layout: re-checked when
    /// anything in that hall changes.
    Egress(u32),
}

/// What the rules read of a zone or booth, borrowed from the layout or from [`LiveCheck`]'s copy.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spot<'a> {
    /// Its id.
    pub id: &'a str,
    /// The hall it names; `None` when it stands in no hall.
    pub hall: Option<&'a str>,
    /// Its theme key.
    pub theme: &'a str,
    /// Where it is.
    pub rect: Rect,
}

impl<'a> Spot<'a> {
    /// What the rules read of a booth.
    pub(crate) fn booth(b: &'a Booth) -> Self {
        Self { id: &b.id, hall: b.hall.as_deref(), theme: &b.theme, rect: b.rect }
    }

    /// What the rules read of a zone.
    pub(crate) fn zone(z: &'a Zone) -> Self {
        Self { id: &z.id, hall: z.hall.as_deref(), theme: &z.theme, rect: z.rect }
    }
}
