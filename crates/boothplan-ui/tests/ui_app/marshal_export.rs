//! File ▸ Export… with "Fire marshal" chosen writes the fire marshal's sheet: the same sheet
//! `boothplan export --sheet fire-marshal` writes, made by the same code from the same options.

use boothplan_core::io::export::{ExportOptions, Format, Paper, SheetKind, export_bytes};
use boothplan_core::model::{Exit, Point};
use boothplan_ui::FileAnswer;
use egui_kittest::kittest::Queryable as _;

use super::{FakeDialogs, booth, harness, open_export_options, small_layout, wait_for_export};

#[test]
fn the_fire_marshal_sheet_chosen_in_the_dialog_is_the_command_lines_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let mut layout = small_layout(vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 40.0, 25.0)]);
    layout.exits.push(Exit {
        id: "1A-E1".into(),
        hall: Some("1A".into()),
        from: Point::new(0.0, 16.0),
        to: Point::new(0.0, 19.5),
    });
    let dialogs = FakeDialogs::default();
    let mut harness = harness(layout.clone(), None, &dialogs);
    open_export_options(&mut harness);
    harness.get_by_label("A3").click();
    harness.get_by_label("Fire marshal").click();
    harness.run_steps(1);
    let out = dir.path().join("marshal.svg");
    dialogs.answer_next(FileAnswer::Picked(out.clone()));
    harness.get_by_label("Choose file…").click();
    harness.run_steps(2);
    wait_for_export(&mut harness);
    let written = std::fs::read_to_string(&out).unwrap();
    let options = ExportOptions {
        paper: Paper::A3,
        sheet: SheetKind::FireMarshal,
        ..ExportOptions::default()
    };
    let expected = export_bytes(&layout, Format::Svg, &options).unwrap();
    assert_eq!(written.as_bytes(), expected, "the dialog's sheet is the exporter's");
    // And it is the marshal's sheet: the door's width, the rules table, the walking lines.
    assert!(written.contains(">3.5 m</text>"), "the exit's width beside it");
    assert!(written.contains(">exit-distance</text>") && written.contains(">passes</text>"));
    assert!(written.contains("class=\"walk-line\""));
}
