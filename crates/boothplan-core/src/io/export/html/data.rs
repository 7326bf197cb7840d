//! What the map knows about the plan, as one JSON object the page's script draws from.
//!
//! One compact blob instead of markup per booth: a booth is one array
//! `[number, hall, zone, theme, x, y, width, height, status, type, exhibitor, price]` (indexes into
//! the lists before it, −1 for none), so 10,000 booths stay near half a megabyte, and search,
//! filters and the card all read the same record the drawing came from. An exit is
//! `[hall, x1, y1, x2, y2, nx, ny]`: the door's two ends on the wall and the unit vector into its
//! hall (0, 0 when it is on no wall of its hall).

use std::collections::HashMap;

use super::super::svg::style;
use super::super::svg::writer::{Num, put};
use crate::model::{BoothStatus, BoothType, Colour, Layout, Point, Zone};
use crate::units::format_money;

/// What the map leaves out for visitors, and which hall it shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct Audience<'a> {
    /// Leave out prices and the exhibitors of booths not sold yet.
    pub public: bool,
    /// Only this hall, when set.
    pub hall: Option<&'a str>,
}

/// The JSON object the page draws from (not yet made safe for a `<script>` element).
#[must_use]
pub fn map_data(layout: &Layout, audience: Audience<'_>, date: &str) -> String {
    let mut out = String::with_capacity(256 + layout.booths.len() * 80);
    out.push('{');
    field(&mut out, "name", &layout.name);
    field(&mut out, "date", date);
    put!(out, "\"public\":{},", audience.public);
    let currency = layout.pricing.as_ref().filter(|_| !audience.public).map(|p| &p.currency);
    match currency {
        Some(c) => field(&mut out, "currency", c),
        None => out.push_str("\"currency\":null,"),
    }
    themes(&mut out, layout);
    let halls: Vec<_> =
        layout.halls.iter().filter(|h| audience.hall.is_none_or(|id| h.id == id)).collect();
    let hall_index: HashMap<&str, usize> =
        halls.iter().enumerate().map(|(i, h)| (h.id.as_str(), i)).collect();
    let in_map = |hall: Option<&String>| match (audience.hall, hall) {
        (Some(only), Some(h)) => h == only,
        (Some(_), None) => false,
        (None, _) => true,
    };
    let hall_of = |hall: Option<&String>| index_of(&hall_index, hall.map(String::as_str));
    let theme_index: HashMap<&str, usize> =
        layout.themes.iter().enumerate().map(|(i, t)| (t.key.as_str(), i)).collect();
    let theme_of = |key: &str| index_of(&theme_index, Some(key));

    out.push_str("\"halls\":[");
    for (i, hall) in halls.iter().enumerate() {
        comma(&mut out, i);
        out.push('{');
        field(&mut out, "id", &hall.id);
        field(&mut out, "name", &hall.name);
        out.push_str("\"outline\":");
        outline(&mut out, &hall.outline);
        out.push('}');
    }
    out.push_str("],\"zones\":[");
    let zones: Vec<&Zone> = layout.zones.iter().filter(|z| in_map(z.hall.as_ref())).collect();
    for (i, zone) in zones.iter().enumerate() {
        comma(&mut out, i);
        let r = zone.rect;
        put!(out, "[{},{},", hall_of(zone.hall.as_ref()), theme_of(&zone.theme));
        string(&mut out, &zone.name);
        put!(out, ",{},{},{},{}]", Num(r.x_m), Num(r.y_m), Num(r.width_m), Num(r.height_m));
    }
    out.push_str("],\"columns\":[");
    let columns = layout.columns.iter().filter(|c| in_map(c.hall.as_ref()));
    for (i, column) in columns.enumerate() {
        comma(&mut out, i);
        outline(&mut out, &column.outline);
    }
    out.push_str("],\"exits\":[");
    let exits = layout.exits.iter().filter(|e| in_map(e.hall.as_ref()));
    for (i, exit) in exits.enumerate() {
        comma(&mut out, i);
        let (a, b) = (exit.from, exit.to);
        put!(out, "[{},", hall_of(exit.hall.as_ref()));
        put!(out, "{},{},{},{},", Num(a.x_m), Num(a.y_m), Num(b.x_m), Num(b.y_m));
        let wall = exit.hall.as_deref().and_then(|id| layout.hall(id));
        let (nx, ny) = wall.and_then(|h| exit.inward(&h.outline)).unwrap_or((0.0, 0.0));
        put!(out, "{},{}]", Num(nx), Num(ny));
    }
    out.push_str("],\"booths\":[");
    booths(&mut out, layout, audience, &zones, &|h| hall_of(h), &|t| theme_of(t), &in_map);
    out.push_str("]}");
    out
}

