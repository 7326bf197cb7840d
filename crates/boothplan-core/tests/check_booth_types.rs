//! Booth types (inline, corner, peninsula, island) and `no-aisle-access`: hand-made floors a
//! planner would recognise, a brute-force oracle that samples each aisle strip on a fine grid,
//! and the live check kept equal to a fresh classification while booths move.

use boothplan_core::check::{LiveCheck, Rule, Touched, booth_types, check_layout};
use boothplan_core::model::{Booth, BoothStatus, BoothType, Column, Hall, Layout, Point, Rect};
use geo::{Contains, Coord, LineString, Polygon};
use proptest::prelude::*;

use BoothType::{Corner, Inline, Island, Peninsula};

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

/// A 60 × 40 hall holding `booths`, with 3 m aisles.
fn floor(booths: Vec<Booth>) -> Layout {
    let hall = Hall::new("1A", "Hall 1A", Rect::new(0.0, 0.0, 60.0, 40.0).corners().to_vec());
    Layout { halls: vec![hall], booths, ..Layout::default() }
}

fn types_by_id(layout: &Layout) -> Vec<(String, Option<BoothType>)> {
    let types = booth_types(layout);
    layout.booths.iter().map(|b| b.id.clone()).zip(types).collect()
}

fn type_of(layout: &Layout, id: &str) -> Option<BoothType> {
    let i = layout.booths.iter().position(|b| b.id == id).unwrap();
    booth_types(layout)[i]
}

#[test]
fn a_lone_booth_is_an_island() {
    let layout = floor(vec![booth("A", 20.0, 20.0, 6.0, 6.0)]);
    assert_eq!(types_by_id(&layout), vec![("A".to_owned(), Some(Island))]);
    assert!(check_layout(&layout).is_empty());
}

#[test]
fn in_a_block_of_two_back_to_back_rows_the_row_ends_are_corners() {
    // Two rows of four 3 × 3 booths, back to back.
    let mut booths = Vec::new();
    for i in 0..4 {
        let x = 10.0 + 3.0 * f64::from(i);
        booths.push(booth(&format!("N{i}"), x, 10.0, 3.0, 3.0));
        booths.push(booth(&format!("S{i}"), x, 13.0, 3.0, 3.0));
    }
    let layout = floor(booths);
    for row in ["N", "S"] {
        assert_eq!(type_of(&layout, &format!("{row}0")), Some(Corner));
        assert_eq!(type_of(&layout, &format!("{row}1")), Some(Inline));
        assert_eq!(type_of(&layout, &format!("{row}2")), Some(Inline));
        assert_eq!(type_of(&layout, &format!("{row}3")), Some(Corner));
    }
}

#[test]
fn the_end_of_a_single_row_block_is_a_peninsula() {
    let layout = floor(vec![booth("N", 10.0, 10.0, 3.0, 3.0), booth("S", 10.0, 13.0, 3.0, 3.0)]);
    assert_eq!(type_of(&layout, "N"), Some(Peninsula));
    assert_eq!(type_of(&layout, "S"), Some(Peninsula));
}

#[test]
fn a_booth_against_a_wall_is_not_open_there() {
    // Against the top wall: three sides open. In the top-left corner: two.
    let layout = floor(vec![booth("W", 20.0, 0.0, 3.0, 3.0), booth("C", 0.0, 0.0, 3.0, 3.0)]);
    assert_eq!(type_of(&layout, "W"), Some(Peninsula));
    assert_eq!(type_of(&layout, "C"), Some(Corner));
    // A booth whose aisle would run along the wall, less than an aisle from it, is closed
    // there too: the strip in front of that side leaves the hall.
    let layout = floor(vec![booth("N", 20.0, 1.0, 3.0, 3.0)]);
    assert_eq!(type_of(&layout, "N"), Some(Peninsula));
}

