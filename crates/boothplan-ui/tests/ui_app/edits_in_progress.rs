//! An edit in progress (an inspector number or a canvas drag) when Esc, Undo or Save arrives.

use super::*;

/// Drag the inspector's "x (m)" value, press Esc mid-drag (egui ends the drag, the app's Cancel
/// clears the selection so the inspector no longer shows the field), release. The planner then
/// selects the other booth and presses Delete: the booth should go, and autosave should not
/// see an edit in progress.
#[test]
fn esc_during_an_inspector_drag_leaves_no_edit_open() {
    let mut harness = harness(
        small_layout(vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 30.0, 10.0)]),
        None,
        &FakeDialogs::default(),
    );
    let field = drag_booth_x(&mut harness, 5);
    let moved_x = harness.state().document().layout().booths[0].rect.x_m;
    assert!(moved_x > 10.0, "the drag previews a new x ({moved_x})");
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    harness.drop_at(field + egui::vec2(40.0, 0.0));
    harness.run_steps(2);

    let still_open = harness.state().document().is_mid_edit();
    let x_after_esc = harness.state().document().layout().booths[0].rect.x_m;
    assert_eq!(x_after_esc, 10.0, "Esc puts the dragged number back");
    harness.state_mut().document_mut().set_selection(Selection::of([ObjectRef::booth(1)]));
    harness.run_steps(2);
    harness.key_press(egui::Key::Delete);
    harness.run_steps(2);
    let booths_left = harness.state().document().layout().booths.len();
    assert!(
        !still_open && booths_left == 1,
        "after the drag ended an edit is still open ({still_open}) and Delete left {booths_left} \
         booths: autosave and key edits wait for ever"
    );
}

/// Selects the first booth, presses on the inspector's "x (m)" and moves `steps` frames to the
/// right without releasing; returns where the field is.
fn drag_booth_x(harness: &mut Harness<'_, BoothplanApp>, steps: u8) -> egui::Pos2 {
    harness.state_mut().document_mut().set_selection(Selection::of([ObjectRef::booth(0)]));
    harness.run_steps(2);
    let field =
        harness.get_by_role_and_label(egui::accesskit::Role::SpinButton, "x (m)").rect().center();
    harness.hover_at(field);
    harness.run_steps(1);
    harness.drag_at(field);
    harness.run_steps(1);
    for i in 1..=steps {
        harness.hover_at(field + egui::vec2(8.0 * f32::from(i), 0.0));
        harness.run_steps(1);
    }
    field
}

/// Ctrl+Z while an inspector number is being dragged puts the edit back; the rest of the same
/// drag should then be at most one undo step, not one step per frame.
#[test]
fn undo_during_an_inspector_drag_does_not_make_a_step_per_frame() {
    let mut harness =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    let field = drag_booth_x(&mut harness, 3);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(1);
    for i in 4..=8 {
        harness.hover_at(field + egui::vec2(8.0 * i as f32, 0.0));
        harness.run_steps(1);
    }
    harness.drop_at(field + egui::vec2(64.0, 0.0));
    harness.run_steps(2);
    let mut steps = 0;
    while harness.state().document().can_undo() && steps < 50 {
        harness.state_mut().document_mut().undo();
        steps += 1;
    }
    assert!(steps <= 1, "the rest of one drag became {steps} undo steps");
}

/// Ctrl+S while a booth is being dragged, then Esc: the window shows the booth back where it
/// was and the document clean, so the file should hold what the window shows.
#[test]
fn save_during_a_canvas_drag_writes_what_the_window_shows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    let layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    boothplan_core::io::ron_file::save_layout(&path, &layout).unwrap();
    let mut app = app(layout, Some(path.clone()), &FakeDialogs::default());
    app = app.without_file_watch();
    let mut harness = harness_with(app);
    press_and_move(&mut harness, Point::new(11.5, 11.5), Point::new(25.5, 20.5));
    assert_ne!(harness.state().document().layout().booths[0].rect.x_m, 10.0, "dragging");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(2);
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    harness.drop_at(screen(&harness, Point::new(25.5, 20.5)));
    harness.run_steps(2);
    let shown = harness.state().document().layout().booths[0].rect;
    let on_disk = boothplan_core::io::ron_file::load_layout(&path).unwrap().booths[0].rect;
    let clean = !harness.state().document().is_dirty();
    assert!(
        shown == on_disk || !clean,
        "window shows {shown:?} as saved (clean: {clean}) but the file holds {on_disk:?}"
    );
}
