//! Background plans on exported sheets, when the planner asks for them (`export --backgrounds`,
//! the Export dialog's "Include background plans"): each shown drawing is read once for all the
//! sheets of an export and drawn under the halls as an `<image>` holding its bytes (a data URI),
//! placed by its calibration through the sheet's projection and clipped to the plan area.
//!
//! A PNG or JPEG of at most [`AS_IS_MAX_BYTES`] and [`MAX_SIDE_PX`] a side travels as its own
//! bytes; anything else (larger, or another kind of file, such as a PDF's page) is decoded by
//! [`read_background_page`] and written again as a PNG of at most [`MAX_SIDE_PX`] a side, so an
//! export stays bounded. A drawing that cannot be read is left out, with a sentence naming it.

use std::path::Path;

use base64::Engine as _;

use super::floor::open_layer;
use super::sheet::{PaperBox, Projection};
use super::writer::{Num, put};
use crate::io::background_image::{
    BackgroundImage, ImageError, background_file, read_background_page,
};
use crate::model::{Background, Layout, Placement};

/// Largest PNG or JPEG file embedded as it is, bytes; a larger one is scaled down first.
pub const AS_IS_MAX_BYTES: u64 = 16 << 20;

/// Longest side of an embedded image, pixels (an A3 scan at 400 dpi): a larger one is scaled
/// down, which keeps a drawing sharp on an A1 sheet at 150 dpi.
pub const MAX_SIDE_PX: u32 = 6000;

/// One drawing ready for the sheets.
struct Embedded {
    /// The hall it is of; `None` for the whole venue.
    hall: Option<String>,
    /// Where it lies, in the image's own pixels.
    placement: Placement,
    /// 0 (invisible) to 1 (opaque).
    opacity: f64,
    /// The image's own size in pixels (what the placement counts in), whatever was embedded.
    size_px: (u32, u32),
    /// `data:image/…;base64,…`.
    href: String,
}

/// The shown background plans of one export, read once for all its sheets.
#[derive(Default)]
pub struct SheetBackgrounds {
    drawings: Vec<Embedded>,
}

impl SheetBackgrounds {
    /// Reads the shown background plans that appear on a sheet of an export of `hall` (its own
    /// and the venue's; all of them for a whole-venue export), finding their files from
    /// `layout_file`'s folder. Also returns a sentence naming each one left out because its
    /// image could not be read.
    #[must_use]
    pub fn read(
        layout: &Layout,
        layout_file: Option<&Path>,
        hall: Option<&str>,
    ) -> (Self, Vec<String>) {
        let wanted: Vec<&Background> =
            layout.backgrounds.iter().filter(|b| b.visible && on_sheet(b, hall)).collect();
        let mut drawings = Vec::new();
        let mut left_out = Vec::new();
        // One at a time: a large scan decodes to hundreds of megabytes.
        for b in wanted {
            match embed(b, &background_file(layout_file, &b.path)) {
                Ok(drawing) => drawings.push(drawing),
                Err(why) => left_out.push(format!("Background plan left out: {why}")),
            }
        }
        left_out.dedup();
        (Self { drawings }, left_out)
    }

    /// Whether the sheet of `hall` (`None`: the overview) shows a drawing.
    #[must_use]
    pub fn any_on_sheet(&self, hall: Option<&str>) -> bool {
        self.drawings.iter().any(|d| sheet_shows(d.hall.as_deref(), hall))
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
        if !self.any_on_sheet(hall) {
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
        out.push_str("<g clip-path=\"url(#backgrounds-clip)\">\n");
        for d in self.drawings.iter().filter(|d| sheet_shows(d.hall.as_deref(), hall)) {
            let Some(m) = sheet_from_image(&d.placement, proj) else { continue };
            put!(
                out,
                "<image width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" opacity=\"{}\" \
                 transform=\"matrix({} {} {} {} {} {})\" href=\"{}\"/>\n",
                d.size_px.0,
                d.size_px.1,
                Num(d.opacity.clamp(0.0, 1.0)),
                m[0],
                m[1],
                m[2],
                m[3],
                m[4],
                m[5],
                d.href
            );
        }
        out.push_str("</g>\n</g>\n");
    }
}

/// Whether drawing `b` is on some sheet of an export of `hall` (`None`: every sheet).
fn on_sheet(b: &Background, hall: Option<&str>) -> bool {
    sheet_shows(b.hall.as_deref(), hall)
}

/// A hall's sheet shows its own drawings and the venue's; the overview shows them all.
fn sheet_shows(drawing_hall: Option<&str>, sheet_hall: Option<&str>) -> bool {
    match (sheet_hall, drawing_hall) {
        (None, _) | (Some(_), None) => true,
        (Some(sheet), Some(drawing)) => sheet == drawing,
    }
}

/// The SVG matrix `(a b c d e f)` taking image pixel `(u, v)` to sheet millimetres: the
/// placement (scale, turn, origin in metres) followed by the sheet's projection. Written at
/// full precision, as one rounded entry would shift the far side of a large image. `None` when
/// a number is not finite.
fn sheet_from_image(placement: &Placement, proj: &Projection) -> Option<[f64; 6]> {
    let (sin, cos) = placement.rotation_deg.to_radians().sin_cos();
    let k = placement.m_per_px * proj.mm_per_m;
    let (e, f) = proj.point(placement.origin);
    let m = [k * cos, k * sin, -k * sin, k * cos, e, f];
    m.iter().all(|v| v.is_finite()).then_some(m)
}

/// The drawing of `b`, its image in `file` made ready to embed.
fn embed(b: &Background, file: &Path) -> Result<Embedded, ImageError> {
    // Decoding checks the file is a whole image (a sheet with a broken one would fail to
    // render) and gives its size.
    let image = read_background_page(file, b.page)?;
    let size_px = (image.width, image.height);
    let href = match as_is(file, size_px) {
        Some((mime, bytes)) => data_uri(mime, &bytes),
        None => data_uri("image/png", &png_of(image.fitted(MAX_SIDE_PX), file)?),
    };
    Ok(Embedded { hall: b.hall.clone(), placement: b.placement, opacity: b.opacity, size_px, href })
}

/// The file's own bytes and their kind, when it is a PNG or JPEG small enough to embed as it is.
fn as_is(file: &Path, (w, h): (u32, u32)) -> Option<(&'static str, Vec<u8>)> {
    if w.max(h) > MAX_SIDE_PX || std::fs::metadata(file).ok()?.len() > AS_IS_MAX_BYTES {
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

/// `image` as a PNG file (RGB when it is opaque throughout, so it is smaller).
fn png_of(image: BackgroundImage, file: &Path) -> Result<Vec<u8>, ImageError> {
    let opaque = image.rgba.chunks_exact(4).all(|p| p[3] == u8::MAX);
    let (colour, data) = if opaque {
        let rgb: Vec<u8> = image.rgba.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
        (png::ColorType::Rgb, rgb)
    } else {
        (png::ColorType::Rgba, image.rgba)
    };
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, image.width, image.height);
    encoder.set_color(colour);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.write_header().and_then(|mut writer| writer.write_image_data(&data)).map_err(|e| {
        ImageError::Unreadable {
            path: file.display().to_string(),
            detail: format!("it could not be written again smaller: {e}"),
        }
    })?;
    Ok(bytes)
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