/// Every booth of the map as one array (see the module's note).
fn booths(
    out: &mut String,
    layout: &Layout,
    audience: Audience<'_>,
    zones: &[&Zone],
    hall_of: &dyn Fn(Option<&String>) -> i64,
    theme_of: &dyn Fn(&str) -> i64,
    in_map: &dyn Fn(Option<&String>) -> bool,
) {
    // Types come from the whole plan: a booth at a hall's door may face one of another hall.
    let types = crate::check::booth_types(layout);
    let pricing = layout.pricing.as_ref().filter(|_| !audience.public);
    let mut first = true;
    for (booth, booth_type) in layout.booths.iter().zip(&types) {
        if !in_map(booth.hall.as_ref()) {
            continue;
        }
        if !first {
            out.push(',');
        }
        first = false;
        let r = booth.rect;
        let zone = signed(zones.iter().position(|z| z.holds(booth)));
        out.push('[');
        string(out, &booth.id);
        put!(out, ",{},{zone},{},", hall_of(booth.hall.as_ref()), theme_of(&booth.theme));
        put!(out, "{},{},{},{},", Num(r.x_m), Num(r.y_m), Num(r.width_m), Num(r.height_m));
        put!(out, "{},{},", status_index(booth.status), type_index(*booth_type));
        let shown = !audience.public || booth.status == BoothStatus::Sold;
        string(out, if shown { &booth.exhibitor } else { "" });
        if let Some(p) = pricing {
            out.push(',');
            let price = p.list_price(r.area_m2(), &booth.theme, *booth_type);
            string(out, &format_money(price, &p.currency));
        }
        out.push(']');
    }
}

/// Themes with the plan's colour language: fills per status (available, reserved, sold,
/// blocked), the text colour on each, the outline and the zone floor.
fn themes(out: &mut String, layout: &Layout) {
    out.push_str("\"themes\":[");
    for (i, theme) in layout.themes.iter().enumerate() {
        comma(out, i);
        out.push('{');
        field(out, "key", &theme.key);
        field(out, "name", &theme.name);
        let fills: Vec<Colour> =
            BoothStatus::ALL.iter().map(|&s| style::booth_fill(theme.colour, s)).collect();
        put!(out, "\"colour\":\"{}\",", theme.colour);
        put!(out, "\"line\":\"{}\",", style::theme_line(theme.colour));
        put!(out, "\"zone\":\"{}\",", style::zone_fill(theme.colour));
        colours(out, "fills", fills.iter().copied());
        out.push(',');
        colours(out, "inks", fills.iter().map(|&c| style::text_on(c)));
        out.push('}');
    }
    out.push_str("],");
}

fn colours(out: &mut String, name: &str, colours: impl Iterator<Item = Colour>) {
    put!(out, "\"{name}\":[");
    for (i, c) in colours.enumerate() {
        comma(out, i);
        put!(out, "\"{c}\"");
    }
    out.push(']');
}

/// The position of a status in [`BoothStatus::ALL`], as the page's status list has it.
fn status_index(status: BoothStatus) -> usize {
    BoothStatus::ALL.iter().position(|&s| s == status).unwrap_or(0)
}

/// The position of a type in [`BoothType::ALL`], −1 for a booth without one.
fn type_index(booth_type: Option<BoothType>) -> i64 {
    signed(booth_type.and_then(|t| BoothType::ALL.iter().position(|&x| x == t)))
}

fn index_of(index: &HashMap<&str, usize>, key: Option<&str>) -> i64 {
    signed(key.and_then(|k| index.get(k)).copied())
}

/// An index as the page reads it: −1 for none.
fn signed(index: Option<usize>) -> i64 {
    index.and_then(|i| i64::try_from(i).ok()).unwrap_or(-1)
}

/// `[x0,y0,x1,y1,…]` in metres.
fn outline(out: &mut String, points: &[Point]) {
    out.push('[');
    for (i, p) in points.iter().enumerate() {
        comma(out, i);
        put!(out, "{},{}", Num(p.x_m), Num(p.y_m));
    }
    out.push(']');
}

fn comma(out: &mut String, i: usize) {
    if i > 0 {
        out.push(',');
    }
}

/// `"name":"value",`
fn field(out: &mut String, name: &str, value: &str) {
    put!(out, "\"{name}\":");
    string(out, value);
    out.push(',');
}

/// A JSON string; `serde_json` escapes quotes, backslashes and control characters.
fn string(out: &mut String, text: &str) {
    match serde_json::to_string(text) {
        Ok(quoted) => out.push_str(&quoted),
        Err(_) => out.push_str("\"\""),
    }
}
