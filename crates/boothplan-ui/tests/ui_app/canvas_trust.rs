//! The window does what the planner did, at once and where they did it: clipboard keys (as the
//! window system delivers them), drops exactly where released, a booth taking the hall it is
//! dragged into, a rubber band that leaves the building alone, clicks that pick the booth
//! under the pointer, edits painted in the frame of their key, a window that sleeps when idle,
//! and file dialogs that fall back to the in-app picker however slow the frames are.

use std::sync::Arc;
use std::time::Duration;

use boothplan_core::editor::{ObjectRef, Selection, Tool};
use boothplan_core::model::{Booth, BoothStatus, Column, Hall, Layout, Point, Rect};
use boothplan_ui::{BoothplanApp, NativeFileDialogs, RecentFiles};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::{
    FakeDialogs, booth, click_at, drag, harness, harness_with, painted_texts, screen, shows_text,
    small_layout,
};

fn booths<'h>(harness: &'h Harness<'_, BoothplanApp>) -> &'h [Booth] {
    &harness.state().document().layout().booths
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    let w = a.max_x_m().min(b.max_x_m()) - a.x_m.max(b.x_m);
    let h = a.max_y_m().min(b.max_y_m()) - a.y_m.max(b.y_m);
    w > 1e-6 && h > 1e-6
}

#[test]
fn copy_and_paste_from_the_window_system_paste_a_fresh_booth_at_the_pointer() {
    let mut sold = booth("1A-001", 10.0, 10.0);
    sold.status = BoothStatus::Sold;
    sold.exhibitor = "Acme".to_owned();
    let mut harness = harness(
        small_layout(vec![sold, booth("1A-002", 30.0, 20.0)]),
        None,
        &FakeDialogs::default(),
    );
    click_at(&mut harness, Point::new(11.5, 11.5));
    assert_eq!(harness.state().document().selection(), &Selection::of([ObjectRef::booth(0)]));

    // Ctrl+C reaches the app as a Copy event, not as a key.
    harness.event(egui::Event::Copy);
    harness.step();
    let put_on_clipboard = harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if t.contains("1A-001")));
    assert!(put_on_clipboard, "Copy puts a line on the system clipboard, so Ctrl+V pastes");
    harness.run_steps(1);

    // Ctrl+V with the pointer over empty floor: the copy lands there, as a new stand.
    harness.hover_at(screen(&harness, Point::new(40.0, 30.0)));
    harness.run_steps(1);
    harness.event(egui::Event::Paste("boothplan: 1A-001".to_owned()));
    harness.run_steps(2);
    let pasted = booths(&harness)[2].clone();
    assert_eq!(pasted.rect, Rect::new(40.0, 30.0, 3.0, 3.0));
    assert_eq!(pasted.id, "1A-003", "a fresh number");
    assert_eq!((pasted.status, pasted.exhibitor.as_str()), (BoothStatus::Available, ""));

    // Over another booth: it lands beside it, never on top.
    harness.hover_at(screen(&harness, Point::new(30.5, 20.5)));
    harness.run_steps(1);
    harness.event(egui::Event::Paste("boothplan: 1A-001".to_owned()));
    harness.run_steps(2);
    let all = booths(&harness);
    assert_eq!(all.len(), 4);
    let last = &all[3];
    assert_eq!(last.id, "1A-004");
    for other in &all[..3] {
        assert!(!overlaps(&last.rect, &other.rect), "{last:?} covers {other:?}");
    }

    // Ctrl+X arrives as a Cut event: the selection (the last paste) goes.
    harness.event(egui::Event::Cut);
    harness.run_steps(2);
    assert_eq!(booths(&harness).len(), 3);
}

/// A window on one booth, selected and copied (Ctrl+C, as the window system sends it).
fn one_booth_copied() -> Harness<'static, BoothplanApp> {
    let mut harness =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    harness.state_mut().document_mut().set_selection(Selection::of([ObjectRef::booth(0)]));
    harness.run_steps(2);
    harness.event(egui::Event::Copy);
    harness.run_steps(2);
    harness
}

#[test]
fn a_paste_into_a_text_field_stays_in_the_text_field() {
    let mut harness = one_booth_copied();
    let field = || (egui::accesskit::Role::TextInput, "Exhibitor");
    harness.get_by_role_and_label(field().0, field().1).focus();
    harness.run_steps(1);
    harness.event(egui::Event::Paste("Ningbo Port".to_owned()));
    harness.run_steps(1);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    assert_eq!(booths(&harness).len(), 1, "no booth pasted");
    assert_eq!(booths(&harness)[0].exhibitor, "Ningbo Port");
}

#[test]
fn paste_from_the_edit_menu_lands_beside_the_copies_not_under_the_menu() {
    let mut harness = one_booth_copied();
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Paste").click();
    harness.run_steps(2);
    let all = booths(&harness);
    assert_eq!(all.len(), 2);
    let (original, copy) = (all[0].rect, all[1].rect);
    assert!(!overlaps(&original, &copy), "{copy:?} covers the original");
    let gap = (copy.x_m - original.x_m).abs().max((copy.y_m - original.y_m).abs());
    assert!(gap <= 6.0, "beside the original: {copy:?}");
}

