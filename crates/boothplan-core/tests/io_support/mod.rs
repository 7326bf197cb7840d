//! Random layouts for the file-format property tests: valid by construction (known halls and
//! themes, positive finite sizes), with awkward floats, Chinese names and every status.

#![allow(dead_code, reason = "each test file uses a different part of this support module")]

use std::collections::BTreeMap;

use boothplan_core::model::{
    Background, Booth, BoothStatus, Colour, Column, Exit, Hall, HallRules, Layout, LimitKey,
    Placement, Point, Premiums, Pricing, Rect, RulePack, Rules, Site, Theme, Zone,
};
pub mod mutation;

use proptest::prelude::*;

/// Coordinates in metres: grid values and arbitrary ones that do not round-trip through
/// naive decimal printing.
pub fn coordinate() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-500i32..500).prop_map(|n| f64::from(n) * 0.5),
        -1.0e4..1.0e4f64,
        Just(0.1 + 0.2),
        Just(-0.0),
    ]
}

/// Positive sizes in metres.
pub fn size() -> impl Strategy<Value = f64> {
    prop_oneof![(1i32..40).prop_map(|n| f64::from(n) * 1.5), 1.0e-3..500.0f64, Just(1e-7)]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9 .&-]{0,12}",
        Just("杭州数智科技有限公司".to_owned()),
        Just("quote \" backslash \\ tab\t".to_owned()),
        Just("e\u{301} nul\u{0} esc\u{1b} it's\nnew line \u{200b}\u{10ffff}".to_owned()),
    ]
}

/// The parts of a background plan: its hall (by index, or none), file and placement.
fn background_parts() -> impl Strategy<Value = (prop::sample::Index, Background)> {
    (
        any::<prop::sample::Index>(),
        (text(), "[a-z]{1,6}").prop_map(|(t, e)| format!("{t}/{e}.png")),
        (1u32..20_000, 1u32..20_000),
        (coordinate(), coordinate()),
        (size(), -180.0..180.0f64, 0.0..=1.0f64),
        (any::<bool>(), any::<bool>()),
        prop::option::of(1u32..500),
    )
        .prop_map(
            |(
                h,
                path,
                size_px,
                origin,
                (m_per_px, rotation_deg, opacity),
                (visible, locked),
                page,
            )| {
                let placement = Placement { origin: Point::from(origin), m_per_px, rotation_deg };
                let background = Background {
                    path,
                    hall: None,
                    page,
                    size_px,
                    placement,
                    opacity,
                    visible,
                    locked,
                };
                (h, background)
            },
        )
}

fn rect() -> impl Strategy<Value = Rect> {
    (coordinate(), coordinate(), size(), size()).prop_map(|(x, y, w, h)| Rect::new(x, y, w, h))
}

fn outline() -> impl Strategy<Value = Vec<Point>> {
    prop::collection::vec((coordinate(), coordinate()), 3..8)
        .prop_map(|pts| pts.into_iter().map(Point::from).collect())
}

/// One of `halls`, or — one choice more than there are halls — none: an object drawn outside
/// every hall.
fn hall_of(ix: prop::sample::Index, halls: &[Hall]) -> Option<String> {
    halls.get(ix.index(halls.len() + 1)).map(|h| h.id.clone())
}

/// Doors from their parts, each in one of `halls` or (one choice more) in none.
fn doors(parts: &[(prop::sample::Index, Point, Point)], halls: &[Hall]) -> Vec<Exit> {
    parts
        .iter()
        .enumerate()
        .map(|(i, (h, from, to))| Exit {
            id: format!("E{i}"),
            hall: hall_of(*h, halls),
            from: *from,
            to: *to,
        })
        .collect()
}

/// A door: a hall choice and two different ends.
fn exit_parts() -> impl Strategy<Value = (prop::sample::Index, Point, Point)> {
    (any::<prop::sample::Index>(), coordinate(), coordinate(), size(), coordinate())
        .prop_map(|(h, x, y, w, dy)| (h, Point::new(x, y), Point::new(x + w, y + dy)))
}

fn status() -> impl Strategy<Value = BoothStatus> {
    prop::sample::select(BoothStatus::ALL.to_vec())
}

/// The parts of a price list (currency, prices by a theme's index, premiums), or none.
#[expect(
    clippy::type_complexity,
    reason = "the raw parts, turned into a `Pricing` with the themes"
)]
fn pricing_parts()
-> impl Strategy<Value = Option<(String, Vec<(prop::sample::Index, f64)>, (f64, f64, f64))>> {
    prop::option::of((
        text(),
        prop::collection::vec((any::<prop::sample::Index>(), size()), 0..4),
        (size(), size(), size()),
    ))
}

/// A site anywhere a fair may be, or none.
fn site() -> impl Strategy<Value = Option<Site>> {
    prop::option::of((-180.0..=180.0f64, -85.0..=85.0f64, -360.0..360.0f64))
        .prop_map(|s| s.map(|(lon, lat, bearing_deg)| Site { lon, lat, bearing_deg }))
}

/// Some limits by name, each a positive size.
fn limits() -> impl Strategy<Value = BTreeMap<LimitKey, f64>> {
    prop::collection::btree_map(prop::sample::select(LimitKey::ALL.to_vec()), size(), 0..3)
}

