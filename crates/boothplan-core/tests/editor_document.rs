//! The document around the layout: files, the dirty flag, history limits, findings, clipboard.

mod editor_support;

use boothplan_core::check::check_layout;
use boothplan_core::editor::{
    Change, Command, Document, FieldValue, Modifiers, Nudge, Object, ObjectRef, SaveError,
    Selection, Tool,
};
use boothplan_core::model::{BoothStatus, Column, Layout, Rect};
use editor_support::{click, doc, pt, small_fair};

#[test]
fn saving_marks_clean_and_undoing_past_it_marks_dirty_again() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let mut doc = doc();
    assert!(!doc.is_dirty());
    assert!(matches!(doc.save(), Err(SaveError::NoPath)));
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Exhibitor("Hangzhou Robotics".into()));
    assert!(doc.is_dirty());
    assert!(doc.title().ends_with(" *"));
    doc.save_as(&file).unwrap();
    assert!(!doc.is_dirty());
    assert_eq!(doc.title(), "fair.ron");
    assert_eq!(doc.path(), Some(file.as_path()));
    doc.undo();
    assert!(doc.is_dirty(), "undone past the saved state");
    doc.redo();
    assert!(!doc.is_dirty(), "redone back to exactly the saved state");
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Status(BoothStatus::Sold));
    doc.undo();
    assert!(!doc.is_dirty(), "an edit undone is clean again");
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Status(BoothStatus::Reserved));
    doc.save().unwrap();
    assert!(!doc.is_dirty());

    let mut reopened = Document::new(Layout::default(), None);
    reopened.settings.current_theme = "no-such-theme".into();
    reopened.settings.booth_size_m = (6.0, 6.0);
    reopened.open(&file).unwrap();
    assert_eq!(reopened.settings.booth_size_m, (6.0, 6.0), "toolbar choices survive opening");
    assert_eq!(reopened.settings.current_theme, "digital-content", "an unknown theme does not");
    assert_eq!(reopened.layout(), doc.layout());
    assert!(!reopened.is_dirty());
    assert!(!reopened.can_undo());
}

#[test]
fn a_file_that_fails_to_load_leaves_the_document_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.ron");
    std::fs::write(&file, "(\n    format: 1,\n    name: 42,\n)").unwrap();
    let mut doc = doc();
    doc.move_selection(1.0, 1.0);
    click(&mut doc, Tool::Select, pt(5.0, 5.0), Modifiers::default());
    doc.move_selection(1.0, 0.0);
    let before = doc.layout().clone();
    let err = doc.open(&file).unwrap_err();
    assert!(err.to_string().starts_with(&format!("{}:3:", file.display())), "{err}");
    assert_eq!(doc.layout(), &before);
    assert!(doc.is_dirty());
    assert!(doc.can_undo());
    assert_eq!(doc.selection().single(), Some(ObjectRef::booth(0)));
    assert!(doc.open(&dir.path().join("missing.ron")).is_err());
    assert_eq!(doc.layout(), &before);
}

#[test]
fn history_keeps_the_last_200_steps_and_a_new_edit_drops_redo() {
    let mut doc = doc();
    doc.set_selection(Selection::of([ObjectRef::booth(0)]));
    for _ in 0..250 {
        doc.move_selection(1.0, 0.0);
    }
    let mut undone = 0;
    while doc.can_undo() {
        doc.undo();
        undone += 1;
    }
    assert_eq!(undone, 200);
    assert_eq!(doc.layout().booths[0].rect.x_m, 4.0 + 50.0);
    assert!(doc.is_dirty(), "the loaded state is beyond the history");
    doc.redo();
    doc.move_selection(0.0, 1.0);
    assert!(!doc.can_redo());
}