#[test]
fn a_row_against_a_wall_has_corner_ends_and_inline_middles() {
    let booths = (0..3).map(|i| booth(&format!("R{i}"), 30.0 + 3.0 * f64::from(i), 37.0, 3.0, 3.0));
    let layout = floor(booths.collect());
    let got: Vec<_> = types_by_id(&layout).into_iter().map(|(_, t)| t).collect();
    assert_eq!(got, vec![Some(Corner), Some(Inline), Some(Corner)]);
}

#[test]
fn a_booth_boxed_in_has_no_aisle_access() {
    let mut booths = Vec::new();
    for (i, (dx, dy)) in (0..3).flat_map(|x| (0..3).map(move |y| (x, y))).enumerate() {
        booths.push(booth(
            &format!("B{i}"),
            10.0 + 3.0 * f64::from(dx),
            10.0 + 3.0 * f64::from(dy),
            3.0,
            3.0,
        ));
    }
    let layout = floor(booths);
    // B4 is the middle one.
    assert_eq!(type_of(&layout, "B4"), None);
    assert_eq!(type_of(&layout, "B0"), Some(Corner));
    assert_eq!(type_of(&layout, "B1"), Some(Inline));
    let findings = check_layout(&layout);
    let blocked: Vec<_> = findings.iter().filter(|f| f.rule == Rule::NoAisleAccess).collect();
    assert_eq!(blocked.len(), 1, "{findings:?}");
    assert_eq!(blocked[0].ids, vec!["B4".to_owned()]);
    assert!(blocked[0].is_error());
    assert!(blocked[0].message.contains("B4"), "{}", blocked[0].message);
}

#[test]
fn a_booth_across_a_narrow_gap_is_closed_on_that_side_but_a_column_closes_nothing() {
    let mut layout =
        floor(vec![booth("A", 10.0, 10.0, 3.0, 3.0), booth("B", 14.0, 10.0, 3.0, 3.0)]);
    assert_eq!(type_of(&layout, "A"), Some(Peninsula), "1 m to B is no aisle");
    layout.booths.pop();
    layout.columns.push(Column {
        id: "C1".into(),
        hall: Some("1A".into()),
        outline: Rect::new(13.5, 10.5, 1.0, 1.0).corners().to_vec(),
    });
    assert_eq!(type_of(&layout, "A"), Some(Island));
}

#[test]
fn booths_with_no_hall_have_no_type_and_no_access_finding() {
    let mut layout = floor(vec![booth("A", 10.0, 10.0, 3.0, 3.0)]);
    layout.booths[0].hall = None;
    assert_eq!(type_of(&layout, "A"), None);
    assert!(check_layout(&layout).iter().all(|f| f.rule != Rule::NoAisleAccess));
}

#[test]
fn the_default_expo_checks_clean_of_the_new_rule() {
    let layout = boothplan_core::sample::gdte_hangzhou();
    let findings = check_layout(&layout);
    let blocked: Vec<_> = findings.iter().filter(|f| f.rule == Rule::NoAisleAccess).collect();
    assert!(blocked.is_empty(), "{blocked:?}");
}

/// The oracle: a side is open when every sample point of its strip (cell centres of a grid
/// finer than any coordinate step the generator uses) lies strictly inside the hall and
/// strictly outside every other booth.
fn oracle(layout: &Layout) -> Vec<Option<BoothType>> {
    let hall = &layout.halls[0];
    let ring: Vec<Coord<f64>> = hall.outline.iter().map(|p| Coord { x: p.x_m, y: p.y_m }).collect();
    let polygon = Polygon::new(LineString::new(ring), vec![]);
    let a = layout.min_aisle_m;
    let inside_booth = |p: (f64, f64), b: &Booth| {
        let r = b.rect;
        p.0 > r.x_m && p.0 < r.max_x_m() && p.1 > r.y_m && p.1 < r.max_y_m()
    };
    layout
        .booths
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let r = b.rect;
            let strips = [
                Rect::new(r.x_m, r.y_m - a, r.width_m, a),
                Rect::new(r.max_x_m(), r.y_m, a, r.height_m),
                Rect::new(r.x_m, r.max_y_m(), r.width_m, a),
                Rect::new(r.x_m - a, r.y_m, a, r.height_m),
            ];
            let open = strips
                .iter()
                .filter(|s| {
                    let step = 0.125;
                    let (nx, ny) =
                        ((s.width_m / step).round() as i32, (s.height_m / step).round() as i32);
                    (0..nx).flat_map(|ix| (0..ny).map(move |iy| (ix, iy))).all(|(ix, iy)| {
                        let p = (
                            s.x_m + (f64::from(ix) + 0.5) * step,
                            s.y_m + (f64::from(iy) + 0.5) * step,
                        );
                        polygon.contains(&Coord { x: p.0, y: p.1 })
                            && layout
                                .booths
                                .iter()
                                .enumerate()
                                .all(|(j, o)| j == i || !inside_booth(p, o))
                    })
                })
                .count();
            BoothType::from_open_sides(u8::try_from(open).unwrap())
        })
        .collect()
}

