//! `boothplan import IN.geojson -o OUT.ron`: lossless, and an atomic replace that keeps `.bak`.

mod cli_support;

use std::path::Path;

use boothplan_core::io::geojson::export_geojson_local;
use boothplan_core::io::ron_file::{layout_to_ron, load_layout};
use boothplan_core::sample::gdte_hangzhou;
use cli_support::boothplan;

fn import(input: &Path, output: &Path) -> cli_support::Run {
    boothplan(["import".as_ref(), input.as_os_str(), "-o".as_ref(), output.as_os_str()])
}

#[test]
fn geojson_becomes_the_same_layout_in_ron() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("fair.geojson");
    let output = dir.path().join("fair.ron");
    let layout = gdte_hangzhou();
    std::fs::write(&input, export_geojson_local(&layout)).unwrap();
    let run = import(&input, &output);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let imported = load_layout(&output).expect("the written RON loads");
    assert_eq!(imported.halls, layout.halls);
    assert_eq!(imported.columns, layout.columns);
    assert_eq!(imported.zones, layout.zones);
    assert_eq!(imported.booths, layout.booths);
    assert!(run.stdout.contains(&format!("{} booths", layout.booths.len())), "{}", run.stdout);
    assert!(!dir.path().join("fair.ron.bak").exists(), "nothing to back up on a new file");
}

#[test]
fn importing_over_an_existing_file_replaces_it_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("fair.geojson");
    let output = dir.path().join("fair.ron");
    let old = std::fs::read_to_string(cli_support::example_with_errors()).unwrap();
    std::fs::write(&output, &old).unwrap();
    let layout = gdte_hangzhou();
    std::fs::write(&input, export_geojson_local(&layout)).unwrap();

    let run = import(&input, &output);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(dir.path().join("fair.ron.bak")).unwrap(), old);
    let new = load_layout(&output).unwrap();
    assert_eq!(new.booths, layout.booths);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), layout_to_ron(&new).unwrap());
    // Only the input, the output and its backup: no temporary file left beside them.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["fair.geojson", "fair.ron", "fair.ron.bak"]);
}

#[test]
fn a_refused_import_leaves_the_existing_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("bad.geojson");
    let output = dir.path().join("fair.ron");
    std::fs::write(&output, "keep me").unwrap();
    std::fs::write(&input, r#"{"type":"FeatureCollection","features":[{"type":"Feature""#).unwrap();
    let run = import(&input, &output);
    cli_support::assert_unusable(&run, &input);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), "keep me");
    assert!(!dir.path().join("fair.ron.bak").exists());
}
