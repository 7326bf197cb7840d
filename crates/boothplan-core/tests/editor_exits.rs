//! The Exit tool and doors in the editor: a click on a wall puts a standard door there, a drag
//! along the wall sets its width, a door moved with the Select tool slides along its hall's
//! walls, and every one of these is one undo step. Hall 1A of the small fair spans x 0–60,
//! y 0–40.

mod editor_support;

use boothplan_core::editor::{
    CLICKED_EXIT_WIDTH_M, EditorKey, FieldValue, Modifiers, ObjectRef, Selection, Tool,
};
use boothplan_core::model::{Exit, Point};
use editor_support::{Editor, click, doc, drag_tool, drag_without_release, pt};

fn close(a: Point, b: Point) -> bool {
    (a.x_m - b.x_m).abs() < 1e-9 && (a.y_m - b.y_m).abs() < 1e-9
}

fn ends(exit: &Exit) -> (Point, Point) {
    // Either order: the tool draws from the press towards the pointer.
    if (exit.from.x_m, exit.from.y_m) <= (exit.to.x_m, exit.to.y_m) {
        (exit.from, exit.to)
    } else {
        (exit.to, exit.from)
    }
}

#[test]
fn a_click_on_a_wall_puts_a_standard_door_centred_there_in_one_undo_step() {
    let mut doc = doc();
    click(&mut doc, Tool::Exit, pt(20.3, 0.2), Modifiers::NONE);
    let [exit] = doc.layout().exits.as_slice() else {
        panic!("one door: {:?}", doc.layout().exits)
    };
    assert_eq!((exit.id.as_str(), exit.hall.as_deref()), ("1A-E1", Some("1A")));
    let (a, b) = ends(exit);
    assert!(close(a, pt(19.3, 0.0)) && close(b, pt(21.3, 0.0)), "{exit:?}");
    assert!((exit.width_m() - CLICKED_EXIT_WIDTH_M).abs() < 1e-9);
    assert_eq!(doc.undo_label(), Some("Add exit 1A-E1"));
    doc.undo();
    assert!(doc.layout().exits.is_empty());
}

#[test]
fn a_drag_along_a_wall_sets_the_door_width_and_stays_on_that_wall() {
    let mut doc = doc();
    // Down the left wall, the pointer wandering off it: the door follows the wall.
    drag_tool(&mut doc, Tool::Exit, pt(0.1, 10.0), pt(3.0, 14.04), Modifiers::NONE);
    let [exit] = doc.layout().exits.as_slice() else { panic!("one door") };
    let (a, b) = ends(exit);
    assert!(close(a, pt(0.0, 10.0)) && close(b, pt(0.0, 14.0)), "{exit:?}");
    assert!((exit.width_m() - 4.0).abs() < 1e-9);
}

#[test]
fn a_door_near_a_corner_is_slid_along_so_it_stays_on_one_wall() {
    let mut doc = doc();
    click(&mut doc, Tool::Exit, pt(0.2, 0.5), Modifiers::NONE);
    let [exit] = doc.layout().exits.as_slice() else { panic!("one door") };
    let (a, b) = ends(exit);
    assert!(close(a, pt(0.0, 0.0)) && close(b, pt(0.0, 2.0)), "{exit:?}");
}

#[test]
fn away_from_every_wall_the_exit_tool_makes_nothing_and_escape_cancels_a_drag() {
    let mut doc = doc();
    click(&mut doc, Tool::Exit, pt(30.0, 10.0), Modifiers::NONE);
    drag_tool(&mut doc, Tool::Exit, pt(30.0, 10.0), pt(35.0, 10.0), Modifiers::NONE);
    assert!(doc.layout().exits.is_empty());
    drag_without_release(&mut doc, Tool::Exit, pt(10.0, 0.1), pt(16.0, 0.0));
    assert!(doc.feedback().preview_exit.is_some(), "the door being drawn is previewed");
    doc.key(EditorKey::Escape, Modifiers::NONE);
    doc.pointer_released(pt(16.0, 0.0));
    assert!(doc.layout().exits.is_empty());
    assert!(!doc.can_undo());
}

#[test]
fn a_door_moved_with_the_select_tool_slides_along_its_walls() {
    let mut doc = doc();
    click(&mut doc, Tool::Exit, pt(20.0, 0.0), Modifiers::NONE);
    // Picked on the wall (doors are drawn over everything), dragged down and right: it stays
    // in the top wall, moved only along it.
    drag_tool(&mut doc, Tool::Select, pt(20.0, 0.1), pt(25.0, 3.0), Modifiers::NONE);
    let exit = &doc.layout().exits[0];
    let (a, b) = ends(exit);
    assert!(close(a, pt(24.0, 0.0)) && close(b, pt(26.0, 0.0)), "{exit:?}");
    assert_eq!(doc.undo_label(), Some("Move exit 1A-E1"));
    // Dragged near the right wall, it turns the corner onto that wall, as wide as before.
    drag_tool(&mut doc, Tool::Select, pt(25.0, 0.1), pt(59.0, 15.0), Modifiers::NONE);
    let exit = &doc.layout().exits[0];
    assert!(exit.from.x_m == 60.0 && exit.to.x_m == 60.0, "{exit:?}");
    assert!((exit.width_m() - 2.0).abs() < 1e-9);
    assert_eq!(exit.hall.as_deref(), Some("1A"));
}

