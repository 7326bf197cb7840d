//! Shared fixtures for the editor tests: a small fair and Graphite-style gesture drivers.
#![allow(dead_code, reason = "each test file uses a different part of this support module")]

use boothplan_core::editor::{Document, Modifiers, Tool, ToolController};
use boothplan_core::model::{Booth, BoothStatus, Column, Hall, Layout, Point, Rect, Zone};

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

/// A document and the tools editing it, as the window holds them. It reads as the document
/// (`ed.layout()`); gestures go to `ed.tools` with `&mut ed.doc`.
pub struct Editor {
    /// The document being edited.
    pub doc: Document,
    /// The tools driven by the pointer and keys.
    pub tools: ToolController,
}

impl Editor {
    /// `doc` with the tools at rest (the Select tool, nothing in progress).
    pub fn on(doc: Document) -> Self {
        Self { doc, tools: ToolController::default() }
    }

    /// A fresh document on `layout`, with no file.
    pub fn new(layout: Layout) -> Self {
        Self::on(Document::new(layout, None))
    }

    /// Switches to `tool`.
    pub fn set_tool(&mut self, tool: Tool) {
        self.tools.set_tool(&mut self.doc, tool);
    }

    /// The pointer went down at `at`.
    pub fn pointer_pressed(&mut self, at: Point, modifiers: Modifiers) {
        self.tools.pointer_pressed(&mut self.doc, at, modifiers);
    }

    /// The pointer moved to `to`.
    pub fn pointer_moved(&mut self, to: Point) {
        self.tools.pointer_moved(&mut self.doc, to);
    }

    /// The pointer went up at `at`.
    pub fn pointer_released(&mut self, at: Point) {
        self.tools.pointer_released(&mut self.doc, at);
    }

    /// A double-click at `at`.
    pub fn double_clicked(&mut self, at: Point) {
        self.tools.double_clicked(&mut self.doc, at);
    }

    /// A key for the tools; true when it did something.
    pub fn key(&mut self, key: boothplan_core::editor::EditorKey, modifiers: Modifiers) -> bool {
        self.tools.key(&mut self.doc, key, modifiers)
    }

    /// What the canvas would paint for the tools now.
    pub fn feedback(&self) -> boothplan_core::editor::ToolFeedback {
        self.tools.feedback(&self.doc)
    }

    /// Undo, as the window does it: the gesture in progress is cancelled first.
    pub fn undo(&mut self) {
        self.tools.cancel(&mut self.doc);
        self.doc.undo();
    }

    /// Redo, as the window does it.
    pub fn redo(&mut self) {
        self.tools.cancel(&mut self.doc);
        self.doc.redo();
    }
}

impl std::ops::Deref for Editor {
    type Target = Document;
    fn deref(&self) -> &Document {
        &self.doc
    }
}

impl std::ops::DerefMut for Editor {
    fn deref_mut(&mut self) -> &mut Document {
        &mut self.doc
    }
}

/// A document on [`small_fair`] with picking sized for these tests.
pub fn doc() -> Editor {
    let mut doc = Document::new(small_fair(), None);
    doc.settings.pick_radius_m = 0.3;
    doc.settings.drag_threshold_m = 0.2;
    Editor::on(doc)
}

/// [`doc`] with the building unlocked (halls and columns start locked), for tests that edit
/// walls and columns as a planner does after unlocking their layers.
pub fn unlocked_doc() -> Editor {
    let mut doc = doc();
    doc.set_layer_locked(boothplan_core::editor::Layer::Halls, false);
    doc.set_layer_locked(boothplan_core::editor::Layer::Columns, false);
    doc
}

/// Presses at `from`, moves in steps to `to` and releases there, with `tool` active
/// (as Graphite's `drag_tool`).
pub fn drag_tool(doc: &mut Editor, tool: Tool, from: Point, to: Point, modifiers: Modifiers) {
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
pub fn drag_without_release(doc: &mut Editor, tool: Tool, from: Point, to: Point) {
    doc.set_tool(tool);
    doc.pointer_pressed(from, Modifiers::NONE);
    doc.pointer_moved(pt(f64::midpoint(from.x_m, to.x_m), f64::midpoint(from.y_m, to.y_m)));
    doc.pointer_moved(to);
}

/// A click (press and release in one place) with `tool`.
pub fn click(doc: &mut Editor, tool: Tool, at: Point, modifiers: Modifiers) {
    doc.set_tool(tool);
    doc.pointer_pressed(at, modifiers);
    doc.pointer_released(at);
}
