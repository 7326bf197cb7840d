//! Never lose a layout, in the window: autosave, the restore offer after a crash,
//! the panic hook's snapshot, and a colleague saving the same file.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use boothplan_core::io::recovery::RecoveryStore;
use boothplan_core::io::ron_file::{load_layout, save_layout};
use boothplan_core::model::Layout;
use boothplan_ui::UiCommand;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::{
    FakeDialogs, app, booth, drag, harness_with, press_and_move, shows_text, small_layout,
};
use boothplan_core::model::Point;
use boothplan_ui::BoothplanApp;

/// Autosave after every edit, so a test need not wait 30 s.
const AT_ONCE: Duration = Duration::ZERO;

/// `fair.ron` in `dir`, saved with two booths.
fn saved_fair(dir: &Path) -> PathBuf {
    let file = dir.join("fair.ron");
    let layout = small_layout(vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 30.0, 20.0)]);
    save_layout(&file, &layout).unwrap();
    file
}

/// The window as `boothplan FILE` opens it, keeping recovery files in `store`.
fn start(file: &Path, store: &RecoveryStore) -> Harness<'static, BoothplanApp> {
    let app = app(load_layout(file).unwrap(), Some(file.to_owned()), &FakeDialogs::default());
    harness_with(app.with_recovery(store.clone(), AT_ONCE))
}

/// Moves booth 1A-001 9 m to the right by dragging it.
fn move_first_booth(harness: &mut Harness<'static, BoothplanApp>) -> Layout {
    let before = harness.state().document().layout().booths[0].rect;
    drag(harness, Point::new(11.5, 11.5), Point::new(20.5, 11.5));
    let layout = harness.state().document().layout().clone();
    assert_eq!(layout.booths[0].rect.x_m, before.x_m + 9.0, "the drag moved the booth");
    layout
}

fn save(harness: &mut Harness<'static, BoothplanApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(3);
}

fn click(harness: &mut Harness<'static, BoothplanApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run_steps(3);
}

#[test]
fn edits_survive_a_crash_and_are_restored_equal() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = saved_fair(dir.path());
    let on_disk = load_layout(&file).unwrap();

    let mut first = start(&file, &store);
    assert_eq!(first.state().modal_title(), None, "nothing to restore on a first start");
    assert!(store.list().is_empty(), "nothing unsaved, nothing kept");
    let edited = move_first_booth(&mut first);
    // The process dies: no Save, no Quit.
    drop(first);
    let entries = store.list();
    assert_eq!(entries.len(), 1, "the autosave kept the edit");
    assert_eq!(entries[0].source.as_deref(), Some(file.as_path()));

    let mut second = start(&file, &store);
    assert_eq!(second.state().modal_title().as_deref(), Some("Restore unsaved edits?"));
    assert!(shows_text(&second, "fair.ron"), "the offer names the file");
    assert!(shows_text(&second, "edits from just now"), "and says when the edits were made");
    assert_eq!(second.state().document().layout(), &on_disk, "nothing restored unasked");

    click(&mut second, "Restore");
    assert_eq!(second.state().modal_title(), None);
    assert_eq!(second.state().document().layout(), &edited, "restored equal");
    assert_eq!(second.state().window_title(), "boothplan — fair.ron *", "restored, not saved");
    assert_eq!(store.list().len(), 1, "kept until saved");

    save(&mut second);
    assert_eq!(load_layout(&file).unwrap(), edited);
    assert!(store.list().is_empty(), "saved: the recovery copy goes");
}

#[test]
fn discarding_from_the_offer_deletes_only_those_edits() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = saved_fair(dir.path());
    let on_disk = load_layout(&file).unwrap();
    let mut theirs = on_disk.clone();
    theirs.booths.pop();
    let untitled = small_layout(vec![booth("1A-009", 40.0, 30.0)]);
    let hour_ago = SystemTime::now() - Duration::from_hours(1);
    store.write_at(&untitled, None, hour_ago).unwrap();
    store.write(&theirs, Some(&file)).unwrap();

    let mut harness = start(&file, &store);
    assert!(shows_text(&harness, "Untitled layout"));
    assert!(shows_text(&harness, "1 hour ago"));
    // Newest first: the edits to fair.ron head the list.
    harness.query_all_by_label("Discard").next().unwrap().click();
    harness.run_steps(3);
    assert_eq!(store.list().len(), 1);
    assert_eq!(harness.state().document().layout(), &on_disk, "the file as saved");
    assert_eq!(harness.state().modal_title().as_deref(), Some("Restore unsaved edits?"));

    click(&mut harness, "Restore");
    assert_eq!(harness.state().document().layout(), &untitled);
    assert_eq!(harness.state().document().path(), None);
    assert!(harness.state().document().is_dirty());
}