#[test]
fn deleting_a_hall_leaves_its_doors_in_no_hall_and_the_file_still_opens() {
    let mut doc = doc();
    click(&mut doc, Tool::Exit, pt(20.0, 0.0), Modifiers::NONE);
    doc.set_layer_locked(boothplan_core::editor::Layer::Halls, false);
    doc.set_selection(Selection::of([ObjectRef::hall(0)]));
    doc.delete_selection();
    assert_eq!(doc.layout().exits[0].hall, None);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    doc.save_as(&path).unwrap();
    let back = boothplan_core::io::ron_file::load_layout(&path).unwrap();
    assert_eq!(&back, doc.layout());
}

#[test]
fn sprinklers_are_set_per_hall_in_one_undo_step() {
    let mut doc = doc();
    doc.set_field(&[ObjectRef::hall(1)], &FieldValue::Sprinklered(true));
    assert!(doc.layout().halls[1].sprinklered && !doc.layout().halls[0].sprinklered);
    assert_eq!(doc.undo_label(), Some("Set sprinklers"));
    doc.undo();
    assert!(!doc.layout().halls[1].sprinklered);
}

#[test]
fn a_hall_moved_with_its_doors_takes_them_along_on_its_walls() {
    let mut doc = editor_support::unlocked_doc();
    click(&mut doc, Tool::Exit, pt(20.0, 0.0), Modifiers::NONE);
    doc.select_all();
    doc.move_selection(10.0, 5.0);
    let exit = &doc.layout().exits[0];
    let (a, b) = ends(exit);
    // The top wall of 1A is now at y = 5, from x = 10 to 70: the door moved with it.
    assert!(close(a, pt(29.0, 5.0)) && close(b, pt(31.0, 5.0)), "{exit:?}");
}

#[test]
fn a_duplicated_door_lands_on_the_same_wall_as_wide_with_a_new_number() {
    let mut doc = doc();
    click(&mut doc, Tool::Exit, pt(20.0, 0.0), Modifiers::NONE);
    doc.duplicate_selection();
    let exits = &doc.layout().exits;
    assert_eq!(exits.len(), 2);
    let copy = &exits[1];
    assert_eq!((copy.id.as_str(), copy.hall.as_deref()), ("1A-E2", Some("1A")));
    assert!(copy.from.y_m == 0.0 && copy.to.y_m == 0.0, "on the top wall: {copy:?}");
    assert!((copy.width_m() - 2.0).abs() < 1e-9);
}

#[test]
fn a_change_of_sprinklers_is_listed_by_diff() {
    let before = editor_support::small_fair();
    let mut after = before.clone();
    after.halls[0].sprinklered = true;
    let diff = boothplan_core::revision::diff_layouts(&before, &after);
    assert_eq!(diff.changes.len(), 1, "{:?}", diff.changes);
    assert_eq!(diff.changes[0].id, "1A");
}

/// Every door of the layout on its hall's walls, each `width_m` wide.
fn doors_on_walls(doc: &Editor, width_m: f64) {
    for exit in &doc.layout().exits {
        assert!(
            editor_support::door_on_its_wall(doc.layout(), exit),
            "off its hall's walls: {exit:?}"
        );
        assert!((exit.width_m() - width_m).abs() < 1e-9, "narrowed or widened: {exit:?}");
    }
}

/// [`editor_support::unlocked_doc`] with a door on the top and on the right wall of 1A (and
/// one in 1B, which must not move), only hall 1A selected.
fn hall_with_doors() -> Editor {
    let mut doc = editor_support::unlocked_doc();
    click(&mut doc, Tool::Exit, pt(20.0, 0.0), Modifiers::NONE);
    click(&mut doc, Tool::Exit, pt(60.0, 20.0), Modifiers::NONE);
    click(&mut doc, Tool::Exit, pt(100.0, 40.0), Modifiers::NONE);
    doc.set_selection(Selection::of([ObjectRef::hall(0)]));
    doc
}

/// Undo puts the hall and its doors back as they were in one step; redo brings both again.
fn undo_and_redo_take_the_doors_too(doc: &mut Editor, label: &str) {
    assert_eq!(doc.undo_label(), Some(label));
    let after = doc.layout().clone();
    doc.undo();
    assert_eq!(doc.layout(), hall_with_doors().layout(), "one undo restores hall and doors");
    doc.redo();
    assert_eq!(doc.layout(), &after);
}

