//! RON budgets (docs/SPEC.md §7): load and save of a generated fair, ≤ 100 ms each at 100,000
//! booths. Run with `cargo bench --bench ron`.
//!
//! Load is the whole of `io::ron_file::load_layout`: read the file, check UTF-8, parse and
//! validate. Save is `io::ron_file::save_layout`: write the text to a temporary file, sync it,
//! keep the backup, rename.

use boothplan_core::io::ron_file::{
    layout_to_ron, load_layout, parse_layout, parse_layout_reference, save_layout,
};
use boothplan_core::sample;

fn main() {
    divan::main();
}

/// Fair sizes of the benchmark table.
const BOOTHS: [usize; 3] = [1_000, 10_000, 100_000];
/// The seed every benchmark layout is generated with, so runs compare.
const SEED: u64 = 1;

/// Opening a file: read, decode, parse, validate.
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn load(bencher: divan::Bencher, booths: usize) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("fair.ron");
    save_layout(&path, &sample::synthetic(booths, SEED)).expect("save the benchmark fair");
    bencher.bench(|| load_layout(&path).map(|l| l.booths.len()));
}

/// Parsing and validating text already in memory (load without the file system).
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn parse(bencher: divan::Bencher, booths: usize) {
    let text = layout_to_ron(&sample::synthetic(booths, SEED)).expect("serialise");
    let path = std::path::Path::new("fair.ron");
    bencher.bench(|| parse_layout(&text, path).map(|l| l.booths.len()));
}

/// The same text read by the `ron` crate alone (no limits, no validation): what the fast reader
/// has to beat to be worth keeping.
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn parse_with_ron_crate(bencher: divan::Bencher, booths: usize) {
    let text = layout_to_ron(&sample::synthetic(booths, SEED)).expect("serialise");
    bencher.bench(|| parse_layout_reference(&text).map(|l| l.booths.len()));
}

/// Saving a file: format, write atomically with a backup, sync.
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn save(bencher: divan::Bencher, booths: usize) {
    let layout = sample::synthetic(booths, SEED);
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("fair.ron");
    bencher.bench(|| save_layout(&path, &layout));
}

/// Formatting the text only (save without the file system).
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn format(bencher: divan::Bencher, booths: usize) {
    let layout = sample::synthetic(booths, SEED);
    bencher.bench(|| layout_to_ron(&layout).map(|t| t.len()));
}
