//! Plain data of a floor plan: what a planner draws, in metres, with no drawing or checking code.
//!
//! Coordinates follow docs/SPEC.md §2: x to the right, y down the page, one frame for the whole
//! venue. Everything here is `serde` data so the same values go to RON, GeoJSON and the editor.

mod background;
mod booth;
mod booth_type;
mod colour;
mod exit;
mod geometry;
mod hall;
mod hall_ref;
mod layout;
mod pricing;
mod rules;
mod site;
mod theme;
mod zone;

pub use background::{Background, Placement};
pub use booth::{Booth, BoothStatus};
pub use booth_type::BoothType;
pub use colour::Colour;
pub use exit::Exit;
pub use geometry::{Point, Rect, distance_to_segment_m, point_in_polygon, polygon_area_m2};
pub use hall::{Column, Hall};
pub(crate) use hall_ref::from_written as hall_from_written;
pub use layout::{FORMAT_VERSION, Layout, ObjectKind};
pub use pricing::{Premiums, Pricing};
pub use rules::{HallRules, LimitKey, RulePack, Rules};
pub use site::Site;
pub use theme::Theme;
pub use zone::{Zone, zone_holding};
