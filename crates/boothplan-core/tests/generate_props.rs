//! Property tests of the booth generator on random zones with random columns (and, in the
//! second property, booths already there, zones of other themes and an L-shaped hall): the
//! real check finds nothing new, every booth has an open side, numbers are unique and in the
//! scheme's order, and the count matches an independent packing oracle.

mod generate_support;

use std::collections::{BTreeSet, HashSet};

use boothplan_core::generate::{
    FillArea, FillOptions, NumberingScheme, RowDirection, StartCorner, fill_area, has_digit,
};
use boothplan_core::model::{Booth, BoothStatus, Layout, Rect};
use generate_support::{column, finding_keys, hall, has_open_side, number_of, zone};
use proptest::prelude::*;

fn half(n: i32) -> f64 {
    f64::from(n) / 2.0
}

/// The most rows a depth can hold when every row must touch an aisle inside it, by brute
/// force over every sequence of rows (depth `d`) and aisles (width `a`): the states are the
/// numbers of rows and aisles laid so far and what the sequence ends with. Back to back, two
/// rows may touch; otherwise a row stands alone between aisles.
fn rows_oracle(len: f64, d: f64, a: f64, back_to_back: bool) -> u64 {
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    enum Tail {
        Start,
        Aisle,
        /// A row with an aisle before it.
        Served,
        /// A row with no aisle before it: the next item must be an aisle.
        Waiting,
    }
    let fits = |rows: u64, aisles: u64| rows as f64 * d + aisles as f64 * a <= len + 1e-9;
    let mut seen = HashSet::new();
    let mut todo = vec![(0_u64, 0_u64, Tail::Start)];
    let mut best = 0;
    while let Some(state @ (rows, aisles, tail)) = todo.pop() {
        if !seen.insert(state) {
            continue;
        }
        if tail != Tail::Waiting {
            best = best.max(rows);
        }
        if fits(rows, aisles + 1) {
            todo.push((rows, aisles + 1, Tail::Aisle));
        }
        if fits(rows + 1, aisles) {
            match tail {
                Tail::Start => todo.push((rows + 1, aisles, Tail::Waiting)),
                Tail::Aisle => todo.push((rows + 1, aisles, Tail::Served)),
                Tail::Served if back_to_back => todo.push((rows + 1, aisles, Tail::Waiting)),
                Tail::Served | Tail::Waiting => {}
            }
        }
    }
    best
}

/// The most modules of length `w` in a row of `len` with a cross aisle `c` after every
/// `block` modules (laying them greedily is optimal: a cross aisle is owed only after a
/// full block, and putting it off never frees room).
fn along_oracle(len: f64, w: f64, block: u32, c: f64) -> u64 {
    let (mut count, mut pos, mut run) = (0, 0.0, 0);
    while pos + w <= len + 1e-9 {
        count += 1;
        pos += w;
        run += 1;
        if run == block {
            pos += c;
            run = 0;
        }
    }
    count
}

/// Settings drawn for a property: modules, aisles, blocks, corner, numbering.
#[derive(Clone, Debug)]
struct Draw {
    options: FillOptions,
    scheme: NumberingScheme,
}

fn any_draw(min_module: i32, min_aisle: f64) -> impl Strategy<Value = Draw> {
    let sizes = (min_module..=12i32, min_module..=12i32, 0..4i32, 0..4i32, 1..12u32);
    let shape = (any::<bool>(), 0..4usize, any::<bool>(), 0..3i32);
    let numbers = (any::<bool>(), prop::option::of(0..10u8), 1..200u64, 1..4u64);
    (sizes, shape, numbers).prop_map(
        move |((w, h, main, cross, block), (b2b, corner, down, clear), (oe, skip, start, step))| {
            let start_corner = StartCorner::ALL[corner];
            let direction = if down { RowDirection::Down } else { RowDirection::Across };
            let options = FillOptions {
                module_width_m: half(w),
                module_depth_m: half(h),
                block_modules: block,
                back_to_back: b2b,
                main_aisle_m: min_aisle + half(main),
                cross_aisle_m: min_aisle + half(cross),
                column_clearance_m: half(clear),
                start: start_corner,
                direction,
            };
            let scheme = NumberingScheme {
                odd_even: oe,
                skip_digit: skip,
                start,
                step,
                start_corner,
                direction,
                ..NumberingScheme::default()
            };
            Draw { options, scheme }
        },
    )
}

/// Where a booth lies seen from the start corner: (across, along), rows running along.
fn local(r: &Rect, s: &NumberingScheme) -> (f64, f64) {
    let x = if s.start_corner.from_right() { -r.max_x_m() } else { r.x_m };
    let y = if s.start_corner.from_bottom() { -r.max_y_m() } else { r.y_m };
    if s.direction == RowDirection::Across { (y, x) } else { (x, y) }
}

