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

/// True when every door lies on its hall's walls, 2 m wide.
fn doors_on_walls(harness: &Harness<'_, BoothplanApp>) -> bool {
    let layout = harness.state().document().layout();
    layout.exits.iter().all(|e| {
        (e.width_m() - 2.0).abs() < 1e-9 && super::editor_support::door_on_its_wall(layout, e)
    })
}

/// Hall 1A with a door on its top and on its right wall, the Halls layer unlocked and the hall
/// selected by a click on its floor.
fn hall_with_two_doors() -> Harness<'static, BoothplanApp> {
    let mut layout = small_layout(vec![]);
    for (id, from, to) in
        [("1A-E1", (19.0, 0.0), (21.0, 0.0)), ("1A-E2", (60.0, 19.0), (60.0, 21.0))]
    {
        layout.exits.push(boothplan_core::model::Exit {
            id: id.to_owned(),
            hall: Some("1A".to_owned()),
            from: from.into(),
            to: to.into(),
        });
    }
    let mut harness = harness(layout, None, &FakeDialogs::default());
    harness.get_by_label("Lock Halls").click();
    harness.run_steps(2);
    click_at(&mut harness, Point::new(30.0, 20.0));
    assert_eq!(harness.state().document().selection(), &Selection::of([ObjectRef::hall(0)]));
    harness
}

#[test]
fn a_halls_doors_follow_its_walls_when_it_is_dragged_reshaped_nudged_or_placed() {
    let mut harness = hall_with_two_doors();
    let start = harness.state().document().layout().clone();
    let undo = |h: &mut Harness<'_, BoothplanApp>| {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_steps(2);
    };

    // Dragged by its floor: both doors move with it, one undo step takes all back.
    drag(&mut harness, Point::new(30.0, 20.0), Point::new(40.0, 25.0));
    let layout = harness.state().document().layout();
    assert_ne!(layout.halls[0].outline, start.halls[0].outline, "the hall moved");
    assert!(doors_on_walls(&harness), "{:?}", layout.exits);
    assert!((layout.exits[1].from.x_m - 70.0).abs() < 0.5, "{:?}", layout.exits[1]);
    undo(&mut harness);
    assert_eq!(harness.state().document().layout(), &start);

    // A corner dragged out: the right wall leans, its door stays on it.
    drag(&mut harness, Point::new(60.0, 40.0), Point::new(70.0, 40.0));
    assert_ne!(harness.state().document().layout().halls[0].outline, start.halls[0].outline);
    assert!(doors_on_walls(&harness), "{:?}", harness.state().document().layout().exits);
    undo(&mut harness);
    assert_eq!(harness.state().document().layout(), &start);

    // Nudged with an arrow key.
    harness.key_press(egui::Key::ArrowDown);
    harness.run_steps(2);
    assert!((harness.state().document().layout().exits[0].from.y_m - 1.0).abs() < 1e-9);
    assert!(doors_on_walls(&harness));
    undo(&mut harness);
    assert_eq!(harness.state().document().layout(), &start);

    // Its x typed in the inspector.
    let spin = egui::accesskit::Role::SpinButton;
    // A click (press and release in place) on the number turns it into a text field.
    let at = harness.get_by_role_and_label(spin, "x (m)").rect().center();
    click_screen(&mut harness, at);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(spin, "x (m)").type_text("5");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    let layout = harness.state().document().layout();
    assert!((layout.halls[0].outline[0].x_m - 5.0).abs() < 1e-9, "{:?}", layout.halls[0]);
    assert!(doors_on_walls(&harness), "{:?}", layout.exits);
    undo(&mut harness);
    assert_eq!(harness.state().document().layout(), &start);
}
