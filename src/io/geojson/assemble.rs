//! Turning read features into a layout: halls found by containment, themes resolved, checked.

use std::collections::HashSet;

use geo::{Contains as _, Intersects as _};
use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::feature::{self, Feature};
use super::{ImportError, Source};
use crate::io::ron_file::validate;
use crate::model::{
    Booth, Colour, Column, FORMAT_VERSION, Hall, Layout, ObjectKind, Point, Rect, Theme, Zone,
};

/// The foreign member `"boothplan"`: what GeoJSON itself has no place for.
#[derive(Deserialize)]
struct Meta {
    format: Option<u64>,
    name: Option<String>,
    grid_step_m: Option<f64>,
    min_aisle_m: Option<f64>,
    themes: Option<Vec<Theme>>,
}

/// The layout a FeatureCollection describes, from its `boothplan` member and features.
pub(super) fn layout(
    source: &Source<'_>,
    meta: Option<&RawValue>,
    features: &[&RawValue],
) -> Result<Layout, ImportError> {
    let mut layout = base(source, meta)?;
    let mut read = Vec::with_capacity(features.len());
    for (i, raw) in features.iter().enumerate() {
        // Already checked as JSON with the whole file; only this feature becomes a tree.
        let value: Value = serde_json::from_str(raw.get())
            .map_err(|e| source.feature(i, None, &without_position(&e)))?;
        let f = feature::read(&value)
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

/// The message of `serde_json` without its " at line L column C" (relative to the member).
fn without_position(e: &serde_json::Error) -> String {
    let message = e.to_string();
    message.rfind(" at line ").map_or(message.clone(), |i| message[..i].to_owned())
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
fn base(source: &Source<'_>, meta: Option<&RawValue>) -> Result<Layout, ImportError> {
    let mut layout = Layout::default();
    let Some(meta) = meta else { return Ok(layout) };
    let here = |m: &str| source.meta(m);
    let meta: Meta = serde_json::from_str(meta.get())
        .map_err(|e| here(&format!("in `boothplan`: {}", without_position(&e))))?;
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
    Ok(layout)
}

/// The halls of the file, as polygons for finding which one holds an object.
struct Halls {
    shapes: Vec<(String, geo::Polygon, Rect)>,
}

impl Halls {
    fn new(features: &[Feature]) -> Self {
        let shapes = features
            .iter()
            .filter(|f| f.kind == ObjectKind::Hall)
            .filter_map(|f| {
                Some((
                    f.id.clone(),
                    polygon(&f.outline),
                    Rect::bounding(f.outline.iter().copied())?,
                ))
            })
            .collect();
        Self { shapes }
    }

    /// The hall wholly holding `outline`, else the one holding its middle.
    fn containing(&self, outline: &[Point]) -> Option<String> {
        let bounds = Rect::bounding(outline.iter().copied())?;
        let shape = polygon(outline);
        let near = || {
            self.shapes
                .iter()
                .filter(|(_, _, b)| b.contains_point(bounds.centre()) || b.contains_rect(&bounds))
        };
        let centre = geo::Point::new(bounds.centre().x_m, bounds.centre().y_m);
        near()
            .find(|(_, hall, _)| hall.contains(&shape))
            .or_else(|| near().find(|(_, hall, _)| hall.intersects(&centre)))
            .map(|(id, _, _)| id.clone())
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
            id: f.id.clone(),
            name: f.name.clone().unwrap_or_else(|| f.id.clone()),
            outline: f.outline.clone(),
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
        ObjectKind::Booth => {
            let hall = hall();
            // A booth without a theme takes that of the zone it stands in.
            let theme = f.theme.clone().or_else(|| {
                let zone =
                    layout.zones.iter().find(|z| z.hall == hall && z.rect.contains_rect(&rect));
                zone.map(|z| z.theme.clone())
            });
            let theme = theme.ok_or("has no `theme` and stands in no zone to take it from")?;
            layout.booths.push(Booth {
                id: f.id.clone(),
                hall,
                theme,
                rect,
                status: f.status,
                exhibitor: f.exhibitor.clone(),
            });
        }
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
    for key in used {
        if known.insert(key.clone()) {
            let taken: HashSet<Colour> = layout.themes.iter().map(|t| t.colour).collect();
            let spare = SPARE_COLOURS.iter().find(|c| !taken.contains(c));
            let colour =
                spare.copied().unwrap_or(SPARE_COLOURS[layout.themes.len() % SPARE_COLOURS.len()]);
            layout.themes.push(Theme { name: display_name(&key), key, colour });
        }
    }
}

/// `cross-border-trade` → `Cross border trade`.
fn display_name(key: &str) -> String {
    let words = key.replace(['-', '_'], " ");
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
