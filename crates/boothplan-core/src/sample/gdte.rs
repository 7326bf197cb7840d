//! The Global Digital Trade Expo, Hangzhou: seven halls, 80,000 m², four themes.
//!
//! The plan follows how such halls are really set out. Columns stand on an 18 m structural grid.
//! Booths stand in 12 m deep bands between the column lines (two back-to-back rows of 6 m), so
//! every column falls in a 6 m aisle; 3 m cross aisles cut the bands into blocks and 6 m main
//! aisles separate the themed zones. All coordinates are whole metres, so every area is exact.

use super::names::{FLAGSHIPS, invented};
use super::rng::SplitMix64;
use std::collections::BTreeMap;

use crate::model::{
    Booth, BoothStatus, Column, Hall, HallRules, Layout, LimitKey, Point, Rect, Site, Zone,
};

/// Spacing of the structural grid, metres.
const BAY_M: f64 = 18.0;
/// Side of a square column, metres.
const COLUMN_SIDE_M: f64 = 0.8;
/// Clearance between a column line and the booths either side of it (half a 6 m aisle).
const BAND_MARGIN_M: f64 = 3.0;
/// Depth of a band of booths: two back-to-back rows of 6 m.
const BAND_DEPTH_M: f64 = 12.0;
/// Width of the aisles that cut a band into blocks.
const CROSS_AISLE_M: f64 = 3.0;
/// Widths of the blocks along a band, used in turn.
const BLOCK_WIDTHS_M: [f64; 5] = [24.0, 18.0, 24.0, 12.0, 30.0];
/// Per cent of blocks sold whole as raw-space islands.
const ISLAND_PERCENT: usize = 50;

