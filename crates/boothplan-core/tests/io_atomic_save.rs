//! A save interrupted at any step loses nothing: the target keeps its old content,
//! the `.bak` holds the right version, no temporary file is left, and the error says why.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use boothplan_core::io::atomic::{
    RealStorage, Storage, WriteStep, backup_path, write_atomic, write_atomic_with,
};
use boothplan_core::io::ron_file::{load_layout, save_layout, save_layout_with};
use boothplan_core::model::Layout;

/// The real file system, except that one step fails (a write fails half-way through).
struct FailAt(WriteStep);

impl FailAt {
    fn check(&self, step: WriteStep) -> io::Result<()> {
        if self.0 == step {
            Err(io::Error::new(io::ErrorKind::StorageFull, format!("injected failure at {step:?}")))
        } else {
            Ok(())
        }
    }
}

impl Storage for FailAt {
    fn create(&self, path: &Path) -> io::Result<File> {
        self.check(WriteStep::Create)?;
        RealStorage.create(path)
    }
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.0 == WriteStep::Write {
            file.write_all(&bytes[..bytes.len() / 2])?;
        }
        self.check(WriteStep::Write)?;
        RealStorage.write(file, bytes)
    }
    fn flush(&self, file: &mut File) -> io::Result<()> {
        self.check(WriteStep::Flush)?;
        RealStorage.flush(file)
    }
    fn sync(&self, file: &File) -> io::Result<()> {
        self.check(WriteStep::Sync)?;
        RealStorage.sync(file)
    }
    fn backup(&self, target: &Path, backup: &Path) -> io::Result<()> {
        self.check(WriteStep::Backup)?;
        RealStorage.backup(target, backup)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(WriteStep::Rename)?;
        RealStorage.rename(from, to)
    }
    fn sync_folder(&self, dir: &Path) -> io::Result<()> {
        self.check(WriteStep::SyncFolder)?;
        RealStorage.sync_folder(dir)
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A folder holding `fair.ron` ("old") and `fair.ron.bak` ("older").
fn folder_with_history() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("fair.ron");
    fs::write(&target, "old").unwrap();
    fs::write(backup_path(&target), "older").unwrap();
    (dir, target)
}

#[test]
fn a_write_interrupted_at_any_step_keeps_the_old_file_and_a_right_backup() {
    for &step in WriteStep::ALL {
        let (dir, target) = folder_with_history();
        let result = write_atomic_with(&FailAt(step), &target, b"new content", true);
        let bak = fs::read_to_string(backup_path(&target)).unwrap();
        let now = fs::read_to_string(&target).unwrap();
        if step == WriteStep::SyncFolder {
            // Past the rename the new version is in place; an unsyncable folder is no failure.
            result.unwrap();
            assert_eq!((now.as_str(), bak.as_str()), ("new content", "old"));
        } else {
            let err = result.unwrap_err();
            assert_eq!(now, "old", "{step:?}");
            // Until the backup step the old backup stays; from then on it is the old file.
            let want_bak = if step == WriteStep::Rename { "old" } else { "older" };
            assert_eq!(bak, want_bak, "{step:?}");
            assert_eq!(err.kind(), io::ErrorKind::StorageFull, "{step:?}");
            assert!(err.to_string().contains("injected failure"), "{err}");
            assert!(err.to_string().starts_with("cannot "), "{err}");
        }
        assert_eq!(
            names_in(dir.path()),
            ["fair.ron", "fair.ron.bak"],
            "{step:?} left a temporary file"
        );
    }
}

#[test]
fn errors_say_which_step_and_file() {
    let (_dir, target) = folder_with_history();
    let cases = [
        (WriteStep::Create, "cannot create the temporary file"),
        (WriteStep::Write, "cannot write the temporary file"),
        (WriteStep::Sync, "to disk"),
        (WriteStep::Backup, "cannot keep the previous version as"),
        (WriteStep::Rename, "cannot replace"),
    ];
    for (step, words) in cases {
        let err = save_layout_with(&FailAt(step), &target, &Layout::default()).unwrap_err();
        let shown = err.to_string();
        assert!(shown.starts_with(&format!("{}: cannot save: ", target.display())), "{shown}");
        assert!(shown.contains(words), "{shown} lacks {words}");
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
    }
}

#[test]
fn a_first_save_makes_no_backup_and_a_second_keeps_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.svg");
    write_atomic(&target, b"one", true).unwrap();
    assert_eq!(names_in(dir.path()), ["plan.svg"]);
    write_atomic(&target, b"two", true).unwrap();
    write_atomic(&target, b"three", false).unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "three");
    assert_eq!(fs::read_to_string(backup_path(&target)).unwrap(), "one");
}

#[test]
fn saving_into_a_missing_folder_says_so_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("fair.ron");
    let err = save_layout(&target, &Layout::default()).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::NotFound);
    assert!(
        err.to_string().starts_with(&format!("{}: cannot save: cannot create", target.display())),
        "{err}"
    );
    assert!(names_in(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_keeps_the_link_and_the_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    save_layout(&real, &Layout::default()).unwrap();
    fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let renamed = Layout { name: "Through the link".into(), ..Layout::default() };
    save_layout(&link, &renamed).unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(load_layout(&real).unwrap(), renamed);
    assert_eq!(fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o640);
    assert_eq!(load_layout(&backup_path(&real)).unwrap(), Layout::default());
}

#[cfg(target_os = "linux")]
#[test]
fn temporary_files_of_dead_saves_are_cleared_and_live_ones_kept() {
    let (dir, target) = folder_with_history();
    let dead = [".fair.ron.tmp-999999999-0", ".fair.ron.bak.tmp-999999999-3"];
    let live = format!(".fair.ron.tmp-{}-77", std::process::id());
    let unrelated = ".other.ron.tmp-999999999-0";
    for name in dead.iter().copied().chain([live.as_str(), unrelated]) {
        fs::write(dir.path().join(name), "half a save").unwrap();
    }
    write_atomic(&target, b"new", true).unwrap();
    let mut expected =
        vec!["fair.ron".to_owned(), "fair.ron.bak".to_owned(), live, unrelated.to_owned()];
    expected.sort();
    assert_eq!(names_in(dir.path()), expected);
}
