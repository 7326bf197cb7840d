//! Save → load and export → import give back an equal layout; one move is a one-line diff.

mod io_support;

use std::path::Path;

use boothplan_core::io::DEFAULT_LAYOUT_RON;
use boothplan_core::io::geojson::{export_geojson, export_geojson_local, import_geojson};
use boothplan_core::io::ron_file::{
    layout_to_ron, layout_to_ron_reference, load_layout, parse_layout, parse_layout_fast,
    parse_layout_reference, save_layout,
};
use boothplan_core::model::{Booth, Layout, Point, Rect, Site, Zone, polygon_area_m2};
use proptest::prelude::*;
use proptest::strategy::ValueTree as _;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn ron_round_trip_is_exact(layout in io_support::layout(30)) {
        let text = layout_to_ron(&layout).unwrap();
        let back = parse_layout(&text, Path::new("random.ron"));
        prop_assert!(back.is_ok(), "{}\n{text}", back.unwrap_err());
        prop_assert_eq!(back.unwrap(), layout);
    }

    #[test]
    fn the_writer_writes_what_ron_writes(layout in io_support::layout(30)) {
        prop_assert_eq!(layout_to_ron(&layout).unwrap(), layout_to_ron_reference(&layout).unwrap());
    }

    #[test]
    fn the_fast_reader_reads_what_the_writer_writes(layout in io_support::layout(30)) {
        let text = layout_to_ron(&layout).unwrap();
        prop_assert_eq!(parse_layout_fast(&text), Some(layout));
    }

    /// Files a planner or a script edited by hand keep the meaning of the canonical text but
    /// not its bytes: the fast reader either steps aside (`None`) or reads exactly what `ron`
    /// reads. Edits: spaces after separators, a comment line, integers for whole floats, no
    /// trailing comma at the end of a list.
    #[test]
    fn the_fast_reader_agrees_with_ron_on_hand_edited_variants(
        layout in io_support::layout(20),
        spaces in any::<bool>(),
        comment_at in any::<proptest::sample::Index>(),
        integers in any::<bool>(),
        no_trailing_comma in any::<bool>(),
    ) {
        let mut text = layout_to_ron(&layout).unwrap();
        if spaces {
            text = outside_strings(&text, |code| code.replace(", ", ",  ").replace(": ", " :  "));
        }
        if integers {
            text = outside_strings(&text, |code| code.replace(".0,", ",").replace(".0)", ")"));
        }
        if no_trailing_comma {
            text = text.replacen("),\n    ],", ")\n    ],", 1);
        }
        let mut lines: Vec<&str> = text.lines().collect();
        lines.insert(comment_at.index(lines.len() + 1), "// moved by hand");
        let variant = lines.join("\n");
        let slow = parse_layout_reference(&variant);
        prop_assert!(slow.is_ok(), "ron refuses a benign edit: {:?}\n{variant}", slow.err());
        let slow = slow.unwrap();
        prop_assert_eq!(&slow, &layout);
        if let Some(fast) = parse_layout_fast(&variant) {
            prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn geojson_round_trip_is_exact(layout in io_support::layout(30)) {
        let text = export_geojson_local(&layout);
        let back = import_geojson(&text, Path::new("random.geojson"));
        prop_assert!(back.is_ok(), "{}\n{text}", back.unwrap_err());
        // GeoJSON is the plan alone: the drawings under it stay in the layout file.
        prop_assert_eq!(back.unwrap(), Layout { backgrounds: Vec::new(), ..layout });
    }

    #[test]
    fn moving_any_booth_changes_exactly_its_line(
        layout in io_support::layout(30).prop_filter("has booths", |l| !l.booths.is_empty()),
        pick in any::<prop::sample::Index>(),
        dx in 0.5..10.0f64,
    ) {
        let mut moved = layout.clone();
        let i = pick.index(moved.booths.len());
        moved.booths[i].rect = moved.booths[i].rect.translated(dx, 0.0);
        let (before, after) = (layout_to_ron(&layout).unwrap(), layout_to_ron(&moved).unwrap());
        let (before, after): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
        prop_assert_eq!(before.len(), after.len());
        let changed: Vec<usize> = (0..before.len()).filter(|&l| before[l] != after[l]).collect();
        prop_assert_eq!(changed.len(), 1);
        let expected_id = format!("id: \"{}\"", moved.booths[i].id);
        prop_assert!(after[changed[0]].contains(&expected_id));
    }
}

#[test]
fn the_default_layout_round_trips_in_both_formats() {
    let layout = parse_layout(DEFAULT_LAYOUT_RON, Path::new("<default layout>")).unwrap();
    let again = parse_layout(&layout_to_ron(&layout).unwrap(), Path::new("x.ron")).unwrap();
    assert_eq!(again, layout);
    let back = import_geojson(&export_geojson_local(&layout), Path::new("x.geojson")).unwrap();
    assert_eq!(back, layout);
}

#[test]
fn save_then_load_from_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let layout = io_support::layout(50).new_tree(&mut runner).unwrap().current();
    save_layout(&path, &layout).unwrap();
    assert_eq!(load_layout(&path).unwrap(), layout);
    assert!(!path.with_extension("ron.bak").exists(), "no backup of a file that did not exist");
    let mut second = layout.clone();
    second.name = "Second version".into();
    save_layout(&path, &second).unwrap();
    assert_eq!(load_layout(&path).unwrap(), second);
    assert_eq!(load_layout(&path.with_extension("ron.bak")).unwrap(), layout);
    let leftovers: Vec<_> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 2, "only the file and its backup: {leftovers:?}");
}

