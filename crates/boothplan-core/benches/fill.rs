//! The fill budget: filling a 10,000 m² zone with booths (≤ 50 ms), as the editor's preview
//! and `boothplan fill` do. Run with `cargo bench -p boothplan-core --bench fill`.

use boothplan_core::generate::{FillOptions, NumberingScheme, fill_zone};
use boothplan_core::model::{Column, Layout, Point, Rect};
use boothplan_core::sample;

fn main() {
    divan::main();
}

/// A 120 × 120 m hall with a 100 × 100 m zone in it and a column every 12 m each way (0.6 m
/// square), some of them in rows of booths and some in aisles.
fn hall_with_zone() -> Layout {
    let mut layout = sample::empty_hall(120.0, 120.0, Rect::new(10.0, 10.0, 100.0, 100.0));
    for i in 1..10 {
        for j in 1..10 {
            let centre = Point::new(f64::from(i) * 12.0, f64::from(j) * 12.0);
            layout.columns.push(Column::square(format!("C{i}-{j}"), "1A", centre, 0.6));
        }
    }
    layout
}

/// Fill the 10,000 m² zone with 3 × 3 m modules, numbered `{hall}-{n:03}`.
#[divan::bench(sample_count = 50)]
fn fill_10000_m2_zone(bencher: divan::Bencher) {
    let layout = hall_with_zone();
    let options = FillOptions::for_layout(&layout);
    let scheme = NumberingScheme::default();
    bencher.bench(|| fill_zone(&layout, "Z1", &options, &scheme).map(|f| f.booths.len()));
}

/// The same with odd/even numbering skipping 4 and 6 × 3 m modules.
#[divan::bench(sample_count = 50)]
fn fill_10000_m2_zone_odd_even(bencher: divan::Bencher) {
    let layout = hall_with_zone();
    let options = FillOptions { module_width_m: 6.0, ..FillOptions::for_layout(&layout) };
    let scheme = NumberingScheme { odd_even: true, skip_digit: Some(4), ..Default::default() };
    bencher.bench(|| fill_zone(&layout, "Z1", &options, &scheme).map(|f| f.booths.len()));
}
