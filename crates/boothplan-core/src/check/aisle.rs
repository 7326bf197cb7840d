//! `narrow-aisle`: two booths of one hall facing each other across a gap too narrow to walk.
//!
//! Both the gap and the facing length are compared with a tolerance of [`AISLE_EPSILON_M`]
//! (1e-9 m): coordinates such as 0.1 + 0.2 carry rounding noise, and an aisle drawn at exactly
//! the minimum, computed as 2.9999999999 m, must not fire — nor must booths that touch, whose
//! gap computes as 1e-15 m, nor booths that meet only at a corner.
//!
//! A gap is an aisle only while it is empty: when another booth stands in the gap between the
//! two (shares area with the rectangle spanning the gap along the stretch where they face each
//! other), the pair is not measured — three touching booths in a row leave no aisle between the
//! outer two. Columns do not count: a pillar in a narrow gap leaves it just as narrow.

use super::index::{self, RectTree};
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

/// The rectangle between two facing rectangles: across the gap, along the stretch where they
/// face each other; `None` when they do not face each other.
#[must_use]
pub fn gap_rect(a: &Rect, b: &Rect) -> Option<Rect> {
    let gap = facing_gap_m(a, b)?;
    let (lo_x, hi_x) = (a.x_m.max(b.x_m), a.max_x_m().min(b.max_x_m()));
    let (lo_y, hi_y) = (a.y_m.max(b.y_m), a.max_y_m().min(b.max_y_m()));
    Some(if hi_x - lo_x > AISLE_EPSILON_M {
        Rect::new(lo_x, a.max_y_m().min(b.max_y_m()), hi_x - lo_x, gap)
    } else {
        Rect::new(a.max_x_m().min(b.max_x_m()), lo_y, gap, hi_y - lo_y)
    })
}

/// Whether `other` stands in `gap`: they share area beyond the tolerance on both axes.
#[must_use]
pub fn stands_in_gap(gap: &Rect, other: &Rect) -> bool {
    let overlap_x = gap.max_x_m().min(other.max_x_m()) - gap.x_m.max(other.x_m);
    let overlap_y = gap.max_y_m().min(other.max_y_m()) - gap.y_m.max(other.y_m);
    overlap_x > AISLE_EPSILON_M && overlap_y > AISLE_EPSILON_M
}

/// Whether a booth of `tree` (tags read back to rectangles by `rect_of`) other than the ones
/// tagged `a` and `b` stands in `gap`: the R-tree answers the candidates, [`stands_in_gap`]
/// decides, so a pair costs one query.
pub(crate) fn gap_filled(
    tree: &RectTree,
    gap: &Rect,
    (a, b): (u32, u32),
    rect_of: impl Fn(u32) -> Option<Rect>,
) -> bool {
    tree.locate_in_envelope_intersecting(&index::envelope(gap, 0.0))
        .filter(|e| e.data != a && e.data != b)
        .any(|e| rect_of(e.data).is_some_and(|r| stands_in_gap(gap, &r)))
}

