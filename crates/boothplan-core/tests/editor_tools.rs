//! The editor's tools driven by world-coordinate pointer events, without a window.

mod editor_support;

use boothplan_core::editor::{
    EditorKey, Handle, Hover, Modifiers, Nudge, ObjectRef, Selection, Tool, ToolState,
};
use boothplan_core::model::{Point, Rect};
use editor_support::{click, doc, drag_tool, drag_without_release, pt, small_fair};

#[test]
fn dragging_a_booth_moves_it_in_one_undo_step() {
    let mut doc = doc();
    drag_tool(&mut doc, Tool::Select, pt(5.0, 5.0), pt(9.2, 6.9), Modifiers::NONE);
    // The corner snaps to the 1 m grid: (4, 4) + (4.2, 1.9) → (8, 6).
    assert_eq!(doc.layout().booths[0].rect, Rect::new(8.0, 6.0, 3.0, 3.0));
    assert_eq!(doc.selection(), &Selection::of([ObjectRef::booth(0)]));
    assert_eq!(doc.undo_label(), Some("Move booth 1A-001"));
    doc.undo();
    assert_eq!(doc.layout(), &small_fair());
    assert!(!doc.can_undo());
    doc.redo();
    assert_eq!(doc.layout().booths[0].rect, Rect::new(8.0, 6.0, 3.0, 3.0));
}

#[test]
fn alt_bypasses_the_grid_while_dragging() {
    let mut doc = doc();
    drag_tool(&mut doc, Tool::Select, pt(5.0, 5.0), pt(9.2, 6.9), Modifiers::ALT);
    let r = doc.layout().booths[0].rect;
    assert!((r.x_m - 8.2).abs() < 1e-9 && (r.y_m - 5.9).abs() < 1e-9, "{r:?}");
    let mut doc = editor_support::doc();
    doc.settings.snap_to_grid = false;
    drag_tool(&mut doc, Tool::Select, pt(5.0, 5.0), pt(9.2, 6.9), Modifiers::NONE);
    assert!((doc.layout().booths[0].rect.x_m - 8.2).abs() < 1e-9);
}

#[test]
fn escape_during_a_drag_puts_everything_back() {
    let mut doc = doc();
    drag_without_release(&mut doc, Tool::Select, pt(5.0, 5.0), pt(20.0, 20.0));
    assert_eq!(doc.layout().booths[0].rect.x_m, 19.0, "the drag previews in the layout");
    assert!(doc.key(EditorKey::Escape, Modifiers::NONE));
    assert_eq!(doc.layout(), &small_fair());
    assert_eq!(doc.tools.state(), ToolState::Ready);
    doc.pointer_released(pt(20.0, 20.0));
    assert_eq!(doc.layout(), &small_fair());
    assert!(!doc.can_undo(), "a cancelled drag leaves no history");
    assert!(!doc.is_dirty());
}

#[test]
fn dragging_a_selected_group_moves_all_of_it() {
    let mut doc = doc();
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::NONE);
    click(&mut doc, Tool::Select, pt(12.0, 5.0), Modifiers::SHIFT);
    assert_eq!(doc.selection().len(), 2);
    drag_tool(&mut doc, Tool::Select, pt(12.0, 5.0), pt(12.0, 25.0), Modifiers::NONE);
    assert_eq!(doc.layout().booths[0].rect.y_m, 24.0);
    assert_eq!(doc.layout().booths[1].rect.y_m, 24.0);
    assert_eq!(doc.layout().booths[2].rect.y_m, 12.0, "the unselected booth stays");
    assert_eq!(doc.undo_label(), Some("Move 2 objects"));
    doc.undo();
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn click_picks_the_top_most_object_and_shift_click_toggles() {
    let mut doc = editor_support::unlocked_doc();
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(0)));
    click(&mut doc, Tool::Select, pt(20.0, 30.0), Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::zone(0)), "zone over hall");
    click(&mut doc, Tool::Select, pt(30.0, 20.0), Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::column(0)), "column over hall");
    click(&mut doc, Tool::Select, pt(40.0, 30.0), Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::hall(0)));
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::SHIFT);
    assert_eq!(doc.selection().len(), 2);
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::SHIFT);
    assert_eq!(doc.selection().single(), Some(ObjectRef::hall(0)));
    click(&mut doc, Tool::Select, pt(65.0, 20.0), Modifiers::NONE);
    assert!(doc.selection().is_empty(), "a click between halls clears the selection");
}

