//! Arcs and circles as polygons: within a stated distance of the true curve, and with exactly
//! the curve's area, so that a round hall or column keeps the floor area the drawing gives it.
//!
//! The in-between vertices sit on a circle of radius ρ a little larger than the arc's, chosen
//! so that the fan of triangles from the centre has the sector's area; the vertices at either
//! end stay where the drawing put them, because straight sides of the polyline meet there.

use std::f64::consts::PI;

/// The most pieces one arc or circle is cut into, however large and however tight the
/// tolerance: a bound on work and memory for hostile numbers.
const MAX_PIECES: usize = 1 << 14;

/// The vertices strictly between `p0` and `p1` of the arc with this DXF `bulge` (the tangent of
/// a quarter of the included angle, positive counter-clockwise), staying within `tolerance` of
/// the arc. A zero (or negligible) bulge is a straight side and gives none.
pub(super) fn bulge_vertices(
    p0: (f64, f64),
    p1: (f64, f64),
    bulge: f64,
    tolerance: f64,
) -> Vec<(f64, f64)> {
    let (dx, dy) = (p1.0 - p0.0, p1.1 - p0.1);
    let chord = dx.hypot(dy);
    if !bulge.is_finite() || bulge.abs() < 1e-12 || chord == 0.0 || !chord.is_finite() {
        return Vec::new();
    }
    let sweep = 4.0 * bulge.atan();
    let radius = chord / (2.0 * (sweep.abs() / 2.0).sin());
    // From the chord's midpoint to the centre, along the chord's left normal.
    let along = (1.0 - bulge * bulge) / (4.0 * bulge);
    let centre = (f64::midpoint(p0.0, p1.0) - dy * along, f64::midpoint(p0.1, p1.1) + dx * along);
    let start = (p0.1 - centre.1).atan2(p0.0 - centre.0);
    let (pieces, rho) = arc_pieces(radius, sweep.abs(), tolerance);
    let step = sweep / pieces as f64;
    (1..pieces)
        .map(|i| {
            let (s, c) = (start + step * i as f64).sin_cos();
            (centre.0 + rho * c, centre.1 + rho * s)
        })
        .collect()
}

/// The vertices of a circle, counter-clockwise, within `tolerance` of it and with its area.
pub(super) fn circle_vertices(centre: (f64, f64), radius: f64, tolerance: f64) -> Vec<(f64, f64)> {
    let mut pieces = 6;
    let rho = loop {
        let step = 2.0 * PI / pieces as f64;
        // n triangles of area ρ² sin(step) / 2 make π r².
        let rho = radius * (step / step.sin()).sqrt();
        let worst = (rho - radius).max(radius - rho * (step / 2.0).cos());
        if worst <= tolerance || pieces >= MAX_PIECES {
            break rho;
        }
        pieces = (pieces * 5 / 4).max(pieces + 1);
    };
    let step = 2.0 * PI / pieces as f64;
    (0..pieces)
        .map(|i| {
            let (s, c) = (step * i as f64).sin_cos();
            (centre.0 + rho * c, centre.1 + rho * s)
        })
        .collect()
}

/// How many pieces an arc of this radius and (unsigned) sweep needs, and the radius ρ of its
/// in-between vertices that keeps the sector's area.
fn arc_pieces(radius: f64, sweep: f64, tolerance: f64) -> (usize, f64) {
    let mut pieces = 2;
    loop {
        let rho = area_keeping_radius(radius, sweep, pieces);
        let step = sweep / pieces as f64;
        let worst = (rho - radius).abs().max(radius - radius.min(rho) * (step / 2.0).cos());
        if worst <= tolerance || pieces >= MAX_PIECES {
            return (pieces, rho);
        }
        pieces = (pieces * 5 / 4).max(pieces + 1);
    }
}

