//! Turning read features into a layout: halls found by containment, themes resolved, checked.
//!
//! Every lookup goes through an R-tree or a hash set, so that import stays O(n log n) however
//! many halls, zones and themes a file holds.

use std::collections::HashSet;

use geo::{Contains as _, Intersects as _};
use rstar::primitives::GeomWithData;
use rstar::{AABB, RTree};
use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::feature::{self, Feature};
use super::frame;
use super::{ImportError, Source};
use crate::io::ron_file::validate;
use crate::model::{
    Booth, Colour, Column, FORMAT_VERSION, Hall, Layout, ObjectKind, Point, Pricing, Rect, Rules,
    Site, Theme, Zone,
};
use crate::projection::Projection;

/// The foreign member `"boothplan"`: what GeoJSON itself has no place for.
#[derive(Deserialize)]
struct Meta {
    format: Option<u64>,
    name: Option<String>,
    grid_step_m: Option<f64>,
    min_aisle_m: Option<f64>,
    local: Option<bool>,
    site: Option<Site>,
    themes: Option<Vec<Theme>>,
    pricing: Option<Pricing>,
    #[serde(default)]
    rules: Rules,
}

/// The layout a FeatureCollection describes, from its `boothplan` member and features.
pub(super) fn layout(
    source: &Source<'_>,
    meta: Option<&RawValue>,
    features: &[&RawValue],
) -> Result<Layout, ImportError> {
    let (mut layout, declared) = base(source, meta)?;
    let projection = frame::projection(&declared, features);
    layout.site = projection.as_ref().map(Projection::site).or(declared.site);
    let mut read = Vec::with_capacity(features.len());
    for (i, raw) in features.iter().enumerate() {
        // Already checked as JSON with the whole file; only this feature becomes a tree.
        let value: Value = serde_json::from_str(raw.get())
            .map_err(|e| source.feature(i, None, &super::json_message(&e)))?;
        let f = feature::read(&value, projection.as_ref())
            .map_err(|m| source.feature(i, feature::id_of(&value).as_deref(), &m))?;
        read.push(f);
    }
    // Which feature each hall, column, zone and booth came from, for messages.
    let mut origin: [Vec<usize>; 4] = Default::default();
    let halls = Halls::new(&read);
    for (i, f) in read.iter().enumerate() {
        let fail = |m: &str| source.feature(i, Some(&f.id), m);
        add(&mut layout, &halls, f).map_err(|m| fail(&m))?;
        origin[slot(f.kind)].push(i);
    }
    // A booth without a theme takes that of the zone it stands in, once all zones are known.
    let zones = Zones::new(&layout.zones);
    for (index, booth) in layout.booths.iter_mut().enumerate() {
        let i = origin[slot(ObjectKind::Booth)][index];
        if read[i].theme.is_none() {
            booth.theme =
                zones.theme_around(booth.hall.as_deref(), &booth.rect).ok_or_else(|| {
                    source.feature(
                        i,
                        Some(&read[i].id),
                        "has no `theme` and stands in no zone to take it from",
                    )
                })?;
        }
    }
    add_missing_themes(&mut layout);
    validate(&layout).map_err(|p| match p.object() {
        Some((kind, index)) => {
            let i = origin[slot(kind)][index];
            source.feature(i, Some(&read[i].id), &p.message)
        }
        None => source.meta(&p.message),
    })?;
    Ok(layout)
}

fn slot(kind: ObjectKind) -> usize {
    match kind {
        ObjectKind::Hall => 0,
        ObjectKind::Column => 1,
        ObjectKind::Zone => 2,
        ObjectKind::Booth => 3,
    }
}

