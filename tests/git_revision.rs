//! The layout of the open file as git holds it in another revision, read from a real repository
//! (what File ▸ Compare with revision… compares with): the right version for `HEAD`, `HEAD~1`,
//! a branch and a tag, from a file in a sub-folder too, and a plain reason for each thing that
//! can be missing. `git` is installed with apt-get when missing.

mod cli_support;
mod revision_support;

use std::ffi::OsStr;
use std::path::PathBuf;

use boothplan_core::model::{BoothStatus, Layout};
use boothplan_core::revision::{RevisionError, layout_at_revision, layout_at_revision_with};
use revision_support::{fair, with_booth, write};

/// A repository in a fresh folder with its own empty home; the fair lives in `plans/fair.ron`.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Self {
        let repo = Self { dir: tempfile::tempdir().unwrap() };
        repo.git(&["init", "-q", "-b", "main"]);
        std::fs::create_dir(repo.dir.path().join("plans")).unwrap();
        repo
    }

    fn git(&self, args: &[&str]) {
        cli_support::git::git(self.dir.path(), args);
    }

    fn file(&self) -> PathBuf {
        self.dir.path().join("plans").join("fair.ron")
    }

    fn commit(&self, layout: &Layout, message: &str) {
        write(&self.dir.path().join("plans"), "fair.ron", layout);
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }
}

fn reserved(id: &str) -> Layout {
    with_booth(fair(), id, |b| b.status = BoothStatus::Reserved)
}

fn status_of(layout: &Layout, id: &str) -> BoothStatus {
    layout.booths.iter().find(|b| b.id == id).unwrap().status
}

/// Three commits on `main` (the fair; 1A-001 reserved; 1A-002 reserved too, tagged `approved`), a
/// branch `sales` where 1A-003 was reserved instead, and `main` checked out with unsaved edits.
fn history() -> Repo {
    let repo = Repo::new();
    repo.commit(&fair(), "The fair");
    repo.git(&["branch", "sales"]);
    repo.commit(&reserved("1A-001"), "1A-001 reserved");
    let both = with_booth(reserved("1A-001"), "1A-002", |b| b.status = BoothStatus::Reserved);
    repo.commit(&both, "1A-002 reserved");
    repo.git(&["tag", "approved"]);
    repo.git(&["checkout", "-q", "sales"]);
    repo.commit(&reserved("1A-003"), "1A-003 reserved");
    repo.git(&["checkout", "-q", "main"]);
    // The working copy differs from every revision: what is read is git's, not the disk's.
    write(&repo.dir.path().join("plans"), "fair.ron", &reserved("1A-004"));
    repo
}

#[test]
fn each_revision_gives_the_layout_it_holds() {
    let repo = history();
    let file = repo.file();
    let head = layout_at_revision(&file, "HEAD").unwrap();
    assert_eq!(status_of(&head, "1A-002"), BoothStatus::Reserved);
    assert_ne!(status_of(&head, "1A-004"), BoothStatus::Reserved, "not the file on disk");
    let before = layout_at_revision(&file, "HEAD~1").unwrap();
    assert_eq!(status_of(&before, "1A-001"), BoothStatus::Reserved);
    assert_ne!(status_of(&before, "1A-002"), BoothStatus::Reserved);
    assert_eq!(layout_at_revision(&file, "HEAD~2").unwrap(), fair());
    assert_eq!(layout_at_revision(&file, " approved ").unwrap(), head, "a tag, spaces trimmed");
    assert_eq!(layout_at_revision(&file, "sales").unwrap(), reserved("1A-003"), "a branch");
}

#[test]
fn each_missing_thing_is_named() {
    let repo = history();
    let file = repo.file();
    let message = |e: RevisionError| e.to_string();
    let no_rev = layout_at_revision(&file, "HEAD~9").unwrap_err();
    assert!(matches!(no_rev, RevisionError::NoSuchRevision(_)), "{no_rev:?}");
    assert_eq!(message(no_rev), "the revision \"HEAD~9\" does not exist in this repository");

    let other = repo.dir.path().join("plans").join("other.ron");
    let no_file = layout_at_revision(&other, "HEAD").unwrap_err();
    assert_eq!(message(no_file), "other.ron does not exist in revision \"HEAD\"");

    for not_a_revision in ["", "--output=/tmp/x", "HEAD:fair.ron", "HEAD\nx"] {
        let refused = layout_at_revision(&file, not_a_revision).unwrap_err();
        assert!(matches!(refused, RevisionError::NotARevision(_)), "{not_a_revision:?}");
    }

    let outside = tempfile::tempdir().unwrap();
    let loose = write(outside.path(), "fair.ron", &fair());
    let no_repo = layout_at_revision(&loose, "HEAD").unwrap_err();
    assert_eq!(
        message(no_repo),
        format!("{} is not in a git repository", outside.path().display())
    );

    let no_git = layout_at_revision_with(OsStr::new("git-that-is-not-installed"), &file, "HEAD")
        .unwrap_err();
    assert!(matches!(no_git, RevisionError::GitMissing), "{no_git:?}");
    assert!(message(no_git).starts_with("git is not installed"));
}

#[test]
fn a_revision_that_is_no_layout_is_refused_where_it_breaks() {
    let repo = Repo::new();
    std::fs::write(repo.file(), "(format: 1,\n  name: 3)").unwrap();
    repo.git(&["add", "-A"]);
    repo.git(&["commit", "-q", "-m", "broken"]);
    let error = layout_at_revision(&repo.file(), "HEAD").unwrap_err();
    assert!(matches!(error, RevisionError::Layout(_)), "{error:?}");
    let text = error.to_string();
    assert!(text.starts_with("HEAD:fair.ron:2:"), "{text}");
}
