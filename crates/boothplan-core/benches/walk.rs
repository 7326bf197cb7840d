//! Walking distance to the exits: the distance field of every hall and every booth's travel
//! distance, for the default fair and for 100,000 booths (the egress budget is ≤ 50 ms and
//! ≤ 1 s for all egress rules, whole process; this is the part that costs).
//! Run with `cargo bench --bench walk`.

use boothplan_core::check::walk::walk_layout;
use boothplan_core::model::{Exit, Layout, Point};
use boothplan_core::sample;

fn main() {
    divan::main();
}

/// The default fair, with a 4 m door in the middle of every wall of a hall that has none
/// (so that the benchmark measures a full search whether or not the sample has its exits).
fn with_doors(mut layout: Layout) -> Layout {
    for hall in &layout.halls {
        if layout.exits.iter().any(|e| e.hall.as_deref() == Some(hall.id.as_str())) {
            continue;
        }
        let n = hall.outline.len();
        for i in 0..n {
            let (a, b) = (hall.outline[i], hall.outline[(i + 1) % n]);
            let len = (b.x_m - a.x_m).hypot(b.y_m - a.y_m);
            if len < 8.0 {
                continue;
            }
            let at = |t: f64| Point::new(a.x_m + t * (b.x_m - a.x_m), a.y_m + t * (b.y_m - a.y_m));
            let half = 2.0 / len;
            layout.exits.push(Exit {
                id: format!("{}-E{}", hall.id, i + 1),
                hall: Some(hall.id.clone()),
                from: at(0.5 - half),
                to: at(0.5 + half),
            });
        }
    }
    layout
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