fn half(n: i32) -> f64 {
    f64::from(n) * 0.5
}

prop_compose! {
    fn any_booth()(x in 0..80i32, y in 0..60i32, w in 2..9i32, h in 2..9i32) -> Rect {
        Rect::new(half(x), half(y), half(w), half(h))
    }
}

/// A hall 40 m wide, square or with a notch, and booths packed close on a half-metre grid.
fn any_floor() -> impl Strategy<Value = Layout> {
    (
        prop::collection::vec(any_booth(), 1..30),
        prop::bool::ANY,
        prop::sample::select(vec![1.5, 3.0]),
    )
        .prop_map(|(rects, notch, aisle)| {
            let outline: Vec<Point> = if notch {
                [(0.0, 0.0), (40.0, 0.0), (40.0, 20.0), (25.0, 20.0), (25.0, 30.0), (0.0, 30.0)]
                    .into_iter()
                    .map(Point::from)
                    .collect()
            } else {
                Rect::new(0.0, 0.0, 40.0, 30.0).corners().to_vec()
            };
            let booths = rects
                .into_iter()
                .enumerate()
                .map(|(i, r)| booth(&format!("1A-{i:03}"), r.x_m, r.y_m, r.width_m, r.height_m))
                .collect();
            let hall = Hall::new("1A", "1A", outline);
            Layout { halls: vec![hall], booths, min_aisle_m: aisle, ..Layout::default() }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn booth_types_match_a_grid_sampling_oracle(layout in any_floor()) {
        prop_assert_eq!(booth_types(&layout), oracle(&layout));
        let no_access: Vec<String> = check_layout(&layout)
            .into_iter()
            .filter(|f| f.rule == Rule::NoAisleAccess)
            .flat_map(|f| f.ids)
            .collect();
        let want: Vec<String> = layout
            .booths
            .iter()
            .zip(oracle(&layout))
            .filter(|(_, t)| t.is_none())
            .map(|(b, _)| b.id.clone())
            .collect();
        let mut want = want;
        want.sort();
        prop_assert_eq!(no_access, want);
    }

    #[test]
    fn while_dragging_the_live_types_stay_those_of_a_fresh_classification(
        layout in any_floor(),
        moves in prop::collection::vec((any::<prop::sample::Index>(), -8..8i32, -8..8i32), 1..8),
    ) {
        let mut layout = layout;
        let mut live = LiveCheck::new(&layout);
        for (pick, dx, dy) in moves {
            let i = pick.index(layout.booths.len());
            layout.booths[i].rect = layout.booths[i].rect.translated(half(dx), half(dy));
            live.update(&layout, &Touched::ids([layout.booths[i].id.clone()]));
            let fresh = booth_types(&layout);
            for (b, want) in layout.booths.iter().zip(&fresh) {
                prop_assert_eq!(live.booth_type(&b.id), *want, "booth {}", b.id);
            }
            let full = check_layout(&layout);
            prop_assert_eq!(live.findings(), full.as_slice());
        }
    }
}
