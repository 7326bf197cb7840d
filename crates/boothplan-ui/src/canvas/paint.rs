//! Paints the layout itself — halls, columns, zones, booths — one batched mesh per layer, culled
//! to what is on screen and simplified when objects are only a few points wide.

use egui::{Color32, Mesh, Painter, Pos2, Shape};

use super::mesh::{add_hatching, add_polygon, add_rect_border};
use super::view::ScreenFromWorld;
use crate::model::{BoothStatus, Layout, Point};
use crate::theme_tokens as tokens;

/// Below this many points on its shorter side a booth is a plain fill, no border or hatching.
const MIN_BORDER_SIDE: f32 = 4.0;
/// Below this many points on its shorter side a reserved booth is not hatched.
const MIN_HATCH_SIDE: f32 = 14.0;

/// Theme colours of a layout, looked up by key without allocating.
pub struct ThemeColours<'a> {
    entries: Vec<(&'a str, Color32)>,
}

impl<'a> ThemeColours<'a> {
    /// The colours of `layout`'s themes.
    #[must_use]
    pub fn new(layout: &'a Layout) -> Self {
        let entries = layout
            .themes
            .iter()
            .map(|t| (t.key.as_str(), tokens::theme_colour(t.colour)))
            .collect();
        Self { entries }
    }

    /// The colour of theme `key`, grey when the layout has no such theme.
    #[must_use]
    pub fn get(&self, key: &str) -> Color32 {
        self.entries.iter().find(|(k, _)| *k == key).map_or(tokens::UNKNOWN_THEME, |(_, c)| *c)
    }
}

/// Screen positions of a polygon's vertices.
pub fn screen_outline(view: &ScreenFromWorld, outline: &[Point]) -> Vec<Pos2> {
    outline.iter().map(|p| view.screen_pos(*p)).collect()
}

/// Hall floors (one mesh) and their walls.
pub fn paint_halls(painter: &Painter, view: &ScreenFromWorld, layout: &Layout) {
    let visible = view.screen();
    let mut floor = Mesh::default();
    let mut walls = Vec::new();
    for hall in &layout.halls {
        let Some(bounds) = hall.bounds() else { continue };
        if !visible.intersects(view.screen_rect(&bounds)) {
            continue;
        }
        let pts = screen_outline(view, &hall.outline);
        add_polygon(&mut floor, &pts, tokens::HALL_FILL);
        walls.push(Shape::closed_line(pts, tokens::HALL_STROKE));
    }
    painter.add(Shape::mesh(floor));
    painter.extend(walls);
}

/// Columns as dark filled footprints.
pub fn paint_columns(painter: &Painter, view: &ScreenFromWorld, layout: &Layout) {
    let visible = view.screen();
    let mut mesh = Mesh::default();
    for column in &layout.columns {
        let Some(bounds) = column.bounds() else { continue };
        let r = view.screen_rect(&bounds);
        if !visible.intersects(r) {
            continue;
        }
        if r.width() < 2.0 && r.height() < 2.0 {
            // Too small to ear-clip usefully: a dot that stays visible when zoomed out.
            mesh.add_colored_rect(
                egui::Rect::from_center_size(r.center(), egui::Vec2::splat(2.0)),
                tokens::COLUMN_FILL,
            );
        } else {
            add_polygon(&mut mesh, &screen_outline(view, &column.outline), tokens::COLUMN_FILL);
        }
    }
    painter.add(Shape::mesh(mesh));
}

/// Zones as translucent theme-coloured areas with a border.
pub fn paint_zones(
    painter: &Painter,
    view: &ScreenFromWorld,
    layout: &Layout,
    themes: &ThemeColours<'_>,
) {
    let visible = view.screen();
    let mut mesh = Mesh::default();
    for zone in &layout.zones {
        let r = view.screen_rect(&zone.rect);
        if !visible.intersects(r) {
            continue;
        }
        let colour = themes.get(&zone.theme);
        mesh.add_colored_rect(r, colour.gamma_multiply_u8(tokens::ZONE_FILL_ALPHA));
        add_rect_border(&mut mesh, r, tokens::ZONE_STROKE_WIDTH, colour);
    }
    painter.add(Shape::mesh(mesh));
}

/// Booths filled by theme with their status treatment (sold solid, reserved light and hatched,
/// available white with a theme border); with `found` (one flag per booth, from Find), the
/// booths without the flag fade into the floor so the matches stand out.
pub fn paint_booths(
    painter: &Painter,
    view: &ScreenFromWorld,
    layout: &Layout,
    themes: &ThemeColours<'_>,
    found: Option<&[bool]>,
) {
    let visible = view.screen();
    let mut mesh = Mesh::default();
    // A fill (4 vertices, 6 indices) and a border ring (8, 24) a booth; hatching grows it.
    let expected = layout.booths.len().min(20_000);
    mesh.reserve_vertices(expected * 12);
    mesh.reserve_triangles(expected * 10);
    for (i, booth) in layout.booths.iter().enumerate() {
        let r = view.screen_rect(&booth.rect);
        if !visible.intersects(r) {
            continue;
        }
        if found.is_some_and(|f| !f.get(i).copied().unwrap_or(false)) {
            mesh.add_colored_rect(r, tokens::FIND_DIMMED_FILL);
            add_rect_border(&mut mesh, r, 1.0, tokens::FIND_DIMMED_BORDER);
            continue;
        }
        add_booth(&mut mesh, r, booth.status, themes.get(&booth.theme));
    }
    painter.add(Shape::mesh(mesh));
}

/// Adds one booth drawn at `r` on screen with its status treatment in its theme's colour: the
/// one drawing of a booth, shared by the canvas and the legend's swatches.
pub fn add_booth(mesh: &mut Mesh, r: egui::Rect, status: BoothStatus, theme: Color32) {
    let fill = tokens::booth_fill(status, theme);
    let side = r.width().min(r.height());
    if side < MIN_BORDER_SIDE {
        // Far away: a plain patch, a hair inside its outline so neighbours stay apart;
        // available booths keep a tint so they do not vanish.
        let patch = match status {
            BoothStatus::Available => theme.lerp_to_gamma(Color32::WHITE, 0.7),
            _ => fill,
        };
        let inset = if side >= 2.0 { 0.5 } else { 0.0 };
        mesh.add_colored_rect(r.shrink(inset), patch);
        return;
    }
    let border = tokens::booth_border(status, theme);
    mesh.add_colored_rect(r, fill);
    if status == BoothStatus::Reserved && side >= MIN_HATCH_SIDE {
        add_hatching(
            mesh,
            r.shrink(1.0),
            tokens::HATCH_SPACING,
            tokens::HATCH_WIDTH,
            tokens::RESERVED_HATCH,
        );
    }
    add_rect_border(mesh, r, border.width, border.color);
}
