//! `boothplan assign`: a sales team's CSV applied to the default fair — exactly the listed
//! booths change; unknown numbers and duplicate rows are listed and nothing is written.

mod cli_support;

use std::path::{Path, PathBuf};

use boothplan_core::io::layout_file::open_layout;
use boothplan_core::model::{BoothStatus, Layout};
use cli_support::{assert_unusable, boothplan, default_layout};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn assign(args: &[&std::ffi::OsStr]) -> cli_support::Run {
    let mut all: Vec<&std::ffi::OsStr> = vec!["assign".as_ref()];
    all.extend_from_slice(args);
    boothplan(all)
}

#[test]
fn a_bom_crlf_chinese_list_changes_exactly_the_listed_booths() {
    let dir = tempfile::tempdir().unwrap();
    let list = write(
        dir.path(),
        "list.csv",
        "\u{feff}number,exhibitor,status\r\n1A-001,杭州数智科技有限公司,SOLD\r\n\
         1A-002,\"Acme, Ltd\",Reserved\r\n1B-003,,blocked\r\n"
            .as_bytes(),
    );
    let out = dir.path().join("assigned.ron");
    let run =
        assign(&[default_layout().as_os_str(), list.as_os_str(), "-o".as_ref(), out.as_os_str()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("1A-001: "), "{}", run.stdout);
    assert!(run.stdout.contains("→ 杭州数智科技有限公司, sold"), "{}", run.stdout);

    let before = open_layout(&default_layout()).unwrap();
    let after = open_layout(&out).unwrap();
    let changed: Vec<&str> = before
        .booths
        .iter()
        .zip(&after.booths)
        .filter(|(a, b)| a != b)
        .map(|(_, b)| b.id.as_str())
        .collect();
    let want: Vec<&str> = ["1A-001", "1A-002", "1B-003"]
        .into_iter()
        .filter(|id| {
            let b = before.booth(id).unwrap();
            let target = match *id {
                "1A-001" => ("杭州数智科技有限公司", BoothStatus::Sold),
                "1A-002" => ("Acme, Ltd", BoothStatus::Reserved),
                _ => ("", BoothStatus::Blocked),
            };
            (b.exhibitor.as_str(), b.status) != target
        })
        .collect();
    assert_eq!(changed, want);
    assert_eq!(after.booth("1A-001").unwrap().exhibitor, "杭州数智科技有限公司");
    assert_eq!(after.booth("1A-002").unwrap().status, BoothStatus::Reserved);
    assert_eq!(after.booth("1B-003").unwrap().status, BoothStatus::Blocked);
    assert_eq!(after.booth("1B-003").unwrap().exhibitor, "");
    // Nothing else moves: the rest of the layout is as it was.
    let strip = |l: &Layout| Layout { booths: Vec::new(), ..l.clone() };
    assert_eq!(strip(&before), strip(&after));
}

#[test]
fn unknown_numbers_are_all_listed_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let list =
        write(dir.path(), "list.csv", b"1A-001,Acme,sold\n9Z-001,Nobody,sold\n9Z-002,X,sold\n");
    let out = dir.path().join("assigned.ron");
    let run =
        assign(&[default_layout().as_os_str(), list.as_os_str(), "-o".as_ref(), out.as_os_str()]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("line 2: no booth is numbered `9Z-001`"), "{}", run.stderr);
    assert!(run.stderr.contains("line 3: no booth is numbered `9Z-002`"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing written"), "{}", run.stderr);
    assert!(!out.exists());

    let run = assign(&[
        default_layout().as_os_str(),
        list.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--skip-unknown".as_ref(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("2 rows skipped"), "{}", run.stdout);
    assert_eq!(open_layout(&out).unwrap().booth("1A-001").unwrap().exhibitor, "Acme");
}

#[test]
fn a_booth_listed_twice_is_reported_with_its_lines_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let list =
        write(dir.path(), "list.csv", b"1A-001,Acme,sold\n1A-002,B,sold\n1A-001,Other,reserved\n");
    let out = dir.path().join("assigned.ron");
    let run = assign(&[
        default_layout().as_os_str(),
        list.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--skip-unknown".as_ref(),
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("booth `1A-001` is listed more than once, on lines 1, 3"),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
}

#[test]
fn a_dry_run_lists_the_changes_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let list = write(dir.path(), "list.csv", "1A-001,数智,sold\n".as_bytes());
    let layout = write(dir.path(), "fair.ron", &std::fs::read(default_layout()).unwrap());
    let before = std::fs::read(&layout).unwrap();
    let run = assign(&[layout.as_os_str(), list.as_os_str(), "--dry-run".as_ref()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("dry run: nothing written"), "{}", run.stdout);
    assert_eq!(std::fs::read(&layout).unwrap(), before);
}

#[test]
fn a_bad_status_is_refused_at_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let list = write(dir.path(), "list.csv", "1A-001,Acme,sold\r\n1A-002,数智,paid\r\n".as_bytes());
    let out = dir.path().join("assigned.ron");
    let run =
        assign(&[default_layout().as_os_str(), list.as_os_str(), "-o".as_ref(), out.as_os_str()]);
    assert_unusable(&run, &list);
    assert!(run.stderr.contains(":2:11: expected a status"), "{}", run.stderr);
    assert!(!out.exists());
}

#[test]
fn without_an_output_or_dry_run_it_asks_for_one() {
    let dir = tempfile::tempdir().unwrap();
    let list = write(dir.path(), "list.csv", b"1A-001,Acme,sold\n");
    let run = assign(&[default_layout().as_os_str(), list.as_os_str()]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
}
