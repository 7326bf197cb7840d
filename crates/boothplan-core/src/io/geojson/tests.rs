//! Unit tests of GeoJSON import: refusals name the feature, plain GeoJSON gets defaults.

use std::path::Path;

use serde_json::{Value, json};

use super::*;
use crate::model::{BoothStatus, Theme};

fn square(x: f64, y: f64, side: f64) -> Value {
    json!([[[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]])
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "reads best with `json!` literals passed straight in"
)]
fn feature(props: Value, coordinates: Value) -> Value {
    json!({"type": "Feature", "properties": props,
           "geometry": {"type": "Polygon", "coordinates": coordinates}})
}

/// Plain GeoJSON as a GIS tool writes it, one feature a line, no `boothplan` member.
fn plain(features: &[Value]) -> String {
    let lines: Vec<String> = features.iter().map(Value::to_string).collect();
    format!("{{\"type\": \"FeatureCollection\", \"features\": [\n{}\n]}}", lines.join(",\n"))
}

fn hall() -> Value {
    feature(json!({"kind": "hall", "id": "1A", "name": "Hall 1A"}), square(0.0, 0.0, 60.0))
}

fn import(text: &str) -> Result<Layout, ImportError> {
    import_geojson(text, Path::new("plan.geojson"))
}

#[test]
fn plain_geojson_gets_defaults_halls_by_containment_and_new_themes() {
    let text = plain(&[
        hall(),
        feature(json!({"kind": "hall", "id": "1B"}), square(100.0, 0.0, 60.0)),
        feature(
            json!({"kind": "zone", "id": "Z1", "theme": "robotics", "name": "Robots"}),
            square(100.0, 0.0, 30.0),
        ),
        feature(
            json!({"kind": "booth", "id": "1B-001", "status": "Sold", "colour": "red"}),
            square(103.0, 3.0, 3.0),
        ),
        feature(json!({"kind": "column", "id": "C1"}), square(29.5, 29.5, 1.0)),
    ]);
    let layout = import(&text).unwrap();
    assert_eq!(layout.name, Layout::default().name);
    assert_eq!(layout.halls[1].name, "1B");
    assert_eq!(layout.zones[0].hall.as_deref(), Some("1B"));
    assert_eq!(layout.columns[0].hall.as_deref(), Some("1A"));
    let booth = &layout.booths[0];
    assert_eq!(
        (booth.hall.as_deref().unwrap_or_default(), booth.theme.as_str(), booth.status),
        ("1B", "robotics", BoothStatus::Sold)
    );
    let robotics = layout.theme("robotics").unwrap();
    assert_eq!(robotics.name, "Robotics");
    assert!(Theme::defaults().iter().all(|t| t.colour != robotics.colour));
    assert_eq!(layout.themes.len(), Theme::defaults().len() + 1);
}

#[test]
fn a_booth_pushed_through_a_wall_goes_to_the_hall_holding_its_middle() {
    let text = plain(&[
        hall(),
        feature(
            json!({"kind": "booth", "id": "1A-009", "theme": "logistics"}),
            square(58.0, 10.0, 3.0),
        ),
    ]);
    assert_eq!(import(&text).unwrap().booths[0].hall.as_deref(), Some("1A"));
}

#[test]
fn a_booth_in_no_hall_stands_in_none_and_comes_back_so() {
    let text = plain(&[
        hall(),
        feature(
            json!({"kind": "booth", "id": "X1", "theme": "logistics"}),
            square(500.0, 0.0, 3.0),
        ),
        feature(
            json!({"kind": "booth", "id": "X2", "hall": "", "theme": "logistics"}),
            square(520.0, 0.0, 3.0),
        ),
    ]);
    let layout = import(&text).unwrap();
    assert_eq!((layout.booths[0].hall.as_deref(), layout.booths[1].hall.as_deref()), (None, None));
    let exported = super::export_geojson(&layout);
    assert!(!exported.contains("\"hall\":\"\""), "no empty hall written");
    assert_eq!(import(&exported).unwrap(), layout);
}

/// The error for a one-hall file whose second feature is `bad`, with its line.
fn refusal(bad: &Value) -> String {
    let text = plain(&[hall(), bad.clone()]);
    let err = import(&text).unwrap_err().to_string();
    assert!(err.starts_with("plan.geojson:3:1: features[1]"), "{err}");
    err
}

