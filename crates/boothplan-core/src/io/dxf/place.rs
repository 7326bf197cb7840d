//! The sorted pieces placed as a layout: halls numbered in reading order, columns named after
//! the hall they stand in, doors that lie on a hall's wall made its exits, and everything moved
//! by whole metres so that the plan's top-left corner is near the origin.

use std::collections::BTreeMap;

use super::assemble::Assembled;
use crate::model::{Column, Exit, Hall, Layout, Point, Rect, point_in_polygon};

/// How far a door's ends may lie from a hall's wall and still be read as in it, metres.
pub const DOOR_ON_WALL_M: f64 = 0.05;

/// The layout, the number of exits each exit layer gave, and what was left out, in words.
pub(super) fn layout(
    name: &str,
    assembled: Assembled,
) -> (Layout, BTreeMap<String, usize>, Vec<String>) {
    let Assembled { mut halls, mut columns, mut doors, .. } = assembled;
    let all = halls.iter().chain(&columns).flatten();
    let (min_x, min_y) =
        all.fold((f64::INFINITY, f64::INFINITY), |(x, y), p| (x.min(p.x_m), y.min(p.y_m)));
    let shift = |p: &Point| Point::new(tidy(p.x_m - min_x.floor()), tidy(p.y_m - min_y.floor()));
    for p in halls.iter_mut().chain(columns.iter_mut()).flatten() {
        *p = shift(p);
    }
    for (_, a, b) in &mut doors {
        (*a, *b) = (shift(a), shift(b));
    }
    halls.sort_by(|a, b| {
        reading_order(a).total_cmp(&reading_order(b)).then(left(a).total_cmp(&left(b)))
    });
    columns.sort_by(|a, b| {
        reading_order(a).total_cmp(&reading_order(b)).then(left(a).total_cmp(&left(b)))
    });
    let halls: Vec<Hall> = halls
        .into_iter()
        .enumerate()
        .map(|(i, outline)| Hall::new(format!("H{}", i + 1), format!("Hall {}", i + 1), outline))
        .collect();
    let columns = name_columns(&halls, columns);
    let (exits, per_layer, stray) = exits_on_walls(&halls, doors);
    let mut notes = Vec::new();
    if stray > 0 {
        notes.push(format!(
            "{stray} segment(s) on the exit layers lie on no hall's wall (within {DOOR_ON_WALL_M} \
             m of one wall at both ends) and were left out"
        ));
    }
    let layout = Layout { name: name.to_owned(), halls, columns, exits, ..Layout::default() };
    (layout, per_layer, notes)
}

/// Columns named `H1-C001`… after the hall their centre is in, `C001`… when in none.
fn name_columns(halls: &[Hall], columns: Vec<Vec<Point>>) -> Vec<Column> {
    let mut per_hall = vec![0usize; halls.len()];
    let mut outside = 0usize;
    columns
        .into_iter()
        .map(|outline| {
            let centre = centre(&outline);
            if let Some(h) = halls.iter().position(|hall| point_in_polygon(centre, &hall.outline)) {
                per_hall[h] += 1;
                let id = format!("{}-C{:03}", halls[h].id, per_hall[h]);
                Column { id, hall: Some(halls[h].id.clone()), outline }
            } else {
                outside += 1;
                Column { id: format!("C{outside:03}"), hall: None, outline }
            }
        })
        .collect()
}

/// The doors that lie along one wall of a hall, moved exactly onto it, as exits `H1-E1`… in
/// reading order; how many each layer gave; and how many lay on no wall.
fn exits_on_walls(
    halls: &[Hall],
    mut doors: Vec<(String, Point, Point)>,
) -> (Vec<Exit>, BTreeMap<String, usize>, usize) {
    doors.sort_by(|a, b| {
        let (ca, cb) = (mid(a.1, a.2), mid(b.1, b.2));
        ca.y_m.total_cmp(&cb.y_m).then(ca.x_m.total_cmp(&cb.x_m))
    });
    let mut per_hall = vec![0usize; halls.len()];
    let mut per_layer: BTreeMap<String, usize> = BTreeMap::new();
    let mut stray = 0;
    let mut exits = Vec::new();
    for (layer, a, b) in doors {
        let on_wall = halls.iter().enumerate().find_map(|(h, hall)| {
            let n = hall.outline.len();
            (0..n).find_map(|i| {
                let (p, q) = (hall.outline[i], hall.outline[(i + 1) % n]);
                let (fa, da) = onto_segment(a, p, q);
                let (fb, db) = onto_segment(b, p, q);
                (da <= DOOR_ON_WALL_M && db <= DOOR_ON_WALL_M && (fa - fb).abs() > 0.0)
                    .then(|| (h, along(p, q, fa), along(p, q, fb)))
            })
        });
        let Some((h, from, to)) = on_wall else {
            stray += 1;
            continue;
        };
        per_hall[h] += 1;
        *per_layer.entry(layer).or_default() += 1;
        let id = format!("{}-E{}", halls[h].id, per_hall[h]);
        exits.push(Exit { id, hall: Some(halls[h].id.clone()), from, to });
    }
    (exits, per_layer, stray)
}

/// Where `x` falls along `p → q` (0 at p, 1 at q, clamped) and how far it is from that spot.
fn onto_segment(x: Point, p: Point, q: Point) -> (f64, f64) {
    let (dx, dy) = (q.x_m - p.x_m, q.y_m - p.y_m);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return (0.0, f64::INFINITY);
    }
    let t = (((x.x_m - p.x_m) * dx + (x.y_m - p.y_m) * dy) / len2).clamp(0.0, 1.0);
    let at = along(p, q, t);
    (t, (x.x_m - at.x_m).hypot(x.y_m - at.y_m))
}

/// The point a fraction `t` of the way from `p` to `q`, tidied like every imported coordinate.
fn along(p: Point, q: Point, t: f64) -> Point {
    Point::new(tidy(p.x_m + t * (q.x_m - p.x_m)), tidy(p.y_m + t * (q.y_m - p.y_m)))
}

/// The middle of a segment.
fn mid(a: Point, b: Point) -> Point {
    Point::new(f64::midpoint(a.x_m, b.x_m), f64::midpoint(a.y_m, b.y_m))
}

/// Rounds away the last bits of unit conversion (`12.345000000000001` → `12.345`), a
/// nanometre at most: nothing a floor area could show.
fn tidy(v: f64) -> f64 {
    let r = (v * 1e9).round() / 1e9;
    if r == 0.0 { 0.0 } else { r }
}

/// The top of an outline, to the metre, for sorting in reading order.
fn reading_order(outline: &[Point]) -> f64 {
    outline.iter().map(|p| p.y_m).fold(f64::INFINITY, f64::min).floor()
}

/// The left of an outline.
fn left(outline: &[Point]) -> f64 {
    outline.iter().map(|p| p.x_m).fold(f64::INFINITY, f64::min)
}

/// The middle of an outline's bounding box (a column's centre).
fn centre(outline: &[Point]) -> Point {
    Rect::bounding(outline.iter().copied()).map_or(Point::new(0.0, 0.0), |b| b.centre())
}
