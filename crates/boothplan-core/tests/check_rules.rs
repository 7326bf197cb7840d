//! Each rule of docs/SPEC.md §3: a case that fires and a near miss that must not.

use boothplan_core::check::{Finding, LiveCheck, Rule, Severity, Touched, check_layout};
use boothplan_core::model::{Booth, BoothStatus, Column, Hall, Layout, Point, Rect, Zone};

fn hall(id: &str, outline: &[(f64, f64)]) -> Hall {
    Hall::new(id, format!("Hall {id}"), outline.iter().map(|&p| p.into()).collect())
}

fn square_hall(id: &str, x: f64, y: f64, side: f64) -> Hall {
    hall(id, &[(x, y), (x + side, y), (x + side, y + side), (x, y + side)])
}

/// A 100 × 60 hall with its 40 × 20 bottom-right corner cut away.
fn l_hall(id: &str) -> Hall {
    hall(id, &[(0.0, 0.0), (100.0, 0.0), (100.0, 40.0), (60.0, 40.0), (60.0, 60.0), (0.0, 60.0)])
}

fn booth(id: &str, x: f64, y: f64, w: f64, h: f64) -> Booth {
    Booth {
        id: id.into(),
        hall: Some("1A".into()),
        theme: "technology".into(),
        rect: Rect::new(x, y, w, h),
        status: BoothStatus::Available,
        exhibitor: String::new(),
    }
}

fn zone(id: &str, theme: &str, rect: Rect) -> Zone {
    Zone { id: id.into(), hall: Some("1A".into()), theme: theme.into(), name: id.into(), rect }
}

fn layout_with(booths: Vec<Booth>) -> Layout {
    Layout { halls: vec![square_hall("1A", 0.0, 0.0, 100.0)], booths, ..Layout::default() }
}

fn of_rule(findings: &[Finding], rule: Rule) -> Vec<&Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

#[test]
fn a_clean_layout_has_no_findings() {
    let l = layout_with(vec![
        booth("1A-001", 10.0, 10.0, 3.0, 3.0),
        booth("1A-002", 16.0, 10.0, 3.0, 3.0),
    ]);
    assert_eq!(check_layout(&l), vec![]);
}

#[test]
fn overlapping_booths_fire_with_their_shared_area() {
    let l = layout_with(vec![
        booth("1A-004", 11.5, 10.0, 3.0, 3.0),
        booth("1A-003", 10.0, 10.0, 3.0, 3.0),
    ]);
    let f = check_layout(&l);
    let overlaps = of_rule(&f, Rule::BoothOverlap);
    assert_eq!(overlaps.len(), 1, "{f:#?}");
    assert_eq!(overlaps[0].ids, ["1A-003", "1A-004"]);
    assert_eq!(overlaps[0].area_m2, Some(4.5));
    assert_eq!(overlaps[0].severity, Severity::Error);
    assert_eq!(overlaps[0].message, "Booths 1A-003 and 1A-004 overlap by 4.5 m².");
}

#[test]
fn booths_touching_at_an_edge_or_a_corner_do_not_overlap() {
    let l = layout_with(vec![
        booth("A", 10.0, 10.0, 3.0, 3.0),
        booth("B", 13.0, 10.0, 3.0, 3.0),
        booth("C", 16.0, 13.0, 3.0, 3.0),
        // Float noise: 0.1 + 0.2 ends a hair past 0.3.
        booth("D", 0.1, 30.0, 0.2, 3.0),
        booth("E", 0.3, 30.0, 3.0, 3.0),
    ]);
    assert_eq!(of_rule(&check_layout(&l), Rule::BoothOverlap), Vec::<&Finding>::new());
}

#[test]
fn duplicate_and_nested_booths_overlap() {
    let l = layout_with(vec![
        booth("A", 10.0, 10.0, 6.0, 6.0),
        booth("B", 10.0, 10.0, 6.0, 6.0),
        booth("C", 11.0, 11.0, 2.0, 2.0),
    ]);
    let f = check_layout(&l);
    let pairs: Vec<(Vec<String>, Option<f64>)> =
        of_rule(&f, Rule::BoothOverlap).iter().map(|f| (f.ids.clone(), f.area_m2)).collect();
    let p = |a: &str, b: &str, area| (vec![a.to_owned(), b.to_owned()], Some(area));
    assert_eq!(pairs, [p("A", "B", 36.0), p("A", "C", 4.0), p("B", "C", 4.0)]);
}

