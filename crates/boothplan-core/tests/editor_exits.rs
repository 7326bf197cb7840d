//! The Exit tool and doors in the editor: a click on a wall puts a standard door there, a drag
//! along the wall sets its width, a door moved with the Select tool slides along its hall's
//! walls, and every one of these is one undo step. Hall 1A of the small fair spans x 0–60,
//! y 0–40.

mod editor_support;

use boothplan_core::editor::{
    CLICKED_EXIT_WIDTH_M, EditorKey, FieldValue, Modifiers, ObjectRef, Selection, Tool,
};
use boothplan_core::model::{Exit, Point};
use editor_support::{click, doc, drag_tool, drag_without_release, pt};

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
