//! The embedded CJK + Latin font: plans show 阿里巴巴 on a bare machine, never a row of boxes.
//!
//! The same font measures label widths (so text is fitted to booths with the widths it will be
//! drawn with) and is the only font usvg sees when making PDF and PNG, so every output agrees.

use std::sync::{Arc, OnceLock};

use resvg::usvg;
use resvg::usvg::fontdb;

/// Droid Sans Fallback (Apache-2.0, see `assets/fonts/README.md`).
static FONT_BYTES: &[u8] = include_bytes!("../../../assets/fonts/DroidSansFallbackFull.ttf");

/// The family name inside the embedded font, named first in every `font-family` we write.
pub const FONT_FAMILY: &str = "Droid Sans Fallback";

/// The `font-family` value written into SVG: our font first, then common CJK system fonts for
/// viewers (browsers, Inkscape) that do not have it, then any sans-serif.
pub const FONT_FAMILY_CSS: &str =
    "'Droid Sans Fallback', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/// Width of a character the font lacks, in em: wide for CJK-like, narrow otherwise.
fn fallback_advance_em(ch: char) -> f64 {
    if u32::from(ch) >= 0x2E80 { 1.0 } else { 0.6 }
}

/// Advance widths straight from the font file, parsed once.
fn face() -> Option<&'static ttf_parser::Face<'static>> {
    static FACE: OnceLock<Option<ttf_parser::Face<'static>>> = OnceLock::new();
    FACE.get_or_init(|| ttf_parser::Face::parse(FONT_BYTES, 0).ok()).as_ref()
}

/// How wide `text` is when set at a font size of 1 (in em), without kerning.
///
/// Good to a few per cent against the shaped text; callers keep a margin.
#[must_use]
pub fn text_width_em(text: &str) -> f64 {
    let Some(face) = face() else {
        return text.chars().map(fallback_advance_em).sum();
    };
    let per_em = f64::from(face.units_per_em().max(1));
    text.chars()
        .map(|ch| {
            face.glyph_index(ch)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or_else(|| fallback_advance_em(ch), |adv| f64::from(adv) / per_em)
        })
        .sum()
}

/// A font database holding only the embedded font, built once and shared by every export.
fn font_database() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_source(fontdb::Source::Binary(Arc::new(FONT_BYTES)));
        db.set_sans_serif_family(FONT_FAMILY);
        db.set_serif_family(FONT_FAMILY);
        db.set_monospace_family(FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// usvg options that find the embedded font for any family name we write.
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
    fn embedded_font_is_found_by_its_family_name_and_covers_chinese() {
        let db = font_database();
        let query = fontdb::Query { families: &[fontdb::Family::Name(FONT_FAMILY)], ..Default::default() };
        assert!(db.query(&query).is_some(), "family {FONT_FAMILY} not in the embedded font");
        let face = face().expect("embedded font parses");
        for ch in "阿里巴巴 1A-012 Hall".chars() {
            assert!(face.glyph_index(ch).is_some(), "no glyph for {ch:?}");
        }
    }

    #[test]
    fn chinese_is_wider_than_digits_and_widths_add_up() {
        let digit = text_width_em("0");
        let han = text_width_em("阿");
        assert!(digit > 0.3 && digit < 0.8, "{digit}");
        assert!(han > 0.9 && han < 1.1, "{han}");
        assert!((text_width_em("00阿") - (2.0 * digit + han)).abs() < 1e-9);
    }
}