#[test]
fn a_booth_across_the_hall_wall_is_outside_by_the_part_outside() {
    let l = layout_with(vec![booth("1A-001", 98.0, 10.0, 3.0, 3.0)]);
    let f = check_layout(&l);
    let out = of_rule(&f, Rule::OutsideHall);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].ids, ["1A-001"]);
    assert_eq!(out[0].area_m2, Some(3.0));
}

#[test]
fn a_booth_on_the_hall_wall_is_inside() {
    let l = layout_with(vec![booth("A", 97.0, 10.0, 3.0, 3.0), booth("B", 0.0, 0.0, 3.0, 3.0)]);
    assert_eq!(of_rule(&check_layout(&l), Rule::OutsideHall), Vec::<&Finding>::new());
}

#[test]
fn a_booth_naming_a_missing_hall_is_outside_and_says_so() {
    let mut b = booth("1A-001", 10.0, 10.0, 3.0, 3.0);
    b.hall = Some("9Z".into());
    let f = check_layout(&layout_with(vec![b]));
    let out = of_rule(&f, Rule::OutsideHall);
    assert_eq!(out.len(), 1);
    assert!(
        out[0].message.contains("9Z") && out[0].message.contains("does not exist"),
        "{}",
        out[0].message
    );
}

#[test]
fn an_l_shaped_hall_needs_more_than_corners() {
    let mut l = Layout { halls: vec![l_hall("1A")], ..Layout::default() };
    // All four corners inside the L, but the notch's corner (60, 40) pokes into the booth.
    let mut across_notch = booth("A", 50.0, 30.0, 45.0, 9.0);
    across_notch.rect = Rect::new(55.0, 35.0, 10.0, 10.0);
    // Along the notch's walls: inside.
    let along = booth("B", 57.0, 37.0, 3.0, 3.0);
    let beside = booth("C", 60.0, 37.0, 3.0, 3.0);
    // In the notch: outside wholly, though it touches the hall at two walls.
    let in_notch = booth("D", 60.0, 40.0, 40.0, 20.0);
    l.booths = vec![across_notch, along, beside, in_notch];
    let f = check_layout(&l);
    let out: Vec<(&str, Option<f64>)> =
        of_rule(&f, Rule::OutsideHall).iter().map(|f| (f.ids[0].as_str(), f.area_m2)).collect();
    assert_eq!(out, [("A", Some(25.0)), ("D", Some(800.0))]);
}

#[test]
fn zones_are_checked_against_their_hall_and_each_other() {
    let mut l = layout_with(vec![]);
    l.zones = vec![
        zone("Z1", "technology", Rect::new(0.0, 0.0, 50.0, 50.0)),
        zone("Z2", "logistics", Rect::new(50.0, 0.0, 50.0, 50.0)),
        zone("Z3", "logistics", Rect::new(40.0, 40.0, 20.0, 20.0)),
        zone("Z4", "logistics", Rect::new(90.0, 90.0, 20.0, 10.0)),
    ];
    let f = check_layout(&l);
    let overlaps: Vec<&[String]> =
        of_rule(&f, Rule::ZoneOverlap).iter().map(|f| f.ids.as_slice()).collect();
    assert_eq!(overlaps, [["Z1", "Z3"], ["Z2", "Z3"]]);
    let out: Vec<&[String]> =
        of_rule(&f, Rule::OutsideHall).iter().map(|f| f.ids.as_slice()).collect();
    assert_eq!(out, [["Z4"]]);
}

#[test]
fn a_booth_on_a_column_fires_and_one_touching_it_does_not() {
    let mut l = layout_with(vec![
        booth("1A-001", 10.0, 10.0, 3.0, 3.0),
        booth("1A-002", 20.5, 10.0, 3.0, 3.0),
    ]);
    // Column 1 × 1 centred on (13, 11.5): the first booth's right edge runs through it; the
    // second booth's left edge touches C2's right side.
    l.columns = vec![
        Column::square("C1", "1A", Point::new(13.0, 11.5), 1.0),
        Column::square("C2", "1A", Point::new(20.0, 11.5), 1.0),
    ];
    let f = check_layout(&l);
    let on = of_rule(&f, Rule::OnColumn);
    assert_eq!(on.len(), 1, "{f:#?}");
    assert_eq!(on[0].ids, ["1A-001", "C1"]);
    assert_eq!(on[0].area_m2, Some(0.5));
}

#[test]
fn a_column_filed_under_another_hall_still_blocks_a_booth() {
    let mut l = layout_with(vec![booth("1A-001", 10.0, 10.0, 3.0, 3.0)]);
    l.columns = vec![Column::square("2B-C1", "2B", Point::new(11.5, 11.5), 1.0)];
    assert_eq!(of_rule(&check_layout(&l), Rule::OnColumn).len(), 1);
}

