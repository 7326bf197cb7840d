//! `boothplan check --rules nfpa101`: the walking-distance rule `travel-distance` through the
//! real binary, on halls whose walk is worked out by hand: a booth that must walk round the
//! end of a row of booths to the only door, once too far and once just short enough, and the
//! same floor under `gb50016`, which has no such rule.

mod cli_support;

use std::path::{Path, PathBuf};

use boothplan_core::io::ron_file::save_layout;
use boothplan_core::model::{Booth, BoothStatus, Exit, Hall, Layout, LimitKey, Rect};
use cli_support::boothplan;

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

/// A 60 × 40 m hall without sprinklers whose only door is on the left wall, 2–6 m from the
/// top; a row of 2 m booths from the left wall to `row_end_m` (y 19–21) shuts the straight
/// way; booth B stands below the row at (2, 30), 3 × 3 m. B's farthest corner (2, 33) walks
/// to the end of the row (`row_end_m`, 21), up its end to (`row_end_m`, 19), then to the door's
/// nearest point (0, 6).
fn u_turn(dir: &Path, row_end_m: f64) -> (PathBuf, f64) {
    let count = (row_end_m / 2.0).ceil() as u32;
    let mut booths: Vec<Booth> = (0..count)
        .map(|i| booth(&format!("R{i:02}"), Rect::new(f64::from(i) * 2.0, 19.0, 2.0, 2.0)))
        .collect();
    booths.push(booth("B", Rect::new(2.0, 30.0, 3.0, 3.0)));
    let hall = Rect::new(0.0, 0.0, 60.0, 40.0);
    let layout = Layout {
        halls: vec![Hall::new("H", "Hall H", hall.corners().to_vec())],
        exits: vec![Exit {
            id: "H-E1".into(),
            hall: Some("H".into()),
            from: (0.0, 2.0).into(),
            to: (0.0, 6.0).into(),
        }],
        booths,
        ..Layout::default()
    };
    let path = dir.join(format!("u-turn-{row_end_m}.ron"));
    save_layout(&path, &layout).unwrap();
    let walk = (row_end_m - 2.0).hypot(12.0) + 2.0 + row_end_m.hypot(13.0);
    (path, walk)
}

/// The `travel-distance` findings of `check FILE --rules PACK --json`.
fn travel_findings(path: &Path, pack: &str) -> Vec<serde_json::Value> {
    let run = boothplan(["check", path.to_str().unwrap(), "--rules", pack, "--json"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "travel-distance")
        .cloned()
        .collect()
}

#[test]
fn a_walk_round_a_long_row_breaks_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let (path, walk) = u_turn(dir.path(), 32.0);
    assert!((walk - 68.85).abs() < 0.01, "hand-computed walk {walk}");
    let found = travel_findings(&path, "nfpa101");
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!(f["ids"], serde_json::json!(["B"]));
    assert_eq!(f["severity"], "error");
    assert_eq!(f["limit"], 61.0);
    assert_eq!(f["clause"], "IBC 1017.2");
    let measured = f["measured_m"].as_f64().unwrap();
    // The grid's bounds: never more than ~0.9 m short, at most 2.76 % plus a cell a turn long.
    assert!(measured >= walk - 0.9 && measured <= walk * 1.0276 + 1.5, "measured {measured}");
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("61 m") && message.contains("IBC 1017.2"), "{message}");
    assert!(message.contains(&format!("{measured} m walking")), "{message}");
    // The straight line from B to the door is under 28 m: only the walk breaks the limit.
    assert!(2.0_f64.hypot(27.0) < 28.0);
}

#[test]
fn a_walk_just_under_the_limit_is_not_a_finding() {
    // A shorter row: 57.9 m round its end, 3 m under the limit (more than the grid's error).
    let dir = tempfile::tempdir().unwrap();
    let (path, walk) = u_turn(dir.path(), 26.0);
    assert!((walk - 57.9).abs() < 0.01, "hand-computed walk {walk}");
    assert_eq!(travel_findings(&path, "nfpa101"), Vec::<serde_json::Value>::new());
}

#[test]
fn gb50016_has_no_walking_rule_and_a_layout_limit_turns_it_on() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = u_turn(dir.path(), 32.0);
    assert_eq!(travel_findings(&path, "gb50016"), Vec::<serde_json::Value>::new());
    // The layout's own limit turns the rule on under any pack, and findings cite it.
    let (near, _) = u_turn(dir.path(), 26.0);
    let mut layout = boothplan_core::io::ron_file::load_layout(&near).unwrap();
    layout.rules.limits.insert(LimitKey::TravelDistance, 50.0);
    save_layout(&near, &layout).unwrap();
    let found = travel_findings(&near, "gb50016");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["limit"], 50.0);
    assert_eq!(found[0]["clause"], "the layout's own limit");
}

/// The example in `layouts/` breaks the walking rule exactly once, on the booth its comment
/// marks, and nothing else, under its own pack (nfpa101).
#[test]
fn the_walking_example_breaks_travel_distance_once_and_nothing_else() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("layouts/egress-walk.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let marked: Vec<&str> =
        text.lines().filter(|l| l.contains("// breaks travel-distance")).collect();
    assert_eq!(marked.len(), 1);
    assert!(marked[0].contains("id: \"W-B\""));
    let run = boothplan(["check", path.to_str().unwrap(), "--json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "travel-distance");
    assert_eq!(findings[0]["ids"], serde_json::json!(["W-B"]));
    let measured = findings[0]["measured_m"].as_f64().unwrap();
    // By hand: (2, 33) → (32, 21) → (32, 19) → (0, 10).
    let by_hand = 30f64.hypot(12.0) + 2.0 + 32f64.hypot(9.0);
    assert!((measured - by_hand).abs() <= 0.03 * by_hand + 1.0, "{measured} vs {by_hand}");
}