/// `text` with `edit` applied to everything outside its string literals (which it copies as they
/// are, escapes included), so a hand edit never changes an exhibitor's name.
fn outside_strings(text: &str, edit: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut code = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            code.push(c);
            continue;
        }
        out.push_str(&edit(&code));
        code.clear();
        out.push('"');
        while let Some(s) = chars.next() {
            out.push(s);
            if s == '\\' {
                out.extend(chars.next());
            } else if s == '"' {
                break;
            }
        }
    }
    out.push_str(&edit(&code));
    out
}

/// Whether two outlines are the same ring to the millimetre, whatever vertex it starts at and
/// whichever way it runs (a longitude/latitude export turns rings counter-clockwise).
fn same_ring_to_the_mm(a: &[Point], b: &[Point]) -> bool {
    let close =
        |p: &Point, q: &Point| (p.x_m - q.x_m).abs() <= 1e-3 && (p.y_m - q.y_m).abs() <= 1e-3;
    let n = a.len();
    n == b.len()
        && (0..n).any(|shift| {
            (0..n).all(|i| close(&a[i], &b[(i + shift) % n]))
                || (0..n).all(|i| close(&a[i], &b[(shift + n - i) % n]))
        })
}

fn same_rect_to_the_mm(a: &Rect, b: &Rect) -> bool {
    [(a.x_m, b.x_m), (a.y_m, b.y_m), (a.width_m, b.width_m), (a.height_m, b.height_m)]
        .iter()
        .all(|(p, q)| (p - q).abs() <= 1e-3)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn geojson_in_degrees_round_trips_to_the_millimetre(
        layout in io_support::layout(30).prop_filter("rooms a GIS can draw", |l| {
            l.booths.iter().map(|b| b.rect).chain(l.zones.iter().map(|z| z.rect))
                .all(|r| r.width_m >= 0.01 && r.height_m >= 0.01)
                && l.halls.iter().all(|h| polygon_area_m2(&h.outline) > 1.0)
                && l.exits.iter().all(|e| e.width_m() >= 0.01)
        }),
        lon in -179.0..179.0f64, lat in -80.0..80.0f64, bearing_deg in -360.0..360.0f64,
    ) {
        let layout = Layout { site: Some(Site { lon, lat, bearing_deg }), ..layout };
        let text = export_geojson(&layout);
        prop_assert!(text.contains("\"local\":false"));
        let back = import_geojson(&text, Path::new("lonlat.geojson"));
        prop_assert!(back.is_ok(), "{}\n{text}", back.unwrap_err());
        let back = back.unwrap();
        prop_assert_eq!(back.site, layout.site);
        prop_assert_eq!(&back.themes, &layout.themes);
        prop_assert_eq!(back.halls.len(), layout.halls.len());
        for (b, a) in back.halls.iter().zip(&layout.halls) {
            prop_assert_eq!((&b.id, &b.name), (&a.id, &a.name));
            prop_assert!(same_ring_to_the_mm(&b.outline, &a.outline), "{:?} vs {:?}", b, a);
        }
        prop_assert_eq!(
            back.halls.iter().map(|h| h.sprinklered).collect::<Vec<_>>(),
            layout.halls.iter().map(|h| h.sprinklered).collect::<Vec<_>>()
        );
        prop_assert_eq!(back.exits.len(), layout.exits.len());
        for (b, a) in back.exits.iter().zip(&layout.exits) {
            prop_assert_eq!((&b.id, &b.hall), (&a.id, &a.hall));
            // A door keeps its two ends in order, to the millimetre (never turned like a ring).
            let close = |p: Point, q: Point| (p.x_m - q.x_m).abs() <= 1e-3 && (p.y_m - q.y_m).abs() <= 1e-3;
            prop_assert!(close(b.from, a.from) && close(b.to, a.to), "{:?} vs {:?}", b, a);
        }
        for (b, a) in back.columns.iter().zip(&layout.columns) {
            prop_assert!(same_ring_to_the_mm(&b.outline, &a.outline), "{:?} vs {:?}", b, a);
        }
        prop_assert_eq!(back.zones.len(), layout.zones.len());
        for (b, a) in back.zones.iter().zip(&layout.zones) {
            prop_assert!(same_rect_to_the_mm(&b.rect, &a.rect), "{:?} vs {:?}", b, a);
            prop_assert_eq!(Zone { rect: a.rect, ..b.clone() }, a.clone());
        }
        prop_assert_eq!(back.booths.len(), layout.booths.len());
        for (b, a) in back.booths.iter().zip(&layout.booths) {
            prop_assert!(same_rect_to_the_mm(&b.rect, &a.rect), "{:?} vs {:?}", b, a);
            prop_assert_eq!(Booth { rect: a.rect, ..b.clone() }, a.clone());
        }
    }
}

