//! File ▸ Export… never replaces what it must not: the layout's own file (under another name)
//! or a file made read-only — refused with the same sentence `boothplan export` gives.

use std::os::unix::fs::PermissionsExt as _;

use boothplan_ui::FileAnswer;
use egui_kittest::kittest::Queryable as _;

use super::{FakeDialogs, booth, harness, open_export_options, shows_text, small_layout};

/// Exports through the dialog to `out`; true when the window refuses with `why` in its words.
fn export_is_refused(
    layout_file: Option<std::path::PathBuf>,
    out: &std::path::Path,
    why: &str,
) -> bool {
    let layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    if let Some(file) = &layout_file {
        boothplan_core::io::ron_file::save_layout(file, &layout).unwrap();
    }
    let dialogs = FakeDialogs::default();
    let mut harness = harness(layout, layout_file, &dialogs);
    open_export_options(&mut harness);
    dialogs.answer_next(FileAnswer::Picked(out.to_path_buf()));
    harness.get_by_label("Choose file…").click();
    harness.run_steps(3);
    assert!(!harness.state().is_exporting(), "a refused export never starts");
    harness.state().modal_title().as_deref() == Some("Cannot export the layout")
        && shows_text(&harness, why)
}

#[test]
fn a_read_only_file_is_not_replaced_by_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.svg");
    std::fs::write(&out, "kept").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o444)).unwrap();
    assert!(export_is_refused(None, &out, "the file is read-only"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "kept", "the file is untouched");
}

#[test]
fn the_layouts_own_file_under_another_name_is_not_replaced_by_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let out = dir.path().join("plan.svg");
    std::os::unix::fs::symlink(&file, &out).unwrap();
    assert!(export_is_refused(Some(file.clone()), &out, "this is the input file"));
    let kept = boothplan_core::io::ron_file::load_layout(&file).unwrap();
    assert_eq!(kept.booths.len(), 1, "the layout file still holds the layout");
}
