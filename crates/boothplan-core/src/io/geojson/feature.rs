//! Reading one GeoJSON feature into a hall, column, zone or booth (docs/SPEC.md §5).
//!
//! Errors are plain sentences; the caller adds the file, position, index and id.

use serde_json::{Map, Value};

use crate::model::{BoothStatus, ObjectKind, Point, Rect};
use crate::projection::Projection;

/// Metres that positions read in degrees are rounded to: a longitude/latitude export is
/// within 0.1 mm, so a plan drawn to the millimetre comes back to the same decimals.
const DEGREE_SNAP_M: f64 = 1e-3;
/// [`DEGREE_SNAP_M`] as a divisor, so that rounding gives the double nearest the decimal.
const SNAPS_PER_M: f64 = 1e3;

/// One feature as read, before halls are found by containment and themes resolved.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Feature {
    /// What the feature is.
    pub kind: ObjectKind,
    /// `properties.sprinklered` of a hall: true only when the property is `true`.
    pub sprinklered: bool,
    /// `properties.id`.
    pub id: String,
    /// `properties.hall`: `None` when the property is absent (the hall is then found by
    /// containment), `Some(None)` when it is `null` or empty (the object stands in no hall, as
    /// export writes it), else the hall's id.
    #[expect(
        clippy::option_option,
        reason = "three cases on purpose: absent, no hall, a hall's id"
    )]
    pub hall: Option<Option<String>>,
    /// `properties.theme`, when given.
    pub theme: Option<String>,
    /// `properties.name`, when given.
    pub name: Option<String>,
    /// `properties.status`, read; available when absent.
    pub status: BoothStatus,
    /// `properties.exhibitor`, empty when absent.
    pub exhibitor: String,
    /// The ring without its closing vertex.
    pub outline: Vec<Point>,
    /// The rectangle, for zones and booths.
    pub rect: Option<Rect>,
}

/// The id of a feature, as far as it can be read, for error messages.
pub(super) fn id_of(value: &Value) -> Option<String> {
    id_value(value.get("properties")?.get("id")?)
}

fn id_value(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        // GIS tools often number features; a number is a fine booth number.
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads one element of `features`; positions in degrees about `degrees`' site when given.
pub(super) fn read(value: &Value, degrees: Option<&Projection>) -> Result<Feature, String> {
    let object = value.as_object().ok_or("expected a Feature object")?;
    match object.get("type").and_then(Value::as_str) {
        Some("Feature") => {}
        Some(other) => return Err(format!("expected a Feature, found a {other}")),
        None => return Err("expected a Feature, found an object without `type`".to_owned()),
    }
    let props = object
        .get("properties")
        .and_then(Value::as_object)
        .ok_or("expected `properties` with `kind` and `id`")?;
    let id = props.get("id").and_then(id_value).ok_or("expected `properties.id`, a string")?;
    if id.trim().is_empty() {
        return Err("expected a non-empty `properties.id`".to_owned());
    }
    let kind = match props.get("kind").and_then(Value::as_str) {
        Some("hall") => ObjectKind::Hall,
        Some("column") => ObjectKind::Column,
        Some("zone") => ObjectKind::Zone,
        Some("booth") => ObjectKind::Booth,
        _ => return Err("expected `properties.kind` to be hall, column, zone or booth".to_owned()),
    };
    let mut outline = polygon(object.get("geometry"))?;
    if let Some(projection) = degrees {
        for p in &mut outline {
            *p = projection.to_local(p.x_m, p.y_m);
        }
    }
    let rect = match kind {
        ObjectKind::Zone | ObjectKind::Booth if degrees.is_some() => {
            Some(rectangle_from_degrees(&outline, props)?)
        }
        ObjectKind::Zone | ObjectKind::Booth => Some(rectangle(&outline, props)?),
        ObjectKind::Hall | ObjectKind::Column => None,
    };
    let status = match text(props, "status")? {
        None => BoothStatus::default(),
        Some(s) => BoothStatus::parse(&s)
            .ok_or_else(|| format!("expected `status` available, reserved or sold, found {s:?}"))?,
    };
    Ok(Feature {
        kind,
        id,
        hall: match props.get("hall") {
            None => None,
            Some(_) => Some(text(props, "hall")?.and_then(crate::model::hall_from_written)),
        },
        theme: text(props, "theme")?,
        name: text(props, "name")?,
        sprinklered: props.get("sprinklered").and_then(Value::as_bool).unwrap_or(false),
        status,
        exhibitor: text(props, "exhibitor")?.unwrap_or_default(),
        outline: if degrees.is_some() { from_degrees(&outline) } else { outline },
        rect,
    })
}

/// A string property; absent or `null` is `None`, another type is an error.
fn text(props: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match props.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("expected `{key}` to be a string, found {other}")),
    }
}

