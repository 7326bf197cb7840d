//! The real boothplan app driven headlessly with `egui_kittest`, with a fake file dialog:
//! toolbar buttons, the planner's draw → overlap → undo → save → reload journey, the guards
//! around saving and opening, the window title, and (in `safety.rs`) autosave, restoring after
//! a crash and a colleague's save of the same file.

mod arrange;
mod background_loading;
mod background_pdf;
mod backgrounds;
mod bulk_edit;
mod canvas_trust;
mod compare;
mod compare_revision;
#[path = "../../../../tests/cli_support/debian.rs"]
mod debian;
mod door_contrast;
#[path = "../../../boothplan-core/tests/editor_support/mod.rs"]
mod editor_support;
mod edits_in_progress;
mod exits;
mod export_backgrounds;
mod export_overwrite;
#[path = "../../../boothplan-core/tests/export_support/mod.rs"]
mod export_support;
mod fill_zone;
mod find;
mod focus_lost;
#[path = "../frame_support/mod.rs"]
mod frame_support;
#[path = "../../../../tests/cli_support/git.rs"]
mod git;
mod import_drawing;
mod inventory;
mod layers;
mod legend;
mod map_export;
mod marshal_export;
mod open_reader;
#[path = "../../../boothplan-core/tests/pdf_support/mod.rs"]
#[expect(dead_code, reason = "the window places no password-protected PDF")]
mod pdf_support;
mod safety;
mod walk_overlay;

use frame_support::painted_texts;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use boothplan_core::editor::{ObjectRef, Selection, Tool};
use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Point, Rect};
use boothplan_ui::panels::toolbar::tool_label;
use boothplan_ui::{BoothplanApp, FileAnswer, FileDialogs, FileRequest, RecentFiles};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// A file dialog that answers from a script and records what it was asked.
#[derive(Clone, Default)]
struct FakeDialogs {
    answers: Rc<RefCell<VecDeque<FileAnswer>>>,
    requests: Rc<RefCell<Vec<FileRequest>>>,
    open: Rc<RefCell<bool>>,
}

impl FakeDialogs {
    fn answer_next(&self, answer: FileAnswer) {
        self.answers.borrow_mut().push_back(answer);
    }
}

impl FileDialogs for FakeDialogs {
    fn request(&mut self, request: FileRequest) {
        self.requests.borrow_mut().push(request);
        *self.open.borrow_mut() = true;
    }

    fn poll(&mut self) -> Option<FileAnswer> {
        if !*self.open.borrow() {
            return None;
        }
        let answer = self.answers.borrow_mut().pop_front()?;
        *self.open.borrow_mut() = false;
        Some(answer)
    }

    fn is_open(&self) -> bool {
        *self.open.borrow()
    }
}

/// One 60 m × 40 m hall and, optionally, booths.
fn small_layout(booths: Vec<Booth>) -> Layout {
    Layout {
        name: "Test fair".to_owned(),
        halls: vec![Hall::new("1A", "Hall 1A", Rect::new(0.0, 0.0, 60.0, 40.0).corners().to_vec())],
        booths,
        ..Layout::default()
    }
}

fn booth(id: &str, x_m: f64, y_m: f64) -> Booth {
    Booth {
        id: id.to_owned(),
        hall: Some("1A".to_owned()),
        theme: "technology".to_owned(),
        rect: Rect::new(x_m, y_m, 3.0, 3.0),
        status: BoothStatus::Available,
        exhibitor: String::new(),
    }
}

fn harness(
    layout: Layout,
    path: Option<PathBuf>,
    dialogs: &FakeDialogs,
) -> Harness<'static, BoothplanApp> {
    harness_with(app(layout, path, dialogs))
}

/// The app as `boothplan` builds it, with `dialogs` and no recent-files list on disk.
fn app(layout: Layout, path: Option<PathBuf>, dialogs: &FakeDialogs) -> BoothplanApp {
    BoothplanApp::new(layout, path, Box::new(dialogs.clone()), RecentFiles::in_memory())
}

/// A 1400 × 900 window on `app`, after its first frames.
fn harness_with(app: BoothplanApp) -> Harness<'static, BoothplanApp> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut BoothplanApp| app.frame_ui(ui), app);
    harness.run_steps(3);
    harness
}

/// Where the world point `p` is on screen now.
fn screen(harness: &Harness<'_, BoothplanApp>, p: Point) -> egui::Pos2 {
    harness.state().screen_pos(p)
}

fn drag(harness: &mut Harness<'_, BoothplanApp>, from: Point, to: Point) {
    press_and_move(harness, from, to);
    harness.drop_at(screen(harness, to));
    harness.run_steps(2);
}