#[test]
fn the_default_layout_in_degrees_is_rfc_7946_and_comes_back_unchanged() {
    let layout = parse_layout(DEFAULT_LAYOUT_RON, Path::new("<default layout>")).unwrap();
    let text = export_geojson(&layout);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(json.get("crs").is_none(), "RFC 7946 has no crs member");
    for f in json["features"].as_array().unwrap() {
        assert_eq!(f["properties"]["local"], false);
        let door = f["geometry"]["type"] == "LineString";
        let coordinates = &f["geometry"]["coordinates"];
        let ring = if door { coordinates } else { &coordinates[0] }.as_array().unwrap();
        let pts: Vec<[f64; 2]> =
            ring.iter().map(|p| [p[0].as_f64().unwrap(), p[1].as_f64().unwrap()]).collect();
        for [lon, lat] in &pts {
            assert!((120.2..120.35).contains(lon) && (30.2..30.3).contains(lat), "{lon}, {lat}");
        }
        if door {
            assert_eq!(pts.len(), 2, "a door is its two ends: {f}");
            continue;
        }
        let twice: f64 = pts.windows(2).map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1]).sum();
        assert!(twice > 0.0, "exterior ring not counter-clockwise: {f}");
    }
    let back = import_geojson(&text, Path::new("x.geojson")).unwrap();
    for (b, a) in back.halls.iter().zip(&layout.halls) {
        assert!(same_ring_to_the_mm(&b.outline, &a.outline));
    }
    let rest = |l: &Layout| (l.site, l.zones.clone(), l.booths.clone(), l.columns.len());
    assert_eq!(rest(&back), rest(&layout));
    assert_eq!(back.exits, layout.exits, "doors drawn on the millimetre come back exactly");
    let local = export_geojson_local(&layout);
    assert!(local.contains("\"local\":true") && !local.contains("\"local\":false"));
    assert_eq!(import_geojson(&local, Path::new("x.geojson")).unwrap(), layout);
}
