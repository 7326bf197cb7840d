//! The floor itself: halls, columns, zones and booths, one Inkscape layer each.

use std::collections::{BTreeMap, HashSet};

use super::label::{fit_booth_label, number_size_mm, sheet_number_size_mm};
use super::scene::Scene;
use super::sheet::Projection;
use super::style;
use super::writer::{Esc, Num, id_safe, put};
use crate::model::{Colour, Point, Rect};

/// Theme colour for drawing; an unknown theme key draws in neutral grey.
pub fn theme_colour(themes: &BTreeMap<&str, Colour>, key: &str) -> Colour {
    themes.get(key).copied().unwrap_or(Colour::rgb(0x88, 0x88, 0x88))
}

/// Opens an Inkscape layer: a group with an id, a label and the layer mode.
pub fn open_layer(out: &mut String, id: &str, label: &str) {
    put!(out, "<g id=\"{id}\" inkscape:groupmode=\"layer\" inkscape:label=\"{label}\">\n");
}

/// Writes `M x y L … Z` for a polygon of venue points.
fn polygon_path(out: &mut String, proj: &Projection, outline: &[Point]) {
    for (i, p) in outline.iter().enumerate() {
        let (x, y) = proj.point(*p);
        put!(out, "{}{} {}", if i == 0 { "M" } else { " L" }, Num(x), Num(y));
    }
    out.push_str(" Z");
}

/// ` fill-opacity="…"` for a floor over a background plan, nothing otherwise.
struct SeeThrough(bool);

impl std::fmt::Display for SeeThrough {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 {
            write!(f, " fill-opacity=\"{}\"", Num(style::FLOOR_OPACITY_OVER_DRAWING))?;
        }
        Ok(())
    }
}

/// Hands out SVG ids from object ids, keeping them unique even in a layout with duplicates.
#[derive(Default)]
pub struct Ids(HashSet<String>);

impl Ids {
    /// `prefix-ID`, with `-2`, `-3`… appended if it was already used.
    pub fn make(&mut self, prefix: &str, id: &str) -> String {
        let base = format!("{prefix}-{}", id_safe(id));
        let mut candidate = base.clone();
        let mut n = 2;
        while !self.0.insert(candidate.clone()) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        candidate
    }
}

/// Halls: floor, walls and (in a separate layer, drawn last) their names and areas. A floor
/// over a background plan (`over_drawing` of its box) is see-through, so the drawing shows.
pub fn halls_layer(
    out: &mut String,
    scene: &Scene<'_>,
    proj: &Projection,
    unit: f64,
    ids: &mut Ids,
    over_drawing: &dyn Fn(Rect) -> bool,
) {
    open_layer(out, "halls", "Halls");
    for hall in &scene.halls {
        put!(out, "<path id=\"{}\" d=\"", ids.make("hall", &hall.id));
        polygon_path(out, proj, &hall.outline);
        put!(
            out,
            "\" fill=\"{}\"{} stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"miter\"/>\n",
            style::HALL_FLOOR,
            SeeThrough(hall.bounds().is_some_and(over_drawing)),
            style::HALL_WALL,
            Num(0.5 * unit)
        );
    }
    out.push_str("</g>\n");
}

/// Hall walls again, over the zones, so a zone that fills its hall does not hide the wall.
pub fn walls_layer(out: &mut String, scene: &Scene<'_>, proj: &Projection, unit: f64) {
    open_layer(out, "walls", "Walls");
    put!(
        out,
        "<g fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"miter\">\n",
        style::HALL_WALL,
        Num(0.5 * unit)
    );
    for hall in &scene.halls {
        out.push_str("<path d=\"");
        polygon_path(out, proj, &hall.outline);
        out.push_str("\"/>\n");
    }
    out.push_str("</g>\n</g>\n");
}

/// Columns and no-build areas, solid dark.
pub fn columns_layer(out: &mut String, scene: &Scene<'_>, proj: &Projection, ids: &mut Ids) {
    open_layer(out, "columns", "Columns");
    put!(out, "<g fill=\"{}\">\n", style::COLUMN);
    for column in &scene.columns {
        put!(out, "<path id=\"{}\" d=\"", ids.make("column", &column.id));
        polygon_path(out, proj, &column.outline);
        out.push_str("\"/>\n");
    }
    out.push_str("</g>\n</g>\n");
}

/// Doors: a green bar in the wall, as wide as the door, and an arrow pointing out of the hall.
pub fn exits_layer(
    out: &mut String,
    scene: &Scene<'_>,
    proj: &Projection,
    unit: f64,
    ids: &mut Ids,
) {
    if scene.exits.is_empty() {
        return;
    }
    open_layer(out, "exits", "Exits");
    put!(out, "<g fill=\"{}\" stroke=\"{}\">\n", style::EXIT, style::EXIT);
    for exit in &scene.exits {
        let (a, b) = (proj.point(exit.from), proj.point(exit.to));
        put!(
            out,
            "<g id=\"{}\"><path d=\"M{} {} L{} {}\" fill=\"none\" stroke-width=\"{}\"/>",
            ids.make("exit", &exit.id),
            Num(a.0),
            Num(a.1),
            Num(b.0),
            Num(b.1),
            Num(1.2 * unit)
        );
        let hall = exit.hall.as_deref().and_then(|id| scene.halls.iter().find(|h| h.id == id));
        if let Some((nx, ny)) = hall.and_then(|h| exit.inward(&h.outline)) {
            // Paper y runs down the page as the plan's does: outward is minus inward.
            let (ox, oy) = (-nx, -ny);
            let mid = (f64::midpoint(a.0, b.0), f64::midpoint(a.1, b.1));
            let at = |along: f64, across: f64| {
                (mid.0 + ox * along - oy * across, mid.1 + oy * along + ox * across)
            };
            let points =
                [at(0.8 * unit, 1.2 * unit), at(2.8 * unit, 0.0), at(0.8 * unit, -1.2 * unit)];
            out.push_str("<path d=\"");
            for (i, (x, y)) in points.iter().enumerate() {
                put!(out, "{}{} {}", if i == 0 { "M" } else { " L" }, Num(*x), Num(*y));
            }
            out.push_str(" Z\" stroke=\"none\"/>");
        }
        out.push_str("</g>\n");
    }
    out.push_str("</g>\n</g>\n");
}

