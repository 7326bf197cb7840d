//! What the canvas tells about a booth: the hover tooltip (number, exhibitor, status, size, type
//! and the findings that name it) and the accessibility node that lets tests and screen readers find
//! a booth by its number.

use egui::{Id, Role, Ui};

use super::view::ScreenFromWorld;
use crate::editor::Document;
use crate::model::{Booth, Layout, Point};

/// A booth narrower than this on screen gets no accessibility node (there could be 100,000).
const MIN_ACCESSIBLE_WIDTH: f32 = 6.0;
/// At most this many booth nodes a frame, so a zoomed-out venue stays fast.
const MAX_ACCESSIBLE_BOOTHS: usize = 2000;

/// The index of the top-most booth at `p` (the one drawn last), if any.
#[must_use]
pub fn booth_at(layout: &Layout, p: Point) -> Option<usize> {
    layout.booths.iter().rposition(|b| b.rect.contains_point(p))
}

/// The lines of a booth's tooltip, first line the number.
#[must_use]
pub fn booth_summary(doc: &Document, booth: &Booth) -> Vec<String> {
    let mut lines = vec![booth.id.clone()];
    if !booth.exhibitor.is_empty() {
        lines.push(booth.exhibitor.clone());
    }
    let r = booth.rect;
    lines.push(format!(
        "{}, {} × {} m ({} m²)",
        booth.status,
        trim(r.width_m),
        trim(r.height_m),
        trim(r.area_m2())
    ));
    lines.push(crate::panels::inspector::booth_type_text(doc.booth_type(&booth.id)));
    // Words, not emoji: the default fonts have no warning signs, and the rule name is what the
    // planner will find in the Findings panel and in `boothplan check`.
    for f in doc.findings_for_id(&booth.id) {
        lines.push(format!("{} ({}): {}", f.severity.as_str(), f.rule, f.message));
    }
    lines
}

/// A number with at most two decimals and no trailing zeros.
fn trim(v: f64) -> String {
    crate::units::decimals(v, 2)
}

/// The tooltip's contents.
pub fn booth_tooltip_ui(ui: &mut Ui, doc: &Document, booth: &Booth) {
    let mut lines = booth_summary(doc, booth).into_iter();
    if let Some(number) = lines.next() {
        ui.strong(number);
    }
    for line in lines {
        ui.label(line);
    }
}

/// The id of booth `index`'s accessibility node under the canvas `canvas_id`.
#[must_use]
pub fn booth_node_id(canvas_id: Id, index: usize) -> Id {
    canvas_id.with(("booth", index))
}

/// Gives each visible, big-enough booth an accessibility node labelled with its number, with its
/// screen rectangle as bounds (so a test can find booth `1A-004` and drag it). With `largest`
/// (the widest booth on screen) too narrow, no booth is looked at.
pub fn add_booth_nodes(
    ui: &Ui,
    canvas_id: Id,
    view: &ScreenFromWorld,
    layout: &Layout,
    largest: egui::Vec2,
) {
    if largest.x < MIN_ACCESSIBLE_WIDTH {
        return;
    }
    let screen = view.screen();
    let mut count = 0;
    for (index, booth) in layout.booths.iter().enumerate() {
        let r = view.screen_rect(&booth.rect);
        if r.width() < MIN_ACCESSIBLE_WIDTH || !screen.intersects(r) {
            continue;
        }
        let r = r.intersect(screen);
        let added = ui.ctx().accesskit_node_builder(booth_node_id(canvas_id, index), |node| {
            node.set_role(Role::Button);
            node.set_label(booth.id.clone());
            node.set_bounds(egui::accesskit::Rect {
                x0: r.min.x.into(),
                y0: r.min.y.into(),
                x1: r.max.x.into(),
                y1: r.max.y.into(),
            });
        });
        if added.is_none() {
            // Accessibility is off this frame: no node would be made for any booth.
            return;
        }
        count += 1;
        if count >= MAX_ACCESSIBLE_BOOTHS {
            return;
        }
    }
}
