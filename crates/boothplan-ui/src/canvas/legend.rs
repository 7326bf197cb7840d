//! The legend in the canvas's bottom-right corner: each theme's colour, each sales status and,
//! when the plan has doors, the exit mark; every swatch drawn by the same code that draws the
//! booths and the doors, so the key always matches.

use egui::{Align2, Mesh, Painter, Rect, Shape, pos2, vec2};

use super::exits::paint_door;
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

/// How much of the Exit swatch's width each side of the door is plain wall, points.
const DOOR_INSET: f32 = 4.0;
/// How much hall floor the Exit swatch shows under the wall, points: the rest above is for
/// the arrow pointing out.
const DOOR_FLOOR: f32 = 5.0;

/// Where the wall of the Exit swatch's strip of hall runs, screen y.
fn door_wall_y(swatch: Rect) -> f32 {
    swatch.bottom() - DOOR_FLOOR
}

/// What a legend row's swatch shows.
#[derive(Clone, Copy)]
enum Swatch {
    /// A booth in this status and the row's colour.
    Booth(BoothStatus),
    /// A door in a hall's wall, its arrow pointing out of the hall, as the plan draws doors.
    Door,
    /// No swatch (the count of themes left out).
    Blank,
}

/// What a status is called in the legend.
fn status_name(status: BoothStatus) -> String {
    let word = status.as_str();
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Paints the legend for `layout`'s themes and the sales statuses, and the exit mark when
/// `doors` (the plan shows doors).
pub fn paint_legend(painter: &Painter, view: &ScreenFromWorld, layout: &Layout, doors: bool) {
    let themes = ThemeColours::new(layout);
    let font = tokens::legend_font();
    let row_height = SWATCH.y.max(font.size) + GAP;
    // As many themes as fit in half the canvas's height beside the statuses; the rest are
    // counted in a last line rather than the whole legend vanishing.
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a few dozen rows")]
    let fit = ((view.screen().height() / 2.0 - 2.0 * GAP) / row_height).max(0.0) as usize;
    let room_for_themes = fit.saturating_sub(BoothStatus::ALL.len() + 1 + usize::from(doors));
    let shown = if layout.themes.len() <= room_for_themes + 1 {
        layout.themes.len()
    } else {
        room_for_themes
    };
    let mut rows: Vec<(String, Swatch, egui::Color32)> = layout
        .themes
        .iter()
        .take(shown)
        .map(|t| (t.name.clone(), Swatch::Booth(BoothStatus::Sold), themes.get(&t.key)))
        .collect();
    if shown < layout.themes.len() {
        let more = format!("+ {} more themes", layout.themes.len() - shown);
        rows.push((more, Swatch::Blank, tokens::LEGEND_STATUS_INK));
    }
    rows.extend(
        BoothStatus::ALL
            .iter()
            .map(|&s| (status_name(s), Swatch::Booth(s), tokens::LEGEND_STATUS_INK)),
    );
    if doors {
        rows.push(("Exit".to_owned(), Swatch::Door, tokens::EXIT_GREEN));
    }
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
    let mut door_swatches = Vec::new();
    for ((_, kind, colour), galley) in rows.iter().zip(galleys) {
        let swatch = Rect::from_min_size(
            pos2(frame.left() + GAP, y + (row_height - GAP - SWATCH.y) / 2.0),
            SWATCH,
        );
        match kind {
            Swatch::Booth(status) => add_booth(&mut swatches, swatch, *status, *colour),
            Swatch::Door => {
                // A strip of hall floor under its wall, as the plan draws a hall.
                let floor =
                    Rect::from_min_max(pos2(swatch.left(), door_wall_y(swatch)), swatch.max);
                swatches.add_colored_rect(floor, tokens::HALL_FILL);
                door_swatches.push(swatch);
            }
            Swatch::Blank => {}
        }
        let text_pos = pos2(swatch.right() + GAP, y + (row_height - GAP - galley.size().y) / 2.0);
        texts.push((text_pos, galley));
        y += row_height;
    }
    painter.add(Shape::mesh(swatches));
    for swatch in door_swatches {
        // The floor's top wall with a door in it, its arrow pointing up, out of the hall.
        let wall_y = door_wall_y(swatch);
        let wall = [pos2(swatch.left(), wall_y), pos2(swatch.right(), wall_y)];
        painter.line_segment(wall, tokens::HALL_STROKE);
        let door = swatch.width() - 2.0 * DOOR_INSET;
        let (a, b) = (wall[0] + vec2(DOOR_INSET, 0.0), wall[0] + vec2(DOOR_INSET + door, 0.0));
        paint_door(painter, a, b, Some(vec2(0.0, -1.0)));
    }
    for (pos, galley) in texts {
        painter.galley(pos, galley, tokens::LEGEND_TEXT);
    }
}
