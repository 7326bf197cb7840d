//! `boothplan export -o OUT.geojson` as a GIS reads it: longitude/latitude near Hangzhou for the
//! default layout, metres with `--local`, and a round trip through GDAL (GeoJSON to a GPKG file and
//! GeoJSON) that comes back into boothplan to the millimetre.

mod cli_support;

use std::path::Path;
use std::process::Command;

use boothplan_core::io::ron_file::load_layout;
use cli_support::{boothplan, default_layout};

fn export(out: &Path, extra: &[&str]) {
    let mut args = vec![default_layout().into_os_string(), "-o".into(), out.as_os_str().to_owned()];
    args.insert(0, "export".into());
    args.extend(extra.iter().map(Into::into));
    let run = boothplan(args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

fn positions(json: &serde_json::Value) -> Vec<(f64, f64)> {
    json["features"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            // A door is a LineString of positions; everything else a Polygon of one ring.
            let coordinates = &f["geometry"]["coordinates"];
            let positions =
                if f["geometry"]["type"] == "LineString" { coordinates } else { &coordinates[0] };
            positions.as_array().unwrap().clone()
        })
        .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
        .collect()
}

#[test]
fn the_default_layout_exports_in_degrees_over_hangzhou_and_local_keeps_metres() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fair.geojson");
    export(&out, &[]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(json["features"].as_array().unwrap().iter().all(|f| f["properties"]["local"] == false));
    for (lon, lat) in positions(&json) {
        assert!((120.25..120.28).contains(&lon) && (30.22..30.24).contains(&lat), "{lon},{lat}");
    }
    export(&out, &["--local"]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(json["features"].as_array().unwrap().iter().all(|f| f["properties"]["local"] == true));
    assert!(positions(&json).iter().any(|&(x, _)| x > 180.0), "metres, not degrees");
}

/// `ogr2ogr`, installed from Debian when missing (about half a minute).
fn gdal() {
    cli_support::debian::ensure("ogr2ogr", "gdal-bin");
}

fn run(program: &str, args: &[&Path]) -> String {
    let out = Command::new(program).args(args).output().unwrap();
    assert!(out.status.success(), "{program}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_round_trip_through_gdal_comes_back_to_the_millimetre() {
    gdal();
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);
    export(&p("fair.geojson"), &[]);
    run("ogr2ogr", &["-f".as_ref(), "GPKG".as_ref(), &p("fair.gpkg"), &p("fair.geojson")]);
    run("ogr2ogr", &["-f".as_ref(), "GeoJSON".as_ref(), &p("back.geojson"), &p("fair.gpkg")]);
    let info = run("ogrinfo", &["-so".as_ref(), "-al".as_ref(), &p("fair.gpkg")]);
    let extent = info.lines().find(|l| l.starts_with("Extent:")).unwrap();
    let numbers: Vec<f64> = extent
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .filter_map(|s| s.parse().ok())
        .collect();
    let [lon0, lat0, lon1, lat1] = numbers[..] else { panic!("{extent}") };
    assert!(lon0 > 120.25 && lon1 < 120.28, "{extent}");
    assert!(lat0 > 30.22 && lat1 < 30.24, "{extent}");
    assert!(info.contains("WGS 84"), "{info}");
    // GDAL measures a 6 × 6 m booth on the ellipsoid (SpatiaLite's geodesic area).
    let sql = "SELECT ST_Area(geometry, 1) AS area_m2 FROM fair WHERE id = '1A-001'";
    let area = run(
        "ogrinfo",
        &[
            p("fair.geojson").as_ref(),
            "-q".as_ref(),
            "-dialect".as_ref(),
            "SQLite".as_ref(),
            "-sql".as_ref(),
            sql.as_ref(),
        ],
    );
    let area: f64 = area
        .lines()
        .find_map(|l| l.trim().strip_prefix("area_m2 (Real) = "))
        .unwrap_or_else(|| panic!("{area}"))
        .parse()
        .unwrap();
    assert!((area - 36.0).abs() < 0.01, "{area} m²");

    let imported = boothplan([
        "import".as_ref(),
        p("back.geojson").as_os_str(),
        "-o".as_ref(),
        p("back.ron").as_os_str(),
    ]);
    assert_eq!(imported.code, Some(0), "{}", imported.stderr);
    let (original, back) =
        (load_layout(&default_layout()).unwrap(), load_layout(&p("back.ron")).unwrap());
    assert_eq!(back.site, original.site);
    assert_eq!(back.booths.len(), original.booths.len());
    for (b, a) in back.booths.iter().zip(&original.booths) {
        assert_eq!((&b.id, &b.hall, &b.theme, b.status), (&a.id, &a.hall, &a.theme, a.status));
        let r = [b.rect.x_m - a.rect.x_m, b.rect.y_m - a.rect.y_m];
        assert!(r.iter().all(|d| d.abs() <= 1e-3), "{} moved {r:?}", a.id);
        assert!((b.rect.area_m2() - a.rect.area_m2()).abs() <= 1e-3, "{}", a.id);
    }
    for (b, a) in back.halls.iter().zip(&original.halls) {
        assert!((b.area_m2() - a.area_m2()).abs() <= 1e-3, "hall {}", a.id);
    }
    assert_eq!(back.zones.len(), original.zones.len());
    for (b, a) in back.zones.iter().zip(&original.zones) {
        assert!((b.rect.x_m - a.rect.x_m).abs() <= 1e-3 && (b.rect.y_m - a.rect.y_m).abs() <= 1e-3);
    }
}