#[test]
fn inspector_setters_are_undoable_and_refuse_bad_rects() {
    let mut doc = doc();
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::BoothNumber("1A-100".into()));
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Theme("logistics".into()));
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Rect(Rect::new(40.0, 30.0, 6.0, 6.0)));
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Rect(Rect::new(40.0, 30.0, 0.0, 6.0)));
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Rect(Rect::new(f64::NAN, 30.0, 3.0, 6.0)));
    doc.set_field(&[ObjectRef::zone(0)], &FieldValue::ZoneName("Robots".into()));
    doc.set_field(&[ObjectRef::zone(0)], &FieldValue::Theme("logistics".into()));
    doc.set_field(&[ObjectRef::zone(0)], &FieldValue::Rect(Rect::new(2.0, 2.0, 20.0, 20.0)));
    doc.set_field(&[ObjectRef::hall(1)], &FieldValue::HallName("South hall".into()));
    doc.set_field(&[ObjectRef::booth(1)], &FieldValue::Exhibitor(String::new()));
    let column = doc.layout().columns[0].clone();
    let renumbered = Column { id: "1A-C9".into(), ..column.clone() };
    let selection = doc.selection().clone();
    doc.execute(Command {
        label: "Renumber column".into(),
        changes: vec![Change::Replace(vec![(
            ObjectRef::column(0),
            Object::Column(column),
            Object::Column(renumbered),
        )])],
        selection_before: selection.clone(),
        selection_after: selection,
    });
    let b = &doc.layout().booths[0];
    assert_eq!((b.id.as_str(), b.theme.as_str()), ("1A-100", "logistics"));
    assert_eq!(b.rect, Rect::new(40.0, 30.0, 6.0, 6.0));
    assert_eq!(doc.layout().zones[0].name, "Robots");
    assert_eq!(doc.layout().halls[1].name, "South hall");
    assert_eq!(doc.layout().columns[0].id, "1A-C9");
    assert_eq!(doc.undo_label(), Some("Renumber column"), "no-op edits are not recorded");
    let mut steps = 0;
    while doc.can_undo() {
        doc.undo();
        steps += 1;
    }
    assert_eq!(steps, 8);
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn copy_paste_and_duplicate_give_fresh_numbers() {
    let mut doc = doc();
    doc.set_selection(Selection::of([ObjectRef::booth(0), ObjectRef::booth(1)]));
    doc.copy();
    doc.paste(None);
    doc.paste(None);
    let ids: Vec<&str> = doc.layout().booths.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["1A-001", "1A-002", "1A-003", "1A-004", "1A-005", "1A-006", "1A-007"]);
    // Each paste lands beside what is there, never on another booth.
    let b = &doc.layout().booths;
    for (i, x) in b.iter().enumerate() {
        for y in &b[i + 1..] {
            let w = x.rect.max_x_m().min(y.rect.max_x_m()) - x.rect.x_m.max(y.rect.x_m);
            let h = x.rect.max_y_m().min(y.rect.max_y_m()) - x.rect.y_m.max(y.rect.y_m);
            assert!(w <= 0.0 || h <= 0.0, "{} covers {}", x.id, y.id);
        }
    }
    // The two copies keep their places relative to each other.
    assert_eq!(b[6].rect.x_m - b[5].rect.x_m, 6.0);
    assert_eq!(doc.selection(), &Selection::of([ObjectRef::booth(5), ObjectRef::booth(6)]));
    doc.paste(Some(pt(100.2, 10.0)));
    let pasted = &doc.layout().booths[7];
    assert_eq!((pasted.id.as_str(), pasted.hall.as_deref().unwrap()), ("1B-001", "1B"));
    assert_eq!(pasted.rect, Rect::new(100.0, 10.0, 3.0, 3.0));
    doc.set_selection(Selection::of([ObjectRef::zone(0)]));
    doc.duplicate_selection();
    assert_eq!(doc.layout().zones[1].id, "1A-Z2");
    assert_eq!(doc.layout().zones[1].rect, Rect::new(3.0, 3.0, 24.0, 36.0));
    for _ in 0..4 {
        doc.undo();
    }
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn pasting_a_hall_with_its_booths_keeps_them_together() {
    let mut doc = editor_support::unlocked_doc();
    doc.select_all();
    doc.copy();
    doc.paste(Some(pt(0.0, 100.0)));
    let l = doc.layout();
    assert_eq!(l.halls.len(), 4);
    assert_eq!((l.halls[2].id.as_str(), l.halls[2].name.as_str()), ("2A", "Hall 2A"));
    assert_eq!(l.halls[3].id, "3A");
    assert_eq!(l.booths[3].hall.as_deref(), Some("2A"));
    assert_eq!(l.booths[3].id, "2A-001");
    assert_eq!(l.columns[1].id, "2A-C1");
}

