//! Numbering schemes on filled zones: odd and even across an aisle, a skipped digit, numbers
//! that never collide with the layout's, renumbering, and patterns typed wrong.

mod generate_support;

use boothplan_core::generate::{
    FillOptions, NumberPattern, NumberingScheme, booths_in_hall, fill_zone, renumber,
};
use boothplan_core::io::export::csv::booth_csv;
use boothplan_core::model::{Booth, BoothStatus, Layout, Rect};
use generate_support::{number_of, thirty_by_eighteen};

fn ids(layout: &Layout, scheme: &NumberingScheme) -> Vec<String> {
    let options = FillOptions::for_layout(layout);
    let fill = fill_zone(layout, &layout.zones[0].id, &options, scheme).unwrap();
    fill.booths.into_iter().map(|b| b.id).collect()
}

#[test]
fn odd_numbers_on_one_side_of_an_aisle_and_even_on_the_other() {
    // Rows at y 10 and 16 face the first aisle, rows at 19 and 25 the second.
    let layout = thirty_by_eighteen();
    let scheme = NumberingScheme { odd_even: true, ..Default::default() };
    let fill = fill_zone(&layout, "Z1", &FillOptions::for_layout(&layout), &scheme).unwrap();
    let row = |y: f64| -> Vec<u64> {
        let mut r: Vec<_> = fill.booths.iter().filter(|b| b.rect.y_m == y).collect();
        r.sort_by(|a, b| a.rect.x_m.total_cmp(&b.rect.x_m));
        r.iter().map(|b| number_of(&b.id)).collect()
    };
    assert_eq!(row(10.0), (0..10).map(|k| 1 + 2 * k).collect::<Vec<_>>());
    assert_eq!(row(16.0), (0..10).map(|k| 2 + 2 * k).collect::<Vec<_>>());
    assert_eq!(row(19.0), (0..10).map(|k| 21 + 2 * k).collect::<Vec<_>>());
    assert_eq!(row(25.0), (0..10).map(|k| 22 + 2 * k).collect::<Vec<_>>());
}

#[test]
fn numbers_with_a_four_are_left_out() {
    let layout = thirty_by_eighteen();
    let scheme = NumberingScheme { skip_digit: Some(4), start: 1, ..Default::default() };
    let got = ids(&layout, &scheme);
    assert_eq!(&got[..5], ["1A-001", "1A-002", "1A-003", "1A-005", "1A-006"]);
    assert!(got.iter().all(|id| !id.contains('4')), "{got:?}");
    // 40 booths from 1 without a 4: 1–3, 5–13, 15–23, 25–33, 35–39, 50–53, 55.
    assert_eq!(got.last().map(String::as_str), Some("1A-055"));
}

#[test]
fn start_step_zone_and_numbers_already_taken() {
    let mut layout = thirty_by_eighteen();
    layout.zones[0].id = "1A-T".into();
    let pattern = NumberPattern::parse("{zone}{n}").unwrap();
    let scheme = NumberingScheme { pattern, start: 100, step: 10, ..Default::default() };
    let got = ids(&layout, &scheme);
    assert_eq!(&got[..3], ["1A-T100", "1A-T110", "1A-T120"]);
    // A booth elsewhere already carries 1A-T110 (and a column 1A-T120): both are passed over.
    let b = boothplan_core::model::Booth {
        id: "1A-T110".into(),
        hall: Some("1A".into()),
        theme: "technology".into(),
        rect: boothplan_core::model::Rect::new(50.0, 30.0, 3.0, 3.0),
        status: boothplan_core::model::BoothStatus::Sold,
        exhibitor: "Hikvision".into(),
    };
    layout.booths.push(b);
    layout.columns.push(generate_support::column(
        "1A-T120",
        boothplan_core::model::Rect::new(1.0, 1.0, 0.5, 0.5),
    ));
    let got = ids(&layout, &scheme);
    assert_eq!(&got[..3], ["1A-T100", "1A-T130", "1A-T140"]);
}

