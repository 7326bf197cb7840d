//! The canvas driven headlessly with `egui_kittest` on a real editor `Document`: drawing,
//! resizing, dragging and snapping booths, drawing a hall by clicks, zooming about the cursor,
//! and finding booths by their number in the accessibility tree.

use boothplan_core::editor::{Document, FieldValue, ObjectRef, Selection, Tool};
use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Point, Rect};
use boothplan_ui::canvas::Canvas;
use egui::{Event, Key, MouseWheelUnit, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

mod editing;
#[path = "../frame_support/mod.rs"]
mod frame_support;
mod navigation;
mod painting;

use frame_support::{colour_at, painted_texts, points_coloured};

type State = (Canvas, Document);

/// One 60 m × 40 m hall, `1A`, and the given booths.
fn layout(booths: Vec<Booth>) -> Layout {
    Layout {
        halls: vec![Hall::new(
            "1A",
            "Hall 1A",
            vec![
                Point::new(0.0, 0.0),
                Point::new(60.0, 0.0),
                Point::new(60.0, 40.0),
                Point::new(0.0, 40.0),
            ],
        )],
        booths,
        ..Layout::default()
    }
}

fn booth(id: &str, rect: Rect) -> Booth {
    Booth {
        id: id.to_owned(),
        hall: Some("1A".to_owned()),
        theme: "technology".to_owned(),
        rect,
        status: BoothStatus::Sold,
        exhibitor: "Acme".to_owned(),
    }
}

fn harness(layout: Layout) -> Harness<'static, State> {
    let doc = Document::new(layout, None);
    let mut h = Harness::builder().with_size(vec2(800.0, 600.0)).build_ui_state(
        |ui, (canvas, doc): &mut State| {
            canvas.ui(ui, doc);
        },
        (Canvas::default(), doc),
    );
    h.run();
    h
}

/// Where venue point `(x, y)` is on screen now.
fn at(h: &Harness<'_, State>, x_m: f64, y_m: f64) -> Pos2 {
    h.state().0.screen_from_world().screen_pos(Point::new(x_m, y_m))
}

fn button(h: &Harness<'_, State>, pos: Pos2, pressed: bool, modifiers: egui::Modifiers) {
    h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed, modifiers });
}

/// Presses at `from`, moves in a few steps to `to` and releases there, holding `modifiers`.
fn drag(h: &mut Harness<'_, State>, from: Pos2, to: Pos2, modifiers: egui::Modifiers) {
    h.event(Event::ModifiersChanged(modifiers));
    h.hover_at(from);
    button(h, from, true, modifiers);
    for t in [0.25, 0.5, 0.75, 1.0] {
        h.hover_at(from + (to - from) * t);
    }
    button(h, to, false, modifiers);
    h.event(Event::ModifiersChanged(egui::Modifiers::NONE));
    h.run();
}

/// Clicks at venue point `(x, y)`.
fn click(h: &mut Harness<'_, State>, x_m: f64, y_m: f64) {
    let pos = at(h, x_m, y_m);
    h.hover_at(pos);
    button(h, pos, true, egui::Modifiers::NONE);
    button(h, pos, false, egui::Modifiers::NONE);
    h.run();
}

fn doc<'h>(h: &'h Harness<'_, State>) -> &'h Document {
    &h.state().1
}
