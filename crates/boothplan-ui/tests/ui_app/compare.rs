//! File ▸ Compare with…: the planner picks an earlier version of the fair, sees what was added,
//! removed, moved and changed listed beside the plan and outlined on it, clicks an entry to be
//! taken to that booth, and the list follows edits made meanwhile.

use boothplan_ui::compare::ChangeClass;

use super::*;

/// The earlier version on disk, and the app on the current one: 1A-001 moved, 1A-002 gone,
/// 1A-003 sold, 1A-004 new.
fn comparing() -> (Harness<'static, BoothplanApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let earlier = dir.path().join("approved.ron");
    let old = small_layout(vec![
        booth("1A-001", 10.0, 10.0),
        booth("1A-002", 20.0, 10.0),
        booth("1A-003", 30.0, 10.0),
    ]);
    boothplan_core::io::ron_file::save_layout(&earlier, &old).unwrap();
    let mut sold = booth("1A-003", 30.0, 10.0);
    sold.status = BoothStatus::Sold;
    let now = small_layout(vec![booth("1A-001", 12.0, 10.0), sold, booth("1A-004", 45.0, 30.0)]);
    let dialogs = FakeDialogs::default();
    let mut harness = harness(now, None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(earlier));
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Compare with…").click();
    harness.run_steps(3);
    (harness, dir)
}

#[test]
fn each_difference_is_listed_and_outlined_in_its_class_colour() {
    let (harness, _dir) = comparing();
    assert!(shows_text(&harness, "Compared with approved.ron"));
    assert!(shows_text(&harness, "4 changes"));
    for row in [
        "booth 1A-001 moved from (10, 10) to (12, 10)",
        "booth 1A-002 removed",
        "booth 1A-003 status from available to sold",
        "booth 1A-004 added",
    ] {
        assert!(shows_text(&harness, row), "{row} is listed");
    }
    let comparison = harness.state().comparison().unwrap();
    let classes: Vec<ChangeClass> = comparison.marks().iter().map(|m| m.class).collect();
    assert_eq!(
        classes,
        [ChangeClass::Moved, ChangeClass::Removed, ChangeClass::Changed, ChangeClass::Added]
    );
    // The removed booth is outlined where it was.
    assert_eq!(comparison.marks()[1].place, Rect::new(20.0, 10.0, 3.0, 3.0));
    let colours: std::collections::HashSet<_> =
        [ChangeClass::Added, ChangeClass::Removed, ChangeClass::Moved, ChangeClass::Changed]
            .map(|c| c.stroke().color)
            .into_iter()
            .collect();
    assert_eq!(colours.len(), 4, "four distinct colours");
}

/// The smaller side of the floor in view, metres.
fn metres_in_view(harness: &mut Harness<'static, BoothplanApp>) -> f64 {
    let canvas = harness.state_mut().canvas_mut();
    let screen = canvas.screen_from_world().screen();
    f64::from(screen.width().min(screen.height())) / canvas.points_per_m()
}

#[test]
fn clicking_an_entry_selects_the_booth_and_zooms_to_it() {
    let (mut harness, _dir) = comparing();
    // At first the whole 60 m × 40 m hall is in view.
    assert!(metres_in_view(&mut harness) >= 40.0);
    harness.get_by_label_contains("booth 1A-004 added").click();
    harness.run_steps(3);
    assert_eq!(harness.state().document().selection(), &Selection::of([ObjectRef::booth(2)]));
    // Then some 30 m about the 3 m booth, which sits in the middle of the plan.
    let in_view = metres_in_view(&mut harness);
    assert!((30.0..36.0).contains(&in_view), "{in_view} m in view");
    let centre = screen(&harness, Point::new(46.5, 31.5));
    let canvas = harness.state_mut().canvas_mut().screen_from_world().screen();
    assert!((centre - canvas.center()).length() < 10.0, "{centre:?} in {canvas:?}");
}

#[test]
fn the_list_follows_edits_and_closes() {
    let (mut harness, _dir) = comparing();
    // Moving 1A-001 back where it was: it is no longer a difference.
    harness.state_mut().document_mut().set_selection(Selection::of([ObjectRef::booth(0)]));
    for _ in 0..2 {
        harness.state_mut().queue(boothplan_ui::UiCommand::NudgeLeft);
        harness.run_steps(1);
    }
    harness.run_steps(2);
    assert!(!shows_text(&harness, "booth 1A-001 moved"));
    assert!(shows_text(&harness, "3 changes"));
    harness.get_by_label("Close comparison").click();
    harness.run_steps(2);
    assert!(harness.state().comparison().is_none());
    assert!(!shows_text(&harness, "booth 1A-004 added"));
}

#[test]
fn a_file_that_cannot_be_read_says_why_and_compares_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format: 1, name: 3)").unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(broken));
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Compare with…").click();
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Cannot compare with the layout"));
    assert!(harness.state().comparison().is_none());
}
