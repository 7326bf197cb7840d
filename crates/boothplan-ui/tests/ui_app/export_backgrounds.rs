//! File ▸ Export… with "Include background plans" ticked draws the shown drawings under the
//! sheet's floor, as `boothplan export --backgrounds` does (the same options, the same code); a
//! drawing whose file is gone is left out and the export's message names it.

use boothplan_core::io::export::{ExportOptions, Format, export_bytes};
use boothplan_core::model::{Background, Point};

use super::backgrounds::venue_png;
use super::*;

/// The small hall saved as `fair.ron` in `dir`, with a drawing of the venue at `image` (a
/// path relative to the layout) placed over it.
fn saved_with_drawing(dir: &Path, image: &str) -> (Layout, PathBuf) {
    let mut layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    let drawing = Background::new(image.into(), None, (600, 400), Point::new(0.0, 0.0), 0.1);
    layout.backgrounds.push(drawing);
    let file = dir.join("fair.ron");
    boothplan_core::io::ron_file::save_layout(&file, &layout).unwrap();
    (layout, file)
}

/// Opens File ▸ Export…, ticks "Include background plans" and exports to `out`.
fn export_with_drawings(
    harness: &mut Harness<'static, BoothplanApp>,
    dialogs: &FakeDialogs,
    out: &Path,
) {
    open_export_options(harness);
    harness.get_by_label("Include background plans").click();
    harness.run_steps(1);
    dialogs.answer_next(FileAnswer::Picked(out.to_path_buf()));
    harness.get_by_label("Choose file…").click();
    harness.run_steps(2);
    wait_for_export(harness);
    harness.run_steps(1);
}

#[test]
fn ticking_include_background_plans_draws_the_drawing_under_the_sheet() {
    let dir = tempfile::tempdir().unwrap();
    venue_png(dir.path());
    let (layout, file) = saved_with_drawing(dir.path(), "venue.png");
    let dialogs = FakeDialogs::default();
    let mut harness = harness(layout.clone(), Some(file.clone()), &dialogs);
    let out = dir.path().join("plan.svg");
    export_with_drawings(&mut harness, &dialogs, &out);

    let written = std::fs::read_to_string(&out).unwrap();
    assert!(
        written.contains("id=\"backgrounds\"") && written.contains("href=\"data:image/png;base64,")
    );
    let options =
        ExportOptions { backgrounds: true, layout_file: Some(file), ..ExportOptions::default() };
    let expected = export_bytes(&layout, Format::Svg, &options).unwrap();
    assert_eq!(written.as_bytes(), expected, "the dialog's sheet is the command line's");
    assert!(shows_text(&harness, "Exported"));
    assert!(!shows_text(&harness, "left out"), "nothing was left out");
}

#[test]
fn a_drawing_whose_file_is_gone_is_left_out_and_named_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let (layout, file) = saved_with_drawing(dir.path(), "drawings/gone.png");
    let dialogs = FakeDialogs::default();
    let mut harness = harness(layout, Some(file), &dialogs);
    let out = dir.path().join("plan.svg");
    export_with_drawings(&mut harness, &dialogs, &out);

    let written = std::fs::read_to_string(&out).unwrap();
    assert!(!written.contains("<image"), "no drawing on the sheet");
    assert!(shows_text(&harness, "Exported"), "the sheet is written all the same");
    // The export's own message (the canvas's warning strip names the file too, differently).
    let gone = dir.path().join("drawings/gone.png");
    let told = format!("Background plan left out: the background plan {}", gone.display());
    assert!(shows_text(&harness, &told), "the message names the drawing left out");
}

#[test]
fn the_choice_is_offered_only_when_the_layout_has_background_plans() {
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    open_export_options(&mut harness);
    assert!(harness.query_by_label("Include background plans").is_none());
}
