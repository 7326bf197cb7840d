//! A slow, obviously right fault finder for the generators' tests, independent of `check`.

use geo::{Area, BooleanOps, LineString, Polygon};

use crate::model::{Booth, Layout, Point, Rect};

/// Shared area of two rectangles' interiors, m² (0 when they only touch or are apart).
pub(super) fn shared_m2(a: &Rect, b: &Rect) -> f64 {
    let w = a.max_x_m().min(b.max_x_m()) - a.x_m.max(b.x_m);
    let h = a.max_y_m().min(b.max_y_m()) - a.y_m.max(b.y_m);
    if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
}

fn polygon(points: &[Point]) -> Polygon<f64> {
    let ring: Vec<(f64, f64)> = points.iter().map(|p| (p.x_m, p.y_m)).collect();
    Polygon::new(LineString::from(ring), Vec::new())
}

/// Booth pairs sharing area, found by sweeping booths sorted by left edge.
pub(super) fn booth_overlaps(layout: &Layout) -> Vec<(String, String)> {
    let mut booths: Vec<&Booth> = layout.booths.iter().collect();
    booths.sort_by(|a, b| a.rect.x_m.total_cmp(&b.rect.x_m));
    let mut out = Vec::new();
    for (i, a) in booths.iter().enumerate() {
        for b in booths[i + 1..].iter().take_while(|b| b.rect.x_m < a.rect.max_x_m()) {
            if shared_m2(&a.rect, &b.rect) > 1e-6 {
                out.push((a.id.clone(), b.id.clone()));
            }
        }
    }
    out
}

/// Every fault the generators promise not to make (other than deliberate overlaps), as text.
pub(super) fn other_faults(layout: &Layout) -> Vec<String> {
    let mut faults = Vec::new();
    let outside = |outline: &[Point], r: &Rect| {
        let inside = polygon(outline).intersection(&polygon(&r.corners())).unsigned_area();
        (inside - r.area_m2()).abs() > 1e-6
    };
    for booth in &layout.booths {
        let Some(hall) = booth.hall.as_deref().and_then(|h| layout.hall(h)) else {
            faults.push(format!("{} names no hall", booth.id));
            continue;
        };
        if outside(&hall.outline, &booth.rect) {
            faults.push(format!("{} outside hall", booth.id));
        }
        for c in layout.columns.iter().filter_map(|c| c.bounds().map(|r| (c, r))) {
            if shared_m2(&booth.rect, &c.1) > 1e-6 {
                faults.push(format!("{} on column {}", booth.id, c.0.id));
            }
        }
        let zones: Vec<_> =
            layout.zones.iter().filter(|z| shared_m2(&z.rect, &booth.rect) > 1e-6).collect();
        if zones.len() != 1 || !zones[0].rect.contains_rect(&booth.rect) {
            faults.push(format!("{} not in exactly one zone", booth.id));
        } else if zones[0].theme != booth.theme {
            faults.push(format!("{} theme mismatch", booth.id));
        }
    }
    for zone in &layout.zones {
        match zone.hall.as_deref().and_then(|h| layout.hall(h)) {
            Some(hall) if !outside(&hall.outline, &zone.rect) => {}
            _ => faults.push(format!("zone {} outside its hall", zone.id)),
        }
    }
    faults.extend(narrow_aisles(layout, 3.0));
    faults
}

/// Booth pairs of one hall facing each other across a gap narrower than `min_m`, all pairs.
fn narrow_aisles(layout: &Layout, min_m: f64) -> Vec<String> {
    let mut out = Vec::new();
    for (i, a) in layout.booths.iter().enumerate() {
        for b in layout.booths[i + 1..].iter().filter(|b| b.hall == a.hall) {
            let (ra, rb) = (&a.rect, &b.rect);
            let x_overlap = ra.max_x_m().min(rb.max_x_m()) - ra.x_m.max(rb.x_m);
            let y_overlap = ra.max_y_m().min(rb.max_y_m()) - ra.y_m.max(rb.y_m);
            let narrow = |gap: f64| gap > 0.0 && gap < min_m;
            let faces =
                (x_overlap > 0.0 && narrow(-y_overlap)) || (y_overlap > 0.0 && narrow(-x_overlap));
            if faces && !something_between(layout, a, b) {
                out.push(format!("narrow aisle between {} and {}", a.id, b.id));
            }
        }
    }
    out
}

/// Whether a third booth shares area with the box between `a` and `b` (a gap filled by a
/// booth is no aisle): the box spans from one to the other where they face each other.
fn something_between(layout: &Layout, a: &Booth, b: &Booth) -> bool {
    let (ra, rb) = (&a.rect, &b.rect);
    let x0 = ra.x_m.max(rb.x_m).min(ra.max_x_m().min(rb.max_x_m()));
    let x1 = ra.x_m.max(rb.x_m).max(ra.max_x_m().min(rb.max_x_m()));
    let y0 = ra.y_m.max(rb.y_m).min(ra.max_y_m().min(rb.max_y_m()));
    let y1 = ra.y_m.max(rb.y_m).max(ra.max_y_m().min(rb.max_y_m()));
    layout.booths.iter().any(|c| {
        let r = &c.rect;
        !std::ptr::eq(c, a)
            && !std::ptr::eq(c, b)
            && r.x_m < x1
            && r.max_x_m() > x0
            && r.y_m < y1
            && r.max_y_m() > y0
    })
}
