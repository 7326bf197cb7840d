//! The guides of a drag in progress: a thin line where the dragged edges or centre line up with
//! a neighbour, and a dimension line with its length ("3 m") across the gap to the nearest
//! booth on each side, so a planner sees the aisle while moving a booth.

use egui::{Align2, Painter, Shape, Stroke, vec2};

use super::scale_bar::format_length;
use super::view::ScreenFromWorld;
use crate::editor::Guide;
use crate::theme_tokens as tokens;

/// Half the length of the ticks at the ends of a dimension line, screen points.
const TICK_HALF: f32 = 4.0;

/// Paints `guides` (from the editor's feedback) over the layout.
pub fn paint_guides(painter: &Painter, view: &ScreenFromWorld, guides: &[Guide]) {
    for guide in guides {
        let (a, b) = (view.screen_pos(guide.from), view.screen_pos(guide.to));
        let Some(gap_m) = guide.gap_m else {
            painter.line_segment([a, b], tokens::SNAP_GUIDE);
            continue;
        };
        let stroke = Stroke::new(1.0, tokens::GAP_LINE);
        painter.line_segment([a, b], stroke);
        let across = (b - a).normalized().rot90() * TICK_HALF;
        for end in [a, b] {
            painter.line_segment([end - across, end + across], stroke);
        }
        let text = format_length(gap_m);
        let galley = painter.layout_no_wrap(text, tokens::gap_font(), tokens::GAP_LABEL_TEXT);
        let centre = a + (b - a) / 2.0;
        let rect = Align2::CENTER_CENTER.anchor_size(centre, galley.size()).expand2(vec2(3.0, 1.0));
        painter.add(Shape::rect_filled(rect, 2.0, tokens::GAP_LINE));
        painter.galley(rect.shrink2(vec2(3.0, 1.0)).min, galley, tokens::GAP_LABEL_TEXT);
    }
}
