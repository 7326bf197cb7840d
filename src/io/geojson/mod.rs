//! GeoJSON interchange (PRODUCT.md §5): local metres, one `Polygon` feature per object.
//!
//! Export → import gives back an equal layout: layout-level data (name, grid, aisle width,
//! themes and their colours) travels in a top-level foreign member `"boothplan"`, and zones and
//! booths carry their exact `width_m`/`height_m`. Plain GeoJSON from a GIS tool imports too:
//! a missing `hall` is found by containment, unknown theme keys become new themes.

mod assemble;
mod export;
mod feature;

use std::path::Path;

use serde_json::Value;

use super::ron_file::{Step, decode_utf8, line_col, locate, one_line, read_limited, shown};
use crate::model::Layout;

/// Why a GeoJSON file could not be imported; `Display` names the file and what was wrong.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ImportError {
    /// What was wrong, starting with `FILE:LINE:COL:`; for a feature, then `features[N] (id X):`.
    pub message: String,
}

/// Builds errors that point into one GeoJSON text.
pub(super) struct Source<'a> {
    pub text: &'a str,
    pub path: &'a Path,
}

impl Source<'_> {
    /// An error at byte `offset`.
    pub fn at(&self, offset: usize, message: &str) -> ImportError {
        let (line, column) = line_col(self.text, offset);
        let message = one_line(message.to_owned());
        ImportError { message: format!("{}:{line}:{column}: {message}", self.path.display()) }
    }

    /// An error at the value `path` leads to (the collection itself when the path is empty).
    pub fn at_path(&self, path: &[Step], message: &str) -> ImportError {
        self.at(locate(self.text, path), message)
    }

    /// An error about feature `index`, naming its id when it has one.
    pub fn feature(&self, index: usize, id: Option<&str>, message: &str) -> ImportError {
        let id = id.map_or_else(String::new, |id| format!(" (id `{}`)", shown(id)));
        self.at_path(
            &[Step::Field("features"), Step::Index(index)],
            &format!("features[{index}]{id}: {message}"),
        )
    }
}

/// The layout as a GeoJSON FeatureCollection; importing it gives back an equal layout.
///
/// One feature a line, halls then columns, zones and booths, each in the layout's order.
#[must_use]
pub fn export_geojson(layout: &Layout) -> String {
    export::export(layout)
}

/// Builds a layout from GeoJSON text; `path` is only used in error messages.
///
/// The same limits as for RON files apply (nesting, string length, outline vertices), and the
/// layout is validated as a RON file is: unknown halls, sizes, finite numbers.
pub fn import_geojson(text: &str, path: &Path) -> Result<Layout, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let source = Source { text, path };
    super::ron_file::prescan_limits(text).map_err(|(at, m)| source.at(at, &m))?;
    let root: Value = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        // serde_json ends its message with " at line L column C", which the prefix already says.
        let message = message.rfind(" at line ").map_or(message.as_str(), |i| &message[..i]);
        let (line, column) = (e.line().max(1), e.column().max(1));
        let message = one_line(message.to_owned());
        ImportError { message: format!("{}:{line}:{column}: {message}", path.display()) }
    })?;
    assemble::layout(&source, &root)
}

/// Reads and imports a GeoJSON file, refusing files over the RON size limit unread.
pub fn load_geojson(path: &Path) -> Result<Layout, ImportError> {
    let bytes = read_limited(path)
        .map_err(|m| ImportError { message: format!("{}:1:1: {m}", path.display()) })?;
    let text = decode_utf8(&bytes, path).map_err(|e| ImportError { message: e.to_string() })?;
    import_geojson(text, path)
}

#[cfg(test)]
mod tests;