/// The outline of a one-ring `Polygon` geometry, without the closing vertex.
fn polygon(geometry: Option<&Value>) -> Result<Vec<Point>, String> {
    let geometry = geometry.and_then(Value::as_object).ok_or("expected a Polygon geometry")?;
    match geometry.get("type").and_then(Value::as_str) {
        Some("Polygon") => {}
        Some(other) => return Err(format!("expected a Polygon, found a {other}")),
        None => return Err("expected a Polygon geometry, found no `type`".to_owned()),
    }
    let rings = geometry
        .get("coordinates")
        .and_then(Value::as_array)
        .ok_or("expected Polygon `coordinates`, a list of rings")?;
    let ring = match rings.as_slice() {
        [ring] => ring.as_array().ok_or("expected a ring, a list of [x, y] positions")?,
        [] => return Err("expected one ring in the Polygon, found none".to_owned()),
        _ => {
            return Err(format!(
                "expected one ring in the Polygon, found {} (holes are not supported; \
                 draw them as columns)",
                rings.len()
            ));
        }
    };
    let mut points = ring.iter().map(position).collect::<Result<Vec<Point>, String>>()?;
    if points.len() < 4 || points.first() != points.last() {
        return Err("expected a closed ring (its last position repeating the first) of at \
                    least 4 positions"
            .to_owned());
    }
    points.pop();
    Ok(points)
}

fn position(value: &Value) -> Result<Point, String> {
    let coords = value.as_array().map(Vec::as_slice).unwrap_or_default();
    match coords {
        [x, y, ..] => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => Ok(Point::new(x, y)),
            _ => Err(format!("expected a position [x, y] in metres, found {value}")),
        },
        _ => Err(format!("expected a position [x, y] in metres, found {value}")),
    }
}

/// The axis-aligned rectangle a ring of four corners describes.
///
/// `width_m`/`height_m` properties give the exact size when they agree with the corners
/// (export writes them, since `x + width` may round); otherwise the corners decide.
fn rectangle(outline: &[Point], props: &Map<String, Value>) -> Result<Rect, String> {
    let not_rect = || {
        "expected an axis-aligned rectangle (four corners, sides parallel to the axes)".to_owned()
    };
    if outline.len() != 4 {
        return Err(not_rect());
    }
    for i in 0..4 {
        let (a, b) = (outline[i], outline[(i + 1) % 4]);
        // Each side runs along exactly one axis.
        if (a.x_m == b.x_m) == (a.y_m == b.y_m) {
            return Err(not_rect());
        }
    }
    let (mut x0, mut y0) = (f64::INFINITY, f64::INFINITY);
    let (mut x1, mut y1) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    for p in outline {
        (x0, y0, x1, y1) = (x0.min(p.x_m), y0.min(p.y_m), x1.max(p.x_m), y1.max(p.y_m));
    }
    let on_corner = |p: &Point| (p.x_m == x0 || p.x_m == x1) && (p.y_m == y0 || p.y_m == y1);
    if !outline.iter().all(on_corner) {
        return Err(not_rect());
    }
    let exact = |key: &str, start: f64, end: f64| {
        let given = props.get(key).and_then(Value::as_f64);
        given.filter(|&size| start + size == end).unwrap_or(end - start)
    };
    Ok(Rect::new(x0, y0, exact("width_m", x0, x1), exact("height_m", y0, y1)))
}

/// A length read back from degrees, rounded to [`DEGREE_SNAP_M`] (never `-0.0`).
fn snap(v: f64) -> f64 {
    (v * SNAPS_PER_M).round() / SNAPS_PER_M + 0.0
}

/// An outline read back from degrees: rounded, and clockwise on the page (y down) as
/// boothplan draws outlines, undoing the counter-clockwise turn of a longitude/latitude
/// export, which keeps the first vertex first.
fn from_degrees(outline: &[Point]) -> Vec<Point> {
    let mut points: Vec<Point> =
        outline.iter().map(|p| Point::new(snap(p.x_m), snap(p.y_m))).collect();
    let n = points.len();
    let twice: f64 = (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            (a.x_m - points[0].x_m) * (b.y_m - points[0].y_m)
                - (b.x_m - points[0].x_m) * (a.y_m - points[0].y_m)
        })
        .sum();
    if twice < 0.0 && n > 1 {
        points[1..].reverse();
    }
    points
}

