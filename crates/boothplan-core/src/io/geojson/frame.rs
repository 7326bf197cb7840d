//! Whether an imported file is in local metres or longitude/latitude, and about which site
//! degrees are projected back to metres.

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::model::{Point, Site};
use crate::projection::Projection;

/// Widest extent, in degrees, a plan in longitude/latitude is taken to have (about 11 km): a
/// plan in metres that small (10 cm) is no fair, so that the two are never mistaken.
const MAX_EXTENT_DEG: f64 = 0.1;

/// What the collection's `boothplan` member says about the frame.
pub(super) struct Declared {
    /// `local`, when written (boothplan writes it from this version on).
    pub local: Option<bool>,
    /// The site, when written.
    pub site: Option<Site>,
    /// Whether the file has a `boothplan` member at all: one without `local` was written in
    /// metres by an earlier boothplan.
    pub has_meta: bool,
}

/// The projection to read the features' degrees with, or `None` when they are metres.
///
/// Degrees when the file says so (`boothplan.local` or a feature's `properties.local` false),
/// or, for a file from a GIS tool that says nothing, when every position lies within the
/// longitude/latitude ranges and the whole plan within [`MAX_EXTENT_DEG`]. The site is the
/// written one, else the one on a hall feature (`site_lon`, `site_lat`, `site_bearing_deg`),
/// else the first hall's first vertex, north up.
pub(super) fn projection(declared: &Declared, features: &[&RawValue]) -> Option<Projection> {
    let degrees = match declared.local {
        Some(local) => !local,
        None if declared.has_meta => false,
        None => looks_like_degrees(features),
    };
    if !degrees {
        return None;
    }
    let site = declared.site.or_else(|| site_from_features(features))?;
    Some(Projection::new(site))
}

fn parsed(raw: &RawValue) -> Option<Value> {
    serde_json::from_str(raw.get()).ok()
}

fn properties(value: &Value) -> Option<&Map<String, Value>> {
    value.get("properties")?.as_object()
}

/// Every position of a feature's Polygon, as far as it can be read.
fn positions(value: &Value) -> Vec<Point> {
    let rings = value.pointer("/geometry/coordinates").and_then(Value::as_array);
    rings
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(|p| match p.as_array().map(Vec::as_slice) {
            Some([x, y, ..]) => Some(Point::new(x.as_f64()?, y.as_f64()?)),
            _ => None,
        })
        .collect()
}

fn looks_like_degrees(features: &[&RawValue]) -> bool {
    let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for value in features.iter().filter_map(|raw| parsed(raw)) {
        if let Some(local) = properties(&value).and_then(|p| p.get("local")?.as_bool()) {
            return !local;
        }
        for p in positions(&value) {
            lo = [lo[0].min(p.x_m), lo[1].min(p.y_m)];
            hi = [hi[0].max(p.x_m), hi[1].max(p.y_m)];
        }
    }
    let in_range = lo[0] >= -180.0 && hi[0] <= 180.0 && lo[1] >= -90.0 && hi[1] <= 90.0;
    in_range && hi[0] - lo[0] <= MAX_EXTENT_DEG && hi[1] - lo[1] <= MAX_EXTENT_DEG
}

fn site_from_features(features: &[&RawValue]) -> Option<Site> {
    let values: Vec<Value> = features.iter().filter_map(|raw| parsed(raw)).collect();
    let is_hall = |v: &&Value| properties(v).and_then(|p| p.get("kind")?.as_str()) == Some("hall");
    let written = values.iter().filter(is_hall).find_map(|v| {
        let p = properties(v)?;
        let number = |key: &str| p.get(key).and_then(Value::as_f64);
        Some(Site {
            lon: number("site_lon")?,
            lat: number("site_lat")?,
            bearing_deg: number("site_bearing_deg").unwrap_or(0.0),
        })
    });
    written.or_else(|| {
        let first = values.iter().find(is_hall).or(values.first())?;
        let p = *positions(first).first()?;
        Some(Site { lon: p.x_m, lat: p.y_m, bearing_deg: 0.0 })
    })
}
