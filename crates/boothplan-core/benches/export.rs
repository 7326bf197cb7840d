//! Export budgets (docs/SPEC.md §7): SVG, PDF, PNG (A1 at 150 dpi) and CSV of a 10,000-booth fair,
//! each within one second; the HTML map of the default expo and of 10,000 booths, whose sizes
//! (budgets 2 MB and 8 MB) are printed before the timings. Run with `cargo bench --bench export`.

use boothplan_core::io::export::Paper;
use boothplan_core::io::export::{ExportOptions, Format, export_bytes};
use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Rect};
use boothplan_core::sample;

fn main() {
    let options = options();
    for (name, layout) in
        [("default expo", sample::gdte_hangzhou()), ("10,000 booths", fair(10_000))]
    {
        for public in [false, true] {
            let options = ExportOptions { public, ..options.clone() };
            let bytes = export_bytes(&layout, Format::Html, &options).map_or(0, |b| b.len());
            let who = if public { "public" } else { "planner" };
            println!("map.html, {name}, {who}: {bytes} bytes ({:.2} MB)", bytes as f64 / 1e6);
        }
    }
    divan::main();
}

/// A fair of `n` booths: halls of 50 × 50 booths of 3 × 3 m, aisles every two rows, statuses and
/// Chinese exhibitor names mixed in as on a real plan.
fn fair(n: usize) -> Layout {
    let mut layout = Layout { name: format!("Benchmark fair, {n} booths"), ..Layout::default() };
    let themes: Vec<String> = layout.themes.iter().map(|t| t.key.clone()).collect();
    let per_hall = 2500;
    for h in 0..n.div_ceil(per_hall) {
        let id = format!("H{h}");
        let x0 = h as f64 * 170.0;
        layout.halls.push(Hall::new(
            id.clone(),
            format!("Hall {h}"),
            Rect::new(x0, 0.0, 160.0, 240.0).corners().to_vec(),
        ));
        for i in 0..per_hall.min(n - h * per_hall) {
            let (col, row) = (i % 50, i / 50);
            let y = 5.0 + row as f64 * 3.0 + (row / 2) as f64 * 1.5;
            layout.booths.push(Booth {
                id: format!("{id}-{i:04}"),
                hall: Some(id.clone()),
                theme: themes[col * themes.len() / 50].clone(),
                rect: Rect::new(x0 + 5.0 + col as f64 * 3.0, y, 3.0, 3.0),
                status: BoothStatus::ALL[i % 3],
                exhibitor: if i % 3 == 0 { String::new() } else { format!("展商 {i}") },
            });
        }
    }
    layout
}

/// A1 landscape at 150 dpi, the budget's sheet, with a fixed date so runs compare.
fn options() -> ExportOptions {
    ExportOptions {
        date: "2026-05-20".into(),
        paper: Paper::A1,
        dpi: 150.0,
        ..ExportOptions::default()
    }
}

#[divan::bench(
    args = [Format::Svg, Format::Pdf, Format::Png, Format::Csv, Format::Html],
    sample_count = 5
)]
fn export_10k_booths(bencher: divan::Bencher, format: Format) {
    let layout = fair(10_000);
    let options = options();
    bencher.bench(|| export_bytes(&layout, format, &options).map(|bytes| bytes.len()));
}

/// The same budget on the generated fair the check and RON benchmarks use (seed 1): blocks of
/// booths with aisles, columns, zones, 5% of booths overlapping a neighbour.
#[divan::bench(args = [Format::Svg, Format::Pdf, Format::Png], sample_count = 5)]
fn export_synthetic_10k_booths(bencher: divan::Bencher, format: Format) {
    let layout = sample::synthetic(10_000, 1);
    let options = options();
    bencher.bench(|| export_bytes(&layout, format, &options).map(|bytes| bytes.len()));
}

/// The interactive map of the default expo (823 booths), as `boothplan export -o map.html`.
#[divan::bench(sample_count = 20)]
fn map_html_default_expo(bencher: divan::Bencher) {
    let layout = sample::gdte_hangzhou();
    let options = options();
    bencher.bench(|| export_bytes(&layout, Format::Html, &options).map(|bytes| bytes.len()));
}