/// Zones: a light tint of their theme with a dashed theme-coloured edge, see-through over a
/// background plan (`over_drawing`).
pub fn zones_layer(
    out: &mut String,
    scene: &Scene<'_>,
    proj: &Projection,
    unit: f64,
    ids: &mut Ids,
    over_drawing: &dyn Fn(Rect) -> bool,
) {
    open_layer(out, "zones", "Zones");
    let dash = 1.6 * unit;
    put!(
        out,
        "<g stroke-width=\"{}\" stroke-dasharray=\"{} {}\">\n",
        Num(0.3 * unit),
        Num(dash),
        Num(dash * 0.5)
    );
    for zone in &scene.zones {
        let colour = theme_colour(&scene.theme_colours, &zone.theme);
        let r = proj.rect(zone.rect);
        put!(
            out,
            "<rect id=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"{} stroke=\"{}\"/>\n",
            ids.make("zone", &zone.id),
            Num(r.x),
            Num(r.y),
            Num(r.w),
            Num(r.h),
            style::zone_fill(colour),
            SeeThrough(over_drawing(zone.rect)),
            style::theme_line(colour)
        );
    }
    out.push_str("</g>\n</g>\n");
}

/// Booths: fill by status in their theme colour, outlined in the theme's dark line.
pub fn booths_layer(
    out: &mut String,
    scene: &Scene<'_>,
    proj: &Projection,
    unit: f64,
    ids: &mut Ids,
) {
    open_layer(out, "booths", "Booths");
    let stroke = (0.06 * proj.mm_per_m).clamp(0.05, 0.2 * unit);
    put!(out, "<g stroke-width=\"{}\">\n", Num(stroke));
    for booth in &scene.booths {
        let colour = theme_colour(&scene.theme_colours, &booth.theme);
        let r = proj.rect(booth.rect);
        put!(
            out,
            "<rect id=\"{}\" class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"{}\"/>\n",
            ids.make("booth", &booth.id),
            booth.status.as_str(),
            Num(r.x),
            Num(r.y),
            Num(r.w),
            Num(r.h),
            style::booth_fill(colour, booth.status),
            style::theme_line(colour)
        );
    }
    out.push_str("</g>\n</g>\n");
}

/// Booth numbers and exhibitors, fitted inside each booth; returns how many booths were too
/// small on paper for even their number.
pub fn booth_labels_layer(
    out: &mut String,
    scene: &Scene<'_>,
    proj: &Projection,
    unit: f64,
) -> usize {
    let mut left_out = 0;
    open_layer(out, "booth-labels", "Booth numbers");
    out.push_str("<g text-anchor=\"middle\">\n");
    let cap = 3.2 * unit;
    let sizes = scene.booths.iter().map(|b| {
        let r = proj.rect(b.rect);
        number_size_mm(&b.id, r.w, r.h, cap).max(number_size_mm(&b.id, r.h, r.w, cap))
    });
    let max_size = sheet_number_size_mm(sizes.collect(), cap);
    for booth in &scene.booths {
        let r = proj.rect(booth.rect);
        // A tall narrow booth reads its label turned a quarter, bottom to top, as on drawings.
        let upright = number_size_mm(&booth.id, r.w, r.h, max_size);
        let turned =
            r.h > r.w * 1.2 && number_size_mm(&booth.id, r.h, r.w, max_size) > upright * 1.2;
        let (box_w, box_h) = if turned { (r.h, r.w) } else { (r.w, r.h) };
        let lines = fit_booth_label(&booth.id, &booth.exhibitor, box_w, box_h, max_size);
        if lines.is_empty() {
            left_out += 1;
            continue;
        }
        let colour = theme_colour(&scene.theme_colours, &booth.theme);
        let ink = style::text_on(style::booth_fill(colour, booth.status));
        let (cx, cy) = (r.x + r.w / 2.0, r.y + r.h / 2.0);
        if turned {
            put!(out, "<g transform=\"rotate(-90 {} {})\">\n", Num(cx), Num(cy));
        }
        let top = cy - box_h / 2.0;
        for line in lines {
            put!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\">{}</text>\n",
                Num(cx),
                Num(top + line.baseline_mm),
                Num(line.size_mm),
                if line.bold { " font-weight=\"bold\"" } else { "" },
                ink,
                Esc(line.text)
            );
        }
        if turned {
            out.push_str("</g>\n");
        }
    }
    out.push_str("</g>\n</g>\n");
    left_out
}
