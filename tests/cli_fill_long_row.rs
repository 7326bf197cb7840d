//! `boothplan fill` under a long-row limit says what the limit really changed in the zone's
//! pattern, counted by hand here: nothing when the zone's rows are already short enough, and
//! that every booth stands alone when the module itself is longer than the limit.

mod cli_support;

use std::path::PathBuf;

use boothplan_core::io::ron_file::{load_layout, save_layout};
use boothplan_core::model::{Booth, LimitKey, Rect};
use boothplan_core::sample;
use cli_support::{boothplan, door_in_top_wall};

/// What one fill made: its standard output and the booths of the layout it wrote, which
/// `check` has found no long run in.
struct Filled {
    stdout: String,
    booths: Vec<Booth>,
}

/// Fills technology zone Z1 at `zone` of an empty 60 × 40 m hall 1A with a 3 m door in the top
/// wall at x 16–19 and a 20 m long-row limit, with `extra` arguments.
fn fill(zone: Rect, extra: &[&str]) -> Filled {
    let dir = tempfile::tempdir().unwrap();
    let mut layout = sample::empty_hall(60.0, 40.0, zone);
    layout.exits.push(door_in_top_wall(16.0, 19.0));
    layout.rules.limits.insert(LimitKey::LongRow, 20.0);
    let input: PathBuf = dir.path().join("doors.ron");
    save_layout(&input, &layout).unwrap();
    let output = dir.path().join("filled.ron");
    let (i, o) = (input.to_str().unwrap(), output.to_str().unwrap());
    let run = boothplan([&["fill", i, "--zone", "Z1", "-o", o][..], extra].concat());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let check = boothplan(["check", o]);
    assert!(!check.stdout.contains("long-row"), "{}", check.stdout);
    Filled { stdout: run.stdout, booths: load_layout(&output).unwrap().booths }
}

/// A 15 m wide zone holds five 3 m modules a row, under the 20 m limit (six would fit): the
/// blocks of ten asked for are no longer than the rows made, so nothing was shortened and the
/// fill says nothing of the limit. Four rows (y 10–13, 16–19, 19–22, 25–28) of five booths;
/// every far corner within 30 m of the door (the farthest, (25, 28), is 28.6 m away).
#[test]
fn rows_already_under_the_limit_are_not_called_shortened() {
    let filled = fill(Rect::new(10.0, 10.0, 15.0, 18.0), &[]);
    let expected = "Filled zone Z1: 20 booths, 180 m² of 270 m² (67%), numbered 1A-001 to 1A-020\n\
                    Wrote ";
    assert!(filled.stdout.starts_with(expected), "{}", filled.stdout);
    assert_eq!(filled.booths.len(), 20);
}

/// Eight modules a row fit in a 24 m zone: blocks of ten would make runs of eight (24 m), the
/// limit allows six (18 m), so the rows are six, a cross aisle, and the one module left
/// (21–24 m): "shortened to 6", the block really made. The zone (x 10–34, y 5–23) keeps every
/// far corner within 30 m of the door (the farthest, (34, 23), is 27.5 m away).
#[test]
fn rows_cut_by_the_limit_are_counted_as_made() {
    let filled = fill(Rect::new(10.0, 5.0, 24.0, 18.0), &[]);
    let expected = "Filled zone Z1: 28 booths, 252 m² of 432 m² (58%), numbered 1A-001 to 1A-028\n  \
                    Blocks shortened to 6 booths (20 m long-row limit)\nWrote ";
    assert!(filled.stdout.starts_with(expected), "{}", filled.stdout);
}

/// A 24 × 3 m module is longer than the 20 m limit by itself: no block of modules can be short
/// enough, so every booth stands alone, one a row in single rows (y 10–13, 16–19, 22–25 of the
/// 18 m deep zone), and the fill says why rather than "shortened to 1 booth".
#[test]
fn a_module_longer_than_the_limit_is_said_to_be_so() {
    let filled = fill(Rect::new(10.0, 10.0, 30.0, 18.0), &["--module", "24x3"]);
    let expected = "Filled zone Z1: 3 booths, 216 m² of 540 m² (40%), numbered 1A-001 to 1A-003\n  \
                    Every booth stands alone: the 24 m module is itself longer than the 20 m \
                    long-row limit\nWrote ";
    assert!(filled.stdout.starts_with(expected), "{}", filled.stdout);
    let tops: Vec<f64> = filled.booths.iter().map(|b| b.rect.y_m).collect();
    assert_eq!(tops, [10.0, 16.0, 22.0]);
}

/// A 3 × 21 m module is deeper than the 20 m limit: booths side by side would stand in a 21 m
/// run, so each stands alone, with a 3 m aisle to the next: in the 12 m wide zone (x 4–16, beside
/// the door) booths at x 4–7 and 10–13, 126 m² of 300 m²; the check (in `fill`) finds no long run.
#[test]
fn a_module_deeper_than_the_limit_makes_booths_stand_alone() {
    let filled = fill(Rect::new(4.0, 1.0, 12.0, 25.0), &["--module", "3x21"]);
    let expected = "Filled zone Z1: 2 booths, 126 m² of 300 m² (42%), numbered 1A-001 to 1A-002\n  \
                    Every booth stands alone: the 21 m module is itself longer than the 20 m \
                    long-row limit\nWrote ";
    assert!(filled.stdout.starts_with(expected), "{}", filled.stdout);
    let lefts: Vec<f64> = filled.booths.iter().map(|b| b.rect.x_m).collect();
    assert_eq!(lefts, [4.0, 10.0]);
}
