//! Design tokens: every colour, stroke width and text size the editor paints with, in one place.
//!
//! Keeping them here (as Rerun's `design_tokens.rs` does) means a planner's complaint like "the
//! reserved booths are too pale" is a one-line change, and panels match the canvas.
//! Colour constructors are banned everywhere else (`disallowed-methods` in `.clippy.toml`).
#![expect(clippy::disallowed_methods, reason = "the one file where colours are made")]

use egui::{Color32, FontId, Stroke};

use crate::check::Severity;
use crate::model::{BoothStatus, Colour};

/// The colour of a theme from the layout, as egui paints it.
#[must_use]
pub fn theme_colour(colour: Colour) -> Color32 {
    Color32::from_rgb(colour.r, colour.g, colour.b)
}

/// Theme colour used when a zone or booth names a theme the layout does not have.
pub const UNKNOWN_THEME: Color32 = Color32::from_rgb(0x9A, 0x9A, 0x9A);

/// Behind everything: the venue floor outside any hall.
pub const CANVAS_BACKGROUND: Color32 = Color32::from_rgb(0xEC, 0xEE, 0xF1);

/// Fill of a hall's floor.
pub const HALL_FILL: Color32 = Color32::from_rgb(0xFB, 0xFB, 0xF8);
/// Hall floors over a background plan: the same colour, mostly see-through.
pub const HALL_FILL_OVER_DRAWING: Color32 =
    Color32::from_rgba_premultiplied(0x4B, 0x4B, 0x4A, 0x4C);
/// A background plan's image at full opacity (faded by the planner's opacity).
pub const BACKGROUND_PLAN_TINT: Color32 = Color32::WHITE;
/// "Loading …" where a background plan being read will lie.
pub const BACKGROUND_LOADING_TEXT: Color32 = Color32::from_rgb(0x60, 0x64, 0x6C);
/// Where a background plan whose image cannot be read (or is being read) would lie.
pub const MISSING_BACKGROUND_FRAME: Stroke =
    Stroke { width: 1.0, color: Color32::from_rgb(0x96, 0x96, 0x96) };
/// Outline of a hall: the building's walls.
pub const HALL_STROKE: Stroke = Stroke { width: 2.0, color: Color32::from_rgb(0x3A, 0x3F, 0x47) };
/// Hall name and area at its centre.
pub const HALL_LABEL: Color32 = Color32::from_rgb(0x2B, 0x30, 0x38);
/// Translucent white behind hall names, so they stay legible over the booths beneath.
pub const LABEL_HALO: Color32 = Color32::from_rgba_premultiplied(235, 236, 238, 215);

/// Emergency-exit green (ISO 7010): the door bar, its arrow and its `EXIT` tag.
pub const EXIT_GREEN: Color32 = Color32::from_rgb(0x00, 0x8A, 0x4B);
/// Width of a door's bar over the wall, screen points.
pub const EXIT_BAR_WIDTH: f32 = 5.0;
/// The `EXIT` tag's text.
pub const EXIT_TEXT: Color32 = Color32::WHITE;
/// The light rim round a door's bar and arrow, so the door stands out on any theme's green or
/// a dark wall.
pub const EXIT_HALO: Color32 = Color32::WHITE;
/// Width of that rim on each side, screen points.
pub const EXIT_HALO_WIDTH: f32 = 2.0;

/// Fill of a structural column.
pub const COLUMN_FILL: Color32 = Color32::from_rgb(0x33, 0x36, 0x3B);

/// Opacity (0–255) of a zone's theme-coloured fill, so booths and the grid show through.
pub const ZONE_FILL_ALPHA: u8 = 46;
/// Width of a zone's theme-coloured border, screen points.
pub const ZONE_STROKE_WIDTH: f32 = 1.5;
/// Zone names.
pub const ZONE_LABEL: Color32 = Color32::from_rgb(0x40, 0x44, 0x4C);

