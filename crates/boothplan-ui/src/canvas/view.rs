//! The transform between venue metres and screen points: what pan and zoom change.
//!
//! Kept in `f64` so that zooming far into a 500 m venue does not wobble, and written by hand
//! (scale + centre) rather than as an `emath::RectTransform` so zoom about the cursor is exact.

use egui::{Pos2, Vec2, pos2};

use crate::model::{Point, Rect};

/// Closest the planner can zoom out: 1 screen point for 50 m.
pub const MIN_POINTS_PER_M: f64 = 0.02;
/// Closest the planner can zoom in: 1 m spans 2,000 screen points.
pub const MAX_POINTS_PER_M: f64 = 2000.0;

/// Where the venue sits on the screen: a scale and the world point at the canvas centre.
///
/// Named after what it does, as in Rerun: `screen_from_world.screen_pos(p_m)` maps venue metres
/// (x right, y down) to screen points, `world_pos(screen)` goes back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenFromWorld {
    /// The canvas area on screen, points.
    screen: egui::Rect,
    /// The venue point shown at the centre of `screen`.
    centre_m: Point,
    /// Screen points per metre (the zoom).
    points_per_m: f64,
}

impl Default for ScreenFromWorld {
    fn default() -> Self {
        Self {
            screen: egui::Rect::from_min_size(Pos2::ZERO, Vec2::splat(100.0)),
            centre_m: Point::new(0.0, 0.0),
            points_per_m: 1.0,
        }
    }
}

impl ScreenFromWorld {
    /// A view of `screen` showing `centre_m` in its middle at `points_per_m`.
    #[must_use]
    pub fn new(screen: egui::Rect, centre_m: Point, points_per_m: f64) -> Self {
        Self { screen, centre_m, points_per_m: clamp_zoom(points_per_m) }
    }

    /// The canvas area on screen.
    #[must_use]
    pub fn screen(&self) -> egui::Rect {
        self.screen
    }

    /// Screen points per metre: the zoom level.
    #[must_use]
    pub fn points_per_m(&self) -> f64 {
        self.points_per_m
    }

    /// The venue point at the canvas centre.
    #[must_use]
    pub fn centre_m(&self) -> Point {
        self.centre_m
    }

    /// Moves the canvas area (the window was resized) keeping the same centre and zoom.
    pub fn set_screen(&mut self, screen: egui::Rect) {
        self.screen = screen;
    }

    /// Moves or resizes the canvas area keeping every venue point where it is on screen (a
    /// panel beside the canvas changed size): nothing under the pointer moves.
    pub fn set_screen_keeping_content(&mut self, screen: egui::Rect) {
        self.centre_m = self.world_pos(screen.center());
        self.screen = screen;
    }

    /// Where a venue point appears on screen.
    #[must_use]
    pub fn screen_pos(&self, p: Point) -> Pos2 {
        let c = self.screen.center();
        pos2(
            (f64::from(c.x) + (p.x_m - self.centre_m.x_m) * self.points_per_m) as f32,
            (f64::from(c.y) + (p.y_m - self.centre_m.y_m) * self.points_per_m) as f32,
        )
    }

    /// The screen rectangle a venue rectangle covers.
    #[must_use]
    pub fn screen_rect(&self, r: &Rect) -> egui::Rect {
        egui::Rect::from_min_max(
            self.screen_pos(Point::new(r.x_m, r.y_m)),
            self.screen_pos(Point::new(r.max_x_m(), r.max_y_m())),
        )
    }

    /// The venue point under a screen position.
    #[must_use]
    pub fn world_pos(&self, screen: Pos2) -> Point {
        let c = self.screen.center();
        Point::new(
            self.centre_m.x_m + f64::from(screen.x - c.x) / self.points_per_m,
            self.centre_m.y_m + f64::from(screen.y - c.y) / self.points_per_m,
        )
    }

    /// A length on screen in venue metres (the pick radius, handle sizes).
    #[must_use]
    pub fn metres(&self, points: f32) -> f64 {
        f64::from(points) / self.points_per_m
    }

    /// A venue length in screen points.
    #[must_use]
    pub fn points(&self, metres: f64) -> f32 {
        (metres * self.points_per_m) as f32
    }