#[test]
fn a_narrow_aisle_warns_and_one_at_the_minimum_does_not() {
    let narrow =
        layout_with(vec![booth("A", 10.0, 10.0, 3.0, 3.0), booth("B", 15.5, 11.0, 3.0, 3.0)]);
    let f = check_layout(&narrow);
    let aisles = of_rule(&f, Rule::NarrowAisle);
    assert_eq!(aisles.len(), 1);
    assert_eq!(aisles[0].severity, Severity::Warning);
    assert_eq!(aisles[0].ids, ["A", "B"]);
    assert!(aisles[0].message.contains("2.5 m"), "{}", aisles[0].message);

    let at_minimum = layout_with(vec![
        booth("A", 10.0, 10.0, 3.0, 3.0),
        booth("B", 16.0, 11.0, 3.0, 3.0),
        // 3.3 − (0.1 + 0.2) computes as 2.9999999999999996: still exactly the minimum to a planner.
        booth("C", 40.0, 0.1, 3.0, 0.2),
        booth("D", 40.0, 3.3, 3.0, 3.0),
        // Diagonal neighbours do not face each other; touching booths leave no aisle.
        booth("E", 60.0, 10.0, 3.0, 3.0),
        booth("F", 67.0, 14.0, 3.0, 3.0),
        booth("G", 63.0, 10.0, 3.0, 3.0),
    ]);
    assert_eq!(of_rule(&check_layout(&at_minimum), Rule::NarrowAisle), Vec::<&Finding>::new());
}

#[test]
fn a_booth_standing_in_the_gap_leaves_no_aisle_there() {
    // Three touching booths in a row: the outer two face each other 2 m apart, but the middle
    // one fills the gap.
    let mut row = layout_with(vec![
        booth("1A-001", 3.0, 3.0, 2.0, 2.0),
        booth("1A-002", 5.0, 3.0, 2.0, 2.0),
        booth("1A-003", 7.0, 3.0, 2.0, 2.0),
        // A booth covering only part of the stretch where the pair faces still stands in it.
        booth("P", 20.0, 0.0, 3.0, 6.0),
        booth("Q", 20.0, 7.0, 3.0, 6.0),
        booth("R", 22.0, 6.0, 1.0, 1.0),
    ]);
    assert_eq!(of_rule(&check_layout(&row), Rule::NarrowAisle), Vec::<&Finding>::new());

    // The live check agrees when the middle booth leaves the gap and when it comes back.
    let mut live = LiveCheck::new(&row);
    let middle = row.booths.remove(1);
    live.update(&row, &Touched::ids(["1A-002"]));
    let aisles: Vec<&[String]> =
        of_rule(live.findings(), Rule::NarrowAisle).iter().map(|f| f.ids.as_slice()).collect();
    assert_eq!(aisles, [["1A-001", "1A-003"]]);
    assert_eq!(live.findings(), check_layout(&row).as_slice());
    row.booths.push(middle);
    live.update(&row, &Touched::ids(["1A-002"]));
    assert_eq!(of_rule(live.findings(), Rule::NarrowAisle), Vec::<&Finding>::new());
}

#[test]
fn booths_of_different_halls_leave_no_aisle_between_them() {
    let mut b = booth("B", 15.0, 10.0, 3.0, 3.0);
    b.hall = Some("1B".into());
    let mut l = layout_with(vec![booth("A", 10.0, 10.0, 3.0, 3.0), b]);
    l.halls.push(square_hall("1B", 0.0, 0.0, 100.0));
    assert_eq!(of_rule(&check_layout(&l), Rule::NarrowAisle), Vec::<&Finding>::new());
}

#[test]
fn a_booth_in_a_zone_of_another_theme_warns() {
    let mut l = layout_with(vec![
        booth("A", 10.0, 10.0, 3.0, 3.0),
        booth("B", 20.0, 10.0, 3.0, 3.0),
        booth("C", 29.0, 10.0, 3.0, 3.0),
    ]);
    l.zones = vec![
        zone("Z1", "logistics", Rect::new(0.0, 0.0, 15.0, 30.0)),
        zone("Z2", "technology", Rect::new(15.0, 0.0, 15.0, 30.0)),
    ];
    let f = check_layout(&l);
    let themes = of_rule(&f, Rule::ThemeMismatch);
    // A in logistics: mismatch. B in technology: fine. C straddles Z2's edge: in no zone.
    assert_eq!(themes.len(), 1, "{f:#?}");
    assert_eq!(themes[0].ids, ["A", "Z1"]);
    assert_eq!(themes[0].message, "Booth A (technology) lies in zone Z1 of theme logistics.");
}

