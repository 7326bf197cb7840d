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

#[test]
fn assign_output_in_the_readme_is_current() {
    assert_pasted(&[
        "assign",
        "layouts/gdte-hangzhou.ron",
        "layouts/example-exhibitors.csv",
        "--dry-run",
    ]);
}
