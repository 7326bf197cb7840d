//! Paints the layout itself — halls, columns, zones, booths — one batched mesh per layer, culled
//! to what is on screen and simplified when objects are only a few points wide.

use egui::{Color32, Mesh, Painter, Pos2, Shape};

use super::booth_layer::BoothFacts;
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

/// The booth layer: booths filled by theme with their status treatment (sold solid, reserved
/// light and hatched, available white with a theme border); with `found` (one flag per booth,
/// from Find), the booths without the flag fade into the floor so the matches stand out.
/// `facts` holds each booth's colours and place (from [`super::booth_layer::BoothLayer`]; made
/// here if they are not `layout`'s), `largest` the largest booth's size on screen.
pub fn booth_layer(
    view: &ScreenFromWorld,
    layout: &Layout,
    facts: &BoothFacts,
    found: Option<&[bool]>,
    largest: egui::Vec2,
) -> Shape {
    if !facts.fit(layout) {
        return booth_layer(view, layout, &BoothFacts::of(layout), found, largest);
    }
    let visible = view.screen();
    let mut mesh = Mesh::default();
    // A fair of tens of thousands of booths, seen whole: distant booths become block fills.
    let mut blocks = (layout.booths.len() > BLOCK_FILLS_FROM).then(|| BlockFills::new(visible));
    if blocks.is_none() || largest.x.min(largest.y) >= MIN_BORDER_SIDE {
        // A fill (4 vertices, 6 indices) and a border ring (8, 24) a booth; hatching grows it.
        let expected = layout.booths.len().min(20_000);
        mesh.reserve_vertices(expected * 12);
        mesh.reserve_triangles(expected * 10);
    }
    // Where the booths' packed rectangles land on screen, in f32: close enough to sort booths
    // into near and far; a booth drawn in detail is placed again exactly.
    #[expect(clippy::cast_possible_truncation, reason = "screen points and metres across a venue")]
    let (scale, shift) = {
        let (c, centre, s) = (visible.center(), view.centre_m(), view.points_per_m());
        let shift = |screen: f32, centre_m: f64, origin_m: f64| {
            (f64::from(screen) - (centre_m - origin_m) * s) as f32
        };
        (
            s as f32,
            [shift(c.x, centre.x_m, facts.origin[0]), shift(c.y, centre.y_m, facts.origin[1])],
        )
    };
    for (i, packed) in facts.rects.iter().enumerate() {
        let r = egui::Rect::from_min_max(
            egui::pos2(packed[0] * scale + shift[0], packed[1] * scale + shift[1]),
            egui::pos2(packed[2] * scale + shift[0], packed[3] * scale + shift[1]),
        );
        if !visible.intersects(r) {
            continue;
        }
        let dimmed = found.is_some_and(|f| !f.get(i).copied().unwrap_or(false));
        if let Some(blocks) = blocks.as_mut()
            && r.width().min(r.height()) < MIN_BORDER_SIDE
        {
            blocks.fill(r, if dimmed { tokens::FIND_DIMMED_FILL } else { facts.far_colours[i] });
            continue;
        }
        let booth = &layout.booths[i];
        let r = view.screen_rect(&booth.rect);
        if !visible.intersects(r) {
            continue;
        }
        if dimmed {
            mesh.add_colored_rect(r, tokens::FIND_DIMMED_FILL);
            add_rect_border(&mut mesh, r, 1.0, tokens::FIND_DIMMED_BORDER);
            continue;
        }
        add_booth(&mut mesh, r, booth.status, facts.theme_colours[i]);
    }
    if let Some(blocks) = blocks {
        blocks.add_to(&mut mesh);
    }
    Shape::mesh(mesh)
}

/// Above this many booths in a layout, booths only a few points wide are merged into block
/// fills: one quad per run of equal colour on a coarse screen raster, instead of one per booth
/// (100,000 booths in view must stay within a frame's budget).
pub const BLOCK_FILLS_FROM: usize = 20_000;

/// Side of a block-fill cell, screen points.
const BLOCK_CELL: f32 = 2.0;

/// The colour of a booth drawn as a plain patch far away: its fill, but available booths keep a
/// tint of their theme so they do not vanish into the floor.
pub fn far_patch(status: BoothStatus, theme: Color32) -> Color32 {
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
        // In cells from the origin; rounded with casts, not `ceil`/`floor` (library calls on
        // this target, once per booth of 100,000).
        let to_cells = |v: f32, o: f32| (v - o) * (1.0 / BLOCK_CELL);
        let (mut x0, mut x1) = (
            at_or_after(to_cells(r.min.x, self.origin.x) - 0.5),
            at_or_after(to_cells(r.max.x, self.origin.x) - 0.5),
        );
        let (mut y0, mut y1) = (
            at_or_after(to_cells(r.min.y, self.origin.y) - 0.5),
            at_or_after(to_cells(r.max.y, self.origin.y) - 0.5),
        );
        if x1 <= x0 {
            x0 = holding(to_cells(r.center().x, self.origin.x));
            x1 = x0 + 1;
        }
        if y1 <= y0 {
            y0 = holding(to_cells(r.center().y, self.origin.y));
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

/// The smallest whole number at or after `t`, 0 for anything below it (`ceil`, clamped).
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "positive, and clamped to the raster by the caller; a window is a few thousand cells"
)]
fn at_or_after(t: f32) -> usize {
    if t.is_nan() || t <= 0.0 {
        return 0;
    }
    let whole = t as usize;
    whole + usize::from((whole as f32) < t)
}

/// The whole number at or below `t`, 0 for anything below it (`floor`, clamped).
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "positive, and clamped to the raster by the caller"
)]
fn holding(t: f32) -> usize {
    if t.is_nan() || t <= 0.0 { 0 } else { t as usize }
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
