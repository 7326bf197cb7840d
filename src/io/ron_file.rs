//! The RON layout file (PRODUCT.md §6): versioned, stable, written atomically.

use std::path::{Path, PathBuf};

use crate::model::Layout;

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

/// Parses and validates layout text; `path` is only used in error messages.
pub fn parse_layout(text: &str, path: &Path) -> Result<Layout, LoadError> {
    ron::from_str(text).map_err(|e| LoadError {
        path: path.to_owned(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })
}

/// Reads, parses and validates a layout file.
pub fn load_layout(path: &Path) -> Result<Layout, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|e| LoadError {
        path: path.to_owned(),
        line: 1,
        column: 1,
        message: e.to_string(),
    })?;
    parse_layout(&text, path)
}

/// The file text for a layout: stable order, one object a line.
pub fn layout_to_ron(layout: &Layout) -> Result<String, ron::Error> {
    let pretty = ron::ser::PrettyConfig::new().depth_limit(2);
    ron::ser::to_string_pretty(layout, pretty)
}

/// Writes a layout atomically, keeping the previous version as `FILE.ron.bak`.
pub fn save_layout(path: &Path, layout: &Layout) -> std::io::Result<()> {
    let text = layout_to_ron(layout).map_err(std::io::Error::other)?;
    super::atomic::write_atomic(path, text.as_bytes(), true)
}
