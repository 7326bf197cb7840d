//! The RON layout file (docs/SPEC.md §6): versioned, stable, strictly checked, written atomically.
//!
//! Loading goes in four steps, each refusing with `FILE:LINE:COL: what was expected`:
//! bytes (size limit, UTF-8, BOM), a pre-scan (nesting, string and outline limits, the `format`
//! version), the RON parse (`ron`), and the model validation that finds unknown halls, NaNs and
//! negative sizes. A file in exactly the shape boothplan writes takes a shortcut: the fast
//! reader parses it in one pass that keeps the pre-scan's limits itself, and only a file it
//! does not take (any other shape, any limit broken, another `format`) goes the long way, so
//! every refusal still comes from the pre-scan, the format check or `ron`.

mod fast_read;
mod locate;
mod prescan;
mod scan;
mod validate;
mod write;

use std::path::{Path, PathBuf};

use super::atomic::{RealStorage, Storage, write_atomic_with};
use crate::model::{FORMAT_VERSION, Layout};

pub(crate) use crate::units::group_thousands;
use locate::locate;
pub use prescan::{MAX_NESTING, MAX_OUTLINE_VERTICES, MAX_STRING_BYTES};
pub(crate) use scan::line_col;
pub(crate) use validate::validate;
pub use validate::{MAX_COORDINATE_M, shown};

/// Largest layout file boothplan opens: ample for the largest fairs, refused before reading.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Why a layout file could not be used; `Display` gives `FILE:LINE:COL: what was expected`.
#[derive(Debug, thiserror::Error)]
#[error("{}:{line}:{column}: {message}", path.display())]
pub struct LoadError {
    /// The file (or a name such as `<default layout>` for embedded text).
    pub path: PathBuf,
    /// 1-based line of the problem (1 when the file cannot be read at all).
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What was expected, in plain words.
    pub message: String,
}

impl LoadError {
    /// An error at byte `offset` of `text`.
    fn at(path: &Path, text: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = line_col(text, offset);
        Self { path: path.to_owned(), line, column, message: one_line(message.into()) }
    }

    /// An error about the file as a whole (it cannot be read, it is too big).
    pub(crate) fn whole_file(path: &Path, message: impl Into<String>) -> Self {
        Self { path: path.to_owned(), line: 1, column: 1, message: message.into() }
    }
}

/// Parses and validates layout text; `path` is only used in error messages.
///
/// A leading UTF-8 byte order mark is skipped; positions count from after it.
pub fn parse_layout(text: &str, path: &Path) -> Result<Layout, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::whole_file(path, too_big(text.len() as u64)));
    }
    // The fast reader refuses (`None`) whatever the pre-scan would refuse, so a file it reads
    // needs no pre-scan; the long way is taken only by files it does not read.
    let layout = match fast_read::read_layout(text).filter(|l| l.format == FORMAT_VERSION) {
        Some(layout) => layout,
        None => parse_the_long_way(text, path, false)?,
    };
    finish(layout, text, path)
}

/// The pre-scan, the format check and `ron`: every file the fast reader does not take.
/// `fast_first` also offers the file to the fast reader after the pre-scan, as loading did
/// before the fast reader kept the limits itself.
fn parse_the_long_way(text: &str, path: &Path, fast_first: bool) -> Result<Layout, LoadError> {
    let outline = prescan::prescan(text).map_err(|(at, m)| LoadError::at(path, text, at, m))?;
    if outline.empty {
        return Err(LoadError::whole_file(
            path,
            "the file is empty; expected a boothplan layout starting with `(format: 1,`",
        ));
    }
    check_format(text, path, &outline)?;
    if fast_first && let Some(layout) = fast_read::read_layout(text) {
        return Ok(layout);
    }
    ron::Options::default().from_str(text).map_err(|e| {
        let (line, column) = (e.span.start.line.max(1), e.span.start.col.max(1));
        let message = one_line(ron_message(&e.code));
        // An error at the very end of the text, or `ron`'s own "unexpected end", is a file
        // cut short: say so first, as that is what the planner must fix.
        let end = line_col(text, text.trim_end().len());
        let message = if matches!(e.code, ron::Error::Eof) {
            "the file ends too early, in the middle of the layout".to_owned()
        } else if matches!(e.code, ron::Error::ExpectedStringEnd | ron::Error::UnclosedBlockComment)
            || (line, column) >= end
            // A word cut short at the very end (`heigh` for `height_m`) is reported where it
            // starts, but ends where the text does.
            || (e.span.end.line, e.span.end.col) >= end
        {
            format!("the file ends too early: {message}")
        } else {
            message
        };
        LoadError { path: path.to_owned(), line, column, message }
    })
}

