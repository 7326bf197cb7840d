//! Lines of equal walking distance (every 10 m on the canvas): marching squares over the
//! centres of a distance field's cells.
//!
//! Each square of four neighbouring cell centres, all reachable, is cut where the distance
//! crosses a level, by linear interpolation along its sides. Squares touching a blocked or
//! cut-off cell are left out: a line stops at the booth it runs into.

use super::field::DistanceField;
use crate::model::Point;

/// One straight piece of a contour line, metres, and the distance it marks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContourPiece {
    /// One end.
    pub from: Point,
    /// The other end.
    pub to: Point,
    /// The walking distance along the line, metres (a multiple of the step).
    pub level_m: f64,
}

/// The contour pieces of `field` at every multiple of `step_m` (a positive step).
#[must_use]
pub fn contour_pieces(field: &DistanceField, step_m: f64) -> Vec<ContourPiece> {
    let frame = field.frame;
    let mut out = Vec::new();
    if step_m <= 0.0 || !step_m.is_finite() || frame.cols < 2 || frame.rows < 2 {
        return out;
    }
    for row in 0..frame.rows - 1 {
        for col in 0..frame.cols - 1 {
            let corners = [(col, row), (col + 1, row), (col + 1, row + 1), (col, row + 1)];
            let mut d = [0.0; 4];
            let mut reachable = true;
            for (k, &(c, r)) in corners.iter().enumerate() {
                match field.at(c, r) {
                    Some(v) => d[k] = v,
                    None => reachable = false,
                }
            }
            if !reachable {
                continue;
            }
            let lo = d.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = d.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let mut level = (lo / step_m).floor() * step_m + step_m;
            while level <= hi {
                let p: Vec<Point> = (0..4)
                    .filter_map(|k| {
                        let (a, b) = (d[k], d[(k + 1) % 4]);
                        ((a < level) != (b < level)).then(|| {
                            let t = (level - a) / (b - a);
                            let (ca, cb) = (corners[k], corners[(k + 1) % 4]);
                            let (pa, pb) = (frame.centre(ca.0, ca.1), frame.centre(cb.0, cb.1));
                            Point::new(
                                pa.x_m + t * (pb.x_m - pa.x_m),
                                pa.y_m + t * (pb.y_m - pa.y_m),
                            )
                        })
                    })
                    .collect();
                // Two crossings make one piece; four (a saddle) make two, paired in order.
                for pair in p.chunks_exact(2) {
                    out.push(ContourPiece { from: pair[0], to: pair[1], level_m: level });
                }
                level += step_m;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{FloorGrid, GridFrame, distance_field};
    use super::*;
    use crate::model::Rect;

    #[test]
    fn a_door_on_the_left_wall_draws_vertical_lines_every_ten_metres() {
        let outline = Rect::new(0.0, 0.0, 40.0, 6.0).corners().to_vec();
        let frame = GridFrame::covering(&Rect::new(0.0, 0.0, 40.0, 6.0), 0.5);
        let grid = FloorGrid::inside(&outline, frame);
        let field = distance_field(&grid, &[(Point::new(0.0, 0.0), Point::new(0.0, 6.0))]);
        let pieces = contour_pieces(&field, 10.0);
        for level in [10.0, 20.0, 30.0] {
            let at: Vec<&ContourPiece> = pieces.iter().filter(|p| p.level_m == level).collect();
            assert!(!at.is_empty(), "a line at {level} m");
            for p in at {
                assert!(
                    (p.from.x_m - level).abs() < 0.05 && (p.to.x_m - level).abs() < 0.05,
                    "{p:?}"
                );
            }
        }
        assert!(pieces.iter().all(|p| p.level_m < 40.0));
    }
}
