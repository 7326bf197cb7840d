//! `git` run in a test's own repository, with an empty home and a fixed author, so no setting
//! of the machine it runs on leaks in.

use std::path::Path;
use std::process::Command;

/// Runs `git ARGS` in `dir` (installing git when missing) and panics with git's message when it
/// fails; gives what it printed.
pub fn git(dir: &Path, args: &[&str]) -> String {
    super::debian::ensure("git", "git");
    let out = Command::new("git")
        .current_dir(dir)
        .env("HOME", dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Planner")
        .env("GIT_AUTHOR_EMAIL", "planner@example.com")
        .env("GIT_COMMITTER_NAME", "Planner")
        .env("GIT_COMMITTER_EMAIL", "planner@example.com")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}
