//! `boothplan import IN.dxf -o OUT.ron`: venue drawings written by an independent DXF library
//! (ezdxf, `tests/fixtures/dxf/make_fixtures.py`) become halls, columns and exits with the
//! areas and widths that library's drawing has; bad drawings are refused in one located line.

mod cli_support;

use std::path::{Path, PathBuf};

use boothplan_core::io::ron_file::load_layout;
use boothplan_core::model::{Layout, polygon_area_m2};
use cli_support::{assert_unusable, boothplan};

/// 1 cm², in m².
const ONE_CM2: f64 = 1e-4;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dxf").join(name)
}

/// Imports `drawing` with `flags`; the run and, when it succeeded, the layout written.
fn import(drawing: &str, flags: &[&str]) -> (cli_support::Run, Option<Layout>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("venue.ron");
    let mut args = vec!["import".into(), fixture(drawing).into_os_string(), "-o".into()];
    args.push(out.clone().into_os_string());
    args.extend(flags.iter().map(Into::into));
    let run = boothplan(args);
    let layout = (run.code == Some(0)).then(|| load_layout(&out).expect("the written RON loads"));
    (run, layout)
}

/// The areas and widths the script measured on the drawing it wrote.
struct Expected {
    hall_areas_m2: Vec<f64>,
    column_areas_m2: Vec<f64>,
    exit_widths_m: Vec<f64>,
}

fn expected(name: &str) -> Expected {
    let text = std::fs::read_to_string(fixture(&format!("{name}.expected.json"))).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let list = |key: &str| -> Vec<f64> {
        json[key].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect()
    };
    Expected {
        hall_areas_m2: list("hall_areas_m2"),
        column_areas_m2: list("column_areas_m2"),
        exit_widths_m: list("exit_widths_m"),
    }
}

fn assert_close(what: &str, got: &[f64], want: &[f64], tolerance: f64) {
    assert_eq!(got.len(), want.len(), "{what}: {got:?} vs {want:?}");
    for (g, w) in got.iter().zip(want) {
        assert!((g - w).abs() <= tolerance, "{what}: {got:?} vs {want:?}");
    }
}

/// Halls in the layout's order (reading order: the drawing's top first, since y is flipped),
/// columns and exits sorted, against the script's figures.
fn assert_matches(layout: &Layout, name: &str, area_scale: f64) {
    let want = expected(name);
    let halls: Vec<f64> = layout.halls.iter().map(|h| polygon_area_m2(&h.outline)).collect();
    let scaled: Vec<f64> = want.hall_areas_m2.iter().map(|a| a * area_scale).collect();
    assert_close(&format!("{name} halls"), &halls, &scaled, ONE_CM2);
    let mut columns: Vec<f64> =
        layout.columns.iter().map(|c| polygon_area_m2(&c.outline)).collect();
    columns.sort_by(f64::total_cmp);
    let scaled: Vec<f64> = want.column_areas_m2.iter().map(|a| a * area_scale).collect();
    assert_close(&format!("{name} columns"), &columns, &scaled, ONE_CM2);
    let mut exits: Vec<f64> =
        layout.exits.iter().map(boothplan_core::model::Exit::width_m).collect();
    exits.sort_by(f64::total_cmp);
    assert_close(&format!("{name} exits"), &exits, &want.exit_widths_m, 1e-6);
}

#[test]
fn millimetre_lwpolylines_with_bulges_circles_and_doors_keep_their_areas_and_widths() {
    let (run, layout) = import("venue-mm.dxf", &[]);
    let layout = layout.unwrap_or_else(|| panic!("{}", run.stderr));
    assert_matches(&layout, "venue-mm", 1.0);
    // Layers were guessed from their names, and the report says which served what.
    for line in [
        "millimetres (as its header says)",
        "layer A-HALL -> halls: 3",
        "layer S-COLS -> columns: 10",
        "layer A-DOOR -> exits: 4",
        "not imported: A-ANNO",
        "1 segment(s) on the exit layers lie on no hall's wall",
    ] {
        assert!(run.stdout.contains(line), "{line:?} in {}", run.stdout);
    }
    // Each door is an exit of the hall whose wall it lies on, exactly on that wall.
    for exit in &layout.exits {
        let hall = layout.hall(exit.hall.as_deref().unwrap()).unwrap();
        let on_wall = |p: boothplan_core::model::Point| {
            let n = hall.outline.len();
            (0..n).any(|i| {
                let (a, b) = (hall.outline[i], hall.outline[(i + 1) % n]);
                let cross = (b.x_m - a.x_m) * (p.y_m - a.y_m) - (b.y_m - a.y_m) * (p.x_m - a.x_m);
                cross.abs() < 1e-6
                    && p.x_m >= a.x_m.min(b.x_m) - 1e-9
                    && p.x_m <= a.x_m.max(b.x_m) + 1e-9
                    && p.y_m >= a.y_m.min(b.y_m) - 1e-9
                    && p.y_m <= a.y_m.max(b.y_m) + 1e-9
            })
        };
        assert!(on_wall(exit.from) && on_wall(exit.to), "{exit:?}");
    }
    // The plan starts near the origin, and the imported venue checks clean.
    let bounds = layout.bounds().unwrap();
    assert!((0.0..1.0).contains(&bounds.x_m) && (0.0..1.0).contains(&bounds.y_m), "{bounds:?}");
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("v.ron");
    boothplan_core::io::ron_file::save_layout(&saved, &layout).unwrap();
    let check = boothplan(["check".as_ref(), saved.as_os_str()]);
    assert_eq!(check.code, Some(0), "{}", check.stdout);
}