    /// The part of the venue on screen, for culling what cannot be seen.
    #[must_use]
    pub fn visible_m(&self) -> Rect {
        Rect::from_corners(self.world_pos(self.screen.min), self.world_pos(self.screen.max))
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the venue point under `anchor` where it is.
    pub fn zoom_about(&mut self, factor: f64, anchor: Pos2) {
        if !factor.is_finite() || factor <= 0.0 {
            return;
        }
        let fixed_m = self.world_pos(anchor);
        self.points_per_m = clamp_zoom(self.points_per_m * factor);
        // Put `fixed_m` back under the anchor at the new scale.
        let c = self.screen.center();
        self.centre_m = Point::new(
            fixed_m.x_m - f64::from(anchor.x - c.x) / self.points_per_m,
            fixed_m.y_m - f64::from(anchor.y - c.y) / self.points_per_m,
        );
    }

    /// Moves the venue by `delta` screen points (the content follows the pointer).
    pub fn pan_by(&mut self, delta: Vec2) {
        self.centre_m = Point::new(
            self.centre_m.x_m - f64::from(delta.x) / self.points_per_m,
            self.centre_m.y_m - f64::from(delta.y) / self.points_per_m,
        );
    }

    /// Shows all of `rect_m`, centred, leaving `margin` screen points free on every side.
    pub fn fit(&mut self, rect_m: &Rect, margin: f32) {
        if ![rect_m.x_m, rect_m.y_m, rect_m.width_m, rect_m.height_m].iter().all(|v| v.is_finite())
        {
            return;
        }
        let avail_w = f64::from((self.screen.width() - 2.0 * margin).max(1.0));
        let avail_h = f64::from((self.screen.height() - 2.0 * margin).max(1.0));
        // A point or a line has no size to fit: show a few metres around it instead.
        let w = rect_m.width_m.max(1.0);
        let h = rect_m.height_m.max(1.0);
        self.points_per_m = clamp_zoom((avail_w / w).min(avail_h / h));
        self.centre_m = rect_m.centre();
    }
}

/// Keeps a zoom inside the range a planner can use.
fn clamp_zoom(points_per_m: f64) -> f64 {
    if points_per_m.is_finite() {
        points_per_m.clamp(MIN_POINTS_PER_M, MAX_POINTS_PER_M)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> ScreenFromWorld {
        let screen = egui::Rect::from_min_size(pos2(10.0, 20.0), Vec2::new(800.0, 600.0));
        ScreenFromWorld::new(screen, Point::new(50.0, 30.0), 4.0)
    }

    #[test]
    fn screen_and_world_are_inverse() {
        let v = view();
        let p = Point::new(12.5, -7.25);
        let back = v.world_pos(v.screen_pos(p));
        assert!((back.x_m - p.x_m).abs() < 1e-3 && (back.y_m - p.y_m).abs() < 1e-3);
        // The centre of the venue view is the middle of the canvas, y grows down the screen.
        assert_eq!(v.screen_pos(Point::new(50.0, 30.0)), v.screen().center());
        assert!(v.screen_pos(Point::new(50.0, 31.0)).y > v.screen().center().y);
    }

    #[test]
    fn zoom_keeps_the_point_under_the_anchor() {
        let mut v = view();
        let anchor = pos2(123.0, 456.0);
        let before = v.world_pos(anchor);
        v.zoom_about(1.7, anchor);
        let after = v.world_pos(anchor);
        assert!((before.x_m - after.x_m).abs() < 1e-9, "{before:?} {after:?}");
        assert!((before.y_m - after.y_m).abs() < 1e-9);
        assert!((v.points_per_m() - 6.8).abs() < 1e-9);
    }

    #[test]
    fn zoom_stays_in_range() {
        let mut v = view();
        v.zoom_about(1e9, pos2(0.0, 0.0));
        assert_eq!(v.points_per_m(), MAX_POINTS_PER_M);
        v.zoom_about(1e-12, pos2(0.0, 0.0));
        assert_eq!(v.points_per_m(), MIN_POINTS_PER_M);
        v.zoom_about(f64::NAN, pos2(0.0, 0.0));
        assert_eq!(v.points_per_m(), MIN_POINTS_PER_M);
    }

    #[test]
    fn fit_shows_the_whole_rect_with_margin() {
        let mut v = view();
        let r = Rect::new(-100.0, 0.0, 400.0, 100.0);
        v.fit(&r, 20.0);
        let s = v.screen_rect(&r);
        assert!(v.screen().shrink(19.9).contains_rect(s), "{s:?}");
        // The limiting side (width) fills the width minus the margins.
        assert!((s.width() - 760.0).abs() < 0.01);
    }

    #[test]
    fn pan_moves_content_with_the_pointer() {
        let mut v = view();
        let p = Point::new(40.0, 40.0);
        let before = v.screen_pos(p);
        v.pan_by(Vec2::new(30.0, -10.0));
        let after = v.screen_pos(p);
        assert!((after - before - Vec2::new(30.0, -10.0)).length() < 1e-3);
    }

    #[test]
    fn visible_area_matches_the_screen() {
        let v = view();
        let vis = v.visible_m();
        assert!((vis.width_m - 200.0).abs() < 1e-9 && (vis.height_m - 150.0).abs() < 1e-9);
        assert!((vis.centre().x_m - 50.0).abs() < 1e-9);
    }
}
