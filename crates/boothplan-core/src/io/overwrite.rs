//! What a command checks before it replaces a file: never the file it is reading from, never a
//! file the owner made read-only. An atomic write renames a new file over the old one, which
//! the folder's permissions allow whatever the file's own say, so this is asked first.

use std::fs;
use std::path::Path;

/// Why `output` must not be written, when `input` is read to make it; `None` when it may.
///
/// The same file counts however it is named: another spelling of the path, a symbolic link,
/// a hard link. The answer is a sentence to follow `OUTPUT: `.
#[must_use]
pub fn refusal(input: &Path, output: &Path) -> Option<String> {
    let Ok(out) = fs::metadata(output) else {
        // Nothing there yet (or a link to nothing, which the write reports): nothing to lose.
        return None;
    };
    if fs::metadata(input).is_ok_and(|inp| same_file(&inp, &out, input, output)) {
        return Some(format!(
            "this is the input file {} itself; write to another name so that it is not \
             overwritten",
            super::ron_file::shown(&input.display().to_string())
        ));
    }
    if out.permissions().readonly() {
        return Some(
            "the file is read-only; make it writable or choose another name to replace it"
                .to_owned(),
        );
    }
    None
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata, _: &Path, _: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata, a: &Path, b: &Path) -> bool {
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
}