/// Presses at `from` and moves to `to` in steps, the button still held.
fn press_and_move(harness: &mut Harness<'_, BoothplanApp>, from: Point, to: Point) {
    let (a, b) = (screen(harness, from), screen(harness, to));
    harness.hover_at(a);
    harness.run_steps(1);
    harness.drag_at(a);
    harness.run_steps(1);
    for i in 1..=5 {
        harness.hover_at(a + (b - a) * (i as f32 / 5.0));
        harness.run_steps(1);
    }
}

/// Clicks (press and release without moving) at venue point `at`.
fn click_at(harness: &mut Harness<'_, BoothplanApp>, at: Point) {
    let pos = screen(harness, at);
    click_screen(harness, pos);
}

/// Clicks (press and release without moving) at screen position `pos`, as a mouse does.
fn click_screen(harness: &mut Harness<'_, BoothplanApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.run_steps(1);
    harness.drag_at(pos);
    harness.run_steps(1);
    harness.drop_at(pos);
    harness.run_steps(2);
}

/// A right-click (secondary press and release) at venue point `at`.
fn right_click_at(harness: &mut Harness<'_, BoothplanApp>, at: Point) {
    let pos = screen(harness, at);
    harness.hover_at(pos);
    harness.run_steps(1);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run_steps(2);
}

/// Select all and Delete: an unsaved edit.
fn delete_everything(harness: &mut Harness<'_, BoothplanApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_steps(1);
    harness.key_press(egui::Key::Delete);
    harness.run_steps(1);
}

fn shows_text(harness: &Harness<'_, BoothplanApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn toolbar_buttons_switch_tools() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    for tool in [Tool::Booth, Tool::Zone, Tool::Hall, Tool::Column, Tool::Select] {
        harness.get_by_label(&tool_label(tool)).click();
        harness.run_steps(2);
        assert_eq!(harness.state().canvas().tools().tool(), tool);
    }
}

/// A hall half drawn in one file does not follow the planner into the next: Open starts the
/// tools afresh, with Select active, and a click there draws nothing.
#[test]
fn opening_a_file_drops_the_hall_being_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    boothplan_core::io::ron_file::save_layout(&other, &small_layout(vec![])).unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    harness.get_by_label(&tool_label(Tool::Hall)).click();
    harness.run_steps(2);
    click_at(&mut harness, Point::new(5.0, 5.0));
    click_at(&mut harness, Point::new(15.0, 5.0));
    assert_eq!(
        harness.state().canvas().tools().feedback(harness.state().document()).polygon.len(),
        2
    );

    harness.state_mut().open_path(&other);
    harness.run_steps(2);
    let tools = harness.state().canvas().tools();
    assert_eq!(tools.tool(), Tool::Select);
    assert!(tools.feedback(harness.state().document()).polygon.is_empty());
}

#[test]
fn keys_switch_tools_and_undo_from_the_keyboard() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &dialogs);
    harness.key_press(egui::Key::B);
    harness.run_steps(2);
    assert_eq!(harness.state().canvas().tools().tool(), Tool::Booth);
    harness.key_press(egui::Key::V);
    harness.run_steps(2);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_steps(2);
    harness.key_press(egui::Key::Delete);
    harness.run_steps(2);
    assert!(harness.state().document().layout().booths.is_empty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().document().layout().booths.len(), 1);
}

/// Plus, minus and F reach the view through the one command list, as the View menu does.
#[test]
fn plus_zooms_in_minus_zooms_out_and_f_fits_the_plan_again() {
    let mut harness = harness(small_layout(Vec::new()), None, &FakeDialogs::default());
    let ten_metres = |h: &Harness<'_, BoothplanApp>| {
        (screen(h, Point::new(10.0, 0.0)) - screen(h, Point::new(0.0, 0.0))).length()
    };
    harness.hover_at(screen(&harness, Point::new(30.0, 20.0)));
    harness.key_press(egui::Key::F);
    harness.run_steps(2);
    let fitted = ten_metres(&harness);
    harness.key_press(egui::Key::Plus);
    harness.run_steps(2);
    assert!((ten_metres(&harness) / fitted - 1.25).abs() < 1e-3, "one step in");
    harness.key_press(egui::Key::Minus);
    harness.key_press(egui::Key::Minus);
    harness.run_steps(2);
    assert!((ten_metres(&harness) / fitted - 0.8).abs() < 1e-3, "two steps out");
    harness.key_press(egui::Key::F);
    harness.run_steps(2);
    assert!((ten_metres(&harness) / fitted - 1.0).abs() < 1e-3, "fitted again");
}

