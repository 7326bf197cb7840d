//! `boothplan diff OLD NEW`: the table a planner reads, the JSON a script reads, and the exit
//! codes git and CI rely on (0 same, 1 different, 2 a file cannot be used).

mod cli_support;
mod revision_support;

use boothplan_core::model::BoothStatus;
use cli_support::{assert_unusable, boothplan, default_layout};
use revision_support::{fair, with_booth, write};

#[test]
fn the_same_layout_exits_0_and_says_so() {
    let run = boothplan(["diff", "layouts/gdte-hangzhou.ron", "layouts/gdte-hangzhou.ron"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.starts_with("no changes; booths 823 → 823"), "{}", run.stdout);
}

#[test]
fn a_moved_and_a_sold_booth_are_listed_one_line_per_change() {
    let dir = tempfile::tempdir().unwrap();
    let new = with_booth(fair(), "1A-003", |b| b.rect.x_m = 16.0);
    let new = with_booth(new, "1A-013", |b| {
        b.status = BoothStatus::Sold;
        b.exhibitor = "Hangzhou Cloud".into();
    });
    let new = write(dir.path(), "new.ron", &new);
    let run = boothplan(["diff".as_ref(), default_layout().as_os_str(), new.as_os_str()]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "kind   id      change     from       to\n\
         booth  1A-003  moved      (15, 3)    (16, 3)\n\
         booth  1A-013  status     available  sold\n\
         booth  1A-013  exhibitor  none       Hangzhou Cloud\n\
         3 changes; booths 823 → 823, booth area 43,272 m² → 43,272 m²\n"
    );
}

#[test]
fn json_gives_each_change_with_id_kind_and_change_and_the_totals() {
    let dir = tempfile::tempdir().unwrap();
    let mut new = with_booth(fair(), "1A-014", |b| b.id = "1A-014A".into());
    new.booths.retain(|b| b.id != "1A-001");
    let new = write(dir.path(), "new.ron", &new);
    let run = boothplan([
        "diff".as_ref(),
        default_layout().as_os_str(),
        new.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        json["changes"],
        serde_json::json!([
            {"id": "1A-001", "kind": "booth", "change": "removed"},
            {"id": "1A-014A", "kind": "booth", "change": "renumbered", "from": "1A-014", "to": "1A-014A"},
        ])
    );
    assert_eq!(json["totals"]["booths"], serde_json::json!({"old": 823, "new": 822}));
    assert_eq!(
        json["totals"]["booth_area_m2"]["old"].as_f64().unwrap() - 36.0,
        json["totals"]["booth_area_m2"]["new"].as_f64().unwrap()
    );
}

#[test]
fn names_with_control_characters_are_escaped_in_the_table_and_exact_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "Evil\u{1b}[2J\nbooth  1A-999  added";
    let new = with_booth(fair(), "1A-013", |b| b.exhibitor = evil.into());
    let new = write(dir.path(), "new.ron", &new);
    let run = boothplan(["diff".as_ref(), default_layout().as_os_str(), new.as_os_str()]);
    assert_eq!(run.code, Some(1));
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.stdout);
    assert_eq!(run.stdout.lines().count(), 3, "{}", run.stdout);
    assert!(run.stdout.contains(r"Evil\u{1b}[2J\nbooth  1A-999  added"), "{}", run.stdout);
    let run = boothplan([
        "diff".as_ref(),
        default_layout().as_os_str(),
        new.as_os_str(),
        "--json".as_ref(),
    ]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["changes"][0]["to"], evil);
}

#[test]
fn a_file_added_or_deleted_in_git_compares_with_nothing() {
    let run = boothplan(["diff", "/dev/null", "layouts/example-with-errors.ron", "--json"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let changes = json["changes"].as_array().unwrap();
    assert!(changes.iter().all(|c| c["change"] == "added"), "{changes:?}");
    assert_eq!(json["totals"]["booths"]["old"], 0);
}

#[test]
fn an_unreadable_file_exits_2_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(\n    format: 1,\n    name: 12,\n)").unwrap();
    let run = boothplan(["diff".as_ref(), default_layout().as_os_str(), broken.as_os_str()]);
    assert_unusable(&run, &broken);
    let run = boothplan(["diff".as_ref(), broken.as_os_str(), default_layout().as_os_str()]);
    assert_unusable(&run, &broken);
}
