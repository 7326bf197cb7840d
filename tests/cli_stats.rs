//! `boothplan stats`: the summary a planner reads, as tables and as JSON (docs/SPEC.md §4).

mod cli_support;

use cli_support::{boothplan, default_layout};

#[test]
fn json_reports_seven_halls_of_80000_m2() {
    let run = boothplan(["stats".as_ref(), default_layout().as_os_str(), "--json".as_ref()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    let halls = v["halls"].as_array().expect("halls");
    assert_eq!(halls.len(), 7);
    assert_eq!(v["total_hall_area_m2"], 80000.0);
    let sum: f64 = halls.iter().map(|h| h["area_m2"].as_f64().unwrap()).sum();
    assert_eq!(sum, 80000.0);
    assert!(halls.iter().all(|h| h["id"].is_string() && h["name"].is_string()));
    assert_eq!(halls[0]["id"], "1A");
    assert_eq!(halls[0]["name"], "Hall 1A");

    let layout = boothplan_core::sample::gdte_hangzhou();
    assert_eq!(v["booth_count"], layout.booths.len());
    let booth_area: f64 = layout.booths.iter().map(|b| b.rect.area_m2()).sum();
    assert_eq!(v["booth_area_m2"], booth_area);
    let by_theme = v["by_theme"].as_object().expect("by_theme");
    assert_eq!(by_theme.len(), 4);
    for (key, t) in by_theme {
        let booths = layout.booths.iter().filter(|b| &b.theme == key).count();
        let zones = layout.zones.iter().filter(|z| &z.theme == key).count();
        assert_eq!(t["booths"], booths, "{key}");
        assert_eq!(t["zones"], zones, "{key}");
        assert!(t["area_m2"].as_f64().is_some_and(|a| a > 0.0), "{key}");
    }
}

#[test]
fn tables_show_halls_themes_and_sales() {
    let run = boothplan(["stats".as_ref(), default_layout().as_os_str()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let out = &run.stdout;
    assert!(out.starts_with("Global Digital Trade Expo, Hangzhou\n"), "{out}");
    let total = out.lines().find(|l| l.starts_with("Total")).expect("a total line");
    assert!(total.contains("7 halls") && total.contains("80,000 m²"), "{total}");
    let hall_1a = out.lines().find(|l| l.starts_with("1A ")).expect("hall 1A");
    assert!(hall_1a.contains("Hall 1A") && hall_1a.contains("10,530 m²"), "{hall_1a}");
    // Areas line up on their right edge.
    assert_eq!(
        hall_1a.find("10,530 m²").map(|i| i + "10,530".len()),
        total.find("80,000 m²").map(|i| i + "80,000".len())
    );
    for theme in ["digital-content", "technology", "logistics", "cross-border-trade"] {
        assert!(out.lines().any(|l| l.starts_with(theme)), "{theme} in\n{out}");
    }
    for status in ["available", "reserved", "sold"] {
        assert!(out.lines().any(|l| l.starts_with(status)), "{status} in\n{out}");
    }
    assert!(out.contains("Sold: ") && out.contains("% of booth area"), "{out}");
}

#[test]
fn a_geojson_file_gives_the_same_figures_as_its_ron() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.geojson");
    let text =
        boothplan_core::io::geojson::export_geojson(&boothplan_core::sample::gdte_hangzhou());
    std::fs::write(&file, text).unwrap();
    let from_geojson = boothplan(["stats".as_ref(), file.as_os_str(), "--json".as_ref()]);
    let from_ron = boothplan(["stats".as_ref(), default_layout().as_os_str(), "--json".as_ref()]);
    assert_eq!(from_geojson.code, Some(0), "{}", from_geojson.stderr);
    let a: serde_json::Value = serde_json::from_str(&from_geojson.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_str(&from_ron.stdout).unwrap();
    assert_eq!(a["halls"], b["halls"]);
    assert_eq!(a["by_theme"], b["by_theme"]);
    assert_eq!(a["booth_count"], b["booth_count"]);
}