/// An empty layout with the `boothplan` member's data, or the defaults without one.
fn base(
    source: &Source<'_>,
    meta: Option<&RawValue>,
) -> Result<(Layout, frame::Declared), ImportError> {
    let mut layout = Layout::default();
    let Some(meta) = meta else {
        return Ok((layout, frame::Declared { local: None, site: None, has_meta: false }));
    };
    let here = |m: &str| source.meta(m);
    let meta: Meta = serde_json::from_str(meta.get())
        .map_err(|e| here(&format!("in `boothplan`: {}", super::json_message(&e))))?;
    if let Some(format) = meta.format.filter(|&f| f != u64::from(FORMAT_VERSION)) {
        return Err(here(&format!(
            "this file is format {format}, but this boothplan reads format {FORMAT_VERSION} at \
             most; update boothplan"
        )));
    }
    layout.name = meta.name.unwrap_or(layout.name);
    layout.grid_step_m = meta.grid_step_m.unwrap_or(layout.grid_step_m);
    layout.min_aisle_m = meta.min_aisle_m.unwrap_or(layout.min_aisle_m);
    layout.themes = meta.themes.unwrap_or(layout.themes);
    layout.pricing = meta.pricing;
    layout.rules = meta.rules;
    Ok((layout, frame::Declared { local: meta.local, site: meta.site, has_meta: true }))
}

/// A box for the R-trees of halls and zones.
fn envelope(rect: &Rect) -> AABB<[f64; 2]> {
    AABB::from_corners([rect.x_m, rect.y_m], [rect.max_x_m(), rect.max_y_m()])
}

/// The halls of the file, as polygons for finding which one holds an object.
struct Halls {
    shapes: Vec<(String, geo::Polygon)>,
    /// Each hall's bounding box and its index in `shapes`.
    boxes: RTree<GeomWithData<rstar::primitives::Rectangle<[f64; 2]>, usize>>,
}

impl Halls {
    fn new(features: &[Feature]) -> Self {
        let mut shapes = Vec::new();
        let mut boxes = Vec::new();
        for f in features.iter().filter(|f| f.kind == ObjectKind::Hall) {
            if let Some(bounds) = Rect::bounding(f.outline.iter().copied()) {
                let corners = envelope(&bounds);
                let rectangle = rstar::primitives::Rectangle::from_aabb(corners);
                boxes.push(GeomWithData::new(rectangle, shapes.len()));
                shapes.push((f.id.clone(), polygon(&f.outline)));
            }
        }
        Self { shapes, boxes: RTree::bulk_load(boxes) }
    }

    /// The hall wholly holding `outline`, else the one holding its middle; the first in the
    /// file when several do.
    fn containing(&self, outline: &[Point]) -> Option<String> {
        let bounds = Rect::bounding(outline.iter().copied())?;
        let middle = bounds.centre();
        let mut near: Vec<usize> =
            self.boxes.locate_all_at_point(&[middle.x_m, middle.y_m]).map(|b| b.data).collect();
        near.sort_unstable();
        let shape = polygon(outline);
        let centre = geo::Point::new(middle.x_m, middle.y_m);
        let hall = |i: &&usize| &self.shapes[**i].1;
        near.iter()
            .find(|i| hall(i).contains(&shape))
            .or_else(|| near.iter().find(|i| hall(i).intersects(&centre)))
            .map(|&i| self.shapes[i].0.clone())
    }
}

/// The zones of the layout, for finding the one a booth stands in.
struct Zones<'a> {
    zones: &'a [Zone],
    boxes: RTree<GeomWithData<rstar::primitives::Rectangle<[f64; 2]>, usize>>,
}

impl<'a> Zones<'a> {
    fn new(zones: &'a [Zone]) -> Self {
        let boxes = zones
            .iter()
            .enumerate()
            .filter(|(_, z)| z.rect.x_m.is_finite() && z.rect.max_x_m().is_finite())
            .map(|(i, z)| {
                GeomWithData::new(rstar::primitives::Rectangle::from_aabb(envelope(&z.rect)), i)
            })
            .collect();
        Self { zones, boxes: RTree::bulk_load(boxes) }
    }

