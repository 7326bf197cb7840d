//! Values as a diff shows them: positions, sizes and names in plain words.

use crate::model::{Point, Rect};
use crate::units::decimals;

/// A length without float noise: `4.5`, `12`.
fn metres(v: f64) -> String {
    decimals(v, 3)
}

/// `(10, 20.5)`: a rectangle's corner or a point, in metres.
pub(crate) fn position(x_m: f64, y_m: f64) -> String {
    format!("({}, {})", metres(x_m), metres(y_m))
}

/// `3 × 4.5 m`: a rectangle's width and depth.
pub(crate) fn size(rect: &Rect) -> String {
    format!("{} × {} m", metres(rect.width_m), metres(rect.height_m))
}

/// A hall reference: its id, or `no hall`.
pub(crate) fn hall(hall: Option<&str>) -> String {
    hall.map_or_else(|| "no hall".to_owned(), str::to_owned)
}

/// An exhibitor's name, or `none` while the booth is unassigned.
pub(crate) fn exhibitor(name: &str) -> String {
    if name.is_empty() { "none".to_owned() } else { name.to_owned() }
}

/// An outline by its first vertex and vertex count: `4 vertices from (0, 0)`.
pub(crate) fn outline(points: &[Point]) -> String {
    match points.first() {
        Some(p) => format!("{} vertices from {}", points.len(), position(p.x_m, p.y_m)),
        None => "no vertices".to_owned(),
    }
}

/// How far every vertex of `old` moved to give `new`, when they all moved alike.
pub(crate) fn common_shift(old: &[Point], new: &[Point]) -> Option<(f64, f64)> {
    let (a, b) = (old.first()?, new.first()?);
    let (dx, dy) = (b.x_m - a.x_m, b.y_m - a.y_m);
    let alike = old.len() == new.len()
        && old.iter().zip(new).all(|(p, q)| {
            (p.x_m + dx - q.x_m).abs() <= 1e-9 * (1.0 + q.x_m.abs())
                && (p.y_m + dy - q.y_m).abs() <= 1e-9 * (1.0 + q.y_m.abs())
        });
    alike.then_some((dx, dy))
}