#[test]
fn delete_keeps_the_selection_pointing_at_the_same_objects() {
    let mut doc = doc();
    doc.set_selection(Selection::of([ObjectRef::booth(0)]));
    doc.delete_selection();
    assert_eq!(doc.layout().booths[0].id, "1A-002");
    doc.undo();
    assert_eq!(doc.selection(), &Selection::of([ObjectRef::booth(0)]));
    assert_eq!(doc.layout(), &small_fair());
    doc.set_selection(Selection::of([ObjectRef::booth(9), ObjectRef::zone(0)]));
    assert_eq!(doc.selection(), &Selection::of([ObjectRef::zone(0)]), "invalid refs are dropped");
}

#[test]
fn live_findings_follow_edits_and_name_their_objects() {
    let mut doc = doc();
    assert!(!doc.has_findings(ObjectRef::booth(1)));
    // Move booth 1A-002 (10..16) onto 1A-001 (4..7): they share 2 m × 3 m.
    doc.set_selection(Selection::of([ObjectRef::booth(1)]));
    doc.move_selection(-5.0, 0.0);
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
    let overlap: Vec<_> = doc
        .findings_for(ObjectRef::booth(1))
        .into_iter()
        .filter(|f| f.rule.as_str() == "booth-overlap")
        .collect();
    assert_eq!(overlap.len(), 1);
    assert_eq!(overlap[0].ids, ["1A-001", "1A-002"]);
    assert_eq!(overlap[0].area_m2, Some(6.0));
    assert!(doc.has_findings(ObjectRef::booth(0)));
    assert!(doc.findings_for_id("1A-001").contains(&overlap[0]));
    assert!(!doc.has_findings(ObjectRef::booth(2)));
    assert_eq!(
        doc.objects_with_ids(&overlap[0].ids),
        Selection::of([ObjectRef::booth(0), ObjectRef::booth(1)])
    );
    doc.undo();
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
    assert!(!doc.has_findings(ObjectRef::booth(1)));
}

#[test]
fn revision_changes_with_every_layout_change_and_only_then() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let mut doc = doc();
    let mut seen = vec![doc.revision()];
    let mut changed = |doc: &Document, expect: bool| {
        let now = doc.revision();
        assert_eq!(!seen.contains(&now), expect, "revision {now} after {seen:?}");
        seen.push(now);
    };
    doc.set_selection(Selection::of([ObjectRef::booth(0)]));
    changed(&doc, false);
    doc.move_selection(1.0, 0.0);
    changed(&doc, true);
    doc.save_as(&file).unwrap();
    changed(&doc, false);
    doc.undo();
    changed(&doc, true);
    doc.redo();
    changed(&doc, true);
    editor_support::drag_without_release(&mut doc, Tool::Select, pt(5.5, 5.0), pt(9.5, 5.0));
    changed(&doc, true);
    doc.tools.cancel(&mut doc.doc);
    changed(&doc, true);
    doc.open(&file).unwrap();
    changed(&doc, true);
}

#[test]
fn a_colleagues_save_is_noticed_and_can_be_kept_over_or_reloaded() {
    use boothplan_core::editor::DiskState;
    use boothplan_core::io::ron_file::save_layout;

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let mut doc = doc();
    assert_eq!(doc.disk_state(), DiskState::Unchanged, "no file yet: nothing to overwrite");
    assert_eq!(doc.unsaved_state(), None);
    doc.save_as(&file).unwrap();
    assert_eq!(doc.disk_state(), DiskState::Unchanged);
    assert_eq!(doc.poll_disk(), DiskState::Unchanged);

    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Exhibitor("Hangzhou Robotics".into()));
    let mine = doc.unsaved_state().expect("edited: unsaved");
    doc.undo();
    assert_eq!(doc.unsaved_state(), None, "undone back to the file");
    doc.redo();
    assert_eq!(doc.unsaved_state(), Some(mine), "the same state has the same number");

    // A colleague saves their version of the file.
    let mut theirs = doc.layout().clone();
    theirs.booths[1].exhibitor = "Ningbo Logistics".to_owned();
    theirs.booths[0].exhibitor.clear();
    save_layout(&file, &theirs).unwrap();
    assert_eq!(doc.poll_disk(), DiskState::Changed);
    assert_eq!(doc.disk_state(), DiskState::Changed);

    // Keeping mine: no more questions about their version, and mine is unsaved.
    doc.keep_own_version();
    assert_eq!(doc.disk_state(), DiskState::Unchanged);
    assert!(doc.is_dirty());
    assert_eq!(doc.layout().booths[0].exhibitor, "Hangzhou Robotics");

    // They save again; this time I reload theirs.
    theirs.name = "GDTE, colleague's cut".to_owned();
    save_layout(&file, &theirs).unwrap();
    assert_eq!(doc.poll_disk(), DiskState::Changed);
    doc.reload().unwrap();
    assert_eq!(doc.layout(), &theirs);
    assert!(!doc.is_dirty());
    assert_eq!(doc.disk_state(), DiskState::Unchanged);

    // Moved away: saving writes it again.
    std::fs::rename(&file, dir.path().join("moved.ron")).unwrap();
    assert_eq!(doc.poll_disk(), DiskState::Missing);
    doc.save().unwrap();
    assert_eq!(doc.disk_state(), DiskState::Unchanged);
}

