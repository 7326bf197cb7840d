//! The window losing focus (Alt+Tab, a system dialog) while the mouse button is held: the
//! gesture ends as Esc would end it, and the next press starts afresh.

use super::*;

use boothplan_core::editor::ToolState;

/// Booths 1A-001 at (10, 10) and 1A-002 at (40, 10).
fn two_booths() -> Harness<'static, BoothplanApp> {
    let booths = vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 40.0, 10.0)];
    harness(small_layout(booths), None, &FakeDialogs::default())
}

/// Presses on a booth, drags it, and the window loses focus before the release.
fn drag_then_lose_focus(harness: &mut Harness<'_, BoothplanApp>) {
    press_and_move(harness, Point::new(11.5, 11.5), Point::new(25.5, 20.5));
    let dragged = harness.state().document().layout().booths[0].rect.x_m;
    assert!(dragged > 20.0, "the drag previews the booth at its new place (x = {dragged})");
    harness.event(egui::Event::WindowFocused(false));
    harness.run_steps(2);
}

#[test]
fn losing_focus_mid_drag_puts_the_booth_back_and_records_nothing() {
    let mut harness = two_booths();
    drag_then_lose_focus(&mut harness);

    let doc = harness.state().document();
    assert_eq!(doc.layout().booths[0].rect, Rect::new(10.0, 10.0, 3.0, 3.0), "put back");
    assert!(!doc.is_mid_edit(), "no edit stays open for autosave to wait on");
    assert!(!doc.can_undo(), "an interrupted drag is no undo step");
    assert!(!doc.is_dirty(), "nothing changed");
    assert_eq!(harness.state().canvas().tools().state(), ToolState::Ready);
}

#[test]
fn the_next_click_after_losing_focus_selects_normally() {
    let mut harness = two_booths();
    drag_then_lose_focus(&mut harness);
    harness.event(egui::Event::WindowFocused(true));
    harness.run_steps(1);

    click_at(&mut harness, Point::new(41.5, 11.5));
    let doc = harness.state().document();
    assert_eq!(doc.selection(), &Selection::of([ObjectRef::booth(1)]), "the click picks 1A-002");
    assert_eq!(doc.layout().booths[0].rect.x_m, 10.0, "the first booth stayed put");
    assert_eq!(doc.layout().booths[1].rect.x_m, 40.0, "a click moves nothing");
    assert!(!doc.can_undo(), "nothing was recorded, not even the drag the click ended");
}

/// A zone being dragged out with the Zone tool is dropped, and the next drag draws a new one
/// from its own press.
#[test]
fn losing_focus_while_drawing_a_zone_draws_nothing() {
    let mut harness = harness(small_layout(vec![]), None, &FakeDialogs::default());
    harness.get_by_label(&tool_label(Tool::Zone)).click();
    harness.run_steps(2);
    press_and_move(&mut harness, Point::new(5.0, 5.0), Point::new(20.0, 15.0));
    harness.event(egui::Event::WindowFocused(false));
    harness.run_steps(2);
    // Back in the window, the pointer moves with the button up: no rectangle follows it.
    harness.hover_at(screen(&harness, Point::new(50.0, 30.0)));
    harness.run_steps(2);
    let app = harness.state();
    let feedback = app.canvas().tools().feedback(app.document());
    assert_eq!(feedback.preview_rect, None, "the lost rectangle no longer follows the pointer");
    assert_eq!(app.canvas().tools().state(), ToolState::Ready);
    assert!(app.document().layout().zones.is_empty(), "no zone from a lost drag");

    drag(&mut harness, Point::new(30.0, 20.0), Point::new(40.0, 30.0));
    let zones = &harness.state().document().layout().zones;
    assert_eq!(zones.len(), 1, "the next drag draws one zone");
    let r = zones[0].rect;
    assert!(
        (r.x_m - 30.0).abs() < 1.0 && (r.y_m - 20.0).abs() < 1.0,
        "the new zone starts at its own press, not the lost one: {r:?}"
    );
}
