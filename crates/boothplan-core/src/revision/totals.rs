//! The figures a sales manager looks at first when two revisions differ.

use serde::Serialize;

use crate::model::Layout;

/// A figure in the older and the newer layout.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Compared<T> {
    /// In the older layout.
    pub old: T,
    /// In the newer layout.
    pub new: T,
}

/// Totals of both layouts.
///
/// Revenue belongs here too once layouts carry prices: add a `revenue: Compared<…>` computed
/// by the same function as the summary's, in [`Totals::of`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Totals {
    /// Number of booths.
    pub booths: Compared<usize>,
    /// Floor area of all booths, m².
    pub booth_area_m2: Compared<f64>,
}

impl Totals {
    /// The totals of `old` and `new`.
    #[must_use]
    pub fn of(old: &Layout, new: &Layout) -> Self {
        let area = |l: &Layout| l.booths.iter().map(|b| b.rect.area_m2()).sum();
        Self {
            booths: Compared { old: old.booths.len(), new: new.booths.len() },
            booth_area_m2: Compared { old: area(old), new: area(new) },
        }
    }
}