/// Delete pressed while a booth is still being dragged waits for the drop: nothing is lost and
/// one undo puts the booth back.
#[test]
fn delete_during_a_drag_changes_nothing_and_the_drop_is_one_step() {
    let booths = vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 20.0, 10.0)];
    let mut harness = harness(small_layout(booths.clone()), None, &FakeDialogs::default());
    press_and_move(&mut harness, Point::new(11.5, 11.5), Point::new(31.5, 21.5));
    harness.key_press(egui::Key::Delete);
    harness.run_steps(2);
    harness.drop_at(screen(&harness, Point::new(31.5, 21.5)));
    harness.run_steps(2);
    let layout = harness.state().document().layout().clone();
    assert_eq!(layout.booths.len(), 2, "Delete mid-drag removed nothing");
    assert_eq!(layout.booths[1], booths[1]);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().document().layout().booths, booths);
}

#[test]
fn the_title_shows_a_star_after_an_edit() {
    let dialogs = FakeDialogs::default();
    let path = PathBuf::from("/tmp/plan.ron");
    let mut harness =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), Some(path), &dialogs);
    assert_eq!(harness.state().window_title(), "boothplan — plan.ron");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_steps(1);
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    assert_eq!(harness.state().window_title(), "boothplan — plan.ron *");
}

#[test]
fn planner_journey_draw_overlap_undo_save_reload() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![booth("1A-001", 30.0, 20.0)]), None, &dialogs);

    // Draw a 3 × 3 m booth with the Booth tool.
    harness.get_by_label(&tool_label(Tool::Booth)).click();
    harness.run_steps(2);
    drag(&mut harness, Point::new(10.0, 10.0), Point::new(13.0, 13.0));
    let booths = &harness.state().document().layout().booths;
    assert_eq!(booths.len(), 2, "the Booth tool drew a booth");
    let drawn = booths.iter().find(|b| b.id != "1A-001").unwrap().rect;
    assert_eq!(drawn, Rect::new(10.0, 10.0, 3.0, 3.0));
    assert!(!shows_text(&harness, "Booths overlap"));

    // Drag it onto the other booth: the Findings panel shows the overlap.
    harness.get_by_label(&tool_label(Tool::Select)).click();
    harness.run_steps(2);
    drag(&mut harness, Point::new(11.5, 11.5), Point::new(32.5, 21.5));
    assert!(shows_text(&harness, "Booths overlap"), "the overlap is listed");

    // Undo: the finding goes.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(3);
    assert!(!shows_text(&harness, "Booths overlap"), "undo removed the overlap");

    // Save through the fake dialog, then load the file back: the same layout.
    let file = dir.path().join("journey.ron");
    dialogs.answer_next(FileAnswer::Picked(file.clone()));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(3);
    assert!(file.exists(), "saved through the dialog");
    assert_eq!(harness.state().window_title(), "boothplan — journey.ron");
    let saved = harness.state().document().layout().clone();
    let loaded = boothplan_core::io::ron_file::load_layout(&file).unwrap();
    assert_eq!(loaded, saved);

    let reopened = self::harness(loaded, Some(file.clone()), &FakeDialogs::default());
    assert_eq!(reopened.state().document().layout(), &saved);
}

#[test]
fn saving_with_errors_asks_first_and_cancel_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("overlap.ron");
    let dialogs = FakeDialogs::default();
    let overlapping = vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 11.0, 11.0)];
    let mut harness = harness(small_layout(overlapping), Some(file.clone()), &dialogs);
    assert!(shows_text(&harness, "Booths overlap"));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(2);
    assert!(shows_text(&harness, "Save anyway"), "the confirm dialog is up");
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(!file.exists(), "Cancel saved nothing");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(2);
    harness.get_by_label("Save anyway").click();
    harness.run_steps(2);
    assert!(file.exists(), "Save anyway saved");
    assert!(dialogs.requests.borrow().is_empty(), "a file with a name needs no dialog");
}

#[test]
fn opening_a_broken_file_shows_where_and_keeps_the_layout() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(\n    format: 1,\n    name: 42,\n)\n").unwrap();
    let dialogs = FakeDialogs::default();
    let layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    let mut harness = harness(layout.clone(), None, &dialogs);

    dialogs.answer_next(FileAnswer::Picked(broken.clone()));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    let expected = format!("{}:3:", broken.display());
    assert!(shows_text(&harness, &expected), "the error names FILE:LINE:COL");
    assert_eq!(harness.state().document().layout(), &layout, "the layout is untouched");
    harness.get_by_label("OK").click();
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title(), None);
}

