//! The embedded fonts: plans show `1A-012` and 阿里巴巴 on a bare machine, never a row of boxes.
//!
//! Latin text and numbers are set in `DejaVu Sans Condensed` (narrow, so numbers fit small
//! booths); Chinese falls back to Droid Sans Fallback, which has no Latin letters. The same fonts
//! measure label widths, so text is fitted with the widths it will be drawn with, and they are
//! the only fonts usvg sees when making PDF and PNG, so every output agrees.

use std::sync::{Arc, OnceLock};

use resvg::usvg;
use resvg::usvg::fontdb;

/// `DejaVu Sans Condensed` (Bitstream Vera licence, see `assets/fonts/README.md`).
static LATIN_REGULAR: &[u8] = include_bytes!("../../../../../assets/fonts/DejaVuSansCondensed.ttf");
/// `DejaVu Sans Condensed` Bold.
static LATIN_BOLD: &[u8] =
    include_bytes!("../../../../../assets/fonts/DejaVuSansCondensed-Bold.ttf");
/// Droid Sans Fallback (Apache-2.0): Chinese, Japanese and Korean.
static CJK: &[u8] = include_bytes!("../../../../../assets/fonts/DroidSansFallbackFull.ttf");

/// The family name of the Latin font, as font databases know it.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// The `font-family` value written into SVG: our fonts first, then common CJK system fonts for
/// viewers (browsers, Inkscape) that lack Droid Sans Fallback, then any sans-serif.
pub const FONT_FAMILY_CSS: &str = "'DejaVu Sans Condensed', 'DejaVu Sans', 'Droid Sans Fallback', \
     'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/// Width of a character no font has, in em: wide for CJK-like, narrow otherwise.
fn fallback_advance_em(ch: char) -> f64 {
    if u32::from(ch) >= 0x2E80 { 1.0 } else { 0.6 }
}

/// The three faces, parsed once: regular, bold, CJK.
fn faces() -> &'static [Option<ttf_parser::Face<'static>>; 3] {
    static FACES: OnceLock<[Option<ttf_parser::Face<'static>>; 3]> = OnceLock::new();
    FACES.get_or_init(|| {
        [LATIN_REGULAR, LATIN_BOLD, CJK].map(|bytes| ttf_parser::Face::parse(bytes, 0).ok())
    })
}

/// Advance of `ch` in `face`, in em, if the face has the character.
fn advance_em(face: &ttf_parser::Face<'_>, ch: char) -> Option<f64> {
    let per_em = f64::from(face.units_per_em().max(1));
    let glyph = face.glyph_index(ch)?;
    face.glyph_hor_advance(glyph).map(|adv| f64::from(adv) / per_em)
}

/// How wide `text` is at a font size of 1 (in em), regular or bold, without kerning.
///
/// Each character is measured in the font that will draw it (Latin, else CJK); good to a few
/// per cent against shaped text, so callers keep a margin.
#[must_use]
pub fn text_width_em(text: &str, bold: bool) -> f64 {
    let [regular, bold_face, cjk] = faces();
    let latin = if bold { bold_face } else { regular };
    text.chars()
        .map(|ch| {
            latin
                .as_ref()
                .and_then(|f| advance_em(f, ch))
                .or_else(|| cjk.as_ref().and_then(|f| advance_em(f, ch)))
                .unwrap_or_else(|| fallback_advance_em(ch))
        })
        .sum()
}

/// A font database holding only the embedded fonts, built once and shared by every export.
fn font_database() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        for bytes in [LATIN_REGULAR, LATIN_BOLD, CJK] {
            db.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
        }
        db.set_sans_serif_family(FONT_FAMILY);
        db.set_serif_family(FONT_FAMILY);
        db.set_monospace_family(FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// usvg options that find the embedded fonts for any family name we write.
#[must_use]
pub fn usvg_options() -> usvg::Options<'static> {
    let mut options = usvg::Options { font_family: FONT_FAMILY.to_owned(), ..Default::default() };
    options.fontdb = font_database();
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_fonts_are_found_and_cover_latin_and_chinese() {
        let db = font_database();
        let families: Vec<String> =
            db.faces().flat_map(|f| f.families.iter().map(|(name, _)| name.clone())).collect();
        assert!(families.iter().any(|f| f == FONT_FAMILY), "{families:?}");
        assert!(families.iter().any(|f| f == "Droid Sans Fallback"), "{families:?}");
        let [regular, bold, cjk] = faces();
        for ch in "1A-012 Hall m²·".chars() {
            assert!(
                regular.as_ref().unwrap().glyph_index(ch).is_some(),
                "no Latin glyph for {ch:?}"
            );
            assert!(bold.as_ref().unwrap().glyph_index(ch).is_some(), "no bold glyph for {ch:?}");
        }
        for ch in "阿里巴巴顺丰".chars() {
            assert!(cjk.as_ref().unwrap().glyph_index(ch).is_some(), "no CJK glyph for {ch:?}");
        }
    }

    #[test]
    fn chinese_is_wider_than_digits_and_bold_is_wider() {
        let digit = text_width_em("0", false);
        let han = text_width_em("阿", false);
        assert!(digit > 0.3 && digit < 0.8, "{digit}");
        assert!(han > 0.9 && han < 1.1, "{han}");
        assert!((text_width_em("00阿", false) - (2.0 * digit + han)).abs() < 1e-9);
        assert!(text_width_em("Hall 1A", true) > text_width_em("Hall 1A", false));
    }
}
