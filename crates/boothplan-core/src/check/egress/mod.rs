//! The fire and egress rules: exits measured against booths, columns and hall areas, with the
//! limits of the layout's rule pack (see [`limits`]).
//!
//! Every finding here carries a [`super::Measure`]: what was measured, the limit and the clause
//! or approval it comes from, and its sentence names all three.

pub mod limits;

pub use limits::{Capacity, LAYOUT_LIMIT, Limit, Limits, pack_limit};