/// The checks after the parse: the version once more, then the model validation.
fn finish(layout: Layout, text: &str, path: &Path) -> Result<Layout, LoadError> {
    if layout.format != FORMAT_VERSION {
        // Only reachable when the pre-scan missed an unusual spelling of the field.
        return Err(LoadError::at(path, text, 0, newer_format(&layout.format.to_string())));
    }
    validate(&layout).map_err(|p| LoadError::at(path, text, locate(text, &p.path), p.message))?;
    Ok(layout)
}

/// Refuses a missing, unknown or newer `format` before the full parse can trip on new fields.
fn check_format(text: &str, path: &Path, outline: &prescan::Outline<'_>) -> Result<(), LoadError> {
    match outline.format {
        None => match outline.layout_open {
            Some(at) => Err(LoadError::at(
                path,
                text,
                at,
                "missing `format`: a boothplan layout starts with `(format: 1,`",
            )),
            // Not even the shape of a layout: the parser says what it expected instead.
            None => Ok(()),
        },
        Some((value, at)) => match value.parse::<u64>() {
            Ok(1) => Ok(()),
            Ok(0) => Err(LoadError::at(path, text, at, "expected `format: 1`, found `format: 0`")),
            Ok(_) => Err(LoadError::at(path, text, at, newer_format(value))),
            Err(_) if value.bytes().all(|b| b.is_ascii_digit()) => {
                Err(LoadError::at(path, text, at, newer_format(value)))
            }
            // Not a whole number: the parser reports the wrong type at this spot.
            Err(_) => Ok(()),
        },
    }
}

fn newer_format(found: &str) -> String {
    let found = if found.len() > 12 { format!("{}…", &found[..12]) } else { found.to_owned() };
    format!(
        "this file is format {found}, but this boothplan reads format {FORMAT_VERSION} at most; \
         update boothplan"
    )
}

