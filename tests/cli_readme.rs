//! The README shows real output: these runs must still print exactly what it pastes.

mod cli_support;

use cli_support::boothplan;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// Asserts that the README shows `$ boothplan ARGS` followed by exactly what that run prints.
fn assert_pasted(args: &[&str]) {
    let run = boothplan(args);
    let shown = format!("$ boothplan {}\n{}", args.join(" "), run.stdout);
    assert!(
        readme().contains(&shown),
        "README.md no longer shows the output of `boothplan {}`; paste:\n{shown}",
        args.join(" ")
    );
}

#[test]
fn check_output_in_the_readme_is_current() {
    assert_pasted(&["check", "layouts/gdte-hangzhou.ron"]);
    assert_pasted(&["check", "layouts/example-with-errors.ron"]);
}

#[test]
fn stats_output_in_the_readme_is_current() {
    assert_pasted(&["stats", "layouts/gdte-hangzhou.ron"]);
}

/// Runs `boothplan ARGS` in `dir` and asserts that the README shows `$ boothplan ARGS` followed
/// by exactly what it printed; returns the run's exit status.
fn assert_pasted_in(dir: &std::path::Path, args: &[&str]) -> std::process::ExitStatus {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_boothplan"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let shown = format!("$ boothplan {}\n{}", args.join(" "), String::from_utf8_lossy(&out.stdout));
    assert!(readme().contains(&shown), "README.md no longer shows this run; paste:\n{shown}");
    out.status
}

/// A scratch folder holding copies of these files of `layouts/`.
fn scratch_with_layouts(files: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("layouts")).unwrap();
    for file in files {
        let from = format!("{}/layouts/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(from, dir.path().join("layouts").join(file)).unwrap();
    }
    dir
}

/// The `fill` walk-through: the README's three runs, in a scratch folder holding a copy of
/// `layouts/empty-hall.ron`, print exactly what it pastes.
#[test]
fn fill_output_in_the_readme_is_current() {
    let dir = scratch_with_layouts(&["empty-hall.ron"]);
    let runs: [&[&str]; 3] = [
        &["fill", "layouts/empty-hall.ron", "--zone", "Z1", "-o", "z1.ron"],
        &["fill", "z1.ron", "--zone", "Z2", "--odd-even", "--skip-digit", "4", "-o", "z2.ron"],
        &[
            "fill",
            "z2.ron",
            "--zone",
            "Z3",
            "--module",
            "6x3",
            "--numbering",
            "{zone}-{n:02}",
            "-o",
            "z3.ron",
        ],
    ];
    for args in runs {
        assert_pasted_in(dir.path(), args);
    }
    let check = boothplan(["check".as_ref(), dir.path().join("z3.ron").as_os_str()]);
    assert_eq!(check.code, Some(0), "{}", check.stdout);
}

/// The whole story at the top of the README: the empty hall's three zones filled with exactly
/// 200 numbered booths, the exhibitor list assigned, and the summary with revenue and theme
/// targets, each run printing exactly what the README pastes; the plan checks clean.
#[test]
fn the_story_in_the_readme_is_current() {
    let dir = scratch_with_layouts(&["empty-hall.ron", "empty-hall-exhibitors.csv"]);
    let runs: [&[&str]; 5] = [
        &["fill", "layouts/empty-hall.ron", "--zone", "Z1", "-o", "step1.ron"],
        &["fill", "step1.ron", "--zone", "Z2", "-o", "step2.ron"],
        &["fill", "step2.ron", "--zone", "Z3", "-o", "fair.ron"],
        &["assign", "fair.ron", "layouts/empty-hall-exhibitors.csv", "-o", "sold.ron"],
        &["stats", "sold.ron"],
    ];
    for args in runs {
        assert!(assert_pasted_in(dir.path(), args).success(), "{args:?}");
    }
    let sold = boothplan_core::io::ron_file::load_layout(&dir.path().join("sold.ron")).unwrap();
    assert_eq!(sold.booths.len(), 200);
    let numbers: Vec<String> = sold.booths.iter().map(|b| b.id.clone()).collect();
    assert_eq!(numbers, (1..=200).map(|n| format!("1A-{n:03}")).collect::<Vec<_>>());
    let check = boothplan(["check".as_ref(), dir.path().join("sold.ron").as_os_str()]);
    assert_eq!(check.code, Some(0), "{}", check.stdout);
}

#[test]
fn assign_output_in_the_readme_is_current() {
    assert_pasted(&[
        "assign",
        "layouts/gdte-hangzhou.ron",
        "layouts/example-exhibitors.csv",
        "--dry-run",
    ]);
}

/// The venue-drawing walk-through: the test drawing copied as `venue.dxf` into a scratch folder,
/// imported and checked, prints exactly what the README pastes.
#[test]
fn dxf_import_output_in_the_readme_is_current() {
    let dir = tempfile::tempdir().unwrap();
    let drawing = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/dxf/venue-mm.dxf");
    std::fs::copy(drawing, dir.path().join("venue.dxf")).unwrap();
    for args in [&["import", "venue.dxf", "-o", "venue.ron"][..], &["check", "venue.ron"]] {
        assert!(assert_pasted_in(dir.path(), args).success(), "{args:?}");
    }
}