#[test]
fn opening_with_unsaved_changes_asks_and_cancel_keeps_them() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &dialogs);
    delete_everything(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Save changes?"));
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(dialogs.requests.borrow().is_empty(), "no file was asked for");
    assert!(harness.state().document().is_dirty());
}

#[test]
fn with_no_native_dialog_the_in_app_picker_opens_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("other.ron");
    let other = small_layout(vec![booth("1A-009", 40.0, 20.0)]);
    boothplan_core::io::ron_file::save_layout(&file, &other).unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), Some(dir.path().join("first.ron")), &dialogs);

    dialogs.answer_next(FileAnswer::Unavailable);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    harness.get_by_label("other.ron").click();
    harness.run_steps(1);
    harness.get_by_label("Open").click();
    harness.run_steps(3);
    assert_eq!(harness.state().document().layout(), &other);
    assert_eq!(harness.state().document().path(), Some(Path::new(&file)));
}

#[test]
fn the_default_layout_opens_with_its_80000_m2_in_the_summary() {
    let (layout, path) = boothplan_ui::initial_layout(None).unwrap();
    assert_eq!(path, None);
    let harness = harness(layout, None, &FakeDialogs::default());
    assert!(shows_text(&harness, "80,000 m²"), "the summary shows the total hall area");
    assert!(harness.state().window_title().starts_with("boothplan — "));
}

#[test]
fn help_lists_every_shortcut() {
    let mut harness = harness(small_layout(vec![]), None, &FakeDialogs::default());
    assert!(!shows_text(&harness, "Nudge left ×10"));
    harness.get_by_label("Help").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Shortcuts").click();
    harness.run_steps(2);
    assert!(shows_text(&harness, "Keyboard shortcuts"));
    // Keyboard-only commands appear nowhere else.
    assert!(shows_text(&harness, "Nudge left ×10"));
    assert!(shows_text(&harness, "Rotate 90°"));
    // Esc closes it, as it closes every window.
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert!(!shows_text(&harness, "Keyboard shortcuts"));
}

#[test]
fn ctrl_z_while_typing_undoes_the_typing_not_the_last_move() {
    let mut harness =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    let booth_only = Selection::of([ObjectRef::booth(0)]);
    harness.state_mut().document_mut().set_selection(booth_only);
    harness.run_steps(2);
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(2);
    let moved = harness.state().document().layout().booths[0].rect;
    assert!(moved.x_m > 10.0, "the arrow key nudged the booth");

    let field = || (egui::accesskit::Role::TextInput, "Exhibitor");
    harness.get_by_role_and_label(field().0, field().1).focus();
    harness.run_steps(1);
    harness.get_by_role_and_label(field().0, field().1).type_text("Hangzhou");
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().document().layout().booths[0].rect, moved, "the move stays");
    assert!(harness.state().document().can_undo(), "and can still be undone later");
}

#[test]
fn an_inspector_text_field_commits_on_enter_as_one_undo_step() {
    let mut harness =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    let booth_only = Selection::of([ObjectRef::booth(0)]);
    harness.state_mut().document_mut().set_selection(booth_only);
    harness.run_steps(2);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Exhibitor").focus();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Exhibitor")
        .type_text("杭州数字");
    harness.run_steps(1);
    assert_eq!(harness.state().document().layout().booths[0].exhibitor, "", "not per key");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    assert_eq!(harness.state().document().layout().booths[0].exhibitor, "杭州数字");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().document().layout().booths[0].exhibitor, "");
}

#[test]
fn clicking_a_finding_selects_its_booths() {
    let overlapping = vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 11.0, 11.0)];
    let mut harness = harness(small_layout(overlapping), None, &FakeDialogs::default());
    assert!(harness.state().document().selection().is_empty());
    harness.get_by_label_contains("Booths 1A-001 and 1A-002 overlap").click();
    harness.run_steps(2);
    assert_eq!(harness.state().document().selection().len(), 2);
}

#[test]
fn export_writes_the_booth_list_through_the_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("booths.csv");
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(out.clone()));
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Export…").click();
    harness.run_steps(2);
    harness.get_by_label("Choose file…").click();
    harness.run_steps(2);
    for _ in 0..100 {
        if !harness.state().is_exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run_steps(1);
    }
    assert!(!harness.state().is_exporting());
    harness.run_steps(1);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.contains("1A-001"), "the booth list names the booth: {csv}");
    assert!(shows_text(&harness, "Exported"));
}

