//! The sidebar: title, legend of themes and statuses, area tables, then scale bar and title block.

use super::pen::{Anchor, Font, Pen};
use super::scene::Scene;
use super::sheet::{PaperBox, Projection, Sheet};
use super::style::{self, INK, INK_SOFT, RULE};
use super::title_block::{TitleInfo, scale_bar, title_block};
use super::wrap::wrap;
use super::writer::{Num, put};
use crate::model::{BoothStatus, Colour, Layout};
use crate::stats::LayoutStats;
use crate::units::format_area_m2;

/// The sidebar's text column: left edge, width and the sheet's size unit, all mm.
#[derive(Clone, Copy)]
pub struct Column {
    /// Left edge, mm.
    pub x: f64,
    /// Width, mm.
    pub w: f64,
    /// The sheet's size unit.
    pub u: f64,
}

impl Column {
    /// Where legend labels start, right of the swatches.
    fn label_x(self) -> f64 {
        self.x + 11.5 * self.u
    }

    /// Right edge of a table's "Booths" column.
    fn booths_x(self) -> f64 {
        self.x + self.w * 0.68
    }

    /// A full-width rule at `y`.
    pub fn rule(self, pen: &mut Pen<'_>, y: f64, colour: Colour, width: f64) {
        pen.line((self.x, y), (self.x + self.w, y), colour, width * self.u);
    }
}

