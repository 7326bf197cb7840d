//! Recovery: unsaved edits written to the recovery store survive a crash, are listed
//! newest first on the next start and load back equal; damaged files never hide the others.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use boothplan_core::io::DEFAULT_LAYOUT_RON;
use boothplan_core::io::recovery::{RecoveryEntry, RecoveryStore};
use boothplan_core::io::ron_file::parse_layout;
use boothplan_core::model::{BoothStatus, Layout};

fn fair() -> Layout {
    parse_layout(DEFAULT_LAYOUT_RON, Path::new("<default layout>")).unwrap()
}

/// The fair after a planner's unsaved edits: a booth sold and moved, the fair renamed.
fn edited() -> Layout {
    let mut layout = fair();
    let booth = &mut layout.booths[7];
    booth.status = BoothStatus::Sold;
    "杭州数智科技 \"Cloud\" 100%".clone_into(&mut booth.exhibitor);
    booth.rect.x_m += 0.5;
    layout.name.push_str(" (draft)");
    layout
}

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

#[test]
fn edits_survive_a_crash_and_load_back_equal() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("fairs").join("gdte.ron");
    let before_write = SystemTime::now() - Duration::from_secs(1);
    {
        let store = RecoveryStore::new(dir.path().join("recovery"));
        store.write(&edited(), Some(&source)).unwrap();
        // "Crash": the store and everything else of this run is dropped unsaved.
    }
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let entries = store.list();
    assert_eq!(entries.len(), 1, "{entries:?}");
    let entry = &entries[0];
    assert_eq!(entry.source.as_deref(), Some(source.as_path()));
    assert!(entry.written_at >= before_write, "when the edits were made is shown");
    let restored = store.load(entry).unwrap();
    assert_eq!(restored, edited());
    assert_ne!(restored, fair());
}

#[test]
fn a_clean_exit_removes_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let source = dir.path().join("gdte.ron");
    let written = store.write(&edited(), Some(&source)).unwrap();
    assert!(written.exists());
    store.remove(Some(&source)).unwrap();
    assert!(store.list().is_empty());
    assert!(!written.exists());
    // Nothing left to remove is not an error, nor is a folder never created.
    store.remove(Some(&source)).unwrap();
    RecoveryStore::new(dir.path().join("never")).remove(None).unwrap();
    assert!(RecoveryStore::new(dir.path().join("never")).list().is_empty());
}

#[test]
fn two_documents_are_kept_apart_and_listed_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let a = dir.path().join("a").join("fair.ron");
    let b = dir.path().join("b").join("fair.ron");
    let mut other = fair();
    other.booths.truncate(3);
    store.write_at(&edited(), Some(&a), at(1_800_000_000)).unwrap();
    store.write_at(&other, Some(&b), at(1_800_000_100)).unwrap();
    store.write_at(&Layout::default(), None, at(1_800_000_050)).unwrap();
    let entries = store.list();
    let sources: Vec<Option<PathBuf>> = entries.iter().map(|e| e.source.clone()).collect();
    assert_eq!(sources, [Some(b.clone()), None, Some(a.clone())]);
    assert_eq!(entries[0].written_at, at(1_800_000_100));
    assert_eq!(store.load(&entries[0]).unwrap(), other);
    assert_eq!(store.load(&entries[1]).unwrap(), Layout::default());
    assert_eq!(store.load(&entries[2]).unwrap(), edited());
    // A later write of one document replaces its file and leaves the other alone.
    store.write_at(&fair(), Some(&a), at(1_800_000_200)).unwrap();
    let entries = store.list();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0].source.as_deref(), Some(a.as_path()));
    assert_eq!(store.load(&entries[0]).unwrap(), fair());
    store.remove(Some(&a)).unwrap();
    let left: Vec<Option<PathBuf>> = store.list().into_iter().map(|e| e.source).collect();
    assert_eq!(left, [Some(b), None]);
    // Discarding the untitled one from the restore offer leaves the other.
    let untitled = store.list().into_iter().find(|e| e.source.is_none()).unwrap();
    store.discard(&untitled).unwrap();
    store.discard(&untitled).unwrap();
    assert_eq!(store.list().len(), 1);
}

#[test]
fn a_relative_source_finds_the_same_file_as_its_absolute_path() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let absolute = std::env::current_dir().unwrap().join("fair.ron");
    store.write(&edited(), Some(Path::new("./fair.ron"))).unwrap();
    let entry = &store.list()[0];
    assert_eq!(entry.source.as_deref(), Some(absolute.as_path()));
    assert!(entry.is_copy_of(Some(Path::new("fair.ron"))), "the window opened it as fair.ron");
    assert!(!entry.is_copy_of(None) && !entry.is_copy_of(Some(Path::new("other.ron"))));
    store.remove(Some(&absolute)).unwrap();
    assert!(store.list().is_empty());
}

