//! Large generated fairs for benchmarks and scale tests, with a known number of faults.
//!
//! Booths of 3×3 m stand in blocks of two back-to-back rows of ten (30 × 6 m). Blocks are set
//! out on a grid with 3 m aisles, columns stand in the aisle crossings, and up to 10,000 booths
//! go in each hall. In every full block one booth is moved onto its neighbour, so the
//! layout has exactly [`synthetic_overlap_count`] `booth-overlap` findings (5%) and no other
//! error; the seed picks which booth moves, the themes' order, statuses and exhibitors.

use super::rng::SplitMix64;
use crate::model::{Booth, BoothStatus, Hall, Layout, Point, Rect, Theme, Zone};

/// Booths in one block: two rows of ten.
const BLOCK_BOOTHS: usize = 20;
/// Booths in a row of a block.
const ROW_BOOTHS: usize = 10;
/// Side of every booth, metres.
const BOOTH_M: f64 = 3.0;
/// Aisle width between blocks, metres: exactly the minimum, so no `narrow-aisle` warning.
const AISLE_M: f64 = 3.0;
/// Block pitch along x: 30 m of booths and an aisle.
const PITCH_X_M: f64 = ROW_BOOTHS as f64 * BOOTH_M + AISLE_M;
/// Block pitch along y: 6 m of booths and an aisle.
const PITCH_Y_M: f64 = 2.0 * BOOTH_M + AISLE_M;
/// Most blocks side by side in one hall.
const BLOCKS_PER_ROW: usize = 20;
/// Most booths in one hall.
const HALL_BOOTHS: usize = 10_000;
/// Space between halls, metres.
const HALL_GAP_M: f64 = 30.0;

/// The exact number of `booth-overlap` findings in `synthetic(booths, _)`, whatever the seed.
#[must_use]
pub fn synthetic_overlap_count(booths: usize) -> usize {
    (0..booths.div_ceil(HALL_BOOTHS))
        .map(|h| (booths - h * HALL_BOOTHS).min(HALL_BOOTHS) / BLOCK_BOOTHS)
        .sum()
}

/// A fair of `booths` booths for benchmarks: see the module documentation for its shape.
///
/// The same `(booths, seed)` always gives the same layout.
#[must_use]
pub fn synthetic(booths: usize, seed: u64) -> Layout {
    let mut rng = SplitMix64::new(seed);
    let mut layout = Layout {
        name: format!("Synthetic fair: {booths} booths, seed {seed}"),
        ..Layout::default()
    };
    let mut hall_x = 0.0;
    let mut placed = 0;
    let mut hall_no = 0;
    while placed < booths {
        hall_no += 1;
        let in_hall = (booths - placed).min(HALL_BOOTHS);
        let width_m = add_hall(&mut layout, &mut rng, hall_no, hall_x, in_hall);
        hall_x += width_m + HALL_GAP_M;
        placed += in_hall;
    }
    layout
}

/// [`synthetic`] with doors on its halls' walls wherever the floor in front is clear (3 m doors
/// where the aisles meet the walls), so that the fire and egress rules run on it: the fair for
/// the egress benchmarks. Under either rule pack its halls (up to 663 × 228 m) are far too
/// large for their doors, so most booths raise a distance finding: the rules' worst case.
///
/// [`synthetic`] itself stays without doors, so the other benchmarks measure what they did.
#[must_use]
pub fn synthetic_with_doors(booths: usize, seed: u64) -> Layout {
    let mut layout = synthetic(booths, seed);
    layout.name = format!("Synthetic fair with doors: {booths} booths, seed {seed}");
    for i in 0..layout.halls.len() {
        let doors = super::doors::doors(&layout, &layout.halls[i]);
        layout.exits.extend(doors);
    }
    layout
}