/// Numbers unique, none taken before, none with the skipped digit, and in the scheme's order:
/// row by row from the start corner (odd/even: along each row, each side by two steps).
fn assert_numbers(before: &Layout, new: &[Booth], s: &NumberingScheme) {
    let taken = boothplan_core::generate::taken_ids(before);
    let ids: HashSet<&str> = new.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids.len(), new.len(), "numbers repeat");
    assert!(new.iter().all(|b| !taken.contains(b.id.as_str())), "a number was taken");
    let mut order: Vec<&Booth> = new.iter().collect();
    order.sort_by(|a, b| {
        let (p, q) = (local(&a.rect, s), local(&b.rect, s));
        p.0.total_cmp(&q.0).then(p.1.total_cmp(&q.1))
    });
    let numbers: Vec<u64> = order.iter().map(|b| number_of(&b.id)).collect();
    for n in &numbers {
        assert!(!has_digit(*n, s.skip_digit), "{n} has the skipped digit");
        assert!(*n >= s.start && (n - s.start).is_multiple_of(s.step), "{n} is off the scheme");
    }
    if !s.odd_even {
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "not in reading order: {numbers:?}");
        return;
    }
    for pair in order.windows(2) {
        let (here, next) = (local(&pair[0].rect, s), local(&pair[1].rect, s));
        if here.0 == next.0 {
            let (first, second) = (number_of(&pair[0].id), number_of(&pair[1].id));
            assert!(
                second > first && (second - first).is_multiple_of(2 * s.step),
                "{first} then {second} along one side"
            );
        }
    }
}

