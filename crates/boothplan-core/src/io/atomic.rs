//! Writing a file so that a crash or a full disk never leaves it half-written (docs/SPEC.md §6).
//!
//! Every step goes through [`Storage`], so tests can make any one of them fail and check that
//! the target and its backup are still right.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The steps of an atomic write, in order; used in error messages and to inject failures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum WriteStep {
    /// Creating the temporary file beside the target.
    Create,
    /// Writing the bytes into it.
    Write,
    /// Flushing buffered bytes.
    Flush,
    /// Syncing it to the disk.
    Sync,
    /// Keeping the previous version as `TARGET.bak`.
    Backup,
    /// Renaming the temporary file over the target.
    Rename,
    /// Syncing the folder so the rename itself survives a power cut (best effort).
    SyncFolder,
}

impl WriteStep {
    /// Every step, in the order a write takes them.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;
}

/// The file-system operations an atomic write is made of.
///
/// The provided methods do the real thing; a test implements the trait, overriding one method
/// to fail, to prove that a write interrupted there loses nothing.
pub trait Storage {
    /// Creates a new file at `path`, failing if one exists.
    fn create(&self, path: &Path) -> io::Result<File> {
        File::options().write(true).create_new(true).open(path)
    }

    /// Writes all of `bytes` to `file`.
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    /// Flushes what `file` buffers.
    fn flush(&self, file: &mut File) -> io::Result<()> {
        file.flush()
    }