/// The parts of the rules: a pack, the layout's limits, and per-hall limits by a hall's index
/// with a reference.
#[expect(clippy::type_complexity, reason = "the raw parts, turned into `Rules` with the halls")]
fn rules_parts() -> impl Strategy<
    Value = (
        RulePack,
        BTreeMap<LimitKey, f64>,
        Vec<(prop::sample::Index, String, BTreeMap<LimitKey, f64>)>,
    ),
> {
    (
        prop::sample::select(RulePack::ALL.to_vec()),
        prop_oneof![Just(BTreeMap::new()), limits()],
        prop::collection::vec(
            (any::<prop::sample::Index>(), text().prop_map(|t| format!("HZ-{t}")), limits()),
            0..3,
        ),
    )
}

/// The rules from their parts: each hall's limits go to the hall picked, first pick only.
fn rules(
    pack: RulePack,
    limits: BTreeMap<LimitKey, f64>,
    hall_limits: Vec<(prop::sample::Index, String, BTreeMap<LimitKey, f64>)>,
    halls: &[Hall],
) -> Rules {
    let mut hall_rules: Vec<HallRules> = Vec::new();
    for (h, reference, limits) in hall_limits {
        let hall = halls[h.index(halls.len())].id.clone();
        if hall_rules.iter().all(|r| r.hall != hall) {
            hall_rules.push(HallRules { hall, reference, limits });
        }
    }
    Rules { pack, limits, halls: hall_rules }
}

/// A random valid layout with up to `n` booths.
#[expect(clippy::too_many_lines, reason = "one strategy turning each part of a layout in turn")]
pub fn layout(n: usize) -> impl Strategy<Value = Layout> {
    let themes = prop::collection::vec(
        ("[a-z]{1,8}", text(), any::<[u8; 3]>(), prop::option::of(size())),
        1..5,
    );
    let halls = prop::collection::vec((text(), outline(), any::<bool>()), 1..4);
    (
        text(),
        size(),
        (0i32..10).prop_map(f64::from),
        themes,
        halls,
        prop::collection::vec((any::<prop::sample::Index>(), outline()), 0..4),
        prop::collection::vec(
            (any::<prop::sample::Index>(), any::<prop::sample::Index>(), text(), rect()),
            0..4,
        ),
        prop::collection::vec(
            (any::<prop::sample::Index>(), any::<prop::sample::Index>(), rect(), status(), text()),
            0..n,
        ),
        (
            pricing_parts(),
            site(),
            prop::collection::vec(exit_parts(), 0..4),
            rules_parts(),
            prop::collection::vec(background_parts(), 0..3),
        ),
    )
        .prop_map(
            |(
                name,
                grid,
                aisle,
                themes,
                halls,
                columns,
                zones,
                booths,
                (pricing, site, exits, r, backgrounds),
            )| {
                let themes: Vec<Theme> = themes
                    .into_iter()
                    .enumerate()
                    .map(|(i, (key, name, [r, g, b], target_area_m2))| Theme {
                        key: format!("{key}-{i}"),
                        name,
                        colour: Colour::rgb(r, g, b),
                        target_area_m2,
                    })
                    .collect();
                let halls: Vec<Hall> = halls
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, outline, sprinklered))| Hall {
                        sprinklered,
                        ..Hall::new(format!("{}", i + 1), name, outline)
                    })
                    .collect();
                let hall = |ix: &prop::sample::Index| hall_of(*ix, &halls);
                let theme = |ix: &prop::sample::Index| themes[ix.index(themes.len())].key.clone();
                let columns = columns
                    .iter()
                    .enumerate()
                    .map(|(i, (h, outline))| Column {
                        id: format!("C{i}"),
                        hall: hall(h),
                        outline: outline.clone(),
                    })
                    .collect();
                let exits = doors(&exits, &halls);
                let zones = zones
                    .iter()
                    .enumerate()
                    .map(|(i, (h, t, name, rect))| Zone {
                        id: format!("Z{i}"),
                        hall: hall(h),
                        theme: theme(t),
                        name: name.clone(),
                        rect: *rect,
                    })
                    .collect();
                let booths = booths
                    .iter()
                    .enumerate()
                    .map(|(i, (h, t, rect, status, exhibitor))| Booth {
                        id: format!("{}-{i:03}", hall(h).unwrap_or_default()),
                        hall: hall(h),
                        theme: theme(t),
                        rect: *rect,
                        status: *status,
                        exhibitor: exhibitor.clone(),
                    })
                    .collect();
                let pricing =
                    pricing.map(|(currency, prices, (corner, peninsula, island))| Pricing {
                        currency,
                        per_m2: prices.iter().map(|(t, price)| (theme(t), *price)).collect(),
                        premium_pct: Premiums { corner, peninsula, island },
                    });
                let rules = rules(r.0, r.1, r.2, &halls);
                let backgrounds = backgrounds
                    .into_iter()
                    .map(|(h, b)| Background { hall: hall(&h), ..b })
                    .collect();
                Layout {
                    name,
                    grid_step_m: grid,
                    min_aisle_m: aisle,
                    site,
                    themes,
                    halls,
                    columns,
                    exits,
                    zones,
                    booths,
                    pricing,
                    rules,
                    backgrounds,
                    ..Layout::default()
                }
            },
        )
}
