//! Huge but legal files: one count a file can raise pushed to the loader's limit, to show that
//! checking and importing grow as n log n in it (time about 2× for 2× the input), never n².
//! Run with `cargo bench --bench huge_legal`.

use std::path::Path;

use boothplan_core::check::check_layout;
use boothplan_core::io::geojson::{export_geojson, import_geojson};
use boothplan_core::io::ron_file::{layout_to_ron, parse_layout};
use boothplan_core::sample::huge::{many_halls, saw_tooth_hall};

fn main() {
    divan::main();
}

/// Hall outline vertices: half the loader's limit and the limit itself.
const VERTICES: [usize; 2] = [50_000, 100_000];
/// Halls, each with a zone of its own theme and four booths.
const HALLS: [usize; 2] = [10_000, 20_000];

/// The whole check of one saw-tooth hall (self-intersection test, booths inside it).
#[divan::bench(args = VERTICES, sample_count = 10)]
fn check_hall_vertices(bencher: divan::Bencher, vertices: usize) {
    let layout = saw_tooth_hall(vertices);
    bencher.bench(|| check_layout(&layout).len());
}

/// The whole check of many halls, zones and themes.
#[divan::bench(args = HALLS, sample_count = 10)]
fn check_many_halls(bencher: divan::Bencher, halls: usize) {
    let layout = many_halls(halls);
    bencher.bench(|| check_layout(&layout).len());
}

/// Importing many halls, zones and themes from GeoJSON, with booths that name neither hall
/// nor theme: each is found by containment.
#[divan::bench(args = HALLS, sample_count = 10)]
fn import_many_halls(bencher: divan::Bencher, halls: usize) {
    let text = plain_geojson(halls);
    bencher.bench(|| import_geojson(&text, Path::new("halls.geojson")).map(|l| l.booths.len()));
}

/// Loading many halls, zones and themes from RON.
#[divan::bench(args = HALLS, sample_count = 10)]
fn load_many_halls(bencher: divan::Bencher, halls: usize) {
    let text = layout_to_ron(&many_halls(halls)).unwrap_or_default();
    bencher.bench(|| parse_layout(&text, Path::new("halls.ron")).map(|l| l.halls.len()));
}

/// [`many_halls`] as GeoJSON with the booths' `hall` and `theme` left out, as a GIS tool
/// would write them.
fn plain_geojson(halls: usize) -> String {
    let text = export_geojson(&many_halls(halls));
    text.lines()
        .map(|line| {
            if line.contains("\"kind\":\"booth\"") {
                let line = cut_property(line, "\"hall\":\"");
                cut_property(&line, "\"theme\":\"")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `line` without the string property that starts with `key` (and its comma).
fn cut_property(line: &str, key: &str) -> String {
    let Some(start) = line.find(key) else { return line.to_owned() };
    let value_end = start + key.len() + line[start + key.len()..].find('"').unwrap_or(0) + 1;
    let end = if line[value_end..].starts_with(',') { value_end + 1 } else { value_end };
    format!("{}{}", &line[..start], &line[end..])
}
