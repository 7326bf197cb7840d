//! Reading the image of a background plan (PNG or JPEG), within bounds: a file too large or an
//! image of absurd dimensions is refused with a sentence before anything is decoded. Also where
//! a background's path (relative to the layout file) points on disk, and the other way round.
//!
//! PDF pages are not read: no well-kept pure-Rust PDF renderer is available (see docs/SPEC.md);
//! a planner exports the page as PNG first.

use std::fs::File;
use std::io::BufReader;
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
    /// Not a PNG or JPEG this program can read, or damaged.
    #[error("the background plan {path} is not a PNG or JPEG image that can be read: {detail}")]
    Unreadable {
        /// The file.
        path: String,
        /// What the decoder said.
        detail: String,
    },
}

/// Reads the PNG or JPEG at `path`, refusing a file over [`MAX_IMAGE_FILE_BYTES`] or an image
/// over [`MAX_IMAGE_SIDE_PX`] a side or [`MAX_IMAGE_PIXELS`] in all before decoding it.
pub fn read_background_image(path: &Path) -> Result<BackgroundImage, ImageError> {
    let shown = path.display().to_string();
    let open =
        || File::open(path).map_err(|source| ImageError::Open { path: shown.clone(), source });
    let unreadable = |e: &dyn std::fmt::Display| ImageError::Unreadable {
        path: shown.clone(),
        detail: e.to_string(),
    };
    let file = open()?;
    let bytes =
        file.metadata().map_err(|source| ImageError::Open { path: shown.clone(), source })?.len();
    if bytes > MAX_IMAGE_FILE_BYTES {
        let what =
            format!("{} MB, more than the {} MB read", bytes >> 20, MAX_IMAGE_FILE_BYTES >> 20);
        return Err(ImageError::TooLarge { path: shown, what });
    }
    let reader = image::ImageReader::new(BufReader::new(file))
        .with_guessed_format()
        .map_err(|e| unreadable(&e))?;
    let (width, height) = reader.into_dimensions().map_err(|e| unreadable(&e))?;
    if width.max(height) > MAX_IMAGE_SIDE_PX
        || u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS
    {
        let what = format!(
            "{width} × {height} pixels, more than {MAX_IMAGE_SIDE_PX} pixels a side or {} million in all",
            MAX_IMAGE_PIXELS / 1_000_000
        );
        return Err(ImageError::TooLarge { path: shown, what });
    }
    let mut reader = image::ImageReader::new(BufReader::new(open()?))
        .with_guessed_format()
        .map_err(|e| unreadable(&e))?;
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
