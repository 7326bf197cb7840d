//! Unsaved edits survive a crash: the editor writes its document here every so often
//! and from a panic hook; the next start lists what was kept and offers to restore it.
//!
//! One recovery file per source document and editor window, named from a hash of its path
//! (`untitled` for a layout never saved) and the window's session. A window holds a lock on
//! its session file while it runs, so a second window neither offers nor deletes the first
//! one's live copies, and two windows on one file keep separate copies. Each file is a small header of `//` comment lines (source path, when it
//! was written, header format) followed by the layout's RON, so a planner can also open it by
//! hand. Files are written through [`super::atomic`], so a crash during autosave never leaves a
//! half-written recovery file in place of a good one.

mod autosave;
mod header;
mod panic_hook;
mod session;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::atomic::write_atomic;
use super::ron_file::{LoadError, layout_to_ron, parse_layout};
use crate::model::Layout;

pub use autosave::Autosave;
pub use header::RECOVERY_FORMAT;
pub use panic_hook::{RecoverySnapshot, install_panic_hook};

use header::Header;
use session::Session;

/// How every recovery file name ends; other files in the folder are not ours and are ignored.
const SUFFIX: &str = ".recovery.ron";

/// A folder of recovery files, one per document with unsaved edits (and per window, once
/// [`RecoveryStore::for_this_window`] gave it a session).
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
    session: Option<std::sync::Arc<Session>>,
}

impl PartialEq for RecoveryStore {
    fn eq(&self, other: &Self) -> bool {
        self.dir == other.dir && self.session_id() == other.session_id()
    }
}

impl Eq for RecoveryStore {}

/// A recovery file found by [`RecoveryStore::list`]: what the restore dialog shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryEntry {
    /// The document the edits belong to; `None` for a layout that was never saved.
    pub source: Option<PathBuf>,
    /// When the edits were written, to show the planner how recent they are.
    pub written_at: SystemTime,
    /// The recovery file itself.
    pub path: PathBuf,
}

impl RecoveryEntry {
    /// Whether these are edits of the document at `source` (`None`: a layout never saved),
    /// however the path is spelled (`fair.ron`, `./fair.ron` or absolute).
    #[must_use]
    pub fn is_copy_of(&self, source: Option<&Path>) -> bool {
        self.source == source.map(absolute)
    }
}