#[test]
fn rubber_band_selects_what_it_covers() {
    let mut doc = doc();
    // From empty hall floor (an unselected hall is not grabbed) around booths 1 and 2 only.
    drag_tool(&mut doc, Tool::Select, pt(3.0, 3.0), pt(17.0, 8.0), Modifiers::NONE);
    assert_eq!(doc.selection(), &Selection::of([ObjectRef::booth(0), ObjectRef::booth(1)]));
    assert!(!doc.can_undo(), "selecting is not an edit");
    // Shift adds the third booth; half-covered objects (the zone) stay out.
    drag_tool(&mut doc, Tool::Select, pt(3.5, 11.0), pt(8.0, 30.0), Modifiers::SHIFT);
    assert_eq!(
        doc.selection(),
        &Selection::of([ObjectRef::booth(0), ObjectRef::booth(1), ObjectRef::booth(2)])
    );
    let band = {
        drag_without_release(&mut doc, Tool::Select, pt(65.0, -1.0), pt(140.0, 45.0));
        doc.feedback().rubber_band
    };
    assert_eq!(band, Some(Rect::new(65.0, -1.0, 75.0, 46.0)));
    doc.pointer_released(pt(140.0, 45.0));
    // Halls (and columns) are the building: a band never picks them up.
    assert!(doc.selection().is_empty());
}

#[test]
fn a_handle_resizes_in_one_step_and_stops_at_the_minimum() {
    let mut doc = doc();
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::NONE);
    let handles = doc.handles();
    assert_eq!(handles.len(), 8);
    assert!(handles.contains(&(ObjectRef::booth(0), Handle::BottomRight, pt(7.0, 7.0))));
    doc.pointer_moved(pt(7.1, 7.1));
    assert_eq!(doc.feedback().hover, Some(Hover::Handle(ObjectRef::booth(0), Handle::BottomRight)));
    drag_tool(&mut doc, Tool::Select, pt(7.0, 7.0), pt(12.2, 9.9), Modifiers::NONE);
    assert_eq!(doc.layout().booths[0].rect, Rect::new(4.0, 4.0, 8.0, 6.0));
    assert_eq!(doc.undo_label(), Some("Resize booth 1A-001"));
    drag_tool(&mut doc, Tool::Select, pt(4.0, 7.0), pt(30.0, 7.0), Modifiers::NONE);
    assert_eq!(
        doc.layout().booths[0].rect,
        Rect::new(11.0, 4.0, 1.0, 6.0),
        "left edge stops 1 m short"
    );
    doc.undo();
    doc.undo();
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn booth_tool_click_drops_the_next_number_in_the_zone_theme() {
    let mut doc = doc();
    doc.settings.booth_size_m = (6.0, 3.0);
    doc.settings.current_theme = "logistics".into();
    click(&mut doc, Tool::Booth, pt(20.2, 30.4), Modifiers::NONE);
    let b = doc.layout().booths.last().unwrap().clone();
    assert_eq!(b.id, "1A-004");
    assert_eq!(b.hall.as_deref(), Some("1A"));
    assert_eq!(b.theme, "technology", "a booth dropped in a zone takes its theme");
    assert_eq!(
        b.rect,
        Rect::new(17.0, 29.0, 6.0, 3.0),
        "centred on the pointer, corner on the grid"
    );
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(3)));
    click(&mut doc, Tool::Booth, pt(100.0, 20.0), Modifiers::NONE);
    let b = doc.layout().booths.last().unwrap();
    assert_eq!(
        (b.id.as_str(), b.hall.as_deref().unwrap(), b.theme.as_str()),
        ("1B-001", "1B", "logistics")
    );
    doc.undo();
    doc.undo();
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn booth_tool_drag_draws_any_size_and_previews_it() {
    let mut doc = doc();
    doc.set_tool(Tool::Booth);
    doc.pointer_moved(pt(40.0, 30.0));
    // 40 − 1.5 = 38.5 rounds to 39 on the 1 m grid.
    assert_eq!(doc.feedback().preview_rect, Some(Rect::new(39.0, 29.0, 3.0, 3.0)));
    drag_without_release(&mut doc, Tool::Booth, pt(40.2, 10.1), pt(47.6, 14.4));
    assert_eq!(doc.feedback().preview_rect, Some(Rect::new(40.0, 10.0, 8.0, 4.0)));
    doc.pointer_released(pt(47.6, 14.4));
    assert_eq!(doc.layout().booths[3].rect, Rect::new(40.0, 10.0, 8.0, 4.0));
    assert_eq!(doc.layout().booths[3].id, "1A-004");
}

