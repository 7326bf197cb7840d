//! Floor plans to share: SVG drawn here, PDF and PNG made from that SVG, CSV booth list.
//!
//! One drawing, many outputs: [`plan_svg`] draws a sheet; [`pdf`] and [`png`] render that same
//! SVG with usvg (resvg, svg2pdf) and the embedded CJK font; [`csv`] lists the booths; [`html`]
//! writes the interactive map to send to exhibitors and visitors.

pub mod csv;
mod fonts;
pub mod html;
mod paper;
pub mod pdf;
pub mod png;
mod progress;
mod svg;

use std::path::{Path, PathBuf};

pub use fonts::{FONT_FAMILY, text_width_em, usvg_options};
pub use paper::{Paper, PaperParseError};
pub use progress::ProgressFn;
pub use svg::{PlanOptions, PlanSheet, SheetBackgrounds, plan_sheet, plan_svg, standard_scale};

use crate::model::Layout;

/// Which drawing a PDF, PNG or SVG export makes of each sheet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SheetKind {
    /// The floor plan: themes, booths and their sale, with area tables.
    #[default]
    Plan,
    /// The fire marshal's sheet: exits with widths, walking distance every 10 m with the
    /// farthest walk, the narrowest aisle, and every rule with its limit, clause and result.
    FireMarshal,
}

impl SheetKind {
    /// Every kind, in the order the export dialog offers them.
    pub const ALL: &'static [Self] = &[Self::Plan, Self::FireMarshal];

    /// The name `export --sheet` takes: `plan`, `fire-marshal`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Plan => "plan",
            Self::FireMarshal => "fire-marshal",
        }
    }

    /// The words a planner reads in the export dialog and on the sheet.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Plan => "Floor plan",
            Self::FireMarshal => "Fire marshal",
        }
    }
}

/// Choices a planner makes when exporting; the defaults suit a wall plan.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent yes/no choices, one per command-line flag"
)]
pub struct ExportOptions {
    /// Only this hall, when set.
    pub hall: Option<String>,
    /// Paper size of PDF pages and PNG images.
    pub paper: Paper,
    /// Portrait instead of the default landscape.
    pub portrait: bool,
    /// Resolution of PNG output, dots per inch.
    pub dpi: f32,
    /// Width of PNG output in pixels, for screens and slides; overrides `dpi` when set.
    pub width_px: Option<u32>,
    /// Date printed in title blocks (`YYYY-MM-DD`); today (UTC) by default.
    pub date: String,
    /// GeoJSON in local metres even when the layout has a site (longitude/latitude otherwise).
    pub local: bool,
    /// The HTML map for visitors: no prices, no exhibitors of booths not sold yet.
    pub public: bool,
    /// Which drawing PDF, PNG and SVG sheets are: the floor plan or the fire marshal's.
    pub sheet: SheetKind,
    /// Draw the shown background plans under the floor of PDF, PNG and SVG sheets (off by
    /// default: a sheet is the plan, the venue's drawing only when the planner asks).
    pub backgrounds: bool,
    /// The layout's file, whose folder background plans' paths are relative to; `None` for a
    /// layout not saved yet (paths are then taken from the current folder).
    pub layout_file: Option<PathBuf>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            hall: None,
            paper: Paper::A1,
            portrait: false,
            dpi: 150.0,
            width_px: None,
            date: today_utc(),
            local: false,
            public: false,
            sheet: SheetKind::Plan,
            backgrounds: false,
            layout_file: None,
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output name does not end in a known format.
    #[error("{0}: unknown export format; use .pdf, .png, .svg, .csv, .geojson or .html")]
    UnknownFormat(String),
    /// `--hall` names no hall of the layout.
    #[error("no hall with id {0:?} in this layout")]
    UnknownHall(String),
    /// The PNG would be too large or the DPI makes no sense.
    #[error("{0}")]
    BadSize(String),
    /// A fire-marshal sheet was asked for in a format that is not a drawing.
    #[error("a fire-marshal sheet is a drawing: write it as .pdf, .png or .svg, not .{0}")]
    NotASheet(Format),
    /// The output file could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The output file.
        path: String,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Rendering failed.
    #[error("{0}")]
    Failed(String),
}

/// The output formats, chosen by file extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Multi-page vector PDF.
    Pdf,
    /// Raster image of one sheet.
    Png,
    /// The sheet's SVG.
    Svg,
    /// Booth list.
    Csv,
    /// GeoJSON interchange (docs/SPEC.md §5).
    GeoJson,
    /// The interactive map: one HTML page that works offline.
    Html,
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Csv => "csv",
            Self::GeoJson => "geojson",
            Self::Html => "html",
        })
    }
}

impl Format {
    /// The format named by a path's extension (any case), if it is one we write.
    #[must_use]
    pub fn of_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Some(Self::Pdf),
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            "csv" => Some(Self::Csv),
            "geojson" => Some(Self::GeoJson),
            "html" | "htm" => Some(Self::Html),
            _ => None,
        }
    }
}

/// A finished export: its bytes, and what the planner should hear about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// The file's contents.
    pub bytes: Vec<u8>,
    /// A sentence for each thing left out that was asked for (a background plan whose image
    /// could not be read), naming it; the export is whole otherwise.
    pub warnings: Vec<String>,
}

/// The bytes of an export in `format`, without writing anything (any warnings dropped: use
/// [`export_with_progress`] to hear them).
pub fn export_bytes(
    layout: &Layout,
    format: Format,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    export_bytes_with_progress(layout, format, options, &|_| {})
}

/// As [`export_bytes`], calling `progress` with the fraction done (0 to 1) as sheets and image
/// bands are finished, from worker threads; for a progress bar in the GUI.
pub fn export_bytes_with_progress(
    layout: &Layout,
    format: Format,
    options: &ExportOptions,
    progress: ProgressFn<'_>,
) -> Result<Vec<u8>, ExportError> {
    export_with_progress(layout, format, options, progress).map(|done| done.bytes)
}