/// Steps the harness until the running export is written (or a few seconds pass).
fn wait_for_export(harness: &mut Harness<'_, BoothplanApp>) {
    for _ in 0..250 {
        if !harness.state().is_exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run_steps(1);
    }
    assert!(!harness.state().is_exporting(), "the export finished");
}

/// Two halls, so that the export can be limited to one of them.
fn two_halls() -> Layout {
    let mut layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    layout.halls.push(Hall::new(
        "1B",
        "Hall 1B",
        Rect::new(70.0, 0.0, 60.0, 40.0).corners().to_vec(),
    ));
    layout
}

fn open_export_options(harness: &mut Harness<'_, BoothplanApp>) {
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Export…").click();
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Export"));
}

#[test]
fn export_options_a3_and_one_hall_give_one_a3_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    let dialogs = FakeDialogs::default();
    let mut harness = harness(two_halls(), None, &dialogs);
    open_export_options(&mut harness);
    harness.get_by_label("A3").click();
    harness.run_steps(1);
    harness.get_by_value("All halls").click();
    harness.run_steps(2);
    // The canvas names the hall too; the combo box's item is drawn last, on top.
    harness.query_all_by_label("Hall 1B").last().unwrap().click();
    harness.run_steps(2);
    dialogs.answer_next(FileAnswer::Picked(out.clone()));
    harness.get_by_label("Choose file…").click();
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title(), None);
    wait_for_export(&mut harness);
    let pdf = lopdf::Document::load(&out).unwrap();
    let pages = pdf.get_pages();
    assert_eq!(pages.len(), 1, "one hall gives one page");
    let (width_mm, height_mm) = export_support::page_size_mm(&pdf, *pages.values().next().unwrap());
    // A3 landscape: 420 × 297 mm.
    assert!((width_mm - 420.0).abs() < 0.2, "{width_mm} × {height_mm} mm");
    assert!((height_mm - 297.0).abs() < 0.2, "{width_mm} × {height_mm} mm");

    // The choices are remembered for the next export in this session.
    open_export_options(&mut harness);
    assert!(
        harness.query_all_by_value("Hall 1B").next().is_some(),
        "the hall chosen last time is still chosen"
    );
    assert!(harness.query_all_by_value("All halls").next().is_none());
}

#[test]
fn cancelling_export_options_writes_nothing_and_asks_for_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    let dialogs = FakeDialogs::default();
    dialogs.answer_next(FileAnswer::Picked(out.clone()));
    let mut harness = harness(two_halls(), None, &dialogs);
    open_export_options(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title(), None);
    assert!(!harness.state().is_exporting());
    assert!(dialogs.requests.borrow().is_empty(), "no save dialog was opened");
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Presses the window's close button, as the window system would report it.
fn request_close(harness: &mut Harness<'_, BoothplanApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run_steps(1);
}

#[test]
fn closing_with_unsaved_changes_asks_and_discard_quits() {
    let mut harness =
        harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &FakeDialogs::default());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_steps(1);
    harness.key_press(egui::Key::ArrowDown);
    harness.run_steps(1);
    request_close(&mut harness);
    harness.run_steps(1);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Save changes?"));
    assert!(!harness.state().is_quitting());
    harness.get_by_label("Discard").click();
    harness.run_steps(2);
    assert!(harness.state().is_quitting());
}

#[test]
fn quitting_a_clean_layout_asks_nothing() {
    let mut harness = harness(small_layout(vec![]), None, &FakeDialogs::default());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title(), None);
    assert!(harness.state().is_quitting());
}

#[test]
fn a_new_layout_shows_its_own_summary_not_the_last_ones() {
    let mut harness = harness(small_layout(vec![]), None, &FakeDialogs::default());
    assert!(shows_text(&harness, "2,400 m²"), "the 60 × 40 m hall");
    harness.state_mut().queue(boothplan_ui::UiCommand::New);
    harness.run_steps(3);
    assert!(harness.state().document().layout().halls.is_empty());
    assert!(!shows_text(&harness, "2,400 m²"), "the summary followed the new layout");
}

#[test]
fn export_options_a_png_for_slides_by_its_width_in_pixels() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("slide.png");
    let dialogs = FakeDialogs::default();
    let mut harness = harness(two_halls(), None, &dialogs);
    open_export_options(&mut harness);
    harness.get_by_label("Width").click();
    harness.run_steps(2);
    dialogs.answer_next(FileAnswer::Picked(out.clone()));
    harness.get_by_label("Choose file…").click();
    harness.run_steps(2);
    wait_for_export(&mut harness);
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&out).unwrap()));
    let info = decoder.read_info().unwrap();
    assert_eq!(info.info().width, 1920, "a full-HD slide, whatever the paper's resolution");
}
