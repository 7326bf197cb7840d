//! Property tests: the R-tree check against a brute-force all-pairs `geo` oracle, and the
//! incremental check against a fresh full check after random edits.

use std::collections::BTreeMap;

use boothplan_core::check::{
    AREA_EPSILON_M2, Finding, LiveCheck, Rule, Touched, booth_types, check_layout,
};
use boothplan_core::model::{Booth, BoothStatus, Column, Hall, Layout, Point, Rect, Zone};
use geo::{Area, BooleanOps, BoundingRect, Distance, Euclidean, LineString, Polygon, Relate};
use proptest::prelude::*;

const THEMES: [&str; 4] = ["digital-content", "technology", "logistics", "cross-border-trade"];

fn hall(id: &str, outline: &[(f64, f64)]) -> Hall {
    Hall::new(id, id, outline.iter().map(|&p| p.into()).collect())
}

/// An L-shaped hall, a square hall sharing part of its wall, and a triangle with a diagonal wall.
fn halls() -> Vec<Hall> {
    vec![
        hall(
            "L",
            &[(0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (30.0, 30.0), (30.0, 60.0), (0.0, 60.0)],
        ),
        hall("S", &[(60.0, 0.0), (120.0, 0.0), (120.0, 60.0), (60.0, 60.0)]),
        hall("T", &[(0.0, 60.0), (60.0, 60.0), (0.0, 120.0)]),
    ]
}

fn booth(id: String, hall: &str, theme: usize, rect: Rect) -> Booth {
    Booth {
        id,
        hall: Some(hall.into()),
        theme: THEMES[theme % 4].into(),
        rect,
        status: BoothStatus::Available,
        exhibitor: String::new(),
    }
}

/// Half-metre steps: shared areas are 0 or at least 0.25 m², aisles 0 or at least 0.5 m, so
/// the oracle's floating point cannot land on a threshold.
fn half(n: i32) -> f64 {
    f64::from(n) / 2.0
}

prop_compose! {
    fn any_rect()(x in -20..250i32, y in -20..250i32, w in 1..18i32, h in 1..18i32) -> Rect {
        Rect::new(half(x), half(y), half(w), half(h))
    }
}

/// Booths scattered, packed edge to edge in a block, duplicated and nested.
fn any_layout() -> impl Strategy<Value = Layout> {
    let scattered = prop::collection::vec((any_rect(), 0..4usize, 0..4usize), 0..40);
    let block = (0..200i32, 0..200i32, 1..6usize, 1..6usize, 1..4i32);
    let copies = prop::collection::vec((any::<prop::sample::Index>(), 0..4u8), 0..8);
    let columns = prop::collection::vec((0..240i32, 0..240i32, 1..4i32), 0..10);
    let zones = prop::collection::vec((any_rect(), 0..4usize), 0..5);
    (scattered, block, copies, columns, zones).prop_map(
        |(scattered, block, copies, columns, zones)| {
            let hall_ids = ["L", "S", "T", "NOPE"];
            let mut booths = Vec::new();
            for (i, (rect, h, t)) in scattered.into_iter().enumerate() {
                let h = if h == 3 && i % 3 != 0 { 0 } else { h };
                booths.push(booth(format!("B{i:03}"), hall_ids[h], t, rect));
            }
            let (bx, by, cols, rows, modules) = block;
            for r in 0..rows {
                for c in 0..cols {
                    let side = f64::from(modules) * 1.5;
                    let rect = Rect::new(
                        half(bx) + side * c as f64,
                        half(by) + side * r as f64,
                        side,
                        side,
                    );
                    let hall = if bx < 120 { "L" } else { "S" };
                    booths.push(booth(format!("P{r}{c}"), hall, 1, rect));
                }
            }
            let originals = booths.len();
            for (k, (pick, how)) in copies.into_iter().enumerate() {
                if originals == 0 {
                    break;
                }
                let mut b = booths[pick.index(originals)].clone();
                if how != 3 {
                    // 3: a second booth with the same number, the classic double booking.
                    b.id = format!("D{k:02}");
                }
                if how == 1 {
                    b.rect =
                        Rect::new(b.rect.x_m + 0.5, b.rect.y_m, b.rect.width_m, b.rect.height_m);
                } else if how == 2 && b.rect.width_m > 1.0 && b.rect.height_m > 1.0 {
                    b.rect = Rect::new(
                        b.rect.x_m + 0.5,
                        b.rect.y_m + 0.5,
                        b.rect.width_m - 1.0,
                        b.rect.height_m - 1.0,
                    );
                }
                booths.push(b);
            }
            let columns = columns
                .into_iter()
                .enumerate()
                .map(|(i, (x, y, s))| {
                    Column::square(format!("C{i}"), "L", Point::new(half(x), half(y)), half(s))
                })
                .collect();
            let zones = zones
                .into_iter()
                .enumerate()
                .map(|(i, (rect, t))| Zone {
                    // Zone 3 shares its id with a hall: ids are unique across every kind.
                    id: if i == 3 { "S".to_owned() } else { format!("Z{i}") },
                    hall: Some("L".into()),
                    theme: THEMES[t].into(),
                    name: String::new(),
                    rect: Rect::new(rect.x_m, rect.y_m, rect.width_m * 3.0, rect.height_m * 3.0),
                })
                .collect();
            Layout { halls: halls(), booths, columns, zones, ..Layout::default() }
        },
    )
}

fn polygon(points: impl IntoIterator<Item = Point>) -> Polygon<f64> {
    Polygon::new(
        LineString::from(points.into_iter().map(|p| (p.x_m, p.y_m)).collect::<Vec<_>>()),
        vec![],
    )
}

fn rect_polygon(r: &Rect) -> Polygon<f64> {
    polygon(r.corners())
}

type Found = BTreeMap<(Vec<String>, usize), Option<f64>>;

/// Findings of one rule as ids → area, numbered so duplicate id pairs stay apart.
fn by_ids(findings: impl IntoIterator<Item = (Vec<String>, Option<f64>)>) -> Found {
    let mut out = Found::new();
    for (ids, area) in findings {
        let n = out.keys().filter(|(k, _)| *k == ids).count();
        out.insert((ids, n), area);
    }
    out
}

fn rule_of(findings: &[Finding], rule: Rule) -> Found {
    by_ids(findings.iter().filter(|f| f.rule == rule).map(|f| (f.ids.clone(), f.area_m2)))
}

fn sorted(a: &str, b: &str) -> Vec<String> {
    let mut v = vec![a.to_owned(), b.to_owned()];
    v.sort();
    v
}

/// `outside-hall` by `geo`: the hall's `covers` relation, the area of the difference.
fn outside_oracle(
    layout: &Layout,
    id: &str,
    hall: &str,
    rect: &Rect,
) -> Option<(Vec<String>, Option<f64>)> {
    let Some(h) = layout.halls.iter().find(|h| h.id == hall) else {
        return Some((vec![id.to_owned()], None));
    };
    let (hall, spot) = (polygon(h.outline.iter().copied()), rect_polygon(rect));
    (!hall.relate(&spot).is_covers())
        .then(|| (vec![id.to_owned()], Some(spot.difference(&hall).unsigned_area())))
}

/// The brute-force oracle: every pair, `geo` predicates and areas.
fn oracle(layout: &Layout) -> BTreeMap<Rule, Found> {
    let booths: Vec<&Booth> = layout.booths.iter().collect();
    let polys: Vec<Polygon<f64>> = booths.iter().map(|b| rect_polygon(&b.rect)).collect();
    let (mut overlaps, mut aisles, mut outside, mut on_column) = (vec![], vec![], vec![], vec![]);
    for i in 0..booths.len() {
        for j in i + 1..booths.len() {
            let shared = polys[i].intersection(&polys[j]).unsigned_area();
            if shared > AREA_EPSILON_M2 {
                overlaps.push((sorted(&booths[i].id, &booths[j].id), Some(shared)));
            }
            let (a, b) = (polys[i].bounding_rect().unwrap(), polys[j].bounding_rect().unwrap());
            let facing_x = a.max().x.min(b.max().x) - a.min().x.max(b.min().x) > 0.0;
            let facing_y = a.max().y.min(b.max().y) - a.min().y.max(b.min().y) > 0.0;
            let gap = Euclidean.distance(&polys[i], &polys[j]);
            if booths[i].hall == booths[j].hall
                && (facing_x != facing_y)
                && gap > 0.0
                && gap < layout.min_aisle_m
                && !gap_filled(&polys, i, j, facing_x)
            {
                aisles.push((sorted(&booths[i].id, &booths[j].id), None));
            }
        }
        outside.extend(outside_oracle(
            layout,
            &booths[i].id,
            booths[i].hall.as_deref().unwrap_or_default(),
            &booths[i].rect,
        ));
        for c in &layout.columns {
            let shared = polys[i].intersection(&polygon(c.outline.iter().copied())).unsigned_area();
            if shared > AREA_EPSILON_M2 {
                on_column.push((sorted(&booths[i].id, &c.id), Some(shared)));
            }
        }
    }
    for z in &layout.zones {
        outside.extend(outside_oracle(
            layout,
            &z.id,
            z.hall.as_deref().unwrap_or_default(),
            &z.rect,
        ));
    }
    BTreeMap::from([
        (Rule::BoothOverlap, by_ids(overlaps)),
        (Rule::NarrowAisle, by_ids(aisles)),
        (Rule::OutsideHall, by_ids(outside)),
        (Rule::OnColumn, by_ids(on_column)),
        (Rule::ZoneOverlap, by_ids(zone_overlap_oracle(layout))),
        (Rule::ThemeMismatch, by_ids(theme_mismatch_oracle(layout))),
        (Rule::DuplicateId, by_ids(duplicate_id_oracle(layout))),
    ])
}

/// Whether a third booth shares area with what lies between booths `i` and `j` (facing each
/// other across x when `facing_x`): their joint bounding box cut down to the stretch where they
/// face each other, less the two booths themselves, by `geo`'s boolean operations.
fn gap_filled(polys: &[Polygon<f64>], i: usize, j: usize, facing_x: bool) -> bool {
    let (a, b) = (polys[i].bounding_rect().unwrap(), polys[j].bounding_rect().unwrap());
    let (lo, hi) = (a.min().x.min(b.min().x), a.max().x.max(b.max().x));
    let (bottom, top) = (a.min().y.min(b.min().y), a.max().y.max(b.max().y));
    let (x0, x1, y0, y1) = if facing_x {
        (a.min().x.max(b.min().x), a.max().x.min(b.max().x), bottom, top)
    } else {
        (lo, hi, a.min().y.max(b.min().y), a.max().y.min(b.max().y))
    };
    let span = rect_polygon(&Rect::new(x0, y0, x1 - x0, y1 - y0));
    let between = span.difference(&polys[i]).difference(&polys[j]);
    polys
        .iter()
        .enumerate()
        .any(|(k, p)| k != i && k != j && between.intersection(p).unsigned_area() > AREA_EPSILON_M2)
}

/// `zone-overlap` by `geo`: every pair of zones, the area of their intersection.
fn zone_overlap_oracle(layout: &Layout) -> Vec<(Vec<String>, Option<f64>)> {
    let zones = &layout.zones;
    let mut found = Vec::new();
    for (i, a) in zones.iter().enumerate() {
        for b in &zones[i + 1..] {
            let shared = rect_polygon(&a.rect).intersection(&rect_polygon(&b.rect)).unsigned_area();
            if shared > AREA_EPSILON_M2 {
                found.push((sorted(&a.id, &b.id), Some(shared)));
            }
        }
    }
    found
}

/// `theme-mismatch` by `geo`: every booth that a zone of another theme covers.
fn theme_mismatch_oracle(layout: &Layout) -> Vec<(Vec<String>, Option<f64>)> {
    let mut found = Vec::new();
    for b in &layout.booths {
        for z in &layout.zones {
            if z.theme != b.theme
                && rect_polygon(&z.rect).relate(&rect_polygon(&b.rect)).is_covers()
            {
                found.push((sorted(&b.id, &z.id), None));
            }
        }
    }
    found
}

/// `duplicate-id` by counting: one finding for each id that more than one object carries.
fn duplicate_id_oracle(layout: &Layout) -> Vec<(Vec<String>, Option<f64>)> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    let ids = (layout.halls.iter().map(|h| h.id.as_str()))
        .chain(layout.columns.iter().map(|c| c.id.as_str()))
        .chain(layout.zones.iter().map(|z| z.id.as_str()))
        .chain(layout.booths.iter().map(|b| b.id.as_str()));
    for id in ids {
        *count.entry(id).or_default() += 1;
    }
    count.into_iter().filter(|&(_, n)| n > 1).map(|(id, _)| (vec![id.to_owned()], None)).collect()
}

