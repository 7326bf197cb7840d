//! A page of a venue's PDF as a background plan: the page rendered to pixels (pure Rust,
//! `hayro`) at a fixed resolution, [`PDF_PIXELS_PER_INCH`], so that a pixel of a PDF page is
//! always the same length on paper and a stored calibration (metres per pixel) stays valid
//! whenever the page is rendered again.
//!
//! A damaged or password-protected file, a PDF without pages, a page number out of range and
//! a page too large for the image limits are refused in a sentence naming the file, never with
//! a panic. The file goes through the same size limit as an image, and the rendered page
//! through the same pixel limits; what `hayro` allocates while interpreting a page (an embedded
//! image declaring a huge size, say) is not bounded by them.

use std::panic::AssertUnwindSafe;
use std::path::Path;

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_interpret::util::TransformExt as _;
use hayro::hayro_syntax::page::Page;
use hayro::hayro_syntax::{DecryptionError, LoadPdfError, Pdf};
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::vello_cpu::{Pixmap, RasterizerSettings, RenderContext, Resources, TargetInit};
use hayro::{RenderCache, RenderSettings, kurbo::Affine};

use super::background_image::{
    BackgroundImage, ImageError, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE_PX, read_bounded,
};
use super::caught_panic::quietly;

/// How finely a PDF page is rendered: pixels an inch of paper (a PDF point is 1/72 inch).
/// A1 (841 × 594 mm) becomes 4,967 × 3,508 pixels, sharp on screen at any useful zoom.
pub const PDF_PIXELS_PER_INCH: f64 = 150.0;

/// PDF points (1/72 inch) per rendered pixel's worth: pixels = points × this.
const PX_PER_POINT: f64 = PDF_PIXELS_PER_INCH / 72.0;

/// How a PDF file starts.
pub const PDF_MAGIC: &[u8] = b"%PDF-";

/// True when the file at `path` starts as a PDF does (`%PDF-`), whatever its name ends in.
#[must_use]
pub fn is_pdf(path: &Path) -> bool {
    use std::io::Read as _;
    let mut head = [0u8; PDF_MAGIC.len()];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok() && head == PDF_MAGIC
}

/// An opened PDF of a venue: how many pages it has, each page's size in pixels, and a page
/// rendered.
pub struct PdfDrawing {
    /// The file, as messages name it.
    shown: String,
    pdf: Pdf,
}

impl std::fmt::Debug for PdfDrawing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfDrawing").field("file", &self.shown).finish_non_exhaustive()
    }
}

/// Why a PDF on which the renderer itself failed (it panicked) is not shown.
const FAILED: &str = "the PDF renderer failed on it; export the page as PNG and place that";

/// `page` drawn on white paper into `width × height` pixels, the page's box filling them:
/// straight RGBA, four bytes a pixel, rows top to bottom.
fn render_page(page: &Page<'_>, width: u16, height: u16) -> Vec<u8> {
    let (w_pt, h_pt) = page.render_dimensions();
    let transform = Affine::scale_non_uniform(
        f64::from(width) / f64::from(w_pt),
        f64::from(height) / f64::from(h_pt),
    ) * page.initial_transform(true).to_kurbo();
    let mut ctx = RenderContext::new(width, height);
    let cache = RenderCache::new();
    hayro::render_into(
        page,
        &cache,
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &mut ctx,
        transform,
    );
    ctx.flush();
    let mut pixmap = Pixmap::new(width, height);
    let settings =
        RasterizerSettings { target_init: TargetInit::Clear(WHITE), ..Default::default() };
    ctx.render_with(&mut pixmap, &mut Resources::default(), settings);
    // On opaque white paper every pixel is opaque: premultiplied equals straight RGBA.
    pixmap.data_as_u8_slice().to_vec()
}

impl PdfDrawing {
    /// Reads and parses the PDF at `path` (through the image file size limit); refuses a
    /// damaged or encrypted file and one without pages.
    pub fn open(path: &Path) -> Result<Self, ImageError> {
        Self::from_bytes(path.display().to_string(), read_bounded(path)?)
    }

