//! `narrow-aisle`: two booths of one hall facing each other across a gap too narrow to walk.
//!
//! Both the gap and the facing length are compared with a tolerance of [`AISLE_EPSILON_M`]
//! (1e-9 m): coordinates such as 0.1 + 0.2 carry rounding noise, and an aisle drawn at exactly
//! the minimum, computed as 2.9999999999 m, must not fire — nor must booths that touch, whose
//! gap computes as 1e-15 m, nor booths that meet only at a corner.

use super::{Finding, Rule, Spot, text};
use crate::model::Rect;

/// Tolerance on aisle widths and facing lengths, metres.
pub const AISLE_EPSILON_M: f64 = 1e-9;

/// The gap between two rectangles that face each other (their extents overlap along one axis
/// by more than the tolerance); `None` when they only meet diagonally or overlap.
#[must_use]
pub fn facing_gap_m(a: &Rect, b: &Rect) -> Option<f64> {
    let overlap_x = a.max_x_m().min(b.max_x_m()) - a.x_m.max(b.x_m);
    let overlap_y = a.max_y_m().min(b.max_y_m()) - a.y_m.max(b.y_m);
    match (overlap_x > AISLE_EPSILON_M, overlap_y > AISLE_EPSILON_M) {
        (true, false) => Some(-overlap_y),
        (false, true) => Some(-overlap_x),
        _ => None,
    }
}

/// The `narrow-aisle` finding for two booths, if they stand in one hall too close together.
#[must_use]
pub(crate) fn narrow_aisle(a: &Spot<'_>, b: &Spot<'_>, min_aisle_m: f64) -> Option<Finding> {
    let gap = facing_gap_m(&a.rect, &b.rect)?;
    // Geometry first: comparing hall names costs more than the arithmetic, and most
    // neighbours are dismissed by it. A minimum that is not a finite number turns the rule off.
    let narrow =
        gap > AISLE_EPSILON_M && gap < min_aisle_m - AISLE_EPSILON_M && min_aisle_m.is_finite();
    if !narrow || a.hall.is_none() || a.hall != b.hall {
        return None;
    }
    let ids = super::overlap::sorted_pair(a.id, b.id);
    let message = format!(
        "Booths {} and {} leave an aisle of {} m, narrower than the {} m minimum.",
        ids[0],
        ids[1],
        text::number(gap),
        text::number(min_aisle_m)
    );
    Some(Finding::new(Rule::NarrowAisle, ids, None, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot(id: &str, rect: Rect) -> Spot<'_> {
        Spot { id, hall: Some("1A"), theme: "technology", rect }
    }

    #[test]
    fn the_gap_is_measured_only_between_facing_booths() {
        let a = Rect::new(0.0, 0.0, 3.0, 3.0);
        assert_eq!(facing_gap_m(&a, &Rect::new(5.0, 1.0, 3.0, 3.0)), Some(2.0));
        assert_eq!(facing_gap_m(&a, &Rect::new(1.0, 4.5, 3.0, 3.0)), Some(1.5));
        assert_eq!(facing_gap_m(&a, &Rect::new(4.0, 4.0, 3.0, 3.0)), None, "diagonal");
        assert_eq!(facing_gap_m(&a, &Rect::new(1.0, 1.0, 3.0, 3.0)), None, "overlapping");
        // Extents that overlap by float noise only do not face each other.
        assert_eq!(facing_gap_m(&a, &Rect::new(3.0 - 1e-12, 5.0, 3.0, 3.0)), None);
    }

    #[test]
    fn a_minimum_that_is_not_a_number_fires_nothing() {
        let (a, b) =
            (spot("A", Rect::new(0.0, 0.0, 3.0, 3.0)), spot("B", Rect::new(4.0, 0.0, 3.0, 3.0)));
        assert!(narrow_aisle(&a, &b, 3.0).is_some());
        for min in [f64::NAN, f64::INFINITY, 0.0, -3.0] {
            assert!(narrow_aisle(&a, &b, min).is_none(), "{min}");
        }
    }
}
