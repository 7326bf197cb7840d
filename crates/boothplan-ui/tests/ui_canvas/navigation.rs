//! Moving around the plan: wheel and pinch zoom about the cursor, panning by middle button and
//! Space, the view keys, zoom to selection, and the cursor position in metres.

use super::*;

#[test]
fn the_wheel_zooms_about_the_point_under_the_cursor() {
    let mut h = harness(layout(Vec::new()));
    let cursor = Pos2::new(250.0, 180.0);
    h.hover_at(cursor);
    h.run();
    let view = *h.state().0.screen_from_world();
    let under_before = view.world_pos(cursor);

    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Line,
        delta: vec2(0.0, 3.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();

    let after = *h.state().0.screen_from_world();
    assert!(after.points_per_m() > view.points_per_m() * 1.05, "{after:?} vs {view:?}");
    let under_after = after.world_pos(cursor);
    assert!((under_after.x_m - under_before.x_m).abs() < 1e-3, "{under_before:?} {under_after:?}");
    assert!((under_after.y_m - under_before.y_m).abs() < 1e-3);
}

#[test]
fn middle_drag_pans_and_keys_zoom() {
    let mut h = harness(layout(Vec::new()));
    let before = *h.state().0.screen_from_world();
    let p = Point::new(30.0, 20.0);
    let (from, to) = (Pos2::new(400.0, 300.0), Pos2::new(460.0, 260.0));
    h.hover_at(from);
    h.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Middle,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.hover_at(to);
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Middle,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    let after = *h.state().0.screen_from_world();
    let moved = after.screen_pos(p) - before.screen_pos(p);
    assert!((moved - vec2(60.0, -40.0)).length() < 0.01, "{moved:?}");
    // Panning is not an edit.
    assert!(!doc(&h).can_undo());
}

#[test]
fn the_cursor_position_is_reported_in_metres() {
    let mut h = harness(layout(Vec::new()));
    h.hover_at(at(&h, 12.0, 34.0));
    h.run();
    let c = h.state().0.cursor_m().expect("pointer is over the canvas");
    assert!((c.x_m - 12.0).abs() < 0.01 && (c.y_m - 34.0).abs() < 0.01, "{c:?}");
}

#[test]
fn space_drag_pans_instead_of_editing() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    let before = *h.state().0.screen_from_world();
    h.key_down(Key::Space);
    let (from, to) = (at(&h, 11.5, 11.5), at(&h, 11.5, 11.5) + vec2(50.0, 30.0));
    drag(&mut h, from, to, egui::Modifiers::NONE);
    h.key_up(Key::Space);
    h.run();
    // The booth under the press stayed put and nothing was selected or recorded...
    assert_eq!(doc(&h).layout().booths[0].rect, Rect::new(10.0, 10.0, 3.0, 3.0));
    assert!(doc(&h).selection().is_empty());
    assert!(!doc(&h).can_undo());
    // ...while the view followed the pointer.
    let p = Point::new(11.5, 11.5);
    let moved = h.state().0.screen_from_world().screen_pos(p) - before.screen_pos(p);
    assert!((moved - vec2(50.0, 30.0)).length() < 0.01, "{moved:?}");
}

#[test]
fn a_pinch_zooms_about_the_pointer() {
    let mut h = harness(layout(Vec::new()));
    let cursor = Pos2::new(600.0, 420.0);
    h.hover_at(cursor);
    h.run();
    let before = *h.state().0.screen_from_world();
    h.event(Event::Zoom(1.5));
    h.run();
    let after = *h.state().0.screen_from_world();
    assert!((after.points_per_m() / before.points_per_m() - 1.5).abs() < 1e-6);
    let (a, b) = (before.world_pos(cursor), after.world_pos(cursor));
    assert!((a.x_m - b.x_m).abs() < 1e-3 && (a.y_m - b.y_m).abs() < 1e-3, "{a:?} {b:?}");
}

#[test]
fn zoom_to_selection_centres_the_selected_booth() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(40.0, 30.0, 3.0, 3.0))]));
    let fitted = h.state().0.points_per_m();
    let (canvas, doc) = h.state_mut();
    doc.set_selection(Selection::of([ObjectRef::booth(0)]));
    canvas.zoom_to_selection(doc);
    h.run();
    let view = *h.state().0.screen_from_world();
    assert!(view.points_per_m() > fitted, "zoomed in");
    let centre = view.screen_pos(Point::new(41.5, 31.5));
    assert!((centre - view.screen().center()).length() < 0.5, "{centre:?}");
    // Yet not so close that the booth's neighbourhood disappears: 30 m stay in view.
    assert!(view.visible_m().width_m >= 30.0 - 1e-6);
}
