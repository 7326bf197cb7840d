//! Does the document's file still hold what was opened or saved? A colleague may
//! have saved over it: Save asks before overwriting their version, and the window offers to
//! reload it.

use super::Document;
use crate::io::disk_stamp::FileStamp;
use crate::io::ron_file::LoadError;

/// The document's file compared with the version the planner last saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskState {
    /// As opened or saved (or the document has no file yet): saving overwrites nothing new.
    Unchanged,
    /// Someone else wrote the file since; saving would overwrite their version.
    Changed,
    /// The file was moved or deleted since; saving writes it again.
    Missing,
}

impl Document {
    /// Compares the file with the version last seen, reading it when its length is unchanged.
    /// A file merely touched (same bytes) counts as unchanged and is not read again next time.
    pub fn disk_state(&mut self) -> DiskState {
        let Some(path) = self.path.clone() else { return DiskState::Unchanged };
        // Unreachable (a dropped network share): nothing known to compare; Save says why if
        // it fails.
        let Ok(exists) = path.try_exists() else { return DiskState::Unchanged };
        match &self.disk {
            None if exists => DiskState::Changed,
            None => DiskState::Unchanged,
            Some(_) if !exists => DiskState::Missing,
            Some(stamp) if stamp.changed_since(&path) => DiskState::Changed,
            Some(_) => {
                self.disk = FileStamp::of(&path).ok();
                DiskState::Unchanged
            }
        }
    }

    /// [`Self::disk_state`] for a timer: answers from the file's length and time alone while
    /// they match, so a 16 MB layout is not hashed every few seconds. Only a file that was
    /// seen is watched.
    pub fn poll_disk(&mut self) -> DiskState {
        match (&self.disk, self.path.as_deref()) {
            (Some(stamp), Some(path)) if !stamp.looks_unchanged(path) => self.disk_state(),
            _ => DiskState::Unchanged,
        }
    }

    /// The planner keeps their version over the one now on disk: that version counts as seen
    /// (no more questions about it), and the document is unsaved until written.
    pub fn keep_own_version(&mut self) {
        self.disk = self.path.as_deref().and_then(|p| FileStamp::of(p).ok());
        self.history.mark_unsaved();
    }

    /// Forgets which version of the file was seen: edits restored after a crash may predate a
    /// later save of the file, so Save asks before overwriting whatever is there now.
    pub fn forget_disk_version(&mut self) {
        self.disk = None;
    }

    /// Replaces the document with its file as it is on disk now; on error nothing changes.
    pub fn reload(&mut self) -> Result<(), LoadError> {
        let Some(path) = self.path.clone() else { return Ok(()) };
        self.open(&path)
    }

    /// The number naming the document's state while it has unsaved edits, `None` when it
    /// matches its file: what the autosave writes, and when it may skip.
    #[must_use]
    pub fn unsaved_state(&self) -> Option<u64> {
        self.history.is_dirty().then(|| self.history.current_state())
    }
}
