//! Writes sample plans for a person to look at (`EXPORT_REVIEW_DIR=/tmp/x cargo test --test
//! export_review -- --ignored`); not part of the normal run.

mod export_support;

use std::path::PathBuf;

use boothplan::io::export::{ExportOptions, export_to_path};

#[test]
#[ignore = "writes files for visual review"]
fn write_sample_plans() {
    let dir = PathBuf::from(
        std::env::var("EXPORT_REVIEW_DIR").unwrap_or_else(|_| "/tmp/boothplan-review".into()),
    );
    std::fs::create_dir_all(&dir).unwrap();
    let layout = export_support::three_halls();
    let options = export_support::options();
    for name in ["plan.pdf", "plan.svg", "plan.png", "plan.csv"] {
        export_to_path(&layout, &dir.join(name), &options).unwrap();
    }
    let hall = ExportOptions { hall: Some("1A".into()), ..options.clone() };
    export_to_path(&layout, &dir.join("hall-1a.png"), &hall).unwrap();
    export_to_path(&layout, &dir.join("hall-1a.svg"), &hall).unwrap();
    let small = export_support::small_layout();
    let a4 = ExportOptions { paper: boothplan::io::export::Paper::A4, ..options };
    export_to_path(&small, &dir.join("small-a4.png"), &a4).unwrap();
}

/// A fair of `n` booths: halls of 50 × 50 booths of 3 × 3 m with 3 m aisles every two rows.
fn big_layout(n: usize) -> boothplan::model::Layout {
    use boothplan::model::{Booth, BoothStatus, Hall, Layout, Rect};
    let mut layout = Layout { name: format!("{n} booths"), ..Layout::default() };
    let per_hall = 2500;
    let themes: Vec<String> = layout.themes.iter().map(|t| t.key.clone()).collect();
    for h in 0..n.div_ceil(per_hall) {
        let id = format!("H{h}");
        let origin = (h as f64 * 170.0, 0.0);
        layout.halls.push(Hall {
            id: id.clone(),
            name: format!("Hall {h}"),
            outline: Rect::new(origin.0, origin.1, 160.0, 240.0).corners().to_vec(),
        });
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

#[test]
#[ignore = "prints timings of a 10,000-booth export in the dev profile"]
fn time_big_exports() {
    use boothplan::io::export::{Format, export_bytes};
    let layout = big_layout(10_000);
    let options = export_support::options();
    for format in [Format::Svg, Format::Pdf, Format::Png, Format::Csv] {
        let start = std::time::Instant::now();
        let bytes = export_bytes(&layout, format, &options).unwrap();
        println!("{format:?}: {:?}, {} bytes", start.elapsed(), bytes.len());
    }
}

#[test]
#[ignore = "prints where PNG time goes"]
fn time_png_steps() {
    use boothplan::io::export::{PlanOptions, plan_svg, usvg_options};
    use resvg::{tiny_skia, usvg};
    let layout = big_layout(10_000);
    let options = export_support::options();
    let t = std::time::Instant::now();
    let svg = plan_svg(&layout, &PlanOptions::from_export(&options)).unwrap();
    println!("svg {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let opts = usvg_options();
    println!("options {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let tree = usvg::Tree::from_str(&svg, &opts).unwrap();
    println!("parse {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let mut pixmap = tiny_skia::Pixmap::new(4967, 3508).unwrap();
    pixmap.fill(tiny_skia::Color::WHITE);
    println!("alloc {:?}", t.elapsed());
    let t = std::time::Instant::now();
    resvg::render(&tree, tiny_skia::Transform::from_scale(1.5, 1.5), &mut pixmap.as_mut());
    println!("render {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let png = pixmap.encode_png().unwrap();
    println!("encode {:?} {}", t.elapsed(), png.len());
    let t = std::time::Instant::now();
    let hall = PlanOptions { hall: Some("H0".into()), ..PlanOptions::from_export(&options) };
    let svg = plan_svg(&layout, &hall).unwrap();
    println!("hall svg {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let tree = usvg::Tree::from_str(&svg, &opts).unwrap();
    println!("hall parse {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let _ = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default()).unwrap();
    println!("hall chunk {:?}", t.elapsed());
}

#[test]
#[ignore = "writes portrait and A0 samples for visual review"]
fn write_paper_samples() {
    use boothplan::io::export::Paper;
    let dir = PathBuf::from(
        std::env::var("EXPORT_REVIEW_DIR").unwrap_or_else(|_| "/tmp/boothplan-review".into()),
    );
    std::fs::create_dir_all(&dir).unwrap();
    let layout = export_support::three_halls();
    let portrait =
        ExportOptions { paper: Paper::A3, portrait: true, dpi: 60.0, ..export_support::options() };
    export_to_path(&layout, &dir.join("a3-portrait.png"), &portrait).unwrap();
    let a0 = ExportOptions { paper: Paper::A0, dpi: 30.0, ..export_support::options() };
    export_to_path(&layout, &dir.join("a0.png"), &a0).unwrap();
}

#[test]
#[ignore = "writes a dense 2,500-booth hall sheet for visual review"]
fn write_dense_hall() {
    let dir = PathBuf::from(
        std::env::var("EXPORT_REVIEW_DIR").unwrap_or_else(|_| "/tmp/boothplan-review".into()),
    );
    std::fs::create_dir_all(&dir).unwrap();
    let layout = big_layout(2500);
    let options = ExportOptions { hall: Some("H0".into()), ..export_support::options() };
    export_to_path(&layout, &dir.join("dense.png"), &options).unwrap();
}

#[test]
#[ignore = "writes the default layout's plans for visual review"]
fn write_default_layout_plans() {
    let dir = PathBuf::from(
        std::env::var("EXPORT_REVIEW_DIR").unwrap_or_else(|_| "/tmp/boothplan-review".into()),
    );
    std::fs::create_dir_all(&dir).unwrap();
    let layout =
        boothplan::io::ron_file::load_layout(std::path::Path::new("layouts/gdte-hangzhou.ron"))
            .unwrap();
    let options = export_support::options();
    export_to_path(&layout, &dir.join("gdte.pdf"), &options).unwrap();
    export_to_path(&layout, &dir.join("gdte.csv"), &options).unwrap();
    let overview = ExportOptions { width_px: Some(2400), ..options };
    export_to_path(&layout, &dir.join("gdte-overview.png"), &overview).unwrap();
}
