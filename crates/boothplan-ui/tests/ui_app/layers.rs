//! The Layers panel through the window: the building starts locked (a click on the hall floor
//! selects nothing), unlocking it makes the hall pickable, and hiding booths takes them off
//! the canvas and out of reach.

use boothplan_core::editor::ObjectRef;
use boothplan_core::model::Point;
use egui_kittest::kittest::Queryable as _;

use super::{FakeDialogs, booth, click_at, harness, painted_texts, small_layout};

#[test]
fn the_hall_is_locked_until_its_lock_box_is_cleared() {
    let mut h =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    click_at(&mut h, Point::new(40.0, 30.0));
    assert!(h.state().document().selection().is_empty(), "a locked hall is not picked");

    h.get_by_label("Lock Halls").click();
    h.run_steps(2);
    click_at(&mut h, Point::new(40.0, 30.0));
    assert_eq!(h.state().document().selection().single(), Some(ObjectRef::hall(0)));
}

#[test]
fn hidden_booths_are_neither_drawn_nor_picked() {
    let mut h =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    h.get_by_label("Lock Halls").click();
    h.run_steps(2);
    assert!(painted_texts(&h).iter().any(|t| t == "1A-001"));
    h.get_by_label("Show Booths").click();
    h.run_steps(2);
    assert!(!painted_texts(&h).iter().any(|t| t == "1A-001"), "the booth is not drawn");
    click_at(&mut h, Point::new(11.5, 11.5));
    assert_eq!(
        h.state().document().selection().single(),
        Some(ObjectRef::hall(0)),
        "the click reaches the floor under the hidden booth"
    );
}
