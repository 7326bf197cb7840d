//! Walking distance to the exits: the distance field of every hall and every booth's travel
//! distance, for the default fair and for 100,000 booths (the egress budget is ≤ 50 ms and
//! ≤ 1 s for all egress rules, whole process; this is the part that costs).
//! Run with `cargo bench --bench walk`.

use boothplan_core::check::walk::walk_layout;
use boothplan_core::sample;

#[path = "support/doors.rs"]
mod doors;
use doors::with_doors;

fn main() {
    divan::main();
}

/// Field and travel of every hall of the default Hangzhou fair (823 booths, 7 halls).
#[divan::bench(sample_count = 20)]
fn default_expo(bencher: divan::Bencher) {
    let layout = with_doors(sample::gdte_hangzhou());
    bencher.bench(|| walk_layout(&layout).len());
}

/// Field and travel of a generated fair of 100,000 booths (ten halls of 10,000).
#[divan::bench(sample_count = 5)]
fn synthetic_100k(bencher: divan::Bencher) {
    let layout = with_doors(sample::synthetic(100_000, 1));
    bencher.bench(|| walk_layout(&layout).len());
}
