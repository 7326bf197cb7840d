//! GeoJSON interchange (docs/SPEC.md §5): local metres, one `Polygon` feature per object.
//!
//! Export → import gives back an equal layout: layout-level data (name, grid, aisle width,
//! themes and their colours) travels in a top-level foreign member `"boothplan"`, and zones and
//! booths carry their exact `width_m`/`height_m`. Plain GeoJSON from a GIS tool imports too:
//! a missing `hall` is found by containment, unknown theme keys become new themes.

mod assemble;
mod export;
mod feature;
mod frame;

use std::path::Path;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::ron_file::{LoadError, group_thousands, line_col, one_line, shown};
use crate::model::Layout;

/// Most JSON values (numbers, strings, objects, arrays) an imported file may hold: the file is
/// parsed into a tree first, and this bounds its memory (a 100,000-booth plan has ~4.3 million).
pub const MAX_VALUES: usize = 10_000_000;

/// Why a GeoJSON file could not be imported: the same located error as for a RON file
/// (`FILE:LINE:COL: what was expected`; for a feature, the message starts `features[N] (id X):`).
pub type ImportError = LoadError;

/// Builds errors that point into one GeoJSON text.
pub(super) struct Source<'a> {
    pub text: &'a str,
    pub path: &'a Path,
    /// Byte offset of each feature, for messages about it.
    pub feature_at: Vec<usize>,
    /// Byte offset of the `boothplan` member (or of the collection without one).
    pub meta_at: usize,
}

impl Source<'_> {
    /// An error at byte `offset`.
    pub fn at(&self, offset: usize, message: &str) -> ImportError {
        let (line, column) = line_col(self.text, offset);
        LoadError {
            path: self.path.to_owned(),
            line,
            column,
            message: one_line(message.to_owned()),
        }
    }

    /// An error about the layout-level data in `boothplan`.
    pub fn meta(&self, message: &str) -> ImportError {
        self.at(self.meta_at, message)
    }

    /// An error about feature `index`, naming its id when it has one.
    pub fn feature(&self, index: usize, id: Option<&str>, message: &str) -> ImportError {
        let id = id.map_or_else(String::new, |id| format!(" (id `{}`)", shown(id)));
        let at = self.feature_at.get(index).copied().unwrap_or(0);
        self.at(at, &format!("features[{index}]{id}: {message}"))
    }
}

/// The top level of a FeatureCollection; features stay unparsed text until read one by one,
/// so that a large file never becomes a large tree in memory.
#[derive(Deserialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(borrow)]
    boothplan: Option<&'a RawValue>,
    #[serde(borrow)]
    features: Option<Vec<&'a RawValue>>,
}

/// Byte offset of `part`, a slice of `text`, within it.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len())
}

/// The layout as a GeoJSON FeatureCollection, as a GIS expects it: RFC 7946
/// longitude/latitude, north up, when the layout has a `site`; local metres otherwise.
///
/// One feature a line, halls then columns, zones and booths, each in the layout's order.
/// Importing it gives back the layout, to the millimetre in degrees and exactly in metres.
#[must_use]
pub fn export_geojson(layout: &Layout) -> String {
    export::export(layout, false)
}

/// The layout as GeoJSON in local metres (x right, y down the page) even when it has a site:
/// `export --local`, and an exact round trip.
#[must_use]
pub fn export_geojson_local(layout: &Layout) -> String {
    export::export(layout, true)
}

/// Builds a layout from GeoJSON text; `path` is only used in error messages.
///
/// The same limits as for RON files apply (nesting, string length, outline vertices), and the
/// layout is validated as a RON file is: unknown halls, sizes, finite numbers.
pub fn import_geojson(text: &str, path: &Path) -> Result<Layout, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut source = Source { text, path, feature_at: Vec::new(), meta_at: 0 };
    let values = super::ron_file::prescan_limits(text).map_err(|(at, m)| source.at(at, &m))?;
    if values > MAX_VALUES {
        return Err(source.at(
            0,
            &format!(
                "a file of {} values; boothplan imports GeoJSON of at most {} values \
                 (about 200,000 booths)",
                group_thousands(values),
                group_thousands(MAX_VALUES)
            ),
        ));
    }
    let start = text.len() - text.trim_start().len();
    if !text[start..].starts_with('{') {
        let what = if start == text.len() { "the file is empty; " } else { "" };
        return Err(source.at(start, &format!("{what}expected a GeoJSON FeatureCollection")));
    }
    let collection: Collection<'_> = serde_json::from_str(text).map_err(|e| LoadError {
        path: path.to_owned(),
        line: e.line().max(1),
        column: e.column().max(1),
        message: json_message(&e),
    })?;
    if collection.kind.as_deref() != Some("FeatureCollection") {
        return Err(source.at(
            start,
            "expected a GeoJSON FeatureCollection (`\"type\": \"FeatureCollection\"`)",
        ));
    }
    let features = collection
        .features
        .ok_or_else(|| source.at(start, "expected `features`, a list of Feature objects"))?;
    source.feature_at = features.iter().map(|f| offset_in(text, f.get())).collect();
    source.meta_at = collection.boothplan.map_or(start, |m| offset_in(text, m.get()));
    assemble::layout(&source, collection.boothplan, &features)
}

/// `serde_json`'s complaint in the planner's words, one line, without its own position (the
/// error's prefix gives it); a file cut short says so.
pub(super) fn json_message(e: &serde_json::Error) -> String {
    let message = e.to_string();
    // serde_json ends its message with " at line L column C", which the prefix already says.
    let message = message.rfind(" at line ").map_or(message.as_str(), |i| &message[..i]);
    match message.strip_prefix("EOF while parsing ") {
        Some(what) => format!("the file ends too early, in the middle of {what}"),
        None => one_line(message.to_owned()),
    }
}

/// Reads and imports a GeoJSON file through the one bounded reader of
/// [`crate::io::layout_file`] (the RON size limit, invalid UTF-8 located).
pub fn load_geojson(path: &Path) -> Result<Layout, ImportError> {
    import_geojson(&crate::io::layout_file::read_text(path)?, path)
}

#[cfg(test)]
mod tests;