    /// The theme of the first zone (in file order) of `hall` that holds `rect`.
    fn theme_around(&self, hall: Option<&str>, rect: &Rect) -> Option<String> {
        let zones = self.zones;
        self.boxes
            .locate_in_envelope_intersecting(&envelope(rect))
            .map(|b| b.data)
            .filter(|&i| zones[i].hall.as_deref() == hall && zones[i].rect.contains_rect(rect))
            .min()
            .map(|i| zones[i].theme.clone())
    }
}

fn polygon(outline: &[Point]) -> geo::Polygon {
    let ring: Vec<geo::Coord> =
        outline.iter().map(|p| geo::coord! { x: p.x_m, y: p.y_m }).collect();
    geo::Polygon::new(geo::LineString::new(ring), Vec::new())
}

/// Adds one read feature to the layout; the error is a sentence about that feature.
fn add(layout: &mut Layout, halls: &Halls, f: &Feature) -> Result<(), String> {
    // Without a `hall` property, the hall that contains it (if any); a `null` one says it
    // stands in no hall, as export writes an object drawn outside every hall.
    let hall = || match &f.hall {
        Some(given) => given.clone(),
        None => halls.containing(&f.outline),
    };
    let rect = f.rect.unwrap_or(Rect::new(0.0, 0.0, 0.0, 0.0));
    match f.kind {
        ObjectKind::Hall => layout.halls.push(Hall {
            sprinklered: f.sprinklered,
            ..Hall::new(
                f.id.clone(),
                f.name.clone().unwrap_or_else(|| f.id.clone()),
                f.outline.clone(),
            )
        }),
        ObjectKind::Column => layout.columns.push(Column {
            id: f.id.clone(),
            hall: hall(),
            outline: f.outline.clone(),
        }),
        ObjectKind::Zone => layout.zones.push(Zone {
            id: f.id.clone(),
            hall: hall(),
            theme: f.theme.clone().ok_or("expected `properties.theme` on a zone")?,
            name: f.name.clone().unwrap_or_default(),
            rect,
        }),
        ObjectKind::Booth => layout.booths.push(Booth {
            id: f.id.clone(),
            hall: hall(),
            // Without one, the theme of the zone it stands in, found when all zones are read.
            theme: f.theme.clone().unwrap_or_default(),
            rect,
            status: f.status,
            exhibitor: f.exhibitor.clone(),
        }),
    }
    Ok(())
}

/// Colours for themes a plain GeoJSON file names but does not define (Tableau 10, after the
/// four defaults), so that new themes are told apart on the plan.
const SPARE_COLOURS: [Colour; 6] = [
    Colour::rgb(0xE4, 0x57, 0x56),
    Colour::rgb(0x72, 0xB7, 0xB2),
    Colour::rgb(0xEE, 0xCA, 0x3B),
    Colour::rgb(0xFF, 0x9D, 0xA6),
    Colour::rgb(0x9D, 0x75, 0x5D),
    Colour::rgb(0xBA, 0xB0, 0xAC),
];

/// Makes a theme of every key that zones or booths use but the layout does not define.
fn add_missing_themes(layout: &mut Layout) {
    let mut known: HashSet<String> = layout.themes.iter().map(|t| t.key.clone()).collect();
    let used: Vec<String> = layout
        .zones
        .iter()
        .map(|z| &z.theme)
        .chain(layout.booths.iter().map(|b| &b.theme))
        .filter(|key| !known.contains(key.as_str()))
        .cloned()
        .collect();
    let mut taken: HashSet<Colour> = layout.themes.iter().map(|t| t.colour).collect();
    for key in used {
        if known.insert(key.clone()) {
            let spare = SPARE_COLOURS.iter().find(|c| !taken.contains(c));
            let colour =
                spare.copied().unwrap_or(SPARE_COLOURS[layout.themes.len() % SPARE_COLOURS.len()]);
            taken.insert(colour);
            layout.themes.push(Theme {
                name: display_name(&key),
                key,
                colour,
                target_area_m2: None,
            });
        }
    }
}

/// `cross-border-trade` → `Cross border trade`.
fn display_name(key: &str) -> String {
    let words = key.replace(['-', '_'], " ");
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
