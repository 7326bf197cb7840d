//! How soon the shared map is ready in Chromium (budget: within 1 s at 10,000 booths): each map is
//! opened several times in headless Chromium over the `DevTools` protocol, without virtual time, and
//! the page's own `data-ready` (milliseconds from opening to the first frame with the plan drawn)
//! is read. Run with `cargo bench --no-default-features --bench map_ready`.

#[path = "../tests/cli_support/mod.rs"]
mod cli_support;

use boothplan_core::io::export::{ExportOptions, Format, export_bytes};
use boothplan_core::sample;
use cli_support::chromium::{Browser, url_of};

const RUNS: usize = 9;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut browser = Browser::launch();
    let fairs = [
        ("default expo", sample::gdte_hangzhou()),
        ("10,000 booths (synthetic, seed 1)", sample::synthetic(10_000, 1)),
    ];
    for (name, layout) in fairs {
        let page = export_bytes(&layout, Format::Html, &ExportOptions::default()).unwrap();
        let path = dir.path().join("map.html");
        std::fs::write(&path, &page).unwrap();
        let mut ready_ms: Vec<f64> = (0..RUNS)
            .map(|_| {
                browser.open(&url_of(&path));
                let ready = browser.eval("document.documentElement.getAttribute('data-ready')");
                ready.as_str().unwrap().parse().unwrap()
            })
            .collect();
        ready_ms.sort_by(f64::total_cmp);
        println!(
            "{name}: {} bytes; ready after {} ms median (min {}, max {}) over {RUNS} loads",
            page.len(),
            ready_ms[RUNS / 2],
            ready_ms[0],
            ready_ms[RUNS - 1]
        );
    }
}