#[test]
fn hall_polygon_by_clicks_and_enter() {
    let mut doc = doc();
    let corners = [pt(0.0, 50.0), pt(30.0, 50.0), pt(30.0, 70.0), pt(10.1, 69.8)];
    for c in corners {
        click(&mut doc, Tool::Hall, c, Modifiers::NONE);
    }
    let feedback = doc.feedback();
    assert_eq!(feedback.polygon.len(), 4);
    assert_eq!(feedback.polygon[3], pt(10.0, 70.0), "vertices snap");
    assert!(doc.layout().halls.len() == 2, "nothing is added before the polygon closes");
    assert!(doc.key(EditorKey::Enter, Modifiers::NONE));
    let hall = doc.layout().halls.last().unwrap();
    assert_eq!(hall.id, "2A");
    assert_eq!(hall.name, "Hall 2A");
    assert_eq!(hall.outline, vec![pt(0.0, 50.0), pt(30.0, 50.0), pt(30.0, 70.0), pt(10.0, 70.0)]);
    assert!(doc.feedback().polygon.is_empty());
    doc.undo();
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn hall_polygon_closes_on_double_click_and_escape_abandons_it() {
    let mut doc = doc();
    for c in [pt(0.0, 50.0), pt(30.0, 50.0)] {
        click(&mut doc, Tool::Hall, c, Modifiers::NONE);
    }
    doc.double_clicked(pt(30.0, 50.0));
    assert_eq!(doc.layout().halls.len(), 2, "two vertices are not a hall");
    // A double-click is press, release, press, release, then the double-click itself.
    click(&mut doc, Tool::Hall, pt(15.0, 70.0), Modifiers::NONE);
    click(&mut doc, Tool::Hall, pt(15.0, 70.0), Modifiers::NONE);
    doc.double_clicked(pt(15.0, 70.0));
    assert_eq!(doc.layout().halls[2].outline.len(), 3, "the second click adds no vertex");
    click(&mut doc, Tool::Hall, pt(0.0, 80.0), Modifiers::NONE);
    assert!(doc.key(EditorKey::Escape, Modifiers::NONE));
    assert!(doc.feedback().polygon.is_empty());
    assert_eq!(doc.layout().halls.len(), 3);
}

#[test]
fn hall_tool_drag_makes_a_rectangle_hall() {
    let mut doc = doc();
    drag_tool(&mut doc, Tool::Hall, pt(0.0, 50.0), pt(40.0, 80.0), Modifiers::NONE);
    let hall = doc.layout().halls.last().unwrap();
    assert_eq!(hall.outline, Rect::new(0.0, 50.0, 40.0, 30.0).corners().to_vec());
    assert!((hall.area_m2() - 1200.0).abs() < 1e-9);
}

#[test]
fn column_tool_click_drops_a_square_and_zone_tool_drags_a_zone() {
    let mut doc = doc();
    click(&mut doc, Tool::Column, pt(50.0, 10.0), Modifiers::NONE);
    let c = doc.layout().columns.last().unwrap();
    assert_eq!((c.id.as_str(), c.hall.as_deref().unwrap()), ("1A-C2", "1A"));
    let b = c.bounds().unwrap();
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(
        close(b.x_m, 49.6) && close(b.y_m, 9.6) && close(b.width_m, 0.8) && close(b.height_m, 0.8)
    );
    doc.settings.current_theme = "logistics".into();
    drag_tool(&mut doc, Tool::Zone, pt(72.0, 2.0), pt(100.0, 20.0), Modifiers::NONE);
    let z = doc.layout().zones.last().unwrap();
    assert_eq!(
        (z.id.as_str(), z.hall.as_deref().unwrap(), z.theme.as_str()),
        ("1B-Z1", "1B", "logistics")
    );
    assert_eq!(z.rect, Rect::new(72.0, 2.0, 28.0, 18.0));
    click(&mut doc, Tool::Zone, pt(110.0, 30.0), Modifiers::NONE);
    assert_eq!(doc.layout().zones.len(), 2, "a click with the Zone tool draws nothing");
}

#[test]
fn hall_vertices_drag_and_double_click_add_and_remove() {
    let mut doc = editor_support::unlocked_doc();
    click(&mut doc, Tool::Select, pt(40.0, 30.0), Modifiers::NONE);
    assert_eq!(doc.vertex_handles().len(), 4);
    drag_tool(&mut doc, Tool::Select, pt(60.0, 40.0), pt(64.0, 44.0), Modifiers::NONE);
    assert_eq!(doc.layout().halls[0].outline[2], pt(64.0, 44.0));
    assert_eq!(doc.undo_label(), Some("Move hall corner"));
    doc.double_clicked(pt(30.0, 0.1));
    assert_eq!(doc.layout().halls[0].outline.len(), 5);
    assert_eq!(doc.layout().halls[0].outline[1], pt(30.0, 0.0));
    doc.double_clicked(pt(30.0, 0.0));
    assert_eq!(doc.layout().halls[0].outline.len(), 4);
    for _ in 0..3 {
        doc.undo();
    }
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn nudge_rotate_and_delete_the_selection() {
    let mut doc = doc();
    click(&mut doc, Tool::Select, pt(12.0, 5.0), Modifiers::NONE);
    doc.nudge(Nudge::Right, false);
    doc.nudge(Nudge::Down, true);
    assert_eq!(doc.layout().booths[1].rect, Rect::new(11.0, 14.0, 6.0, 3.0));
    doc.rotate_selection();
    assert_eq!(doc.layout().booths[1].rect, Rect::new(12.5, 12.5, 3.0, 6.0));
    doc.delete_selection();
    assert_eq!(doc.layout().booths.len(), 2);
    assert!(doc.selection().is_empty());
    let after = doc.layout().clone();
    doc.delete_selection();
    assert_eq!(doc.layout(), &after, "nothing left to delete");
    for _ in 0..4 {
        doc.undo();
    }
    assert_eq!(doc.layout(), &small_fair());
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(1)));
}

