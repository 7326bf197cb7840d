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

/// A booth on a locked layer, selected from a finding, cannot be placed elsewhere or resized
/// from the inspector either.
#[test]
fn a_locked_booth_keeps_its_place_when_the_inspector_asks() {
    use boothplan_core::editor::FieldValue;
    use boothplan_core::model::Rect;
    let mut doc = doc();
    doc.set_layer_locked(Layer::Booths, true);
    let found = doc.objects_with_ids(&["1A-001".to_owned()]);
    doc.set_selection(found);
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Rect(Rect::new(40.0, 30.0, 3.0, 3.0)));
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::BoothSize { width_m: 6.0, depth_m: 6.0 });
    assert_eq!(doc.layout(), &small_fair());
    // Its exhibitor can still be set: a lock is about the floor plan, not the sale.
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Exhibitor("Acme".to_owned()));
    assert_eq!(doc.layout().booths[0].exhibitor, "Acme");
}

/// Cut of a selection holding a locked object removes and copies only what it can remove: a
/// Paste never brings back a second copy of the locked object.
#[test]
fn cut_leaves_a_locked_object_alone_and_paste_does_not_copy_it() {
    let mut doc = doc();
    doc.set_selection(Selection::of([ObjectRef::column(0), ObjectRef::booth(0)]));
    doc.cut();
    doc.paste(None);
    let l = doc.layout();
    assert_eq!(l.columns.len(), 1, "the locked column was neither cut nor pasted again");
    assert_eq!(l.booths.len(), 3, "the booth was cut and pasted back");
}

/// A dragged booth does not snap to what the planner has hidden.
#[test]
fn hidden_objects_are_no_snap_targets() {
    let mut doc = doc();
    doc.settings.snap_to_grid = false;
    doc.settings.snap_radius_m = 0.5;
    doc.set_layer_visible(Layer::Zones, false);
    // The zone's left edge is at x = 2; 1A-001 (x 4..7) dragged 1.8 m left would meet it.
    drag_tool(&mut doc, Tool::Select, pt(5.0, 5.0), pt(3.2, 5.0), Modifiers::NONE);
    let x = doc.layout().booths[0].rect.x_m;
    assert!((x - 2.2).abs() < 1e-9, "landed where the pointer put it, not on the hidden zone: {x}");
}
