//! Mutation fuzzing of the RON loader and the GeoJSON importer, bounded so that it
//! runs in `cargo test`: no input may panic, and every refusal is one `FILE:LINE:COL: …` line
//! pointing inside the text. `PROPTEST_CASES=100000 cargo test --test io_fuzz` runs it long.

mod io_support;

use std::path::Path;

use boothplan_core::io::geojson::{export_geojson, import_geojson};
use boothplan_core::io::layout_file::open_layout;
use boothplan_core::io::ron_file::{
    layout_to_ron, parse_layout, parse_layout_fast, parse_layout_fast_with,
    parse_layout_prescan_first, parse_layout_reference,
};
use boothplan_core::model::Layout;
use io_support::mutation::{apply, cases, mutation, seed_layout};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Asserts the refusal is one line, `NAME:LINE:COL: `, with the line inside the text.
fn assert_well_formed(shown: &str, name: &str, text: &str) {
    let rest = shown.strip_prefix(name).and_then(|r| r.strip_prefix(':'));
    let rest = rest.unwrap_or_else(|| panic!("{shown}"));
    let mut parts = rest.splitn(3, ':');
    let line: usize =
        parts.next().and_then(|l| l.parse().ok()).unwrap_or_else(|| panic!("{shown}"));
    let column: usize =
        parts.next().and_then(|c| c.parse().ok()).unwrap_or_else(|| panic!("{shown}"));
    assert!(parts.next().is_some_and(|m| m.starts_with(' ') && m.len() > 1), "{shown}");
    assert!(line >= 1 && column >= 1, "{shown}");
    assert!(line <= text.lines().count().max(1) + 1, "{shown}");
    assert!(!shown.contains('\n'), "{shown}");
}

/// Runs `check` on [`cases`] mutants of `seed_text` and prints how many ran, so that a CI log
/// shows the budget was spent (`-- --nocapture` to see it).
fn fuzz(what: &str, seed_text: &str, check: impl Fn(&str)) {
    let mut runner =
        TestRunner::new(Config { cases: cases(), failure_persistence: None, ..Config::default() });
    let mutations = prop::collection::vec(mutation(), 1..6);
    let ran = std::sync::atomic::AtomicU64::new(0);
    runner
        .run(&mutations, |ms| {
            let mut bytes = seed_text.as_bytes().to_vec();
            for m in &ms {
                apply(&mut bytes, m);
            }
            ran.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            check(&String::from_utf8_lossy(&bytes));
            Ok(())
        })
        .unwrap();
    println!("fuzz {what}: {} inputs, none failed", ran.into_inner());
}

#[test]
fn mutated_ron_never_panics() {
    let seed = layout_to_ron(&seed_layout()).unwrap();
    fuzz("RON loader", &seed, |text| {
        if let Err(e) = parse_layout(text, Path::new("fuzz.ron")) {
            assert_well_formed(&e.to_string(), "fuzz.ron", text);
        }
    });
}

#[test]
fn the_fast_reader_never_disagrees_with_ron() {
    let seed = layout_to_ron(&seed_layout()).unwrap();
    let accepted = std::sync::atomic::AtomicU32::new(0);
    fuzz("fast RON reader against ron", &seed, |text| {
        if let Some(fast) = parse_layout_fast(text) {
            accepted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let slow = parse_layout_reference(text);
            assert!(
                slow.is_ok(),
                "fast reader accepted what ron refuses ({:?}):\n{text}",
                slow.err()
            );
            let slow = slow.unwrap();
            // Compared as text, so that -0.0 and 0.0 count as different.
            assert_eq!(layout_to_ron(&fast).unwrap(), layout_to_ron(&slow).unwrap(), "{text}");
        }
    });
    // The comparison means something only if mutated files do reach the fast reader. About 3% of
    // mutants do (45 of 1,500 on average, 27 seen at the low end); 0.5% keeps that meaning
    // without failing on an unlucky random draw.
    let accepted = accepted.into_inner();
    assert!(accepted > cases() / 200, "only {accepted} of {} mutants were read fast", cases());
}

#[test]
fn one_pass_loading_gives_what_the_prescan_first_gave() {
    let seed = layout_to_ron(&seed_layout()).unwrap();
    fuzz("one-pass RON loader against pre-scan first", &seed, |text| {
        let path = Path::new("fuzz.ron");
        match (parse_layout(text, path), parse_layout_prescan_first(text, path)) {
            (Ok(one), Ok(two)) => {
                assert_eq!(layout_to_ron(&one).unwrap(), layout_to_ron(&two).unwrap(), "{text}");
            }
            (Err(one), Err(two)) => assert_eq!(one.to_string(), two.to_string(), "{text}"),
            (one, two) => panic!("one pass: {one:?}\npre-scan first: {two:?}\n{text}"),
        }
    });
}

#[test]
fn the_split_booth_reader_never_disagrees_with_the_single_one() {
    let seed = layout_to_ron(&seed_layout()).unwrap();
    let read = std::sync::atomic::AtomicU32::new(0);
    fuzz("split booth reader against single", &seed, |text| {
        let single = parse_layout_fast_with(text, usize::MAX);
        let split = parse_layout_fast_with(text, 0);
        read.fetch_add(u32::from(single.is_some()), std::sync::atomic::Ordering::Relaxed);
        let as_text = |l: Option<Layout>| l.map(|l| layout_to_ron(&l).unwrap());
        assert_eq!(as_text(split), as_text(single), "{text}");
    });
    // As above: the comparison means something only if some mutants are read at all.
    let read = read.into_inner();
    assert!(read > cases() / 200, "only {read} of {} mutants were read fast", cases());
}

#[test]
fn mutated_geojson_never_panics() {
    let seed = export_geojson(&seed_layout());
    fuzz("GeoJSON importer", &seed, |text| {
        if let Err(e) = import_geojson(text, Path::new("fuzz.geojson")) {
            assert_well_formed(&e.to_string(), "fuzz.geojson", text);
        }
    });
}

#[test]
fn mutated_geojson_files_through_the_cli_entry_never_panic() {
    // The reader every command uses: the bytes go to a file, as a planner's would.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzz.geojson");
    let seed = export_geojson(&seed_layout());
    fuzz("GeoJSON file through the command line's reader", &seed, |text| {
        std::fs::write(&path, text).unwrap();
        if let Err(e) = open_layout(&path) {
            assert_well_formed(&e.to_string(), &path.display().to_string(), text);
        }
    });
}
