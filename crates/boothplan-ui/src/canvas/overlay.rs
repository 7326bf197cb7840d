//! What is painted over the layout: the selection with its handles, and the active tool's
//! feedback (rubber band, preview, polygon in progress).

use egui::{Mesh, Painter, Shape, Stroke};

use super::mesh::{add_polygon, add_rect_border, add_square};
use super::paint::screen_outline;
use super::view::ScreenFromWorld;
use crate::editor::{Document, Hover, ObjectRef, ToolFeedback};
use crate::model::{Layout, ObjectKind, Point, Rect};
use crate::theme_tokens as tokens;

/// Adds `stroke` around a screen rectangle, drawn just outside it so the fill stays visible.
pub(super) fn outline_rect(mesh: &mut Mesh, r: egui::Rect, stroke: Stroke) {
    add_rect_border(mesh, r.expand(stroke.width), stroke.width, stroke.color);
}

/// Outline of one object, for selection and hover.
fn object_outline(
    view: &ScreenFromWorld,
    layout: &Layout,
    object: ObjectRef,
    stroke: Stroke,
) -> Option<Shape> {
    if object.kind == ObjectKind::Hall {
        let hall = layout.halls.get(object.index)?;
        return Some(Shape::closed_line(screen_outline(view, &hall.outline), stroke));
    }
    let r = view.screen_rect(&object.bounds(layout)?);
    Some(Shape::rect_stroke(r.expand(1.0), 0.0, stroke, egui::StrokeKind::Outside))
}

/// The selection's outlines, its resize handles and a selected hall's vertex handles.
pub fn paint_selection(
    painter: &Painter,
    view: &ScreenFromWorld,
    doc: &Document,
    feedback: &ToolFeedback,
) {
    let layout = doc.layout();
    let screen = view.screen().expand(tokens::HANDLE_SIDE);
    let hovered = feedback.hover;
    let mut shapes: Vec<Shape> = Vec::new();
    let mut outlines = Mesh::default();
    for object in doc.selection().iter() {
        if object.kind == ObjectKind::Hall {
            shapes.extend(object_outline(view, layout, object, tokens::SELECTION));
        } else if let Some(bounds) = object.bounds(layout) {
            let r = view.screen_rect(&bounds);
            if screen.intersects(r) {
                outline_rect(&mut outlines, r, tokens::SELECTION);
            }
        }
    }
    if let Some(Hover::Object(object)) = hovered
        && !doc.selection().contains(object)
    {
        let faint = Stroke::new(1.0, tokens::SELECTION.color.gamma_multiply(0.6));
        shapes.extend(object_outline(view, layout, object, faint));
    }
    let mut handles = Mesh::default();
    for (object, handle, at) in doc.handles() {
        let fill = if hovered == Some(Hover::Handle(object, handle)) {
            tokens::HANDLE_HOVER_FILL
        } else {
            tokens::HANDLE_FILL
        };
        paint_handle(&mut handles, view.screen_pos(at), fill);
    }
    for (hall, vertex, at) in doc.vertex_handles() {
        let fill = if hovered == Some(Hover::Vertex { hall, vertex }) {
            tokens::HANDLE_HOVER_FILL
        } else {
            tokens::HANDLE_FILL
        };
        paint_handle(&mut handles, view.screen_pos(at), fill);
    }
    painter.add(Shape::mesh(outlines));
    painter.extend(shapes);
    painter.add(Shape::mesh(handles));
}

/// One square handle with a border.
fn paint_handle(mesh: &mut Mesh, centre: egui::Pos2, fill: egui::Color32) {
    let side = tokens::HANDLE_SIDE;
    add_square(mesh, centre, side, tokens::HANDLE_STROKE.color);
    add_square(mesh, centre, side - 2.0 * tokens::HANDLE_STROKE.width, fill);
}

/// The active tool's feedback: rubber band, preview rectangle, hall polygon in progress.
pub fn paint_tool_feedback(painter: &Painter, view: &ScreenFromWorld, feedback: &ToolFeedback) {
    let boxed = |r: &Rect| Shape::rect_filled(view.screen_rect(r), 0.0, tokens::FEEDBACK_FILL);
    let outlined = |r: &Rect| {
        Shape::rect_stroke(
            view.screen_rect(r),
            0.0,
            tokens::FEEDBACK_STROKE,
            egui::StrokeKind::Middle,
        )
    };
    for r in feedback.rubber_band.iter().chain(feedback.preview_rect.iter()) {
        painter.add(boxed(r));
        painter.add(outlined(r));
    }
    if let Some((from, to)) = feedback.preview_exit {
        paint_door_preview(painter, view, from, to);
    }
    if feedback.polygon.is_empty() {
        return;
    }
    let mut pts = screen_outline(view, &feedback.polygon);
    if let Some(cursor) = feedback.polygon_cursor {
        pts.push(view.screen_pos(cursor));
    }
    if pts.len() >= 3 {
        // The outline may not be convex yet (an L-shaped hall): ear-clip it.
        let mut fill = Mesh::default();
        add_polygon(&mut fill, &pts, tokens::FEEDBACK_FILL);
        painter.add(Shape::mesh(fill));
    }
    painter.add(Shape::line(pts, tokens::FEEDBACK_STROKE));
    for p in &feedback.polygon {
        painter.circle(
            view.screen_pos(*p),
            tokens::FEEDBACK_VERTEX_RADIUS,
            tokens::HANDLE_FILL,
            tokens::FEEDBACK_STROKE,
        );
    }
}

/// The door the Exit tool is drawing (or would drop): a pale green bar and its width.
fn paint_door_preview(painter: &Painter, view: &ScreenFromWorld, from: Point, to: Point) {
    let (a, b) = (view.screen_pos(from), view.screen_pos(to));
    let bar =
        egui::Stroke::new(tokens::EXIT_BAR_WIDTH + 2.0, tokens::EXIT_GREEN.gamma_multiply(0.6));
    painter.line_segment([a, b], bar);
    let width_m = (to.x_m - from.x_m).hypot(to.y_m - from.y_m);
    let text = format!("{} m", crate::units::decimals(width_m, 1));
    let galley = painter.layout_no_wrap(text, tokens::gap_font(), tokens::GAP_LABEL_TEXT);
    let rect = egui::Rect::from_center_size(
        a.lerp(b, 0.5) + egui::vec2(0.0, -14.0),
        galley.size() + egui::vec2(6.0, 2.0),
    );
    painter.rect_filled(rect, 2.0, tokens::EXIT_GREEN);
    painter.galley(rect.center() - galley.size() / 2.0, galley, tokens::GAP_LABEL_TEXT);
}