#[test]
fn switching_tools_cancels_what_was_in_progress() {
    let mut doc = doc();
    drag_without_release(&mut doc, Tool::Select, pt(5.0, 5.0), pt(20.0, 20.0));
    doc.set_tool(Tool::Booth);
    assert_eq!(doc.layout(), &small_fair());
    assert!(!doc.can_undo());
    let _: Point = pt(0.0, 0.0);
}

#[test]
fn shift_drag_on_an_unselected_booth_adds_it_and_moves_both() {
    let mut doc = doc();
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::NONE);
    drag_tool(&mut doc, Tool::Select, pt(5.0, 15.0), pt(5.0, 20.0), Modifiers::SHIFT);
    assert_eq!(doc.selection(), &Selection::of([ObjectRef::booth(0), ObjectRef::booth(2)]));
    assert_eq!(doc.layout().booths[0].rect.y_m, 9.0);
    assert_eq!(doc.layout().booths[2].rect.y_m, 17.0);
    doc.undo();
    assert_eq!(doc.layout(), &small_fair());
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(0)), "undo restores the selection");
    doc.set_tool(Tool::Select);
    doc.pointer_pressed(pt(5.0, 15.0), Modifiers::SHIFT);
    doc.pointer_moved(pt(5.0, 16.0));
    assert_eq!(doc.selection().len(), 2);
    doc.key(EditorKey::Escape, Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(0)), "Esc restores it too");
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn a_drag_that_snaps_to_no_area_drops_a_standard_booth() {
    let mut doc = doc();
    // 0.3 m is past the drag threshold but snaps to the same grid point as the press.
    drag_tool(&mut doc, Tool::Booth, pt(40.0, 30.0), pt(40.3, 30.0), Modifiers::NONE);
    assert_eq!(doc.layout().booths.len(), 4);
    assert_eq!(doc.layout().booths[3].rect.width_m, 3.0);
    assert_eq!(doc.undo_label(), Some("Add booth 1A-004"));
}

#[test]
fn the_embedded_fair_can_be_edited_and_restored() {
    let layout = boothplan_core::io::ron_file::parse_layout(
        boothplan_core::io::DEFAULT_LAYOUT_RON,
        std::path::Path::new("<default layout>"),
    )
    .unwrap();
    let mut doc = editor_support::Editor::new(layout.clone());
    let Some(first) = layout.booths.first() else { return };
    let centre = first.rect.centre();
    click(&mut doc, Tool::Select, centre, Modifiers::NONE);
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(0)));
    drag_tool(&mut doc, Tool::Select, centre, pt(centre.x_m + 3.0, centre.y_m), Modifiers::NONE);
    assert_eq!(doc.layout().booths[0].rect.x_m, first.rect.x_m + 3.0);
    assert_eq!(doc.findings(), boothplan_core::check::check_layout(doc.layout()).as_slice());
    doc.undo();
    assert_eq!(doc.layout(), &layout);
    assert_eq!(doc.findings(), boothplan_core::check::check_layout(&layout).as_slice());
}
