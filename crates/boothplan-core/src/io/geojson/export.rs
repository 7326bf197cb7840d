//! Writing a layout as GeoJSON: one feature a line, in the layout's order, exact numbers.

use serde::Serialize;

use crate::model::{BoothType, FORMAT_VERSION, Layout, Point, Pricing, Rect, Theme};

/// The layout-level data GeoJSON has no place for, kept in the foreign member `boothplan`.
#[derive(Serialize)]
struct Meta<'a> {
    format: u32,
    name: &'a str,
    grid_step_m: f64,
    min_aisle_m: f64,
    themes: &'a [Theme],
    #[serde(skip_serializing_if = "Option::is_none")]
    pricing: Option<&'a Pricing>,
}

/// `properties` of a feature; absent fields are left out, not written as `null`.
#[derive(Serialize, Default)]
struct Properties<'a> {
    kind: &'static str,
    id: &'a str,
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

/// A closed ring: the outline with its first vertex repeated at the end.
fn ring(outline: &[Point]) -> Geometry {
    let mut ring: Vec<[f64; 2]> = outline.iter().map(|p| [p.x_m, p.y_m]).collect();
    if let Some(&first) = ring.first() {
        ring.push(first);
    }
    Geometry { kind: "Polygon", coordinates: [ring] }
}

#[expect(clippy::needless_pass_by_value, reason = "built in place by each caller, then moved in")]
fn rect_props<'a>(rect: &Rect, props: Properties<'a>) -> Properties<'a> {
    Properties { width_m: Some(rect.width_m), height_m: Some(rect.height_m), ..props }
}

fn line<T: Serialize>(value: &T) -> String {
    // Plain data with string keys: serialising it cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

/// The layout as a GeoJSON FeatureCollection, halls then columns, zones and booths.
pub(super) fn export(layout: &Layout) -> String {
    let meta = Meta {
        format: FORMAT_VERSION,
        name: &layout.name,
        grid_step_m: layout.grid_step_m,
        min_aisle_m: layout.min_aisle_m,
        themes: &layout.themes,
        pricing: layout.pricing.as_ref(),
    };
    let feature = |properties, geometry| line(&Feature { kind: "Feature", properties, geometry });
    let mut features = Vec::with_capacity(
        layout.halls.len() + layout.columns.len() + layout.zones.len() + layout.booths.len(),
    );
    for h in &layout.halls {
        let props =
            Properties { kind: "hall", id: &h.id, name: Some(&h.name), ..Default::default() };
        features.push(feature(props, ring(&h.outline)));
    }
    for c in &layout.columns {
        let props = Properties {
            kind: "column",
            id: &c.id,
            hall: Some(c.hall.as_deref()),
            ..Default::default()
        };
        features.push(feature(props, ring(&c.outline)));
    }
    for z in &layout.zones {
        let props = Properties {
            kind: "zone",
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