#[test]
fn a_clean_quit_forgets_the_edits_but_an_unanswered_offer_stays() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = saved_fair(dir.path());

    let mut harness = start(&file, &store);
    move_first_booth(&mut harness);
    assert_eq!(store.list().len(), 1);
    harness.state_mut().queue(UiCommand::Quit);
    harness.run_steps(2);
    click(&mut harness, "Discard");
    assert!(harness.state().is_quitting());
    assert!(store.list().is_empty(), "the planner discarded them: nothing to offer next time");

    // Edits left by a crash; the window closes before the planner answers the offer.
    store.write(&Layout::default(), Some(&file)).unwrap();
    let mut harness = start(&file, &store);
    harness.state_mut().queue(UiCommand::Quit);
    harness.run_steps(3);
    assert_eq!(store.list().len(), 1, "still offered at the next start");
}

#[test]
fn the_panic_hook_snapshot_follows_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_fair(dir.path());
    let mut harness = start(&file, &RecoveryStore::new(dir.path().join("recovery")));
    let snapshot = harness.state().recovery_snapshot();
    assert!(snapshot.lock().unwrap().is_none(), "nothing unsaved");

    let edited = move_first_booth(&mut harness);
    let kept = snapshot.lock().unwrap().clone();
    assert_eq!(kept, Some((edited, Some(file.clone()))), "what a panic would write");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(3);
    assert!(snapshot.lock().unwrap().is_none(), "undone to the file: nothing to keep");
}

/// The window on `file`, looking at it for a colleague's save every `poll`.
fn watching(file: &Path, poll: Duration) -> Harness<'static, BoothplanApp> {
    let app = app(load_layout(file).unwrap(), Some(file.to_owned()), &FakeDialogs::default());
    harness_with(app.with_disk_poll(poll))
}

/// A colleague's version of `file`: one booth sold to a new exhibitor, saved over it.
fn colleague_saves(file: &Path) -> Layout {
    let mut theirs = load_layout(file).unwrap();
    "Ningbo Port Logistics".clone_into(&mut theirs.booths[1].exhibitor);
    save_layout(file, &theirs).unwrap();
    theirs
}

#[test]
fn a_colleagues_save_is_offered_for_reload() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_fair(dir.path());
    let mut harness = watching(&file, Duration::ZERO);
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title(), None, "an unchanged file raises nothing");

    let theirs = colleague_saves(&file);
    // Noticed on the next frame; a modal takes two more to lay itself out.
    harness.run_steps(4);
    assert_eq!(harness.state().modal_title().as_deref(), Some("The file changed on disk"));
    click(&mut harness, "Reload");
    assert_eq!(harness.state().document().layout(), &theirs);
    assert!(!harness.state().document().is_dirty());

    // Moved away: no question, but the planner is told and Save will write it again.
    std::fs::rename(&file, dir.path().join("elsewhere.ron")).unwrap();
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title(), None);
    assert!(shows_text(&harness, "was moved or deleted"));
    assert_eq!(harness.state().window_title(), "boothplan — fair.ron *");
    // Still watched: another version put back in its place is offered.
    let mut put_back = theirs.clone();
    put_back.booths.pop();
    save_layout(&file, &put_back).unwrap();
    harness.run_steps(4);
    assert_eq!(harness.state().modal_title().as_deref(), Some("The file changed on disk"));
    click(&mut harness, "Keep my version");
    save(&mut harness);
    assert_eq!(load_layout(&file).unwrap(), theirs);
}

