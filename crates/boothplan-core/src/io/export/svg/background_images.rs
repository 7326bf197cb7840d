//! Background plans on exported sheets, when the planner asks for them (`export --backgrounds`,
//! the Export dialog's "Include background plans"): each shown drawing is read once for all the
//! sheets of an export, and each sheet gets only the part of it under its plan area, at no more
//! than it can print (see [`background_crop`](super::background_crop)), as an `<image>` holding
//! its bytes (a data URI), placed by its calibration through the sheet's projection and clipped
//! to the plan area.
//!
//! A PNG or JPEG a sheet shows whole, at its own size and of at most [`AS_IS_MAX_BYTES`],
//! travels as its own bytes. A drawing that cannot be read is left out, with a sentence naming
//! it.

use std::path::{Path, PathBuf};

use base64::Engine as _;

use super::background_crop::{PixelBox, encode_part, pixels_under, shown_size};
use super::floor::open_layer;
use super::scene::Scene;
use super::sheet::{PaperBox, Projection};
use super::writer::{Fine, Num, put};
use super::{PlanOptions, sheet_frame};
use crate::io::background_image::{background_file, read_background_page};
use crate::io::export::ExportOptions;
use crate::model::{Background, Layout, Placement, Rect};

/// Largest PNG or JPEG file embedded as it is, bytes; a larger one is encoded again.
pub const AS_IS_MAX_BYTES: u64 = 16 << 20;

/// One drawing's part on one sheet.
struct Embedded {
    /// Its place in the layout's list (the first lowest).
    entry: usize,
    /// The box around the whole drawing on the venue: floors over it are see-through.
    bounds: Rect,
    /// Where the drawing lies, in the image's own pixels.
    placement: Placement,
    /// 0 (invisible) to 1 (opaque).
    opacity: f64,
    /// The part embedded, in the image's own pixels (what the placement counts in).
    part: PixelBox,
    /// `data:image/…;base64,…`.
    href: String,
}

/// Where one sheet of the export draws its plan.
struct Frame {
    /// The sheet's hall; `None` for the overview.
    hall: Option<String>,
    /// Venue to paper.
    proj: Projection,
    /// The plan area the drawings are clipped to.
    area: PaperBox,
}

/// The shown background plans of one export, each sheet's part of them read once.
#[derive(Default)]
pub struct SheetBackgrounds {
    /// Per sheet of the export, its hall and the drawings on it in layout order.
    sheets: Vec<(Option<String>, Vec<Embedded>)>,
}

impl SheetBackgrounds {
    /// Reads the shown background plans that appear on the export's `sheets` (each a hall, or
    /// `None` for the overview; a sheet shows its hall's drawings and the venue's), finding their
    /// files from the layout file's folder, and cuts each sheet's part at no more than `max_dpi`
    /// on its paper. Also returns a sentence naming each one left out because its image could
    /// not be read.
    #[must_use]
    pub fn read(
        layout: &Layout,
        options: &ExportOptions,
        sheets: &[Option<String>],
        max_dpi: f64,
    ) -> (Self, Vec<String>) {
        let frames: Vec<Frame> =
            sheets.iter().filter_map(|hall| Frame::of(layout, options, hall.clone())).collect();
        let mut per_sheet: Vec<Vec<Embedded>> = frames.iter().map(|_| Vec::new()).collect();
        let mut left_out = Vec::new();
        // One file at a time, each read once however many entries name it: a large scan
        // decodes to hundreds of megabytes.
        for ((file, page), entries) in files_shown(layout, options.layout_file.as_deref(), &frames)
        {
            let image = match read_background_page(&file, page) {
                Ok(image) => image,
                Err(why) => {
                    left_out.push(format!("Background plan left out: {why}"));
                    continue;
                }
            };
            let Some(pixels) = image::RgbaImage::from_raw(image.width, image.height, image.rgba)
            else {
                continue;
            };
            let whole = PixelBox { x: 0, y: 0, w: pixels.width(), h: pixels.height() };
            let jpeg = is_jpeg(&file);
            for (entry, b) in entries {
                for (frame, drawings) in frames.iter().zip(&mut per_sheet) {
                    if !sheet_shows(b.hall.as_deref(), frame.hall.as_deref()) {
                        continue;
                    }
                    let Some(part) =
                        pixels_under(&b.placement, (whole.w, whole.h), &frame.proj, frame.area)
                    else {
                        continue;
                    };
                    let mm_per_px = b.placement.m_per_px * frame.proj.mm_per_m;
                    let size = shown_size(part, mm_per_px, max_dpi);
                    let as_is = (part == whole && size == (whole.w, whole.h))
                        .then(|| as_is(&file))
                        .flatten();
                    let encoded = match as_is {
                        Some(found) => Ok(found),
                        None => encode_part(&pixels, part, size, jpeg, &file),
                    };
                    match encoded {
                        Ok((mime, bytes)) => drawings.push(Embedded {
                            entry,
                            bounds: Background { size_px: (whole.w, whole.h), ..b.clone() }
                                .bounds(),
                            placement: b.placement,
                            opacity: b.opacity,
                            part,
                            href: data_uri(mime, &bytes),
                        }),
                        Err(why) => left_out.push(format!("Background plan left out: {why}")),
                    }
                }
            }
        }
        left_out.dedup();
        let sheets = frames
            .into_iter()
            .zip(per_sheet)
            .map(|(frame, mut drawings)| {
                drawings.sort_by_key(|d| d.entry);
                (frame.hall, drawings)
            })
            .collect();
        (Self { sheets }, left_out)
    }

