//! Reading the image of a background plan (PNG or JPEG, or a PDF page through
//! [`super::background_pdf`]), within bounds: a file too large or an image of absurd dimensions
//! is refused with a sentence before anything is decoded. Also where a background's path
//! (relative to the layout file) points on disk, and the other way round.

use std::fs::File;
use std::io::Cursor;
use std::path::{Component, Path, PathBuf};

/// Largest image file read, bytes: a scanned A0 sheet at 300 dpi is well below it.
pub const MAX_IMAGE_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// Longest side of an image read, pixels (an A0 sheet at 600 dpi is about 28,000).
pub const MAX_IMAGE_SIDE_PX: u32 = 30_000;

/// Most pixels an image may have: 200 million, 800 MB once decoded to RGBA.
pub const MAX_IMAGE_PIXELS: u64 = 200_000_000;

/// A decoded image: its pixels, four bytes (RGBA) each, rows top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackgroundImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width × height × 4` bytes.
    pub rgba: Vec<u8>,
}

/// Why an image could not be shown, in words for the window's warning.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// The file is not there or cannot be opened.
    #[error("the background plan {path} could not be opened: {source}")]
    Open {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// Too large a file or too large an image.
    #[error("the background plan {path} is too large: {what}")]
    TooLarge {
        /// The file.
        path: String,
        /// What is too large, with the limit.
        what: String,
    },
    /// Not a PNG, JPEG or PDF this program can read, or damaged.
    #[error("the background plan {path} is not a PNG, JPEG or PDF that can be read: {detail}")]
    Unreadable {
        /// The file.
        path: String,
        /// What the decoder said.
        detail: String,
    },
    /// A PDF whose page cannot be shown: damaged, encrypted, no such page.
    #[error("the background plan {path} cannot be shown: {detail}")]
    Pdf {
        /// The file.
        path: String,
        /// Why, and what to do instead.
        detail: String,
    },
}

/// Reads the background plan at `path`: page `page` (from 1; `None`: the first) of a PDF,
/// else the PNG or JPEG (`page` does not matter), within the same limits. The one place a
/// background's file becomes pixels: the window, the exports and the tests all come here. The
/// file is opened and read once.
pub fn read_background_page(path: &Path, page: Option<u32>) -> Result<BackgroundImage, ImageError> {
    let shown = path.display().to_string();
    let bytes = read_bounded(path)?;
    if bytes.starts_with(super::background_pdf::PDF_MAGIC) {
        return super::background_pdf::PdfDrawing::from_bytes(shown, bytes)?
            .render(page.unwrap_or(1));
    }
    decode_image(&shown, &bytes)
}

/// The whole file at `path`, refused before reading when over [`MAX_IMAGE_FILE_BYTES`] (and
/// never more than that read should it grow meanwhile).
pub(crate) fn read_bounded(path: &Path) -> Result<Vec<u8>, ImageError> {
    use std::io::Read as _;
    let shown = || path.display().to_string();
    let file = File::open(path).map_err(|source| ImageError::Open { path: shown(), source })?;
    let bytes = file.metadata().map_err(|source| ImageError::Open { path: shown(), source })?.len();
    if bytes > MAX_IMAGE_FILE_BYTES {
        return Err(file_too_large(shown(), bytes));
    }
    let mut data = Vec::new();
    file.take(MAX_IMAGE_FILE_BYTES + 1)
        .read_to_end(&mut data)
        .map_err(|source| ImageError::Open { path: shown(), source })?;
    if data.len() as u64 > MAX_IMAGE_FILE_BYTES {
        return Err(file_too_large(shown(), data.len() as u64));
    }
    Ok(data)
}

/// Reads the PNG or JPEG at `path` (or the first page of a PDF): [`read_background_page`]
/// without a page. An image over [`MAX_IMAGE_FILE_BYTES`], [`MAX_IMAGE_SIDE_PX`] a side or
/// [`MAX_IMAGE_PIXELS`] in all is refused before it is decoded.
pub fn read_background_image(path: &Path) -> Result<BackgroundImage, ImageError> {
    read_background_page(path, None)
}

/// The size in pixels of the PNG or JPEG at `path`, from its header alone, within the same
/// limits: placing a drawing needs only its size, and the canvas decodes it off the frame.
pub fn background_image_size(path: &Path) -> Result<(u32, u32), ImageError> {
    let shown = path.display().to_string();
    let file =
        File::open(path).map_err(|source| ImageError::Open { path: shown.clone(), source })?;
    let bytes =
        file.metadata().map_err(|source| ImageError::Open { path: shown.clone(), source })?.len();
    if bytes > MAX_IMAGE_FILE_BYTES {
        return Err(file_too_large(shown, bytes));
    }
    let unreadable = |e: &dyn std::fmt::Display| ImageError::Unreadable {
        path: shown.clone(),
        detail: e.to_string(),
    };
    let (width, height) = image::ImageReader::new(std::io::BufReader::new(file))
        .with_guessed_format()
        .map_err(|e| unreadable(&e))?
        .into_dimensions()
        .map_err(|e| unreadable(&e))?;
    within_limits(&shown, width, height)?;
    Ok((width, height))
}

/// A file of `bytes` over [`MAX_IMAGE_FILE_BYTES`], refused before it is read.
fn file_too_large(path: String, bytes: u64) -> ImageError {
    let what = format!("{} MB, more than the {} MB read", bytes >> 20, MAX_IMAGE_FILE_BYTES >> 20);
    ImageError::TooLarge { path, what }
}

