//! The benchmark fairs checked end to end: the generated layouts at 1,000 and 10,000
//! booths, with the seed the benchmarks use, give exactly the overlaps `sample::synthetic`
//! documents — through the full check, through a RON round trip, and through the incremental
//! check while a booth is dragged across its neighbours.

use boothplan_core::check::{Finding, LiveCheck, Rule, Severity, Touched, check_layout};
use boothplan_core::io::ron_file::{layout_to_ron, parse_layout};
use boothplan_core::model::Layout;
use boothplan_core::sample::{synthetic, synthetic_overlap_count};

/// The seed of every benchmark in `benches/`.
const BENCH_SEED: u64 = 1;

/// Asserts the findings are the planted double bookings and nothing else.
fn assert_only_planted_overlaps(findings: &[Finding], booths: usize) {
    let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(findings.len(), synthetic_overlap_count(booths), "{booths} booths: {rules:?}");
    for f in findings {
        assert_eq!(f.rule, Rule::BoothOverlap, "{f:?}");
        assert_eq!(f.severity, Severity::Error, "{f:?}");
        assert_eq!(f.area_m2, Some(9.0), "a moved booth covers its neighbour whole: {f:?}");
        assert_eq!(f.ids.len(), 2, "{f:?}");
    }
}

#[test]
fn benchmark_fairs_have_exactly_the_documented_overlaps() {
    for booths in [1_000, 10_000] {
        let layout = synthetic(booths, BENCH_SEED);
        assert_eq!(layout.booths.len(), booths);
        assert_only_planted_overlaps(&check_layout(&layout), booths);
    }
}

#[test]
fn overlap_count_is_one_per_block_of_twenty() {
    // Stated independently of the generator: 3×3 m booths in blocks of 20, one double booking each.
    assert_eq!(synthetic_overlap_count(1_000), 50);
    assert_eq!(synthetic_overlap_count(10_000), 500);
}

#[test]
fn benchmark_fair_checks_the_same_after_a_save_and_load() {
    let booths = 10_000;
    let layout = synthetic(booths, BENCH_SEED);
    let text = layout_to_ron(&layout).expect("serialise");
    let loaded = parse_layout(&text, "fair.ron".as_ref()).expect("the saved fair loads");
    assert_eq!(loaded, layout);
    assert_only_planted_overlaps(&check_layout(&loaded), booths);
}

/// Moves booth `i` by `dx_m` and re-checks it incrementally.
fn drag(layout: &mut Layout, live: &mut LiveCheck, i: usize, dx_m: f64) {
    layout.booths[i].rect.x_m += dx_m;
    live.update(layout, &Touched::ids([layout.booths[i].id.clone()]));
}

#[test]
fn dragging_a_booth_in_the_benchmark_fair_matches_a_full_check() {
    let booths = 10_000;
    let mut layout = synthetic(booths, BENCH_SEED);
    let mut live = LiveCheck::new(&layout);
    assert_eq!(live.findings(), check_layout(&layout).as_slice());
    let dragged = booths / 2;
    // Half a metre at a time over its neighbours and back, as the drag benchmark does.
    for step in [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5] {
        drag(&mut layout, &mut live, dragged, step);
        assert_eq!(live.findings(), check_layout(&layout).as_slice(), "after a {step} m step");
    }
    // Back where it started: the fair is as generated again.
    assert_only_planted_overlaps(live.findings(), booths);
    // Dropped into the aisle across the hall, far from where it stood.
    drag(&mut layout, &mut live, dragged, -40.0);
    assert_eq!(live.findings(), check_layout(&layout).as_slice());
}
