//! `boothplan stats` with a price list: booth types, statuses, theme targets and revenue, the
//! sums worked out by hand on a small hall.

mod cli_support;

use boothplan_core::io::ron_file::layout_to_ron;
use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Pricing, Rect};
use cli_support::boothplan;

fn booth(id: &str, theme: &str, rect: Rect, status: BoothStatus) -> Booth {
    Booth {
        id: id.into(),
        hall: Some("1A".into()),
        theme: theme.into(),
        rect,
        status,
        exhibitor: String::new(),
    }
}

/// A 60 × 40 hall with 3 m aisles: an island, two back-to-back booths (peninsulas, one of them
/// blocked) and a booth in the hall's corner; technology at 1,000 a m², logistics at 500.
fn priced_hall() -> Layout {
    let hall = Hall::new("1A", "Hall 1A", Rect::new(0.0, 0.0, 60.0, 40.0).corners().to_vec());
    let mut pricing = Pricing { currency: "CNY".into(), ..Pricing::default() };
    pricing.per_m2.insert("technology".into(), 1_000.0);
    pricing.per_m2.insert("logistics".into(), 500.0);
    let mut layout = Layout {
        halls: vec![hall],
        booths: vec![
            booth("1A-001", "technology", Rect::new(20.0, 20.0, 6.0, 6.0), BoothStatus::Sold),
            booth("1A-002", "logistics", Rect::new(40.0, 10.0, 3.0, 3.0), BoothStatus::Reserved),
            booth("1A-003", "logistics", Rect::new(40.0, 13.0, 3.0, 3.0), BoothStatus::Blocked),
            booth("1A-004", "technology", Rect::new(0.0, 0.0, 3.0, 3.0), BoothStatus::Available),
        ],
        pricing: Some(pricing),
        ..Layout::default()
    };
    layout.themes[1].target_area_m2 = Some(100.0);
    layout
}

fn stats_json(layout: &Layout) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("priced.ron");
    std::fs::write(&file, layout_to_ron(layout).unwrap()).unwrap();
    let run = boothplan(["stats".as_ref(), file.as_os_str(), "--json".as_ref()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("one JSON object")
}

#[test]
fn revenue_sums_list_reserved_and_sold_at_area_times_price_times_premium() {
    let v = stats_json(&priced_hall());
    // Island: 36 m² × 1,000 × 1.20 = 43,200 (sold). Peninsula: 9 × 500 × 1.15 = 5,175
    // (reserved); the blocked one counts nowhere. Corner: 9 × 1,000 × 1.10 = 9,900.
    let revenue = &v["revenue"];
    assert_eq!(revenue["currency"], "CNY");
    assert!((revenue["list"].as_f64().unwrap() - 58_275.0).abs() < 1e-6, "{revenue}");
    assert!((revenue["reserved"].as_f64().unwrap() - 5_175.0).abs() < 1e-6, "{revenue}");
    assert!((revenue["sold"].as_f64().unwrap() - 43_200.0).abs() < 1e-6, "{revenue}");
    let by_theme = &v["by_theme"];
    assert!((by_theme["technology"]["revenue"]["list"].as_f64().unwrap() - 53_100.0).abs() < 1e-6);
    assert!((by_theme["logistics"]["revenue"]["list"].as_f64().unwrap() - 5_175.0).abs() < 1e-6);
    assert!((v["halls"][0]["revenue"]["list"].as_f64().unwrap() - 58_275.0).abs() < 1e-6);
}

#[test]
fn by_type_by_status_and_theme_targets_are_reported() {
    let v = stats_json(&priced_hall());
    let by_type = &v["by_type"];
    assert_eq!(by_type["island"]["booths"], 1);
    assert_eq!(by_type["island"]["area_m2"], 36.0);
    assert_eq!(by_type["peninsula"]["booths"], 2);
    assert_eq!(by_type["corner"]["booths"], 1);
    assert_eq!(by_type["inline"]["booths"], 0);
    assert_eq!(v["by_status"]["blocked"]["booths"], 1);
    assert_eq!(v["by_status"]["sold"]["area_m2"], 36.0);
    let technology = &v["by_theme"]["technology"];
    assert_eq!(technology["target_area_m2"], 100.0);
    assert_eq!(technology["sold_area_m2"], 36.0);
    assert_eq!(technology["planned_area_m2"], 45.0);
    assert!(v["by_theme"]["logistics"].get("target_area_m2").is_none(), "no target, no field");
    assert_eq!(v["by_theme"]["logistics"]["planned_area_m2"], 9.0, "the blocked booth is no plan");
}

#[test]
fn the_tables_show_types_targets_and_revenue() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("priced.ron");
    std::fs::write(&file, layout_to_ron(&priced_hall()).unwrap()).unwrap();
    let run = boothplan(["stats".as_ref(), file.as_os_str()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let out = &run.stdout;
    let island = out.lines().find(|l| l.starts_with("island ")).expect("a type table");
    assert!(island.contains("36 m²"), "{island}");
    let technology = out.lines().find(|l| l.starts_with("technology ")).expect("technology");
    assert!(technology.ends_with("100 m²"), "the target closes the row: {technology}");
    assert!(out.lines().any(|l| l.starts_with("blocked ")), "{out}");
    assert!(out.contains("Revenue: list 58,275 CNY, reserved 5,175 CNY, sold 43,200 CNY"), "{out}");
}

#[test]
fn without_a_price_list_there_is_no_revenue() {
    let mut layout = priced_hall();
    layout.pricing = None;
    let v = stats_json(&layout);
    assert!(v.get("revenue").is_none());
    assert!(v["halls"][0].get("revenue").is_none());
    assert_eq!(v["by_type"]["island"]["booths"], 1);
}
