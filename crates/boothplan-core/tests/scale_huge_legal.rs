//! The huge but legal corpus of the benchmarks, checked for what it should give: a hall at the
//! 100,000-vertex limit is a simple polygon with every booth inside it, one crossing among its
//! teeth is found, and 5,000 halls with as many zones and themes import from plain GeoJSON
//! (booths naming neither hall nor theme) into the very layout they came from.

use std::path::Path;

use boothplan_core::check::{Rule, check_layout};
use boothplan_core::io::geojson::{export_geojson, import_geojson};
use boothplan_core::io::ron_file::{MAX_OUTLINE_VERTICES, layout_to_ron, parse_layout};
use boothplan_core::sample::huge::{many_halls, saw_tooth_hall};

#[test]
fn a_hall_at_the_vertex_limit_loads_checks_clean_and_one_crossing_is_found() {
    let mut layout = saw_tooth_hall(MAX_OUTLINE_VERTICES);
    let outline = &layout.halls[0].outline;
    assert!(outline.len() <= MAX_OUTLINE_VERTICES && outline.len() > 99_990);
    let text = layout_to_ron(&layout).unwrap();
    assert_eq!(parse_layout(&text, Path::new("saw.ron")).unwrap(), layout);
    assert!(layout.booths.len() > 8_000);
    assert_eq!(check_layout(&layout), vec![], "a simple hall holding all its booths");
    // Lean one tooth in the middle over its neighbour.
    let middle = layout.halls[0].outline.len() / 2;
    let tooth = (middle..layout.halls[0].outline.len())
        .find(|&i| layout.halls[0].outline[i].y_m == 21.0)
        .unwrap();
    layout.halls[0].outline[tooth].x_m -= 1.2;
    let findings = check_layout(&layout);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].rule, Rule::InvalidGeometry);
    assert!(findings[0].message.contains("crosses itself"), "{}", findings[0].message);
}

#[test]
fn thousands_of_halls_zones_and_themes_import_by_containment() {
    let layout = many_halls(5_000);
    assert_eq!(check_layout(&layout), vec![], "the corpus is legal");
    let plain: Vec<String> = export_geojson(&layout)
        .lines()
        .map(|line| {
            if line.contains("\"kind\":\"booth\"") {
                let id = line.find("\"hall\":\"").unwrap();
                let theme_end = line.find("\"status\"").unwrap();
                format!("{}{}", &line[..id], &line[theme_end..])
            } else {
                line.to_owned()
            }
        })
        .collect();
    let plain = plain.join("\n");
    assert!(!plain.contains("\"hall\":\"H17\",\"theme\":\"theme-17\",\"status\""));
    let imported = import_geojson(&plain, Path::new("halls.geojson")).unwrap();
    assert_eq!(imported, layout);
}
