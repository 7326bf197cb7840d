//! What the fire-marshal sheet draws over the plan: lines of equal walking distance every
//! 10 m with each hall's farthest walk, every exit's width, and each hall's narrowest aisle.

use std::collections::BTreeMap;

use super::super::floor::open_layer;
use super::super::scene::Scene;
use super::super::sheet::Projection;
use super::super::style::{self, PAPER, mix};
use super::super::writer::{Esc, Num, put};
use super::MarshalFacts;
use crate::check::egress::{Limits, pack_limit};
use crate::check::walk::{HallWalk, contour_pieces};
use crate::model::{Colour, Hall, Layout, LimitKey, Point, RulePack};

/// Metres between two lines of equal walking distance, as on the editor's overlay.
pub const CONTOUR_STEP_M: f64 = 10.0;

/// Near an exit.
const NEAR: Colour = Colour::rgb(0x1A, 0x98, 0x50);
/// Three quarters of the limit.
const HALFWAY: Colour = Colour::rgb(0xC8, 0x96, 0x00);
/// At the limit and beyond.
pub const FAR: Colour = Colour::rgb(0xD7, 0x30, 0x1F);
/// The narrowest aisle's dimension line.
pub const AISLE: Colour = Colour::rgb(0x6A, 0x3D, 0x9A);

/// The walking distance a hall's lines are coloured against: its `travel-distance` limit, or,
/// under a pack that limits only the straight line, the nfpa101 walk (as the overlay does).
fn colour_limit_m(layout: &Layout, hall: &Hall) -> f64 {
    if let Some(limit) = Limits::for_hall(layout, hall).travel_distance_m {
        return limit.value;
    }
    let key = if hall.sprinklered {
        LimitKey::TravelDistanceSprinklered
    } else {
        LimitKey::TravelDistance
    };
    pack_limit(RulePack::Nfpa101, key).map_or(61.0, |(v, _)| v)
}

/// Green near an exit, amber at three quarters of `limit_m`, red at the limit.
#[must_use]
pub fn walk_colour(level_m: f64, limit_m: f64) -> Colour {
    let t = (level_m / limit_m.max(1e-9)).max(0.0);
    if t <= 0.75 {
        mix(NEAR, HALFWAY, t / 0.75)
    } else {
        mix(HALFWAY, FAR, ((t - 0.75) / 0.25).min(1.0))
    }
}

/// Text with a white halo, so it reads over lines and booths.
fn halo_text(
    out: &mut String,
    (x, y): (f64, f64),
    size: f64,
    colour: Colour,
    anchor: &str,
    text: &str,
) {
    put!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\" fill=\"{}\" \
         text-anchor=\"{anchor}\" stroke=\"{}\" stroke-width=\"{}\" paint-order=\"stroke\" \
         stroke-linejoin=\"round\">{}</text>\n",
        Num(x),
        Num(y),
        Num(size),
        colour,
        PAPER,
        Num(size * 0.3),
        Esc(text)
    );
}

/// Lines every [`CONTOUR_STEP_M`] of walking distance, labelled once per hall and level, and
/// each hall's farthest walk from a booth marked with its length and booth.
pub fn walk_layer(
    out: &mut String,
    layout: &Layout,
    scene: &Scene<'_>,
    proj: &Projection,
    u: f64,
    facts: &MarshalFacts,
) {
    let walks = facts.walks_on(layout, scene);
    if walks.iter().all(|w| !w.has_exits) {
        return;
    }
    open_layer(out, "walking-distance", "Walking distance to exits");
    for walk in walks.iter().filter(|w| w.has_exits) {
        let hall = &layout.halls[walk.hall];
        contours(out, walk, proj, u, colour_limit_m(layout, hall));
    }
    for walk in &walks {
        farthest(out, layout, walk, proj, u);
    }
    out.push_str("</g>\n");
}

/// One hall's lines, one path per level, with the level written on the middle piece.
fn contours(out: &mut String, walk: &HallWalk, proj: &Projection, u: f64, limit_m: f64) {
    let mut by_level: BTreeMap<u64, Vec<(Point, Point)>> = BTreeMap::new();
    for piece in contour_pieces(&walk.field, CONTOUR_STEP_M) {
        let level = (piece.level_m / CONTOUR_STEP_M).round() as u64;
        by_level.entry(level).or_default().push((piece.from, piece.to));
    }
    for (&level, pieces) in &by_level {
        let level_m = level as f64 * CONTOUR_STEP_M;
        let colour = walk_colour(level_m, limit_m);
        put!(
            out,
            "<path class=\"walk-line\" data-level-m=\"{}\" fill=\"none\" stroke=\"{}\" \
             stroke-width=\"{}\" stroke-linecap=\"round\" d=\"",
            Num(level_m),
            colour,
            Num(0.28 * u)
        );
        for (a, b) in pieces {
            let (a, b) = (proj.point(*a), proj.point(*b));
            put!(out, "M{} {} L{} {}", Num(a.0), Num(a.1), Num(b.0), Num(b.1));
        }
        out.push_str("\"/>\n");
        let (a, b) = pieces[pieces.len() / 2];
        let (a, b) = (proj.point(a), proj.point(b));
        let at = (f64::midpoint(a.0, b.0), f64::midpoint(a.1, b.1) + 0.6 * u);
        halo_text(out, at, 1.8 * u, colour, "middle", &format!("{} m", Num(level_m)));
    }
}

