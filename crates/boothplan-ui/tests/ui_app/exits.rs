//! Doors through the window: D picks the Exit tool, a drag along a wall puts a door of that
//! width there, drawn with its EXIT tag; the Exits layer hides it; a hall's sprinklers are a
//! tick in the inspector.

use super::*;

#[test]
fn d_then_a_drag_along_a_wall_puts_a_door_there_drawn_with_its_exit_tag() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    harness.key_press(egui::Key::D);
    harness.run_steps(2);
    assert_eq!(harness.state().canvas().tools().tool(), Tool::Exit);
    assert!(!frame_support::painted_texts(&harness).iter().any(|t| t == "EXIT"));

    // Along the bottom wall (y = 40), the pointer a little inside the hall.
    drag(&mut harness, Point::new(20.0, 39.8), Point::new(24.0, 39.6));
    let exits = &harness.state().document().layout().exits;
    assert_eq!(exits.len(), 1, "{exits:?}");
    let door = &exits[0];
    assert_eq!((door.id.as_str(), door.hall.as_deref()), ("1A-E1", Some("1A")));
    assert!(door.from.y_m == 40.0 && door.to.y_m == 40.0, "{door:?}");
    assert!((door.width_m() - 4.0).abs() < 0.11, "{door:?}");
    harness.run_steps(2);
    assert!(frame_support::painted_texts(&harness).iter().any(|t| t == "EXIT"));

    // The Exits layer hides it.
    harness.get_by_label("Show Exits").click();
    harness.run_steps(2);
    assert!(!frame_support::painted_texts(&harness).iter().any(|t| t == "EXIT"));
}

#[test]
fn a_halls_sprinklers_are_a_tick_in_the_inspector_and_one_undo_step() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    harness.get_by_label("Lock Halls").click();
    harness.run_steps(2);
    click_at(&mut harness, Point::new(30.0, 20.0));
    harness.get_by_label("sprinklered").click();
    harness.run_steps(2);
    assert!(harness.state().document().layout().halls[0].sprinklered);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert!(!harness.state().document().layout().halls[0].sprinklered);
}