#[test]
fn garbage_in_the_folder_is_skipped_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    store.write_at(&edited(), None, at(1_800_000_000)).unwrap();
    let junk: &[(&str, &[u8])] = &[
        ("empty.recovery.ron", b""),
        ("binary.recovery.ron", &[0xFF, 0xFE, 0, 1, 2, b'\n', 0x80]),
        ("plain-layout.recovery.ron", DEFAULT_LAYOUT_RON.as_bytes()),
        (
            "future.recovery.ron",
            b"// boothplan recovery file, format 9\n// source: (untitled)\n// written_at: 1\n()",
        ),
        (
            "bad-time.recovery.ron",
            b"// boothplan recovery file, format 1\n// source: /x\n// written_at: soon\n()",
        ),
        ("notes.txt", b"not ours"),
        (".untitled.recovery.ron.tmp-999999-0", b"half a save"),
    ];
    for (name, bytes) in junk {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    fs::create_dir(dir.path().join("folder.recovery.ron")).unwrap();
    let entries = store.list();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(store.load(&entries[0]).unwrap(), edited());
}

#[test]
fn a_damaged_layout_is_refused_at_its_own_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let path = store.write_at(&edited(), None, at(1_800_000_000)).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let line = text.lines().position(|l| l.contains("x_m:")).unwrap() + 1;
    fs::write(&path, text.replacen("x_m:", "x_m: NaN, y:", 1)).unwrap();
    let entry = RecoveryEntry { source: None, written_at: at(1_800_000_000), path: path.clone() };
    let e = store.load(&entry).unwrap_err();
    assert_eq!(e.line, line, "{e}");
    assert!(e.to_string().starts_with(&format!("{}:{line}:", path.display())), "{e}");
    // A file gone between listing and loading is an error, not a panic.
    fs::remove_file(&path).unwrap();
    let e = store.load(&entry).unwrap_err();
    assert!(e.message.contains("cannot open"), "{e}");
}

#[test]
fn the_recovery_file_is_a_layout_a_planner_can_open() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let path = store.write(&edited(), Some(Path::new("/fairs/gdte.ron"))).unwrap();
    assert_eq!(boothplan_core::io::ron_file::load_layout(&path).unwrap(), edited());
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("// boothplan recovery file"), "{text:.200}");
    assert!(text.contains("// source: /fairs/gdte.ron\n"), "{text:.200}");
}

#[test]
fn a_store_that_cannot_be_created_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    fs::write(&blocker, b"a file, not a folder").unwrap();
    let store = RecoveryStore::new(blocker.join("recovery"));
    let e = store.write(&edited(), None).unwrap_err();
    assert!(e.to_string().contains("cannot create the recovery folder"), "{e}");
    assert!(store.list().is_empty());
}

#[test]
fn the_default_location_is_in_the_user_data_folder() {
    if let Some(store) = RecoveryStore::default_location() {
        assert!(store.dir().ends_with("recovery"), "{}", store.dir().display());
        assert!(store.dir().to_string_lossy().contains("boothplan"), "{}", store.dir().display());
    }
}

#[test]
fn two_windows_keep_their_own_copies_and_never_offer_each_others_live_ones() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    let source = dir.path().join("gdte.ron");
    let first = RecoveryStore::new(&folder).for_this_window().unwrap();
    let second = RecoveryStore::new(&folder).for_this_window().unwrap();
    assert_ne!(first, second);

    // Both windows have the same fair open, with different edits.
    let mut other = fair();
    other.booths.truncate(5);
    let first_copy = first.write(&edited(), Some(&source)).unwrap();
    let second_copy = second.write(&other, Some(&source)).unwrap();
    assert_ne!(first_copy, second_copy, "one copy each");
    // While both run, neither is a leftover for a third window starting now.
    let third = RecoveryStore::new(&folder).for_this_window().unwrap();
    assert!(third.list().is_empty(), "{:?}", third.list());

    // The first saves: its copy goes, the second's stays.
    first.remove(Some(&source)).unwrap();
    assert!(!first_copy.exists());
    assert!(second_copy.exists());

    // The second crashes (its lock goes with it): now its copy is offered, and loads equal.
    drop(second);
    let entries = third.list();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].path, second_copy);
    assert_eq!(third.load(&entries[0]).unwrap(), other);
    assert_eq!(entries[0].source.as_deref(), Some(source.as_path()));
}

#[test]
fn sessions_that_left_nothing_leave_no_files() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    drop(RecoveryStore::new(&folder).for_this_window().unwrap());
    let window = RecoveryStore::new(&folder).for_this_window().unwrap();
    let files = fs::read_dir(&folder).unwrap().count();
    assert_eq!(files, 1, "only the running window's own session file");
    drop(window);
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 0);
}
