//! A real `boothplan merge` with conflicts, then the merged file opened in the window: the
//! editor lists the conflicts from the list beside the file; the planner keeps ours or takes
//! theirs for each (undoable edits), sees which are resolved, and deletes the list at the end.

mod cli_support;
mod revision_support;

use std::path::{Path, PathBuf};

use boothplan_core::io::ron_file::load_layout;
use boothplan_core::model::{BoothStatus, Layout};
use boothplan_ui::{BoothplanApp, FileAnswer, FileDialogs, FileRequest, RecentFiles};
use cli_support::boothplan;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use revision_support::{fair, with_booth, write};

/// A file dialog that is never needed here.
struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn request(&mut self, _request: FileRequest) {}

    fn poll(&mut self) -> Option<FileAnswer> {
        None
    }

    fn is_open(&self) -> bool {
        false
    }
}

/// Our side sold 1A-003 to one exhibitor, reserved 1A-005 and deleted 1A-001; theirs sold
/// 1A-003 to another, deleted 1A-005 and reserved 1A-001. Merged into ours by the binary.
fn merged_with_conflicts(dir: &Path) -> PathBuf {
    let sold_to = |layout: Layout, who: &str| {
        with_booth(layout, "1A-003", |b| {
            b.status = BoothStatus::Sold;
            who.clone_into(&mut b.exhibitor);
        })
    };
    let reserved =
        |layout: Layout, id: &str| with_booth(layout, id, |b| b.status = BoothStatus::Reserved);
    let without = |mut layout: Layout, id: &str| {
        layout.booths.retain(|b| b.id != id);
        layout
    };
    let ours = without(reserved(sold_to(fair(), "Ours Co"), "1A-005"), "1A-001");
    let theirs = without(reserved(sold_to(fair(), "Theirs Co"), "1A-001"), "1A-005");
    let merged = merge_into(dir, &ours, &theirs);
    assert!(dir.join("fair.ron.conflicts.json").is_file());
    merged
}

/// `boothplan merge` of `ours` and `theirs` since the fair into `dir/fair.ron`, with conflicts.
fn merge_into(dir: &Path, ours: &Layout, theirs: &Layout) -> PathBuf {
    let base = write(dir, "base.ron", &fair());
    let merged = write(dir, "fair.ron", ours);
    let theirs = write(dir, "theirs.ron", theirs);
    let run = boothplan(
        ["merge".as_ref(), base.as_os_str(), merged.as_os_str(), theirs.as_os_str()]
            .into_iter()
            .chain(["-o".as_ref(), merged.as_os_str()]),
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    merged
}

fn window_on(path: &Path) -> Harness<'static, BoothplanApp> {
    let app = BoothplanApp::new(
        load_layout(path).unwrap(),
        Some(path.to_owned()),
        Box::new(NoDialogs),
        RecentFiles::in_memory(),
    );
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut BoothplanApp| app.frame_ui(ui), app);
    harness.run_steps(3);
    harness
}