/// The axis-aligned rectangle four corners read in degrees and projected back describe: the
/// projection leaves sides a hair (well under a millimetre) off the axes, so corners count as
/// on one side within a millimetre; positions are rounded to the millimetre and the exact
/// `width_m`/`height_m` kept when they agree with the corners to the millimetre.
fn rectangle_from_degrees(outline: &[Point], props: &Map<String, Value>) -> Result<Rect, String> {
    const TOLERANCE_M: f64 = DEGREE_SNAP_M;
    let not_rect = || {
        "expected an axis-aligned rectangle (four corners, sides parallel to the plan's axes)"
            .to_owned()
    };
    if outline.len() != 4 {
        return Err(not_rect());
    }
    for i in 0..4 {
        let (a, b) = (outline[i], outline[(i + 1) % 4]);
        let along_x = (a.y_m - b.y_m).abs() <= TOLERANCE_M;
        let along_y = (a.x_m - b.x_m).abs() <= TOLERANCE_M;
        if along_x == along_y {
            return Err(not_rect());
        }
    }
    let (mut x0, mut y0) = (f64::INFINITY, f64::INFINITY);
    let (mut x1, mut y1) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    for p in outline {
        (x0, y0, x1, y1) = (x0.min(p.x_m), y0.min(p.y_m), x1.max(p.x_m), y1.max(p.y_m));
    }
    let size = |key: &str, start: f64, end: f64| {
        let given = props.get(key).and_then(Value::as_f64);
        given
            .filter(|&size| (start + size - end).abs() <= DEGREE_SNAP_M)
            .unwrap_or(snap(end - start))
    };
    Ok(Rect::new(snap(x0), snap(y0), size("width_m", x0, x1), size("height_m", y0, y1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn booth(coords: &Value) -> Value {
        json!({"type": "Feature", "properties": {"kind": "booth", "id": "1A-001"},
               "geometry": {"type": "Polygon", "coordinates": coords}})
    }

    #[test]
    fn reads_a_rectangle_from_any_starting_corner() {
        let f = read(&booth(&json!([[[6, 3], [6, 6], [3, 6], [3, 3], [6, 3]]])), None).unwrap();
        assert_eq!(f.rect, Some(Rect::new(3.0, 3.0, 3.0, 3.0)));
        assert_eq!(f.kind, ObjectKind::Booth);
        assert_eq!(f.status, BoothStatus::Available);
    }

    #[test]
    fn refuses_what_is_not_a_rectangle_or_polygon() {
        let cases = [
            (json!([[[0, 0], [3, 1], [2, 4], [-1, 3], [0, 0]]]), "axis-aligned rectangle"),
            (json!([[[0, 0], [3, 0], [3, 3], [1, 2], [0, 0]]]), "axis-aligned rectangle"),
            (json!([[[0, 0], [3, 0], [3, 3], [0, 3]]]), "closed ring"),
            (json!([[[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]]), "axis-aligned rectangle"),
            (
                json!([[[0, 0], [3, 0], [3, 3], [0, 3], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]]),
                "holes",
            ),
            (json!([[["a", 0], [3, 0], [3, 3], [0, 3], ["a", 0]]]), "position"),
        ];
        for (coords, words) in cases {
            let err = read(&booth(&coords), None).unwrap_err();
            assert!(err.contains(words), "{coords}: {err}");
        }
        let mut point = booth(&json!([]));
        point["geometry"] = json!({"type": "Point", "coordinates": [1, 2]});
        assert_eq!(read(&point, None).unwrap_err(), "expected a Polygon, found a Point");
    }

    #[test]
    fn exact_sizes_are_used_only_when_they_agree_with_the_corners() {
        let (x, w) = (0.1, 0.2);
        let mut f = booth(&json!([[[x, 0.0], [x + w, 0.0], [x + w, 1.0], [x, 1.0], [x, 0.0]]]));
        assert_ne!((x + w) - x, w, "the case needs rounding");
        f["properties"]["width_m"] = json!(w);
        assert_eq!(read(&f, None).unwrap().rect.unwrap().width_m, w);
        // Edited in a GIS tool: the corners moved, the stale width is ignored.
        f["properties"]["width_m"] = json!(5.0);
        assert_eq!(read(&f, None).unwrap().rect.unwrap().width_m, (x + w) - x);
    }

    #[test]
    fn properties_are_checked() {
        let mut f = booth(&json!([[[0, 0], [3, 0], [3, 3], [0, 3], [0, 0]]]));
        f["properties"]["status"] = json!("sold");
        f["properties"]["id"] = json!(17);
        let read_back = read(&f, None).unwrap();
        assert_eq!((read_back.status, read_back.id.as_str()), (BoothStatus::Sold, "17"));
        f["properties"]["status"] = json!("gone");
        assert!(read(&f, None).unwrap_err().contains("\"gone\""));
        f["properties"]["status"] = json!(null);
        f["properties"]["kind"] = json!("stage");
        assert!(read(&f, None).unwrap_err().contains("hall, column, zone or booth"));
        f["properties"] = json!({"kind": "booth"});
        assert!(read(&f, None).unwrap_err().contains("properties.id"));
        assert_eq!(id_of(&f), None);
    }
}
