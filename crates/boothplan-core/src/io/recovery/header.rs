//! The few `//` comment lines at the top of a recovery file: which document the edits belong
//! to and when they were written. Comments, so the whole file still reads as a layout.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The version of the recovery header; a file with another is skipped, not misread.
pub const RECOVERY_FORMAT: u32 = 1;

const FIRST_LINE: &str = "// boothplan recovery file, format ";
const SOURCE: &str = "// source: ";
const UNTITLED: &str = "(untitled)";
const WRITTEN_AT: &str = "// written_at: ";
const LINES: usize = 3;
/// The most header bytes [`Header::read_from`] reads: a long path, percent-encoded, fits.
const MAX_HEADER_BYTES: u64 = 64 * 1024;

/// What the header says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Header {
    pub source: Option<PathBuf>,
    pub written_at: SystemTime,
}

impl Header {
    /// The header lines, each ending in a line break.
    pub fn to_text(&self) -> String {
        let source = self.source.as_deref().map_or_else(|| UNTITLED.to_owned(), encode_path);
        let seconds = self.written_at.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        format!("{FIRST_LINE}{RECOVERY_FORMAT}\n{SOURCE}{source}\n{WRITTEN_AT}{seconds}\n")
    }

    /// The header of the file at `path`, reading only its first few kilobytes.
    pub fn read_from(path: &Path) -> Result<Self, String> {
        let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
        let mut start = Vec::new();
        file.take(MAX_HEADER_BYTES).read_to_end(&mut start).map_err(|e| e.to_string())?;
        // The cut may split a character after the header; the header itself is ASCII.
        let text = String::from_utf8_lossy(&start);
        Self::split(&text).map(|(header, _, _)| header)
    }

    /// The header, the layout text after it, and how many lines the header took.
    pub fn split(text: &str) -> Result<(Self, &str, usize), String> {
        let not_ours = || "not a boothplan recovery file (its header is missing)".to_owned();
        let mut rest = text;
        let mut lines = [""; LINES];
        for line in &mut lines {
            let (this, after) = rest.split_once('\n').ok_or_else(not_ours)?;
            *line = this.strip_suffix('\r').unwrap_or(this);
            rest = after;
        }
        let format = lines[0].strip_prefix(FIRST_LINE).ok_or_else(not_ours)?;
        if format.parse::<u32>().ok() != Some(RECOVERY_FORMAT) {
            return Err(format!(
                "recovery file format {format}; this boothplan reads format {RECOVERY_FORMAT}"
            ));
        }
        let source = lines[1].strip_prefix(SOURCE).ok_or_else(not_ours)?;
        let source = if source == UNTITLED { None } else { Some(decode_path(source)?) };
        let seconds: u64 = lines[2]
            .strip_prefix(WRITTEN_AT)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| "the recovery file's `written_at` is not a number".to_owned())?;
        let written_at = UNIX_EPOCH
            .checked_add(Duration::from_secs(seconds))
            .ok_or_else(|| "the recovery file's `written_at` is out of range".to_owned())?;
        Ok((Self { source, written_at }, rest, LINES))
    }
}

/// The path's bytes: exact on Unix, where paths need not be UTF-8.
pub(super) fn path_bytes(path: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt as _;
        path.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().as_bytes().to_vec()
    }
}

/// The path on one line of printable ASCII: other bytes and `%` as `%XX`.
fn encode_path(path: &Path) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for b in path_bytes(path) {
        if (b.is_ascii_graphic() && b != b'%') || b == b' ' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The inverse of [`encode_path`].
fn decode_path(text: &str) -> Result<PathBuf, String> {
    let bad = || format!("the recovery file's source path `{text}` is garbled");
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&b, after)) = rest.split_first() {
        if b == b'%' {
            let hex = after.get(..2).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
            let hex = hex.and_then(|h| std::str::from_utf8(h).ok()).ok_or_else(bad)?;
            bytes.push(u8::from_str_radix(hex, 16).map_err(|_| bad())?);
            rest = &after[2..];
        } else {
            bytes.push(b);
            rest = after;
        }
    }
    if bytes.is_empty() {
        return Err(bad());
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt as _;
        Ok(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
    }
    #[cfg(not(unix))]
    {
        Ok(PathBuf::from(String::from_utf8_lossy(&bytes).into_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(source: Option<PathBuf>) {
        let header = Header { source, written_at: UNIX_EPOCH + Duration::from_secs(1_795_000_000) };
        let text = format!("{}(format: 1)\n", header.to_text());
        let (back, body, lines) = Header::split(&text).unwrap();
        assert_eq!(back, header);
        assert_eq!(body, "(format: 1)\n");
        assert_eq!(lines, 3);
    }

    #[test]
    fn awkward_paths_survive_the_header() {
        round_trip(None);
        round_trip(Some(PathBuf::from("/fairs/杭州 2026/100% final\nv2.ron")));
        round_trip(Some(PathBuf::from("C:\\Users\\li\\fair.ron")));
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStringExt as _;
            round_trip(Some(PathBuf::from(std::ffi::OsString::from_vec(vec![b'/', 0xFF, b'x']))));
        }
    }

    #[test]
    fn garbled_headers_are_refused() {
        for text in [
            "",
            "(format: 1)\n",
            "// boothplan recovery file, format 2\n// source: (untitled)\n// written_at: 1\n",
            "// boothplan recovery file, format 1\n// source: %G1\n// written_at: 1\n",
            "// boothplan recovery file, format 1\n// source: /a%F\n// written_at: 1\n",
            "// boothplan recovery file, format 1\n// source: /a%+1\n// written_at: 1\n",
            "// boothplan recovery file, format 1\n// source: \n// written_at: 1\n",
            "// boothplan recovery file, format 1\n// source: /a\n// written_at: -1\n",
            "// boothplan recovery file, format 1\n// source: /a\n// written_at: 1",
        ] {
            assert!(Header::split(text).is_err(), "{text:?}");
        }
    }
}
