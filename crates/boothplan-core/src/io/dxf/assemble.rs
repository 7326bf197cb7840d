//! Flat pieces sorted by their layers' roles: closed outlines on hall layers are halls, small
//! closed outlines and circles on column layers are columns, straight segments on exit layers
//! are doors-to-be; an open outline where a hall is expected is refused.

use std::collections::BTreeMap;

use super::flatten::{Piece, Shape, Source};
use super::layers::{LayerRole, LayerRoles};
use crate::model::{Point, polygon_area_m2};

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
    /// Straight segments on exit layers, with their layer: exits where they lie on a hall's wall.
    pub doors: Vec<(String, Point, Point)>,
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
        doors: Vec::new(),
        notes: Vec::new(),
        per_layer: BTreeMap::new(),
    };
    let mut big_columns = 0;
    // Shapes boothplan does not read (splines, ellipses…) where halls or columns are read, by
    // layer and type: a hall drawn as a spline would otherwise vanish without a word.
    let mut unread: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
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
            (LayerRole::Exits, Shape::Open(v)) => {
                for w in v.windows(2) {
                    let (a, b) = (Point::new(w[0].0, w[0].1), Point::new(w[1].0, w[1].1));
                    out.doors.push((piece.layer.clone(), a, b));
                }
            }
            (LayerRole::Halls | LayerRole::Columns, Shape::Unread)
                if !matches!(piece.source.kind, "TEXT" | "MTEXT" | "DIMENSION" | "ATTRIB") =>
            {
                *unread.entry((piece.layer.clone(), piece.source.kind)).or_default() += 1;
            }
            _ => {}
        }
        if out.halls.len() + out.columns.len() > before
            && let Some((_, n)) = out.per_layer.get_mut(&piece.layer)
        {
            *n += 1;
        }
    }
    for ((layer, kind), n) in unread {
        out.notes.push(format!(
            "layer {layer}: {n} {kind} not read (boothplan reads polylines, circles and lines, \
             in blocks too): redraw them as closed polylines to import them"
        ));
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