#[test]
fn renumbering_a_hall_follows_the_scheme_and_frees_old_numbers() {
    let mut layout = thirty_by_eighteen();
    let fill =
        fill_zone(&layout, "Z1", &FillOptions::for_layout(&layout), &NumberingScheme::default())
            .unwrap();
    layout.booths = fill.booths;
    let all = booths_in_hall(&layout, "1A");
    assert_eq!(all.len(), 40);
    let pattern = NumberPattern::parse("T{n:02}").unwrap();
    let scheme = NumberingScheme { pattern, odd_even: true, ..Default::default() };
    let new = renumber(&layout, &all, &scheme).unwrap();
    let at = |x: f64, y: f64| {
        let i = layout.booths.iter().position(|b| b.rect.x_m == x && b.rect.y_m == y).unwrap();
        new[all.iter().position(|&j| j == i).unwrap()].clone()
    };
    assert_eq!(
        (at(10.0, 10.0), at(13.0, 10.0), at(10.0, 16.0)),
        ("T01".into(), "T03".into(), "T02".into())
    );
    // Renumbering again with the default scheme hands back the numbers the fill gave: the
    // booths' own old numbers do not count as taken.
    let again = renumber(&layout, &all, &NumberingScheme::default()).unwrap();
    let old: Vec<String> = all.iter().map(|&i| layout.booths[i].id.clone()).collect();
    assert_eq!(again, old);
}

#[test]
fn zone_in_a_number_and_in_the_csv_is_the_zone_of_the_booths_own_hall() {
    // Hall 1B's zone ZB lies over hall 1A's zone Z1 (listed first); the booth stands in 1B.
    let mut layout = thirty_by_eighteen();
    let mut hall_b = layout.halls[0].clone();
    hall_b.id = "1B".into();
    layout.halls.push(hall_b);
    let mut zone_b = layout.zones[0].clone();
    (zone_b.id, zone_b.hall, zone_b.rect) =
        ("ZB".into(), Some("1B".into()), Rect::new(5.0, 5.0, 40.0, 30.0));
    layout.zones.push(zone_b);
    layout.booths.push(Booth {
        id: "X".into(),
        hall: Some("1B".into()),
        theme: "technology".into(),
        rect: Rect::new(12.0, 12.0, 3.0, 3.0),
        status: BoothStatus::Available,
        exhibitor: String::new(),
    });
    let pattern = NumberPattern::parse("{zone}-{n}").unwrap();
    let scheme = NumberingScheme { pattern, ..Default::default() };
    assert_eq!(renumber(&layout, &[0], &scheme).unwrap(), ["ZB-1"]);
    let csv = String::from_utf8(booth_csv(&layout, None).unwrap()).unwrap();
    let row = csv.lines().nth(1).unwrap();
    assert!(row.starts_with("X,1B,ZB,"), "{row}");
}

#[test]
fn a_pattern_typed_wrong_says_where() {
    let e = NumberPattern::parse("{hall}-{num:03}").unwrap_err();
    assert_eq!(
        e.to_string(),
        "numbering pattern `{hall}-{num:03}`, column 9: unknown field `{num:03}`: expected \
         `{hall}`, `{zone}`, `{n}` or `{n:03}`"
    );
    let scheme = NumberingScheme { step: 0, ..Default::default() };
    let layout = thirty_by_eighteen();
    let err = fill_zone(&layout, "Z1", &FillOptions::for_layout(&layout), &scheme).unwrap_err();
    assert_eq!(err.to_string(), "the numbering step must be 1 or more");
    let hopeless =
        NumberingScheme { start: 1, step: 10, skip_digit: Some(1), ..Default::default() };
    let err = fill_zone(&layout, "Z1", &FillOptions::for_layout(&layout), &hopeless).unwrap_err();
    assert!(err.to_string().contains("runs out of numbers"), "{err}");
}
