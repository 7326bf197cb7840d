//! Walking distance to the exits: the grid search against an exact visibility-graph oracle on
//! random halls, and hand-computed halls (a straight corridor, a U-turn around a wall of
//! booths, a booth walled in).

mod walk_support;

use boothplan_core::check::walk::{CELL_M, STEP_RATIO, walk_layout};
use boothplan_core::model::{Booth, BoothStatus, Column, Exit, Hall, Layout, Point, Rect};
use proptest::prelude::*;
use walk_support::{BoxM, Oracle, Scene, farthest_walk};

fn booth(id: &str, rect: Rect) -> Booth {
    Booth {
        id: id.into(),
        hall: Some("H".into()),
        theme: "technology".into(),
        rect,
        status: BoothStatus::Available,
        exhibitor: String::new(),
    }
}

fn exit(id: &str, from: (f64, f64), to: (f64, f64)) -> Exit {
    Exit { id: id.into(), hall: Some("H".into()), from: from.into(), to: to.into() }
}

fn layout(outline: &[(f64, f64)], booths: Vec<Booth>, exits: Vec<Exit>) -> Layout {
    Layout {
        halls: vec![Hall::new("H", "Hall H", outline.iter().map(|&p| p.into()).collect())],
        booths,
        exits,
        ..Layout::default()
    }
}

/// The travel distance the grid gives booth `id`.
fn travel(layout: &Layout, id: &str) -> Option<f64> {
    let walks = walk_layout(layout);
    let i = layout.booths.iter().position(|b| b.id == id).unwrap();
    walks.iter().flat_map(|w| &w.booths).find(|(b, _)| *b == i).unwrap().1.distance_m
}

#[test]
fn straight_corridor_walks_its_length() {
    // A corridor 100 m long and 4 m wide, its door across the left end; a booth at the far
    // end. Its farthest corner is 99 m from the door in a straight line down the corridor.
    let l = layout(
        &[(0.0, 0.0), (100.0, 0.0), (100.0, 4.0), (0.0, 4.0)],
        vec![booth("B", Rect::new(96.0, 0.5, 3.0, 3.0))],
        vec![exit("E", (0.0, 0.0), (0.0, 4.0))],
    );
    let d = travel(&l, "B").unwrap();
    assert!((99.0..99.0 + CELL_M).contains(&d), "walked {d}");
}

#[test]
fn u_turn_around_a_wall_of_booths() {
    // A hall 60 × 40 m with a row of ten booths across it (x 0–50, y 19–21) touching each
    // other and the left wall; the door is on the left wall above the row (y 2–6), the booth
    // below it. The straight line is about 27 m; the walk goes round the end of the row:
    // from the booth's far corner (2, 33) to the row's corner (50, 21), up its end to
    // (50, 19), then to the door's nearest point (0, 6).
    let mut booths: Vec<Booth> = (0..10)
        .map(|i| booth(&format!("W{i}"), Rect::new(f64::from(i) * 5.0, 19.0, 5.0, 2.0)))
        .collect();
    booths.push(booth("B", Rect::new(2.0, 30.0, 3.0, 3.0)));
    let l = layout(
        &[(0.0, 0.0), (60.0, 0.0), (60.0, 40.0), (0.0, 40.0)],
        booths,
        vec![exit("E", (0.0, 2.0), (0.0, 6.0))],
    );
    let exact = 48.0_f64.hypot(12.0) + 2.0 + 50.0_f64.hypot(13.0);
    let d = travel(&l, "B").unwrap();
    assert!(
        d >= exact - CELL_M && d <= STEP_RATIO * exact + 2.0 * CELL_M,
        "walked {d}, exact {exact}"
    );
    assert!(d > 100.0, "the walk goes round the row, not through it: {d}");
}

