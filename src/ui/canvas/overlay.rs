//! What is painted over the layout: finding outlines (red errors, orange warnings), the selection
//! with its handles, and the active tool's feedback (rubber band, preview, polygon in progress).

use std::collections::HashMap;

use egui::{Mesh, Painter, Shape, Stroke};

use super::mesh::{add_polygon, add_rect_border, add_square};
use super::paint::screen_outline;
use super::view::ScreenFromWorld;
use crate::check::{Finding, Severity};
use crate::editor::{Document, Hover, ObjectRef};
use crate::model::{Layout, ObjectKind, Rect};
use crate::ui::theme_tokens as tokens;

/// The worst severity of the findings naming each id.
#[must_use]
pub fn worst_severity_by_id(findings: &[Finding]) -> HashMap<&str, Severity> {
    let mut worst: HashMap<&str, Severity> = HashMap::new();
    for f in findings {
        for id in &f.ids {
            // `Severity::Error < Severity::Warning`: the smaller is the worse.
            worst
                .entry(id.as_str())
                .and_modify(|s| *s = (*s).min(f.severity))
                .or_insert(f.severity);
        }
    }
    worst
}

/// Adds `stroke` around a screen rectangle, drawn just outside it so the fill stays visible.
fn outline_rect(mesh: &mut Mesh, r: egui::Rect, stroke: Stroke) {
    add_rect_border(mesh, r.expand(stroke.width), stroke.width, stroke.color);
}

/// Red or orange outlines around every visible object a finding names.
pub fn paint_finding_outlines(painter: &Painter, view: &ScreenFromWorld, doc: &Document) {
    let worst = worst_severity_by_id(doc.findings());
    if worst.is_empty() {
        return;
    }
    let layout = doc.layout();
    let screen = view.screen();
    let mut mesh = Mesh::default();
    let mut lines = Vec::new();
    let rects = layout
        .zones
        .iter()
        .map(|z| (z.id.as_str(), z.rect))
        .chain(layout.booths.iter().map(|b| (b.id.as_str(), b.rect)))
        .chain(layout.columns.iter().filter_map(|c| Some((c.id.as_str(), c.bounds()?))));
    for (id, rect) in rects {
        let Some(&severity) = worst.get(id) else { continue };
        let r = view.screen_rect(&rect);
        if screen.intersects(r) {
            outline_rect(&mut mesh, r, tokens::finding_outline(severity));
        }
    }
    for hall in &layout.halls {
        if let Some(&severity) = worst.get(hall.id.as_str()) {
            let pts = screen_outline(view, &hall.outline);
            lines.push(Shape::closed_line(pts, tokens::finding_outline(severity)));
        }
    }
    painter.add(Shape::mesh(mesh));
    painter.extend(lines);
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
pub fn paint_selection(painter: &Painter, view: &ScreenFromWorld, doc: &Document) {
    let layout = doc.layout();
    let screen = view.screen().expand(tokens::HANDLE_SIDE);
    let hovered = doc.feedback().hover;
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
pub fn paint_tool_feedback(painter: &Painter, view: &ScreenFromWorld, doc: &Document) {
    let feedback = doc.feedback();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Rule;

    fn finding(rule: Rule, ids: &[&str]) -> Finding {
        Finding {
            rule,
            severity: rule.severity(),
            ids: ids.iter().map(|s| (*s).to_owned()).collect(),
            area_m2: None,
            message: String::new(),
        }
    }

    #[test]
    fn errors_outrank_warnings_for_an_object() {
        let findings = [
            finding(Rule::NarrowAisle, &["1A-001", "1A-002"]),
            finding(Rule::BoothOverlap, &["1A-002", "1A-003"]),
        ];
        let worst = worst_severity_by_id(&findings);
        assert_eq!(worst.get("1A-001"), Some(&Severity::Warning));
        assert_eq!(worst.get("1A-002"), Some(&Severity::Error));
        assert_eq!(worst.get("1A-003"), Some(&Severity::Error));
        assert_eq!(worst.get("1A-004"), None);
    }
}
