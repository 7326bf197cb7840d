//! The booth generator on hand-made cases: exact counts, columns, walls, booths already there,
//! modules of other sizes, start corners and the rules it must never break.

mod generate_support;

use boothplan_core::generate::{
    FillError, FillOptions, NumberingScheme, RowDirection, StartCorner, fill_zone,
};
use boothplan_core::model::{Booth, BoothStatus, Layout, Rect};
use generate_support::{column, finding_keys, has_open_side, thirty_by_eighteen};

fn fill(layout: &Layout, options: &FillOptions) -> Vec<Booth> {
    fill_zone(layout, "Z1", options, &NumberingScheme::default()).unwrap().booths
}

fn with(layout: &Layout, booths: &[Booth]) -> Layout {
    let mut out = layout.clone();
    out.booths.extend_from_slice(booths);
    out
}

#[test]
fn thirty_by_eighteen_with_three_metre_modules_and_aisles_holds_forty_booths() {
    // Across the 18 m: a row, a 3 m aisle, two rows back to back, a 3 m aisle, a row
    // (3 + 3 + 6 + 3 + 3). Along the 30 m: ten 3 m modules, one block. 4 × 10 = 40.
    let layout = thirty_by_eighteen();
    let options = FillOptions::for_layout(&layout);
    let result = fill_zone(&layout, "Z1", &options, &NumberingScheme::default()).unwrap();
    assert_eq!(result.booths.len(), 40);
    assert_eq!(result.stats.booth_area_m2, 360.0);
    assert!((result.stats.efficiency() - 360.0 / 540.0).abs() < 1e-12);
    assert_eq!(result.stats.summary(), "40 booths, 360 m² of 540 m² (67%)");
    let first = &result.booths[0];
    assert_eq!((first.id.as_str(), first.rect), ("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)));
    assert_eq!(result.booths[39].id, "1A-040");
    assert_eq!(result.booths[39].rect, Rect::new(37.0, 25.0, 3.0, 3.0));
    for b in &result.booths {
        assert_eq!((b.hall.as_deref(), b.theme.as_str()), (Some("1A"), "technology"));
        assert_eq!((b.status, b.exhibitor.as_str()), (BoothStatus::Available, ""));
    }
    let after = with(&layout, &result.booths);
    assert_eq!(finding_keys(&after), Vec::<String>::new());
    assert!(result.booths.iter().all(|b| has_open_side(&after, b, 3.0)));
}

#[test]
fn a_column_where_four_modules_meet_removes_exactly_those_four() {
    // The double row spans y 16–22; modules meet at x = 25, y = 19.
    let mut layout = thirty_by_eighteen();
    layout.columns.push(column("C1", Rect::new(24.5, 18.5, 1.0, 1.0)));
    let booths = fill(&layout, &FillOptions::for_layout(&layout));
    assert_eq!(booths.len(), 36);
    let at = |x: f64, y: f64| booths.iter().any(|b| b.rect.x_m == x && b.rect.y_m == y);
    for (x, y) in [(22.0, 16.0), (25.0, 16.0), (22.0, 19.0), (25.0, 19.0)] {
        assert!(!at(x, y), "the module at ({x}, {y}) touches the column");
    }
    assert!(at(19.0, 16.0) && at(28.0, 19.0), "the modules beside them stay");
    assert_eq!(finding_keys(&with(&layout, &booths)), Vec::<String>::new());
}

#[test]
fn the_clearance_decides_which_neighbours_of_a_column_go() {
    // A 0.6 m column inside the module at (25, 16), 1.2 m from its left and right sides.
    let mut layout = thirty_by_eighteen();
    layout.columns.push(column("C1", Rect::new(26.2, 17.2, 0.6, 0.6)));
    let mut options = FillOptions::for_layout(&layout);
    assert_eq!(fill(&layout, &options).len(), 39, "0.5 m clearance: only its own module");
    options.column_clearance_m = 1.5;
    // 1.5 m reaches the modules left and right of it, and the three behind (y 19–22).
    assert_eq!(fill(&layout, &options).len(), 34);
}

#[test]
fn modules_narrower_than_an_aisle_fill_whole_rows() {
    // 2 m modules in a 3 m-aisle layout: booths of a row touch, and a booth standing between
    // two others leaves no aisle to measure, so every row is full: x 10, 12, … 38 = 15 booths,
    // 4 rows.
    let layout = thirty_by_eighteen();
    let mut options = FillOptions::for_layout(&layout);
    (options.module_width_m, options.block_modules) = (2.0, 15);
    let booths = fill(&layout, &options);
    assert_eq!(booths.len(), 60);
    let mut first_row: Vec<f64> =
        booths.iter().filter(|b| b.rect.y_m == booths[0].rect.y_m).map(|b| b.rect.x_m).collect();
    first_row.sort_by(f64::total_cmp);
    assert_eq!(first_row, (0..15).map(|i| 10.0 + 2.0 * f64::from(i)).collect::<Vec<_>>());
    assert_eq!(finding_keys(&with(&layout, &booths)), Vec::<String>::new());
}

#[test]
fn booths_already_there_keep_an_aisle_and_their_numbers() {
    let mut layout = thirty_by_eighteen();
    let mut old = fill(&layout, &FillOptions::for_layout(&layout))[0].clone();
    old.rect = Rect::new(10.0, 10.0, 6.0, 3.0);
    layout.booths.push(old);
    let booths = fill(&layout, &FillOptions::for_layout(&layout));
    // The old booth (x 10–16) keeps 3 m to the next one: modules at x 10, 13, 16 go.
    assert_eq!(booths.len(), 37);
    assert!(booths.iter().all(|b| b.id != "1A-001"), "its number is not handed out again");
    assert_eq!(booths[0].id, "1A-002");
    assert_eq!(finding_keys(&with(&layout, &booths)), Vec::<String>::new());
}

#[test]
fn a_zone_against_the_wall_keeps_inside_it() {
    // The hall's right wall runs at x = 35, through the zone: modules past it go.
    let mut layout = thirty_by_eighteen();
    layout.halls[0].outline =
        [(0.0, 0.0), (35.0, 0.0), (35.0, 40.0), (0.0, 40.0)].iter().map(|&p| p.into()).collect();
    let booths = fill(&layout, &FillOptions::for_layout(&layout));
    assert_eq!(booths.len(), 32, "8 modules of 3 m fit in x 10–35");
    let after = with(&layout, &booths);
    let new: Vec<String> =
        finding_keys(&after).into_iter().filter(|k| !k.starts_with("outside-hall Z1")).collect();
    assert_eq!(new, Vec::<String>::new());
}

#[test]
fn double_modules_start_corner_and_direction() {
    let layout = thirty_by_eighteen();
    let mut options = FillOptions::for_layout(&layout);
    (options.module_width_m, options.block_modules) = (6.0, 4);
    let booths = fill(&layout, &options);
    // Blocks of four 6 × 3 m modules: 24 m, a 3 m cross aisle, 3 m left: 4 per row.
    assert_eq!(booths.len(), 16);
    assert!(booths.iter().all(|b| b.rect.width_m == 6.0 && b.rect.height_m == 3.0));
    let mut options = FillOptions::for_layout(&layout);
    options.start = StartCorner::BottomRight;
    let scheme = NumberingScheme { start_corner: StartCorner::BottomRight, ..Default::default() };
    let booths = fill_zone(&layout, "Z1", &options, &scheme).unwrap().booths;
    assert_eq!(booths[0].rect, Rect::new(37.0, 25.0, 3.0, 3.0));
    assert_eq!(booths[0].id, "1A-001");
    // Rows down the page: across the 30 m, 3 + 3 + 6 + 3 + 6 + 3 + 3 = 27 (a double row
    // at the far edge would have no aisle), 6 rows of 6.
    let mut options = FillOptions::for_layout(&layout);
    options.direction = RowDirection::Down;
    assert_eq!(fill(&layout, &options).len(), 6 * 6);
}

#[test]
fn blocks_of_two_back_to_back_are_islands_ringed_by_aisles() {
    // Blocks of two 3 m modules, back to back: 2 × 2 islands with 3 m aisles all round.
    // Along 30 m: 3 + 3 | 3 | 3 + 3 | 3 | 3 + 3 | 3 | 3 = 30 m: 7 modules a row, 4 rows.
    let layout = thirty_by_eighteen();
    let mut options = FillOptions::for_layout(&layout);
    options.block_modules = 2;
    let booths = fill(&layout, &options);
    assert_eq!(booths.len(), 4 * 7);
    let after = with(&layout, &booths);
    assert_eq!(finding_keys(&after), Vec::<String>::new());
    // A booth of an island in the double row (y 16–22) is open on two sides: a corner booth.
    let open_sides = |b: &Booth| {
        boothplan_core::generate::side_strips(&b.rect, 3.0)
            .iter()
            .filter(|s| {
                boothplan_core::model::Rect::new(0.0, 0.0, 60.0, 40.0).contains_rect(s)
                    && after.booths.iter().all(|o| {
                        let dx = s.max_x_m().min(o.rect.max_x_m()) - s.x_m.max(o.rect.x_m);
                        let dy = s.max_y_m().min(o.rect.max_y_m()) - s.y_m.max(o.rect.y_m);
                        dx <= 0.0 || dy <= 0.0
                    })
            })
            .count()
    };
    let island: Vec<&Booth> =
        booths.iter().filter(|b| b.rect.y_m >= 16.0 && b.rect.y_m < 22.0).collect();
    assert_eq!(island.len(), 14);
    // The last module (x 37–40) stands alone in its block: open on three sides.
    for b in island {
        let expected = if b.rect.x_m == 37.0 { 3 } else { 2 };
        assert_eq!(open_sides(b), expected, "booth {} at x {}", b.id, b.rect.x_m);
    }
}

#[test]
fn mistakes_are_told_plainly() {
    let layout = thirty_by_eighteen();
    let options = FillOptions::for_layout(&layout);
    let scheme = NumberingScheme::default();
    let err = fill_zone(&layout, "Z9", &options, &scheme).unwrap_err();
    assert_eq!(err.to_string(), "there is no zone Z9 in this layout");
    let narrow = FillOptions { main_aisle_m: 2.0, ..options };
    let err = fill_zone(&layout, "Z1", &narrow, &scheme).unwrap_err();
    assert!(matches!(err, FillError::AisleTooNarrow { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "the main aisle of 2 m is narrower than the layout's 3 m minimum aisle"
    );
    let tiny = FillOptions { module_width_m: 0.001, module_depth_m: 0.001, ..options };
    let mut big = layout.clone();
    big.halls[0].outline =
        [(0.0, 0.0), (1e4, 0.0), (1e4, 1e4), (0.0, 1e4)].iter().map(|&p| p.into()).collect();
    big.zones[0].rect = Rect::new(0.0, 0.0, 1e4, 1e4);
    let err = fill_zone(&big, "Z1", &tiny, &scheme).unwrap_err();
    assert!(matches!(err, FillError::TooMany(_)), "{err}");
    let nan = FillOptions { module_width_m: f64::NAN, ..options };
    assert!(
        fill_zone(&layout, "Z1", &nan, &scheme).unwrap_err().to_string().contains("module width")
    );
}

/// With the aisle rule off (minimum aisle 0) a booth already there can have a single open side
/// left; the fill must not stand against it (found by the messy-hall property test).
#[test]
fn with_the_aisle_rule_off_a_booth_already_there_keeps_its_only_open_side() {
    use generate_support::{hall, zone};
    // An L-shaped hall; the old booth sits at the inner corner, half out of the floor, so only
    // its left side is open — towards the zone.
    let outline =
        [(0.0, 0.0), (100.0, 0.0), (100.0, 50.0), (50.0, 50.0), (50.0, 100.0), (0.0, 100.0)];
    let old = Booth {
        id: "1A-001".into(),
        hall: Some("1A".into()),
        theme: "technology".into(),
        rect: Rect::new(47.0, 50.5, 3.5, 1.0),
        status: BoothStatus::Sold,
        exhibitor: "Alibaba".into(),
    };
    let layout = Layout {
        min_aisle_m: 0.0,
        halls: vec![hall("1A", &outline)],
        zones: vec![zone("Z1", "technology", Rect::new(13.5, 25.0, 42.5, 30.0))],
        booths: vec![old],
        ..Layout::default()
    };
    let before = finding_keys(&layout);
    for (start, direction) in [
        (StartCorner::TopRight, RowDirection::Down),
        (StartCorner::TopLeft, RowDirection::Across),
        (StartCorner::BottomRight, RowDirection::Across),
    ] {
        let options = FillOptions {
            module_width_m: 4.0,
            module_depth_m: 1.5,
            back_to_back: true,
            main_aisle_m: 1.0,
            cross_aisle_m: 1.0,
            start,
            direction,
            ..FillOptions::for_layout(&layout)
        };
        let booths = fill(&layout, &options);
        assert!(!booths.is_empty());
        let after = finding_keys(&with(&layout, &booths));
        assert_eq!(after, before, "{start:?} {direction:?}: the fill raised a finding");
    }
}

/// Doors: the fill keeps their clear zones free and every booth within the straight-line exit
/// distance, so a filled hall with doors raises no egress finding.
#[test]
fn a_fill_keeps_door_clear_zones_free_and_booths_within_reach_of_an_exit() {
    use boothplan_core::model::{Exit, Point};
    // A 60 × 40 m hall, zone Z1 at (10, 10) 30 × 18 m; a 3 m door in the top wall over the
    // zone's middle (its 4 m clear zone reaches y = 4, short of the zone) and one in the left
    // wall at y 12–15, whose clear zone reaches x = 4.
    let mut layout = thirty_by_eighteen();
    layout.zones[0].rect = Rect::new(2.0, 2.0, 56.0, 36.0);
    let door = |id: &str, from: (f64, f64), to: (f64, f64)| Exit {
        id: id.into(),
        hall: Some("1A".into()),
        from: Point::new(from.0, from.1),
        to: Point::new(to.0, to.1),
    };
    layout.exits =
        vec![door("1A-E1", (25.0, 0.0), (28.0, 0.0)), door("1A-E2", (0.0, 12.0), (0.0, 15.0))];
    let options = FillOptions::for_layout(&layout);
    let booths = fill(&layout, &options);
    assert!(!booths.is_empty());
    let in_zone = |b: &Booth, zone: Rect| {
        b.rect.x_m < zone.max_x_m() - 1e-9
            && zone.x_m < b.rect.max_x_m() - 1e-9
            && b.rect.y_m < zone.max_y_m() - 1e-9
            && zone.y_m < b.rect.max_y_m() - 1e-9
    };
    for b in &booths {
        assert!(!in_zone(b, Rect::new(25.0, 0.0, 3.0, 4.0)), "{b:?} stands in E1's clear zone");
        assert!(!in_zone(b, Rect::new(0.0, 12.0, 4.0, 3.0)), "{b:?} stands in E2's clear zone");
    }
    // The hall's doors are too narrow for its area whatever stands in it (exit capacity): the
    // fill adds nothing to that.
    assert_eq!(finding_keys(&layout), ["exit-capacity 1A"]);
    assert_eq!(finding_keys(&with(&layout, &booths)), ["exit-capacity 1A"], "no new finding");
}

/// What the fire and egress rules change is counted by the fill itself, place by place, and
/// said in plain words: blocks shortened to the long-row limit, places in front of a door,
/// places beyond the exit distance (counted here by hand).
#[test]
fn a_fill_says_what_the_fire_and_egress_rules_changed() {
    use boothplan_core::model::{Exit, LimitKey, Point};
    // Zone Z1 (10, 10) 30 × 18 m gives rows at y 10–13, 16–19, 19–22 and 25–28 of ten modules
    // at x 10, 13 … 37. One 3 m door in the top wall at x 16–19.
    let mut layout = thirty_by_eighteen();
    layout.exits = vec![Exit {
        id: "1A-E1".into(),
        hall: Some("1A".into()),
        from: Point::new(16.0, 0.0),
        to: Point::new(19.0, 0.0),
    }];
    let options = FillOptions::for_layout(&layout);
    let result = fill_zone(&layout, "Z1", &options, &NumberingScheme::default()).unwrap();
    // Under GB 50016 (30 m straight line), a module's far corner must be within 30 m of the
    // door: row 19–22 loses x 37 (dx 21, dy 22: 30.4 m), row 25–28 loses x 28, 31, 34, 37
    // (dx 12, dy 28: 30.5 m). Blocks of ten 3 m modules are exactly the 30 m long-row limit.
    let rules = result.stats.rules;
    assert_eq!((rules.beyond_exit_distance, rules.exit_distance_m), (5, Some(30.0)));
    assert_eq!(
        (rules.in_front_of_doors, rules.shortened_block, rules.single_rows),
        (0, None, false)
    );
    assert_eq!(result.booths.len(), 35);
    assert_eq!(rules.notes(), ["5 places left empty beyond the 30 m exit distance"]);

    // The zone against the top wall (rows at y 0–3 …): the door's 4 m clear zone takes the one
    // module at x 16 of the first row. A 20 m long-row limit makes blocks of six.
    layout.zones[0].rect = Rect::new(10.0, 0.0, 30.0, 18.0);
    layout.rules.limits.insert(LimitKey::LongRow, 20.0);
    layout.rules.limits.insert(LimitKey::ExitDistance, 100.0);
    let result = fill_zone(&layout, "Z1", &options, &NumberingScheme::default()).unwrap();
    let rules = result.stats.rules;
    assert_eq!((rules.in_front_of_doors, rules.beyond_exit_distance), (1, 0));
    assert_eq!((rules.shortened_block, rules.long_row_m), (Some(6), Some(20.0)));
    assert_eq!(
        rules.notes(),
        [
            "Blocks shortened to 6 booths (20 m long-row limit)",
            "1 place left empty in front of doors"
        ]
    );
    assert!(result.booths.iter().all(|b| !(b.rect.x_m == 16.0 && b.rect.y_m == 0.0)));

    // Without doors the rules measure nothing and the fill says nothing.
    layout.exits.clear();
    let result = fill_zone(&layout, "Z1", &options, &NumberingScheme::default()).unwrap();
    assert!(result.stats.rules.notes().is_empty());
    assert_eq!(result.booths.len(), 40);
}