/// Adds hall `S{no}` at `x` holding `count` booths, with its columns and zones; returns its width.
fn add_hall(layout: &mut Layout, rng: &mut SplitMix64, no: usize, x: f64, count: usize) -> f64 {
    let id = format!("S{no}");
    let blocks = count.div_ceil(BLOCK_BOOTHS);
    let cols = blocks.clamp(1, BLOCKS_PER_ROW);
    let rows = blocks.div_ceil(cols);
    let width_m = AISLE_M + cols as f64 * PITCH_X_M;
    let height_m = AISLE_M + rows as f64 * PITCH_Y_M;
    let hall_rect = Rect::new(x, 0.0, width_m, height_m);
    layout.halls.push(Hall::new(id.clone(), format!("Hall {id}"), hall_rect.corners().to_vec()));
    add_columns(layout, &id, x, cols, rows);
    let themes = zone_themes(&layout.themes, rng);
    let zone_rows = rows.div_ceil(themes.len()).max(1);
    let zone_of_row = |row: usize| row / zone_rows;
    for (z, theme) in themes.iter().enumerate() {
        let (r0, r1) = (z * zone_rows, ((z + 1) * zone_rows).min(rows));
        if r0 >= r1 {
            break;
        }
        let y0 = if r0 == 0 { 0.0 } else { AISLE_M / 2.0 + r0 as f64 * PITCH_Y_M };
        let y1 = if r1 == rows { height_m } else { AISLE_M / 2.0 + r1 as f64 * PITCH_Y_M };
        layout.zones.push(Zone {
            id: format!("{id}-Z{}", z + 1),
            hall: Some(id.clone()),
            theme: theme.clone(),
            name: format!("Zone {}", z + 1),
            rect: Rect::new(x, y0, width_m, y1 - y0),
        });
    }
    for n in 0..count {
        let (block, slot) = (n / BLOCK_BOOTHS, n % BLOCK_BOOTHS);
        let (row, col) = (block / cols, block % cols);
        let bx = x + AISLE_M + col as f64 * PITCH_X_M + (slot % ROW_BOOTHS) as f64 * BOOTH_M;
        let by = AISLE_M + row as f64 * PITCH_Y_M + (slot / ROW_BOOTHS) as f64 * BOOTH_M;
        layout.booths.push(Booth {
            id: format!("{id}-{:05}", n + 1),
            hall: Some(id.clone()),
            theme: themes[zone_of_row(row)].clone(),
            rect: Rect::new(bx, by, BOOTH_M, BOOTH_M),
            status: BoothStatus::Available,
            exhibitor: String::new(),
        });
    }
    let first = layout.booths.len() - count;
    push_overlaps(&mut layout.booths[first..], rng);
    set_sales(&mut layout.booths[first..], rng);
    width_m
}

/// Columns of 0.8 m in every other aisle crossing (a 66 × 18 m structural grid).
fn add_columns(layout: &mut Layout, hall: &str, x: f64, cols: usize, rows: usize) {
    for row in (1..rows).step_by(2) {
        for col in (1..cols).step_by(2) {
            let centre = Point::new(
                x + col as f64 * PITCH_X_M + AISLE_M / 2.0,
                row as f64 * PITCH_Y_M + AISLE_M / 2.0,
            );
            let id = format!("{hall}-C{:04}", layout.columns.len() + 1);
            layout.columns.push(super::square_column(id, hall, centre, 0.8));
        }
    }
}

/// The four zone themes of a hall, in an order the seed picks.
fn zone_themes(themes: &[Theme], rng: &mut SplitMix64) -> Vec<String> {
    let mut keys: Vec<String> = themes.iter().map(|t| t.key.clone()).collect();
    for i in (1..keys.len()).rev() {
        keys.swap(i, rng.below(i + 1));
    }
    keys
}

/// In each full block, moves one booth (not the first of its row) onto its left neighbour.
///
/// A double-booked plot: the two share all 9 m². A partial overlap would also leave a sliver of
/// aisle narrower than 3 m beside the moved booth; a whole-booth move leaves exactly 3 m, so the
/// fault is one `booth-overlap` and nothing else.
fn push_overlaps(booths: &mut [Booth], rng: &mut SplitMix64) {
    for block in booths.chunks_exact_mut(BLOCK_BOOTHS) {
        let slot = rng.below(2) * ROW_BOOTHS + 1 + rng.below(ROW_BOOTHS - 1);
        block[slot].rect.x_m -= BOOTH_M;
    }
}

/// About 55% sold and 20% reserved, sold and reserved booths named.
fn set_sales(booths: &mut [Booth], rng: &mut SplitMix64) {
    for booth in booths {
        booth.status = match rng.below(100) {
            0..55 => BoothStatus::Sold,
            55..75 => BoothStatus::Reserved,
            _ => BoothStatus::Available,
        };
        if booth.status != BoothStatus::Available {
            booth.exhibitor = format!("Exhibitor {}", rng.below(100_000));
        }
    }
}