pub(crate) fn too_big(bytes: u64) -> String {
    format!(
        "the file is {} MiB; boothplan opens layouts of at most {} MiB",
        bytes.div_ceil(1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// The message with line breaks and other control characters escaped (`\n`, `\u{1b}`), so
/// that an error stays one line on stderr and text quoted from a file cannot drive the
/// terminal.
pub(crate) fn one_line(message: String) -> String {
    if message.contains(char::is_control) {
        message.chars().fold(String::with_capacity(message.len() + 8), |mut out, c| {
            if c.is_control() {
                out.extend(c.escape_debug());
            } else {
                out.push(c);
            }
            out
        })
    } else {
        message
    }
}

/// The parser's complaint in the planner's words: what was expected, lower-case first.
fn ron_message(code: &ron::Error) -> String {
    let text = code.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "the file could not be read as a layout".to_owned(),
    }
}

/// Refuses text that would cost too much to parse (nesting, huge strings and outlines);
/// shared with the GeoJSON importer. Gives the number of values in the text, or a byte offset
/// and what was expected.
pub(crate) fn prescan_limits(text: &str) -> Result<usize, (usize, String)> {
    prescan::prescan(text).map(|o| o.values)
}

/// Reads, parses and validates a layout file, through the one bounded reader of
/// [`crate::io::layout_file`].
///
/// Files over [`MAX_FILE_BYTES`] are refused before being read; invalid UTF-8 is reported at
/// the line and column of the first bad byte.
pub fn load_layout(path: &Path) -> Result<Layout, LoadError> {
    let text = crate::io::layout_file::read_text(path)?;
    parse_layout(&text, path)
}

/// Files at least this big are read as two halves at once (a 100,000-booth layout is 16 MB).
const READ_IN_HALVES_BYTES: u64 = 4 * 1024 * 1024;

/// The file's bytes, refusing files over [`MAX_FILE_BYTES`] without reading them whole.
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    read_limited_with(path, READ_IN_HALVES_BYTES)
}

/// [`read_limited`], reading regular files of at least `halves_from_bytes` as two halves at
/// once; tests vary it.
pub(crate) fn read_limited_with(path: &Path, halves_from_bytes: u64) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| cannot_open(path, &e))?;
    let mut expected_bytes = 0;
    if let Ok(meta) = file.metadata() {
        if meta.is_dir() {
            return Err("this is a folder; expected a layout file".to_owned());
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_big(meta.len()));
        }
        expected_bytes = meta.len();
        if meta.is_file()
            && expected_bytes >= halves_from_bytes
            && let Some(bytes) = read_in_halves(&file, expected_bytes)
        {
            return Ok(bytes);
        }
    }
    // The limit also guards against files that grow while read, and endless ones such as
    // `/dev/zero`.
    crate::io::layout_file::read_at_most(file, expected_bytes, MAX_FILE_BYTES)
        .map_err(|e| format!("cannot read the file: {e}"))?
        .ok_or_else(crate::io::layout_file::over_the_limit)
}

/// Why `path` could not be opened, in a plain sentence; a symbolic link to nothing says so.
fn cannot_open(path: &Path, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
    {
        let target = std::fs::read_link(path).unwrap_or_default();
        return format!(
            "this is a symbolic link to {}, which does not exist",
            shown(&target.display().to_string())
        );
    }
    format!("cannot open the file: {e}")
}

/// The `len` bytes of a regular file, read as two halves at once: copying 16 MB out of the
/// page cache (and faulting in the buffer) is the longest step of a load that nothing else can
/// share. `None` on any surprise — a read error, a file shorter or longer than `len` by now —
/// and the file is read the ordinary way, which reports what is wrong.
#[cfg(unix)]
fn read_in_halves(file: &std::fs::File, len: u64) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt as _;
    let mut bytes = vec![0u8; usize::try_from(len).ok()?];
    let middle = bytes.len() / 2;
    let (first, second) = bytes.split_at_mut(middle);
    let (a, b) =
        rayon::join(|| file.read_exact_at(first, 0), || file.read_exact_at(second, middle as u64));
    a.ok()?;
    b.ok()?;
    // A file that grew meanwhile has more: it is read the ordinary way, with its limits.
    let mut more = [0u8; 1];
    (file.read_at(&mut more, len).ok()? == 0).then_some(bytes)
}

/// Elsewhere files are read the ordinary way.
#[cfg(not(unix))]
fn read_in_halves(_file: &std::fs::File, _len: u64) -> Option<Vec<u8>> {
    None
}

/// The error for `bytes` that are not UTF-8, at the line and column of the first bad byte.
pub(crate) fn utf8_error(bytes: &[u8], path: &Path) -> LoadError {
    let valid_up_to = std::str::from_utf8(bytes).err().map_or(bytes.len(), |e| e.valid_up_to());
    // The prefix is valid UTF-8 by definition; a BOM there is not a column.
    let good = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
    let good = good.strip_prefix('\u{feff}').unwrap_or(good);
    let message = match bytes.get(valid_up_to) {
        Some(bad) => format!("byte 0x{bad:02X} is not UTF-8; expected text saved as UTF-8"),
        None => "expected text saved as UTF-8".to_owned(),
    };
    LoadError::at(path, good, good.len(), message)
}