    /// Makes `file`'s content durable.
    fn sync(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    /// Replaces `backup` with a copy of `target`, atomically: a copy beside it, synced, renamed.
    fn backup(&self, target: &Path, backup: &Path) -> io::Result<()> {
        let tmp = temp_path_beside(backup);
        let copied = fs::copy(target, &tmp)
            .and_then(|_| File::open(&tmp)?.sync_all())
            .and_then(|()| fs::rename(&tmp, backup));
        if copied.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        copied
    }

    /// Renames `from` over `to`.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    /// Makes the folder's entries (the rename) durable.
    fn sync_folder(&self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }
}

/// The real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealStorage;

impl Storage for RealStorage {}

/// Replaces `target` with `bytes`: temporary file beside it, flush, sync, rename over it.
///
/// With `keep_backup`, the previous content is kept as `TARGET.bak` (e.g. `fair.ron.bak`).
/// On any failure the target keeps its old content and the temporary file is removed; the
/// error says which step failed and why.
pub fn write_atomic(target: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    write_atomic_with(&RealStorage, target, bytes, keep_backup)
}

/// [`write_atomic`] through the given [`Storage`], so tests can make a step fail.
pub fn write_atomic_with(
    storage: &dyn Storage,
    target: &Path,
    bytes: &[u8],
    keep_backup: bool,
) -> io::Result<()> {
    // Write beside the file a symlink points to, so that the link stays a link.
    let target = match fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => link_target(target)?,
        _ => target.to_owned(),
    };
    let dir = folder_of(&target);
    let tmp = temp_path_beside(&target);
    check_name_length(&target, &tmp)?;
    // The messages name no path: the caller names the target once.
    let step = |s: WriteStep, path: &Path| {
        let what = describe(s, path);
        move |e: io::Error| io::Error::new(e.kind(), format!("{what}: {e}"))
    };
    let mut file = storage.create(&tmp).map_err(step(WriteStep::Create, &tmp))?;
    let result = (|| {
        if let Ok(meta) = fs::metadata(&target) {
            // Keep the owner's permissions; a failure here is not worth losing the save over.
            let _ = file.set_permissions(meta.permissions());
        }
        storage.write(&mut file, bytes).map_err(step(WriteStep::Write, &tmp))?;
        storage.flush(&mut file).map_err(step(WriteStep::Flush, &tmp))?;
        storage.sync(&file).map_err(step(WriteStep::Sync, &tmp))?;
        drop(file);
        if keep_backup && target.exists() {
            let bak = backup_path(&target);
            storage.backup(&target, &bak).map_err(step(WriteStep::Backup, &bak))?;
        }
        storage.rename(&tmp, &target).map_err(step(WriteStep::Rename, &target))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
        return result;
    }
    // The new content is in place; a folder that cannot be synced (some file systems) only
    // weakens durability against a power cut in the next seconds, so it is not an error.
    let _ = storage.sync_folder(&dir);
    remove_stale_temp_files(&target);
    Ok(())
}

/// Removes temporary files that saves of `target` by processes no longer running left behind
/// (a crash or kill mid-save). Only where running processes can be told (`/proc`); a live
/// process's temporary file is never touched.
fn remove_stale_temp_files(target: &Path) {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return;
    }
    // Temporary copies of the target and of its backup.
    let prefixes: Vec<String> = [target.to_owned(), backup_path(target)]
        .iter()
        .filter_map(|p| p.file_name().map(|n| format!(".{}.tmp-", n.to_string_lossy())))
        .collect();
    let Ok(entries) = fs::read_dir(folder_of(target)) else { return };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(name) = file_name.to_str() else { continue };
        let Some(rest) = prefixes.iter().find_map(|p| name.strip_prefix(p.as_str())) else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or_default();
        let ours = pid == std::process::id().to_string();
        if !pid.is_empty()
            && pid.bytes().all(|b| b.is_ascii_digit())
            && !ours
            && !proc.join(pid).exists()
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn describe(step: WriteStep, path: &Path) -> String {
    match step {
        WriteStep::Create => "cannot create the temporary file beside it".to_owned(),
        WriteStep::Write => "cannot write the temporary file beside it".to_owned(),
        WriteStep::Flush => "cannot flush the temporary file beside it".to_owned(),
        WriteStep::Sync => "cannot sync the temporary file beside it to disk".to_owned(),
        WriteStep::Backup => {
            let name = path.file_name().unwrap_or(path.as_os_str());
            format!("cannot keep the previous version as {}", name.to_string_lossy())
        }
        WriteStep::Rename => "cannot replace it with the new version".to_owned(),
        WriteStep::SyncFolder => "cannot sync its folder".to_owned(),
    }
}

/// Longest file name most file systems take (ext4, XFS, APFS, NTFS: 255 bytes or units).
const MAX_NAME_BYTES: usize = 255;

/// Refuses a target whose name is fine but too long for the temporary file beside it, before
/// anything is written, instead of the bare "File name too long" of the failing create.
fn check_name_length(target: &Path, tmp: &Path) -> io::Result<()> {
    let len = |p: &Path| p.file_name().map_or(0, |n| n.as_encoded_bytes().len());
    let (name, temporary) = (len(target), len(tmp));
    if temporary <= MAX_NAME_BYTES {
        return Ok(());
    }
    let extra = temporary - name;
    let most = MAX_NAME_BYTES.saturating_sub(extra);
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "the file name is {name} bytes long, too long to save safely: a temporary file is \
             written beside it first, whose name needs {extra} bytes more; use a name of at most \
             {most} bytes"
        ),
    ))
}

/// Where the symbolic link `link` points, as a full path. A link to a file that does not exist
/// yet points at the file to create; a link into a folder that does not exist is refused in a
/// plain sentence.
fn link_target(link: &Path) -> io::Result<PathBuf> {
    match fs::canonicalize(link) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let to = fs::read_link(link)?;
            let to = folder_of(link).join(to);
            let folder = fs::canonicalize(folder_of(&to)).map_err(|_| {
                io::Error::new(
                    io::ErrorKind::NotFound,
                    format!(
                        "it is a symbolic link to {}, whose folder does not exist",
                        to.display()
                    ),
                )
            })?;
            Ok(folder.join(to.file_name().unwrap_or_default()))
        }
        other => other,
    }
}

/// The folder `path` is in (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// A fresh hidden name beside `path`: `.NAME.tmp-PID-N`, unique within this process.
fn temp_path_beside(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path.file_name().map_or_else(|| "file".into(), |n| n.to_string_lossy());
    folder_of(path).join(format!(".{name}.tmp-{}-{n}", std::process::id()))
}

/// Where the previous version of `target` is kept: `TARGET.bak`.
#[must_use]
pub fn backup_path(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}