/// A zone of a hall, in metres from the hall's top-left corner.
struct ZonePlan {
    theme: &'static str,
    name: &'static str,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

/// One hall: where it stands, its size, an optional cut-away corner and its zones.
struct HallPlan {
    id: &'static str,
    x: f64,
    y: f64,
    width_m: f64,
    height_m: f64,
    /// The part of the bounding rectangle that is not hall (top-right corner), hall-relative.
    cut: Option<Rect>,
    zones: &'static [ZonePlan],
}

const fn zone(
    theme: &'static str,
    name: &'static str,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
) -> ZonePlan {
    ZonePlan { theme, name, x0, x1, y0, y1 }
}

/// The seven halls. Areas: 10,530 + 12,150 + 13,770 + 9,072 + 6,912 + 13,310 + 14,256 = 80,000.
const HALLS: [HallPlan; 7] = [
    HallPlan {
        id: "1A",
        x: 0.0,
        y: 0.0,
        width_m: 117.0,
        height_m: 90.0,
        cut: None,
        zones: &[
            zone("digital-content", "Games & Esports", 0.0, 60.0, 0.0, 90.0),
            zone("digital-content", "Online Video & Music", 60.0, 117.0, 0.0, 90.0),
        ],
    },
    HallPlan {
        id: "1B",
        x: 141.0,
        y: 0.0,
        width_m: 135.0,
        height_m: 90.0,
        cut: None,
        zones: &[
            zone("digital-content", "Digital Publishing & Animation", 0.0, 63.0, 0.0, 90.0),
            zone("technology", "AI & Cloud Computing", 63.0, 135.0, 0.0, 90.0),
        ],
    },
    HallPlan {
        id: "1C",
        x: 300.0,
        y: 0.0,
        width_m: 153.0,
        height_m: 90.0,
        cut: None,
        zones: &[
            zone("technology", "Smart Devices & IoT", 0.0, 75.0, 0.0, 90.0),
            zone("technology", "Chips & Connectivity", 75.0, 153.0, 0.0, 90.0),
        ],
    },
    HallPlan {
        id: "2A",
        x: 0.0,
        y: 120.0,
        width_m: 126.0,
        height_m: 72.0,
        cut: None,
        zones: &[
            zone("logistics", "Cold Chain", 0.0, 60.0, 0.0, 72.0),
            zone("logistics", "Last-Mile Delivery", 60.0, 126.0, 0.0, 72.0),
        ],
    },
    HallPlan {
        id: "2B",
        x: 150.0,
        y: 120.0,
        width_m: 96.0,
        height_m: 72.0,
        cut: None,
        zones: &[
            zone("cross-border-trade", "Bonded Zones & Payments", 0.0, 45.0, 0.0, 72.0),
            zone("logistics", "Freight Forwarding", 45.0, 96.0, 0.0, 72.0),
        ],
    },
    HallPlan {
        id: "2C",
        x: 270.0,
        y: 120.0,
        width_m: 121.0,
        height_m: 110.0,
        cut: None,
        zones: &[
            zone("cross-border-trade", "Cross-Border E-commerce", 0.0, 61.0, 0.0, 110.0),
            zone("cross-border-trade", "Global Brands Pavilion", 61.0, 121.0, 0.0, 54.0),
            zone("digital-content", "Digital Culture & Tourism", 61.0, 121.0, 54.0, 110.0),
        ],
    },
    HallPlan {
        id: "3",
        x: 477.0,
        y: 0.0,
        width_m: 144.0,
        height_m: 108.0,
        cut: Some(Rect::new(108.0, 0.0, 36.0, 36.0)),
        zones: &[
            zone("technology", "Smart City & Digital Government", 0.0, 72.0, 0.0, 108.0),
            zone("cross-border-trade", "Digital Trade Services", 72.0, 108.0, 0.0, 36.0),
            zone("logistics", "Smart Warehousing & Robotics", 72.0, 144.0, 36.0, 108.0),
        ],
    },
];

/// The default layout of the GUI and the README: the Global Digital Trade Expo, Hangzhou.
///
/// Seven halls of 80,000 m² in all, columns on an 18 m grid, themed zones for all four themes
/// and several hundred booths, about 55% sold and 20% reserved. It passes every check cleanly.
/// The same layout every time: the checked-in `layouts/gdte-hangzhou.ron` is written from it.
#[must_use]
pub fn gdte_hangzhou() -> Layout {
    let mut layout = Layout {
        name: "Global Digital Trade Expo, Hangzhou".to_owned(),
        // The Hangzhou International Expo Center; the plan is drawn north up.
        site: Some(Site { lon: 120.2605, lat: 30.2366, bearing_deg: 0.0 }),
        ..Layout::default()
    };
    let mut rng = SplitMix64::new(2026);
    let mut flagship = 0;
    for plan in &HALLS {
        layout.halls.push(hall(plan));
        layout.columns.extend(columns(plan));
        let mut number = 0;
        for (i, z) in plan.zones.iter().enumerate() {
            let rect = Rect::new(plan.x + z.x0, plan.y + z.y0, z.x1 - z.x0, z.y1 - z.y0);
            layout.zones.push(Zone {
                id: format!("{}-Z{}", plan.id, i + 1),
                hall: Some(plan.id.to_owned()),
                theme: z.theme.to_owned(),
                name: z.name.to_owned(),
                rect,
            });
            for block in blocks(plan, z) {
                for (rect, island) in fill_block(block, &mut rng) {
                    number += 1;
                    let status = status(&mut rng);
                    let exhibitor = match status {
                        BoothStatus::Available => String::new(),
                        _ if island => {
                            flagship += 1;
                            FLAGSHIPS[(flagship - 1) % FLAGSHIPS.len()].to_owned()
                        }
                        _ => invented(&mut rng),
                    };
                    layout.booths.push(Booth {
                        id: format!("{}-{number:03}", plan.id),
                        hall: Some(plan.id.to_owned()),
                        theme: z.theme.to_owned(),
                        rect,
                        status,
                        exhibitor,
                    });
                }
            }
        }
    }
    for i in 0..layout.halls.len() {
        layout.halls[i].sprinklered = true;
        let doors = super::doors::doors(&layout, &layout.halls[i]);
        layout.exits.extend(doors);
    }
    approve_wide_halls(&mut layout);
    layout
}

/// Gives each hall whose booths lie farther from a door than the pack allows an approved,
/// longer limit, as its performance-based fire design would: the farthest distance rounded up
/// to the next 5 m, citing the approval. Halls over about 75 m across cannot do without.
fn approve_wide_halls(layout: &mut Layout) {
    let mut farthest: Vec<(String, f64)> = Vec::new();
    for f in crate::check::check_layout(layout) {
        let (Some(measure), Some(booth)) = (&f.measure, f.ids.first()) else { continue };
        if f.rule != crate::check::Rule::ExitDistance {
            continue;
        }
        let Some(hall) = layout.booth(booth).and_then(|b| b.hall.clone()) else { continue };
        match farthest.iter_mut().find(|(h, _)| *h == hall) {
            Some((_, d)) => *d = d.max(measure.measured_m),
            None => farthest.push((hall, measure.measured_m)),
        }
    }
    for (i, (hall, distance)) in farthest.into_iter().enumerate() {
        let limit = (distance / 5.0).ceil() * 5.0;
        layout.rules.halls.push(HallRules {
            hall,
            reference: format!("Hangzhou fire approval HZXF-PBD-2026-{:03}", 17 + i),
            limits: BTreeMap::from([(LimitKey::ExitDistance, limit)]),
        });
    }
}

/// The hall's outline: its rectangle, less the cut-away top-right corner where there is one.
fn hall(plan: &HallPlan) -> Hall {
    let (x0, y0) = (plan.x, plan.y);
    let (x1, y1) = (plan.x + plan.width_m, plan.y + plan.height_m);
    let outline = match plan.cut {
        None => Rect::new(x0, y0, plan.width_m, plan.height_m).corners().to_vec(),
        Some(cut) => vec![
            Point::new(x0, y0),
            Point::new(x0 + cut.x_m, y0),
            Point::new(x0 + cut.x_m, y0 + cut.max_y_m()),
            Point::new(x1, y0 + cut.max_y_m()),
            Point::new(x1, y1),
            Point::new(x0, y1),
        ],
    };
    Hall::new(plan.id, format!("Hall {}", plan.id), outline)
}

/// Columns at every crossing of the 18 m grid that lies inside the hall, clear of its walls.
fn columns(plan: &HallPlan) -> Vec<Column> {
    let lines = |extent: f64| -> Vec<f64> {
        (1..=(extent / BAY_M) as u32)
            .map(|i| f64::from(i) * BAY_M)
            .filter(|&v| v < extent - 1.0)
            .collect()
    };
    let mut out = Vec::new();
    for y in lines(plan.height_m) {
        for x in lines(plan.width_m) {
            let in_cut = plan.cut.is_some_and(|c| {
                x > c.x_m - 1.0 && x < c.max_x_m() + 1.0 && y > c.y_m - 1.0 && y < c.max_y_m() + 1.0
            });
            if !in_cut {
                let id = format!("{}-C{:02}", plan.id, out.len() + 1);
                let centre = Point::new(plan.x + x, plan.y + y);
                out.push(super::square_column(id, plan.id, centre, COLUMN_SIDE_M));
            }
        }
    }
    out
}

/// The blocks of booths in a zone: 12 m bands between column lines, cut by 3 m cross aisles.
fn blocks(plan: &HallPlan, z: &ZonePlan) -> Vec<Rect> {
    let mut out = Vec::new();
    let (x_start, x_end) = (z.x0 + BAND_MARGIN_M, z.x1 - BAND_MARGIN_M);
    let mut line = (z.y0 / BAY_M).ceil() * BAY_M;
    let mut turn = 0;
    while line + BAY_M <= z.y1 {
        let top = line + BAND_MARGIN_M;
        let mut x = x_start;
        loop {
            let wanted = BLOCK_WIDTHS_M[turn % BLOCK_WIDTHS_M.len()];
            turn += 1;
            let width = wanted.min(((x_end - x) / 3.0).floor() * 3.0);
            if width < 6.0 {
                break;
            }
            out.push(Rect::new(plan.x + x, plan.y + top, width, BAND_DEPTH_M));
            x += width + CROSS_AISLE_M;
        }
        line += BAY_M;
    }
    out
}

/// Booths filling one block: a raw-space island, or two rows of 6×6, 3×6 and (at the ends)
/// stacked 3×3.
///
/// Each booth comes with `true` when it is a raw-space island.
fn fill_block(block: Rect, rng: &mut SplitMix64) -> Vec<(Rect, bool)> {
    if block.width_m >= 12.0 && rng.below(100) < ISLAND_PERCENT {
        return vec![(block, true)];
    }
    let mut out = Vec::new();
    for row_y in [block.y_m, block.y_m + 6.0] {
        let mut x = block.x_m;
        while x < block.max_x_m() {
            let room = block.max_x_m() - x;
            match rng.below(20) {
                0..=15 if room >= 6.0 => {
                    out.push((Rect::new(x, row_y, 6.0, 6.0), false));
                    x += 6.0;
                }
                // Two stacked 3×3 booths only at a block's end, where the back one opens
                // on the cross aisle: in mid-row it would have no aisle at all.
                0..=18 => {
                    out.push((Rect::new(x, row_y, 3.0, 6.0), false));
                    x += 3.0;
                }
                _ if x > block.x_m && room > 3.0 => {
                    out.push((Rect::new(x, row_y, 3.0, 6.0), false));
                    x += 3.0;
                }
                _ => {
                    out.push((Rect::new(x, row_y, 3.0, 3.0), false));
                    out.push((Rect::new(x, row_y + 3.0, 3.0, 3.0), false));
                    x += 3.0;
                }
            }
        }
    }
    out
}

/// About 55% sold, 20% reserved, the rest still available.
fn status(rng: &mut SplitMix64) -> BoothStatus {
    match rng.below(100) {
        0..55 => BoothStatus::Sold,
        55..75 => BoothStatus::Reserved,
        _ => BoothStatus::Available,
    }
}