    /// The drawings on the sheet of `hall` (`None`: the overview), in layout order.
    fn on_sheet(&self, hall: Option<&str>) -> &[Embedded] {
        self.sheets.iter().find(|(h, _)| h.as_deref() == hall).map_or(&[], |(_, d)| d)
    }

    /// Whether a drawing on the sheet of `hall` (`None`: the overview) lies under some of
    /// venue box `r`: a floor there is see-through, elsewhere it keeps its colour.
    #[must_use]
    pub fn under(&self, hall: Option<&str>, r: Rect) -> bool {
        self.on_sheet(hall).iter().any(|d| overlaps(d.bounds, r))
    }

    /// Writes the layer of the drawings on the sheet of `hall`, in layout order (the first
    /// lowest), clipped to `plan_area`; nothing when the sheet shows none.
    pub(super) fn layer(
        &self,
        out: &mut String,
        hall: Option<&str>,
        proj: &Projection,
        plan_area: PaperBox,
    ) {
        let drawings = self.on_sheet(hall);
        if drawings.is_empty() {
            return;
        }
        put!(
            out,
            "<defs><clipPath id=\"backgrounds-clip\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath></defs>\n",
            Num(plan_area.x),
            Num(plan_area.y),
            Num(plan_area.w),
            Num(plan_area.h)
        );
        open_layer(out, "backgrounds", "Background plans");
        // `xlink:href`, which SVG 1.1 tools need and SVG 2 tools still read; declared here so
        // that sheets without drawings stay as they were.
        out.push_str(
            "<g xmlns:xlink=\"http://www.w3.org/1999/xlink\" clip-path=\"url(#backgrounds-clip)\">\n",
        );
        for d in drawings {
            let Some(m) = sheet_from_image(&d.placement, proj) else { continue };
            put!(
                out,
                "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" \
                 opacity=\"{}\" transform=\"matrix({} {} {} {} {} {})\" xlink:href=\"{}\"/>\n",
                d.part.x,
                d.part.y,
                d.part.w,
                d.part.h,
                Num(d.opacity.clamp(0.0, 1.0)),
                Fine(m[0]),
                Fine(m[1]),
                Fine(m[2]),
                Fine(m[3]),
                Fine(m[4]),
                Fine(m[5]),
                d.href
            );
        }
        out.push_str("</g>\n</g>\n");
    }
}

impl Frame {
    /// The frame of the sheet of `hall` in an export with `options`; `None` for a hall the
    /// layout does not have.
    fn of(layout: &Layout, options: &ExportOptions, hall: Option<String>) -> Option<Self> {
        let plan = PlanOptions { hall, ..PlanOptions::from_export(options) };
        let scene = Scene::new(layout, plan.hall.as_deref()).ok()?;
        let (sheet, proj) = sheet_frame(&scene, &plan);
        Some(Self { hall: plan.hall, proj, area: sheet.drawing })
    }
}

/// A drawing's file and PDF page, with the entries (place in the layout's list, drawing) that
/// show it.
type Shown<'a> = ((PathBuf, Option<u32>), Vec<(usize, &'a Background)>);

