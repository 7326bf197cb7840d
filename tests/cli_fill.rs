//! `boothplan fill FILE --zone ID -o OUT.ron` through the real binary: counts, numbers, a
//! clean check afterwards, and plain refusals.

mod cli_support;

use std::path::{Path, PathBuf};

use boothplan_core::io::ron_file::{load_layout, save_layout};
use boothplan_core::model::Rect;
use boothplan_core::sample;
use cli_support::{assert_unusable, boothplan};

/// An empty 60 × 40 m hall 1A with a 30 × 18 m technology zone Z1, saved in `dir`.
fn empty_hall(dir: &Path) -> PathBuf {
    let layout = sample::empty_hall(60.0, 40.0, Rect::new(10.0, 10.0, 30.0, 18.0));
    let path = dir.join("hall.ron");
    save_layout(&path, &layout).unwrap();
    path
}

fn fill(args: &[&str]) -> cli_support::Run {
    boothplan(std::iter::once("fill").chain(args.iter().copied()))
}

#[test]
fn a_zone_fills_with_numbered_booths_that_check_clean() {
    let dir = tempfile::tempdir().unwrap();
    let input = empty_hall(dir.path());
    let output = dir.path().join("filled.ron");
    let (i, o) = (input.to_str().unwrap(), output.to_str().unwrap());
    let run = fill(&[i, "--zone", "Z1", "-o", o]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.starts_with(
            "Filled zone Z1: 40 booths, 360 m² of 540 m² (67%), numbered 1A-001 to 1A-040\n"
        ),
        "{}",
        run.stdout
    );
    let layout = load_layout(&output).unwrap();
    assert_eq!(layout.booths.len(), 40);
    let check = boothplan(["check", o]);
    assert_eq!(check.code, Some(0), "{}", check.stdout);
    assert!(check.stdout.contains("0 errors, 0 warnings"), "{}", check.stdout);
}

#[test]
fn module_aisle_pattern_and_skipped_digit() {
    let dir = tempfile::tempdir().unwrap();
    let input = empty_hall(dir.path());
    let output = dir.path().join("filled.ron");
    let (i, o) = (input.to_str().unwrap(), output.to_str().unwrap());
    let args = [i, "--zone", "Z1", "--module", "6x3", "--aisle", "4", "--block", "5"];
    let run =
        fill(&[&args[..], &["--numbering", "{zone}-{n}", "--skip-digit", "4", "-o", o]].concat());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let layout = load_layout(&output).unwrap();
    // 18 m deep with 4 m aisles: row, aisle, two rows back to back, aisle (3 + 4 + 6 + 4 =
    // 17 m; a last row would need 20 m). 30 m along: one block of five 6 m modules. 3 × 5.
    assert_eq!(layout.booths.len(), 15);
    assert!(layout.booths.iter().all(|b| b.rect.width_m == 6.0 && b.rect.height_m == 3.0));
    let ids: Vec<&str> = layout.booths.iter().map(|b| b.id.as_str()).collect();
    let expected: Vec<String> =
        (1..=17).filter(|n| n % 10 != 4).map(|n| format!("Z1-{n}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn fill_refuses_to_overwrite_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = empty_hall(dir.path());
    let before = std::fs::read(&input).unwrap();
    let i = input.to_str().unwrap();
    let run = fill(&[i, "--zone", "Z1", "-o", i]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("is the input file"), "{}", run.stderr);
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn an_unknown_zone_or_a_bad_setting_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let input = empty_hall(dir.path());
    let output = dir.path().join("out.ron");
    let (i, o) = (input.to_str().unwrap(), output.to_str().unwrap());
    let run = fill(&[i, "--zone", "Z9", "-o", o]);
    assert_eq!(run.code, Some(2));
    assert_eq!(run.stderr.trim(), format!("{i}: there is no zone Z9 in this layout"));
    let run = fill(&[i, "--zone", "Z1", "--module", "3by3", "-o", o]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("expected WIDTHxDEPTH in metres"), "{}", run.stderr);
    let run = fill(&[i, "--zone", "Z1", "--numbering", "{hall}-{nn}", "-o", o]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("column 9: unknown field `{nn}`"), "{}", run.stderr);
    let run = fill(&[i, "--zone", "Z1", "--aisle", "1", "-o", o]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("narrower than the layout's 3 m minimum aisle"), "{}", run.stderr);
    assert!(!output.exists(), "nothing is written when the fill is refused");
}

#[test]
fn an_unreadable_file_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("broken.ron");
    std::fs::write(&input, "(format: 1, name: \"x\",\n  grid_step_m: oops)\n").unwrap();
    let output = dir.path().join("out.ron");
    let run = fill(&[input.to_str().unwrap(), "--zone", "Z1", "-o", output.to_str().unwrap()]);
    assert_unusable(&run, &input);
}

#[test]
fn a_zone_nothing_fits_in_says_zero_percent() {
    // 40 × 40 m modules in a 30 × 18 m zone: no place at all, and no "-0%".
    let dir = tempfile::tempdir().unwrap();
    let input = empty_hall(dir.path());
    let output = dir.path().join("filled.ron");
    let (i, o) = (input.to_str().unwrap(), output.to_str().unwrap());
    let run = fill(&[i, "--zone", "Z1", "--module", "40x40", "-o", o]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Filled zone Z1: 0 booths, 0 m² of 540 m² (0%)"),
        "{}",
        run.stdout
    );
}

/// Once the layout has doors, `fill` says under its summary what the fire and egress rules
/// changed: here a door in the top wall at x 16–19 leaves five places of the zone beyond the
/// 30 m straight-line exit distance, and a 20 m long-row limit makes blocks of six.
#[test]
fn fill_says_what_the_fire_and_egress_rules_changed() {
    use boothplan_core::model::LimitKey;
    let dir = tempfile::tempdir().unwrap();
    let mut layout = sample::empty_hall(60.0, 40.0, Rect::new(10.0, 10.0, 30.0, 18.0));
    layout.exits.push(cli_support::door_in_top_wall(16.0, 19.0));
    let input = dir.path().join("doors.ron");
    save_layout(&input, &layout).unwrap();
    let output = dir.path().join("filled.ron");
    let (i, o) = (input.to_str().unwrap(), output.to_str().unwrap());
    let run = fill(&[i, "--zone", "Z1", "-o", o]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    // The five places the exit distance emptied are said once, on their own line.
    let expected = "Filled zone Z1: 35 booths, 315 m² of 540 m² (58%), numbered 1A-001 to \
                    1A-035\n  5 places left empty beyond the 30 m exit distance\nWrote ";
    assert!(run.stdout.starts_with(expected), "{}", run.stdout);

    layout.rules.limits.insert(LimitKey::LongRow, 20.0);
    save_layout(&input, &layout).unwrap();
    let run = fill(&[i, "--zone", "Z1", "-o", o]);
    assert!(
        run.stdout.contains("\n  Blocks shortened to 6 booths (20 m long-row limit)\n"),
        "{}",
        run.stdout
    );
}
