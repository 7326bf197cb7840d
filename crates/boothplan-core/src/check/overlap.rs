//! `booth-overlap`, `zone-overlap`, `hall-overlap`: two objects of one kind sharing floor.
//!
//! Zones and booths are axis-aligned rectangles, so their shared area is the product of the
//! overlaps of their extents: exact, closed form, no allocation. Halls are polygons and go
//! through `geo`'s boolean operations (there are only a handful of them).

use geo::{Area, BooleanOps};

use super::{AREA_EPSILON_M2, Finding, Rule, Spot, text};
use crate::model::Rect;

use super::shapes::Shape;

/// Area in m² two rectangles have in common (0 when they only touch or are apart).
#[must_use]
pub(crate) fn shared_area_m2(a: &Rect, b: &Rect) -> f64 {
    let dx = a.max_x_m().min(b.max_x_m()) - a.x_m.max(b.x_m);
    let dy = a.max_y_m().min(b.max_y_m()) - a.y_m.max(b.y_m);
    if dx > 0.0 && dy > 0.0 { dx * dy } else { 0.0 }
}

/// Two ids in order, as findings list them.
pub(crate) fn sorted_pair(a: &str, b: &str) -> Vec<String> {
    if a <= b { vec![a.to_owned(), b.to_owned()] } else { vec![b.to_owned(), a.to_owned()] }
}

/// The `booth-overlap` (or `zone-overlap`) finding for two rectangles, if they share area.
#[must_use]
pub(crate) fn rect_pair(rule: Rule, a: &Spot<'_>, b: &Spot<'_>) -> Option<Finding> {
    let area = shared_area_m2(&a.rect, &b.rect);
    if area <= AREA_EPSILON_M2 {
        return None;
    }
    let ids = sorted_pair(a.id, b.id);
    let plural = if rule == Rule::ZoneOverlap { "Zones" } else { "Booths" };
    let message =
        format!("{plural} {} and {} overlap by {} m².", ids[0], ids[1], text::number(area));
    Some(Finding::new(rule, ids, Some(area), message))
}

/// The `hall-overlap` finding for two valid halls, if they share area.
#[must_use]
pub(crate) fn hall_pair(a: &Shape, b: &Shape) -> Option<Finding> {
    if shared_area_m2(&a.bounds, &b.bounds) <= AREA_EPSILON_M2 {
        return None;
    }
    let area = a.polygon.intersection(&b.polygon).unsigned_area();
    if area <= AREA_EPSILON_M2 {
        return None;
    }
    let ids = sorted_pair(&a.id, &b.id);
    let message = format!("Halls {} and {} overlap by {} m².", ids[0], ids[1], text::number(area));
    Some(Finding::new(Rule::HallOverlap, ids, Some(area), message))
}

/// Every `hall-overlap` finding; candidates from an R-tree of hall boxes.
#[must_use]
pub(crate) fn hall_overlaps(halls: &[Shape]) -> Vec<Finding> {
    let valid = halls.iter().enumerate().filter(|(_, h)| h.valid);
    let tree = super::index::bulk(valid.map(|(i, h)| (h.bounds, super::index::tag(i))));
    let mut found = Vec::new();
    for (i, hall) in halls.iter().enumerate().filter(|(_, h)| h.valid) {
        for other in
            tree.locate_in_envelope_intersecting(&super::index::envelope(&hall.bounds, 0.0))
        {
            let j = other.data as usize;
            if j > i {
                found.extend(hall_pair(hall, &halls[j]));
            }
        }
    }
    found
}