/// The files (and PDF pages) of the shown drawings on some sheet of `frames`, each once, with
/// the entries (place in the layout's list, drawing) that name it.
fn files_shown<'a>(
    layout: &'a Layout,
    layout_file: Option<&Path>,
    frames: &[Frame],
) -> Vec<Shown<'a>> {
    let mut files: Vec<Shown<'a>> = Vec::new();
    for (entry, b) in layout.backgrounds.iter().enumerate() {
        let shown = frames.iter().any(|f| sheet_shows(b.hall.as_deref(), f.hall.as_deref()));
        // A drawing at opacity 0 shows nothing: it is not read, and no floor fades for it.
        if !b.visible || !shown || b.opacity.is_nan() || b.opacity <= 0.0 {
            continue;
        }
        let drawing = (background_file(layout_file, &b.path), b.page);
        match files.iter_mut().find(|(d, _)| *d == drawing) {
            Some((_, entries)) => entries.push((entry, b)),
            None => files.push((drawing, vec![(entry, b)])),
        }
    }
    files
}

/// Whether boxes `a` and `b` share some area.
fn overlaps(a: Rect, b: Rect) -> bool {
    a.x_m < b.max_x_m() && b.x_m < a.max_x_m() && a.y_m < b.max_y_m() && b.y_m < a.max_y_m()
}

/// A hall's sheet shows its own drawings and the venue's; the overview shows them all.
fn sheet_shows(drawing_hall: Option<&str>, sheet_hall: Option<&str>) -> bool {
    match (sheet_hall, drawing_hall) {
        (None, _) | (Some(_), None) => true,
        (Some(sheet), Some(drawing)) => sheet == drawing,
    }
}

/// The SVG matrix `(a b c d e f)` taking image pixel `(u, v)` to sheet millimetres: the
/// placement (scale, turn, origin in metres) followed by the sheet's projection. Written to
/// nine decimals ([`Fine`]), as three would shift the far side of a large image. `None` when
/// a number is not finite.
fn sheet_from_image(placement: &Placement, proj: &Projection) -> Option<[f64; 6]> {
    let (sin, cos) = placement.rotation_deg.to_radians().sin_cos();
    let k = placement.m_per_px * proj.mm_per_m;
    let (e, f) = proj.point(placement.origin);
    let m = [k * cos, k * sin, -k * sin, k * cos, e, f];
    m.iter().all(|v| v.is_finite()).then_some(m)
}

/// Whether `file` holds a JPEG (its part is then encoded as a JPEG again).
fn is_jpeg(file: &Path) -> bool {
    use std::io::Read as _;
    let mut head = [0u8; 3];
    std::fs::File::open(file).and_then(|mut f| f.read_exact(&mut head)).is_ok()
        && head == [0xFF, 0xD8, 0xFF]
}

/// The file's own bytes and their kind, when it is a PNG or JPEG small enough to embed as it is.
fn as_is(file: &Path) -> Option<(&'static str, Vec<u8>)> {
    if std::fs::metadata(file).ok()?.len() > AS_IS_MAX_BYTES {
        return None;
    }
    let bytes = std::fs::read(file).ok()?;
    if u64::try_from(bytes.len()).ok()? > AS_IS_MAX_BYTES {
        return None;
    }
    let mime = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else {
        return None;
    };
    Some((mime, bytes))
}

/// `data:MIME;base64,…` for `bytes`.
fn data_uri(mime: &str, bytes: &[u8]) -> String {
    let mut uri = format!("data:{mime};base64,");
    base64::engine::general_purpose::STANDARD.encode_string(bytes, &mut uri);
    uri
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Point;

    #[test]
    fn a_hall_sheet_shows_its_own_drawings_and_the_venues() {
        assert!(sheet_shows(None, None));
        assert!(sheet_shows(Some("1A"), None));
        assert!(sheet_shows(None, Some("1A")));
        assert!(sheet_shows(Some("1A"), Some("1A")));
        assert!(!sheet_shows(Some("1B"), Some("1A")));
    }

    #[test]
    fn the_matrix_puts_each_pixel_where_the_placement_and_projection_do() {
        let area = PaperBox { x: 10.0, y: 20.0, w: 300.0, h: 200.0 };
        let proj = Projection::fit(crate::model::Rect::new(0.0, 0.0, 80.0, 50.0), area);
        let placement =
            Placement { origin: Point::new(3.5, -2.0), m_per_px: 0.012_345_6, rotation_deg: 17.0 };
        let m = sheet_from_image(&placement, &proj).unwrap();
        for (u, v) in [(0.0, 0.0), (4000.0, 0.0), (123.0, 2500.0)] {
            let want = proj.point(placement.venue_point(u, v));
            let got = (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]);
            assert!((got.0 - want.0).abs() < 1e-9 && (got.1 - want.1).abs() < 1e-9, "{u},{v}");
        }
    }
}