/// A clean layout whose booths a dragged booth will overlap: the Findings panel goes from "No
/// problems" to a list in the middle of the drag.
fn crowded_layout() -> Layout {
    let mut booths: Vec<Booth> = (0..6)
        .map(|i| {
            let (x, y) = (40.0 + f64::from(i % 2) * 6.0, 2.0 + f64::from(i / 2) * 6.0);
            booth(&format!("1A-{:03}", i + 1), x, y)
        })
        .collect();
    booths.push(booth("1A-100", 5.0, 30.0));
    small_layout(booths)
}

#[test]
fn a_dropped_booth_lands_exactly_where_it_was_released() {
    let mut harness = harness(crowded_layout(), None, &FakeDialogs::default());
    // On the grid only, so the landing is known to the centimetre (the crowd's edges and
    // centres would otherwise attract it).
    harness.state_mut().document_mut().settings.snap_to_objects = false;
    let canvas_before = harness.state().screen_pos(Point::new(0.0, 0.0));
    // Grab 1A-100 by its middle and drop it onto the crowd: findings appear during the drag.
    drag(&mut harness, Point::new(6.5, 31.5), Point::new(42.5, 9.5));
    let dropped = booths(&harness).iter().find(|b| b.id == "1A-100").unwrap().rect;
    assert_eq!(dropped, Rect::new(41.0, 8.0, 3.0, 3.0), "where the pointer let go");
    assert!(shows_text(&harness, "Booths overlap"), "the findings came in");
    assert_eq!(
        harness.state().screen_pos(Point::new(0.0, 0.0)),
        canvas_before,
        "the floor did not move on screen"
    );
}

#[test]
fn the_findings_panel_groups_by_rule_in_plain_words() {
    let outside = Booth { hall: None, ..booth("X-001", 80.0, 10.0) };
    let layout = small_layout(vec![
        booth("1A-001", 10.0, 10.0),
        booth("1A-002", 11.0, 11.0),
        booth("1A-003", 20.0, 10.0),
        outside,
    ]);
    let harness = harness(layout, None, &FakeDialogs::default());
    assert!(shows_text(&harness, "Booths overlap — 1 error"));
    assert!(shows_text(&harness, "Outside its hall, or in no hall — 1 error"));
    assert!(shows_text(&harness, "Booth X-001 stands in no hall."));
    assert!(shows_text(&harness, "2 errors"));
    assert!(!shows_text(&harness, "booth-overlap"), "no rule codes in the panel");
}

/// Two halls side by side: 1A (0–60 m) and 1B (70–130 m).
fn two_halls(booths: Vec<Booth>) -> Layout {
    let mut layout = small_layout(booths);
    layout.halls.push(Hall::new(
        "1B",
        "Hall 1B",
        Rect::new(70.0, 0.0, 60.0, 40.0).corners().to_vec(),
    ));
    layout
}

#[test]
fn a_booth_dragged_into_another_hall_stands_in_that_hall() {
    let mut harness =
        harness(two_halls(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    drag(&mut harness, Point::new(11.5, 11.5), Point::new(81.5, 11.5));
    let moved = &booths(&harness)[0];
    assert_eq!(moved.rect, Rect::new(80.0, 10.0, 3.0, 3.0));
    assert_eq!(moved.hall.as_deref(), Some("1B"));
    // Exactly "1B": the summary's "Hall 1B" would match a substring whatever the inspector said.
    assert!(
        harness.query_all_by_label("1B").next().is_some(),
        "the inspector's Hall field follows"
    );
    assert!(!harness.state().document().findings().iter().any(|f| f.ids == ["1A-001"]));
    // One undo step puts it back in 1A.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    let back = &booths(&harness)[0];
    assert_eq!((back.rect, back.hall.as_deref()), (Rect::new(10.0, 10.0, 3.0, 3.0), Some("1A")));
}

#[test]
fn a_rubber_band_leaves_halls_and_columns_alone() {
    let mut layout = small_layout(vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 20.0, 10.0)]);
    layout.columns.push(Column::square("1A-C1", "1A", Point::new(16.0, 20.0), 1.0));
    let mut harness = harness(layout.clone(), None, &FakeDialogs::default());
    // From just outside the hall, round the booths and the column.
    drag(&mut harness, Point::new(-1.0, -1.0), Point::new(30.0, 25.0));
    let selection = harness.state().document().selection().clone();
    assert_eq!(selection, Selection::of([ObjectRef::booth(0), ObjectRef::booth(1)]));
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    let after = harness.state().document().layout();
    assert_eq!(after.columns, layout.columns, "the column stays");
    assert_eq!(after.halls, layout.halls, "the hall stays");
    assert_eq!(after.booths[0].rect.x_m, 11.0);
}

