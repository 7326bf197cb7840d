//! The layout checks of PRODUCT.md §3: pure functions from a layout to a list of findings.
//!
//! Exact predicates and areas come from closed forms on axis-aligned rectangles (zones and
//! booths) and from `geo` where polygons are involved (halls, columns); candidate pairs come
//! from `rstar` R-trees, never from all pairs. Each rule family is one file of small kernels
//! (one object, or one pair → maybe a finding) that both the full check ([`check_layout`]) and
//! the incremental one ([`LiveCheck`]) call, so the two cannot drift apart.

mod aisle;
mod containment;
mod finding;
mod full;
mod ids;
mod index;
mod live;
mod mirror;
mod overlap;
mod shapes;
mod text;
mod theme;
mod validity;

pub use aisle::AISLE_EPSILON_M;
pub use finding::{Finding, Rule, Severity};
pub use full::check_layout;
pub use live::{LiveCheck, Touched};

use crate::model::{Booth, Rect, Zone};

/// Shared area at or below this (m²) is no overlap: edges that touch, float noise.
pub const AREA_EPSILON_M2: f64 = 1e-6;

/// What the rules read of a zone or booth, borrowed from the layout or from [`LiveCheck`]'s copy.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spot<'a> {
    /// Its id.
    pub id: &'a str,
    /// The hall it names.
    pub hall: &'a str,
    /// Its theme key.
    pub theme: &'a str,
    /// Where it is.
    pub rect: Rect,
}

impl<'a> Spot<'a> {
    /// What the rules read of a booth.
    pub(crate) fn booth(b: &'a Booth) -> Self {
        Self { id: &b.id, hall: &b.hall, theme: &b.theme, rect: b.rect }
    }

    /// What the rules read of a zone.
    pub(crate) fn zone(z: &'a Zone) -> Self {
        Self { id: &z.id, hall: &z.hall, theme: &z.theme, rect: z.rect }
    }
}
