//! Reading the layout a sub-command works on, RON or GeoJSON by the file's extension, through
//! the same bounded, located reader as the window's Open.

use std::path::Path;

use anyhow::anyhow;
use boothplan_core::io::layout_file::open_layout;
use boothplan_core::model::Layout;

/// Loads `path`; the error is one line, `FILE:LINE:COL: what was expected`.
pub fn layout(path: &Path) -> anyhow::Result<Layout> {
    open_layout(path).map_err(|e| anyhow!("{e}"))
}