#[test]
fn a_click_inside_a_booth_picks_that_booth_not_its_neighbour() {
    // A fair as wide as the window at the fitted zoom: the pick radius spans about a metre.
    let mut layout = small_layout(vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 13.0, 10.0)]);
    layout.halls[0].outline = Rect::new(0.0, 0.0, 600.0, 400.0).corners().to_vec();
    let mut harness = harness(layout, None, &FakeDialogs::default());
    let points_per_m = harness.state().screen_pos(Point::new(1.0, 0.0)).x
        - harness.state().screen_pos(Point::new(0.0, 0.0)).x;
    assert!(6.0 / points_per_m > 0.5, "the pick radius spans more than the gap below");
    // Inside 1A-001, 0.4 m from its neighbour's edge.
    click_at(&mut harness, Point::new(12.6, 11.5));
    assert_eq!(harness.state().document().selection(), &Selection::of([ObjectRef::booth(0)]));
    // (Nothing selected first: the selected booth's resize handles sit on the shared edge.)
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert!(harness.state().document().selection().is_empty());
    click_at(&mut harness, Point::new(13.4, 11.5));
    assert_eq!(harness.state().document().selection(), &Selection::of([ObjectRef::booth(1)]));
}

#[test]
fn the_frame_of_a_key_shows_what_the_key_did() {
    let mut harness =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    harness.state_mut().document_mut().set_selection(Selection::of([ObjectRef::booth(0)]));
    harness.run_steps(2);
    // One pass a frame, as most frames are: no layout pass to paint the result by chance.
    harness.ctx.options_mut(|o| o.max_passes = std::num::NonZeroUsize::MIN);
    assert!(painted_texts(&harness).iter().any(|t| t == "1A-001"), "the booth is labelled");

    // Ctrl+D: the copy is painted in the very frame of the key.
    press_alone(&mut harness, egui::Key::D, egui::Modifiers::COMMAND);
    assert!(painted_texts(&harness).iter().any(|t| t == "1A-002"), "the duplicate is painted");

    // Delete: gone from the frame of the key, not after the next mouse move.
    press_alone(&mut harness, egui::Key::Delete, egui::Modifiers::NONE);
    assert!(!painted_texts(&harness).iter().any(|t| t == "1A-002"), "deleted at once");

    // A tool key: the status bar names the new tool in the same frame.
    press_alone(&mut harness, egui::Key::B, egui::Modifiers::NONE);
    assert_eq!(harness.state().canvas().tools().tool(), Tool::Booth);
    assert!(painted_texts(&harness).iter().any(|t| t == "tool: Booth"), "shown at once");
}

/// One key press as its own single frame (no release, no other event to run another frame).
fn press_alone(
    harness: &mut Harness<'_, BoothplanApp>,
    key: egui::Key,
    modifiers: egui::Modifiers,
) {
    harness.event(egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    });
    harness.step();
}

#[test]
fn an_idle_window_on_a_file_asks_for_no_repaint() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    boothplan_core::io::ron_file::save_layout(&file, &layout).unwrap();
    let mut harness = harness(layout, Some(file.clone()), &FakeDialogs::default());
    harness.run();
    assert_eq!(
        harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay,
        Duration::MAX,
        "nothing moving, nothing changing: the window sleeps"
    );
    assert!(harness.state().file_watch_kind().is_some(), "the file is watched meanwhile");
}

#[test]
fn a_colleagues_save_wakes_an_idle_window() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    boothplan_core::io::ron_file::save_layout(&file, &layout).unwrap();
    let mut harness = harness(layout.clone(), Some(file.clone()), &FakeDialogs::default());
    harness.run();
    let mut theirs = layout;
    theirs.booths[0].exhibitor = "Ningbo Port".to_owned();
    boothplan_core::io::ron_file::save_layout(&file, &theirs).unwrap();
    // Woken by the watch (from its own thread): wait for the wake-up, then let it settle.
    let woke = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        harness.ctx.has_requested_repaint()
    });
    assert!(woke, "the watch woke the window");
    harness.run_steps(4);
    assert_eq!(harness.state().modal_title().as_deref(), Some("The file changed on disk"));
}

#[test]
fn with_no_dialog_to_show_open_falls_back_to_the_picker_however_slow_the_frames() {
    // rfd where no dialog can be shown: `None` at once.
    let dialogs = NativeFileDialogs::with_asker(Arc::new(|_| None));
    let app =
        BoothplanApp::new(small_layout(vec![]), None, Box::new(dialogs), RecentFiles::in_memory());
    let mut harness = harness_with(app);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.step();
    // A frame far slower than the time it takes to decide that no dialog came up.
    std::thread::sleep(Duration::from_millis(600));
    harness.run_steps(3);
    assert!(shows_text(&harness, "Open layout"), "the in-app picker is up, not a silent cancel");
}

#[test]
fn a_real_cancel_is_a_cancel() {
    // A dialog that was up for a while before the planner cancelled it.
    let dialogs = NativeFileDialogs::with_asker(Arc::new(|_| {
        std::thread::sleep(Duration::from_millis(400));
        None
    }));
    let app =
        BoothplanApp::new(small_layout(vec![]), None, Box::new(dialogs), RecentFiles::in_memory());
    let mut harness = harness_with(app);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.step();
    std::thread::sleep(Duration::from_millis(700));
    harness.run_steps(3);
    assert!(!shows_text(&harness, "Open layout"), "no picker after a cancel");
    assert_eq!(harness.state().modal_title(), None);
}
