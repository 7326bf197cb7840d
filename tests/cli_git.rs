//! boothplan in a real git repository, set up exactly as the README's "Working together in git"
//! says: two branches editing different booths merge cleanly; two editing the same booth end in
//! a conflict git reports, with our side in the file, the conflict list beside it, and the
//! file still opening. `git` is installed with apt-get when missing; a machine where that fails
//! fails this test with the reason rather than skipping it.

mod cli_support;
mod revision_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use boothplan_core::io::ron_file::load_layout;
use boothplan_core::model::{Booth, BoothStatus, Rect};
use revision_support::{fair, with_booth, write};

/// Makes sure `git` runs, installing it with apt-get when it is missing.
fn ensure_git() {
    cli_support::debian::ensure("git", "git");
}

/// The README's lines that set a repository up (`$ echo … .gitattributes`, `$ git config …`).
fn readme_setup_lines() -> Vec<String> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section =
        readme.split("## Working together in git").nth(1).expect("the README has the section");
    let lines: Vec<String> = section
        .lines()
        .filter_map(|l| l.strip_prefix("$ "))
        .filter(|l| l.contains(".gitattributes") || l.starts_with("git config"))
        .map(str::to_owned)
        .collect();
    assert_eq!(lines.len(), 3, "three set-up lines in the README: {lines:?}");
    lines
}

