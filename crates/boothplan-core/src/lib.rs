//! boothplan's core: the layout of a trade fair and everything done to it without a window.
//!
//! [`model`] is plain data in metres; [`check`] turns a layout into findings with `geo` and
//! `rstar`; [`io`] reads and writes files (RON layouts, GeoJSON, exported plans); [`editor`] is the
//! document being edited, its selection, tools and undo history; [`stats`] sums it up and
//! [`sample`] builds the default fair and synthetic ones. This crate depends on no GUI crate, so
//! the window (`boothplan-ui`) and the command line share all of it and nothing here can draw.

#![warn(
    clippy::allow_attributes,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "exceptions are `expect`s with a reason, and nothing the user gives may panic"
)]

pub mod assign;
pub mod check;
pub mod editor;
pub mod generate;
pub mod io;
pub mod model;
pub mod projection;
pub mod revision;
pub mod sample;
pub mod stats;
pub mod units;
