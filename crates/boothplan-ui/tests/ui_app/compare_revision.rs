//! File ▸ Compare with revision…: the planner names a git revision of the open file (HEAD by
//! default, or an earlier commit), and sees what changed since; whatever is missing (the
//! revision, the repository, a saved file) is said in a message, and nothing is compared.
//! Runs a real `git` in a temporary repository (installed with apt-get when missing).

use super::*;

/// A repository holding `fair.ron`: the three booths, then a commit moving 1A-001 from
/// (10, 10) to (12, 10).
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| git::git(dir.path(), args);
    git(&["init", "-q", "-b", "main"]);
    let file = dir.path().join("fair.ron");
    for (x_m, message) in [(10.0, "The fair"), (12.0, "1A-001 moved")] {
        let layout = small_layout(vec![
            booth("1A-001", x_m, 10.0),
            booth("1A-002", 20.0, 10.0),
            booth("1A-003", 30.0, 10.0),
        ]);
        boothplan_core::io::ron_file::save_layout_without_backup(&file, &layout).unwrap();
        git(&["add", "-A"]);
        git(&["commit", "-q", "-m", message]);
    }
    dir
}

/// The app on the repository's file with 1A-003 sold since the last commit (not yet saved).
fn app_on(dir: &Path) -> Harness<'static, BoothplanApp> {
    let mut layout = boothplan_core::io::ron_file::load_layout(&dir.join("fair.ron")).unwrap();
    layout.booths[2].status = BoothStatus::Sold;
    harness(layout, Some(dir.join("fair.ron")), &FakeDialogs::default())
}

/// File ▸ Compare with revision…, `typed` in place of the offered HEAD when given, Compare.
fn compare_with_revision(harness: &mut Harness<'static, BoothplanApp>, typed: Option<&str>) {
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Compare with revision…").click();
    harness.run_steps(2);
    if let Some(typed) = typed {
        let field = || harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Revision");
        assert_eq!(field().value().as_deref(), Some("HEAD"), "HEAD is offered");
        field().focus();
        harness.run_steps(1);
        for _ in 0.."HEAD".len() {
            harness.key_press(egui::Key::Backspace);
        }
        harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, "Revision")
            .type_text(typed);
        harness.run_steps(1);
    }
    harness.get_by_label("Compare").click();
    harness.run_steps(3);
}

#[test]
fn head_shows_the_edits_since_the_last_commit_and_an_earlier_one_shows_more() {
    let dir = repository();
    let mut harness = app_on(dir.path());
    compare_with_revision(&mut harness, None);
    assert_eq!(harness.state().modal_title(), None);
    assert!(shows_text(&harness, "Compared with fair.ron in HEAD"));
    assert!(shows_text(&harness, "1 change"));
    assert!(shows_text(&harness, "booth 1A-003 status from available to sold"));
    assert!(!shows_text(&harness, "booth 1A-001 moved"));

    harness.get_by_label("Close comparison").click();
    harness.run_steps(2);
    compare_with_revision(&mut harness, Some("HEAD~1"));
    assert!(shows_text(&harness, "Compared with fair.ron in HEAD~1"));
    assert!(shows_text(&harness, "2 changes"));
    assert!(shows_text(&harness, "booth 1A-001 moved from (10, 10) to (12, 10)"));
    assert!(shows_text(&harness, "booth 1A-003 status from available to sold"));
}

#[test]
fn a_revision_that_does_not_exist_says_so_and_compares_nothing() {
    let dir = repository();
    let mut harness = app_on(dir.path());
    compare_with_revision(&mut harness, Some("HEAD~5"));
    assert_eq!(harness.state().modal_title().as_deref(), Some("Cannot compare with the revision"));
    assert!(shows_text(&harness, "the revision \"HEAD~5\" does not exist in this repository"));
    assert!(harness.state().comparison().is_none());
}

#[test]
fn a_file_outside_git_or_not_saved_yet_says_why() {
    let outside = tempfile::tempdir().unwrap();
    let file = outside.path().join("fair.ron");
    let layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    boothplan_core::io::ron_file::save_layout_without_backup(&file, &layout).unwrap();
    let mut loose = harness(layout.clone(), Some(file), &FakeDialogs::default());
    compare_with_revision(&mut loose, None);
    let not_in_git = format!("{} is not in a git repository", outside.path().display());
    assert!(shows_text(&loose, &not_in_git), "{not_in_git}");
    assert!(loose.state().comparison().is_none());

    let mut unsaved = harness(layout, None, &FakeDialogs::default());
    unsaved.get_by_label("File").click();
    unsaved.run_steps(2);
    unsaved.get_by_label("Compare with revision…").click();
    unsaved.run_steps(2);
    assert_eq!(unsaved.state().modal_title().as_deref(), Some("Cannot compare with a revision"));
    assert!(shows_text(&unsaved, "This layout is not saved yet"));
}