/// ρ such that the fan centre → p0 → v1 → … → v(n-1) → p1, with the ends at `radius` and the
/// n-1 in-between vertices at ρ, has the area of the sector, `radius² · sweep / 2`.
fn area_keeping_radius(radius: f64, sweep: f64, pieces: usize) -> f64 {
    let n = pieces as f64;
    let sin = (sweep / n).sin();
    // Two end triangles r·ρ·sin/2 and n-2 inner ones ρ²·sin/2:
    // (n-2)/2·sin·ρ² + r·sin·ρ − r²·sweep/2 = 0.
    let a = (n - 2.0) / 2.0 * sin;
    let b = radius * sin;
    let c = -radius * radius * sweep / 2.0;
    if a.abs() < f64::EPSILON {
        return -c / b;
    }
    (-b + (b * b - 4.0 * a * c).sqrt()) / (2.0 * a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shoelace(points: &[(f64, f64)]) -> f64 {
        let n = points.len();
        (0..n)
            .map(|i| {
                let (a, b) = (points[i], points[(i + 1) % n]);
                a.0 * b.1 - b.0 * a.1
            })
            .sum::<f64>()
            / 2.0
    }

    /// Distance from `p` to the circle, the largest over each piece's ends and middle.
    fn worst_distance(points: &[(f64, f64)], centre: (f64, f64), radius: f64) -> f64 {
        points
            .windows(2)
            .flat_map(|w| {
                let mid = (f64::midpoint(w[0].0, w[1].0), f64::midpoint(w[0].1, w[1].1));
                [w[0], mid, w[1]]
            })
            .map(|p| ((p.0 - centre.0).hypot(p.1 - centre.1) - radius).abs())
            .fold(0.0, f64::max)
    }

    #[test]
    fn a_bulged_side_keeps_the_segment_area_and_stays_near_the_arc() {
        for bulge in [-3.0, -1.0, -0.4, 0.05, 0.3, 1.0, 2.5] {
            for chord in [0.5, 3.0, 40.0, 250.0] {
                let (p0, p1) = ((10.0, 5.0), (10.0 + chord, 5.0));
                let between = bulge_vertices(p0, p1, bulge, 0.01);
                let mut arc = vec![p0];
                arc.extend(&between);
                arc.push(p1);
                // The true circular segment, by its own formula (signed like the shoelace).
                let sweep = 4.0 * f64::atan(bulge);
                let r = chord / (2.0 * (sweep.abs() / 2.0).sin());
                let segment = r * r / 2.0 * (sweep.abs() - sweep.abs().sin());
                assert!(
                    (shoelace(&arc).abs() - segment).abs() < 1e-6 * segment.max(1.0),
                    "bulge {bulge} chord {chord}: {} vs {segment}",
                    shoelace(&arc)
                );
                let mid_x = 10.0 + chord / 2.0;
                let sagitta = bulge * chord / 2.0;
                let centre_y = 5.0 - (sagitta - r.copysign(sagitta));
                assert!(
                    worst_distance(&arc, (mid_x, centre_y), r) <= 0.010_000_1,
                    "{bulge} {chord}"
                );
            }
        }
    }

    #[test]
    fn a_bulge_of_one_is_a_half_circle_on_the_right_going_counter_clockwise() {
        let v = bulge_vertices((0.0, 0.0), (2.0, 0.0), 1.0, 0.001);
        assert!(v.iter().all(|p| p.1 < 0.0), "{v:?}");
        assert!(bulge_vertices((0.0, 0.0), (2.0, 0.0), 0.0, 0.01).is_empty());
    }

    #[test]
    fn a_circle_keeps_its_area_and_shape() {
        for r in [0.05, 0.3, 1.0, 25.0, 400.0] {
            let pts = circle_vertices((3.0, -4.0), r, 0.01);
            assert!((shoelace(&pts) - PI * r * r).abs() < 1e-9 * r * r, "{r}");
            let mut closed = pts.clone();
            closed.push(pts[0]);
            assert!(worst_distance(&closed, (3.0, -4.0), r) <= 0.01, "{r}");
        }
    }
}