#[test]
fn a_document_whose_file_appeared_later_asks_before_overwriting_it() {
    use boothplan_core::editor::DiskState;

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("restored.ron");
    // Restored from a recovery file whose source was gone at the time.
    let mut doc = Document::new(small_fair(), Some(file.clone()));
    assert_eq!(doc.disk_state(), DiskState::Unchanged);
    std::fs::write(&file, "someone else's file").unwrap();
    assert_eq!(doc.disk_state(), DiskState::Changed);
}

/// Dragging a column onto booths and a hall wall across them (previews each frame, then commit
/// and undo) keeps the live findings equal to a fresh check, now that such edits are
/// re-checked incrementally.
#[test]
fn dragging_a_column_or_a_hall_wall_keeps_findings_exact() {
    let mut doc = doc();
    let start = doc.layout().clone();
    let Some(Object::Column(column)) = ObjectRef::column(0).get(doc.layout()) else {
        panic!("the small fair has a column");
    };
    let tx = doc.begin_transaction("Move column", [ObjectRef::column(0)]);
    for step in 1..=30 {
        let mut moved = column.clone();
        for p in &mut moved.outline {
            // From (30, 20) towards booth 1A-002 at (10..16, 4..7).
            p.x_m -= f64::from(step) * 0.6;
            p.y_m -= f64::from(step) * 0.5;
        }
        tx.preview(&mut doc, ObjectRef::column(0), Object::Column(moved));
        assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice(), "column frame {step}");
    }
    assert!(
        doc.findings().iter().any(|f| f.rule == boothplan_core::check::Rule::OnColumn),
        "the drag went over a booth: {:?}",
        doc.findings()
    );
    tx.commit(&mut doc);
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());

    let Some(Object::Hall(hall)) = ObjectRef::hall(0).get(doc.layout()) else {
        panic!("the small fair has a hall");
    };
    let tx = doc.begin_transaction("Move vertex", [ObjectRef::hall(0)]);
    for step in 1..=20 {
        let mut moved = hall.clone();
        // The bottom-left corner walks right over the booths and the zone.
        moved.outline[0].x_m = f64::from(step);
        tx.preview(&mut doc, ObjectRef::hall(0), Object::Hall(moved));
        assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice(), "vertex frame {step}");
    }
    assert!(doc.findings().iter().any(|f| f.rule == boothplan_core::check::Rule::OutsideHall));
    tx.commit(&mut doc);
    doc.undo();
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
    doc.undo();
    assert_eq!(doc.layout(), &start);
    assert_eq!(doc.findings(), check_layout(&start).as_slice());
}

#[test]
fn starting_over_keeps_the_toolbar_and_the_clipboard_not_the_history() {
    let mut doc = doc();
    doc.settings.booth_size_m = (6.0, 3.0);
    doc.set_selection(Selection::of([ObjectRef::booth(0)]));
    doc.copy();
    doc.set_field(&[ObjectRef::booth(1)], &FieldValue::Exhibitor("Hangzhou Robotics".into()));
    // A restore after a crash, say: another layout, unsaved, on the same hall ids.
    doc.start_over(small_fair(), None);
    assert!(!doc.can_undo(), "the old layout's history is gone");
    assert_eq!(doc.settings.booth_size_m, (6.0, 3.0));
    doc.paste(None);
    assert_eq!(doc.layout().booths.len(), small_fair().booths.len() + 1, "the copy pastes");
}

