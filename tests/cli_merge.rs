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
    std::fs::write(dir.path().join("ours.ron.conflicts.json"), "{\"conflicts\":[]}\n").unwrap();
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
fn booths_put_on_one_spot_by_two_planners_exit_1_with_the_new_overlap_listed() {
    let dir = tempfile::tempdir().unwrap();
    let spot = fair().booth("1A-001").unwrap().rect;
    let far = Rect::new(spot.x_m, spot.y_m + 200.0, 3.0, 3.0);
    let add = |id: &str| {
        let mut l = fair();
        l.booths.push(Booth { id: id.into(), hall: None, rect: far, ..l.booths[0].clone() });
        l
    };
    let (run, out) = merge_into_ours(dir.path(), &fair(), &add("X-1"), &add("X-2"));
    // Git must stop: the planner looks before the merge is committed.
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.starts_with("the merged plan has new errors: 1 that neither side had"),
        "{}",
        run.stderr
    );
    let list = std::fs::read_to_string(dir.path().join("ours.ron.conflicts.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(
        json["conflicts"],
        serde_json::json!([{"kind": "layout", "id": "X-1, X-2", "reason": "new-error",
            "fields": ["booth-overlap"], "ours": "Booths X-1 and X-2 overlap by 9 m².",
            "theirs": null}])
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

/// `boothplan merge BASE OURS THEIRS -o OUT --conflicts LIST`.
fn merge_listing(base: &Path, ours: &Path, theirs: &Path, out: &Path, list: &Path) -> Run {
    let args = [base, ours, theirs].map(Path::as_os_str);
    let tail = ["-o".as_ref(), out.as_os_str(), "--conflicts".as_ref(), list.as_os_str()];
    boothplan(["merge".as_ref()].into_iter().chain(args).chain(tail))
}

#[test]
fn a_renumbered_row_keeps_the_sale_made_meanwhile_on_its_booth() {
    let dir = tempfile::tempdir().unwrap();
    // Operations shifts the numbers: the booth numbered 1A-001 becomes 1A-002, and 1A-002
    // becomes 1A-002A. Sales meanwhile sold 1A-002 as it was numbered then.
    let ours = with_booth(fair(), "1A-002", |b| b.id = "1A-002A".into());
    let ours = with_booth(ours, "1A-001", |b| b.id = "1A-002".into());
    let theirs = with_booth(fair(), "1A-002", |b| {
        b.status = BoothStatus::Sold;
        b.exhibitor = "Acme".into();
    });
    let (run, out) = merge_into_ours(dir.path(), &fair(), &ours, &theirs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let merged = load_layout(&out).unwrap();
    let sold = merged.booth("1A-002A").unwrap();
    assert_eq!((sold.rect, sold.status), (fair().booth("1A-002").unwrap().rect, BoothStatus::Sold));
    assert_eq!(sold.exhibitor, "Acme");
    let first = merged.booth("1A-002").unwrap();
    assert_eq!(
        (first.rect, first.status),
        (fair().booth("1A-001").unwrap().rect, BoothStatus::Available)
    );
    // And the diff says what operations did: two booths renumbered, nothing moved.
    let base = dir.path().join("base.ron");
    let run = boothplan(["diff".as_ref(), base.as_os_str(), out.as_os_str()]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[1..3],
        [
            "booth  1A-002   renumbered  1A-001             1A-002",
            "booth  1A-002A  renumbered  1A-002             1A-002A",
        ],
        "{}",
        run.stdout
    );
    assert!(lines[3].starts_with("booth  1A-002A  exhibitor "), "{}", run.stdout);
    assert_eq!(lines.len(), 5, "{}", run.stdout);
}

#[test]
fn of_two_booths_with_one_number_the_deleted_one_sold_meanwhile_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let base = with_booth(fair(), "1A-002", |b| b.id = "1A-001".into());
    let second = base.booths.iter().filter(|b| b.id == "1A-001").nth(1).unwrap().clone();
    let mut ours = base.clone();
    let first = ours.booths.iter().position(|b| b.id == "1A-001").unwrap();
    ours.booths.remove(first);
    let theirs = with_booth(base.clone(), "1A-001", |b| b.status = BoothStatus::Sold);
    let (run, out) = merge_into_ours(dir.path(), &base, &ours, &theirs);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("booth 1A-001: deleted on our side, changed on theirs"),
        "{}",
        run.stderr
    );
    let merged = load_layout(&out).unwrap();
    let left: Vec<&Booth> = merged.booths.iter().filter(|b| b.id == "1A-001").collect();
    assert_eq!(left, [&second]);
}

#[test]
fn a_number_ours_renumbered_to_and_theirs_added_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with_booth(fair(), "1A-002", |b| b.id = "1A-900".into());
    let mut theirs = fair();
    let far = Rect::new(3.0, 250.0, 3.0, 3.0);
    theirs.booths.push(Booth {
        id: "1A-900".into(),
        hall: None,
        rect: far,
        ..fair().booths[0].clone()
    });
    let (run, out) = merge_into_ours(dir.path(), &fair(), &ours, &theirs);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("booth 1A-900: added differently on both sides"), "{}", run.stderr);
    let merged = load_layout(&out).unwrap();
    assert_eq!(merged.booths.iter().filter(|b| b.id == "1A-900").count(), 1);
}

