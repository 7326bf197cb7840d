//! One editor frame (ui + tessellation) with a whole synthetic fair in view, and zoomed in
//! (docs/SPEC.md: ≤ 8 ms CPU at 10,000 booths, and at 100,000 with level of detail). `cargo bench --bench gui_frame`.

#[path = "support/frame.rs"]
mod frame;

fn main() {
    divan::main();
}

/// The whole fair in view: every booth culled in or out, labels by level of detail; 100,000
/// booths is the largest fair on Earth, drawn at its level of detail.
#[divan::bench(args = [1_000, 10_000, 100_000])]
fn whole_layout_in_view(bencher: divan::Bencher, booths: usize) {
    let mut bench = frame::FrameBench::new(booths);
    bencher.bench_local(|| bench.frame());
}

/// The whole fair in view while the view moves (a hair of zoom each frame): nothing painted
/// for the last frame's view is reused.
#[divan::bench(args = [10_000, 100_000])]
fn whole_layout_while_zooming(bencher: divan::Bencher, booths: usize) {
    let mut bench = frame::FrameBench::new(booths);
    bencher.bench_local(|| {
        bench.nudge();
        bench.frame()
    });
}

/// Zoomed in eight times about the middle: fewer booths, more labels.
#[divan::bench(args = [10_000])]
fn zoomed_in(bencher: divan::Bencher, booths: usize) {
    let mut bench = frame::FrameBench::new(booths);
    bench.zoom_in(8.0);
    bencher.bench_local(|| bench.frame());
}
