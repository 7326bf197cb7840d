//! Layers: the building starts locked, so clicks, rubber bands and Select all pass through
//! walls and columns to the floor; a locked or hidden object is never moved, rotated or
//! deleted even when selected another way; hiding a layer drops it from the selection.

mod editor_support;

use boothplan_core::editor::{Layer, Modifiers, Nudge, ObjectRef, Selection, Tool};
use boothplan_core::model::ObjectKind;
use editor_support::{click, doc, drag_tool, pt, small_fair};

#[test]
fn the_building_is_locked_from_the_start_and_clicks_pass_through_it() {
    let mut doc = doc();
    assert!(doc.layers().is_locked(Layer::Halls) && doc.layers().is_locked(Layer::Columns));
    // On the hall floor and on the column: nothing is picked.
    click(&mut doc, Tool::Select, pt(40.0, 30.0), Modifiers::NONE);
    assert!(doc.selection().is_empty(), "the hall is locked");
    click(&mut doc, Tool::Select, pt(30.0, 20.0), Modifiers::NONE);
    assert!(doc.selection().is_empty(), "the column is locked");
    // Dragging from the hall floor draws a rubber band instead of moving the hall.
    drag_tool(&mut doc, Tool::Select, pt(35.0, 25.0), pt(50.0, 35.0), Modifiers::NONE);
    assert_eq!(doc.layout(), &small_fair(), "nothing moved");
    // Select all takes the zone and the booths only.
    doc.select_all();
    let kinds: Vec<ObjectKind> = doc.selection().iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [ObjectKind::Zone, ObjectKind::Booth, ObjectKind::Booth, ObjectKind::Booth]);

    // Unlocked, the hall is picked like anything else.
    doc.set_layer_locked(Layer::Halls, false);
    click(&mut doc, Tool::Select, pt(40.0, 30.0), Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::hall(0)));
}

#[test]
fn a_locked_object_selected_another_way_is_never_moved_rotated_or_deleted() {
    let mut doc = doc();
    // As clicking a finding of the column and a booth would select them.
    doc.set_selection(Selection::of([ObjectRef::column(0), ObjectRef::booth(0)]));
    doc.nudge(Nudge::Right, false);
    assert_eq!(doc.layout().columns, small_fair().columns, "the locked column stayed put");
    assert_eq!(doc.layout().booths[0].rect.x_m, small_fair().booths[0].rect.x_m + 1.0);
    doc.delete_selection();
    assert_eq!(doc.layout().columns.len(), 1, "the locked column is not deleted");
    assert_eq!(doc.layout().booths.len(), 2, "the booth is");
}

#[test]
fn a_hidden_layer_is_never_picked_and_leaves_the_selection() {
    let mut doc = doc();
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(0)));
    doc.set_layer_visible(Layer::Booths, false);
    assert!(doc.selection().is_empty(), "the hidden booth left the selection");
    // A click where the booth is picks the zone under it instead.
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::zone(0)));
    doc.set_layer_visible(Layer::Booths, true);
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(0)));
}

#[test]
fn locking_the_booths_mid_drag_ends_the_drag_and_changes_nothing() {
    let mut doc = doc();
    editor_support::drag_without_release(&mut doc, Tool::Select, pt(5.0, 5.0), pt(20.0, 20.0));
    doc.set_layer_locked(Layer::Booths, true);
    assert_eq!(doc.layout(), &small_fair());
    assert!(!doc.can_undo());
    assert!(doc.selection().is_empty());
}