/// The export in `format` with its warnings, reporting progress as
/// [`export_bytes_with_progress`] does: the one function every export goes through.
pub fn export_with_progress(
    layout: &Layout,
    format: Format,
    options: &ExportOptions,
    progress: ProgressFn<'_>,
) -> Result<Exported, ExportError> {
    if let Some(id) = &options.hall
        && layout.hall(id).is_none()
    {
        return Err(ExportError::UnknownHall(id.clone()));
    }
    if options.sheet == SheetKind::FireMarshal
        && !matches!(format, Format::Pdf | Format::Png | Format::Svg)
    {
        return Err(ExportError::NotASheet(format));
    }
    let is_sheet = matches!(format, Format::Pdf | Format::Png | Format::Svg);
    let (backgrounds, warnings) = if options.backgrounds && is_sheet {
        let sheets = match format {
            Format::Pdf => pdf::sheets(layout, options),
            _ => vec![options.hall.clone()],
        };
        // A PNG shows no finer than its own pixels; paper, what a printer shows of a scan.
        let dpi = match format {
            Format::Png => png::pixel_size(options)?.2.min(svg::PRINT_DPI),
            _ => svg::PRINT_DPI,
        };
        SheetBackgrounds::read(layout, options, &sheets, dpi)
    } else if options.backgrounds {
        let note = format!(
            "Background plans are drawn on PDF, PNG and SVG sheets only: the {} file leaves them out",
            format.to_string().to_uppercase()
        );
        (SheetBackgrounds::default(), vec![note])
    } else {
        (SheetBackgrounds::default(), Vec::new())
    };
    let bytes = match format {
        Format::Pdf => pdf::plan_pdf(layout, options, &backgrounds, progress)?,
        Format::Png => png::plan_png(layout, options, &backgrounds, progress)?,
        Format::Svg => {
            let plan = PlanOptions::from_export(options);
            svg::plan_sheet_over(layout, &plan, &backgrounds)?.svg.into_bytes()
        }
        Format::Csv => csv::booth_csv(layout, options.hall.as_deref())?,
        Format::Html => html::map_html(layout, options)?.into_bytes(),
        Format::GeoJson => {
            let only = options.hall.as_deref().map(|id| only_hall(layout, id));
            let layout = only.as_ref().unwrap_or(layout);
            if options.local {
                crate::io::geojson::export_geojson_local(layout).into_bytes()
            } else {
                crate::io::geojson::export_geojson(layout).into_bytes()
            }
        }
    };
    progress(1.0);
    Ok(Exported { bytes, warnings })
}

/// Writes the layout to `out`, in the format its extension names, atomically. Returns the
/// warnings of [`Exported`]: the file is written, but something asked for was left out.
pub fn export_to_path(
    layout: &Layout,
    out: &Path,
    options: &ExportOptions,
) -> Result<Vec<String>, ExportError> {
    export_to_path_with_progress(layout, out, options, &|_| {})
}

/// As [`export_to_path`], reporting progress as [`export_bytes_with_progress`] does.
pub fn export_to_path_with_progress(
    layout: &Layout,
    out: &Path,
    options: &ExportOptions,
    progress: ProgressFn<'_>,
) -> Result<Vec<String>, ExportError> {
    let format = Format::of_path(out)
        .ok_or_else(|| ExportError::UnknownFormat(out.display().to_string()))?;
    let done = export_with_progress(layout, format, options, progress)?;
    crate::io::atomic::write_atomic(out, &done.bytes, false)
        .map_err(|source| ExportError::Write { path: out.display().to_string(), source })?;
    Ok(done.warnings)
}

/// A copy of the layout holding only one hall and what stands in it.
fn only_hall(layout: &Layout, id: &str) -> Layout {
    Layout {
        format: layout.format,
        name: layout.name.clone(),
        grid_step_m: layout.grid_step_m,
        min_aisle_m: layout.min_aisle_m,
        site: layout.site,
        themes: layout.themes.clone(),
        halls: layout.halls.iter().filter(|h| h.id == id).cloned().collect(),
        columns: layout.columns.iter().filter(|c| c.hall.as_deref() == Some(id)).cloned().collect(),
        exits: layout.exits.iter().filter(|e| e.hall.as_deref() == Some(id)).cloned().collect(),
        zones: layout.zones.iter().filter(|z| z.hall.as_deref() == Some(id)).cloned().collect(),
        booths: layout.booths.iter().filter(|b| b.hall.as_deref() == Some(id)).cloned().collect(),
        pricing: layout.pricing.clone(),
        rules: layout.rules.clone(),
        // Sheets draw the venue's drawings through `SheetBackgrounds`, not from this copy.
        backgrounds: Vec::new(),
    }
}

/// Today's date in UTC as `YYYY-MM-DD`, from the system clock (no time-zone database needed).
#[must_use]
pub fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days(i64::try_from(secs / 86_400).unwrap_or(0));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Year, month, day of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
#[must_use]
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_day_counts() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_415), (2025, 11, 23));
        assert_eq!(today_utc().len(), 10);
    }

    #[test]
    fn formats_by_extension_in_any_case() {
        assert_eq!(Format::of_path(Path::new("plan.PDF")), Some(Format::Pdf));
        assert_eq!(Format::of_path(Path::new("a/b.geojson")), Some(Format::GeoJson));
        assert_eq!(Format::of_path(Path::new("map.HTML")), Some(Format::Html));
        assert_eq!(Format::of_path(Path::new("plan.docx")), None);
        assert_eq!(Format::of_path(Path::new("plan")), None);
    }
}
