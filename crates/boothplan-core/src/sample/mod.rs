//! Generated layouts: the default Hangzhou fair, and large synthetic fairs for benchmarks.
//!
//! Deterministic: a fixed-seed generator written here, so a layout is the same on every run and
//! the checked-in `layouts/gdte-hangzhou.ron` can be compared with what the code makes.

mod doors;
mod empty_hall;
mod gdte;
pub mod huge;
mod names;
mod rng;
mod synthetic;

pub use empty_hall::empty_hall;
pub use gdte::gdte_hangzhou;
pub use synthetic::{synthetic, synthetic_overlap_count, synthetic_with_doors};

#[cfg(test)]
mod oracle;
#[cfg(test)]
mod tests;

use crate::model::{Column, Point};

/// A square column of side `side_m` centred on `centre`, corners computed from the centre so
/// that a column at 18 m reads `17.6 … 18.4` in the file, not `18.400000000000002`.
fn square_column(id: String, hall: &str, centre: Point, side_m: f64) -> Column {
    let h = side_m / 2.0;
    let (x0, x1, y0, y1) = (centre.x_m - h, centre.x_m + h, centre.y_m - h, centre.y_m + h);
    let outline =
        vec![Point::new(x0, y0), Point::new(x1, y0), Point::new(x1, y1), Point::new(x0, y1)];
    Column { id, hall: Some(hall.to_owned()), outline }
}
