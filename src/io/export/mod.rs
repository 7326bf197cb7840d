//! Floor plans to share (issue 4): SVG drawn here, PDF and PNG made from that SVG, CSV booth list.

use std::path::Path;

use crate::model::Layout;

/// Paper sizes for PDF and PNG plans (ISO 216), landscape unless said otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// 1189 × 841 mm.
    A0,
    /// 841 × 594 mm.
    #[default]
    A1,
    /// 594 × 420 mm.
    A2,
    /// 420 × 297 mm.
    A3,
    /// 297 × 210 mm.
    A4,
}

/// Choices a planner makes when exporting; the defaults suit a wall plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// Only this hall, when set.
    pub hall: Option<String>,
    /// Paper size of PDF pages and PNG images.
    pub paper: Paper,
    /// Portrait instead of the default landscape.
    pub portrait: bool,
    /// Resolution of PNG output, dots per inch.
    pub dpi: f32,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self { hall: None, paper: Paper::A1, portrait: false, dpi: 150.0 }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output name does not end in a known format.
    #[error("{0}: unknown export format; use .pdf, .png, .svg, .csv or .geojson")]
    UnknownFormat(String),
    /// `--hall` names no hall of the layout.
    #[error("no hall with id {0:?} in this layout")]
    UnknownHall(String),
    /// Rendering or writing failed.
    #[error("{0}")]
    Failed(String),
}

/// Writes the layout to `out`, in the format its extension names, atomically.
pub fn export_to_path(
    layout: &Layout,
    out: &Path,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    // Skeleton: filled by the export work.
    let _ = (layout, options);
    Err(ExportError::UnknownFormat(out.display().to_string()))
}