#[test]
fn a_booth_exactly_filling_its_zone_of_the_same_theme_is_fine() {
    let mut l = layout_with(vec![booth("A", 10.0, 10.0, 3.0, 3.0)]);
    l.zones = vec![zone("Z1", "technology", Rect::new(10.0, 10.0, 3.0, 3.0))];
    assert_eq!(check_layout(&l), vec![]);
}

#[test]
fn shared_ids_of_any_kinds_are_reported_once_per_id() {
    let mut l =
        layout_with(vec![booth("1A", 10.0, 10.0, 3.0, 3.0), booth("X", 20.0, 10.0, 3.0, 3.0)]);
    l.booths.push(booth("X", 30.0, 10.0, 3.0, 3.0));
    let f = check_layout(&l);
    let dups = of_rule(&f, Rule::DuplicateId);
    assert_eq!(dups.len(), 2);
    assert_eq!(dups[0].ids, ["1A"]);
    assert_eq!(dups[0].message, "Id 1A is used by 2 objects (1 hall, 1 booth).");
    assert_eq!(dups[1].message, "Id X is used by 2 objects (2 booths).");
}

#[test]
fn unique_ids_are_not_duplicates() {
    let l = layout_with(vec![
        booth("1A-001", 10.0, 10.0, 3.0, 3.0),
        booth("1A-0010", 20.0, 10.0, 3.0, 3.0),
    ]);
    assert_eq!(of_rule(&check_layout(&l), Rule::DuplicateId), Vec::<&Finding>::new());
}

#[test]
fn invalid_shapes_are_reported_and_kept_out_of_other_rules() {
    let mut l = layout_with(vec![
        booth("NAN", f64::NAN, 10.0, 3.0, 3.0),
        booth("FLAT", 10.0, 10.0, 0.0, 3.0),
        booth("NEG", 10.0, 10.0, 3.0, -3.0),
        booth("INF", 10.0, 10.0, f64::INFINITY, 3.0),
        booth("OK", 10.0, 10.0, 3.0, 3.0),
    ]);
    l.halls.push(hall("BOW", &[(200.0, 0.0), (300.0, 100.0), (300.0, 0.0), (200.0, 50.0)]));
    l.halls.push(hall("TWO", &[(400.0, 0.0), (500.0, 0.0)]));
    l.halls.push(hall("LINE", &[(600.0, 0.0), (650.0, 0.0), (700.0, 0.0)]));
    l.columns.push(Column {
        id: "CN".into(),
        hall: Some("1A".into()),
        outline: vec![Point::new(f64::NAN, 1.0); 4],
    });
    let mut in_bow = booth("IN-BOW", 240.0, 10.0, 3.0, 3.0);
    in_bow.hall = Some("BOW".into());
    l.booths.push(in_bow);
    let f = check_layout(&l);
    let invalid: Vec<&str> =
        of_rule(&f, Rule::InvalidGeometry).iter().map(|f| f.ids[0].as_str()).collect();
    assert_eq!(invalid, ["BOW", "CN", "FLAT", "INF", "LINE", "NAN", "NEG", "TWO"], "{f:#?}");
    // Nothing else: no overlap with the NaN or flat booths, no outside-hall in the bow-tie hall.
    assert_eq!(f.iter().filter(|f| f.rule != Rule::InvalidGeometry).count(), 0, "{f:#?}");
    assert!(f.iter().all(|f| f.area_m2.is_none_or(f64::is_finite)));
    assert!(f.iter().any(|f| f.message == "Hall BOW crosses itself."));
}

#[test]
fn overlapping_halls_fire_and_halls_sharing_a_wall_do_not() {
    let l = Layout {
        halls: vec![
            square_hall("1A", 0.0, 0.0, 100.0),
            square_hall("1B", 100.0, 0.0, 100.0),
            square_hall("1C", 150.0, 50.0, 100.0),
        ],
        ..Layout::default()
    };
    let f = check_layout(&l);
    let halls: Vec<(&[String], Option<f64>)> =
        of_rule(&f, Rule::HallOverlap).iter().map(|f| (f.ids.as_slice(), f.area_m2)).collect();
    assert_eq!(halls.len(), 1);
    assert_eq!(halls[0].0, ["1B", "1C"]);
    assert!((halls[0].1.unwrap() - 2500.0).abs() < 1e-6);
}

