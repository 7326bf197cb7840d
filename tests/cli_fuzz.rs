//! GeoJSON mutants given to the `boothplan check` binary itself: whatever the bytes, the command
//! exits 0 or 1 with nothing on stderr, or 2 with one located line, never a panic.

mod cli_support;
#[path = "../crates/boothplan-core/tests/io_support/mod.rs"]
mod io_support;

use boothplan_core::io::geojson::export_geojson;
use io_support::mutation::{apply, cases, mutation, seed_layout};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

#[test]
fn mutated_geojson_files_given_to_the_binary_never_panic() {
    // A process a mutant: a thirtieth of the cases (at most 2,000) keeps this quick.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzz.geojson");
    let seed = export_geojson(&seed_layout());
    let mut runner = TestRunner::new(Config {
        cases: (cases() / 30).clamp(20, 2_000),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(mutation(), 1..6), |ms| {
            let mut bytes = seed.as_bytes().to_vec();
            for m in &ms {
                apply(&mut bytes, m);
            }
            std::fs::write(&path, &bytes).unwrap();
            let run = cli_support::boothplan(["check".as_ref(), path.as_os_str()]);
            match run.code {
                Some(0 | 1) => assert!(run.stderr.is_empty(), "{}", run.stderr),
                _ => cli_support::assert_unusable(&run, &path),
            }
            Ok(())
        })
        .unwrap();
}
