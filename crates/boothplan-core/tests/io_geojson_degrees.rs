//! GeoJSON in longitude/latitude as GIS tools hand it back: without boothplan's own member,
//! without the site, turned by a bearing, or plain degrees that say nothing; and metres that
//! must never be mistaken for degrees.

use std::path::Path;

use boothplan_core::io::geojson::{export_geojson, import_geojson};
use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Point, Rect, Site, Zone};
use serde_json::{Value, json};

/// A small fair: one 60 × 40 m hall at (10, 20), a zone and two 6 × 6 m booths.
fn fair(site: Option<Site>) -> Layout {
    let mut layout = Layout { site, ..Layout::default() };
    let theme = layout.themes[0].key.clone();
    layout.halls.push(Hall::new(
        "1A",
        "Hall 1A",
        Rect::new(10.0, 20.0, 60.0, 40.0).corners().to_vec(),
    ));
    layout.zones.push(Zone {
        id: "Z1".into(),
        hall: Some("1A".into()),
        theme: theme.clone(),
        name: "Zone".into(),
        rect: Rect::new(12.0, 22.0, 30.0, 20.0),
    });
    for (i, x) in [14.0, 23.5].into_iter().enumerate() {
        layout.booths.push(Booth {
            id: format!("1A-00{i}"),
            hall: Some("1A".into()),
            theme: theme.clone(),
            rect: Rect::new(x, 24.0, 6.0, 6.0),
            status: BoothStatus::Sold,
            exhibitor: String::new(),
        });
    }
    layout
}

const HANGZHOU: Site = Site { lon: 120.2605, lat: 30.2366, bearing_deg: 0.0 };

fn without(text: &str, top: bool, keys: &[&str]) -> String {
    let mut json: Value = serde_json::from_str(text).unwrap();
    if top {
        json.as_object_mut().unwrap().remove("boothplan");
    }
    for f in json["features"].as_array_mut().unwrap() {
        for key in keys {
            f["properties"].as_object_mut().unwrap().remove(*key);
        }
    }
    json.to_string()
}

fn import(text: &str) -> Layout {
    import_geojson(text, Path::new("gis.geojson")).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[test]
fn a_turned_plan_comes_back_straight_to_the_millimetre() {
    for bearing_deg in [0.0, 17.5, 90.0, -133.0] {
        let layout = fair(Some(Site { bearing_deg, ..HANGZHOU }));
        let back = import(&export_geojson(&layout));
        assert_eq!(back, layout, "bearing {bearing_deg}");
    }
}

#[test]
fn a_gis_that_drops_the_boothplan_member_still_gives_the_site_back() {
    let layout = fair(Some(Site { bearing_deg: 30.0, ..HANGZHOU }));
    let text = without(&export_geojson(&layout), true, &[]);
    let back = import(&text);
    assert_eq!(back.site, layout.site);
    assert_eq!(back.booths, layout.booths);
    assert_eq!(back.halls, layout.halls);
}

#[test]
fn plain_degrees_are_placed_about_the_first_hall_corner() {
    let layout = fair(Some(HANGZHOU));
    let text = without(
        &export_geojson(&layout),
        true,
        &["local", "site_lon", "site_lat", "site_bearing_deg", "width_m", "height_m"],
    );
    let back = import(&text);
    // The first hall's first vertex, (10, 20) in the plan, becomes the origin.
    assert_eq!(back.halls[0].outline[0], Point::new(0.0, 0.0));
    let moved = |r: Rect| Rect::new(r.x_m - 10.0, r.y_m - 20.0, r.width_m, r.height_m);
    for (b, a) in back.booths.iter().zip(&layout.booths) {
        assert_eq!(b.rect, moved(a.rect));
        assert!((b.rect.area_m2() - 36.0).abs() < 1e-9);
    }
    let site = back.site.unwrap();
    let [lon, lat] =
        boothplan_core::projection::Projection::new(HANGZHOU).to_lon_lat(Point::new(10.0, 20.0));
    assert!((site.lon - lon).abs() < 1e-9 && (site.lat - lat).abs() < 1e-9);
}

#[test]
fn small_metre_plans_are_never_taken_for_degrees() {
    // A 60 m hall written by hand: every number is a valid longitude/latitude.
    let text = json!({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kind": "hall", "id": "1A"},
         "geometry": {"type": "Polygon",
                      "coordinates": [[[0, 0], [60, 0], [60, 40], [0, 40], [0, 0]]]}}]})
    .to_string();
    let back = import(&text);
    assert_eq!(back.site, None);
    assert_eq!(back.halls[0].outline[2], Point::new(60.0, 40.0));
    // A file that says `local: false` is read as degrees even without the boothplan member.
    let text = text.replace("\"id\":\"1A\"", "\"id\":\"1A\",\"local\":false");
    let text = text.replace(
        "[[[0,0],[60,0],[60,40],[0,40],[0,0]]]",
        "[[[120.26,30.23],[120.261,30.23],[120.261,30.231],[120.26,30.231],[120.26,30.23]]]",
    );
    let back = import(&text);
    assert!(back.site.is_some());
    let bounds = back.halls[0].bounds().unwrap();
    let (w, h) = (bounds.width_m, bounds.height_m);
    assert!((w - 96.2).abs() < 0.5, "0.001° of longitude at 30° N is about 96 m: {w}");
    assert!((h - 110.9).abs() < 0.5, "0.001° of latitude at 30° N is about 111 m: {h}");
}

#[test]
fn a_site_out_of_range_in_a_file_is_refused_with_its_place() {
    let layout = fair(Some(Site { lat: 89.0, ..HANGZHOU }));
    let text = boothplan_core::io::ron_file::layout_to_ron(&layout).unwrap();
    let err = boothplan_core::io::ron_file::parse_layout(&text, Path::new("far.ron")).unwrap_err();
    let shown = err.to_string();
    assert!(shown.starts_with("far.ron:") && shown.contains("lat from -85 to 85"), "{shown}");
}