/// A window watching `fair.ron` every frame, a booth moved on screen, then a colleague's save
/// of the file, noticed: the harness, the file, my layout and theirs.
fn edited_while_a_colleague_saves(
    dir: &Path,
) -> (Harness<'static, BoothplanApp>, PathBuf, Layout, Layout) {
    let file = saved_fair(dir);
    let mut harness = watching(&file, Duration::ZERO);
    let mine = move_first_booth(&mut harness);
    let theirs = colleague_saves(&file);
    harness.run_steps(4);
    (harness, file, mine, theirs)
}

#[test]
fn keeping_my_version_then_saving_replaces_theirs_and_keeps_it_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, file, mine, theirs) = edited_while_a_colleague_saves(dir.path());
    assert!(shows_text(&harness, "discards your unsaved changes"), "the reload warns");
    click(&mut harness, "Keep my version");
    assert_eq!(harness.state().document().layout(), &mine);
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title(), None, "asked once about their version");

    save(&mut harness);
    assert_eq!(harness.state().modal_title(), None, "already decided: Save does not ask");
    assert_eq!(load_layout(&file).unwrap(), mine);
    let bak = PathBuf::from(format!("{}.bak", file.display()));
    assert_eq!(load_layout(&bak).unwrap(), theirs, "their version is one step back");
}

#[test]
fn save_asks_before_overwriting_a_colleagues_version() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_fair(dir.path());
    // Not looking in time: the check before saving must catch it.
    let app = app(load_layout(&file).unwrap(), Some(file.clone()), &FakeDialogs::default());
    let mut harness =
        harness_with(app.with_disk_poll(Duration::from_hours(1)).without_file_watch());
    let mine = move_first_booth(&mut harness);
    let theirs = colleague_saves(&file);

    save(&mut harness);
    assert_eq!(harness.state().modal_title().as_deref(), Some("The file changed on disk"));
    click(&mut harness, "Cancel");
    assert_eq!(load_layout(&file).unwrap(), theirs, "Cancel wrote nothing");

    save(&mut harness);
    click(&mut harness, "Overwrite");
    assert_eq!(load_layout(&file).unwrap(), mine);
    assert_eq!(harness.state().window_title(), "boothplan — fair.ron");
}

#[test]
fn a_failed_save_says_why_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let folder = dir.path().join("share");
    std::fs::create_dir(&folder).unwrap();
    let file = saved_fair(&folder);
    let mut harness = start(&file, &store);
    let edited = move_first_booth(&mut harness);
    // The folder goes away (a USB stick pulled, a network share dropped).
    std::fs::remove_dir_all(&folder).unwrap();

    save(&mut harness);
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Cannot save the layout"));
    assert!(shows_text(&harness, &folder.display().to_string()), "the message names the file");
    assert_eq!(harness.state().document().layout(), &edited, "the edits stay on screen");
    assert!(harness.state().document().is_dirty());
    let kept = store.list();
    assert_eq!(kept.len(), 1, "and in the recovery folder");
    assert_eq!(store.load(&kept[0]).unwrap(), edited);
}

#[test]
fn a_copy_that_cannot_be_restored_stays_on_offer_and_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = saved_fair(dir.path());
    let kept = store.write(&Layout::default(), Some(&file)).unwrap();
    // Damaged after it was written (a disk error, a half-synced folder).
    let text = std::fs::read_to_string(&kept).unwrap();
    std::fs::write(&kept, text.replace("format: 1", "format: \"one\"")).unwrap();

    let mut harness = start(&file, &store);
    click(&mut harness, "Restore");
    assert_eq!(harness.state().modal_title().as_deref(), Some("Restore unsaved edits?"));
    assert!(shows_text(&harness, "Cannot restore"), "the offer says why");
    harness.state_mut().queue(UiCommand::Quit);
    harness.run_steps(3);
    assert_eq!(store.list().len(), 1, "still there for the planner to open by hand");
}