/// What a sheet's sidebar holds above its scale bar and title block: a first part (title and
/// legend) and a second (tables), stacked beside the plan or side by side in a band below it.
pub trait SidebarParts {
    /// Draws the first part in `col` from `y0` down; returns where it ends.
    fn first(&self, pen: &mut Pen<'_>, col: Column, y0: f64) -> f64;
    /// Draws the second part in `col` from `y0` down, using the room above `limit` if it
    /// likes; returns where it ends.
    fn second(&self, pen: &mut Pen<'_>, col: Column, y0: f64, limit: f64) -> f64;
}

/// The floor plan's sidebar parts: title, legends of themes and symbols; area tables.
struct PlanParts<'s, 'a> {
    layout: &'s Layout,
    scene: &'s Scene<'a>,
    stats: &'s LayoutStats,
}

impl SidebarParts for PlanParts<'_, '_> {
    fn first(&self, pen: &mut Pen<'_>, col: Column, y0: f64) -> f64 {
        legend_part(pen, self.layout, self.scene, self.stats, col, y0)
    }

    fn second(&self, pen: &mut Pen<'_>, col: Column, y0: f64, limit: f64) -> f64 {
        tables_part(pen, self.layout, self.scene, self.stats, col, y0, limit)
    }
}

/// Draws the floor plan's sidebar.
pub fn sidebar(
    out: &mut String,
    layout: &Layout,
    scene: &Scene<'_>,
    stats: &LayoutStats,
    proj: &Projection,
    sheet: &Sheet,
    info: &TitleInfo<'_>,
) {
    sidebar_with(out, &PlanParts { layout, scene, stats }, layout, scene, proj, sheet, info);
}

/// Draws a whole sidebar of `parts`: one column beside the plan, or three columns in a band
/// below it, with the scale bar and title block.
pub fn sidebar_with(
    out: &mut String,
    parts: &dyn SidebarParts,
    layout: &Layout,
    scene: &Scene<'_>,
    proj: &Projection,
    sheet: &Sheet,
    info: &TitleInfo<'_>,
) {
    let u = sheet.unit;
    let side = sheet.sidebar;
    out.push_str("<g id=\"legend\" inkscape:groupmode=\"layer\" inkscape:label=\"Legend\">\n");
    let mut pen = Pen { out };
    if sheet.band_below {
        pen.line((side.x, side.y), (side.right(), side.y), INK, 0.35 * u);
        let third = side.w / 3.0;
        let column = |i: f64| Column { x: side.x + i * third + 4.0 * u, w: third - 8.0 * u, u };
        let block = PaperBox { x: side.x + 2.0 * third, w: third, ..side };
        let block_top = title_block(&mut pen, layout, scene, proj, info, block, u);
        let bar_top = (block_top - 12.0 * u).max(side.y + 8.0 * u);
        scale_bar(&mut pen, proj, (column(2.0).x, bar_top), column(2.0).w, u);
        let limit = side.bottom() - 2.0 * u;
        let mut part = String::new();
        let y = parts.first(&mut Pen { out: &mut part }, column(0.0), side.y);
        shrunk_into(pen.out, &part, (side.x, side.y), y, limit);
        let mut part = String::new();
        let mut tables = Pen { out: &mut part };
        let y = parts.second(&mut tables, column(1.0), side.y, limit);
        shrunk_into(pen.out, &part, (side.x + third, side.y), y, limit);
    } else {
        pen.line((side.x, side.y), (side.x, side.bottom()), INK, 0.35 * u);
        let col = Column { x: side.x + 4.0 * u, w: side.w - 8.0 * u, u };
        let block_top = title_block(&mut pen, layout, scene, proj, info, side, u);
        let bar_top = block_top - 12.0 * u;
        scale_bar(&mut pen, proj, (col.x, bar_top), col.w, u);
        // Room left above the scale bar's labels for the title, legend and tables.
        let limit = bar_top - 6.0 * u;
        let mut part = String::new();
        let mut top = Pen { out: &mut part };
        let y = parts.first(&mut top, col, side.y);
        let y = parts.second(&mut top, col, y - 3.0 * u, limit);
        shrunk_into(pen.out, &part, (side.x, side.y), y, limit);
    }
    pen.out.push_str("</g>\n");
}

/// Appends `part` (drawn from `origin` down to `bottom`), scaled about `origin` to end at
/// `limit` if it is longer: many themes on small paper shrink rather than collide.
fn shrunk_into(out: &mut String, part: &str, origin: (f64, f64), bottom: f64, limit: f64) {
    if bottom <= limit {
        out.push_str(part);
        return;
    }
    let k = (limit - origin.1) / (bottom - origin.1);
    put!(
        out,
        "<g transform=\"translate({} {}) scale({}) translate({} {})\">\n",
        Num(origin.0),
        Num(origin.1),
        Num(k),
        Num(-origin.0),
        Num(-origin.1)
    );
    out.push_str(part);
    out.push_str("</g>\n");
}

/// Title, what the sheet shows, and the legends of themes, statuses and symbols, from `y0`
/// down; returns where they end.
fn legend_part(
    pen: &mut Pen<'_>,
    layout: &Layout,
    scene: &Scene<'_>,
    stats: &LayoutStats,
    col: Column,
    y0: f64,
) -> f64 {
    let u = col.u;
    let subtitle = match scene.hall {
        Some(hall) => format!("{} · {}", hall.name, format_area_m2(hall.area_m2())),
        None => format!(
            "Overview · {} {} · {}",
            stats.halls.len(),
            if stats.halls.len() == 1 { "hall" } else { "halls" },
            format_area_m2(stats.total_hall_area_m2)
        ),
    };
    let mut y = title(pen, layout, col, y0, &subtitle);
    y = themes_legend(pen, layout, col, y + 7.0 * u);
    y = status_legend(pen, col, y + 4.0 * u, !scene.exits.is_empty());
    col.rule(pen, y, RULE, 0.25);
    y
}

/// The fair's name, wrapped, then what this sheet shows, and a rule under them, from `y0`
/// down; returns where they end.
pub fn title(pen: &mut Pen<'_>, layout: &Layout, col: Column, y0: f64, subtitle: &str) -> f64 {
    let u = col.u;
    let mut y = y0 + 4.0 * u;
    let title = Font::new(5.0 * u, INK).bold();
    for line in wrap(&layout.name, col.w / title.size, 3, true) {
        y += title.size * 1.25;
        pen.fitted((col.x, y), col.w, title, &line);
    }
    y += 5.0 * u;
    pen.fitted((col.x, y), col.w, Font::new(3.4 * u, INK_SOFT), subtitle);
    y += 3.0 * u;
    col.rule(pen, y, RULE, 0.25);
    y
}

/// The area table and, on the overview when there is room above `limit`, the halls table;
/// returns where they end.
fn tables_part(
    pen: &mut Pen<'_>,
    layout: &Layout,
    scene: &Scene<'_>,
    stats: &LayoutStats,
    col: Column,
    y0: f64,
    limit: f64,
) -> f64 {
    let u = col.u;
    let mut y = area_table(pen, layout, stats, col, y0 + 10.0 * u);
    let halls_h = table_height(stats.halls.len(), u);
    if scene.hall.is_none() && !stats.halls.is_empty() && y + 8.0 * u + halls_h <= limit {
        halls_table(pen, stats, col, y + 8.0 * u);
        y += 8.0 * u + halls_h;
    }
    y
}

/// Height of a table with `rows` rows, heading included.
fn table_height(rows: usize, u: f64) -> f64 {
    6.4 * u + rows as f64 * 2.5 * u * 1.55
}

/// Section heading in small soft capitals.
pub fn heading(pen: &mut Pen<'_>, col: Column, y: f64, text: &str) {
    pen.text((col.x, y), Font::new(2.3 * col.u, INK_SOFT).bold(), &text.to_uppercase());
}

/// One row per theme: a sold swatch on the theme's zone tint, and the theme's name.
fn themes_legend(pen: &mut Pen<'_>, layout: &Layout, col: Column, mut y: f64) -> f64 {
    let u = col.u;
    heading(pen, col, y, "Themes");
    y += 2.5 * u;
    for theme in &layout.themes {
        let line = Some((style::theme_line(theme.colour), 0.2 * u));
        pen.rect(
            PaperBox { x: col.x, y, w: 9.0 * u, h: 4.6 * u },
            style::zone_fill(theme.colour),
            line,
        );
        let inner = PaperBox { x: col.x + 2.0 * u, y: y + 1.0 * u, w: 5.0 * u, h: 2.6 * u };
        pen.rect(inner, theme.colour, line);
        let max_w = col.w - 11.5 * u;
        pen.fitted((col.label_x(), y + 3.4 * u), max_w, Font::new(2.7 * u, INK), &theme.name);
        y += 6.2 * u;
    }
    y
}

/// How a booth's status shows, drawn in a neutral colour, plus the other symbols of the plan.
fn status_legend(pen: &mut Pen<'_>, col: Column, mut y: f64, exits: bool) -> f64 {
    let u = col.u;
    heading(pen, col, y, "Booths and symbols");
    y += 2.5 * u;
    let sample = Colour::rgb(0x6B, 0x72, 0x80);
    let label = Font::new(2.5 * u, INK);
    let max_w = col.w - 11.5 * u;
    let rows = [
        (BoothStatus::Sold, "Sold: full theme colour"),
        (BoothStatus::Reserved, "Reserved: light theme colour"),
        (BoothStatus::Available, "Available: white, theme outline"),
        (BoothStatus::Blocked, "Blocked (not for sale): dark grey"),
    ];
    for (status, words) in rows {
        let swatch = PaperBox { x: col.x + 2.0 * u, y: y + 0.4 * u, w: 5.0 * u, h: 3.8 * u };
        let outline = Some((style::theme_line(sample), 0.2 * u));
        pen.rect(swatch, style::booth_fill(sample, status), outline);
        pen.fitted((col.label_x(), y + 3.4 * u), max_w, label, words);
        y += 5.4 * u;
    }
    let column = PaperBox { x: col.x + 3.0 * u, y: y + 0.7 * u, w: 3.0 * u, h: 3.0 * u };
    pen.rect(column, style::COLUMN, None);
    pen.fitted((col.label_x(), y + 3.4 * u), max_w, label, "Column / no-build area");
    y += 5.4 * u;
    let hall = PaperBox { x: col.x + 1.0 * u, y: y + 0.4 * u, w: 7.0 * u, h: 3.8 * u };
    pen.rect(hall, style::HALL_FLOOR, Some((style::HALL_WALL, 0.5 * u)));
    pen.fitted((col.label_x(), y + 3.4 * u), max_w, label, "Hall walls and floor");
    if exits {
        y += 5.4 * u;
        exit_row(pen, col, y, "Exit: door to scale, arrow out");
    }
    y + 7.0 * u
}

/// A legend row for exits: the green door bar and `words`.
pub fn exit_row(pen: &mut Pen<'_>, col: Column, y: f64, words: &str) {
    let u = col.u;
    pen.line((col.x + 1.0 * u, y + 2.3 * u), (col.x + 8.0 * u, y + 2.3 * u), style::EXIT, 1.2 * u);
    legend_words(pen, col, y, words);
}

/// The words of a legend row beside its swatch at `y`.
pub fn legend_words(pen: &mut Pen<'_>, col: Column, y: f64, words: &str) {
    let u = col.u;
    pen.fitted((col.label_x(), y + 3.4 * u), col.w - 11.5 * u, Font::new(2.5 * u, INK), words);
}

/// A table's heading and column titles; returns the baseline of the first row's top.
fn table_head(pen: &mut Pen<'_>, col: Column, y: f64, title: &str, area_title: &str) -> f64 {
    let u = col.u;
    heading(pen, col, y, title);
    let y = y + 5.0 * u;
    let small = Font::new(2.1 * u, INK_SOFT).anchored(Anchor::End);
    pen.text((col.booths_x(), y), small, "Booths");
    pen.text((col.x + col.w, y), small, area_title);
    let y = y + 1.4 * u;
    col.rule(pen, y, RULE, 0.2);
    y
}

/// A table row: name, booth count and area; `swatch` puts a theme colour before the name.
fn table_row(
    pen: &mut Pen<'_>,
    col: Column,
    y: f64,
    name: &str,
    swatch: Option<Colour>,
    booths: usize,
    area_m2: f64,
) {
    let cell = Font::new(2.5 * col.u, INK);
    let mut name_x = col.x;
    if let Some(colour) = swatch {
        let s = cell.size;
        pen.rect(PaperBox { x: col.x, y: y - s * 0.8, w: s * 0.9, h: s * 0.9 }, colour, None);
        name_x += s * 1.4;
    }
    pen.fitted((name_x, y), col.booths_x() - name_x - 9.0 * col.u, cell, name);
    pen.text((col.booths_x(), y), cell.anchored(Anchor::End), &booths.to_string());
    pen.text((col.x + col.w, y), cell.anchored(Anchor::End), &format_area_m2(area_m2));
}

/// Booths, booth area and sold share per theme, with a total line; returns the bottom.
fn area_table(pen: &mut Pen<'_>, layout: &Layout, stats: &LayoutStats, col: Column, y: f64) -> f64 {
    let mut y = table_head(pen, col, y, "Booth area by theme", "Area");
    let row = 2.5 * col.u * 1.55;
    let mut keys: Vec<&str> = layout.themes.iter().map(|t| t.key.as_str()).collect();
    // Keys used by booths but missing from the theme list still get their line.
    keys.extend(stats.by_theme.keys().map(String::as_str).filter(|k| layout.theme(k).is_none()));
    for key in keys {
        let Some(figures) = stats.by_theme.get(key) else { continue };
        y += row;
        let (name, colour) = layout
            .theme(key)
            .map_or((key, Colour::rgb(0x88, 0x88, 0x88)), |t| (t.name.as_str(), t.colour));
        table_row(pen, col, y, name, Some(colour), figures.booths, figures.area_m2);
    }
    y += row * 0.5;
    col.rule(pen, y, INK, 0.25);
    y += row;
    table_row(pen, col, y, "Total", None, stats.booth_count, stats.booth_area_m2);
    y += row;
    let sold = format!("Sold: {:.0} % of booth area", stats.sold_share * 100.0);
    pen.text((col.x, y), Font::new(2.3 * col.u, INK_SOFT), &sold);
    y
}

/// Every hall with its floor area and booths: the overview's index to the hall sheets.
fn halls_table(pen: &mut Pen<'_>, stats: &LayoutStats, col: Column, y: f64) {
    let mut y = table_head(pen, col, y, "Halls", "Floor area");
    for hall in &stats.halls {
        y += 2.5 * col.u * 1.55;
        table_row(pen, col, y, &hall.name, None, hall.booth_count, hall.area_m2);
    }
}
