//! `boothplan merge BASE OURS THEIRS -o OUT` run as git runs its merge driver: a clean merge
//! exits 0, conflicts exit 1 with our side kept, listed on stderr and in OUT.conflicts.json;
//! OUT always opens; a merge that puts two booths on one spot says so.

mod cli_support;
mod revision_support;

use std::path::{Path, PathBuf};

use boothplan_core::io::ron_file::load_layout;
use boothplan_core::model::{Booth, BoothStatus, Layout, Rect};
use cli_support::{Run, assert_unusable, boothplan};
use revision_support::{fair, with_booth, write};

/// `boothplan merge BASE OURS THEIRS -o OUT`.
fn merge(base: &Path, ours: &Path, theirs: &Path, out: &Path) -> Run {
    let args = [base, ours, theirs].map(Path::as_os_str);
    boothplan(["merge".as_ref()].into_iter().chain(args).chain(["-o".as_ref(), out.as_os_str()]))
}

/// Writes the three revisions and merges them into OURS, as git's driver does.
fn merge_into_ours(dir: &Path, base: &Layout, ours: &Layout, theirs: &Layout) -> (Run, PathBuf) {
    let b = write(dir, "base.ron", base);
    let o = write(dir, "ours.ron", ours);
    let t = write(dir, "theirs.ron", theirs);
    let run = merge(&b, &o, &t, &o);
    (run, o)
}

#[test]
fn edits_of_different_booths_merge_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with_booth(fair(), "1A-003", |b| b.rect.x_m = 16.0);
    let theirs = with_booth(fair(), "1A-013", |b| b.status = BoothStatus::Reserved);
    // A list left over from an earlier merge goes once this one is clean.
    std::fs::write(dir.path().join("ours.ron.conflicts.json"), "{}").unwrap();
    let (run, out) = merge_into_ours(dir.path(), &fair(), &ours, &theirs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stderr, "");
    let merged = load_layout(&out).unwrap();
    assert_eq!(merged.booth("1A-003").unwrap().rect.x_m, 16.0);
    assert_eq!(merged.booth("1A-013").unwrap().status, BoothStatus::Reserved);
    assert!(!dir.path().join("ours.ron.conflicts.json").exists());
    // Our side is in git: no backup litter beside it.
    assert!(!dir.path().join("ours.ron.bak").exists());
}

#[test]
fn one_booth_moved_two_ways_exits_1_keeps_ours_and_lists_the_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with_booth(fair(), "1A-003", |b| b.rect.x_m = 16.0);
    let theirs = with_booth(fair(), "1A-003", |b| b.rect.x_m = 18.0);
    let theirs = with_booth(theirs, "1A-013", |b| b.exhibitor = "Hangzhou Cloud".into());
    let (run, out) = merge_into_ours(dir.path(), &fair(), &ours, &theirs);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let list = dir.path().join("ours.ron.conflicts.json");
    assert_eq!(
        run.stderr,
        format!(
            "1 conflict; our side is kept in each (listed in {}):\n  booth 1A-003: changed \
             differently on both sides (rect); kept ours\n",
            list.display()
        )
    );
    let merged = load_layout(&out).unwrap();
    assert_eq!(merged.booth("1A-003").unwrap().rect.x_m, 16.0);
    assert_eq!(merged.booth("1A-013").unwrap().exhibitor, "Hangzhou Cloud");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&list).unwrap()).unwrap();
    let c = &json["conflicts"][0];
    assert_eq!(
        (&c["kind"], &c["id"], &c["reason"]),
        (&"booth".into(), &"1A-003".into(), &"both-changed".into())
    );
    assert_eq!(c["fields"], serde_json::json!(["rect"]));
    assert_eq!(c["ours"]["rect"]["x_m"], 16.0);
    assert_eq!(c["theirs"]["rect"]["x_m"], 18.0);
    assert_eq!(json["conflicts"].as_array().unwrap().len(), 1);
}

#[test]
fn booths_put_on_one_spot_by_two_planners_merge_but_the_new_overlap_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let spot = fair().booth("1A-001").unwrap().rect;
    let far = Rect::new(spot.x_m, spot.y_m + 200.0, 3.0, 3.0);
    let add = |id: &str| {
        let mut l = fair();
        l.booths.push(Booth { id: id.into(), hall: None, rect: far, ..l.booths[0].clone() });
        l
    };
    let (run, out) = merge_into_ours(dir.path(), &fair(), &add("X-1"), &add("X-2"));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.starts_with("the merged plan has 1 new error that neither side had"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("  booth-overlap  X-1, X-2  Booths X-1 and X-2 overlap by 9 m²."),
        "{}",
        run.stderr
    );
    assert_eq!(load_layout(&out).unwrap().booths.len(), fair().booths.len() + 2);
}

#[test]
fn another_output_keeps_a_backup_and_no_input_is_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let b = write(dir.path(), "base.ron", &fair());
    let t = write(
        dir.path(),
        "theirs.ron",
        &with_booth(fair(), "1A-013", |b| b.status = BoothStatus::Sold),
    );
    let out = write(dir.path(), "merged.ron", &Layout::default());
    let run = merge(&b, &b, &t, &out);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(load_layout(&out).unwrap().booth("1A-013").unwrap().status, BoothStatus::Sold);
    assert_eq!(load_layout(&dir.path().join("merged.ron.bak")).unwrap(), Layout::default());
    let run = merge(&b, &b, &t, &t);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("is the input file"), "{}", run.stderr);
}

#[test]
fn an_unreadable_side_exits_2_with_its_line_and_leaves_out_alone() {
    let dir = tempfile::tempdir().unwrap();
    let b = write(dir.path(), "base.ron", &fair());
    let o = write(dir.path(), "ours.ron", &fair());
    let t = dir.path().join("theirs.ron");
    std::fs::write(&t, "(\n    format: 1,\n    name: \"x\",\n    grid_step_m: -1.0,\n").unwrap();
    let before = std::fs::read(&o).unwrap();
    let run = merge(&b, &o, &t, &o);
    assert_unusable(&run, &t);
    assert_eq!(std::fs::read(&o).unwrap(), before);
}