#[test]
fn a_number_given_twice_by_the_merge_exits_1_as_a_new_error() {
    let dir = tempfile::tempdir().unwrap();
    // Theirs renumbers 1A-002 to 1A-900 while ours adds another 1A-900 far away.
    let theirs = with_booth(fair(), "1A-002", |b| b.id = "1A-900".into());
    let mut ours = fair();
    let far = Rect::new(3.0, 250.0, 3.0, 3.0);
    ours.booths.push(Booth {
        id: "1A-900".into(),
        hall: None,
        rect: far,
        ..fair().booths[0].clone()
    });
    let (run, _) = merge_into_ours(dir.path(), &fair(), &ours, &theirs);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("the merged plan has new errors: "), "{}", run.stderr);
    assert!(run.stderr.contains("1A-900"), "{}", run.stderr);
}

#[test]
fn the_conflict_list_never_replaces_or_removes_a_layout_of_the_merge() {
    let dir = tempfile::tempdir().unwrap();
    let b = write(dir.path(), "base.ron", &fair());
    let o = write(dir.path(), "ours.ron", &with_booth(fair(), "1A-003", |b| b.rect.x_m = 16.0));
    let t = write(dir.path(), "theirs.ron", &with_booth(fair(), "1A-003", |b| b.rect.x_m = 18.0));
    let out = dir.path().join("out.ron");
    let files = || -> Vec<(PathBuf, Vec<u8>)> {
        let mut all: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
            .collect();
        all.sort();
        all
    };
    let before = files();
    // A clean merge would remove the list; a merge with conflicts would write JSON there.
    for (theirs, list) in [(&b, &o), (&t, &t), (&t, &b), (&t, &out), (&b, &out)] {
        let run = merge_listing(&b, &o, theirs, &out, list);
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        let name = list.display().to_string();
        assert!(run.stderr.starts_with(&format!("{name}: ")), "{}", run.stderr);
        assert_eq!(files(), before, "{name}");
    }
    // Into OURS, as git does, with OURS named as the list too.
    let run = merge_listing(&b, &o, &b, &o, &o);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("is the input file"), "{}", run.stderr);
    assert_eq!(files(), before);
    // A file that is not a conflict list is neither replaced nor removed.
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "call Acme on Monday\n").unwrap();
    for theirs in [&b, &t] {
        let run = merge_listing(&b, &o, theirs, &out, &notes);
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        assert!(run.stderr.contains("not a conflict list"), "{}", run.stderr);
        assert_eq!(std::fs::read_to_string(&notes).unwrap(), "call Acme on Monday\n");
        assert!(!out.exists());
    }
}