/// Same pairs, same areas (to `geo`'s precision: its boolean operations snap coordinates to a
/// fixed grid, so a sliver along a long edge 100 m from the origin can be off by a few
/// millionths of a square metre whatever its own size; 10 mm² of slack, far below anything a
/// planner would see, and still relative for large areas).
fn same_areas(rule: Rule, got: &Found, want: &Found) -> Result<(), TestCaseError> {
    let keys = |f: &Found| f.keys().cloned().collect::<Vec<_>>();
    prop_assert_eq!(keys(got), keys(want), "{} pairs differ", rule);
    for (k, a) in got {
        let b = want[k];
        match (a, b) {
            (Some(a), Some(b)) => {
                prop_assert!(
                    (a - b).abs() < 1e-5 * (1.0 + b.abs()),
                    "{} {:?}: {} vs {}",
                    rule,
                    k,
                    a,
                    b
                );
            }
            (a, b) => prop_assert_eq!(*a, b, "{} {:?}", rule, k),
        }
    }
    Ok(())
}

/// Booths, zones and columns anywhere, at any float coordinates (not on a half-metre grid), so
/// that closed-form rectangle arithmetic is held to `geo` where it cannot be exact by luck.
fn any_off_grid_layout() -> impl Strategy<Value = Layout> {
    let rect = (-20.0..125.0f64, -20.0..125.0f64, 0.1..12.0f64, 0.1..12.0f64)
        .prop_map(|(x, y, w, h)| Rect::new(x, y, w, h));
    let booths = prop::collection::vec((rect.clone(), 0..3usize, 0..4usize), 0..40);
    let zones = prop::collection::vec((rect, 0..4usize), 0..6);
    let columns = prop::collection::vec((0.0..120.0f64, 0.0..120.0f64, 0.2..2.0f64), 0..8);
    (booths, zones, columns).prop_map(|(booths, zones, columns)| {
        let hall_ids = ["L", "S", "T"];
        Layout {
            halls: halls(),
            booths: (booths.into_iter().enumerate())
                .map(|(i, (r, h, t))| booth(format!("B{i:03}"), hall_ids[h], t, r))
                .collect(),
            zones: (zones.into_iter().enumerate())
                .map(|(i, (r, t))| Zone {
                    id: format!("Z{i}"),
                    hall: Some("L".into()),
                    theme: THEMES[t].into(),
                    name: String::new(),
                    rect: Rect::new(r.x_m, r.y_m, r.width_m * 3.0, r.height_m * 3.0),
                })
                .collect(),
            columns: (columns.into_iter().enumerate())
                .map(|(i, (x, y, s))| Column::square(format!("C{i}"), "L", Point::new(x, y), s))
                .collect(),
            ..Layout::default()
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn off_grid_coordinates_find_what_brute_force_finds(layout in any_off_grid_layout()) {
        let findings = check_layout(&layout);
        for (rule, want) in &oracle(&layout) {
            same_areas(*rule, &rule_of(&findings, *rule), want)?;
        }
    }

    #[test]
    fn r_tree_check_finds_exactly_what_brute_force_finds(layout in any_layout()) {
        let findings = check_layout(&layout);
        let oracle = oracle(&layout);
        for (rule, want) in &oracle {
            same_areas(*rule, &rule_of(&findings, *rule), want)?;
        }
        // Zones never count towards booth rules, and the live check agrees from the start.
        let live = LiveCheck::new(&layout);
        prop_assert_eq!(live.findings(), findings.as_slice());
    }
}

/// One edit a planner can make, as the editor would report it.
#[derive(Clone, Debug)]
enum Edit {
    Move(prop::sample::Index, i32, i32),
    Resize(prop::sample::Index, i32, i32),
    Add(Rect, usize),
    Remove(prop::sample::Index),
    Rename(prop::sample::Index, u8),
    Retheme(prop::sample::Index, usize),
    MoveZone(prop::sample::Index, i32, i32),
    RethemeZone(prop::sample::Index, usize),
    ChangeAisle(i32),
    /// Drags vertex `.1` of hall `.0` by half-metre steps (may make the outline invalid).
    MoveHallVertex(prop::sample::Index, prop::sample::Index, i32, i32),
    /// Gives a hall another id from a small pool (existing halls', a column's, a booth's).
    RenameHall(prop::sample::Index, u8),
    /// Removes a hall, or puts back a square one under a pooled id.
    RemoveHall(prop::sample::Index),
    AddHall(i32, i32, i32, u8),
    MoveColumn(prop::sample::Index, i32, i32),
    AddColumn(i32, i32, i32),
    RemoveColumn(prop::sample::Index),
    RenameColumn(prop::sample::Index, u8),
}

/// Ids halls and columns are renamed to: each other's, a zone's, a booth's, a missing hall's.
const VENUE_IDS: [&str; 8] = ["L", "S", "T", "NOPE", "C0", "C1", "Z0", "B001"];

fn any_edit() -> impl Strategy<Value = Edit> {
    let idx = any::<prop::sample::Index>;
    prop_oneof![
        4 => (idx(), -8..8i32, -8..8i32).prop_map(|(i, x, y)| Edit::Move(i, x, y)),
        2 => (idx(), -3..4i32, -3..4i32).prop_map(|(i, w, h)| Edit::Resize(i, w, h)),
        2 => (any_rect(), 0..4usize).prop_map(|(r, h)| Edit::Add(r, h)),
        2 => idx().prop_map(Edit::Remove),
        2 => (idx(), prop_oneof![0..60u8, 58..60u8]).prop_map(|(i, n)| Edit::Rename(i, n)),
        1 => (idx(), 0..4usize).prop_map(|(i, t)| Edit::Retheme(i, t)),
        1 => (idx(), -8..8i32, -8..8i32).prop_map(|(i, x, y)| Edit::MoveZone(i, x, y)),
        1 => (idx(), 0..4usize).prop_map(|(i, t)| Edit::RethemeZone(i, t)),
        1 => (2..8i32).prop_map(Edit::ChangeAisle),
        3 => (idx(), idx(), -20..20i32, -20..20i32)
            .prop_map(|(h, v, x, y)| Edit::MoveHallVertex(h, v, x, y)),
        1 => (idx(), 0..8u8).prop_map(|(h, k)| Edit::RenameHall(h, k)),
        1 => idx().prop_map(Edit::RemoveHall),
        1 => (0..200i32, 0..200i32, 10..120i32, 0..8u8)
            .prop_map(|(x, y, s, k)| Edit::AddHall(x, y, s, k)),
        3 => (idx(), -8..8i32, -8..8i32).prop_map(|(c, x, y)| Edit::MoveColumn(c, x, y)),
        2 => (0..240i32, 0..240i32, 1..6i32).prop_map(|(x, y, s)| Edit::AddColumn(x, y, s)),
        1 => idx().prop_map(Edit::RemoveColumn),
        1 => (idx(), 0..8u8).prop_map(|(c, k)| Edit::RenameColumn(c, k)),
    ]
}

/// Applies `edit`, returning what it touched.
fn apply(layout: &mut Layout, edit: &Edit, serial: &mut usize) -> Touched {
    if let Some(touched) = apply_venue(layout, edit) {
        return touched;
    }
    let n = layout.booths.len();
    let nz = layout.zones.len();
    match edit {
        Edit::Add(rect, h) => {
            *serial += 1;
            let id = format!("N{serial}");
            layout.booths.push(booth(id.clone(), ["L", "S", "T", "NOPE"][*h], *serial, *rect));
            return Touched::ids([id]);
        }
        Edit::ChangeAisle(a) => {
            layout.min_aisle_m = half(*a);
            return Touched::everything();
        }
        Edit::MoveZone(i, dx, dy) if nz > 0 => {
            let z = &mut layout.zones[i.index(nz)];
            z.rect = z.rect.translated(half(*dx), half(*dy));
            return Touched::ids([z.id.clone()]);
        }
        Edit::RethemeZone(i, t) if nz > 0 => {
            let z = &mut layout.zones[i.index(nz)];
            z.theme = THEMES[*t].into();
            return Touched::ids([z.id.clone()]);
        }
        _ if n == 0 => return Touched::default(),
        _ => {}
    }
    match edit {
        Edit::Move(i, dx, dy) => {
            let b = &mut layout.booths[i.index(n)];
            b.rect = b.rect.translated(half(*dx), half(*dy));
            Touched::ids([b.id.clone()])
        }
        Edit::Resize(i, dw, dh) => {
            let b = &mut layout.booths[i.index(n)];
            b.rect = Rect::new(
                b.rect.x_m,
                b.rect.y_m,
                b.rect.width_m + half(*dw),
                b.rect.height_m + half(*dh),
            );
            Touched::ids([b.id.clone()])
        }
        Edit::Remove(i) => Touched::ids([layout.booths.remove(i.index(n)).id]),
        Edit::Rename(i, k) => {
            // Small pool of names: renames collide with existing ids (duplicates) on purpose.
            // Now and then to a zone's or a hall's id: duplicates across kinds.
            let name = match k {
                58 => "L".to_owned(),
                59 => "Z0".to_owned(),
                _ => format!("B{k:03}"),
            };
            let b = &mut layout.booths[i.index(n)];
            let old = std::mem::replace(&mut b.id, name);
            Touched::ids([old, b.id.clone()])
        }
        Edit::Retheme(i, t) => {
            let b = &mut layout.booths[i.index(n)];
            b.theme = THEMES[*t].into();
            Touched::ids([b.id.clone()])
        }
        _ => Touched::default(),
    }
}

/// Applies an edit of halls or columns, returning what it touched (`None` for other edits).
fn apply_venue(layout: &mut Layout, edit: &Edit) -> Option<Touched> {
    let (nh, nc) = (layout.halls.len(), layout.columns.len());
    Some(match edit {
        Edit::MoveHallVertex(h, v, dx, dy) if nh > 0 => {
            let hall = &mut layout.halls[h.index(nh)];
            let n = hall.outline.len();
            if n > 0 {
                let p = &mut hall.outline[v.index(n)];
                *p = Point::new(p.x_m + half(*dx), p.y_m + half(*dy));
            }
            Touched::halls([hall.id.clone()])
        }
        Edit::RenameHall(h, k) if nh > 0 => {
            let hall = &mut layout.halls[h.index(nh)];
            let old = std::mem::replace(&mut hall.id, VENUE_IDS[*k as usize].to_owned());
            Touched::halls([old, hall.id.clone()])
        }
        Edit::RemoveHall(h) if nh > 0 => Touched::halls([layout.halls.remove(h.index(nh)).id]),
        Edit::AddHall(x, y, side, k) => {
            let (x, y, s) = (half(*x), half(*y), half(*side));
            let id = VENUE_IDS[*k as usize];
            let at = usize::from(*k) % (nh + 1);
            layout.halls.insert(at, hall(id, &[(x, y), (x + s, y), (x + s, y + s), (x, y + s)]));
            Touched::halls([id])
        }
        Edit::MoveColumn(c, dx, dy) if nc > 0 => {
            let column = &mut layout.columns[c.index(nc)];
            for p in &mut column.outline {
                *p = Point::new(p.x_m + half(*dx), p.y_m + half(*dy));
            }
            Touched::columns([column.id.clone()])
        }
        Edit::AddColumn(x, y, side) => {
            let id = format!("C{}", nc + 3);
            let at = (*x as usize) % (nc + 1);
            let column =
                Column::square(id.clone(), "L", Point::new(half(*x), half(*y)), half(*side));
            layout.columns.insert(at, column);
            Touched::columns([id])
        }
        Edit::RemoveColumn(c) if nc > 0 => {
            Touched::columns([layout.columns.remove(c.index(nc)).id])
        }
        Edit::RenameColumn(c, k) if nc > 0 => {
            let column = &mut layout.columns[c.index(nc)];
            let old = std::mem::replace(&mut column.id, VENUE_IDS[*k as usize].to_owned());
            Touched::columns([old, column.id.clone()])
        }
        Edit::MoveHallVertex(..)
        | Edit::RenameHall(..)
        | Edit::RemoveHall(_)
        | Edit::MoveColumn(..)
        | Edit::RemoveColumn(_)
        | Edit::RenameColumn(..) => Touched::default(),
        _ => return None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn live_check_equals_a_fresh_check_after_any_edits(
        mut layout in any_layout(),
        edits in prop::collection::vec(any_edit(), 1..25),
    ) {
        let mut live = LiveCheck::new(&layout);
        let mut serial = 0;
        for edit in &edits {
            let touched = apply(&mut layout, edit, &mut serial);
            live.update(&layout, &touched);
            let fresh = check_layout(&layout);
            prop_assert_eq!(live.findings(), fresh.as_slice(), "after {:?}", edit);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// The live check keeps findings by the objects they are about and sorts them only when
    /// the list is read: read after some edits only (as a window that repaints now and then),
    /// a finding added by one edit and dropped by a later one never shows, and the list, its
    /// length and every booth's type still equal a fresh check's.
    #[test]
    fn live_check_read_now_and_then_equals_a_fresh_check(
        mut layout in any_layout(),
        edits in prop::collection::vec((any_edit(), prop::bool::weighted(0.3)), 1..40),
    ) {
        let mut live = LiveCheck::new(&layout);
        let mut serial = 0;
        for (edit, read) in &edits {
            let touched = apply(&mut layout, edit, &mut serial);
            live.update(&layout, &touched);
            let fresh = check_layout(&layout);
            prop_assert_eq!(live.finding_count(), fresh.len(), "after {:?}", edit);
            if *read {
                prop_assert_eq!(live.findings(), fresh.as_slice(), "after {:?}", edit);
            }
        }
        let fresh = check_layout(&layout);
        prop_assert_eq!(live.findings(), fresh.as_slice());
        let types = booth_types(&layout);
        for (i, (booth, want)) in layout.booths.iter().zip(types).enumerate() {
            // With a number taken twice, the live check answers for the first booth carrying it.
            if layout.booths.iter().position(|b| b.id == booth.id) == Some(i) {
                prop_assert_eq!(live.booth_type(&booth.id), want, "booth {}", booth.id);
            }
        }
    }

    /// Dragging one booth frame after frame (the live check finds it where it stood the frame
    /// before) after other booths before it in the list were removed, added or renamed (so
    /// that where it stood is out of date): after each frame the findings equal a fresh check.
    #[test]
    fn a_booth_dragged_after_edits_before_it_is_checked_where_it_is(
        mut layout in any_layout(),
        edits in prop::collection::vec(any_edit(), 0..10),
        dragged in any::<prop::sample::Index>(),
        steps in prop::collection::vec((-4..4i32, -4..4i32), 1..8),
    ) {
        let mut live = LiveCheck::new(&layout);
        let mut serial = 0;
        for edit in &edits {
            let touched = apply(&mut layout, edit, &mut serial);
            live.update(&layout, &touched);
        }
        prop_assume!(!layout.booths.is_empty());
        let i = dragged.index(layout.booths.len());
        for (dx, dy) in steps {
            let b = &mut layout.booths[i];
            b.rect = b.rect.translated(half(dx), half(dy));
            let touched = Touched::ids([b.id.clone()]);
            live.update(&layout, &touched);
            let fresh = check_layout(&layout);
            prop_assert_eq!(live.findings(), fresh.as_slice());
        }
    }
}

/// A fair-sized layout from a fixed seed: a grid of 3 m booths with some pushed half a metre
/// or more off the grid (overlaps, narrow aisles), so the R-trees have several levels.
fn big_layout(count: usize, seed: u64) -> Layout {
    let mut state = seed;
    let mut next = move |n: u64| {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n
    };
    let booths = (0..count)
        .map(|i| {
            let (col, row) = ((i % 60) as f64, (i / 60) as f64);
            let mut rect = Rect::new(col * 3.0 + (col / 10.0).floor() * 3.0, row * 4.5, 3.0, 3.0);
            if next(10) == 0 {
                rect = rect.translated(half(next(7) as i32 - 3), half(next(7) as i32 - 3));
            }
            let hall = if col < 30.0 { "L" } else { "S" };
            booth(format!("1A-{i:04}"), hall, next(4) as usize, rect)
        })
        .collect();
    Layout { halls: halls(), booths, ..Layout::default() }
}

#[test]
fn on_a_big_layout_the_joins_miss_no_pair() {
    let layout = big_layout(3000, 7);
    let findings = check_layout(&layout);
    let b = &layout.booths;
    let (mut overlaps, mut aisles) = (vec![], vec![]);
    for i in 0..b.len() {
        for j in i + 1..b.len() {
            let (r, s) = (&b[i].rect, &b[j].rect);
            let dx = r.max_x_m().min(s.max_x_m()) - r.x_m.max(s.x_m);
            let dy = r.max_y_m().min(s.max_y_m()) - r.y_m.max(s.y_m);
            if dx > 0.0 && dy > 0.0 {
                overlaps.push((sorted(&b[i].id, &b[j].id), Some(dx * dy)));
            } else if b[i].hall == b[j].hall && (dx > 0.0) != (dy > 0.0) {
                let gap = -dx.min(dy);
                // The box between them, where they face each other; empty or no aisle.
                let (x0, x1) = (r.x_m.max(s.x_m), r.max_x_m().min(s.max_x_m()));
                let (y0, y1) = (r.y_m.max(s.y_m), r.max_y_m().min(s.max_y_m()));
                let (x0, x1, y0, y1) = (x0.min(x1), x0.max(x1), y0.min(y1), y0.max(y1));
                let filled = b.iter().enumerate().any(|(k, c)| {
                    let c = &c.rect;
                    k != i
                        && k != j
                        && c.x_m < x1
                        && c.max_x_m() > x0
                        && c.y_m < y1
                        && c.max_y_m() > y0
                });
                if gap > 0.0 && gap < layout.min_aisle_m && !filled {
                    aisles.push((sorted(&b[i].id, &b[j].id), None));
                }
            }
        }
    }
    assert!(overlaps.len() > 50 && aisles.len() > 50, "{} {}", overlaps.len(), aisles.len());
    assert_eq!(rule_of(&findings, Rule::BoothOverlap), by_ids(overlaps));
    assert_eq!(rule_of(&findings, Rule::NarrowAisle), by_ids(aisles));

    // Many booths moved at once: the live check takes the merge path, and still agrees.
    let mut live = LiveCheck::new(&layout);
    let mut moved = layout.clone();
    let ids: Vec<String> = (0..3000).step_by(37).map(|i| format!("1A-{i:04}")).collect();
    for b in moved.booths.iter_mut().filter(|b| ids.contains(&b.id)) {
        b.rect = b.rect.translated(1.5, 0.5);
    }
    live.update(&moved, &Touched::ids(ids));
    let fresh = check_layout(&moved);
    assert_eq!(live.findings(), fresh.as_slice());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Off the grid: any coordinates, booths around the triangle's diagonal wall and the L's
    /// inner corner, some with a corner exactly on the diagonal.
    #[test]
    fn outside_hall_matches_geo_covers_at_any_coordinates(
        rects in prop::collection::vec((-5.0..125.0f64, 55.0..125.0f64, 0.01..20.0f64, 0.01..20.0f64, 0..3u8), 1..30),
    ) {
        let booths = rects
            .into_iter()
            .enumerate()
            .map(|(i, (x, y, w, h, how))| {
                let (hall, rect) = match how {
                    // Bottom-right corner on the diagonal x + y = 120.
                    0 => ("T", Rect::new(x.min(60.0) - w, 120.0 - x.min(60.0) - h, w, h)),
                    1 => ("T", Rect::new(x, y, w, h)),
                    _ => ("L", Rect::new(x / 2.0, y - 55.0, w, h)),
                };
                booth(format!("B{i:02}"), hall, 0, rect)
            })
            .collect();
        let layout = Layout { halls: halls(), booths, ..Layout::default() };
        let findings = check_layout(&layout);
        same_areas(Rule::OutsideHall, &rule_of(&findings, Rule::OutsideHall), &oracle(&layout)[&Rule::OutsideHall])?;
    }
}