#[test]
fn a_hall_dragged_on_its_own_takes_its_doors_along_in_one_undo_step() {
    let mut doc = hall_with_doors();
    // Grabbed on empty floor of the selected hall, moved 10 m right and 5 m down in steps.
    drag_tool(&mut doc, Tool::Select, pt(45.0, 30.0), pt(55.0, 35.0), Modifiers::NONE);
    assert_eq!(doc.layout().halls[0].outline[0], pt(10.0, 5.0));
    let exits = &doc.layout().exits;
    let (a, b) = ends(&exits[0]);
    assert!(close(a, pt(29.0, 5.0)) && close(b, pt(31.0, 5.0)), "{:?}", exits[0]);
    let (a, b) = ends(&exits[1]);
    assert!(close(a, pt(70.0, 24.0)) && close(b, pt(70.0, 26.0)), "{:?}", exits[1]);
    assert_eq!(ends(&exits[2]), ends(&hall_with_doors().layout().exits[2]), "1B's door stays");
    doors_on_walls(&doc, CLICKED_EXIT_WIDTH_M);
    undo_and_redo_take_the_doors_too(&mut doc, "Move hall 1A");
}

#[test]
fn doors_follow_every_step_of_a_hall_drag_and_escape_puts_them_back() {
    let mut doc = hall_with_doors();
    drag_without_release(&mut doc, Tool::Select, pt(45.0, 30.0), pt(52.0, 30.0));
    // Mid-drag, the preview already has the doors on the moved walls.
    doors_on_walls(&doc, CLICKED_EXIT_WIDTH_M);
    assert!((doc.layout().exits[1].from.x_m - 67.0).abs() < 1e-9);
    doc.key(EditorKey::Escape, Modifiers::NONE);
    assert_eq!(doc.layout(), hall_with_doors().layout());
}

#[test]
fn a_hall_corner_dragged_keeps_its_doors_on_the_reshaped_walls() {
    let mut doc = hall_with_doors();
    // The bottom-right corner (60, 40) dragged to (70, 40): the right wall leans out.
    drag_tool(&mut doc, Tool::Select, pt(60.0, 40.0), pt(70.0, 40.0), Modifiers::NONE);
    assert!(doc.layout().halls[0].outline.contains(&pt(70.0, 40.0)));
    doors_on_walls(&doc, CLICKED_EXIT_WIDTH_M);
    // Half-way along the right wall before, half-way along it after.
    let centre = doc.layout().exits[1].centre();
    assert!(close(centre, pt(65.0, 20.0)), "{centre:?}");
    undo_and_redo_take_the_doors_too(&mut doc, "Move hall corner");
}

#[test]
fn a_hall_corner_removed_or_added_keeps_its_doors_on_the_walls() {
    let mut doc = hall_with_doors();
    // Double-click the top-right corner away: the hall becomes a triangle whose long side
    // runs from (0, 0) to (60, 40); both doors of 1A land on its walls, as wide.
    doc.set_tool(Tool::Select);
    doc.double_clicked(pt(60.0, 0.0));
    assert_eq!(doc.layout().halls[0].outline.len(), 3);
    doors_on_walls(&doc, CLICKED_EXIT_WIDTH_M);
    undo_and_redo_take_the_doors_too(&mut doc, "Remove hall corner");
}

#[test]
fn a_hall_nudged_with_the_arrows_takes_its_doors_along() {
    let mut doc = hall_with_doors();
    doc.nudge(boothplan_core::editor::Nudge::Down, true);
    assert_eq!(doc.layout().halls[0].outline[0], pt(0.0, 10.0));
    let (a, b) = ends(&doc.layout().exits[0]);
    assert!(close(a, pt(19.0, 10.0)) && close(b, pt(21.0, 10.0)));
    doors_on_walls(&doc, CLICKED_EXIT_WIDTH_M);
    undo_and_redo_take_the_doors_too(&mut doc, "Move hall 1A");
}

#[test]
fn a_hall_placed_exactly_in_the_inspector_takes_its_doors_along() {
    let mut doc = hall_with_doors();
    let to = boothplan_core::model::Rect::new(-20.0, 100.0, 60.0, 40.0);
    doc.set_field(&[ObjectRef::hall(0)], &FieldValue::Rect(to));
    assert_eq!(doc.layout().halls[0].outline[0], pt(-20.0, 100.0));
    let (a, b) = ends(&doc.layout().exits[0]);
    assert!(close(a, pt(-1.0, 100.0)) && close(b, pt(1.0, 100.0)));
    doors_on_walls(&doc, CLICKED_EXIT_WIDTH_M);
    undo_and_redo_take_the_doors_too(&mut doc, "Place exactly");

    // A value dragged in the inspector previews in steps and is one undo step too.
    let mut doc = hall_with_doors();
    let tx = doc.begin_transaction("Change x (m)", [ObjectRef::hall(0)]);
    for x in [1.0, 2.0, 3.0] {
        let to = boothplan_core::model::Rect::new(x, 0.0, 60.0, 40.0);
        tx.preview_field(&mut doc, &[ObjectRef::hall(0)], &FieldValue::Rect(to));
        doors_on_walls(&doc, CLICKED_EXIT_WIDTH_M);
    }
    tx.commit(&mut doc);
    assert!(close(doc.layout().exits[1].from, pt(63.0, 19.0)), "{:?}", doc.layout().exits[1]);
    undo_and_redo_take_the_doors_too(&mut doc, "Change x (m)");
}
