//! Writing the layout file by hand, in exactly the text `ron`'s pretty printer gives
//! (`PrettyConfig::depth_limit(2)`), at a fraction of its cost: saving 100,000 booths is in
//! the budget of docs/SPEC.md §7. A property test holds the two to the same bytes.

use std::fmt::Write as _;

use std::collections::BTreeMap;

use crate::model::{
    Background, Booth, BoothStatus, Exit, Layout, LimitKey, Point, Pricing, Rect, Rules, Zone,
};

/// The layout file text: `format` first, one theme, hall, column, zone or booth a line.
#[must_use]
pub(super) fn write_layout(layout: &Layout) -> String {
    let mut out = Out(String::with_capacity(256 + 160 * layout.booths.len()));
    out.0.push_str("(\n    format: ");
    let _ = write!(out.0, "{}", layout.format);
    out.0.push_str(",\n    name: ");
    out.string(&layout.name);
    out.0.push_str(",\n    grid_step_m: ");
    out.float(layout.grid_step_m);
    out.0.push_str(",\n    min_aisle_m: ");
    out.float(layout.min_aisle_m);
    out.0.push_str(",\n");
    if let Some(site) = &layout.site {
        // A struct at the second level: one field a line, as `ron` writes it.
        out.0.push_str("    site: (\n        lon: ");
        out.float(site.lon);
        out.0.push_str(",\n        lat: ");
        out.float(site.lat);
        out.0.push_str(",\n        bearing_deg: ");
        out.float(site.bearing_deg);
        out.0.push_str(",\n    ),\n");
    }
    out.list("themes", &layout.themes, |out, t| {
        out.0.push_str("(key: ");
        out.string(&t.key);
        out.0.push_str(", name: ");
        out.string(&t.name);
        out.0.push_str(", colour: ");
        out.string(&t.colour.to_string());
        if let Some(target) = t.target_area_m2 {
            out.0.push_str(", target_area_m2: Some(");
            out.float(target);
            out.0.push(')');
        }
        out.0.push(')');
    });
    out.list("halls", &layout.halls, |out, h| {
        out.0.push_str("(id: ");
        out.string(&h.id);
        out.0.push_str(", name: ");
        out.string(&h.name);
        if h.sprinklered {
            out.0.push_str(", sprinklered: true");
        }
        out.outline(&h.outline);
    });
    out.list("columns", &layout.columns, |out, c| {
        out.0.push_str("(id: ");
        out.string(&c.id);
        out.hall(c.hall.as_deref());
        out.outline(&c.outline);
    });
    if !layout.exits.is_empty() {
        out.list("exits", &layout.exits, exit);
    }
    out.list("zones", &layout.zones, zone);
    out.list("booths", &layout.booths, booth);
    if let Some(pricing) = &layout.pricing {
        out.pricing(pricing);
    }
    if !layout.rules.is_default() {
        out.rules(&layout.rules);
    }
    if !layout.backgrounds.is_empty() {
        out.list("backgrounds", &layout.backgrounds, background);
    }
    out.0.push_str(")\n");
    out.0
}

fn exit(out: &mut Out, e: &Exit) {
    out.0.push_str("(id: ");
    out.string(&e.id);
    out.hall(e.hall.as_deref());
    out.0.push_str(", from: ");
    out.point(e.from);
    out.0.push_str(", to: ");
    out.point(e.to);
    out.0.push(')');
}

fn background(out: &mut Out, b: &Background) {
    out.0.push_str("(path: ");
    out.string(&b.path);
    out.hall(b.hall.as_deref());
    if let Some(page) = b.page {
        let _ = write!(out.0, ", page: {page}");
    }
    let _ = write!(out.0, ", size_px: ({}, {})", b.size_px.0, b.size_px.1);
    out.0.push_str(", placement: (origin: ");
    out.point(b.placement.origin);
    out.0.push_str(", m_per_px: ");
    out.float(b.placement.m_per_px);
    out.0.push_str(", rotation_deg: ");
    out.float(b.placement.rotation_deg);
    out.0.push_str("), opacity: ");
    out.float(b.opacity);
    let _ = write!(out.0, ", visible: {}, locked: {})", b.visible, b.locked);
}

fn zone(out: &mut Out, z: &Zone) {
    out.0.push_str("(id: ");
    out.string(&z.id);
    out.hall(z.hall.as_deref());
    out.0.push_str(", theme: ");
    out.string(&z.theme);
    out.0.push_str(", name: ");
    out.string(&z.name);
    out.rect(&z.rect);
    out.0.push(')');
}

fn booth(out: &mut Out, b: &Booth) {
    out.0.push_str("(id: ");
    out.string(&b.id);
    out.hall(b.hall.as_deref());
    out.0.push_str(", theme: ");
    out.string(&b.theme);
    out.rect(&b.rect);
    out.0.push_str(", status: ");
    out.0.push_str(status_word(b.status));
    if !b.exhibitor.is_empty() {
        out.0.push_str(", exhibitor: ");
        out.string(&b.exhibitor);
    }
    out.0.push(')');
}

/// The status as its Rust variant name, which is how RON spells an enum.
fn status_word(status: BoothStatus) -> &'static str {
    match status {
        BoothStatus::Available => "Available",
        BoothStatus::Reserved => "Reserved",
        BoothStatus::Sold => "Sold",
        BoothStatus::Blocked => "Blocked",
    }
}

