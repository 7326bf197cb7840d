//! How long git waits for boothplan: the semantic diff and the three-way merge of a generated
//! fair in which each side edited every hundredth booth (moved on one side, sold on the other)
//! and renumbered a few. Run with `cargo bench --bench revision`.

use boothplan_core::model::{BoothStatus, Layout};
use boothplan_core::revision::{diff_layouts, merge_layouts};
use boothplan_core::sample;

fn main() {
    divan::main();
}

/// Fair sizes: a small fair, a large one, the largest on Earth.
const BOOTHS: [usize; 3] = [1_000, 10_000, 100_000];
/// The seed every benchmark layout is generated with, so runs compare.
const SEED: u64 = 1;

/// The ancestor and the two sides: ours moves every hundredth booth and renumbers every
/// thousandth; theirs sells every hundredth, offset by fifty.
fn revisions(booths: usize) -> (Layout, Layout, Layout) {
    let base = sample::synthetic(booths, SEED);
    let mut ours = base.clone();
    for (i, b) in ours.booths.iter_mut().enumerate().step_by(100) {
        b.rect.x_m += 1.0;
        if i % 1000 == 0 {
            b.id = format!("{}-R", b.id);
        }
    }
    let mut theirs = base.clone();
    for b in theirs.booths.iter_mut().skip(50).step_by(100) {
        b.status = BoothStatus::Sold;
        "Bench Exhibitor".clone_into(&mut b.exhibitor);
    }
    (base, ours, theirs)
}

/// `boothplan diff` after loading: every change listed.
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn diff(bencher: divan::Bencher, booths: usize) {
    let (base, ours, _) = revisions(booths);
    bencher.bench(|| diff_layouts(&base, &ours).changes.len());
}

/// `boothplan merge` after loading: the merge and its validation.
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn merge(bencher: divan::Bencher, booths: usize) {
    let (base, ours, theirs) = revisions(booths);
    bencher.bench(|| merge_layouts(&base, &ours, &theirs).layout.booths.len());
}