#[test]
fn findings_are_sorted_by_rule_then_ids() {
    let mut l = layout_with(vec![
        booth("Z", 98.0, 10.0, 3.0, 3.0),
        booth("B", 10.0, 10.0, 3.0, 3.0),
        booth("A", 11.0, 10.0, 3.0, 3.0),
        booth("D", 30.0, 10.0, 3.0, 3.0),
        booth("C", 31.0, 10.0, 3.0, 3.0),
        booth("C", 60.0, 10.0, 3.0, 3.0),
    ]);
    l.min_aisle_m = 3.0;
    let f = check_layout(&l);
    let listed: Vec<(Rule, Vec<String>)> = f.iter().map(|f| (f.rule, f.ids.clone())).collect();
    let mut sorted = listed.clone();
    sorted.sort_by_key(|(rule, ids)| (Rule::ALL.iter().position(|r| r == rule), ids.clone()));
    assert_eq!(listed, sorted);
    assert_eq!(listed.first().map(|l| l.0), Some(Rule::DuplicateId));
    assert_eq!(check_layout(&l), f, "deterministic");
}

#[test]
fn a_diagonal_hall_wall_is_exact() {
    let triangle = hall("T", &[(0.0, 0.0), (100.0, 0.0), (0.0, 100.0)]);
    let mut corner_on_wall = booth("ON", 10.0, 10.0, 40.0, 40.0);
    corner_on_wall.hall = Some("T".into());
    let mut corner_past_wall = booth("PAST", 10.0, 10.0, 41.0, 40.0);
    corner_past_wall.hall = Some("T".into());
    let l = Layout {
        halls: vec![triangle],
        booths: vec![corner_on_wall, corner_past_wall],
        ..Layout::default()
    };
    let f = check_layout(&l);
    let out = of_rule(&f, Rule::OutsideHall);
    assert_eq!(out.len(), 1, "{f:#?}");
    assert_eq!(out[0].ids, ["PAST"]);
    assert!((out[0].area_m2.unwrap() - 0.5).abs() < 1e-9);
}

/// `hall-overlap` against areas worked out by hand, for the shapes halls really have: squares,
/// an L, a triangle, a hall inside another, halls that only share a wall or a corner.
#[test]
fn hall_overlap_areas_match_a_table_computed_by_hand() {
    let l = || l_hall("L"); // 100 × 60 with the 40 × 20 corner at (60..100, 40..60) cut away
    let table: [(&str, Hall, Option<f64>); 8] = [
        // 20 × 20 square over the L's solid part: all of it.
        ("square inside the L", square_hall("Q", 10.0, 10.0, 20.0), Some(400.0)),
        // 20 × 20 square at (90..110, 30..50): inside the L only 90..100 × 30..40 = 100 m².
        ("square over the cut corner", square_hall("Q", 90.0, 30.0, 20.0), Some(100.0)),
        // 20 × 20 square in the cut-away corner (70..90, 40..60) touches the L along walls only.
        ("square in the notch", square_hall("Q", 70.0, 40.0, 20.0), None),
        // Sharing the L's left wall x = 0 from outside.
        ("square against a wall", square_hall("Q", -20.0, 10.0, 20.0), None),
        // Touching the L's top-left corner (0, 0) only.
        ("square at a corner", square_hall("Q", -20.0, -20.0, 20.0), None),
        // Right triangle (0,0) (40,0) (0,40): area 40 · 40 / 2 = 800, all inside the L.
        ("triangle inside", hall("Q", &[(0.0, 0.0), (40.0, 0.0), (0.0, 40.0)]), Some(800.0)),
        // Triangle (50,30) (110,30) (50,90): inside the L it is clipped to x ≤ 100, y ≤ 60 and
        // not in the notch. Within 50..100 × 30..60 below the hypotenuse x + y ≤ 140: the
        // 50..60 strip has 10 × 30 = 300; 60..100 × 30..40 below x + y ≤ 140 is all of it, 400.
        (
            "triangle over the notch",
            hall("Q", &[(50.0, 30.0), (110.0, 30.0), (50.0, 90.0)]),
            Some(700.0),
        ),
        // A whole copy of the L: 100 · 60 − 40 · 20 = 5,200.
        ("the same outline twice", l_hall("Q"), Some(5200.0)),
    ];
    for (case, other, want) in table {
        let layout = Layout { halls: vec![l(), other], ..Layout::default() };
        let found: Vec<Option<f64>> = check_layout(&layout)
            .into_iter()
            .filter(|f| f.rule == Rule::HallOverlap)
            .map(|f| f.area_m2)
            .collect();
        match want {
            None => assert!(found.is_empty(), "{case}: {found:?}"),
            Some(area) => {
                assert_eq!(found.len(), 1, "{case}: {found:?}");
                let got = found[0].unwrap_or(f64::NAN);
                assert!((got - area).abs() < 1e-6, "{case}: {got} m², by hand {area} m²");
            }
        }
    }
}
