//! A layout with objects drawn outside every hall is a layout with errors, not a broken file:
//! `check` exits 1 and names each one `outside-hall`; `stats` and every export still work. A
//! file an earlier version wrote with an empty hall name opens the same way.

mod cli_support;

use cli_support::{boothplan, default_layout};

/// The default layout with one booth, one zone and one column moved far outside every hall and
/// their `hall` left out; the booth's written `hall: ""` when `empty_hall` (as an earlier
/// version saved it).
fn with_homeless_objects(empty_hall: bool) -> String {
    let good = std::fs::read_to_string(default_layout()).unwrap();
    let hall = if empty_hall { ", hall: \"\"" } else { "" };
    let booth = format!(
        "        (id: \"X-001\"{hall}, theme: \"logistics\", rect: (x_m: -500.0, y_m: -500.0, \
         width_m: 3.0, height_m: 3.0), status: Available),\n"
    );
    let zone = "        (id: \"X-Z1\", theme: \"logistics\", name: \"Yard\", rect: (x_m: -600.0, \
                y_m: -600.0, width_m: 30.0, height_m: 30.0)),\n";
    let column = "        (id: \"X-C1\", outline: [(-700.0, -700.0), (-699.0, -700.0), \
                  (-699.0, -699.0), (-700.0, -699.0)]),\n";
    good.replacen("    booths: [\n", &format!("    booths: [\n{booth}"), 1)
        .replacen("    zones: [\n", &format!("    zones: [\n{zone}"), 1)
        .replacen("    columns: [\n", &format!("    columns: [\n{column}"), 1)
}

#[test]
fn objects_in_no_hall_are_findings_and_everything_still_works() {
    let dir = tempfile::tempdir().unwrap();
    for empty_hall in [false, true] {
        let file = dir.path().join("homeless.ron");
        std::fs::write(&file, with_homeless_objects(empty_hall)).unwrap();
        let check = boothplan(["check".as_ref(), file.as_os_str(), "--json".as_ref()]);
        assert_eq!(check.code, Some(1), "errors found, file usable: {}", check.stderr);
        let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
        let findings = json["findings"].as_array().unwrap();
        for id in ["X-001", "X-Z1", "X-C1"] {
            let found = findings.iter().find(|f| f["ids"][0] == id).unwrap();
            assert_eq!(found["rule"], "outside-hall", "{id}");
            assert!(found["message"].as_str().unwrap().ends_with("stands in no hall."));
        }
        let stats = boothplan(["stats".as_ref(), file.as_os_str()]);
        assert_eq!(stats.code, Some(0), "{}", stats.stderr);
        for ext in ["csv", "geojson", "svg"] {
            let out = dir.path().join(format!("plan.{ext}"));
            let export =
                boothplan(["export".as_ref(), file.as_os_str(), "-o".as_ref(), out.as_os_str()]);
            assert_eq!(export.code, Some(0), "{ext}: {}", export.stderr);
        }
        // GeoJSON there and back keeps them in no hall.
        let back = dir.path().join("back.ron");
        let geojson = dir.path().join("plan.geojson");
        let import =
            boothplan(["import".as_ref(), geojson.as_os_str(), "-o".as_ref(), back.as_os_str()]);
        assert_eq!(import.code, Some(0), "{}", import.stderr);
        let again = boothplan(["check".as_ref(), back.as_os_str()]);
        assert_eq!(again.code, Some(1), "{}", again.stderr);
        assert!(again.stdout.contains("Booth X-001 stands in no hall."), "{}", again.stdout);
    }
}
