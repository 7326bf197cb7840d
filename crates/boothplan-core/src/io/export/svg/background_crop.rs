//! The part of a background plan one sheet shows: the pixels under its plan area, at no more
//! than the sheet can print, encoded again in the drawing's own kind (JPEG stays JPEG, anything
//! else becomes PNG). A venue-wide scan on a twelve-hall PDF thus costs each page only its hall.

use std::path::Path;

use super::sheet::{PaperBox, Projection};
use crate::io::background_image::ImageError;
use crate::model::Placement;

/// Finest resolution a drawing is embedded at, dots per inch of the printed sheet: what a
/// printer shows of a scan. A PNG export embeds at no more than its own resolution.
pub const PRINT_DPI: f64 = 300.0;

/// Longest side of an embedded part, pixels (an A3 scan at 400 dpi): an A1 plan area at
/// 300 dpi would be 8,000, and a renderer holds the decoded part in memory while drawing.
pub const MAX_SIDE_PX: u32 = 6000;

/// JPEG quality of a JPEG drawing encoded again: fixed, so the same input gives the same file.
const JPEG_QUALITY: u8 = 88;

/// A box of whole pixels in a drawing's own image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelBox {
    /// Left column.
    pub x: u32,
    /// Top row.
    pub y: u32,
    /// Width, pixels.
    pub w: u32,
    /// Height, pixels.
    pub h: u32,
}

/// The pixels of an image of `size_px` placed by `placement` that fall in `area` of a sheet
/// projected by `proj`, with one pixel more around for the resampling at the edge; `None` when
/// none do (or the placement is degenerate).
pub fn pixels_under(
    placement: &Placement,
    size_px: (u32, u32),
    proj: &Projection,
    area: PaperBox,
) -> Option<PixelBox> {
    let corners = [
        (area.x, area.y),
        (area.right(), area.y),
        (area.right(), area.bottom()),
        (area.x, area.bottom()),
    ];
    let (mut lo, mut hi) = ((f64::INFINITY, f64::INFINITY), (f64::NEG_INFINITY, f64::NEG_INFINITY));
    for corner in corners {
        let (u, v) = placement.image_point(proj.venue_point(corner))?;
        lo = (lo.0.min(u), lo.1.min(v));
        hi = (hi.0.max(u), hi.1.max(v));
    }
    let (w, h) = (f64::from(size_px.0), f64::from(size_px.1));
    let (x0, y0) = ((lo.0.floor() - 1.0).max(0.0), (lo.1.floor() - 1.0).max(0.0));
    let (x1, y1) = ((hi.0.ceil() + 1.0).min(w), (hi.1.ceil() + 1.0).min(h));
    if !(x1 > x0 && y1 > y0) {
        return None;
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "whole numbers between 0 and the image's size"
    )]
    let [x, y, right, bottom] = [x0, y0, x1, y1].map(|v| v as u32);
    Some(PixelBox { x, y, w: right - x, h: bottom - y })
}

/// The pixel size `part` is embedded at on a sheet where one of the drawing's pixels is
/// `mm_per_px` millimetres: at most `max_dpi` and [`MAX_SIDE_PX`] a side, never above its own.
#[must_use]
pub fn shown_size(part: PixelBox, mm_per_px: f64, max_dpi: f64) -> (u32, u32) {
    let by_dpi = max_dpi / 25.4 * mm_per_px;
    let by_side = f64::from(MAX_SIDE_PX) / f64::from(part.w.max(part.h).max(1));
    let f = by_dpi.min(by_side);
    let f = if f.is_finite() && f > 0.0 { f.min(1.0) } else { 1.0 };
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "between 1 and the part's own size"
    )]
    let scaled = |n: u32| ((f64::from(n) * f).ceil() as u32).clamp(1, n.max(1));
    (scaled(part.w), scaled(part.h))
}

