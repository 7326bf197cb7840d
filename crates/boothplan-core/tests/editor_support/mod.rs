//! Shared fixtures for the editor tests: a small fair and Graphite-style gesture drivers.
#![allow(dead_code, reason = "each test file uses a different part of this support module")]

use boothplan_core::editor::{Document, Modifiers, Tool};
use boothplan_core::model::{Booth, BoothStatus, Column, Exit, Hall, Layout, Point, Rect, Zone};

/// A point in metres.
pub fn pt(x_m: f64, y_m: f64) -> Point {
    Point::new(x_m, y_m)
}

/// A booth in hall 1A.
pub fn booth(id: &str, theme: &str, rect: Rect) -> Booth {
    Booth {
        id: id.into(),
        hall: Some("1A".into()),
        theme: theme.into(),
        rect,
        status: BoothStatus::Available,
        exhibitor: String::new(),
    }
}

/// Two halls side by side (1A: 60 × 40 m at the origin, 1B: 60 × 40 m at x = 70), a column,
/// a technology zone in the left half of 1A and three booths in it.
pub fn small_fair() -> Layout {
    let rect_outline = |x: f64| Rect::new(x, 0.0, 60.0, 40.0).corners().to_vec();
    Layout {
        halls: vec![
            Hall::new("1A", "Hall 1A", rect_outline(0.0)),
            Hall::new("1B", "Hall 1B", rect_outline(70.0)),
        ],
        columns: vec![Column::square("1A-C1", "1A", pt(30.0, 20.0), 0.8)],
        zones: vec![Zone {
            id: "1A-Z1".into(),
            hall: Some("1A".into()),
            theme: "technology".into(),
            name: "Cloud & AI".into(),
            rect: Rect::new(2.0, 2.0, 24.0, 36.0),
        }],
        booths: vec![
            booth("1A-001", "technology", Rect::new(4.0, 4.0, 3.0, 3.0)),
            booth("1A-002", "technology", Rect::new(10.0, 4.0, 6.0, 3.0)),
            booth("1A-003", "technology", Rect::new(4.0, 12.0, 3.0, 6.0)),
        ],
        ..Layout::default()
    }
}

/// One square hall `1A` of `side_m` with booths `1A-000`, `1A-001`, … at `rects`.
pub fn square_hall_with_booths(side_m: f64, rects: impl IntoIterator<Item = Rect>) -> Layout {
    let booths = rects
        .into_iter()
        .enumerate()
        .map(|(i, rect)| booth(&format!("1A-{i:03}"), "technology", rect))
        .collect();
    Layout {
        halls: vec![Hall::new(
            "1A",
            "Hall 1A",
            Rect::new(0.0, 0.0, side_m, side_m).corners().to_vec(),
        )],
        booths,
        ..Layout::default()
    }
}

/// A document on [`small_fair`] with picking sized for these tests.
pub fn doc() -> Document {
    let mut doc = Document::new(small_fair(), None);
    doc.settings.pick_radius_m = 0.3;
    doc.settings.drag_threshold_m = 0.2;
    doc
}

/// [`doc`] with the building unlocked (halls and columns start locked), for tests that edit
/// walls and columns as a planner does after unlocking their layers.
pub fn unlocked_doc() -> Document {
    let mut doc = doc();
    doc.set_layer_locked(boothplan_core::editor::Layer::Halls, false);
    doc.set_layer_locked(boothplan_core::editor::Layer::Columns, false);
    doc
}

/// Presses at `from`, moves in steps to `to` and releases there, with `tool` active
/// (as Graphite's `drag_tool`).
pub fn drag_tool(doc: &mut Document, tool: Tool, from: Point, to: Point, modifiers: Modifiers) {
    doc.set_tool(tool);
    doc.pointer_pressed(from, modifiers);
    for step in 1..=4 {
        let t = f64::from(step) / 4.0;
        doc.pointer_moved(pt(
            from.x_m + t * (to.x_m - from.x_m),
            from.y_m + t * (to.y_m - from.y_m),
        ));
    }
    doc.pointer_released(to);
}

/// Presses at `from` and moves to `to` without releasing: a drag in progress.
pub fn drag_without_release(doc: &mut Document, tool: Tool, from: Point, to: Point) {
    doc.set_tool(tool);
    doc.pointer_pressed(from, Modifiers::NONE);
    doc.pointer_moved(pt(f64::midpoint(from.x_m, to.x_m), f64::midpoint(from.y_m, to.y_m)));
    doc.pointer_moved(to);
}

/// A click (press and release in one place) with `tool`.
pub fn click(doc: &mut Document, tool: Tool, at: Point, modifiers: Modifiers) {
    doc.set_tool(tool);
    doc.pointer_pressed(at, modifiers);
    doc.pointer_released(at);
}

/// True when both ends of `exit` lie on one straight piece of its hall's outline (within a
/// micrometre): the door is in a wall, not beside it.
pub fn door_on_its_wall(layout: &Layout, exit: &Exit) -> bool {
    let Some(hall) = layout.halls.iter().find(|h| Some(h.id.as_str()) == exit.hall.as_deref())
    else {
        return false;
    };
    let n = hall.outline.len();
    let off = |p: Point, a: Point, b: Point| {
        let len = (b.x_m - a.x_m).hypot(b.y_m - a.y_m);
        let t = (((p.x_m - a.x_m) * (b.x_m - a.x_m) + (p.y_m - a.y_m) * (b.y_m - a.y_m))
            / (len * len))
            .clamp(0.0, 1.0);
        (p.x_m - a.x_m - t * (b.x_m - a.x_m)).hypot(p.y_m - a.y_m - t * (b.y_m - a.y_m))
    };
    (0..n).any(|i| {
        let (a, b) = (hall.outline[i], hall.outline[(i + 1) % n]);
        off(exit.from, a, b) < 1e-6 && off(exit.to, a, b) < 1e-6
    })
}