#[test]
fn refusals_name_the_index_and_id() {
    let rotated = json!([[[3, 0], [6, 3], [3, 6], [0, 3], [3, 0]]]);
    let err =
        refusal(&feature(json!({"kind": "booth", "id": "1A-007", "theme": "logistics"}), rotated));
    assert!(err.contains("features[1] (id `1A-007`): expected an axis-aligned rectangle"), "{err}");
    let err =
        refusal(&feature(json!({"kind": "booth", "theme": "logistics"}), square(3.0, 3.0, 3.0)));
    assert!(err.contains("features[1]: expected `properties.id`"), "{err}");
    let mut point = feature(json!({"kind": "booth", "id": "P1"}), json!([]));
    point["geometry"] = json!({"type": "Point", "coordinates": [1.0, 2.0]});
    assert!(refusal(&point).contains("(id `P1`): expected a Polygon, found a Point"));
    let unknown_hall = feature(
        json!({"kind": "booth", "id": "X2", "hall": "9Z", "theme": "logistics"}),
        square(3.0, 3.0, 3.0),
    );
    assert!(refusal(&unknown_hall).contains("(id `X2`): booth `X2` names hall `9Z`"));
    let no_theme = feature(json!({"kind": "booth", "id": "X3"}), square(3.0, 3.0, 3.0));
    assert!(refusal(&no_theme).contains("no `theme`"));
}

#[test]
fn malformed_json_gives_line_and_column() {
    let text =
        "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\",, }\n]}";
    let err = import(text).unwrap_err().to_string();
    assert!(err.starts_with("plan.geojson:3:22: "), "{err}");
    assert!(!err.contains(" at line "), "{err}");
    for (text, words) in [
        ("", "plan.geojson:1:1: the file is empty; expected a GeoJSON FeatureCollection"),
        ("[1, 2]", "plan.geojson:1:1: expected a GeoJSON FeatureCollection"),
        ("{\"type\": \"FeatureCollection\"}", "expected `features`"),
        (
            "{\"type\": \"FeatureCollection\", \"features\": [], \"boothplan\": {\"format\": 7}}",
            "format 7",
        ),
        (
            "{\"type\": \"FeatureCollection\", \"features\": [], \"boothplan\": {\"grid_step_m\": \"x\"}}",
            "in `boothplan`",
        ),
        (
            "{\"type\": \"FeatureCollection\", \"features\": [], \"boothplan\": {\"grid_step_m\": -1}}",
            "grid step above 0 m",
        ),
    ] {
        let err = import(text).unwrap_err().to_string();
        assert!(err.contains(words), "{err} lacks {words}");
        assert!(err.starts_with("plan.geojson:"), "{err}");
    }
    let flood = format!(
        "{{\"type\": \"FeatureCollection\", \"features\": [], \"x\": [{}0]}}",
        "0,".repeat(MAX_VALUES)
    );
    let err = import(&flood).unwrap_err().to_string();
    assert!(err.starts_with("plan.geojson:1:1: a file of 10,000,00"), "{err}");
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(import(&deep).unwrap_err().to_string().contains("nested more than 64"));
    // Numbers beyond f64 are refused where they are used, and ignored where they are not.
    let huge = plain(&[feature(json!({"kind": "hall", "id": "1A"}), square(0.0, 0.0, 60.0))])
        .replace("60.0", "6e999");
    let err = import(&huge).unwrap_err().to_string();
    assert!(err.starts_with("plan.geojson:2:1: features[0]: number out of range"), "{err}");
    assert!(!err.contains(" at line "), "{err}");
    let ignored = "{\"type\": \"FeatureCollection\", \"features\": [], \"x\": 1e999}";
    assert!(import(ignored).is_ok());
}

#[test]
fn export_is_one_feature_a_line_with_the_layout_member() {
    let layout = import(&plain(&[
        hall(),
        feature(
            json!({"kind": "booth", "id": "1A-001", "theme": "technology", "exhibitor": "杭州"}),
            square(3.0, 3.0, 3.0),
        ),
    ]))
    .unwrap();
    let text = export_geojson(&layout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].starts_with("{\"type\":\"FeatureCollection\",\"boothplan\":{\"format\":1,"));
    assert!(
        lines[2].contains("\"exhibitor\":\"杭州\"") && lines[2].contains("[3.0,3.0]"),
        "{}",
        lines[2]
    );
    // The booth stands 3 m from two walls, alone: an island, written but never read back.
    assert!(lines[2].contains("\"type\":\"island\""), "{}", lines[2]);
    assert_eq!(import(&text).unwrap(), layout);
}
