//! Reading the layout a sub-command works on, from RON or GeoJSON by the file's extension.

use std::path::Path;

use anyhow::anyhow;
use boothplan_core::io::{geojson, ron_file};
use boothplan_core::model::Layout;

/// True when `path` names a GeoJSON file (`.geojson` or `.json`).
fn is_geojson(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("geojson") || e.eq_ignore_ascii_case("json"))
}

/// Loads `path`; the error is one line, `FILE:LINE:COL: what was expected`.
pub fn layout(path: &Path) -> anyhow::Result<Layout> {
    if is_geojson(path) {
        let text = read_text(path)?;
        geojson::import_geojson(&text, path).map_err(|e| anyhow!("{e}"))
    } else {
        ron_file::load_layout(path).map_err(|e| anyhow!("{e}"))
    }
}

/// The file's text, or `FILE:1:1: cannot read: why` (missing, a folder, not UTF-8).
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| anyhow!("{}:1:1: cannot read: {e}", path.display()))
}
