//! External change detection: Save asks before overwriting a file that a colleague
//! changed since it was opened, and a mere touch is not a change.

use std::fs::{self, File};
use std::time::{Duration, SystemTime};

use boothplan_core::io::disk_stamp::FileStamp;
use boothplan_core::io::ron_file::save_layout;
use boothplan_core::model::Layout;

fn set_modified(path: &std::path::Path, time: SystemTime) {
    File::options().write(true).open(path).unwrap().set_modified(time).unwrap();
}

#[test]
fn an_unchanged_file_is_unchanged_even_when_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    save_layout(&path, &Layout::default()).unwrap();
    let stamp = FileStamp::of(&path).unwrap();
    assert_eq!(stamp.len, fs::metadata(&path).unwrap().len());
    assert!(!stamp.changed_since(&path));
    // Touched: a new time, the same bytes.
    set_modified(&path, SystemTime::now() + Duration::from_hours(1));
    assert!(!stamp.changed_since(&path));
    // Rewritten with the very same content (saved again by an identical program state).
    save_layout(&path, &Layout::default()).unwrap();
    assert!(!stamp.changed_since(&path));
}

#[test]
fn a_colleagues_rewrite_is_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    save_layout(&path, &Layout::default()).unwrap();
    let stamp = FileStamp::of(&path).unwrap();

    // Same length, one letter changed.
    let mut theirs = Layout { name: "Untitled fain".to_owned(), ..Layout::default() };
    save_layout(&path, &theirs).unwrap();
    assert_eq!(fs::metadata(&path).unwrap().len(), stamp.len);
    // Their sync tool even restored the old time: only the content tells.
    if let Some(old) = stamp.modified {
        set_modified(&path, old);
    }
    assert!(stamp.changed_since(&path));

    // A longer version is a change too, and a fresh stamp of it is unchanged.
    theirs.name = "Global Digital Trade Expo".to_owned();
    save_layout(&path, &theirs).unwrap();
    assert!(stamp.changed_since(&path));
    assert!(!FileStamp::of(&path).unwrap().changed_since(&path));
}

#[test]
fn a_deleted_or_replaced_file_is_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    save_layout(&path, &Layout::default()).unwrap();
    let stamp = FileStamp::of(&path).unwrap();
    fs::remove_file(&path).unwrap();
    assert!(stamp.changed_since(&path));
    fs::create_dir(&path).unwrap();
    assert!(stamp.changed_since(&path));
    assert!(FileStamp::of(&path).is_err());
    assert!(FileStamp::of(&dir.path().join("never.ron")).is_err());
}

#[test]
fn large_files_are_stamped_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let mut bytes = vec![b'x'; 3 * 1024 * 1024 + 17];
    fs::write(&path, &bytes).unwrap();
    let stamp = FileStamp::of(&path).unwrap();
    assert_eq!(stamp.len, bytes.len() as u64);
    assert!(!stamp.changed_since(&path));
    // One byte in the middle of a later read block.
    bytes[2 * 1024 * 1024 + 5] = b'y';
    fs::write(&path, &bytes).unwrap();
    assert!(stamp.changed_since(&path));
}

#[test]
fn the_cheap_poll_notices_a_new_time_or_length_and_a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    save_layout(&path, &Layout::default()).unwrap();
    let stamp = FileStamp::of(&path).unwrap();
    assert!(stamp.looks_unchanged(&path));
    // Touched: the poll cannot tell without reading; the full comparison then says unchanged.
    set_modified(&path, SystemTime::now() + Duration::from_hours(2));
    assert!(!stamp.looks_unchanged(&path));
    assert!(!stamp.changed_since(&path));
    let touched = FileStamp::of(&path).unwrap();
    assert!(touched.looks_unchanged(&path));
    // Rewritten longer, then gone.
    save_layout(&path, &Layout { name: "A longer name".to_owned(), ..Layout::default() }).unwrap();
    assert!(!touched.looks_unchanged(&path));
    fs::remove_file(&path).unwrap();
    assert!(!touched.looks_unchanged(&path));
    assert!(!touched.looks_unchanged(dir.path()), "a folder is not the file");
}
