//! Editing on the canvas: drawing booths and halls, resizing by a handle, dragging onto another
//! booth (and the finding it raises), snapping, and the pointer shape over handles.

use super::*;

#[test]
fn the_booth_tool_draws_a_booth_of_the_dragged_size() {
    let mut h = harness(layout(Vec::new()));
    let (canvas, document) = h.state_mut();
    canvas.tools_mut().set_tool(document, Tool::Booth);
    let (from, to) = (at(&h, 10.0, 10.0), at(&h, 16.0, 19.0));
    drag(&mut h, from, to, egui::Modifiers::NONE);

    let booths = &doc(&h).layout().booths;
    assert_eq!(booths.len(), 1, "{booths:?}");
    assert_eq!(booths[0].rect, Rect::new(10.0, 10.0, 6.0, 9.0));
    assert_eq!(booths[0].hall.as_deref(), Some("1A"));
}

#[test]
fn dragging_a_corner_handle_resizes_the_booth() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    click(&mut h, 11.5, 11.5);
    assert_eq!(doc(&h).selection(), &Selection::of([ObjectRef::booth(0)]));

    let (corner, to) = (at(&h, 13.0, 13.0), at(&h, 16.0, 19.0));
    drag(&mut h, corner, to, egui::Modifiers::NONE);
    assert_eq!(doc(&h).layout().booths[0].rect, Rect::new(10.0, 10.0, 6.0, 9.0));
    // The whole drag is one undo step.
    h.state_mut().1.undo();
    assert_eq!(doc(&h).layout().booths[0].rect, Rect::new(10.0, 10.0, 3.0, 3.0));
}

#[test]
fn dragging_a_booth_onto_another_reports_an_overlap_until_undone() {
    let mut h = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(20.0, 10.0, 3.0, 3.0)),
    ]));
    let has_overlap =
        |d: &Document| d.findings().iter().any(|f| f.rule.as_str() == "booth-overlap");
    assert!(!has_overlap(doc(&h)));

    // Select 1A-002, then drag it 8.5 m left: it snaps to x = 11, over 1A-001.
    click(&mut h, 21.5, 11.5);
    let (from, to) = (at(&h, 21.5, 11.5), at(&h, 13.0, 11.5));
    drag(&mut h, from, to, egui::Modifiers::NONE);
    assert_eq!(doc(&h).layout().booths[1].rect, Rect::new(11.0, 10.0, 3.0, 3.0));
    assert!(has_overlap(doc(&h)), "{:?}", doc(&h).findings());

    h.state_mut().1.undo();
    h.run();
    assert_eq!(doc(&h).layout().booths[1].rect, Rect::new(20.0, 10.0, 3.0, 3.0));
    assert!(!has_overlap(doc(&h)), "{:?}", doc(&h).findings());
}

#[test]
fn clicks_then_enter_with_the_hall_tool_make_a_hall() {
    let mut h = harness(layout(Vec::new()));
    // Make room to the right of hall 1A for the new hall.
    h.state_mut().0.zoom_by(0.5);
    h.run();
    let (canvas, document) = h.state_mut();
    canvas.tools_mut().set_tool(document, Tool::Hall);
    for (x, y) in [(70.0, 0.0), (90.0, 0.0), (90.0, 20.0)] {
        click(&mut h, x, y);
    }
    h.hover_at(at(&h, 80.0, 30.0));
    h.key_press(Key::Enter);
    h.run();

    let halls = &doc(&h).layout().halls;
    assert_eq!(halls.len(), 2, "{halls:?}");
    assert_eq!(
        halls[1].outline,
        vec![Point::new(70.0, 0.0), Point::new(90.0, 0.0), Point::new(90.0, 20.0)]
    );
}

#[test]
fn a_dragged_booth_lands_on_the_grid_unless_alt_is_held() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    click(&mut h, 11.5, 11.5);
    // Drag by (4.3 m, 2.6 m): snapped, the booth moves by whole metres.
    let (from, to) = (at(&h, 11.5, 11.5), at(&h, 15.8, 14.1));
    drag(&mut h, from, to, egui::Modifiers::NONE);
    let r = doc(&h).layout().booths[0].rect;
    assert_eq!((r.x_m, r.y_m), (14.0, 13.0));

    // With Alt the booth follows the pointer exactly (to screen precision).
    let (from, to) = (at(&h, 15.5, 14.5), at(&h, 16.8, 15.2));
    drag(&mut h, from, to, egui::Modifiers::ALT);
    let r = doc(&h).layout().booths[0].rect;
    assert!((r.x_m - 15.3).abs() < 0.05 && (r.y_m - 13.7).abs() < 0.05, "{r:?}");
}

#[test]
fn the_pointer_shape_says_what_a_press_would_do() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    click(&mut h, 11.5, 11.5);
    let cursor = |h: &mut Harness<'_, State>, x_m: f64, y_m: f64| {
        let pos = at(h, x_m, y_m);
        h.hover_at(pos);
        h.run();
        h.output().platform_output.cursor_icon
    };
    assert_eq!(cursor(&mut h, 13.0, 13.0), egui::CursorIcon::ResizeNwSe);
    assert_eq!(cursor(&mut h, 11.5, 10.0), egui::CursorIcon::ResizeVertical);
    assert_eq!(cursor(&mut h, 11.5, 11.5), egui::CursorIcon::Move);
    let (canvas, document) = h.state_mut();
    canvas.tools_mut().set_tool(document, Tool::Booth);
    assert_eq!(cursor(&mut h, 30.0, 30.0), egui::CursorIcon::Crosshair);
}

/// Dragged toward a neighbour, a booth stops exactly one aisle from it (nearer than the grid),
/// a dimension line shows "3 m" while it is held, and Alt lets it go where the pointer is.
#[test]
fn a_booth_dragged_near_a_neighbour_stops_one_aisle_away_and_shows_the_gap() {
    // The neighbour's left edge is off the grid (20.5), so only the aisle snap gives 14.5.
    let mut h = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(20.5, 10.0, 3.0, 3.0)),
    ]));
    click(&mut h, 11.5, 11.5);
    let (from, to) = (at(&h, 11.5, 11.5), at(&h, 15.85, 11.5));
    h.hover_at(from);
    button(&h, from, true, egui::Modifiers::NONE);
    for t in [0.25, 0.5, 0.75, 1.0] {
        h.hover_at(from + (to - from) * t);
    }
    h.run();
    assert!(painted_texts(&h).iter().any(|t| t == "3 m"), "the aisle is measured while dragging");
    button(&h, to, false, egui::Modifiers::NONE);
    h.run();
    let r = doc(&h).layout().booths[0].rect;
    assert!((r.x_m - 14.5).abs() < 1e-9, "one 3 m aisle before 1A-002: {r:?}");
    assert!(!painted_texts(&h).iter().any(|t| t == "3 m"), "the guides end with the drag");

    // Alt: the same drag lands where the pointer is, neither on the aisle nor on the grid.
    h.state_mut().1.undo();
    h.run();
    drag(&mut h, from, to, egui::Modifiers::ALT);
    let r = doc(&h).layout().booths[0].rect;
    assert!((r.x_m - 14.35).abs() < 0.05, "{r:?}");
}