/// Refuses an image over [`MAX_IMAGE_SIDE_PX`] a side or [`MAX_IMAGE_PIXELS`] in all, before
/// anything is decoded.
fn within_limits(shown: &str, width: u32, height: u32) -> Result<(), ImageError> {
    if width.max(height) > MAX_IMAGE_SIDE_PX
        || u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS
    {
        let what = format!(
            "{width} × {height} pixels, more than {MAX_IMAGE_SIDE_PX} pixels a side or {} million in all",
            MAX_IMAGE_PIXELS / 1_000_000
        );
        return Err(ImageError::TooLarge { path: shown.to_owned(), what });
    }
    Ok(())
}

/// Decodes the PNG or JPEG in `bytes` (of the file `shown`), its dimensions checked first.
fn decode_image(shown: &str, bytes: &[u8]) -> Result<BackgroundImage, ImageError> {
    let unreadable = |e: &dyn std::fmt::Display| ImageError::Unreadable {
        path: shown.to_owned(),
        detail: e.to_string(),
    };
    let guessed = || {
        image::ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| unreadable(&e))
    };
    let (width, height) = guessed()?.into_dimensions().map_err(|e| unreadable(&e))?;
    within_limits(shown, width, height)?;
    let mut reader = guessed()?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE_PX);
    limits.max_image_height = Some(MAX_IMAGE_SIDE_PX);
    limits.max_alloc = Some(MAX_IMAGE_PIXELS * 4 + (64 << 20));
    reader.limits(limits);
    let decoded = reader.decode().map_err(|e| unreadable(&e))?.into_rgba8();
    Ok(BackgroundImage {
        width: decoded.width(),
        height: decoded.height(),
        rgba: decoded.into_raw(),
    })
}

impl BackgroundImage {
    /// The image scaled down (keeping its proportions) so that no side is over `max_side`
    /// pixels, for a graphics card's texture limit; itself when it fits.
    #[must_use]
    pub fn fitted(self, max_side: u32) -> Self {
        let longest = self.width.max(self.height);
        if longest <= max_side || max_side == 0 {
            return self;
        }
        let scale = f64::from(max_side) / f64::from(longest);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "below max_side, at least 1"
        )]
        let (w, h) = (
            ((f64::from(self.width) * scale).round() as u32).clamp(1, max_side),
            ((f64::from(self.height) * scale).round() as u32).clamp(1, max_side),
        );
        let Some(full) = image::RgbaImage::from_raw(self.width, self.height, self.rgba) else {
            return Self { width: 0, height: 0, rgba: Vec::new() };
        };
        let small = image::imageops::thumbnail(&full, w, h);
        Self { width: small.width(), height: small.height(), rgba: small.into_raw() }
    }
}

/// The file a background's `path` names: relative to the layout file's folder (or the current
/// folder for a layout not saved yet); an absolute path as it is.
#[must_use]
pub fn background_file(layout_file: Option<&Path>, path: &str) -> PathBuf {
    let written = Path::new(path);
    if written.is_absolute() {
        return written.to_path_buf();
    }
    let folder = layout_file.and_then(Path::parent).unwrap_or(Path::new(""));
    folder.join(written)
}

/// `path` with `.` dropped and each `..` taking back the folder before it, without asking the
/// disk: one name for one drawing however the layout reached it (a cache key; a `..` above the
/// root or the start of a relative path stays).
#[must_use]
pub fn lexically_normal(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(part),
            },
            _ => out.push(part),
        }
    }
    out.iter().collect()
}

/// How a layout file at `layout_file` names `image`: relative to its folder with `/` between
/// folders (`drawings/hall-1a.png`, `../venue/plan.jpg`), so that they move together; the
/// absolute path when the layout is not saved yet or they are on different drives.
#[must_use]
pub fn path_for_layout(layout_file: Option<&Path>, image: &Path) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let image = absolute(image);
    let Some(folder) = layout_file.and_then(|f| absolute(f).parent().map(Path::to_path_buf)) else {
        return image.display().to_string();
    };
    let (from, to): (Vec<Component>, Vec<Component>) =
        (folder.components().collect(), image.components().collect());
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return image.display().to_string();
    }
    let ups = std::iter::repeat_n("..".to_owned(), from.len() - common);
    let downs = to[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned());
    ups.chain(downs).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawing_beside_or_below_the_layout_is_named_relative_to_it() {
        let layout = Path::new("/fairs/2026/expo.ron");
        assert_eq!(
            path_for_layout(Some(layout), Path::new("/fairs/2026/drawings/a.png")),
            "drawings/a.png"
        );
        assert_eq!(
            path_for_layout(Some(layout), Path::new("/fairs/venue/plan.jpg")),
            "../venue/plan.jpg"
        );
        assert_eq!(
            path_for_layout(None, Path::new("/fairs/venue/plan.jpg")),
            "/fairs/venue/plan.jpg"
        );
        let back = background_file(Some(layout), "../venue/plan.jpg");
        assert_eq!(back, Path::new("/fairs/2026/../venue/plan.jpg"));
    }

    #[test]
    fn a_large_image_is_fitted_keeping_its_proportions() {
        let image = BackgroundImage { width: 400, height: 100, rgba: vec![200; 400 * 100 * 4] };
        let fitted = image.fitted(100);
        assert_eq!((fitted.width, fitted.height), (100, 25));
        assert_eq!(fitted.rgba.len(), 100 * 25 * 4);
    }
}