/// The `narrow-aisle` finding for two booths, if they stand in one hall too close together
/// with nothing between them; `filled(gap)` tells whether another booth stands in the gap
/// rectangle (see [`stands_in_gap`]), asked only for a pair that would otherwise fire.
#[must_use]
pub(crate) fn narrow_aisle(
    a: &Spot<'_>,
    b: &Spot<'_>,
    min_aisle_m: f64,
    filled: impl FnOnce(&Rect) -> bool,
) -> Option<Finding> {
    let gap = facing_gap_m(&a.rect, &b.rect)?;
    // Geometry first: comparing hall names costs more than the arithmetic, and most
    // neighbours are dismissed by it. A minimum that is not a finite number turns the rule off.
    let narrow =
        gap > AISLE_EPSILON_M && gap < min_aisle_m - AISLE_EPSILON_M && min_aisle_m.is_finite();
    if !narrow || a.hall.is_none() || a.hall != b.hall {
        return None;
    }
    if gap_rect(&a.rect, &b.rect).is_some_and(|r| filled(&r)) {
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

/// How far apart two facing booths may stand for their gap to be looked at by
/// [`narrowest_aisle`], metres: wider gaps are halls' open floor, not aisles.
pub const AISLE_SEARCH_M: f64 = 10.0;

/// The narrowest aisle of a hall: two of its booths facing each other across an empty gap.
#[derive(Clone, Debug, PartialEq)]
pub struct NarrowestAisle {
    /// The gap, metres.
    pub width_m: f64,
    /// The two booths' ids, sorted.
    pub ids: Vec<String>,
    /// The gap between them, along the stretch where they face each other.
    pub gap: Rect,
}

/// The narrowest aisle between booths of the hall `hall_id` (facing each other, with a gap
/// of at most [`AISLE_SEARCH_M`] that no other booth stands in), measured as `narrow-aisle`
/// measures it; `None` when no two booths face each other that closely.
///
/// This is what a fire marshal walks the floor to check; a sheet marks it with its width.
#[must_use]
pub fn narrowest_aisle(layout: &crate::model::Layout, hall_id: &str) -> Option<NarrowestAisle> {
    let booths: Vec<&crate::model::Booth> = layout
        .booths
        .iter()
        .filter(|b| b.hall.as_deref() == Some(hall_id) && super::validity::rect_usable(&b.rect))
        .collect();
    let tree = index::bulk(
        booths.iter().enumerate().map(|(i, b)| (b.rect, index::tag(i))).collect::<Vec<_>>(),
    );
    let rect_of = |t: u32| booths.get(t as usize).map(|b| b.rect);
    let mut best: Option<(f64, usize, usize, Rect)> = None;
    for (i, a) in booths.iter().enumerate() {
        for e in tree.locate_in_envelope_intersecting(&index::envelope(&a.rect, AISLE_SEARCH_M)) {
            let j = e.data as usize;
            if j <= i {
                continue;
            }
            let b = booths[j];
            let Some(gap) = facing_gap_m(&a.rect, &b.rect) else { continue };
            if gap <= AISLE_EPSILON_M
                || gap > AISLE_SEARCH_M
                || best.as_ref().is_some_and(|w| w.0 <= gap)
            {
                continue;
            }
            let Some(between) = gap_rect(&a.rect, &b.rect) else { continue };
            if gap_filled(&tree, &between, (index::tag(i), index::tag(j)), rect_of) {
                continue;
            }
            best = Some((gap, i, j, between));
        }
    }
    best.map(|(width_m, i, j, gap)| NarrowestAisle {
        width_m,
        ids: super::overlap::sorted_pair(&booths[i].id, &booths[j].id),
        gap,
    })
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
        assert!(narrow_aisle(&a, &b, 3.0, |_| false).is_some());
        for min in [f64::NAN, f64::INFINITY, 0.0, -3.0] {
            assert!(narrow_aisle(&a, &b, min, |_| false).is_none(), "{min}");
        }
    }

    #[test]
    fn the_gap_rect_spans_the_gap_where_the_booths_face_each_other() {
        let a = Rect::new(0.0, 0.0, 3.0, 3.0);
        assert_eq!(
            gap_rect(&a, &Rect::new(5.0, 1.0, 3.0, 3.0)),
            Some(Rect::new(3.0, 1.0, 2.0, 2.0))
        );
        assert_eq!(
            gap_rect(&Rect::new(1.0, 4.5, 3.0, 3.0), &a),
            Some(Rect::new(1.0, 3.0, 2.0, 1.5))
        );
        assert_eq!(gap_rect(&a, &Rect::new(4.0, 4.0, 3.0, 3.0)), None);
        let gap = Rect::new(3.0, 1.0, 2.0, 2.0);
        assert!(stands_in_gap(&gap, &Rect::new(3.0, 0.0, 2.0, 2.0)));
        assert!(!stands_in_gap(&gap, &Rect::new(3.0, 3.0, 2.0, 2.0)), "touches only");
        let (a, b) =
            (spot("A", Rect::new(0.0, 0.0, 3.0, 3.0)), spot("B", Rect::new(4.0, 0.0, 3.0, 3.0)));
        assert!(narrow_aisle(&a, &b, 3.0, |_| true).is_none(), "a booth fills the gap");
    }
}