impl RecoveryStore {
    /// A store in `dir`; the folder is created on the first write.
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into(), session: None }
    }

    /// This store for one editor window: its copies carry a session of their own, locked
    /// while the window runs, so other windows leave them alone until the window is gone.
    pub fn for_this_window(self) -> io::Result<Self> {
        fs::create_dir_all(&self.dir).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("cannot create the recovery folder {}: {e}", self.dir.display()),
            )
        })?;
        session::clear_dead_sessions(&self.dir, |id| self.has_copies_of(id));
        let session = Session::start(&self.dir)?;
        Ok(Self { session: Some(std::sync::Arc::new(session)), ..self })
    }

    /// The window session this store writes for, if any.
    fn session_id(&self) -> Option<&str> {
        self.session.as_deref().map(Session::id)
    }

    /// Whether any recovery file of session `id` is in the folder.
    fn has_copies_of(&self, id: &str) -> bool {
        fs::read_dir(&self.dir).is_ok_and(|entries| {
            entries.flatten().any(|e| session_of(&e.file_name().to_string_lossy()) == Some(id))
        })
    }

    /// The store in the user's local data folder (e.g. `~/.local/share/boothplan/recovery`),
    /// or `None` when the system names no home folder.
    #[must_use]
    pub fn default_location() -> Option<Self> {
        directories::ProjectDirs::from("org", "boothplan", "boothplan")
            .map(|dirs| Self::new(dirs.data_local_dir().join("recovery")))
    }

    /// The folder the recovery files are in.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Keeps `layout`, the unsaved state of the document saved at `source`, stamped now.
    ///
    /// Replaces this document's previous recovery file atomically; gives the file written.
    pub fn write(&self, layout: &Layout, source: Option<&Path>) -> io::Result<PathBuf> {
        self.write_at(layout, source, SystemTime::now())
    }

    /// [`Self::write`] with the time to record, for callers (and tests) that know it.
    pub fn write_at(
        &self,
        layout: &Layout,
        source: Option<&Path>,
        written_at: SystemTime,
    ) -> io::Result<PathBuf> {
        let source = source.map(absolute);
        let ron = layout_to_ron(layout).map_err(io::Error::other)?;
        let header = Header { source: source.clone(), written_at };
        let mut text = header.to_text();
        text.push_str(&ron);
        fs::create_dir_all(&self.dir).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("cannot create the recovery folder {}: {e}", self.dir.display()),
            )
        })?;
        let path = self.file_for(source.as_deref());
        write_atomic(&path, text.as_bytes(), false)?;
        Ok(path)
    }

    /// The recovery files in the folder, newest first.
    ///
    /// Files that are not recovery files, or whose header cannot be read, are skipped: a
    /// damaged file must not hide the others. A missing folder means there is nothing to list.
    #[must_use]
    pub fn list(&self) -> Vec<RecoveryEntry> {
        let Ok(entries) = fs::read_dir(&self.dir) else { return Vec::new() };
        let mut found: Vec<RecoveryEntry> = entries
            .flatten()
            .filter(|e| is_recovery_name(&e.file_name().to_string_lossy()))
            // Another window's copies while it runs (and this window's own) are not leftovers.
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                session_of(&name).is_none_or(|id| !session::is_live(&self.dir, id))
            })
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let path = e.path();
                let header = Header::read_from(&path).ok()?;
                Some(RecoveryEntry { source: header.source, written_at: header.written_at, path })
            })
            .collect();
        found.sort_by(|a, b| b.written_at.cmp(&a.written_at).then_with(|| a.path.cmp(&b.path)));
        found
    }

    /// The layout kept in `entry`, checked as strictly as a layout file; errors point at the
    /// recovery file's own lines.
    pub fn load(&self, entry: &RecoveryEntry) -> Result<Layout, LoadError> {
        let path = &entry.path;
        let whole_file =
            |message: String| LoadError { path: path.clone(), line: 1, column: 1, message };
        let text = super::layout_file::read_text(path)?;
        let (_, body, header_lines) = Header::split(&text).map_err(whole_file)?;
        parse_layout(body, path).map_err(|mut e| {
            e.line += header_lines;
            e
        })
    }

    /// Forgets the unsaved edits of the document at `source` (after a save or a clean exit).
    ///
    /// Removing what is not there is not an error.
    pub fn remove(&self, source: Option<&Path>) -> io::Result<()> {
        remove_if_present(&self.file_for(source.map(absolute).as_deref()))
    }

    /// Deletes the recovery file of `entry`: the planner chose not to restore it.
    ///
    /// Removing what is already gone is not an error.
    pub fn discard(&self, entry: &RecoveryEntry) -> io::Result<()> {
        remove_if_present(&entry.path)
    }

    /// The recovery file this store writes for the document at `source`.
    #[must_use]
    pub fn file_of(&self, source: Option<&Path>) -> PathBuf {
        self.file_for(source.map(absolute).as_deref())
    }

    /// The recovery file of the document at `source` (already absolute).
    fn file_for(&self, source: Option<&Path>) -> PathBuf {
        let session =
            self.session_id().map_or_else(String::new, |id| format!("{SESSION_MARK}{id}"));
        let name = match source {
            None => format!("untitled{session}{SUFFIX}"),
            Some(source) => {
                let stem: String = source
                    .file_stem()
                    .map(|s| s.to_string_lossy())
                    .unwrap_or_default()
                    .chars()
                    .map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
                    .take(40)
                    .collect();
                let hash = fnv1a(&header::path_bytes(source));
                format!("{stem}-{hash:016x}{session}{SUFFIX}")
            }
        };
        self.dir.join(name)
    }
}

/// Separates a recovery file's document part from its window session.
const SESSION_MARK: char = '~';

/// The window session a recovery file name carries, if any.
fn session_of(name: &str) -> Option<&str> {
    name.strip_suffix(SUFFIX)?.rsplit_once(SESSION_MARK).map(|(_, id)| id)
}

/// Removes the file at `path`; one already gone is fine.
fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io::Error::new(
            e.kind(),
            format!("cannot remove the recovery file {}: {e}", path.display()),
        )),
        _ => Ok(()),
    }
}

/// Whether `name` is one of ours, not a temporary file of a save in progress.
fn is_recovery_name(name: &str) -> bool {
    name.ends_with(SUFFIX) && !name.starts_with('.')
}

/// `path` made absolute against the current folder, so that `fair.ron` and `./fair.ron`
/// share a recovery file; unchanged when the current folder is unknown.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// FNV-1a, 64 bits: stable across runs and Rust versions, unlike `DefaultHasher`, so a
/// document finds its recovery file after an update.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn file_names_are_readable_and_distinct() {
        let store = RecoveryStore::new("/r");
        let a = store.file_for(Some(Path::new("/fairs/GDTE 2026.ron")));
        let b = store.file_for(Some(Path::new("/other/GDTE 2026.ron")));
        assert_ne!(a, b);
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("GDTE_2026-") && is_recovery_name(&name), "{name}");
        assert_eq!(store.file_for(None), Path::new("/r/untitled.recovery.ron"));
        assert_eq!(session_of("untitled~4f2a.recovery.ron"), Some("4f2a"));
        assert_eq!(session_of("GDTE_2026-00ff~b7.recovery.ron"), Some("b7"));
        assert_eq!(session_of("untitled.recovery.ron"), None);
        assert!(!is_recovery_name(".untitled.recovery.ron.tmp-1-0"));
    }
}
