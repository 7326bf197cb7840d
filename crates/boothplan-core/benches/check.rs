//! Check budgets (docs/SPEC.md §7): the full check of a generated fair, and the incremental
//! re-check after one booth, column or hall corner moves (the "check while dragging" row, ≤ 1 ms
//! at 100,000 booths).
//! Run with `cargo bench --bench check`.

use boothplan_core::check::{LiveCheck, Touched, booth_types, check_layout};
use boothplan_core::model::{Layout, RulePack};
use boothplan_core::sample;

#[path = "support/doors.rs"]
mod doors;

fn main() {
    divan::main();
}

/// Fair sizes of the benchmark table: a small fair, a large one, the largest on Earth and more.
const BOOTHS: [usize; 3] = [1_000, 10_000, 100_000];
/// The seed every benchmark layout is generated with, so runs compare.
const SEED: u64 = 1;

/// Every rule over the whole layout, as `boothplan check` runs it after loading.
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn full_check(bencher: divan::Bencher, booths: usize) {
    let layout = sample::synthetic(booths, SEED);
    bencher.bench(|| check_layout(&layout).len());
}

/// The type of every booth (open sides), as `stats`, the exports and the summary derive them:
/// budget ≤ 50 ms at 100,000 booths.
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn classify_booth_types(bencher: divan::Bencher, booths: usize) {
    let layout = sample::synthetic(booths, SEED);
    bencher.bench(|| booth_types(&layout).iter().flatten().count());
}

/// Building the editor's incremental checker: paid once when a file opens.
#[divan::bench(args = BOOTHS, sample_count = 10)]
fn live_check_new(bencher: divan::Bencher, booths: usize) {
    let layout = sample::synthetic(booths, SEED);
    bencher.bench(|| LiveCheck::new(&layout).findings().len());
}

/// One frame of a drag: a booth in the middle of the fair moves half a metre (alternately right
/// and back, onto and off its neighbour), only it is checked again, and the findings are listed
/// (as the window's findings panel and status bar read them every frame).
#[divan::bench(args = BOOTHS, sample_count = 200)]
fn drag_one_booth(bencher: divan::Bencher, booths: usize) {
    drag_middle_booth(bencher, booths, |live| live.findings().len());
}

/// The live check's own share of [`drag_one_booth`]: the same drag, the findings counted but
/// not listed (their sorted list is derived only when read).
#[divan::bench(args = BOOTHS, sample_count = 200)]
fn drag_one_booth_unlisted(bencher: divan::Bencher, booths: usize) {
    drag_middle_booth(bencher, booths, LiveCheck::finding_count);
}

/// Drags the booth in the middle of the fair, reading the findings with `read` each frame.
fn drag_middle_booth(bencher: divan::Bencher, booths: usize, read: fn(&LiveCheck) -> usize) {
    let mut layout = sample::synthetic(booths, SEED);
    let mut live = LiveCheck::new(&layout);
    let dragged = booths / 2;
    let touched = Touched::ids([layout.booths[dragged].id.clone()]);
    let mut step = 0.5;
    bencher.bench_local(|| {
        nudge(&mut layout, dragged, step);
        step = -step;
        live.update(&layout, &touched);
        read(&live)
    });
}

/// One frame of a drag in a hall of 10,000 booths with a door in every wall, under `nfpa101`
/// (whose `travel-distance` rule walks the whole hall's floor): the booth in the middle moves
/// half a metre and back, and every egress rule of its hall runs again in the step.
#[divan::bench(sample_count = 30)]
fn drag_one_booth_in_a_hall_with_doors(bencher: divan::Bencher) {
    drag_in_a_hall_with_doors(bencher, false);
}

/// The same drag as the editor runs it: the hall's egress rules go to the live check's worker
/// thread, and the step takes in whatever the worker finished (as the window does each frame).
#[divan::bench(sample_count = 30)]
fn drag_one_booth_in_a_hall_with_doors_egress_in_background(bencher: divan::Bencher) {
    drag_in_a_hall_with_doors(bencher, true);
}

fn drag_in_a_hall_with_doors(bencher: divan::Bencher, background: bool) {
    let mut layout = doors::with_doors(sample::synthetic(10_000, SEED));
    layout.rules.pack = RulePack::Nfpa101;
    let mut live = LiveCheck::new(&layout);
    if background {
        live.walk_in_background(Box::new(|| {}));
    }
    let dragged = layout.booths.len() / 2;
    let touched = Touched::ids([layout.booths[dragged].id.clone()]);
    let mut step = 0.5;
    bencher.bench_local(|| {
        nudge(&mut layout, dragged, step);
        step = -step;
        live.take_walks();
        live.update(&layout, &touched);
        live.findings().len()
    });
    live.wait_for_walks();
}

/// Moves booth `i` by `dx_m` along x.
fn nudge(layout: &mut Layout, i: usize, dx_m: f64) {
    layout.booths[i].rect.x_m += dx_m;
}

/// One frame of dragging a column: the column in the middle of the list moves half a metre
/// (right and back) and only the booths under its old and new boxes are checked again.
#[divan::bench(args = BOOTHS, sample_count = 200)]
fn drag_one_column(bencher: divan::Bencher, booths: usize) {
    let mut layout = sample::synthetic(booths, SEED);
    let mut live = LiveCheck::new(&layout);
    let dragged = layout.columns.len() / 2;
    let touched = Touched::columns([layout.columns[dragged].id.clone()]);
    let mut step = 0.5;
    bencher.bench_local(|| {
        for p in &mut layout.columns[dragged].outline {
            p.x_m += step;
        }
        step = -step;
        live.update(&layout, &touched);
        live.findings().len()
    });
}

/// One frame of dragging a hall's corner: the first hall's second vertex moves half a metre
/// (out and back); that hall's booths and zones are checked against its outline again.
#[divan::bench(args = BOOTHS, sample_count = 50)]
fn drag_one_hall_vertex(bencher: divan::Bencher, booths: usize) {
    let mut layout = sample::synthetic(booths, SEED);
    let mut live = LiveCheck::new(&layout);
    let touched = Touched::halls([layout.halls[0].id.clone()]);
    let mut step = 0.5;
    bencher.bench_local(|| {
        layout.halls[0].outline[1].x_m += step;
        step = -step;
        live.update(&layout, &touched);
        live.findings().len()
    });
}
