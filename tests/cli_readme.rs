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

/// The `fill` walk-through: the README's three runs, in a scratch folder holding a copy of
/// `layouts/empty-hall.ron`, print exactly what it pastes.
#[test]
fn fill_output_in_the_readme_is_current() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("layouts")).unwrap();
    let layout = concat!(env!("CARGO_MANIFEST_DIR"), "/layouts/empty-hall.ron");
    std::fs::copy(layout, dir.path().join("layouts/empty-hall.ron")).unwrap();
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
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_boothplan"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        let shown =
            format!("$ boothplan {}\n{}", args.join(" "), String::from_utf8_lossy(&out.stdout));
        assert!(readme().contains(&shown), "README.md no longer shows this run; paste:\n{shown}");
    }
    let check = boothplan(["check".as_ref(), dir.path().join("z3.ron").as_os_str()]);
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
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_boothplan"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let shown =
            format!("$ boothplan {}\n{}", args.join(" "), String::from_utf8_lossy(&out.stdout));
        assert!(readme().contains(&shown), "README.md no longer shows this run; paste:\n{shown}");
    }
}
