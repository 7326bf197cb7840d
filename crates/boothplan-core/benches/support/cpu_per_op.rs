//! CPU per operation, all threads, for `benches/cpu_per_op.sh` (see PERFORMANCE.md): runs one
//! operation `REPS` times on `sample::synthetic(BOOTHS, 1)`; the script runs it under
//! `perf stat -e task-clock` with 0 and with REPS repetitions and divides the difference.
//! Usage: cpu_per_op check|drag|load|save|format|svg|pdf|png BOOTHS REPS

use boothplan_core::check::{LiveCheck, Touched, check_layout};
use boothplan_core::io::ron_file::{layout_to_ron, load_layout, save_layout};
use boothplan_core::sample;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let (op, n, reps): (&str, usize, usize) = (&a[1], a[2].parse().unwrap(), a[3].parse().unwrap());
    let mut layout = sample::synthetic(n, 1);
    let path = std::env::temp_dir().join(format!("perfq/c{n}.ron"));
    save_layout(&path, &layout).unwrap();
    let mut live = LiveCheck::new(&layout);
    let i = n / 2;
    let touched = Touched::ids([layout.booths[i].id.clone()]);
    let mut step = 0.5;
    for _ in 0..reps {
        match op {
            "check" => {
                std::hint::black_box(check_layout(&layout).len());
            }
            "drag" => {
                layout.booths[i].rect.x_m += step;
                step = -step;
                live.update(&layout, &touched);
                std::hint::black_box(live.findings().len());
            }
            "save" => save_layout(&path, &layout).unwrap(),
            "format" => {
                std::hint::black_box(layout_to_ron(&layout).unwrap().len());
            }
            "load" => {
                std::hint::black_box(load_layout(&path).unwrap().booths.len());
            }
            "svg" | "pdf" | "png" => {
                use boothplan_core::io::export::{ExportOptions, Format, Paper, export_bytes};
                let f = match op {
                    "svg" => Format::Svg,
                    "pdf" => Format::Pdf,
                    _ => Format::Png,
                };
                let o = ExportOptions {
                    date: "2026-05-20".into(),
                    paper: Paper::A1,
                    dpi: 150.0,
                    ..ExportOptions::default()
                };
                std::hint::black_box(export_bytes(&layout, f, &o).unwrap().len());
            }
            _ => {}
        }
    }
}