/// A git repository in a fresh folder, with its own empty home so no user setting leaks in.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Self {
        ensure_git();
        let repo = Self { dir: tempfile::tempdir().unwrap() };
        repo.ok(&["init", "-q", "-b", "main"]);
        for line in readme_setup_lines() {
            let out = repo.command("sh").args(["-c", &line]).output().unwrap();
            assert!(out.status.success(), "{line}: {}", String::from_utf8_lossy(&out.stderr));
        }
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A command run in the repository, finding the `boothplan` just built first on the PATH.
    fn command(&self, program: &str) -> Command {
        let bin = PathBuf::from(env!("CARGO_BIN_EXE_boothplan"));
        let path = std::env::join_paths(
            std::iter::once(bin.parent().unwrap().to_owned())
                .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
        )
        .unwrap();
        let mut c = Command::new(program);
        c.current_dir(self.path())
            .env("PATH", path)
            .env("HOME", self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Planner")
            .env("GIT_AUTHOR_EMAIL", "planner@example.com")
            .env("GIT_COMMITTER_NAME", "Planner")
            .env("GIT_COMMITTER_EMAIL", "planner@example.com");
        c
    }

    fn git(&self, args: &[&str]) -> Output {
        self.command("git").args(args).output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.git(args);
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Saves `layout` as `fair.ron` and commits it.
    fn commit(&self, layout: &boothplan_core::model::Layout, message: &str) {
        write(self.path(), "fair.ron", layout);
        self.ok(&["add", "-A"]);
        self.ok(&["commit", "-q", "-m", message]);
    }
}

/// A repository with the fair on `main` and a branch `ops` made from it.
fn repo_with_branch() -> Repo {
    let repo = Repo::new();
    repo.commit(&fair(), "The fair");
    repo.ok(&["branch", "ops"]);
    repo
}

/// The README, to check that its samples are what these runs print.
fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

fn assert_in_readme(sample: &str) {
    assert!(
        readme().contains(sample),
        "README.md no longer shows this real output; paste:\n{sample}"
    );
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn branches_editing_different_booths_merge_cleanly_through_the_driver() {
    let repo = repo_with_branch();
    repo.ok(&["checkout", "-q", "ops"]);
    let ops = with_booth(fair(), "1A-003", |b| b.rect.x_m = 16.0);
    repo.commit(&with_booth(ops, "1A-014", |b| b.id = "1A-014A".into()), "Operations");
    repo.ok(&["checkout", "-q", "main"]);
    let sold = |b: &mut Booth| {
        b.status = BoothStatus::Sold;
        b.exhibitor = "Hangzhou Cloud".into();
    };
    repo.commit(&with_booth(fair(), "1A-013", sold), "Sales sells 1A-013");

    let out = repo.git(&["merge", "-q", "--no-edit", "ops"]);
    assert!(out.status.success(), "{}", text(&out));
    let merged = load_layout(&repo.path().join("fair.ron")).unwrap();
    assert_eq!(merged.booth("1A-003").unwrap().rect.x_m, 16.0);
    assert_eq!(merged.booth("1A-013").unwrap().exhibitor, "Hangzhou Cloud");
    assert!(merged.booth("1A-014").is_none() && merged.booth("1A-014A").is_some());
    // Nothing left behind: no conflict list, no backup, no temporary file.
    assert_eq!(repo.ok(&["status", "--porcelain", "--untracked-files=all"]), "");

    // The difftool line shows what the fair gained, as the README pastes it.
    let args = ["difftool", "-y", "-t", "boothplan", "HEAD~2", "HEAD", "--", "fair.ron"];
    let diff = repo.ok(&args);
    assert!(diff.starts_with("kind   id       change"), "{diff}");
    assert_in_readme(&format!("$ git {}\n{diff}", args.join(" ")));
    let old = repo.ok(&["show", "HEAD~2:fair.ron"]);
    std::fs::write(repo.path().join("old.ron"), old).unwrap();
    let out =
        repo.command("boothplan").args(["diff", "old.ron", "fair.ron", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_in_readme(&format!("$ boothplan diff old.ron fair.ron --json\n{}", text(&out)));
}

#[test]
fn two_sales_people_booking_one_booth_conflict_and_keep_our_side() {
    let repo = repo_with_branch();
    let book = |exhibitor: &str, status| {
        let exhibitor = exhibitor.to_owned();
        move |b: &mut Booth| {
            b.status = status;
            b.exhibitor = exhibitor;
        }
    };
    repo.ok(&["checkout", "-q", "ops"]);
    let ops = with_booth(fair(), "1A-003", book("Ningbo Freight", BoothStatus::Sold));
    repo.commit(&with_booth(ops, "1A-001", |b| b.rect.x_m = 2.0), "Ops");
    repo.ok(&["checkout", "-q", "main"]);
    let main = with_booth(fair(), "1A-003", book("Zhejiang Robotics", BoothStatus::Reserved));
    repo.commit(
        &with_booth(main, "1A-001", book("Zhejiang Robotics", BoothStatus::Reserved)),
        "Sales",
    );

    let out = repo.git(&["merge", "ops"]);
    let said = text(&out);
    assert!(!out.status.success(), "{said}");
    // Git took the driver's exit 1 as a conflict; the driver said which one.
    assert!(said.contains("CONFLICT (content): Merge conflict in fair.ron"), "{said}");
    let driver = "1 conflict; our side is kept in each (listed in fair.ron.conflicts.json):\n  \
                  booth 1A-003: changed differently on both sides (status, exhibitor); kept ours\n";
    assert!(said.contains(driver), "{said}");
    assert_eq!(repo.ok(&["diff", "--name-only", "--diff-filter=U"]), "fair.ron\n");

    // The file in the working tree opens, with our booking and 1A-001 both moved and reserved.
    let merged = load_layout(&repo.path().join("fair.ron")).unwrap();
    let b = merged.booth("1A-003").unwrap();
    assert_eq!((b.status, b.exhibitor.as_str()), (BoothStatus::Reserved, "Zhejiang Robotics"));
    let b = merged.booth("1A-001").unwrap();
    assert_eq!((b.rect.x_m, b.status), (2.0, BoothStatus::Reserved));

    let list = std::fs::read_to_string(repo.path().join("fair.ron.conflicts.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&list).unwrap();
    let conflicts = json["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0]["id"], "1A-003");
    assert_eq!(conflicts[0]["fields"], serde_json::json!(["status", "exhibitor"]));
    assert_eq!(conflicts[0]["theirs"]["exhibitor"], "Ningbo Freight");
    assert_eq!(
        repo.ok(&["status", "--porcelain", "--untracked-files=all"]),
        "UU fair.ron\n?? fair.ron.conflicts.json\n"
    );
    assert_in_readme(&format!("$ git merge ops\n{driver}"));
    assert_in_readme(&format!("$ cat fair.ron.conflicts.json\n{list}"));
}

#[test]
fn two_branches_adding_booths_on_one_spot_stop_the_merge_with_the_list_beside_the_fair() {
    let repo = repo_with_branch();
    let spot = Rect::new(3.0, 250.0, 3.0, 3.0);
    let add = |id: &str| {
        let mut l = fair();
        l.booths.push(Booth { id: id.into(), hall: None, rect: spot, ..l.booths[0].clone() });
        l
    };
    repo.ok(&["checkout", "-q", "ops"]);
    repo.commit(&add("X-1"), "Ops adds a booth");
    repo.ok(&["checkout", "-q", "main"]);
    repo.commit(&add("X-2"), "Sales adds a booth");

    let out = repo.git(&["merge", "ops"]);
    let said = text(&out);
    assert!(!out.status.success(), "{said}");
    assert!(said.contains("the merged plan has new errors: 1 that neither side had"), "{said}");
    assert!(
        said.contains("  booth-overlap  X-1, X-2  Booths X-1 and X-2 overlap by 9 m²."),
        "{said}"
    );
    // The list is beside the fair, not beside git's temporary copy of our side.
    assert_eq!(
        repo.ok(&["status", "--porcelain", "--untracked-files=all"]),
        "UU fair.ron\n?? fair.ron.conflicts.json\n"
    );
    let list = std::fs::read_to_string(repo.path().join("fair.ron.conflicts.json")).unwrap();
    assert!(list.contains(r#""reason":"new-error","fields":["booth-overlap"]"#), "{list}");
}