    /// Parses the PDF in `bytes`, read from the file `shown`; refuses as [`Self::open`] does.
    pub fn from_bytes(shown: String, bytes: Vec<u8>) -> Result<Self, ImageError> {
        let refuse =
            |detail: &str| ImageError::Pdf { path: shown.clone(), detail: detail.to_owned() };
        let Some(parsed) = quietly(|| Pdf::new(bytes)) else {
            return Err(refuse(FAILED));
        };
        let pdf = match parsed {
            Ok(pdf) => pdf,
            Err(LoadPdfError::Decryption(DecryptionError::PasswordProtected)) => {
                return Err(refuse(
                    "it is protected by a password; save it without one (or export the page \
                     as PNG) and place that",
                ));
            }
            Err(LoadPdfError::Decryption(_)) => {
                return Err(refuse(
                    "it is encrypted in a way this program cannot read; save it without \
                     encryption (or export the page as PNG) and place that",
                ));
            }
            Err(LoadPdfError::Invalid) => {
                return Err(refuse("it is damaged or not a PDF that can be read"));
            }
        };
        if pdf.pages().is_empty() {
            return Err(refuse("it has no pages"));
        }
        Ok(Self { shown, pdf })
    }

    /// How many pages the PDF has (at least 1).
    #[must_use]
    pub fn page_count(&self) -> u32 {
        u32::try_from(self.pdf.pages().len()).unwrap_or(u32::MAX)
    }

    /// The size page `page` (from 1) renders to, pixels; refuses a page out of range and one
    /// over the image limits at [`PDF_PIXELS_PER_INCH`].
    pub fn page_size_px(&self, page: u32) -> Result<(u32, u32), ImageError> {
        let pdf_page = self.page(page)?;
        let measured = quietly(AssertUnwindSafe(|| pdf_page.render_dimensions()));
        let (w_pt, h_pt) = measured.ok_or_else(|| self.failed())?;
        let (w, h) = (f64::from(w_pt) * PX_PER_POINT, f64::from(h_pt) * PX_PER_POINT);
        let side = f64::from(MAX_IMAGE_SIDE_PX);
        #[expect(clippy::cast_precision_loss, reason = "200 million is exact in f64")]
        let too_many = w.round() * h.round() > MAX_IMAGE_PIXELS as f64;
        if !(w.is_finite() && h.is_finite()) || w.round() > side || h.round() > side || too_many {
            return Err(ImageError::TooLarge {
                path: self.shown.clone(),
                what: format!(
                    "page {page} is {:.0} × {:.0} mm, {w:.0} × {h:.0} pixels at {PDF_PIXELS_PER_INCH} \
                     pixels an inch, more than {MAX_IMAGE_SIDE_PX} pixels a side or {} million in \
                     all; export the page as a smaller PNG and place that",
                    f64::from(w_pt) * 25.4 / 72.0,
                    f64::from(h_pt) * 25.4 / 72.0,
                    MAX_IMAGE_PIXELS / 1_000_000
                ),
            });
        }
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "finite, at most MAX_IMAGE_SIDE_PX"
        )]
        Ok(((w.round() as u32).max(1), (h.round() as u32).max(1)))
    }

    /// Page `page` (from 1) rendered on white paper at [`PDF_PIXELS_PER_INCH`]: PDF point
    /// `(x, y)` of the page (y up from its bottom edge) lands on pixel
    /// `(x, page height − y) × 150 / 72`.
    pub fn render(&self, page: u32) -> Result<BackgroundImage, ImageError> {
        let (width, height) = self.page_size_px(page)?;
        let pdf_page = self.page(page)?;
        let (w16, h16) = (
            u16::try_from(width).map_err(|_| self.too_wide(width))?,
            u16::try_from(height).map_err(|_| self.too_wide(height))?,
        );
        let rendered = quietly(AssertUnwindSafe(|| render_page(pdf_page, w16, h16)));
        let rgba = rendered.ok_or_else(|| self.failed())?;
        Ok(BackgroundImage { width, height, rgba })
    }

    /// The renderer panicked on this file: refused like a damaged one.
    fn failed(&self) -> ImageError {
        ImageError::Pdf { path: self.shown.clone(), detail: FAILED.to_owned() }
    }

    fn page(&self, page: u32) -> Result<&Page<'_>, ImageError> {
        let count = self.page_count();
        let index = usize::try_from(page).ok().and_then(|p| p.checked_sub(1));
        index.and_then(|i| self.pdf.pages().get(i)).ok_or_else(|| ImageError::Pdf {
            path: self.shown.clone(),
            detail: if count == 1 {
                format!("it has 1 page, and page {page} was asked for")
            } else {
                format!("it has {count} pages (1 to {count}), and page {page} was asked for")
            },
        })
    }

    fn too_wide(&self, px: u32) -> ImageError {
        ImageError::TooLarge {
            path: self.shown.clone(),
            what: format!("{px} pixels a side, more than the renderer draws"),
        }
    }
}
