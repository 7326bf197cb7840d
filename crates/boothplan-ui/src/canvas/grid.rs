//! The metric grid behind the plan, whose spacing follows the zoom so it never turns to mush.

use egui::{Painter, pos2};

use super::view::ScreenFromWorld;
use crate::theme_tokens;

/// Closest two grid lines may be on screen before that step is dropped for a coarser one.
const MIN_LINE_GAP_POINTS: f32 = 8.0;

/// Multiples of the layout's grid step the canvas may draw: 1 m, 3 m, 9 m, 30 m … on a 1 m grid,
/// so that booth modules (3 m) line up with the lines.
const STEP_MULTIPLES: [f64; 8] = [1.0, 3.0, 9.0, 30.0, 90.0, 300.0, 900.0, 3000.0];

/// The grid steps to draw at this zoom: the finest legible one and the next coarser (major) one.
///
/// `None` when even the coarsest step would be too dense (a venue seen from far away).
#[must_use]
pub fn grid_steps_m(grid_step_m: f64, points_per_m: f64) -> Option<(f64, f64)> {
    let base = if grid_step_m.is_finite() && grid_step_m > 0.0 { grid_step_m } else { 1.0 };
    let legible = |step: f64| step * points_per_m >= f64::from(MIN_LINE_GAP_POINTS);
    let i = STEP_MULTIPLES.iter().position(|&k| legible(k * base))?;
    let minor = STEP_MULTIPLES[i] * base;
    let major = STEP_MULTIPLES.get(i + 1).map_or(minor, |&k| k * base);
    Some((minor, major))
}

/// Paints the grid lines that fall on the canvas.
pub fn paint_grid(painter: &Painter, view: &ScreenFromWorld, grid_step_m: f64) {
    let Some((minor_m, major_m)) = grid_steps_m(grid_step_m, view.points_per_m()) else {
        return;
    };
    let visible = view.visible_m();
    let screen = view.screen();
    let is_major = |v: f64| ((v / major_m).round() * major_m - v).abs() < minor_m * 1e-6;

    let first_x = (visible.x_m / minor_m).floor() as i64;
    let last_x = (visible.max_x_m() / minor_m).ceil() as i64;
    for i in first_x..=last_x {
        let x_m = i as f64 * minor_m;
        let x = view.screen_pos(crate::model::Point::new(x_m, 0.0)).x;
        let stroke =
            if is_major(x_m) { theme_tokens::GRID_MAJOR } else { theme_tokens::GRID_MINOR };
        painter.line_segment([pos2(x, screen.top()), pos2(x, screen.bottom())], stroke);
    }
    let first_y = (visible.y_m / minor_m).floor() as i64;
    let last_y = (visible.max_y_m() / minor_m).ceil() as i64;
    for i in first_y..=last_y {
        let y_m = i as f64 * minor_m;
        let y = view.screen_pos(crate::model::Point::new(0.0, y_m)).y;
        let stroke =
            if is_major(y_m) { theme_tokens::GRID_MAJOR } else { theme_tokens::GRID_MINOR };
        painter.line_segment([pos2(screen.left(), y), pos2(screen.right(), y)], stroke);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_follow_the_zoom() {
        // 20 points a metre: every metre is legible.
        assert_eq!(grid_steps_m(1.0, 20.0), Some((1.0, 3.0)));
        // 2 points a metre: 1 m and 3 m are too dense, 9 m is 18 points apart.
        assert_eq!(grid_steps_m(1.0, 2.0), Some((9.0, 30.0)));
        // 0.3 points a metre: 30 m lines are 9 points apart.
        assert_eq!(grid_steps_m(1.0, 0.3), Some((30.0, 90.0)));
        // Far away nothing is legible.
        assert_eq!(grid_steps_m(1.0, 0.001), None);
    }

    #[test]
    fn steps_are_multiples_of_the_layout_grid() {
        assert_eq!(grid_steps_m(0.5, 20.0), Some((0.5, 1.5)));
        // A broken grid step in a file falls back to metres rather than looping forever.
        assert_eq!(grid_steps_m(0.0, 20.0), Some((1.0, 3.0)));
        assert_eq!(grid_steps_m(f64::NAN, 20.0), Some((1.0, 3.0)));
    }

    #[test]
    fn every_drawn_step_is_legible() {
        for ppm in [0.02, 0.1, 0.5, 1.0, 3.7, 10.0, 100.0, 2000.0] {
            if let Some((minor, major)) = grid_steps_m(1.0, ppm) {
                assert!(minor * ppm >= f64::from(MIN_LINE_GAP_POINTS), "{ppm}");
                assert!(major >= minor);
            }
        }
    }
}
