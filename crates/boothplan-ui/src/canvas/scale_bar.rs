//! The scale bar in the bottom-left corner: a round length (1, 2 or 5 × 10ⁿ m) at the current zoom.

use egui::{Align2, Painter, Stroke, Vec2, pos2, vec2};

use super::view::ScreenFromWorld;
use crate::theme_tokens;

/// The longest the bar may be on screen, points.
const MAX_BAR_POINTS: f64 = 160.0;
/// Distance from the canvas corner, points.
const INSET: Vec2 = vec2(14.0, 14.0);

/// The longest round length (1, 2 or 5 × 10ⁿ metres) that fits in `max_points` at this zoom.
#[must_use]
pub fn round_length_m(points_per_m: f64, max_points: f64) -> f64 {
    let max_m = max_points / points_per_m;
    let decade = 10f64.powf(max_m.log10().floor());
    [5.0, 2.0, 1.0].into_iter().map(|k| k * decade).find(|&len| len <= max_m).unwrap_or(decade)
}

/// A length as a planner writes it: `50 m`, `2 km`, `0.5 m`.
#[must_use]
pub fn format_length(len_m: f64) -> String {
    if len_m >= 1000.0 {
        format!("{} km", trim(len_m / 1000.0))
    } else {
        format!("{} m", trim(len_m))
    }
}

/// A round number without trailing zeros.
fn trim(v: f64) -> String {
    crate::units::decimals(v, 3)
}

/// Paints the bar and its length at the bottom-left of the canvas.
pub fn paint_scale_bar(painter: &Painter, view: &ScreenFromWorld) {
    let len_m = round_length_m(view.points_per_m(), MAX_BAR_POINTS);
    let len = view.points(len_m);
    let screen = view.screen();
    let left = screen.left() + INSET.x;
    let bottom = screen.bottom() - INSET.y;
    let label = format_length(len_m);
    let galley =
        painter.layout_no_wrap(label, theme_tokens::scale_bar_font(), theme_tokens::SCALE_BAR);

    let backdrop = egui::Rect::from_min_max(
        pos2(left - 6.0, bottom - galley.size().y - 14.0),
        pos2(left + len.max(galley.size().x) + 6.0, bottom + 6.0),
    );
    painter.rect_filled(backdrop, 3.0, theme_tokens::SCALE_BAR_BACKDROP);

    let ink = Stroke::new(2.0, theme_tokens::SCALE_BAR);
    painter.line_segment([pos2(left, bottom), pos2(left + len, bottom)], ink);
    for x in [left, left + len] {
        painter.line_segment([pos2(x, bottom - 5.0), pos2(x, bottom)], ink);
    }
    let text_pos = Align2::LEFT_BOTTOM.anchor_size(pos2(left, bottom - 6.0), galley.size()).min;
    painter.galley(text_pos, galley, theme_tokens::SCALE_BAR);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_round_and_fit() {
        // 10 points a metre: 160 points is 16 m, the longest round length is 10 m.
        assert_eq!(round_length_m(10.0, 160.0), 10.0);
        // 1 point a metre: 160 m → 100 m.
        assert_eq!(round_length_m(1.0, 160.0), 100.0);
        // 0.5: 320 m → 200 m.
        assert_eq!(round_length_m(0.5, 160.0), 200.0);
        // 3: 53.3 m → 50 m.
        assert_eq!(round_length_m(3.0, 160.0), 50.0);
        // Very close: 0.08 m → 0.05 m.
        assert!((round_length_m(2000.0, 160.0) - 0.05).abs() < 1e-12);
    }

    #[test]
    fn every_length_fits_and_is_more_than_a_third_of_the_room() {
        let mut ppm = 0.02;
        while ppm < 2000.0 {
            let len = round_length_m(ppm, 160.0);
            assert!(len * ppm <= 160.0 + 1e-9, "{ppm}");
            // 1-2-5 steps never waste more than 60 % of the room.
            assert!(len * ppm >= 160.0 * 0.4 - 1e-9, "{ppm}: {len}");
            ppm *= 1.37;
        }
    }

    #[test]
    fn lengths_read_like_a_plan() {
        assert_eq!(format_length(50.0), "50 m");
        assert_eq!(format_length(2000.0), "2 km");
        assert_eq!(format_length(0.5), "0.5 m");
        assert_eq!(format_length(1.0), "1 m");
    }
}
