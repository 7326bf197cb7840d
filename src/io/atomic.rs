//! Writing a file so that a crash or a full disk never leaves it half-written (PRODUCT.md §6).

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Replaces `target` with `bytes`: temporary file beside it, flush, sync, rename over it.
///
/// With `keep_backup`, the previous content is kept as `TARGET.bak` (e.g. `fair.ron.bak`).
/// On any failure the target keeps its old content and the temporary file is removed.
pub fn write_atomic(target: &Path, bytes: &[u8], keep_backup: bool) -> std::io::Result<()> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().map_or_else(|| "file".into(), |n| n.to_string_lossy());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        if keep_backup && target.exists() {
            fs::copy(target, backup_path(target))?;
        }
        fs::rename(&tmp, target)?;
        // Make the rename itself durable; not every platform can open a folder, so best effort.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Where the previous version of `target` is kept: `TARGET.bak`.
#[must_use]
pub fn backup_path(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}
