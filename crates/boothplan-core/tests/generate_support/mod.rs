//! Shared by the generator tests: small layouts and an independent test of aisle access.

#![allow(dead_code, reason = "each test file uses part of the support")]

use boothplan_core::check::{AREA_EPSILON_M2, check_layout};
use boothplan_core::model::{Booth, Column, Hall, Layout, Point, Rect, Zone};
use geo::{Polygon, Relate};

/// A hall from its outline.
pub fn hall(id: &str, outline: &[(f64, f64)]) -> Hall {
    Hall::new(id, id, outline.iter().map(|&p| p.into()).collect())
}

/// A zone of `theme` in hall `1A`.
pub fn zone(id: &str, theme: &str, rect: Rect) -> Zone {
    Zone { id: id.into(), hall: Some("1A".into()), theme: theme.into(), name: id.into(), rect }
}

/// A rectangular column in hall `1A`.
pub fn column(id: &str, rect: Rect) -> Column {
    Column { id: id.into(), hall: Some("1A".into()), outline: rect.corners().to_vec() }
}

/// A 60 × 40 m hall `1A` holding a 30 × 18 m technology zone `Z1` at (10, 10).
pub fn thirty_by_eighteen() -> Layout {
    boothplan_core::sample::empty_hall(60.0, 40.0, Rect::new(10.0, 10.0, 30.0, 18.0))
}

/// Every finding of a layout as `rule ids` lines (what "the same finding" means).
pub fn finding_keys(layout: &Layout) -> Vec<String> {
    check_layout(layout)
        .iter()
        .map(|f| format!("{} {}", f.rule.as_str(), f.ids.join(",")))
        .collect()
}

fn polygon(points: &[Point]) -> Polygon<f64> {
    Polygon::new(points.iter().map(|p| (p.x_m, p.y_m)).collect::<Vec<_>>().into(), vec![])
}

/// True when `booth` has a side whose strip of `width` lies in its hall and under no other
/// booth, worked out with `geo` alone (the generator's own code is not used).
pub fn has_open_side(layout: &Layout, booth: &Booth, width: f64) -> bool {
    let Some(hall) = booth.hall.as_deref().and_then(|h| layout.hall(h)) else { return false };
    let hall = polygon(&hall.outline);
    let r = booth.rect;
    let strips = [
        Rect::new(r.x_m, r.y_m - width, r.width_m, width),
        Rect::new(r.max_x_m(), r.y_m, width, r.height_m),
        Rect::new(r.x_m, r.max_y_m(), r.width_m, width),
        Rect::new(r.x_m - width, r.y_m, width, r.height_m),
    ];
    strips.iter().any(|s| {
        let strip = polygon(&s.corners());
        hall.relate(&strip).is_covers()
            && layout.booths.iter().filter(|o| o.id != booth.id).all(|o| {
                // Both are axis-aligned rectangles: the shared area is the product of the
                // overlaps of their extents.
                let dx = s.max_x_m().min(o.rect.max_x_m()) - s.x_m.max(o.rect.x_m);
                let dy = s.max_y_m().min(o.rect.max_y_m()) - s.y_m.max(o.rect.y_m);
                dx <= 0.0 || dy <= 0.0 || dx * dy <= AREA_EPSILON_M2
            })
    })
}

/// The running number at the end of an id such as `1A-007`.
pub fn number_of(id: &str) -> u64 {
    id.rsplit('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no number in {id}"))
}
