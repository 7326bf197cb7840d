//! Toolbar icons painted with egui shapes: no icon font is needed, so they draw the same on a
//! bare machine, in tests and with any system font.

use egui::{Color32, Pos2, Rect, Shape, Stroke, vec2};

use crate::editor::Tool;

/// Side of an icon, points.
pub const ICON_SIZE: f32 = 14.0;

/// Paints the icon of `tool` into `rect` (a square) in `colour`.
pub fn paint_tool_icon(painter: &egui::Painter, rect: Rect, tool: Tool, colour: Color32) {
    let stroke = Stroke::new(1.4, colour);
    // Points in the unit square, mapped onto the icon.
    let at = |x: f32, y: f32| -> Pos2 { rect.min + vec2(x * rect.width(), y * rect.height()) };
    match tool {
        Tool::Select => {
            let arrow = vec![
                at(0.2, 0.05),
                at(0.2, 0.85),
                at(0.42, 0.65),
                at(0.6, 0.98),
                at(0.72, 0.92),
                at(0.55, 0.6),
                at(0.85, 0.6),
            ];
            painter.add(Shape::convex_polygon(arrow.clone(), Color32::TRANSPARENT, Stroke::NONE));
            painter.add(Shape::closed_line(arrow, stroke));
        }
        Tool::Hall => {
            let outline =
                vec![at(0.05, 0.3), at(0.5, 0.05), at(0.95, 0.3), at(0.95, 0.95), at(0.05, 0.95)];
            painter.add(Shape::closed_line(outline, stroke));
        }
        Tool::Column => {
            painter.rect_filled(Rect::from_min_max(at(0.25, 0.25), at(0.75, 0.75)), 0.0, colour);
        }
        Tool::Zone => {
            let corners =
                [at(0.05, 0.15), at(0.95, 0.15), at(0.95, 0.85), at(0.05, 0.85), at(0.05, 0.15)];
            painter.extend(Shape::dashed_line(&corners, stroke, 2.5, 2.0));
        }
        Tool::Booth => {
            painter.rect_stroke(
                Rect::from_min_max(at(0.1, 0.1), at(0.9, 0.9)),
                1.0,
                stroke,
                egui::StrokeKind::Inside,
            );
            painter.rect_filled(Rect::from_min_max(at(0.3, 0.3), at(0.7, 0.7)), 0.0, colour);
        }
        Tool::Fill => {
            // A dashed area with a grid of booths in it.
            let corners =
                [at(0.05, 0.05), at(0.95, 0.05), at(0.95, 0.95), at(0.05, 0.95), at(0.05, 0.05)];
            painter.extend(Shape::dashed_line(&corners, stroke, 2.0, 1.5));
            for (x, y) in [(0.22, 0.22), (0.56, 0.22), (0.22, 0.56), (0.56, 0.56)] {
                painter.rect_filled(
                    Rect::from_min_max(at(x, y), at(x + 0.22, y + 0.22)),
                    0.0,
                    colour,
                );
            }
        }
        Tool::Exit => {
            // A wall with a gap, and an arrow leaving through it.
            painter.line_segment([at(0.05, 0.95), at(0.05, 0.05)], stroke);
            painter.line_segment([at(0.05, 0.05), at(0.3, 0.05)], stroke);
            painter.line_segment([at(0.7, 0.05), at(0.95, 0.05)], stroke);
            painter.line_segment([at(0.5, 0.9), at(0.5, 0.2)], stroke);
            let head = vec![at(0.3, 0.35), at(0.5, 0.05), at(0.7, 0.35)];
            painter.add(Shape::convex_polygon(head, colour, Stroke::NONE));
        }
    }
}
