//! The plan as a PNG image: the same SVG rasterised by resvg at a DPI on the chosen paper.

use rayon::prelude::*;
use resvg::tiny_skia;
use resvg::usvg;

use super::progress::{ProgressFn, Ticker};
use super::svg::{SheetBackgrounds, plan_sheet_over};
use super::{ExportError, ExportOptions, PlanOptions, pdf::parse_svg};
use crate::model::Layout;

/// Largest image made, in pixels (A0 at 300 dpi is about 140 million): beyond it memory runs out.
const MAX_PIXELS: f64 = 200_000_000.0;

/// Pixel size of a sheet and its resolution, at `dpi` (or `width_px`), refused when the resolution makes no sense
/// or the image would be too large.
pub fn pixel_size(options: &ExportOptions) -> Result<(u32, u32, f64), ExportError> {
    let (w_mm, h_mm) = options.paper.size_mm(options.portrait);
    let dpi = match options.width_px {
        Some(0) => {
            return Err(ExportError::BadSize("an image 0 pixels wide cannot be made".into()));
        }
        Some(px) => f64::from(px) / (w_mm / 25.4),
        None => f64::from(options.dpi),
    };
    if !dpi.is_finite() || !(1.0..=2400.0).contains(&dpi) {
        return Err(ExportError::BadSize(format!(
            "{dpi} dpi: use a resolution from 1 to 2400 dpi"
        )));
    }
    let (w, h) = ((w_mm / 25.4 * dpi).round(), (h_mm / 25.4 * dpi).round());
    if w * h > MAX_PIXELS {
        return Err(ExportError::BadSize(format!(
            "{w} × {h} pixels is too large an image; choose a lower DPI or a smaller paper"
        )));
    }
    Ok((w as u32, h as u32, dpi))
}

/// The sheet rendered to pixels (premultiplied RGBA), with `backgrounds` under its floor.
///
/// The image is cut into horizontal bands rendered in parallel straight into the final buffer:
/// an A1 sheet at 150 dpi is 17 million pixels, and drawing is most of an export's time.
pub fn plan_pixmap(
    layout: &Layout,
    options: &ExportOptions,
    backgrounds: &SheetBackgrounds,
    progress: ProgressFn<'_>,
) -> Result<tiny_skia::Pixmap, ExportError> {
    let (w, h, _) = pixel_size(options)?;
    let bands = rayon::current_num_threads().clamp(1, 16) as u32 * 2;
    // Drawing and parsing, each band, and encoding (done by the caller) are the steps.
    let ticker = Ticker::new(progress, bands as usize + 2);
    let plan = PlanOptions::from_export(options);
    let tree = parse_svg(&plan_sheet_over(layout, &plan, backgrounds)?.svg)?;
    ticker.tick();
    let mut pixmap = tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| ExportError::BadSize(format!("cannot make a {w} × {h} image")))?;
    let size: usvg::Size = tree.size();
    let (sx, sy) = (w as f32 / size.width(), h as f32 / size.height());
    let band_h = h.div_ceil(bands).max(1);
    let row_bytes = w as usize * 4;
    pixmap.data_mut().par_chunks_mut(row_bytes * band_h as usize).enumerate().for_each(
        |(i, band)| {
            let rows = (band.len() / row_bytes) as u32;
            if let Some(mut target) = tiny_skia::PixmapMut::from_bytes(band, w, rows) {
                let top = (i as u32 * band_h) as f32;
                let transform = tiny_skia::Transform::from_row(sx, 0.0, 0.0, sy, 0.0, -top);
                resvg::render(&tree, transform, &mut target);
            }
            ticker.tick();
        },
    );
    Ok(pixmap)
}

/// The PNG file, with its resolution recorded so that image
/// programs print it at the paper size.
pub fn plan_png(
    layout: &Layout,
    options: &ExportOptions,
    backgrounds: &SheetBackgrounds,
    progress: ProgressFn<'_>,
) -> Result<Vec<u8>, ExportError> {
    let (_, _, dpi) = pixel_size(options)?;
    let pixmap = plan_pixmap(layout, options, backgrounds, progress)?;
    let px_per_m = (dpi / 0.0254).round() as u32;
    encode_png(&pixmap, px_per_m)
        .map_err(|e| ExportError::Failed(format!("PNG encoding failed: {e}")))
}

/// Encodes a pixmap as RGBA; an opaque one (the usual sheet on white paper) straight from its
/// buffer, since premultiplied and straight alpha agree where alpha is full.
fn encode_png(pixmap: &tiny_skia::Pixmap, px_per_m: u32) -> Result<Vec<u8>, png::EncodingError> {
    let opaque = pixmap.data().chunks_exact(4).all(|p| p[3] == 255);
    let demultiplied: Vec<u8>;
    let data: &[u8] = if opaque {
        pixmap.data()
    } else {
        demultiplied = pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect();
        &demultiplied
    };
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: px_per_m,
        yppu: px_per_m,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    writer.write_image_data(data)?;
    writer.finish()?;
    Ok(bytes)
}
