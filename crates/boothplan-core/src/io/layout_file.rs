//! Reading a layout file, RON or GeoJSON: the one bounded, located reader behind every entry
//! point (`check`, `stats`, `export`, `import`, the window's Open, a restore after a crash).
//!
//! Whatever the format, the bytes are read with the same size limit (an endless stream such as
//! `/dev/zero` is refused once past it, holding no more than the limit in memory), and text
//! that is not UTF-8 is refused at the line and column of its first bad byte.

use std::io::Read as _;
use std::path::Path;

use super::ron_file::{self, LoadError, MAX_FILE_BYTES, too_big};
use crate::model::Layout;

/// True when `path` names a GeoJSON file (`.geojson` or `.json`, any case).
#[must_use]
pub fn is_geojson(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("geojson") || e.eq_ignore_ascii_case("json"))
}

/// Reads and checks the layout in `path`: GeoJSON by its extension, RON otherwise.
///
/// Every refusal is one line, `FILE:LINE:COL: what was expected`.
pub fn open_layout(path: &Path) -> Result<Layout, LoadError> {
    parse_text(&read_text(path)?, path)
}

/// Parses layout text read from somewhere else (a git revision): GeoJSON when `path` names a
/// GeoJSON file, RON otherwise; `path` also names the text in error messages.
pub fn parse_text(text: &str, path: &Path) -> Result<Layout, LoadError> {
    if is_geojson(path) {
        super::geojson::import_geojson(text, path)
    } else {
        ron_file::parse_layout(text, path)
    }
}

/// The text of `path`, refusing files over [`MAX_FILE_BYTES`] (checked before reading when the
/// size is known, and while reading when it is not) and text that is not UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = ron_file::read_limited(path).map_err(|m| LoadError::whole_file(path, m))?;
    String::from_utf8(bytes).map_err(|e| ron_file::utf8_error(e.as_bytes(), path))
}

/// Up to `limit` bytes from `reader`, or `None` when it holds more. The buffer grows by
/// doubling, but never past `limit + 1` bytes, so an endless stream costs at most the limit.
pub(crate) fn read_at_most(
    reader: impl std::io::Read,
    expected_bytes: u64,
    limit: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    let cap = usize::try_from(limit.saturating_add(1)).unwrap_or(usize::MAX);
    // Sized from the start when the size is known; one byte more, so that reaching the end
    // needs no growing either.
    let start = usize::try_from(expected_bytes).unwrap_or(0).saturating_add(1).min(cap);
    let mut bytes = Vec::with_capacity(start);
    let mut chunk = vec![0u8; 64 * 1024];
    let mut reader = reader.take(limit.saturating_add(1));
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if bytes.capacity() - bytes.len() < n {
            let grow = bytes.capacity().max(n).min(cap.saturating_sub(bytes.len()));
            bytes.reserve_exact(grow.max(n));
        }
        bytes.extend_from_slice(&chunk[..n]);
    }
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// The refusal for a file found to be over the limit while reading it.
pub(crate) fn over_the_limit() -> String {
    too_big(MAX_FILE_BYTES + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_is_cut_off_just_past_the_limit_and_never_holds_more() {
        let endless = std::io::repeat(b'x');
        assert_eq!(read_at_most(endless, 0, 1_000_000).unwrap(), None);
        for len in [0usize, 1, 65_535, 65_536, 65_537, 300_000] {
            let bytes = vec![7u8; len];
            let read = read_at_most(&bytes[..], 0, 300_000).unwrap().unwrap();
            assert_eq!(read.len(), len);
            assert!(read.capacity() <= 300_001, "{len}: capacity {}", read.capacity());
        }
        assert_eq!(read_at_most(&[1u8; 11][..], 11, 10).unwrap(), None);
    }

    #[test]
    fn the_format_follows_the_extension() {
        assert!(is_geojson(Path::new("a/fair.GeoJSON")));
        assert!(is_geojson(Path::new("fair.json")));
        assert!(!is_geojson(Path::new("fair.ron")));
        assert!(!is_geojson(Path::new("geojson")));
    }
}
