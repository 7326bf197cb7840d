//! Paints the doors of the halls: a green bar over the wall, an arrow pointing out of the hall
//! and, when there is room, an `EXIT` tag outside — the signs a fire marshal looks for first.

use egui::{Painter, Pos2, Shape, Stroke, Vec2};

use super::view::ScreenFromWorld;
use crate::model::{Exit, Layout};
use crate::theme_tokens as tokens;

/// Below this many points long a door is only its bar: an arrow would hide it.
const MIN_ARROW_LENGTH: f32 = 10.0;
/// Below this many points long a door has no `EXIT` tag.
const MIN_TAG_LENGTH: f32 = 18.0;

/// Every door of `layout` on screen.
pub fn paint_exits(painter: &Painter, view: &ScreenFromWorld, layout: &Layout) {
    let visible = view.screen().expand(40.0);
    for exit in &layout.exits {
        let (a, b) = (view.screen_pos(exit.from), view.screen_pos(exit.to));
        if !visible.contains(a) && !visible.contains(b) {
            continue;
        }
        let out = outward(layout, exit);
        paint_door(painter, a, b, out);
        if let Some(out) = out
            && a.distance(b) >= MIN_TAG_LENGTH
        {
            paint_tag(painter, a.lerp(b, 0.5), out);
        }
    }
}

/// One door from `a` to `b` on screen: the green bar over the wall and, when it is long enough
/// and its way out (`out`) is known, the arrow pointing out, both ringed in a light rim so the
/// door shows on a green zone, a green booth or the wall alike. The canvas and the legend's
/// swatch both draw a door with this, so the key looks like the doors on the plan.
pub(super) fn paint_door(painter: &Painter, a: Pos2, b: Pos2, out: Option<Vec2>) {
    let rim = tokens::EXIT_HALO_WIDTH;
    let along = (b - a).normalized() * rim;
    let halo = Stroke::new(tokens::EXIT_BAR_WIDTH + 2.0 * rim, tokens::EXIT_HALO);
    painter.line_segment([a - along, b + along], halo);
    painter.line_segment([a, b], Stroke::new(tokens::EXIT_BAR_WIDTH, tokens::EXIT_GREEN));
    let length = a.distance(b);
    if let Some(out) = out
        && length >= MIN_ARROW_LENGTH
    {
        paint_arrow(painter, a.lerp(b, 0.5), out, length);
    }
}

/// The screen direction out of the door's hall (y down on both screen and plan).
fn outward(layout: &Layout, exit: &Exit) -> Option<Vec2> {
    let hall = layout.hall(exit.hall.as_deref()?)?;
    let (nx, ny) = exit.inward(&hall.outline)?;
    #[expect(clippy::cast_possible_truncation, reason = "a unit vector, for drawing")]
    Some(Vec2::new(-nx as f32, -ny as f32))
}

/// A filled triangle just outside the wall, pointing away from the hall.
fn paint_arrow(painter: &Painter, middle: Pos2, out: Vec2, length: f32) {
    let size = (length * 0.35).clamp(5.0, 12.0);
    let across = out.rot90();
    let base = middle + out * (tokens::EXIT_BAR_WIDTH * 0.5 + 1.0);
    let points = vec![base + across * size * 0.6, base + out * size, base - across * size * 0.6];
    // The rim first, as a stroke twice its width, so the green on top keeps its full size.
    let rim = Stroke::new(2.0 * tokens::EXIT_HALO_WIDTH, tokens::EXIT_HALO);
    painter.add(Shape::convex_polygon(points.clone(), tokens::EXIT_HALO, rim));
    painter.add(Shape::convex_polygon(points, tokens::EXIT_GREEN, Stroke::NONE));
}

/// `EXIT` in white on green, beyond the arrow.
fn paint_tag(painter: &Painter, middle: Pos2, out: Vec2) {
    let galley = painter.layout_no_wrap("EXIT".to_owned(), tokens::exit_font(), tokens::EXIT_TEXT);
    let size = galley.size() + Vec2::new(6.0, 2.0);
    let reach = 16.0 + 0.5 * (size.x * out.x.abs() + size.y * out.y.abs());
    let rect = egui::Rect::from_center_size(middle + out * reach, size);
    painter.rect_filled(rect, 2.0, tokens::EXIT_GREEN);
    painter.galley(rect.center() - galley.size() / 2.0, galley, tokens::EXIT_TEXT);
}
