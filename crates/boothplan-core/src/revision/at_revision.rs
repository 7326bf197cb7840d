//! The open layout as git holds it in another revision (`HEAD`, `HEAD~1`, a branch, a tag): what
//! File ▸ Compare with revision… compares with, and what a command could diff against.
//!
//! `git` is run without a terminal: stdin closed, no pager, no prompt, English messages. Each
//! thing that can be missing (git itself, the repository, the revision, the file in it) is
//! asked of git on its own first, so the planner reads which one it was; the file's bytes are
//! then read with the same size limit as any layout file.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::io::layout_file::{over_the_limit, parse_text, read_at_most};
use crate::io::ron_file::{LoadError, MAX_FILE_BYTES, utf8_error};
use crate::io::shown;
use crate::model::Layout;

/// Why the layout of a revision could not be had.
#[derive(Debug, thiserror::Error)]
pub enum RevisionError {
    /// The revision is empty or could be taken for an option of git.
    #[error("\"{}\" is not a revision; give one such as HEAD, HEAD~1, a branch or a tag", shown(.0))]
    NotARevision(String),
    /// The path names no file (it ends in `..` or is a root).
    #[error("{} is not a file", .0.display())]
    NotAFile(PathBuf),
    /// `git` could not be started.
    #[error("git is not installed (or not on the PATH); install git to compare with a revision")]
    GitMissing,
    /// `git` is there but could not be run.
    #[error("cannot run git: {0}")]
    GitFailed(String),
    /// The file's folder is not in a git working tree.
    #[error("{} is not in a git repository", .0.display())]
    NotInRepository(PathBuf),
    /// No commit of that name.
    #[error("the revision \"{}\" does not exist in this repository", shown(.0))]
    NoSuchRevision(String),
    /// The revision exists but holds no file at this path.
    #[error("{} does not exist in revision \"{}\"", shown(.file), shown(.revision))]
    NotInRevision {
        /// The revision asked for.
        revision: String,
        /// The file's name.
        file: String,
    },
    /// The file in that revision is not a layout (or too big to be one).
    #[error("{0}")]
    Layout(#[from] LoadError),
}

/// The layout in `path` as it was in git `revision`.
///
/// Errors name what was missing: git, the repository, the revision or the file in it; a file
/// that is no layout is refused at `REVISION:NAME:LINE:COL`.
pub fn layout_at_revision(path: &Path, revision: &str) -> Result<Layout, RevisionError> {
    layout_at_revision_with(OsStr::new("git"), path, revision)
}

/// [`layout_at_revision`] with the git program named (tests name one that does not exist).
pub fn layout_at_revision_with(
    git: &OsStr,
    path: &Path,
    revision: &str,
) -> Result<Layout, RevisionError> {
    let revision = revision.trim();
    // A leading `-` would be an option; a `:` or a line break cannot be part of a revision
    // name and would change what `REV:PATH` means.
    if revision.is_empty()
        || revision.starts_with('-')
        || revision.contains(|c: char| c == ':' || c.is_control())
    {
        return Err(RevisionError::NotARevision(revision.to_owned()));
    }
    let Some(name) = path.file_name() else {
        return Err(RevisionError::NotAFile(path.to_owned()));
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let git = Git { program: git, dir };
    let inside = git.output(&[OsStr::new("rev-parse"), OsStr::new("--is-inside-work-tree")])?;
    if !inside.status.success() || inside.stdout.trim_ascii() != b"true" {
        return Err(RevisionError::NotInRepository(dir.to_owned()));
    }
    let commit = OsString::from(format!("{revision}^{{commit}}"));
    let found =
        git.output(&[OsStr::new("rev-parse"), OsStr::new("--verify"), OsStr::new("-q"), &commit])?;
    if !found.status.success() {
        return Err(RevisionError::NoSuchRevision(revision.to_owned()));
    }
    let mut spec = OsString::from(format!("{revision}:./"));
    spec.push(name);
    let there = git.output(&[OsStr::new("cat-file"), OsStr::new("-e"), &spec])?;
    if !there.status.success() {
        return Err(RevisionError::NotInRevision {
            revision: revision.to_owned(),
            file: name.to_string_lossy().into_owned(),
        });
    }
    let label = PathBuf::from(format!("{revision}:{}", name.to_string_lossy()));
    let bytes = git.show(&spec, &label)?;
    let text = String::from_utf8(bytes).map_err(|e| utf8_error(e.as_bytes(), &label))?;
    Ok(parse_text(&text, &label)?)
}

/// `git` run in the file's folder, with no terminal to wait on.
struct Git<'a> {
    program: &'a OsStr,
    dir: &'a Path,
}

impl Git<'_> {
    fn command(&self) -> Command {
        let mut command = Command::new(self.program);
        command
            .arg("--no-pager")
            .arg("-C")
            .arg(self.dir)
            .env("GIT_PAGER", "cat")
            .env("PAGER", "cat")
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_OPTIONAL_LOCKS", "0")
            .env("LC_ALL", "C")
            .stdin(Stdio::null());
        command
    }

    /// Runs a question whose answer is small (a status, a line).
    fn output(&self, args: &[&OsStr]) -> Result<std::process::Output, RevisionError> {
        self.command().args(args).stderr(Stdio::null()).output().map_err(|e| cannot_run(&e))
    }

    /// The bytes of `spec` (`REV:./NAME`), at most [`MAX_FILE_BYTES`] of them.
    fn show(&self, spec: &OsStr, label: &Path) -> Result<Vec<u8>, RevisionError> {
        let mut child = self
            .command()
            .args([OsStr::new("show"), OsStr::new("--no-textconv"), spec])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| cannot_run(&e))?;
        let read = match child.stdout.take() {
            Some(stdout) => read_at_most(stdout, 0, MAX_FILE_BYTES),
            None => Ok(Some(Vec::new())),
        };
        let bytes = match read {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                // Nothing more is wanted from it; it may be blocked writing the rest.
                let _ = child.kill();
                let _ = child.wait();
                return Err(LoadError::whole_file(label, over_the_limit()).into());
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(RevisionError::GitFailed(e.to_string()));
            }
        };
        let status = child.wait().map_err(|e| cannot_run(&e))?;
        if !status.success() {
            return Err(RevisionError::GitFailed(format!("git show {} {status}", spec.display())));
        }
        Ok(bytes)
    }
}

fn cannot_run(error: &std::io::Error) -> RevisionError {
    if error.kind() == std::io::ErrorKind::NotFound {
        RevisionError::GitMissing
    } else {
        RevisionError::GitFailed(error.to_string())
    }
}