fn shows(harness: &Harness<'_, BoothplanApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// The row of the conflict about booth `id`.
fn row(harness: &Harness<'_, BoothplanApp>, id: &str) -> usize {
    let conflicts = harness.state().merge_conflicts().unwrap();
    (0..conflicts.len())
        .find(|&i| conflicts.summary(i).starts_with(&format!("booth {id}:")))
        .unwrap()
}

fn click_nth(harness: &mut Harness<'static, BoothplanApp>, label: &str, n: usize) {
    harness.query_all_by_label(label).nth(n).unwrap().click();
    harness.run_steps(2);
}

fn booth_status(harness: &Harness<'_, BoothplanApp>, id: &str) -> Option<(BoothStatus, String)> {
    let layout = harness.state().document().layout();
    layout.booths.iter().find(|b| b.id == id).map(|b| (b.status, b.exhibitor.clone()))
}

#[test]
fn each_conflict_is_settled_in_the_window_and_the_list_deleted_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let merged = merged_with_conflicts(dir.path());
    let list = dir.path().join("fair.ron.conflicts.json");
    let mut harness = window_on(&merged);
    assert!(shows(&harness, "Merge conflicts"));
    assert!(shows(&harness, "0 of 3 resolved"));
    for line in [
        "booth 1A-003: changed differently on both sides (exhibitor)",
        "booth 1A-005: changed on our side, deleted on theirs",
        "booth 1A-001: deleted on our side, changed on theirs",
    ] {
        assert!(shows(&harness, line), "{line} is listed");
    }

    // Deleting the list before all are settled is not offered.
    harness.get_by_label("Delete the conflict list").click();
    harness.run_steps(2);
    assert!(list.is_file());

    // Their exhibitor for 1A-003, then undone: unresolved again, ours back.
    let sold = row(&harness, "1A-003");
    click_nth(&mut harness, "Take theirs", sold);
    assert_eq!(booth_status(&harness, "1A-003"), Some((BoothStatus::Sold, "Theirs Co".into())));
    assert!(shows(&harness, "1 of 3 resolved"));
    assert!(shows(&harness, "took theirs"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(booth_status(&harness, "1A-003"), Some((BoothStatus::Sold, "Ours Co".into())));
    assert!(shows(&harness, "0 of 3 resolved"));
    click_nth(&mut harness, "Take theirs", sold);

    // 1A-001, deleted on our side, comes back as they changed it; 1A-005 stays as we had it.
    assert_eq!(booth_status(&harness, "1A-001"), None);
    let we_deleted = row(&harness, "1A-001");
    click_nth(&mut harness, "Take theirs", we_deleted);
    assert_eq!(booth_status(&harness, "1A-001"), Some((BoothStatus::Reserved, String::new())));
    let they_deleted = row(&harness, "1A-005");
    click_nth(&mut harness, "Keep ours", they_deleted);
    assert_eq!(booth_status(&harness, "1A-005").map(|s| s.0), Some(BoothStatus::Reserved));
    assert!(shows(&harness, "3 of 3 resolved"));

    harness.get_by_label("Delete the conflict list").click();
    harness.run_steps(2);
    assert!(!list.exists(), "the list is gone, so git sees the merge as done");
    assert!(harness.state().merge_conflicts().is_none());
    assert!(!shows(&harness, "Merge conflicts"));
    assert!(merged.is_file());
}

#[test]
fn taking_their_deletion_removes_the_booth_and_keeping_ours_puts_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let merged = merged_with_conflicts(dir.path());
    let mut harness = window_on(&merged);
    let they_deleted = row(&harness, "1A-005");
    click_nth(&mut harness, "Take theirs", they_deleted);
    assert_eq!(booth_status(&harness, "1A-005"), None);
    assert!(shows(&harness, "took theirs"));
    click_nth(&mut harness, "Keep ours", they_deleted);
    assert_eq!(booth_status(&harness, "1A-005").map(|s| s.0), Some(BoothStatus::Reserved));
    assert!(shows(&harness, "kept ours"));
    assert!(shows(&harness, "1 of 3 resolved"));
}

#[test]
fn a_damaged_conflict_list_is_refused_where_it_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let merged = merged_with_conflicts(dir.path());
    std::fs::write(
        dir.path().join("fair.ron.conflicts.json"),
        "{\"conflicts\":[\n  {\"kind\":7}\n]}",
    )
    .unwrap();
    let harness = window_on(&merged);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Cannot read the merge's conflict list")
    );
    assert!(shows(&harness, "fair.ron.conflicts.json:2:"));
    assert!(harness.state().merge_conflicts().is_none());
}

#[test]
fn a_setting_in_conflict_can_only_be_kept() {
    let dir = tempfile::tempdir().unwrap();
    let named = |name: &str| Layout { name: name.to_owned(), ..fair() };
    let merged = merge_into(dir.path(), &named("Expo (sales)"), &named("Expo (operations)"));
    let mut harness = window_on(&merged);
    assert!(shows(&harness, "layout name: changed differently on both sides (name)"));
    harness.get_by_label("Take theirs").click();
    harness.run_steps(2);
    assert!(shows(&harness, "0 of 1 resolved"), "taking theirs is not offered");
    harness.get_by_label("Keep ours").click();
    harness.run_steps(2);
    assert!(shows(&harness, "1 of 1 resolved"));
    assert_eq!(harness.state().document().layout().name, "Expo (sales)");
}