/// Fill of a reserved booth: a neutral grey under dark hatching, never a theme's colour (a
/// faded theme colour read as another theme); the theme shows in its border.
pub const RESERVED_FILL: Color32 = Color32::from_rgb(0xE4, 0xE6, 0xEA);
/// Hatching of a reserved booth.
pub const RESERVED_HATCH: Color32 = Color32::from_rgb(0x6E, 0x74, 0x7E);
/// How far a sold booth's border is darkened from its fill (0 = the fill, 1 = black).
pub const SOLD_BORDER_DARKEN: f32 = 0.45;
/// Fill of an available booth: white, so unsold space stands out.
pub const AVAILABLE_FILL: Color32 = Color32::WHITE;
/// A line where dragged edges or centres line up with a neighbour's (Figma's snapping red).
pub const SNAP_GUIDE: Stroke = Stroke { width: 1.0, color: Color32::from_rgb(0xF2, 0x48, 0x22) };
/// A dimension line across the gap to a neighbour while dragging, and its label's background.
pub const GAP_LINE: Color32 = Color32::from_rgb(0xD9, 0x2B, 0x7A);
/// The gap's length on its dimension line.
pub const GAP_LABEL_TEXT: Color32 = Color32::WHITE;
/// Text of the canvas legend.
pub const LEGEND_TEXT: Color32 = Color32::from_rgb(0x20, 0x22, 0x26);
/// The neutral colour the legend and the summary draw the sales statuses in (a sold swatch is
/// filled with it): light enough never to be taken for a blocked booth's dark slate.
pub const LEGEND_STATUS_INK: Color32 = Color32::from_rgb(0x86, 0xA0, 0xC2);
/// Fill of a booth Find did not match: close to the floor, so the matches stand out.
pub const FIND_DIMMED_FILL: Color32 = Color32::from_rgb(0xEE, 0xEF, 0xEC);
/// Border of a booth Find did not match: faint, so the booth is still there to see.
pub const FIND_DIMMED_BORDER: Color32 = Color32::from_rgb(0xD2, 0xD5, 0xD9);
/// Width of a booth's border, screen points, when the booth is big enough to show one.
pub const BOOTH_BORDER_WIDTH: f32 = 1.0;
/// Width of an available booth's theme-coloured border, screen points.
pub const AVAILABLE_BORDER_WIDTH: f32 = 2.0;
/// Width of the hatching lines on a reserved booth, screen points.
pub const HATCH_WIDTH: f32 = 1.0;
/// Spacing of the hatching lines on a reserved booth, screen points.
pub const HATCH_SPACING: f32 = 7.0;
/// Booth number text on a coloured (sold or reserved) booth.
pub const BOOTH_LABEL_ON_DARK: Color32 = Color32::WHITE;
/// Booth number text on a light (available) booth.
pub const BOOTH_LABEL_ON_LIGHT: Color32 = Color32::from_rgb(0x22, 0x25, 0x2A);

/// Fill of a blocked booth (not for sale): one dark slate whatever its theme, apart from the
/// light hatched grey of a reserved booth.
pub const BLOCKED_FILL: Color32 = Color32::from_rgb(0x5F, 0x66, 0x70);

/// Fill of a booth according to its sales status and theme colour.
#[must_use]
pub fn booth_fill(status: BoothStatus, theme: Color32) -> Color32 {
    match status {
        BoothStatus::Blocked => BLOCKED_FILL,
        BoothStatus::Sold => theme,
        BoothStatus::Reserved => RESERVED_FILL,
        BoothStatus::Available => AVAILABLE_FILL,
    }
}

/// Border of a booth according to its sales status and theme colour.
#[must_use]
pub fn booth_border(status: BoothStatus, theme: Color32) -> Stroke {
    match status {
        BoothStatus::Blocked => Stroke::new(BOOTH_BORDER_WIDTH, theme),
        // A darker shade of the fill: two sold booths side by side never merge into a block.
        BoothStatus::Sold => {
            Stroke::new(BOOTH_BORDER_WIDTH, theme.lerp_to_gamma(Color32::BLACK, SOLD_BORDER_DARKEN))
        }
        // On a light fill the theme shows in a heavier border.
        BoothStatus::Reserved | BoothStatus::Available => {
            Stroke::new(AVAILABLE_BORDER_WIDTH, theme)
        }
    }
}

/// Colour of a booth's number so it reads on its fill.
#[must_use]
pub fn booth_label(status: BoothStatus) -> Color32 {
    match status {
        BoothStatus::Sold | BoothStatus::Blocked => BOOTH_LABEL_ON_DARK,
        BoothStatus::Reserved | BoothStatus::Available => BOOTH_LABEL_ON_LIGHT,
    }
}

/// Minor grid lines (the finest legible step).
pub const GRID_MINOR: Stroke =
    Stroke { width: 1.0, color: Color32::from_rgba_premultiplied(0, 0, 0, 14) };
/// Major grid lines (every third minor line).
pub const GRID_MAJOR: Stroke =
    Stroke { width: 1.0, color: Color32::from_rgba_premultiplied(0, 0, 0, 34) };

/// Scale bar ink.
pub const SCALE_BAR: Color32 = Color32::from_rgb(0x20, 0x22, 0x26);
/// Backdrop behind the scale bar so it reads over booths.
pub const SCALE_BAR_BACKDROP: Color32 = Color32::from_rgba_premultiplied(240, 240, 240, 220);

/// Outline of selected objects.
pub const SELECTION: Stroke = Stroke { width: 2.0, color: Color32::from_rgb(0x00, 0x78, 0xD4) };
/// Fill of a resize handle.
pub const HANDLE_FILL: Color32 = Color32::WHITE;
/// Border of a resize handle.
pub const HANDLE_STROKE: Stroke = Stroke { width: 1.5, color: Color32::from_rgb(0x00, 0x78, 0xD4) };
/// A handle under the pointer, so the planner sees what a drag will grab.
pub const HANDLE_HOVER_FILL: Color32 = Color32::from_rgb(0xB3, 0xD7, 0xF5);
/// Side of a resize handle, screen points.
pub const HANDLE_SIDE: f32 = 8.0;