/// The file text for a layout: `format` first, one theme, hall, column, zone or booth a line,
/// floats written exactly (`3.0`, `0.1`, `1e-7`), in the layout's own order.
pub fn layout_to_ron(layout: &Layout) -> Result<String, ron::Error> {
    Ok(write::write_layout(layout))
}

/// The same text as [`layout_to_ron`], made by `ron` itself: the reference the hand-written
/// writer is tested against.
#[doc(hidden)]
pub fn layout_to_ron_reference(layout: &Layout) -> Result<String, ron::Error> {
    let pretty = ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .struct_names(false);
    let mut text = ron::ser::to_string_pretty(layout, pretty)?;
    text.push('\n');
    Ok(text)
}

/// The layout as `ron` alone reads it, bypassing the fast reader: the reference it is tested
/// against. Errors are `ron`'s; no validation.
#[doc(hidden)]
pub fn parse_layout_reference(text: &str) -> Result<Layout, ron::error::SpannedError> {
    ron::Options::default().from_str(text)
}

/// [`parse_layout`] as it was before the fast reader kept the pre-scan's limits: pre-scan and
/// format check first, for every file. The reference the one-pass loader is tested against.
#[doc(hidden)]
pub fn parse_layout_prescan_first(text: &str, path: &Path) -> Result<Layout, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::whole_file(path, too_big(text.len() as u64)));
    }
    let layout = parse_the_long_way(text, path, true)?;
    finish(layout, text, path)
}

/// The layout when `text` has exactly the shape boothplan writes, read by the fast reader.
#[doc(hidden)]
#[must_use]
pub fn parse_layout_fast(text: &str) -> Option<Layout> {
    fast_read::read_layout(text)
}

/// [`parse_layout_fast`], reading the booth list in two halves at once whenever its text is
/// longer than `split_above_bytes` (normally about a megabyte): tests set it to 0 to hold the
/// split reader to the single one on small files.
#[doc(hidden)]
#[must_use]
pub fn parse_layout_fast_with(text: &str, split_above_bytes: usize) -> Option<Layout> {
    fast_read::read_layout_with(text, split_above_bytes)
}

/// Writes a layout atomically, keeping the previous version as `FILE.ron.bak`.
///
/// The error names the file and the step that failed (creating the temporary file, writing,
/// syncing, keeping the backup, renaming); the file on disk then still holds its old content.
pub fn save_layout(path: &Path, layout: &Layout) -> std::io::Result<()> {
    save_layout_with(&RealStorage, path, layout)
}

/// [`save_layout`] through the given [`Storage`], so tests can make any step fail.
pub fn save_layout_with(
    storage: &dyn Storage,
    path: &Path,
    layout: &Layout,
) -> std::io::Result<()> {
    save_keeping(storage, path, layout, true)
}

/// Writes a layout atomically without keeping the previous version as `FILE.ron.bak`: for a
/// file whose old content is kept elsewhere, such as our side of a git merge (git has it), where
/// a backup would only be litter in the repository.
pub fn save_layout_without_backup(path: &Path, layout: &Layout) -> std::io::Result<()> {
    save_keeping(&RealStorage, path, layout, false)
}

fn save_keeping(
    storage: &dyn Storage,
    path: &Path,
    layout: &Layout,
    keep_backup: bool,
) -> std::io::Result<()> {
    let cannot_save = |e: &dyn std::fmt::Display| format!("{}: cannot save: {e}", path.display());
    let text = layout_to_ron(layout).map_err(|e| std::io::Error::other(cannot_save(&e)))?;
    write_atomic_with(storage, path, text.as_bytes(), keep_backup)
        .map_err(|e| std::io::Error::new(e.kind(), cannot_save(&e)))
}

#[cfg(test)]
mod tests;
