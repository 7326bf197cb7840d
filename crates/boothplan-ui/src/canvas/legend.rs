//! The legend in the canvas's bottom-right corner: each theme's colour and each sales status,
//! every swatch drawn by the same code that draws the booths, so the key always matches.

use egui::{Align2, Mesh, Painter, Rect, Shape, pos2, vec2};

use super::paint::{ThemeColours, add_booth};
use super::view::ScreenFromWorld;
use crate::model::{BoothStatus, Layout};
use crate::theme_tokens as tokens;

/// Swatch size, points: large enough for a reserved booth's hatching to show.
const SWATCH: egui::Vec2 = vec2(22.0, 14.0);
/// Space between rows and around the box, points.
const GAP: f32 = 4.0;
/// Distance from the canvas's edges, points.
const INSET: f32 = 14.0;

/// What a status is called in the legend.
fn status_name(status: BoothStatus) -> String {
    let word = status.as_str();
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Paints the legend for `layout`'s themes and the sales statuses.
pub fn paint_legend(painter: &Painter, view: &ScreenFromWorld, layout: &Layout) {
    let themes = ThemeColours::new(layout);
    let font = tokens::legend_font();
    let row_height = SWATCH.y.max(font.size) + GAP;
    // As many themes as fit in half the canvas's height beside the statuses; the rest are
    // counted in a last line rather than the whole legend vanishing.
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a few dozen rows")]
    let fit = ((view.screen().height() / 2.0 - 2.0 * GAP) / row_height).max(0.0) as usize;
    let room_for_themes = fit.saturating_sub(BoothStatus::ALL.len() + 1);
    let shown = if layout.themes.len() <= room_for_themes + 1 {
        layout.themes.len()
    } else {
        room_for_themes
    };
    let mut rows: Vec<(String, Option<BoothStatus>, egui::Color32)> = layout
        .themes
        .iter()
        .take(shown)
        .map(|t| (t.name.clone(), Some(BoothStatus::Sold), themes.get(&t.key)))
        .collect();
    if shown < layout.themes.len() {
        let more = format!("+ {} more themes", layout.themes.len() - shown);
        rows.push((more, None, tokens::LEGEND_STATUS_INK));
    }
    rows.extend(
        BoothStatus::ALL.iter().map(|&s| (status_name(s), Some(s), tokens::LEGEND_STATUS_INK)),
    );
    let galleys: Vec<_> = rows
        .iter()
        .map(|(name, _, _)| painter.layout_no_wrap(name.clone(), font.clone(), tokens::LEGEND_TEXT))
        .collect();
    let text_width = galleys.iter().map(|g| g.size().x).fold(0.0, f32::max);
    let size = vec2(GAP * 3.0 + SWATCH.x + text_width, GAP + row_height * rows.len() as f32 + GAP);
    let screen = view.screen();
    let anchor = pos2(screen.right() - INSET, screen.bottom() - INSET);
    let frame = Align2::RIGHT_BOTTOM.anchor_size(anchor, size);
    if frame.width() > screen.width() / 2.0 || frame.height() > screen.height() / 2.0 {
        // A small window keeps its floor; the legend returns when there is room.
        return;
    }
    painter.rect_filled(frame, 3.0, tokens::SCALE_BAR_BACKDROP);
    let mut swatches = Mesh::default();
    let mut y = frame.top() + GAP;
    let mut texts = Vec::with_capacity(rows.len());
    for ((_, status, colour), galley) in rows.iter().zip(galleys) {
        let swatch = Rect::from_min_size(
            pos2(frame.left() + GAP, y + (row_height - GAP - SWATCH.y) / 2.0),
            SWATCH,
        );
        if let Some(status) = status {
            add_booth(&mut swatches, swatch, *status, *colour);
        }
        let text_pos = pos2(swatch.right() + GAP, y + (row_height - GAP - galley.size().y) / 2.0);
        texts.push((text_pos, galley));
        y += row_height;
    }
    painter.add(Shape::mesh(swatches));
    for (pos, galley) in texts {
        painter.galley(pos, galley, tokens::LEGEND_TEXT);
    }
}
