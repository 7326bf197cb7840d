//! Revisions of the default fair for the `diff`, `merge` and git tests: the fair as loaded, a
//! copy with some edits, written where a test wants it.

#![allow(dead_code, reason = "each test file uses a different part of this support module")]

use std::path::{Path, PathBuf};

use boothplan_core::io::ron_file::{load_layout, save_layout_without_backup};
use boothplan_core::model::{Booth, Layout};

/// The default fair, as the checked-in file holds it.
pub fn fair() -> Layout {
    load_layout(&super::cli_support::default_layout()).unwrap()
}

/// `layout` with `edit` applied to its booth numbered `id`.
pub fn with_booth(mut layout: Layout, id: &str, edit: impl FnOnce(&mut Booth)) -> Layout {
    edit(layout.booths.iter_mut().find(|b| b.id == id).unwrap());
    layout
}

/// Writes `layout` to `dir/name` as boothplan saves it, and gives the path.
pub fn write(dir: &Path, name: &str, layout: &Layout) -> PathBuf {
    let path = dir.join(name);
    save_layout_without_backup(&path, layout).unwrap();
    path
}