struct Out(String);

impl Out {
    /// `pricing: Some((…)),`, its three fields a line each, as `ron` nests a struct at depth 2.
    fn pricing(&mut self, pricing: &Pricing) {
        self.0.push_str("    pricing: Some((\n        currency: ");
        self.string(&pricing.currency);
        self.0.push_str(",\n        per_m2: {");
        for (i, (theme, price)) in pricing.per_m2.iter().enumerate() {
            if i > 0 {
                self.0.push_str(", ");
            }
            self.string(theme);
            self.0.push_str(": ");
            self.float(*price);
        }
        let p = pricing.premium_pct;
        self.0.push_str("},\n        premium_pct: (corner: ");
        self.float(p.corner);
        self.0.push_str(", peninsula: ");
        self.float(p.peninsula);
        self.0.push_str(", island: ");
        self.float(p.island);
        self.0.push_str("),\n    )),\n");
    }

    /// `rules: "nfpa101",` for a pack alone, else the rules one field a line, as `ron` nests
    /// a struct at depth 2 (the limits and halls inside on one line each).
    fn rules(&mut self, rules: &Rules) {
        self.0.push_str("    rules: ");
        if rules.is_pack_only() {
            self.string(rules.pack.as_str());
            self.0.push_str(",\n");
            return;
        }
        self.0.push_str("(\n        pack: ");
        self.string(rules.pack.as_str());
        self.0.push_str(",\n");
        if !rules.limits.is_empty() {
            self.0.push_str("        limits: ");
            self.limits(&rules.limits);
            self.0.push_str(",\n");
        }
        if !rules.halls.is_empty() {
            self.0.push_str("        halls: [");
            for (i, hall) in rules.halls.iter().enumerate() {
                if i > 0 {
                    self.0.push_str(", ");
                }
                self.0.push_str("(hall: ");
                self.string(&hall.hall);
                self.0.push_str(", reference: ");
                self.string(&hall.reference);
                if !hall.limits.is_empty() {
                    self.0.push_str(", limits: ");
                    self.limits(&hall.limits);
                }
                self.0.push(')');
            }
            self.0.push_str("],\n");
        }
        self.0.push_str("    ),\n");
    }

    /// `{"booth_depth_m": 12.5, "long_row_m": 24.0}`, in the map's order.
    fn limits(&mut self, limits: &BTreeMap<LimitKey, f64>) {
        self.0.push('{');
        for (i, (key, value)) in limits.iter().enumerate() {
            if i > 0 {
                self.0.push_str(", ");
            }
            self.string(key.as_str());
            self.0.push_str(": ");
            self.float(*value);
        }
        self.0.push('}');
    }

    /// A top-level list: `[]` when empty, else one item a line.
    fn list<T>(&mut self, name: &str, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.0.push_str("    ");
        self.0.push_str(name);
        if items.is_empty() {
            self.0.push_str(": [],\n");
            return;
        }
        self.0.push_str(": [\n");
        for it in items {
            self.0.push_str("        ");
            item(self, it);
            self.0.push_str(",\n");
        }
        self.0.push_str("    ],\n");
    }

    /// A string as RON writes it: quoted, `char::escape_debug` escapes.
    fn string(&mut self, s: &str) {
        self.0.push('"');
        let plain =
            |b: u8| (b.is_ascii_graphic() || b == b' ') && !matches!(b, b'"' | b'\\' | b'\'');
        if s.bytes().all(plain) {
            // The common case; `escape_debug` would give the same text.
            self.0.push_str(s);
        } else {
            self.0.extend(s.chars().flat_map(char::escape_debug));
        }
        self.0.push('"');
    }

    /// `, hall: "1A"`, or nothing for an object that stands in no hall.
    fn hall(&mut self, hall: Option<&str>) {
        if let Some(hall) = hall {
            self.0.push_str(", hall: ");
            self.string(hall);
        }
    }

    /// A float in its shortest exact form, always with a `.` or exponent (`3.0`, `1e-7`).
    fn float(&mut self, v: f64) {
        if v.is_nan() && v.is_sign_negative() {
            self.0.push('-');
        }
        let _ = write!(self.0, "{v:?}");
    }

    /// `, outline: [(x, y), …])`, closing the hall or column.
    fn outline(&mut self, outline: &[Point]) {
        self.0.push_str(", outline: [");
        for (i, p) in outline.iter().enumerate() {
            if i > 0 {
                self.0.push_str(", ");
            }
            self.point(*p);
        }
        self.0.push_str("])");
    }

    /// `(x, y)`, as RON writes a tuple.
    fn point(&mut self, p: Point) {
        self.0.push('(');
        self.float(p.x_m);
        self.0.push_str(", ");
        self.float(p.y_m);
        self.0.push(')');
    }

    /// `, rect: (x_m: …, y_m: …, width_m: …, height_m: …)`.
    fn rect(&mut self, r: &Rect) {
        self.0.push_str(", rect: (x_m: ");
        self.float(r.x_m);
        self.0.push_str(", y_m: ");
        self.float(r.y_m);
        self.0.push_str(", width_m: ");
        self.float(r.width_m);
        self.0.push_str(", height_m: ");
        self.float(r.height_m);
        self.0.push(')');
    }
}