#[test]
fn unanswered_copies_are_never_deleted_and_are_offered_when_their_file_opens() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = saved_fair(dir.path());
    let mut theirs = load_layout(&file).unwrap();
    theirs.booths.pop();
    let hour_ago = SystemTime::now() - Duration::from_hours(1);
    store.write_at(&theirs, Some(&file), hour_ago).unwrap();
    let untitled = small_layout(vec![booth("1A-009", 40.0, 30.0)]);
    store.write(&untitled, None).unwrap();

    let mut harness = start(&file, &store);
    // Newest first: the untitled copy; fair.ron's is left unanswered.
    harness.query_all_by_label("Restore").next().unwrap().click();
    harness.run_steps(3);
    assert_eq!(harness.state().document().layout(), &untitled);

    // Opening fair.ron offers its copy again before it can be edited.
    harness.state_mut().open_path(&file);
    harness.run_steps(4);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Restore unsaved edits?"));
    assert!(shows_text(&harness, "1 hour ago"));
    assert_eq!(store.list().len(), 1, "untitled's copy went with it; fair.ron's stays");

    // Closing with it unanswered keeps it for the next start.
    harness.state_mut().queue(UiCommand::Quit);
    harness.run_steps(3);
    let left = store.list();
    assert_eq!(left.len(), 1);
    assert_eq!(store.load(&left[0]).unwrap(), theirs);
}

#[test]
fn restoring_edits_older_than_the_file_asks_before_saving_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = saved_fair(dir.path());
    let mut mine = load_layout(&file).unwrap();
    mine.booths.pop();
    // Kept an hour ago; the file was saved (by a colleague) after that.
    store.write_at(&mine, Some(&file), SystemTime::now() - Duration::from_hours(1)).unwrap();
    let theirs = colleague_saves(&file);

    let mut harness = start(&file, &store);
    click(&mut harness, "Restore");
    assert_eq!(harness.state().document().layout(), &mine);
    save(&mut harness);
    assert_eq!(harness.state().modal_title().as_deref(), Some("The file changed on disk"));
    click(&mut harness, "Cancel");
    assert_eq!(load_layout(&file).unwrap(), theirs);
}

#[test]
fn dismissing_the_reload_offer_stops_it_but_save_still_asks() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, file, mine, theirs) = edited_while_a_colleague_saves(dir.path());
    assert_eq!(harness.state().modal_title().as_deref(), Some("The file changed on disk"));
    harness.key_press(egui::Key::Escape);
    harness.run_steps(4);
    assert_eq!(harness.state().modal_title(), None, "Esc closed it, and it stays closed");
    assert_eq!(harness.state().document().layout(), &mine);

    save(&mut harness);
    assert_eq!(harness.state().modal_title().as_deref(), Some("The file changed on disk"));
    click(&mut harness, "Cancel");
    assert_eq!(load_layout(&file).unwrap(), theirs, "nothing overwritten unasked");
}

#[test]
fn the_autosave_waits_for_the_drop_and_never_keeps_a_cancelled_drag() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = saved_fair(dir.path());
    let mut harness = start(&file, &store);
    let to = Point::new(20.5, 11.5);
    press_and_move(&mut harness, Point::new(11.5, 11.5), to);
    assert!(harness.state().document().is_mid_edit(), "the booth is being dragged");
    assert!(store.list().is_empty(), "a preview is not kept");
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    harness.drop_at(harness.state().screen_pos(to));
    harness.run_steps(3);
    assert_eq!(harness.state().document().layout(), &load_layout(&file).unwrap(), "cancelled");
    assert!(store.list().is_empty(), "nothing unsaved, nothing kept");
}

#[test]
fn a_second_window_leaves_the_first_ones_live_edits_alone() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    let file = saved_fair(dir.path());
    let window = |file: &Path| start(file, &RecoveryStore::new(&folder).for_this_window().unwrap());

    let mut first = window(&file);
    let edited = move_first_booth(&mut first);
    let kept = RecoveryStore::new(&folder).for_this_window().unwrap();
    assert!(kept.list().is_empty(), "the first window's copy is live, not a leftover");
    let second = window(&file);
    assert_eq!(second.state().modal_title(), None, "nothing offered while the first runs");
    let first_copy = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".recovery.ron"))
        .unwrap();

    // The first window dies; the next one offers its edits and takes them over.
    drop(first);
    let mut third = window(&file);
    assert_eq!(third.state().modal_title().as_deref(), Some("Restore unsaved edits?"));
    click(&mut third, "Restore");
    assert_eq!(third.state().document().layout(), &edited);
    assert!(!first_copy.exists(), "rewritten as the third window's own copy");
    drop(third);
    let entries = kept.list();
    assert_eq!(entries.len(), 1, "and that copy outlives the third window's crash");
    assert_eq!(kept.load(&entries[0]).unwrap(), edited);
}