#[test]
fn metre_polylines_and_nested_rotated_scaled_blocks_keep_their_areas() {
    let (run, layout) = import("venue-m.dxf", &[]);
    let layout = layout.unwrap_or_else(|| panic!("{}", run.stderr));
    assert_matches(&layout, "venue-m", 1.0);
    assert!(run.stdout.contains("layer WALLS -> halls: 2"), "{}", run.stdout);
    // Every column of the nested grid stands in the big hall.
    assert!(layout.columns.iter().all(|c| c.hall.is_some()), "{:?}", layout.columns);
}

#[test]
fn a_binary_dxf_reads_as_its_text_twin() {
    let (run, binary) = import("venue-m-binary.dxf", &[]);
    let binary = binary.unwrap_or_else(|| panic!("{}", run.stderr));
    let (_, text) = import("venue-m.dxf", &[]);
    assert_eq!(binary.halls, text.unwrap().halls);
    assert_matches(&binary, "venue-m", 1.0);
}

#[test]
fn feet_on_layers_named_by_the_planner() {
    let (run, layout) = import("venue-ft.dxf", &["--halls", "outline", "--columns", "STRUCT"]);
    let layout = layout.unwrap_or_else(|| panic!("{}", run.stderr));
    assert_matches(&layout, "venue-ft", 1.0);
    assert!(run.stdout.contains("in feet"), "{}", run.stdout);
}

#[test]
fn a_drawing_without_units_is_read_as_millimetres_unless_told_otherwise() {
    let (run, layout) = import("unitless.dxf", &[]);
    assert_matches(&layout.unwrap(), "unitless", 1.0);
    assert!(run.stdout.contains("millimetres (assumed"), "{}", run.stdout);
    assert!(run.stdout.contains("--units"), "{}", run.stdout);
    assert!(run.stdout.contains("layer HALL: 1 SPLINE not read"), "{}", run.stdout);
    // The same drawing said to be in centimetres: every length ten times, every area a hundred.
    let (run, layout) = import("unitless.dxf", &["--units", "cm"]);
    assert_matches(&layout.unwrap(), "unitless", 100.0);
    assert!(run.stdout.contains("centimetres (as --units says)"), "{}", run.stdout);
}

/// Runs an import expected to be refused; its one stderr line.
fn refused(drawing: &str, flags: &[&str]) -> String {
    let (run, layout) = import(drawing, flags);
    assert!(layout.is_none());
    assert_unusable(&run, &fixture(drawing));
    run.stderr
}

#[test]
fn a_dwg_is_refused_with_what_to_do_instead() {
    let e = refused("fake.dwg.dxf", &[]);
    assert!(e.contains("DWG") && e.contains("AC1032") && e.contains("as DXF"), "{e}");
}

#[test]
fn an_open_hall_outline_is_refused_at_its_line_naming_layer_and_handle() {
    let e = refused("open-hall.dxf", &[]);
    let handle = std::fs::read_to_string(fixture("open-hall.handle")).unwrap();
    assert!(e.contains("layer HALLS") && e.contains(&format!("LWPOLYLINE {handle}")), "{e}");
    assert!(e.contains("open"), "{e}");
    // The line named is where the entity starts in the file.
    let line: usize = e.split(':').nth(1).unwrap().parse().unwrap();
    let text = std::fs::read_to_string(fixture("open-hall.dxf")).unwrap();
    assert_eq!(text.lines().nth(line - 1).map(str::trim), Some("LWPOLYLINE"), "{e}");
}

#[test]
fn no_closed_shapes_a_missing_layer_or_no_hall_layer_are_refused_with_the_layers_there_are() {
    let e = refused("no-closed-shapes.dxf", &[]);
    assert!(e.contains("no closed shapes on the hall layer(s) HALLS"), "{e}");
    assert!(e.contains("OTHER (0 closed, 0 circles, 2 open"), "{e}");
    let e = refused("venue-mm.dxf", &["--halls", "NOPE"]);
    assert!(e.contains("no layer \"NOPE\"") && e.contains("A-HALL (3 closed"), "{e}");
    let e = refused("venue-ft.dxf", &[]);
    assert!(e.contains("--halls LAYER") && e.contains("OUTLINE (2 closed"), "{e}");
}

#[test]
fn text_that_is_not_a_drawing_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("notes.dxf", &b"hello, this is not a drawing\n"[..]),
        ("cut.dxf", &b"  0\nSECTION\n  2\nENTITIES\n  0\nLWPOLYLINE\n 10\nnot-a-number\n"[..]),
        ("empty.dxf", &b""[..]),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = dir.path().join("out.ron");
        let run = boothplan(["import".as_ref(), path.as_os_str(), "-o".as_ref(), out.as_os_str()]);
        assert_unusable(&run, &path);
        assert!(!out.exists(), "{name}: nothing written");
    }
}

#[test]
fn layer_flags_are_refused_for_geojson() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("fair.geojson");
    std::fs::write(&input, r#"{"type":"FeatureCollection","features":[]}"#).unwrap();
    let out = dir.path().join("fair.ron");
    let run = boothplan([
        "import".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--halls".as_ref(),
        "WALLS".as_ref(),
    ]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("are for DXF drawings"), "{}", run.stderr);
}

#[test]
fn a_block_inserted_in_a_vast_array_is_refused_not_expanded_for_hours() {
    let e = refused("huge-array.dxf", &[]);
    assert!(e.contains("30000 × 30000 copies of block EMPTY") && e.contains("stops there"), "{e}");
}

/// A damaged drawing (a mutant the fuzzer found) on which the DXF reader itself panics: one
/// line on stderr, exit 2, no panic message.
#[test]
fn a_drawing_that_trips_the_dxf_reader_is_refused_in_one_line() {
    let e = refused("reader-panics.dxf", &[]);
    assert!(e.contains("could not make sense of this drawing"), "{e}");
}
