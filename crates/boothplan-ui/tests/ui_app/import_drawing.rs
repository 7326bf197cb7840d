//! File ▸ Import drawing…: a DXF written by ezdxf, its layers given roles in the preview by
//! clicking, imported as the new unsaved document; a DWG is refused in a message; unsaved
//! edits are asked about before the drawing replaces them.

use std::path::PathBuf;

use super::*;

fn drawing(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/dxf").join(name)
}

fn open_import(harness: &mut Harness<'static, BoothplanApp>) {
    super::inventory::open_menu_item(harness, "File", "Import drawing…");
    harness.run_steps(1);
}

/// Clicks the `n`-th button with this text (one per layer row, rows sorted by layer name).
fn click_nth(harness: &mut Harness<'static, BoothplanApp>, text: &str, n: usize) {
    let node = harness.get_all_by_label(text).nth(n).unwrap_or_else(|| panic!("{text} #{n}"));
    let at = node.rect().center();
    click_screen(harness, at);
}

#[test]
fn layers_named_in_the_preview_become_halls_and_columns_of_a_new_unsaved_layout() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(drawing("venue-ft.dxf")));
    open_import(&mut harness);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Import drawing"));
    assert_eq!(dialogs.requests.borrow()[0].purpose.extensions(), ["dxf"]);
    // The layer names suggest nothing: the preview says so and offers no Import yet.
    assert!(shows_text(&harness, "read in feet (as its header says)"));
    assert!(shows_text(&harness, "no layer is read as halls"));
    assert!(harness.query_by_label("Import").is_none());
    // OUTLINE (first row) holds the halls, STRUCT (second) the columns.
    click_nth(&mut harness, "halls", 0);
    click_nth(&mut harness, "columns", 1);
    assert!(shows_text(&harness, "Import gives 2 halls, 3 columns and 0 exits"));
    assert_eq!(harness.state().document().layout().halls[0].id, "1A", "nothing changed yet");
    harness.get_by_label("Import").click();
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title(), None);
    let layout = harness.state().document().layout().clone();
    assert_eq!((layout.halls.len(), layout.columns.len()), (2, 3));
    // 300 ft × 200 ft and 150 ft × 100 ft, in m².
    let ft2 = 0.3048 * 0.3048;
    assert!((layout.halls[0].area_m2() - 150.0 * 100.0 * ft2).abs() < 1e-4);
    assert!((layout.halls[1].area_m2() - 300.0 * 200.0 * ft2).abs() < 1e-4);
    assert!(layout.columns.iter().all(|c| c.hall.is_some()));
    assert!(harness.state().document().is_dirty(), "an import is unsaved until saved");
    assert_eq!(harness.state().document().path(), None);
}

#[test]
fn a_dwg_is_refused_with_a_message_and_the_layout_kept() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(drawing("fake.dwg.dxf")));
    open_import(&mut harness);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Cannot import the drawing"));
    assert!(shows_text(&harness, "AutoCAD DWG drawing (AC1032)"));
    assert_eq!(harness.state().document().layout().halls[0].id, "1A");
}

#[test]
fn unsaved_edits_are_asked_about_before_a_drawing_replaces_them() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &dialogs);
    delete_everything(&mut harness);
    open_import(&mut harness);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Save changes?"));
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(dialogs.requests.borrow().is_empty(), "no drawing was asked for");
    assert!(harness.state().document().is_dirty());
}
