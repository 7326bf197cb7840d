//! Which editor windows are running: each holds an exclusive lock on its own session file in
//! the recovery folder for as long as it runs. The lock goes with the process, however it
//! ends, so a crashed window's copies are leftovers and a running window's are not.

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// How every session file name starts and ends (a dot: hidden, and never a recovery file).
const PREFIX: &str = ".session~";
const SUFFIX: &str = ".lock";

/// This window's session: its id, and the locked file that says it is running.
#[derive(Debug)]
pub(super) struct Session {
    id: String,
    path: PathBuf,
    /// Held (and locked) until the session ends.
    _lock: File,
}

impl Session {
    /// Starts a session with a fresh id, locking its file in `dir` (which exists).
    pub fn start(dir: &Path) -> io::Result<Self> {
        let id = fresh_id();
        let path = lock_path(dir, &id);
        let file = File::create(&path)?;
        file.try_lock().map_err(|e| match e {
            TryLockError::Error(e) => e,
            TryLockError::WouldBlock => io::Error::other("the session file is locked already"),
        })?;
        Ok(Self { id, path, _lock: file })
    }

    /// The id that this window's recovery file names carry.
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl Drop for Session {
    /// A window that ends normally leaves no session file behind.
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Whether the window of session `id` is still running (its file is locked by someone).
pub(super) fn is_live(dir: &Path, id: &str) -> bool {
    let Ok(file) = File::open(lock_path(dir, id)) else { return false };
    matches!(file.try_lock(), Err(TryLockError::WouldBlock))
}

/// Removes the session files of crashed windows that left no copies (`has_copies(id)`).
pub(super) fn clear_dead_sessions(dir: &Path, has_copies: impl Fn(&str) -> bool) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(id) = name.strip_prefix(PREFIX).and_then(|n| n.strip_suffix(SUFFIX)) else {
            continue;
        };
        if !is_live(dir, id) && !has_copies(id) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn lock_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{PREFIX}{id}{SUFFIX}"))
}

/// An id no other window has: the process id and the clock, so that a process id reused
/// after a reboot does not make a crashed window's copies look like this window's.
fn fresh_id() -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    format!("{:x}{:x}", std::process::id(), nanos & 0xffff_ffff_ffff)
}