/// `part` of `pixels`, scaled to `size`, encoded as a JPEG when `jpeg` (the drawing was one)
/// and as a PNG otherwise: the MIME type and the bytes.
pub fn encode_part(
    pixels: &image::RgbaImage,
    part: PixelBox,
    size: (u32, u32),
    jpeg: bool,
    file: &Path,
) -> Result<(&'static str, Vec<u8>), ImageError> {
    let view = image::imageops::crop_imm(pixels, part.x, part.y, part.w, part.h);
    let cut = if size == (part.w, part.h) {
        view.to_image()
    } else {
        image::imageops::thumbnail(&*view, size.0, size.1)
    };
    let failed = |e: &dyn std::fmt::Display| ImageError::Unreadable {
        path: file.display().to_string(),
        detail: format!("its part for a sheet could not be written: {e}"),
    };
    let opaque = cut.pixels().all(|p| p.0[3] == u8::MAX);
    let mut bytes = Vec::new();
    if jpeg || opaque {
        let rgb = image::DynamicImage::ImageRgba8(cut).into_rgb8();
        if jpeg {
            let encoder =
                image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
            rgb.write_with_encoder(encoder).map_err(|e| failed(&e))?;
            return Ok(("image/jpeg", bytes));
        }
        png_bytes(&mut bytes, rgb.width(), rgb.height(), png::ColorType::Rgb, rgb.as_raw())
    } else {
        png_bytes(&mut bytes, cut.width(), cut.height(), png::ColorType::Rgba, cut.as_raw())
    }
    .map_err(|e| failed(&e))?;
    Ok(("image/png", bytes))
}

/// Writes a PNG of eight-bit `colour` pixels `data` into `bytes`.
fn png_bytes(
    bytes: &mut Vec<u8>,
    width: u32,
    height: u32,
    colour: png::ColorType,
    data: &[u8],
) -> Result<(), png::EncodingError> {
    let mut encoder = png::Encoder::new(bytes, width, height);
    encoder.set_color(colour);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.write_header()?.write_image_data(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Point, Rect};

    #[test]
    fn a_part_keeps_to_what_the_paper_prints() {
        let part = PixelBox { x: 0, y: 0, w: 3000, h: 1000 };
        // A pixel of 0.05 mm is 508 dpi: scaled to 300.
        assert_eq!(shown_size(part, 0.05, 300.0), (1772, 591));
        // A pixel of 0.2 mm is 127 dpi: kept.
        assert_eq!(shown_size(part, 0.2, 300.0), (3000, 1000));
        // Very fine pixels on a large part: no side over the cap.
        let wide = PixelBox { w: 20_000, ..part };
        assert_eq!(shown_size(wide, 1.0, 300.0).0, MAX_SIDE_PX);
        assert_eq!(shown_size(part, f64::NAN, 300.0), (3000, 1000));
    }

    #[test]
    fn the_part_under_a_sheet_is_the_plan_area_in_pixels() {
        let area = PaperBox { x: 10.0, y: 20.0, w: 200.0, h: 100.0 };
        // 1:1000, a venue of 200 × 100 m filling the area: 1 mm a metre.
        let proj = Projection::fit(Rect::new(0.0, 0.0, 200.0, 100.0), area);
        // Half a metre a pixel, corner at (-50, 20) m, in a 1000 × 1000 pixel image.
        let placement =
            Placement { origin: Point::new(-50.0, 20.0), m_per_px: 0.5, rotation_deg: 0.0 };
        let part = pixels_under(&placement, (1000, 1000), &proj, area).unwrap();
        // Venue x 0..200 is pixels 100..500; y 0..100 is -40..160, cut at the top.
        assert_eq!(part, PixelBox { x: 99, y: 0, w: 402, h: 161 });
        // A drawing beside the sheet has nothing on it.
        let away = Placement { origin: Point::new(500.0, 0.0), ..placement };
        assert_eq!(pixels_under(&away, (1000, 1000), &proj, area), None);
    }
}
