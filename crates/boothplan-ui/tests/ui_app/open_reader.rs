//! The window's Open reads through the same bounded, located reader as the command line:
//! invalid UTF-8 is placed at its line and column, an endless stream is refused at the size
//! limit, a link to nothing is said plainly; the layout on screen stays as it was.

use std::path::Path;

use egui_kittest::kittest::Queryable as _;

use super::{FakeDialogs, FileAnswer, booth, harness, shows_text, small_layout};

/// Opens `file` with Ctrl+O and the fake dialog; gives the error dialog's text check.
fn open_and_expect(file: &Path, expected: &str) {
    let dialogs = FakeDialogs::default();
    let layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    let mut harness = harness(layout.clone(), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(file.to_owned()));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Cannot open the layout"));
    assert!(shows_text(&harness, expected), "the error reads {expected:?}");
    assert_eq!(harness.state().document().layout(), &layout, "the layout is untouched");
    harness.get_by_label("OK").click();
    harness.run_steps(2);
}

#[test]
fn open_places_invalid_utf8_at_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("latin1.ron");
    std::fs::write(&file, b"(\n    format: 1,\n    name: \"Caf\xE9 fair\",\n)\n").unwrap();
    open_and_expect(&file, &format!("{}:3:15: byte 0xE9 is not UTF-8", file.display()));
}

#[cfg(unix)]
#[test]
fn open_refuses_an_endless_stream_and_a_link_to_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let zero = dir.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    open_and_expect(&zero, "at most 512 MiB");
    let gone = dir.path().join("gone.ron");
    std::os::unix::fs::symlink(dir.path().join("moved-away.ron"), &gone).unwrap();
    open_and_expect(&gone, "moved-away.ron, which does not exist");
}
