//! Writing a layout as GeoJSON: one feature a line, in the layout's order; local metres
//! exactly, or RFC 7946 longitude/latitude about the layout's site.

use serde::Serialize;

use crate::model::{BoothType, FORMAT_VERSION, Layout, Point, Pricing, Rect, Rules, Site, Theme};
use crate::projection::Projection;

/// Decimals of a degree written: 10⁻⁹° is 0.1 mm or less on the ground, so that import comes
/// back to the millimetre.
const DEGREE_DECIMALS: f64 = 1e9;

/// The layout-level data GeoJSON has no place for, kept in the foreign member `boothplan`.
#[derive(Serialize)]
struct Meta<'a> {
    format: u32,
    name: &'a str,
    grid_step_m: f64,
    min_aisle_m: f64,
    /// Whether the coordinates are local metres (`false`: longitude/latitude).
    local: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    site: Option<&'a Site>,
    themes: &'a [Theme],
    #[serde(skip_serializing_if = "Option::is_none")]
    pricing: Option<&'a Pricing>,
    #[serde(skip_serializing_if = "Rules::is_default")]
    rules: &'a Rules,
}

/// `properties` of a feature; absent fields are left out, not written as `null`.
#[derive(Serialize, Default)]
struct Properties<'a> {
    kind: &'static str,
    id: &'a str,
    /// Whether this feature's coordinates are local metres, for GIS tools that keep only the
    /// features.
    local: bool,
    /// Left out for halls; `null` for an object that stands in no hall.
    #[expect(
        clippy::option_option,
        reason = "three cases on purpose: left out, `null` (no hall), a hall's id"
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    hall: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    theme: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    /// A hall's sprinklers, written only when it has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    sprinklered: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exhibitor: Option<&'a str>,
    /// A booth's derived type (never read back: it follows from the plan).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    booth_type: Option<&'static str>,
    /// Exact sizes: `x + width` may round, so the corners alone would not give them back.
    #[serde(skip_serializing_if = "Option::is_none")]
    width_m: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    height_m: Option<f64>,
    /// The site on hall features of a longitude/latitude export: survives a GIS tool that
    /// drops the collection's `boothplan` member, so that import still finds the plan's frame.
    #[serde(skip_serializing_if = "Option::is_none")]
    site_lon: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    site_lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    site_bearing_deg: Option<f64>,
}

#[derive(Serialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [Vec<[f64; 2]>; 1],
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    properties: Properties<'a>,
    geometry: Geometry,
}

/// A closed ring: the outline with its first vertex repeated at the end; in degrees, turned
/// counter-clockwise as RFC 7946 asks of an exterior ring (an outline drawn the usual way,
/// clockwise on the page, is then reversed after its first vertex).
fn ring(outline: &[Point], frame: Option<&Projection>) -> Geometry {
    let mut ring: Vec<[f64; 2]> = match frame {
        None => outline.iter().map(|p| [p.x_m, p.y_m]).collect(),
        Some(projection) => {
            let round = |v: f64| (v * DEGREE_DECIMALS).round() / DEGREE_DECIMALS;
            let mut ring: Vec<[f64; 2]> =
                outline.iter().map(|&p| projection.to_lon_lat(p).map(round)).collect();
            if signed_area(&ring) < 0.0 {
                // Keeping the first vertex first, so that import can turn it back.
                ring[1..].reverse();
            }
            ring
        }
    };
    if let Some(&first) = ring.first() {
        ring.push(first);
    }
    Geometry { kind: "Polygon", coordinates: [ring] }
}

/// Twice the signed area of a ring of `[x, y]`, positive when counter-clockwise with y up
/// (shoelace, about the first vertex so that degrees near 120° keep their precision).
fn signed_area(ring: &[[f64; 2]]) -> f64 {
    let Some(&[x0, y0]) = ring.first() else { return 0.0 };
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            (a[0] - x0) * (b[1] - y0) - (b[0] - x0) * (a[1] - y0)
        })
        .sum()
}

#[expect(clippy::needless_pass_by_value, reason = "built in place by each caller, then moved in")]
fn rect_props<'a>(rect: &Rect, props: Properties<'a>) -> Properties<'a> {
    Properties { width_m: Some(rect.width_m), height_m: Some(rect.height_m), ..props }
}

fn line<T: Serialize>(value: &T) -> String {
    // Plain data with string keys: serialising it cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

/// The layout as a GeoJSON FeatureCollection, halls then columns, zones and booths: in
/// longitude/latitude about the layout's site when it has one and `local` is false, else in
/// local metres.
pub(super) fn export(layout: &Layout, local: bool) -> String {
    let projection = layout.site.filter(|_| !local).map(Projection::new);
    let frame = projection.as_ref();
    let local = frame.is_none();
    let meta = Meta {
        format: FORMAT_VERSION,
        name: &layout.name,
        grid_step_m: layout.grid_step_m,
        min_aisle_m: layout.min_aisle_m,
        local,
        site: layout.site.as_ref(),
        themes: &layout.themes,
        pricing: layout.pricing.as_ref(),
        rules: &layout.rules,
    };
    let ring = |outline: &[Point]| ring(outline, frame);
    let feature = |properties, geometry| line(&Feature { kind: "Feature", properties, geometry });
    let mut features = Vec::with_capacity(
        layout.halls.len() + layout.columns.len() + layout.zones.len() + layout.booths.len(),
    );
    for h in &layout.halls {
        let site = frame.map(Projection::site);
        let props = Properties {
            kind: "hall",
            id: &h.id,
            local,
            name: Some(&h.name),
            sprinklered: h.sprinklered.then_some(true),
            site_lon: site.map(|s| s.lon),
            site_lat: site.map(|s| s.lat),
            site_bearing_deg: site.map(|s| s.bearing_deg),
            ..Default::default()
        };
        features.push(feature(props, ring(&h.outline)));
    }
    for c in &layout.columns {
        let props = Properties {
            kind: "column",
            local,
            id: &c.id,
            hall: Some(c.hall.as_deref()),
            ..Default::default()
        };
        features.push(feature(props, ring(&c.outline)));
    }
    for z in &layout.zones {
        let props = Properties {
            kind: "zone",
            local,
            id: &z.id,
            hall: Some(z.hall.as_deref()),
            theme: Some(&z.theme),
            name: Some(&z.name),
            ..Default::default()
        };
        features.push(feature(rect_props(&z.rect, props), ring(&z.rect.corners())));
    }
    let types = crate::check::booth_types(layout);
    for (b, booth_type) in layout.booths.iter().zip(types) {
        let props = Properties {
            kind: "booth",
            local,
            id: &b.id,
            hall: Some(b.hall.as_deref()),
            theme: Some(&b.theme),
            status: Some(b.status.as_str()),
            exhibitor: (!b.exhibitor.is_empty()).then_some(b.exhibitor.as_str()),
            booth_type: booth_type.map(BoothType::as_str),
            ..Default::default()
        };
        features.push(feature(rect_props(&b.rect, props), ring(&b.rect.corners())));
    }
    format!(
        "{{\"type\":\"FeatureCollection\",\"boothplan\":{},\"features\":[\n{}\n]}}\n",
        line(&meta),
        features.join(",\n")
    )
}