#[test]
fn booth_walled_in_has_no_walk_and_a_hall_without_exits_none_either() {
    // Booth B is boxed in by four booths touching it and each other: no route out.
    let mut booths = vec![
        booth("B", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("N", Rect::new(7.0, 7.0, 9.0, 3.0)),
        booth("S", Rect::new(7.0, 13.0, 9.0, 3.0)),
        booth("W", Rect::new(7.0, 10.0, 3.0, 3.0)),
        booth("E", Rect::new(13.0, 10.0, 3.0, 3.0)),
    ];
    booths.push(booth("free", Rect::new(25.0, 25.0, 3.0, 3.0)));
    let outline = [(0.0, 0.0), (40.0, 0.0), (40.0, 40.0), (0.0, 40.0)];
    let l = layout(&outline, booths.clone(), vec![exit("E1", (0.0, 0.0), (0.0, 4.0))]);
    assert_eq!(travel(&l, "B"), None);
    assert!(travel(&l, "free").is_some());
    let no_exits = layout(&outline, booths, vec![]);
    assert_eq!(travel(&no_exits, "free"), None);
    assert!(!walk_layout(&no_exits)[0].has_exits);
}

/// A random hall for the oracle: a rectangle, or an L with its bottom-right corner cut away.
fn outline_of(w: f64, h: f64, cut: Option<(f64, f64)>) -> Vec<(f64, f64)> {
    match cut {
        None => vec![(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)],
        Some((cw, ch)) => {
            vec![(0.0, 0.0), (w, 0.0), (w, h - ch), (w - cw, h - ch), (w - cw, h), (0.0, h)]
        }
    }
}

/// Whether two boxes, each grown by `gap`, share area.
fn too_close(a: BoxM, b: BoxM, gap: f64) -> bool {
    a.0 - gap < b.2 && b.0 - gap < a.2 && a.1 - gap < b.3 && b.1 - gap < a.3
}

/// Keeps the candidate boxes that stand at least 1 m inside the hall and 1 m from each other
/// (aisles of two cells or more: the grid's stated bound assumes none is narrower than a cell).
fn place(
    w: f64,
    h: f64,
    cut: Option<(f64, f64)>,
    candidates: &[(u32, u32, u32, u32)],
) -> Vec<BoxM> {
    let mut placed: Vec<BoxM> = Vec::new();
    for &(x, y, bw, bh) in candidates {
        let b = (f64::from(x), f64::from(y), f64::from(x + bw), f64::from(y + bh));
        let inside = b.0 >= 1.0 && b.1 >= 1.0 && b.2 <= w - 1.0 && b.3 <= h - 1.0;
        let in_cut = cut.is_some_and(|(cw, ch)| too_close(b, (w - cw, h - ch, w, h), 1.0));
        if inside && !in_cut && placed.iter().all(|&o| !too_close(b, o, 1.0)) {
            placed.push(b);
        }
    }
    placed
}

/// Doors on random walls: `(edge, where along it, width)`.
fn doors(outline: &[(f64, f64)], picks: &[(usize, f64, u32)]) -> Vec<((f64, f64), (f64, f64))> {
    picks
        .iter()
        .filter_map(|&(edge, at, width)| {
            let n = outline.len();
            let (a, b) = (outline[edge % n], outline[(edge + 1) % n]);
            let len = (b.0 - a.0).hypot(b.1 - a.1);
            let width = f64::from(width).min(len - 1.0);
            (width > 0.5).then(|| {
                let t0 = at * (len - width) / len;
                let t1 = t0 + width / len;
                let p = |t: f64| (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1));
                (p(t0), p(t1))
            })
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// On random rectangular and L-shaped halls with random booths, columns and doors, every
    /// booth's travel distance lies within the grid's stated bounds of the exact one: never
    /// shorter by more than a cell and a half-diagonal, never longer than the step ratio
    /// times it plus a cell for each corner of the route (counted generously, as 4 + a turn
    /// per obstacle).
    #[test]
    fn grid_walk_matches_the_visibility_graph(
        w in 20u32..45,
        h in 15u32..35,
        cut in proptest::option::of((6u32..12, 6u32..12)),
        candidates in proptest::collection::vec((1u32..44, 1u32..34, 1u32..7, 1u32..7), 1..24),
        columns in 0usize..4,
        picks in proptest::collection::vec((0usize..6, 0.0f64..1.0, 1u32..5), 1..3),
    ) {
        let (w, h) = (f64::from(w), f64::from(h));
        let cut = cut.map(|(cw, ch)| (f64::from(cw), f64::from(ch)));
        let outline = outline_of(w, h, cut);
        let boxes = place(w, h, cut, &candidates);
        let exits = doors(&outline, &picks);
        prop_assume!(!exits.is_empty());
        let columns = columns.min(boxes.len());
        let mut l = layout(
            &outline,
            boxes[columns..].iter().enumerate().map(|(i, b)| {
                booth(&format!("B{i}"), Rect::new(b.0, b.1, b.2 - b.0, b.3 - b.1))
            }).collect(),
            exits.iter().enumerate().map(|(i, &(a, b))| exit(&format!("E{i}"), a, b)).collect(),
        );
        l.columns = boxes[..columns].iter().enumerate().map(|(i, b)| Column {
            id: format!("C{i}"),
            hall: Some("H".into()),
            outline: vec![Point::new(b.0, b.1), Point::new(b.2, b.1), Point::new(b.2, b.3), Point::new(b.0, b.3)],
        }).collect();
        let walks = walk_layout(&l);
        for (i, travel) in &walks[0].booths {
            let me = boxes[columns + i];
            let scene = Scene {
                outline: outline.clone(),
                obstacles: boxes.iter().copied().filter(|&b| b != me).collect(),
                exits: exits.clone(),
            };
            let oracle = Oracle::new(&scene);
            let (exact, turns) = farthest_walk(&oracle, me, 0.25);
            match travel.distance_m {
                None => prop_assert!(exact.is_infinite(), "grid found no walk, oracle {exact}"),
                Some(d) => {
                    let below = exact - (1.0 + std::f64::consts::FRAC_1_SQRT_2) * CELL_M;
                    let above = STEP_RATIO * (exact + 0.25) + (turns + 1) as f64 * CELL_M;
                    prop_assert!(d >= below && d <= above, "booth {i}: grid {d}, exact {exact}");
                }
            }
        }
    }
}
