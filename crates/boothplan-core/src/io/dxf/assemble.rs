//! Flat pieces on chosen layers into a layout: closed outlines on hall layers become halls,
//! small closed outlines and circles on column layers become columns, in reading order, moved
//! so the plan starts near the origin.

use std::collections::BTreeMap;

use geo::{Contains as _, Coord, LineString, Polygon};

use super::flatten::{Piece, Shape, Source};
use super::layers::{LayerRole, LayerRoles};
use crate::model::{Column, Hall, Layout, Point, polygon_area_m2};

/// Largest footprint read as a column, m²: anything bigger on a column layer is more likely a
/// core, a stair or a legend box, and is left out (and said so).
pub const MAX_COLUMN_AREA_M2: f64 = 100.0;

/// A refusal about one entity: its handle (to find its line) and what is wrong.
#[derive(Debug)]
pub(super) struct Refusal {
    /// The entity's handle, or empty when the refusal is about the drawing as a whole.
    pub handle: String,
    /// The sentence.
    pub message: String,
}

/// What the pieces gave: the halls and columns in floor metres (not yet moved), and notes.
pub(super) struct Assembled {
    /// Hall outlines.
    pub halls: Vec<Vec<Point>>,
    /// Column outlines.
    pub columns: Vec<Vec<Point>>,
    /// Things left out, in words.
    pub notes: Vec<String>,
    /// How many halls or columns each used layer gave, by the layer's name.
    pub per_layer: BTreeMap<String, (LayerRole, usize)>,
}

/// Sorts the pieces on the chosen layers into halls and columns.
pub(super) fn assemble(pieces: &[Piece], roles: &LayerRoles) -> Result<Assembled, Refusal> {
    let mut out = Assembled {
        halls: Vec::new(),
        columns: Vec::new(),
        notes: Vec::new(),
        per_layer: BTreeMap::new(),
    };
    let mut big_columns = 0;
    for piece in pieces {
        let role = roles.role(&piece.layer);
        if role != LayerRole::Ignore {
            out.per_layer.entry(piece.layer.clone()).or_insert((role, 0));
        }
        let before = out.halls.len() + out.columns.len();
        match (role, &piece.shape) {
            (LayerRole::Halls, Shape::Closed(v) | Shape::Circle(v)) => {
                out.halls.push(outline(v, piece)?);
            }
            (LayerRole::Halls, Shape::Open(v)) => return Err(open_on_hall_layer(piece, v)),
            (LayerRole::Columns, Shape::Closed(v) | Shape::Circle(v)) => {
                let outline = outline(v, piece)?;
                if polygon_area_m2(&outline) <= MAX_COLUMN_AREA_M2 {
                    out.columns.push(outline);
                } else {
                    big_columns += 1;
                }
            }
            _ => {}
        }
        if out.halls.len() + out.columns.len() > before
            && let Some((_, n)) = out.per_layer.get_mut(&piece.layer)
        {
            *n += 1;
        }
    }
    if big_columns > 0 {
        out.notes.push(format!(
            "{big_columns} closed shape(s) on the column layers are larger than \
             {MAX_COLUMN_AREA_M2} m² and were left out (not columns)"
        ));
    }
    Ok(out)
}

/// The refusal for a line or open polyline where halls are read.
fn open_on_hall_layer(piece: &Piece, v: &[(f64, f64)]) -> Refusal {
    let gap = match (v.first(), v.last()) {
        (Some(a), Some(b)) => (a.0 - b.0).hypot(a.1 - b.1),
        _ => 0.0,
    };
    Refusal {
        handle: piece.source.handle.clone(),
        message: format!(
            "layer {}: {} is open (its ends are {gap:.2} m apart), but halls are read from \
             closed polylines; close it in the CAD program, or name the layer that holds the \
             hall outlines with --halls LAYER",
            piece.layer, piece.source
        ),
    }
}

/// The piece's vertices as an outline, refusing one with no area or a non-finite vertex.
fn outline(v: &[(f64, f64)], piece: &Piece) -> Result<Vec<Point>, Refusal> {
    let mut points: Vec<Point> = Vec::with_capacity(v.len());
    for &(x, y) in v {
        let p = Point::new(x, y);
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
    let refuse = |what: &str| Refusal {
        handle: piece.source.handle.clone(),
        message: format!("layer {}: {} {what}", piece.layer, describe(&piece.source)),
    };
    if points.iter().any(|p| !p.x_m.is_finite() || !p.y_m.is_finite()) {
        return Err(refuse("has a coordinate that is not a finite number"));
    }
    if points.len() < 3 || polygon_area_m2(&points) < 1e-6 {
        return Err(refuse(
            "encloses no area (fewer than three distinct corners, or all in a line)",
        ));
    }
    Ok(points)
}

/// The source in words, for messages.
fn describe(source: &Source) -> String {
    source.to_string()
}

/// The layout: halls numbered in reading order (top to bottom, then left to right), columns
/// named after the hall they stand in, everything moved by whole metres so that the plan's
/// top-left corner is near the origin.
pub(super) fn layout(name: &str, assembled: Assembled) -> Layout {
    let Assembled { mut halls, mut columns, .. } = assembled;
    let all = halls.iter().chain(&columns).flatten();
    let (min_x, min_y) =
        all.fold((f64::INFINITY, f64::INFINITY), |(x, y), p| (x.min(p.x_m), y.min(p.y_m)));
    let (dx, dy) = (-min_x.floor(), -min_y.floor());
    for p in halls.iter_mut().chain(columns.iter_mut()).flatten() {
        *p = Point::new(tidy(p.x_m + dx), tidy(p.y_m + dy));
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
        .map(|(i, outline)| Hall {
            id: format!("H{}", i + 1),
            name: format!("Hall {}", i + 1),
            outline,
        })
        .collect();
    let shapes: Vec<Polygon> = halls.iter().map(|h| polygon(&h.outline)).collect();
    let mut per_hall = vec![0usize; halls.len()];
    let mut outside = 0usize;
    let columns = columns
        .into_iter()
        .map(|outline| {
            let centre = centre(&outline);
            if let Some(h) = shapes.iter().position(|s| s.contains(&centre)) {
                per_hall[h] += 1;
                let id = format!("{}-C{:03}", halls[h].id, per_hall[h]);
                Column { id, hall: Some(halls[h].id.clone()), outline }
            } else {
                outside += 1;
                Column { id: format!("C{outside:03}"), hall: None, outline }
            }
        })
        .collect();
    Layout { name: name.to_owned(), halls, columns, ..Layout::default() }
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
fn centre(outline: &[Point]) -> Coord {
    let b = crate::model::Rect::bounding(outline.iter().copied())
        .unwrap_or(crate::model::Rect::new(0.0, 0.0, 0.0, 0.0));
    let c = b.centre();
    Coord { x: c.x_m, y: c.y_m }
}

/// The outline as a `geo` polygon, for containment.
fn polygon(outline: &[Point]) -> Polygon {
    Polygon::new(
        LineString::from(outline.iter().map(|p| (p.x_m, p.y_m)).collect::<Vec<_>>()),
        vec![],
    )
}