/// Everything a fill must never do: a new finding, a booth with no way in, a bad number.
fn assert_clean(before: &Layout, new: &[Booth], s: &NumberingScheme, access_m: f64) {
    let mut after = before.clone();
    after.booths.extend_from_slice(new);
    let old: BTreeSet<String> = finding_keys(before).into_iter().collect();
    let fresh: Vec<String> =
        finding_keys(&after).into_iter().filter(|k| !old.contains(k)).collect();
    assert_eq!(fresh, Vec::<String>::new(), "the fill raised findings");
    for b in new {
        assert!(has_open_side(&after, b, access_m), "booth {} has no open side", b.id);
        assert_eq!((b.status, b.exhibitor.as_str()), (BoothStatus::Available, ""));
    }
    assert_numbers(before, new, s);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A rectangular zone in a larger hall, with columns in it. Modules of any size from 1 m,
    /// narrower than an aisle too (booths of a row touch, so rows stay full).
    ///
    /// The count is held between two bounds computed without the generator: the brute-force
    /// packing of the empty zone ([`rows_oracle`] × [`along_oracle`]) above, and that minus,
    /// for each column, every module its footprint grown by the clearance and by an aisle could
    /// meet below (a column takes out the modules it touches plus clearance; a hole narrower
    /// than an aisle costs the modules after it until the gap is an aisle wide; columns close
    /// no side). With no column the count must equal the oracle exactly.
    #[test]
    fn a_zone_with_columns_fills_cleanly_and_fully(
        (zx, zy, zw, zh) in (0..40i32, 0..40i32, 8..120i32, 8..120i32),
        cols in prop::collection::vec((0..1000u32, 0..1000u32, 1..4i32), 0..5),
        draw in any_draw(2, 3.0),
    ) {
        let rect = Rect::new(half(zx), half(zy), half(zw), half(zh));
        let mut layout = Layout {
            halls: vec![hall("1A", &[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)])],
            zones: vec![zone("Z1", "technology", rect)],
            ..Layout::default()
        };
        for (i, (fx, fy, side)) in cols.iter().enumerate() {
            let s = half(*side);
            let x = rect.x_m + (rect.width_m - s) * f64::from(*fx) / 1000.0;
            let y = rect.y_m + (rect.height_m - s) * f64::from(*fy) / 1000.0;
            layout.columns.push(column(&format!("C{i}"), Rect::new(x, y, s, s)));
        }
        let area = FillArea::of_zone(&layout.zones[0]).unwrap();
        let fill = fill_area(&layout, &area, &draw.options, &draw.scheme).unwrap();
        assert_clean(&layout, &fill.booths, &draw.scheme, 3.0);

        let o = &draw.options;
        let (along, depth, mu, mv) = match o.direction {
            RowDirection::Across => (rect.width_m, rect.height_m, o.module_width_m, o.module_depth_m),
            RowDirection::Down => (rect.height_m, rect.width_m, o.module_depth_m, o.module_width_m),
        };
        let empty = rows_oracle(depth, mv, o.main_aisle_m, o.back_to_back)
            * along_oracle(along, mu, o.block_modules, o.cross_aisle_m);
        let reach = |side: f64, module: f64| {
            ((side + 2.0 * o.column_clearance_m + layout.min_aisle_m) / module).ceil() as u64 + 1
        };
        let loss: u64 = layout.columns.iter().map(|c| {
            let b = c.bounds().unwrap();
            reach(b.width_m, o.module_width_m) * reach(b.height_m, o.module_depth_m)
        }).sum();
        let count = fill.booths.len() as u64;
        prop_assert!(count <= empty, "{count} booths, but only {empty} fit an empty zone");
        prop_assert!(count + loss >= empty, "{count} booths; {empty} fit, columns cost ≤ {loss}");
        if layout.columns.is_empty() {
            prop_assert_eq!(count, empty);
        }
        prop_assert_eq!(fill.stats.booths, fill.booths.len());
    }

    /// A messy hall: L-shaped, with booths already standing (some in the zone), a zone of
    /// another theme across ours, columns and doors anywhere, modules of any size and any
    /// minimum aisle (0 turns the aisle rule off). Whatever the fill keeps, the check finds
    /// nothing new.
    #[test]
    fn a_messy_hall_gets_no_new_finding(
        (zx, zy, zw, zh) in (0..120i32, 0..120i32, 4..100i32, 4..100i32),
        cols in prop::collection::vec((0..200i32, 0..200i32, 1..4i32), 0..8),
        olds in prop::collection::vec((0..200i32, 0..200i32, 2..12i32, 2..12i32), 0..12),
        other in prop::option::of((0..200i32, 0..200i32, 4..60i32, 4..60i32)),
        min_aisle in 0..8i32,
        draw in any_draw(2, 0.0),
        doors in prop::collection::vec((0..6usize, 0..100i32, 2..8i32), 0..4),
    ) {
        let min_aisle = half(min_aisle);
        let mut draw = draw;
        draw.options.main_aisle_m += min_aisle;
        draw.options.cross_aisle_m += min_aisle;
        if min_aisle == 0.0 {
            draw.options.main_aisle_m += 1.0;
            draw.options.cross_aisle_m += 1.0;
        }
        let mut layout = Layout {
            min_aisle_m: min_aisle,
            halls: vec![hall("1A", &[(0.0, 0.0), (100.0, 0.0), (100.0, 50.0), (50.0, 50.0), (50.0, 100.0), (0.0, 100.0)])],
            zones: vec![zone("Z1", "technology", Rect::new(half(zx), half(zy), half(zw), half(zh)))],
            ..Layout::default()
        };
        if let Some((x, y, w, h)) = other {
            layout.zones.push(zone("Z2", "logistics", Rect::new(half(x), half(y), half(w), half(h))));
        }
        for (i, (x, y, s)) in cols.iter().enumerate() {
            layout.columns.push(column(&format!("C{i}"), Rect::new(half(*x), half(*y), half(*s), half(*s))));
        }
        for (i, (x, y, w, h)) in olds.iter().enumerate() {
            layout.booths.push(Booth {
                id: format!("1A-{:03}", i * 7 + 1),
                hall: Some("1A".into()),
                theme: "technology".into(),
                rect: Rect::new(half(*x), half(*y), half(*w), half(*h)),
                status: BoothStatus::Sold,
                exhibitor: "Alibaba".into(),
            });
        }
        // Doors anywhere on the walls (their clear zones and the distance to them are rules
        // too); none at all leaves the egress rules silent.
        let corners = layout.halls[0].outline.clone();
        for (i, (wall, at, width)) in doors.iter().enumerate() {
            let (a, b) = (corners[*wall], corners[(wall + 1) % corners.len()]);
            let length = (b.x_m - a.x_m).hypot(b.y_m - a.y_m);
            let (width, at) = (f64::from(*width) / 2.0, half(*at).min(length - 4.0).max(0.0));
            let point = |d: f64| boothplan_core::model::Point::new(
                a.x_m + (b.x_m - a.x_m) * d / length,
                a.y_m + (b.y_m - a.y_m) * d / length,
            );
            layout.exits.push(boothplan_core::model::Exit {
                id: format!("1A-E{i}"),
                hall: Some("1A".into()),
                from: point(at),
                to: point(at + width),
            });
        }
        let area = FillArea::of_zone(&layout.zones[0]).unwrap();
        let fill = fill_area(&layout, &area, &draw.options, &draw.scheme).unwrap();
        let access = if min_aisle > 0.0 { min_aisle } else { draw.options.main_aisle_m };
        assert_clean(&layout, &fill.booths, &draw.scheme, access);
    }
}