/// Outline of an object an error finding names.
pub const ERROR_OUTLINE: Stroke = Stroke { width: 2.5, color: Color32::from_rgb(0xD6, 0x1F, 0x1F) };
/// Outline of an object a warning finding names.
pub const WARNING_OUTLINE: Stroke =
    Stroke { width: 2.0, color: Color32::from_rgb(0xF0, 0x8C, 0x00) };

/// Outline for the worst severity of the findings that name an object.
#[must_use]
pub fn finding_outline(severity: Severity) -> Stroke {
    match severity {
        Severity::Error => ERROR_OUTLINE,
        Severity::Warning => WARNING_OUTLINE,
    }
}

/// Compare view: an object the open layout has and the other version had not.
pub const COMPARE_ADDED: Stroke = Stroke { width: 3.0, color: Color32::from_rgb(0x1B, 0x9E, 0x77) };
/// Compare view: an object the other version had, drawn where it was.
pub const COMPARE_REMOVED: Stroke =
    Stroke { width: 3.0, color: Color32::from_rgb(0xE7, 0x29, 0x8A) };
/// Compare view: an object that moved, was resized or reshaped.
pub const COMPARE_MOVED: Stroke = Stroke { width: 3.0, color: Color32::from_rgb(0x75, 0x70, 0xB3) };
/// Compare view: an object with another number, theme, status, exhibitor or name.
pub const COMPARE_CHANGED: Stroke =
    Stroke { width: 3.0, color: Color32::from_rgb(0xA6, 0x76, 0x1D) };

/// Tool feedback (rubber band, preview, polygon in progress): outline.
pub const FEEDBACK_STROKE: Stroke =
    Stroke { width: 1.5, color: Color32::from_rgb(0x00, 0x78, 0xD4) };
/// Tool feedback: translucent fill.
pub const FEEDBACK_FILL: Color32 = Color32::from_rgba_premultiplied(0, 30, 53, 40);
/// Radius of a vertex dot of a hall polygon in progress, screen points.
pub const FEEDBACK_VERTEX_RADIUS: f32 = 3.5;

/// Size of hall names.
#[must_use]
pub fn hall_font() -> FontId {
    FontId::proportional(16.0)
}

/// "Loading …" over a background plan being read.
#[must_use]
pub fn background_loading_font() -> FontId {
    FontId::proportional(14.0)
}

/// Size of the area under a hall's name.
#[must_use]
pub fn hall_area_font() -> FontId {
    FontId::proportional(12.0)
}

/// Size of zone names.
#[must_use]
pub fn zone_font() -> FontId {
    FontId::proportional(12.0)
}

/// Size of booth numbers.
#[must_use]
pub fn booth_font() -> FontId {
    FontId::proportional(11.0)
}

/// Size of the booth type mark (`C`, `P`, `I`) in a booth's corner.
#[must_use]
pub fn type_mark_font() -> FontId {
    FontId::proportional(8.5)
}

/// Size of exhibitor names under booth numbers.
#[must_use]
pub fn exhibitor_font() -> FontId {
    FontId::proportional(9.5)
}

/// Size of the gap in metres on a dimension line while dragging.
#[must_use]
pub fn gap_font() -> FontId {
    FontId::proportional(11.0)
}

/// Size of the legend's entries.
#[must_use]
pub fn legend_font() -> FontId {
    FontId::proportional(11.0)
}

/// Size of the scale bar's length.
#[must_use]
pub fn scale_bar_font() -> FontId {
    FontId::proportional(11.0)
}

/// Size of the `EXIT` tag beside a door.
#[must_use]
pub fn exit_font() -> FontId {
    FontId::proportional(9.0)
}

/// Walking-distance overlay: the colour of floor close to an exit (a quarter of the limit).
pub const WALK_NEAR: Color32 = Color32::from_rgb(0x1A, 0x98, 0x50);
/// Walking-distance overlay: floor at three quarters of the limit.
pub const WALK_MID: Color32 = Color32::from_rgb(0xF4, 0xC4, 0x30);
/// Walking-distance overlay: floor at or beyond the limit.
pub const WALK_FAR: Color32 = Color32::from_rgb(0xD7, 0x30, 0x27);
/// Walking-distance overlay: opacity of the heat map, low enough to read booths through it.
pub const WALK_ALPHA: u8 = 110;
/// Walking-distance overlay: the lines every 10 m.
pub const WALK_CONTOUR: Stroke =
    Stroke { width: 1.0, color: Color32::from_rgba_premultiplied(0x30, 0x30, 0x38, 0xB0) };
/// Walking-distance overlay: the mark of each hall's farthest walk.
pub const WALK_WORST: Color32 = Color32::from_rgb(0x8E, 0x10, 0x10);
/// Walking-distance overlay: the label beside that mark.
pub const WALK_WORST_TEXT: Color32 = Color32::WHITE;

/// A colour between `a` (t = 0) and `b` (t = 1) with opacity `alpha`, for the heat map.
#[must_use]
pub fn walk_blend(a: Color32, b: Color32, t: f32, alpha: u8) -> Color32 {
    let mix =
        |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t.clamp(0.0, 1.0)) as u8;
    Color32::from_rgba_unmultiplied(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()), alpha)
}
