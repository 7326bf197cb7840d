//! Writes sample plans for a person to look at: three halls, a small fair on A4, portrait and
//! A0 sheets, a dense 2,500-booth hall and the default layout's plans.
//!
//! `cargo run -p boothplan-core --example export_review -- /tmp/review` (the folder defaults to
//! `/tmp/boothplan-review`). Timings live in the benchmarks (`cargo bench --bench export`).

#[path = "../tests/export_support/mod.rs"]
mod export_support;

use std::error::Error;
use std::path::{Path, PathBuf};

use boothplan_core::io::export::{ExportOptions, Paper, export_to_path};

fn main() -> Result<(), Box<dyn Error>> {
    let dir =
        PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "/tmp/boothplan-review".into()));
    std::fs::create_dir_all(&dir)?;
    sample_plans(&dir)?;
    paper_samples(&dir)?;
    let dense = ExportOptions { hall: Some("H0".into()), ..export_support::options() };
    export_to_path(&big_layout(2500), &dir.join("dense.png"), &dense)?;
    default_layout_plans(&dir)?;
    println!("Wrote the samples to {}", dir.display());
    Ok(())
}

/// Three halls as PDF, SVG, PNG and CSV; one hall; a small fair on A4.
fn sample_plans(dir: &Path) -> Result<(), Box<dyn Error>> {
    let layout = export_support::three_halls();
    let options = export_support::options();
    for name in ["plan.pdf", "plan.svg", "plan.png", "plan.csv"] {
        export_to_path(&layout, &dir.join(name), &options)?;
    }
    let hall = ExportOptions { hall: Some("1A".into()), ..options.clone() };
    export_to_path(&layout, &dir.join("hall-1a.png"), &hall)?;
    export_to_path(&layout, &dir.join("hall-1a.svg"), &hall)?;
    let a4 = ExportOptions { paper: Paper::A4, ..options };
    export_to_path(&export_support::small_layout(), &dir.join("small-a4.png"), &a4)?;
    Ok(())
}

/// A3 portrait and A0 landscape sheets of three halls.
fn paper_samples(dir: &Path) -> Result<(), Box<dyn Error>> {
    let layout = export_support::three_halls();
    let portrait =
        ExportOptions { paper: Paper::A3, portrait: true, dpi: 60.0, ..export_support::options() };
    export_to_path(&layout, &dir.join("a3-portrait.png"), &portrait)?;
    let a0 = ExportOptions { paper: Paper::A0, dpi: 30.0, ..export_support::options() };
    export_to_path(&layout, &dir.join("a0.png"), &a0)?;
    Ok(())
}

/// The embedded default fair as PDF, CSV and a 2,400-pixel overview.
fn default_layout_plans(dir: &Path) -> Result<(), Box<dyn Error>> {
    let layout = boothplan_core::io::ron_file::parse_layout(
        boothplan_core::io::DEFAULT_LAYOUT_RON,
        Path::new("gdte-hangzhou.ron"),
    )?;
    let options = export_support::options();
    export_to_path(&layout, &dir.join("gdte.pdf"), &options)?;
    export_to_path(&layout, &dir.join("gdte.csv"), &options)?;
    let overview = ExportOptions { width_px: Some(2400), ..options };
    export_to_path(&layout, &dir.join("gdte-overview.png"), &overview)?;
    Ok(())
}

/// A fair of `n` booths: halls of 50 × 50 booths of 3 × 3 m with 3 m aisles every two rows.
fn big_layout(n: usize) -> boothplan_core::model::Layout {
    use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Rect};
    let mut layout = Layout { name: format!("{n} booths"), ..Layout::default() };
    let per_hall = 2500;
    let themes: Vec<String> = layout.themes.iter().map(|t| t.key.clone()).collect();
    for h in 0..n.div_ceil(per_hall) {
        let id = format!("H{h}");
        let origin = (h as f64 * 170.0, 0.0);
        layout.halls.push(Hall::new(
            id.clone(),
            format!("Hall {h}"),
            Rect::new(origin.0, origin.1, 160.0, 240.0).corners().to_vec(),
        ));
        for i in 0..per_hall.min(n - h * per_hall) {
            let (col, row) = (i % 50, i / 50);
            let y = 5.0 + row as f64 * 3.0 + (row / 2) as f64 * 1.5;
            layout.booths.push(Booth {
                id: format!("{id}-{i:04}"),
                hall: Some(id.clone()),
                theme: themes[col * 4 / 50].clone(),
                rect: Rect::new(origin.0 + 5.0 + col as f64 * 3.0, y, 3.0, 3.0),
                status: BoothStatus::ALL[i % 3],
                exhibitor: if i % 3 == 0 { String::new() } else { format!("展商 {i}") },
            });
        }
    }
    layout
}
