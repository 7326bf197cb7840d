//! The compare view's marks over the plan: each added, removed, moved or changed object
//! outlined in its class's colour (removed ones where they were).

use egui::{Mesh, Painter, Shape};

use super::overlay::outline_rect;
use super::view::ScreenFromWorld;
use crate::compare::Mark;

/// Outlines every visible mark.
pub fn paint_compare_marks(painter: &Painter, view: &ScreenFromWorld, marks: &[Mark]) {
    let screen = view.screen();
    let mut mesh = Mesh::default();
    for mark in marks {
        let r = view.screen_rect(&mark.place);
        if screen.intersects(r) {
            outline_rect(&mut mesh, r, mark.class.stroke());
        }
    }
    painter.add(Shape::mesh(mesh));
}