/// Delete, R, an arrow key, Ctrl+D, Ctrl+V or an inspector field pressed while a booth is being
/// dragged change nothing: the layout shows a preview that is not a state of the history, and
/// an edit on top of it would make undo lose a booth.
#[test]
fn edits_from_keys_and_menus_wait_while_a_drag_is_under_way() {
    let mut doc = doc();
    editor_support::drag_without_release(&mut doc, Tool::Select, pt(5.0, 5.0), pt(35.0, 25.0));
    doc.copy();
    let preview = doc.layout().clone();
    doc.delete_selection();
    doc.cut();
    doc.rotate_selection();
    doc.nudge(Nudge::Left, false);
    doc.duplicate_selection();
    doc.paste(None);
    doc.set_field(&[ObjectRef::booth(1)], &FieldValue::Exhibitor("Hangzhou Robotics".into()));
    assert_eq!(doc.layout(), &preview, "nothing happened on top of the preview");
    doc.pointer_released(pt(35.0, 25.0));
    assert_eq!(doc.layout().booths.len(), 3);
    doc.undo();
    assert_eq!(doc.layout(), &small_fair(), "one undo puts the fair back exactly");
}

/// Deleting a hall leaves what stood in it in no hall, in the same undo step, so the saved file
/// opens again (a booth naming a hall that is gone would be refused by the loader).
#[test]
fn deleting_a_hall_leaves_its_objects_in_no_hall_and_the_file_still_opens() {
    let mut doc = editor_support::unlocked_doc();
    doc.set_selection(Selection::of([ObjectRef::hall(0)]));
    doc.delete_selection();
    let layout = doc.layout();
    assert_eq!(layout.halls.len(), 1);
    assert!(layout.booths.iter().all(|b| b.hall.is_none()));
    assert!(layout.zones.iter().all(|z| z.hall.is_none()));
    assert!(layout.columns.iter().all(|c| c.hall.is_none()));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no-hall.ron");
    doc.save_as(&file).unwrap();
    assert_eq!(&boothplan_core::io::ron_file::load_layout(&file).unwrap(), doc.layout());
    doc.undo();
    assert_eq!(doc.layout(), &small_fair(), "one undo brings the hall and its names back");
}

/// A rectangle typed into the inspector is placed like a drag places it: in the hall it lands
/// in; one beyond what the file format holds (±1,000 km) is refused.
#[test]
fn an_exact_place_from_the_inspector_rehomes_and_stays_within_what_the_file_holds() {
    let mut doc = doc();
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Rect(Rect::new(80.0, 10.0, 3.0, 3.0)));
    assert_eq!(doc.layout().booths[0].hall.as_deref(), Some("1B"));
    let placed = doc.layout().clone();
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Rect(Rect::new(2.5e6, 10.0, 3.0, 3.0)));
    doc.set_field(&[ObjectRef::booth(0)], &FieldValue::Rect(Rect::new(80.0, 10.0, 2e6, 3.0)));
    assert_eq!(doc.layout(), &placed, "2,500 km typed by mistake changes nothing");
}

/// An edit in progress that Undo replaced is over: its value can neither preview nor record.
#[test]
fn a_transaction_ended_by_undo_previews_and_records_nothing() {
    let mut doc = doc();
    doc.set_selection(Selection::of([ObjectRef::booth(0)]));
    doc.move_selection(1.0, 0.0);
    let before = doc.layout().clone();
    let Some(Object::Column(column)) = ObjectRef::column(0).get(doc.layout()) else {
        panic!("the small fair has a column");
    };
    let shifted = |dx: f64| {
        let mut moved = column.clone();
        for p in &mut moved.outline {
            p.x_m += dx;
        }
        Object::Column(moved)
    };
    let tx = doc.begin_transaction("Move column", [ObjectRef::column(0)]);
    tx.preview(&mut doc, ObjectRef::column(0), shifted(2.0));
    assert!(doc.is_mid_edit());
    assert_ne!(doc.layout().columns[0], before.columns[0], "the preview shows");

    doc.doc.undo();
    assert!(!doc.is_mid_edit() && !tx.is_open(&doc), "Undo ended the edit");
    assert_eq!(doc.layout().columns[0], before.columns[0], "the column is back");
    assert_eq!(doc.layout().booths[0].rect.x_m, before.booths[0].rect.x_m - 1.0, "and undone");
    tx.preview(&mut doc, ObjectRef::column(0), shifted(5.0));
    assert_eq!(doc.layout().columns[0], before.columns[0], "a stale edit previews nothing");
    tx.commit(&mut doc);
    assert!(!doc.can_undo() && doc.can_redo(), "nor records a step: {:?}", doc.undo_label());
}
