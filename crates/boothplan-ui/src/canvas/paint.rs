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
    // Over a background plan the floors are see-through, so the drawing shows under them.
    let fill = if layout.backgrounds.iter().any(|b| b.visible) {
        tokens::HALL_FILL_OVER_DRAWING
    } else {
        tokens::HALL_FILL
    };
    for hall in &layout.halls {
        let Some(bounds) = hall.bounds() else { continue };
        if !visible.intersects(view.screen_rect(&bounds)) {
            continue;
        }
        let pts = screen_outline(view, &hall.outline);
        add_polygon(&mut floor, &pts, fill);
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
    // A fair of tens of thousands of booths, seen whole: distant booths become block fills.
    let mut blocks = (layout.booths.len() > BLOCK_FILLS_FROM).then(|| BlockFills::new(visible));
    for (i, booth) in layout.booths.iter().enumerate() {
        let r = view.screen_rect(&booth.rect);
        if !visible.intersects(r) {
            continue;
        }
        let dimmed = found.is_some_and(|f| !f.get(i).copied().unwrap_or(false));
        if let Some(blocks) = blocks.as_mut()
            && r.width().min(r.height()) < MIN_BORDER_SIDE
        {
            let theme = themes.get(&booth.theme);
            let colour =
                if dimmed { tokens::FIND_DIMMED_FILL } else { far_patch(booth.status, theme) };
            blocks.fill(r, colour);
            continue;
        }
        if dimmed {
            mesh.add_colored_rect(r, tokens::FIND_DIMMED_FILL);
            add_rect_border(&mut mesh, r, 1.0, tokens::FIND_DIMMED_BORDER);
            continue;
        }
        add_booth(&mut mesh, r, booth.status, themes.get(&booth.theme));
    }
    if let Some(blocks) = blocks {
        blocks.add_to(&mut mesh);
    }
    painter.add(Shape::mesh(mesh));
}

/// Above this many booths in a layout, booths only a few points wide are merged into block
/// fills: one quad per run of equal colour on a coarse screen raster, instead of one per booth
/// (100,000 booths in view must stay within a frame's budget).
pub const BLOCK_FILLS_FROM: usize = 20_000;

/// Side of a block-fill cell, screen points.
const BLOCK_CELL: f32 = 2.0;

/// The colour of a booth drawn as a plain patch far away: its fill, but available booths keep a
/// tint of their theme so they do not vanish into the floor.
fn far_patch(status: BoothStatus, theme: Color32) -> Color32 {
    match status {
        BoothStatus::Available => theme.lerp_to_gamma(Color32::WHITE, 0.7),
        _ => tokens::booth_fill(status, theme),
    }
}

/// A coarse raster of the screen in which distant booths are painted, then turned into one
/// quad per horizontal run of one colour.
struct BlockFills {
    origin: Pos2,
    columns: usize,
    rows: usize,
    cells: Vec<Color32>,
}

impl BlockFills {
    fn new(screen: egui::Rect) -> Self {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a window is a few thousand points"
        )]
        let (columns, rows) = (
            (screen.width() / BLOCK_CELL).ceil().max(1.0) as usize,
            (screen.height() / BLOCK_CELL).ceil().max(1.0) as usize,
        );
        Self {
            origin: screen.min,
            columns,
            rows,
            cells: vec![Color32::TRANSPARENT; columns * rows],
        }
    }

    /// Paints in `colour` the cells whose centres lie in `r` (so booths that touch never share
    /// a cell), or, for a booth smaller than a cell, the cell holding its centre.
    fn fill(&mut self, r: egui::Rect, colour: Color32) {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to the raster just after"
        )]
        let first_centre_at_or_after =
            |v: f32, o: f32| ((v - o) / BLOCK_CELL - 0.5).ceil().max(0.0) as usize;
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to the raster just after"
        )]
        let holding = |v: f32, o: f32| ((v - o) / BLOCK_CELL).floor().max(0.0) as usize;
        let (mut x0, mut x1) = (
            first_centre_at_or_after(r.min.x, self.origin.x),
            first_centre_at_or_after(r.max.x, self.origin.x),
        );
        let (mut y0, mut y1) = (
            first_centre_at_or_after(r.min.y, self.origin.y),
            first_centre_at_or_after(r.max.y, self.origin.y),
        );
        if x1 <= x0 {
            x0 = holding(r.center().x, self.origin.x);
            x1 = x0 + 1;
        }
        if y1 <= y0 {
            y0 = holding(r.center().y, self.origin.y);
            y1 = y0 + 1;
        }
        let (x1, y1) = (x1.min(self.columns), y1.min(self.rows));
        for y in y0..y1 {
            let row = y * self.columns;
            for c in &mut self.cells[row + x0.min(x1)..row + x1] {
                *c = colour;
            }
        }
    }

    /// Adds one quad per run of equal colour, row by row.
    fn add_to(&self, mesh: &mut Mesh) {
        #[expect(clippy::cast_precision_loss, reason = "a few thousand cells a side")]
        let at = |x: usize, y: usize| {
            egui::pos2(self.origin.x + x as f32 * BLOCK_CELL, self.origin.y + y as f32 * BLOCK_CELL)
        };
        for (y, row) in self.cells.chunks(self.columns).enumerate() {
            let mut x = 0;
            while x < row.len() {
                let colour = row[x];
                let start = x;
                while x < row.len() && row[x] == colour {
                    x += 1;
                }
                if colour != Color32::TRANSPARENT {
                    mesh.add_colored_rect(
                        egui::Rect::from_min_max(at(start, y), at(x, y + 1)),
                        colour,
                    );
                }
            }
        }
    }
}

/// Adds one booth drawn at `r` on screen with its status treatment in its theme's colour: the
/// one drawing of a booth, shared by the canvas and the legend's swatches.
pub fn add_booth(mesh: &mut Mesh, r: egui::Rect, status: BoothStatus, theme: Color32) {
    let fill = tokens::booth_fill(status, theme);
    let side = r.width().min(r.height());
    if side < MIN_BORDER_SIDE {
        // Far away: a plain patch, a hair inside its outline so neighbours stay apart;
        // available booths keep a tint so they do not vanish.
        let patch = far_patch(status, theme);
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