/// A ringed cross on the hall's booth point that walks farthest, with the walk and the booth.
fn farthest(out: &mut String, layout: &Layout, walk: &HallWalk, proj: &Projection, u: f64) {
    let Some((booth, travel)) = walk.worst_booth() else { return };
    let Some(distance) = travel.distance_m else { return };
    let (x, y) = proj.point(travel.farthest);
    let r = 1.3 * u;
    put!(
        out,
        "<g class=\"farthest-walk\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\">\
         <circle cx=\"{}\" cy=\"{}\" r=\"{}\"/><path d=\"M{} {} L{} {} M{} {} L{} {}\"/></g>\n",
        FAR,
        Num(0.35 * u),
        Num(x),
        Num(y),
        Num(r),
        Num(x - r),
        Num(y),
        Num(x + r),
        Num(y),
        Num(x),
        Num(y - r),
        Num(x),
        Num(y + r)
    );
    let id = layout.booths.get(booth).map_or("", |b| b.id.as_str());
    let words = format!("{} m walk ({id})", Num((distance * 10.0).round() / 10.0));
    halo_text(out, (x + 1.8 * r, y + 0.7 * u), 2.2 * u, FAR, "start", &words);
}

/// Every exit's width beside its door, outside the hall, and each hall's narrowest aisle as a
/// dimension line across it.
pub fn marks_layer(
    out: &mut String,
    layout: &Layout,
    scene: &Scene<'_>,
    proj: &Projection,
    u: f64,
    facts: &MarshalFacts,
) {
    open_layer(out, "marshal-marks", "Exit widths and narrowest aisles");
    for exit in &scene.exits {
        let hall = exit.hall.as_deref().and_then(|id| scene.halls.iter().find(|h| h.id == id));
        let Some((nx, ny)) = hall.and_then(|h| exit.inward(&h.outline)) else { continue };
        let (cx, cy) = proj.point(exit.centre());
        let size = 2.0 * u;
        // Beyond the arrow's tip, outside the wall.
        let at = (cx - nx * 5.2 * u, cy - ny * 5.2 * u + 0.35 * size);
        let words = format!("{} m", Num((exit.width_m() * 100.0).round() / 100.0));
        halo_text(out, at, size, style::EXIT, "middle", &words);
    }
    for aisle in facts.aisles_on(layout, scene) {
        dimension(out, aisle, proj, u);
    }
    out.push_str("</g>\n");
}

/// A dimension line across the narrowest aisle, at the middle of where its booths face each
/// other, with ticks at both booths and the width written beside it.
fn dimension(
    out: &mut String,
    aisle: &crate::check::aisle::NarrowestAisle,
    proj: &Projection,
    u: f64,
) {
    let gap = aisle.gap;
    let middle = gap.centre();
    // The gap rectangle is as wide as the aisle across it and as long as the facing stretch.
    let across_y = (gap.height_m - aisle.width_m).abs() <= (gap.width_m - aisle.width_m).abs();
    let (a, b) = if across_y {
        (Point::new(middle.x_m, gap.y_m), Point::new(middle.x_m, gap.max_y_m()))
    } else {
        (Point::new(gap.x_m, middle.y_m), Point::new(gap.max_x_m(), middle.y_m))
    };
    let (a, b) = (proj.point(a), proj.point(b));
    let (tx, ty) = if across_y { (u, 0.0) } else { (0.0, u) };
    put!(
        out,
        "<path class=\"narrowest-aisle\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" \
         d=\"M{} {} L{} {} M{} {} L{} {} M{} {} L{} {}\"/>\n",
        AISLE,
        Num(0.3 * u),
        Num(a.0),
        Num(a.1),
        Num(b.0),
        Num(b.1),
        Num(a.0 - tx),
        Num(a.1 - ty),
        Num(a.0 + tx),
        Num(a.1 + ty),
        Num(b.0 - tx),
        Num(b.1 - ty),
        Num(b.0 + tx),
        Num(b.1 + ty)
    );
    let mid = (f64::midpoint(a.0, b.0) + 1.5 * u, f64::midpoint(a.1, b.1) + 0.7 * u);
    let words = format!("{} m narrowest aisle", Num((aisle.width_m * 100.0).round() / 100.0));
    halo_text(out, mid, 2.0 * u, AISLE, "start", &words);
}
