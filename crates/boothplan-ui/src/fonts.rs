//! Fonts: egui's defaults plus a CJK fallback, so Chinese exhibitor names render instead of boxes.

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

/// Droid Sans Fallback: covers CJK ideographs that egui's bundled fonts lack.
const CJK_FALLBACK: &[u8] = include_bytes!("../../../assets/fonts/DroidSansFallbackFull.ttf");

/// Adds the CJK fallback after egui's own fonts in both families, so Latin text keeps its look.
pub fn install(ctx: &egui::Context) {
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily { family, priority: FontPriority::Lowest })
        .collect();
    ctx.add_font(FontInsert::new(
        "droid-sans-fallback",
        FontData::from_static(CJK_FALLBACK),
        families,
    ));
}
