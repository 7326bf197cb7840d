//! View ▸ Walking distance to exits: the overlay turns on from the menu and E, marks each
//! hall's farthest walk with the number the core's search gives, and follows an edit.

use boothplan_core::check::walk::walk_layout;
use boothplan_core::model::{Exit, Layout, Point};
use egui_kittest::kittest::Queryable as _;

use super::{FakeDialogs, booth, drag, harness, painted_texts, small_layout};

/// The small hall with a door at the left end of its top wall and booths across it.
fn hall_with_door() -> Layout {
    let mut layout = small_layout(vec![booth("A-1", 10.0, 10.0), booth("A-2", 50.0, 30.0)]);
    layout.exits.push(Exit {
        id: "1A-E1".into(),
        hall: Some("1A".into()),
        from: (2.0, 0.0).into(),
        to: (6.0, 0.0).into(),
    });
    layout
}

/// The label the overlay paints for the hall's farthest booth point, from the core's search.
fn expected_label(layout: &Layout) -> String {
    let walks = walk_layout(layout);
    let (_, travel) = walks[0].worst_booth().unwrap();
    format!("{:.1} m to exit", travel.distance_m.unwrap())
}

#[test]
fn the_view_menu_shows_the_walk_and_marks_the_farthest_booth() {
    let layout = hall_with_door();
    let label = expected_label(&layout);
    let mut h = harness(layout, None, &FakeDialogs::default());
    assert_eq!(h.state().canvas().worst_walks_m(), None, "off at start");
    assert!(!painted_texts(&h).contains(&label));
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label_contains("Walking distance to exits").click();
    h.run_steps(3);
    let worst = h.state().canvas().worst_walks_m().expect("the overlay is on");
    assert_eq!(worst.len(), 1);
    // Booth A-2's far corner (53, 33) walks about 60 m to the door at (6, 0).
    assert!((55.0..62.0).contains(&worst[0]), "{worst:?}");
    assert!(painted_texts(&h).contains(&label), "{label} in {:?}", painted_texts(&h));
    // E turns it off again.
    h.key_press(egui::Key::E);
    h.run_steps(2);
    assert_eq!(h.state().canvas().worst_walks_m(), None);
    assert!(!painted_texts(&h).contains(&label));
}

#[test]
fn the_mark_follows_an_edit() {
    let layout = hall_with_door();
    let mut h = harness(layout, None, &FakeDialogs::default());
    h.key_press(egui::Key::E);
    h.run_steps(3);
    let before = h.state().canvas().worst_walks_m().unwrap()[0];
    // Drag the far booth next to the door: the farthest walk is now the other booth's.
    drag(&mut h, Point::new(51.5, 31.5), Point::new(20.5, 6.5));
    h.run_steps(3);
    assert!(h.state().document().layout().booths[1].rect.x_m < 25.0, "the booth moved");
    let label = expected_label(h.state().document().layout());
    let after = h.state().canvas().worst_walks_m().unwrap()[0];
    assert!(after < before - 20.0, "{before} → {after}");
    assert!(painted_texts(&h).contains(&label));
}
