//! Writes sample plans for a person to look at (`EXPORT_REVIEW_DIR=/tmp/x cargo test --test
//! export_review -- --ignored`); not part of the normal run.

mod export_support;

use std::path::PathBuf;

use boothplan::io::export::{ExportOptions, export_to_path};

#[test]
#[ignore = "writes files for visual review"]
fn write_sample_plans() {
    let dir = PathBuf::from(std::env::var("EXPORT_REVIEW_DIR").unwrap_or_else(|_| "/tmp/boothplan-review".into()));
    std::fs::create_dir_all(&dir).unwrap();
    let layout = export_support::three_halls();
    let options = export_support::options();
    for name in ["plan.pdf", "plan.svg", "plan.png", "plan.csv"] {
        export_to_path(&layout, &dir.join(name), &options).unwrap();
    }
    let hall = ExportOptions { hall: Some("1A".into()), ..options.clone() };
    export_to_path(&layout, &dir.join("hall-1a.png"), &hall).unwrap();
    export_to_path(&layout, &dir.join("hall-1a.svg"), &hall).unwrap();
    let small = export_support::small_layout();
    let a4 = ExportOptions { paper: boothplan::io::export::Paper::A4, ..options };
    export_to_path(&small, &dir.join("small-a4.png"), &a4).unwrap();
}
