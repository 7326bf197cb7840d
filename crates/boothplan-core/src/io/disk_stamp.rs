//! Has the file changed on disk since it was opened? Asked before Save overwrites a
//! colleague's version, and by the GUI to offer a reload.

use std::fs::File;
use std::hash::{DefaultHasher, Hasher as _};
use std::io::{self, Read as _};
use std::path::Path;
use std::time::SystemTime;

/// What a file looked like when it was opened or saved: its length, modified time and a hash
/// of its content.
///
/// Two stamps differ when the content differs: a file merely touched (same bytes, new time)
/// is unchanged, and a file rewritten with the same length and its old time restored (a sync
/// tool, `cp -p`) is changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// Length in bytes.
    pub len: u64,
    /// Last modified, when the file system records it; shown to the planner, not compared.
    pub modified: Option<SystemTime>,
    /// Hash of the content, comparable within one run of the program only.
    content_hash: u64,
}

impl FileStamp {
    /// The stamp of the file at `path` now; reads the whole file.
    pub fn of(path: &Path) -> io::Result<Self> {
        let mut file = File::open(path)?;
        let meta = file.metadata()?;
        if meta.is_dir() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "this is a folder"));
        }
        let (len, content_hash) = hash_content(&mut file)?;
        Ok(Self { len, modified: meta.modified().ok(), content_hash })
    }

    /// Whether the file at `path` no longer has the content stamped: rewritten, deleted, or
    /// unreadable (when in doubt, the planner is asked).
    ///
    /// A different length answers at once; otherwise the file is read and hashed again.
    #[must_use]
    pub fn changed_since(&self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else { return true };
        if meta.len() != self.len || meta.is_dir() {
            return true;
        }
        match Self::of(path) {
            Ok(now) => now.len != self.len || now.content_hash != self.content_hash,
            Err(_) => true,
        }
    }
}

impl FileStamp {
    /// Whether the file at `path` still has the stamped length and modified time, without
    /// reading it: cheap enough to ask every few seconds. A file that fails this may still
    /// hold the same bytes (ask [`Self::changed_since`]); one that passes was at most rewritten
    /// with its time restored, which the check before saving catches.
    #[must_use]
    pub fn looks_unchanged(&self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else { return false };
        meta.is_file() && meta.len() == self.len && meta.modified().ok() == self.modified
    }
}

/// The number of bytes read and their hash, reading in blocks so memory stays small.
fn hash_content(file: &mut File) -> io::Result<(u64, u64)> {
    let mut hasher = DefaultHasher::new();
    let mut buffer = vec![0; 64 * 1024];
    let mut len = 0u64;
    loop {
        match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => {
                hasher.write(&buffer[..n]);
                len += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    hasher.write_u64(len);
    Ok((len, hasher.finish()))
}
